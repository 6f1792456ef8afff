"""Facts about a whole posting (jdlint.facts): title and role, location and work mode,
jurisdictions, employment type and hours, experience and education asked, how to apply and dates,
each checked against the source text at its span; the conditions rules name; and the facts in
``jdlint parse --output-format json``. All postings are written for these tests."""

from __future__ import annotations

import json

import pytest

from conftest import invoke, lint, write
from jdlint import facts


def _doc(text: str, path: str = "posting.md"):
    return lint(text, path, only="JD601").doc


def _at(doc, fact) -> str:
    return doc.source[fact.span.start : fact.span.end]


FRONT_MATTER = """\
---
title: Staff Nurse
company: Riverside Clinic
location: Denver, CO
employment_type: Full-time
hours: 36
date_posted: 2025-02-03
closes: 2025-03-31
apply_url: https://clinic.example/apply
---

## About the role

You will care for patients on our day ward.

## Requirements

- Bachelor's degree in nursing
- 3+ years of experience in acute care
"""


def test_front_matter_facts_point_at_their_fields():
    doc = _doc(FRONT_MATTER)
    f = doc.facts
    assert (f.title.text, f.title.origin, f.title.field, _at(doc, f.title)) == (
        "Staff Nurse",
        "front-matter",
        "title",
        "Staff Nurse",
    )
    assert (f.employer.name, _at(doc, f.employer)) == ("Riverside Clinic", "Riverside Clinic")
    (loc,) = [x for x in f.locations if x.is_statement]
    assert (loc.text, loc.how, loc.field, _at(doc, loc)) == ("Denver, CO", "field", "location", "Denver, CO")
    assert [(j.id, j.origin) for j in f.jurisdictions] == [("US-CO", "front-matter")]
    assert _at(doc, f.jurisdictions[0]).strip(", ") in ("Denver, CO", "CO", "Denver")
    assert [(e.type, e.origin, _at(doc, e)) for e in f.employment] == [("full-time", "front-matter", "Full-time")]
    assert (f.hours.low, f.hours.high, _at(doc, f.hours)) == (36, 36, "36")
    assert (f.date_posted.date, _at(doc, f.date_posted)) == ("2025-02-03", "2025-02-03")
    assert (f.deadline.date, f.deadline.field, _at(doc, f.deadline)) == ("2025-03-31", "closes", "2025-03-31")
    links = [a for a in f.apply if a.kind == "link"]
    assert links and _at(doc, links[0]) == "https://clinic.example/apply"
    (edu,) = f.education
    assert (edu.level, edu.required, _at(doc, edu)) == ("bachelor", True, "Bachelor's degree")
    (years,) = f.experience
    assert (years.years, years.section, _at(doc, years)) == (3, "requirements", "3+ years of experience")
    assert f.conditions["close_date"] and f.conditions["application_path"] and f.conditions["location_stated"]


def test_body_facts_with_crlf_text_positions():
    text = (
        "Acme Logistics\r\nTITLE:  Warehouse Associate\r\nLOCATION:  Leeds, United Kingdom\r\n"
        "JOB DESCRIPTION:  A part-time role of 20 hours per week on our night shift.\r\n"
        "APPLICATION DEADLINE:  15 May 2025\r\n"
    )
    doc = _doc(text, "posting.txt")
    f = doc.facts
    assert f.title.text == "Warehouse Associate" and _at(doc, f.title) == "Warehouse Associate"
    statements = [x for x in f.locations if x.is_statement]
    assert statements and statements[0].text == "Leeds, United Kingdom"
    assert _at(doc, statements[0]) == "Leeds, United Kingdom"
    assert [(e.type, _at(doc, e)) for e in f.employment] == [("part-time", "part-time")]
    assert (f.hours.low, _at(doc, f.hours)) == (20, "20 hours per week")
    assert f.deadline is not None and f.deadline.date == "2025-05-15"
    assert "15 May 2025" in _at(doc, f.deadline)


@pytest.mark.parametrize(
    "text,mode",
    [
        ("# Designer\n\nLocation: Remote (US)\n", "remote"),
        ("# Designer\n\n🌎 Hybrid - Austin, TX\n", "hybrid"),
        ("# Designer\n\nThis is a fully remote role.\n", "remote"),
        ("# Designer\n\nWe sell remote sensing equipment.\n", None),
    ],
)
def test_work_mode(text, mode):
    doc = _doc(text)
    got = doc.facts.work_mode
    assert (got.mode if got else None) == mode
    if got is not None:
        assert _at(doc, got).lower() == got.text.lower()


def test_prose_location_is_a_location_but_never_brings_in_a_law():
    doc = _doc("# Analyst\n\nThis role is based in Denver, CO and reports to our CFO.\n")
    (loc,) = doc.facts.locations
    assert (loc.how, loc.is_statement, _at(doc, loc)) == ("prose", False, "Denver, CO")
    assert doc.facts.jurisdictions == []


def test_location_label_in_other_languages():
    doc = _doc("# Entwickler\n\nArbeitsort: Berlin\n")
    assert [x.text for x in doc.facts.locations if x.is_statement] == ["Berlin"]


@pytest.mark.parametrize(
    "text,kind",
    [
        ("We are hiring for a full-time position.", "full-time"),
        ("We are hiring a full-time line cook.", "full-time"),
        ("Eine Stelle in Teilzeit.", "part-time"),
        ("This is a 6-month contract role.", "contract"),
        ("A seasonal position for the summer.", "temporary"),
        ("Join us for a summer internship.", "internship"),
        ("Poste en CDI, temps plein.", "full-time"),
    ],
)
def test_employment_types(text, kind):
    doc = _doc(f"# Role\n\n{text}\n")
    assert kind in [e.type for e in doc.facts.employment]


def test_employment_words_about_people_are_not_a_type():
    doc = _doc(
        "# Role\n\nWe have 40 full-time employees and win government contracts.\n\n"
        "List the hours you worked per week (if part time). We offer part-time remote working.\n"
    )
    assert doc.facts.employment == []


@pytest.mark.parametrize(
    "item,years",
    [
        ("Mindestens 3 Jahre Berufserfahrung mit Python", 3),
        ("5 ans d'expérience en gestion de projet", 5),
        ("2 jaar ervaring als verpleegkundige", 2),
        ("4 anos de experiência com vendas", 4),
        ("6 años de experiencia en logística", 6),
        ("Must be at least 18 years old", None),
    ],
)
def test_years_of_experience_in_other_languages(item, years):
    doc = _doc(f"# Role\n\n## Requirements\n\n- {item}\n")
    assert [y.years for y in doc.facts.experience] == ([years] if years else [])


def test_education_preferred_and_not_a_degree_of_ambiguity():
    doc = _doc(
        "# Analyst\n\n## Requirements\n\n- Comfort with a high degree of ambiguity\n- Master's degree preferred\n"
    )
    assert [(e.level, e.required) for e in doc.facts.education] == [("master", False)]


def test_apply_paths_and_body_deadline():
    doc = _doc(
        "# Cook\n\n## How to apply\n\nSend your CV to jobs@bistro.example. Applications close on March 5, 2025.\n"
    )
    kinds = {a.kind for a in doc.facts.apply}
    assert {"section", "email", "instructions"} <= kinds
    email = next(a for a in doc.facts.apply if a.kind == "email")
    assert _at(doc, email) == "jobs@bistro.example"
    assert doc.facts.deadline.date == "2025-03-05"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Envoyez votre CV et une lettre à emplois@atelier.example.", "email"),
        ("Schick deine Bewerbung an jobs@werkstatt.example.", "email"),
        ("Stuur je cv naar vacatures@bakkerij.example.", "email"),
        ("Questions? Write to ana@library.example.", "contact"),
    ],
)
def test_apply_wording_in_other_languages_and_a_contact_address(line, kind):
    doc = _doc(f"# Assistant\n\nWe run a small workshop.\n\n{line}\n")
    found = [a for a in doc.facts.apply if a.kind == kind]
    assert found and "@" in _at(doc, found[0])
    assert not lint(f"# Assistant\n\nWe run a small workshop.\n\n{line}\n", "posting.md", only="JD107").findings


@pytest.mark.parametrize(
    "url,applies",
    [
        ("https://jobs.lever.co/acme/7a73cf3b-f091", True),
        ("https://boards.greenhouse.io/acme/jobs/4012345", True),
        ("https://acme.applytojob.com/apply/jobs/details/m2ZPINRObJ", True),
        ("https://us241.dayforcehcm.com/CandidatePortal/en-US/acme/Posting/View/10744", True),
        ("https://www.indeed.com/job/clinic-manager-8654bd160dbc955c", True),
        ("https://www.linkedin.com/jobs/view/123", True),
        ("https://jobs.uiowa.edu/pands/view/70717", True),  # a careers site
        ("https://acme.example/careers/data-analyst/apply", True),  # an application page
        ("https://www.linkedin.com/company/acme", False),
        ("https://www.example.com/careers/academy", False),
        ("https://www.example.org/work-with-us#data-intern", False),
        ("https://example.com/jobs.html", False),
        ("/careers/analyst/", False),
        ("mailto:jobs@example.com", False),
        ("not a url", False),
    ],
)
def test_urls_of_applicant_tracking_systems_and_job_boards(url, applies):
    from jdlint.facts.apply import takes_applications

    assert takes_applications(url) is applies


def test_the_page_is_the_way_to_apply_where_the_source_shows_it():
    doc = _doc("---\ntitle: Analyst\nleverId: 878766da-0bed\n---\nBuild reports.\n")
    (page,) = doc.facts.apply
    assert (page.kind, page.origin, page.field, _at(doc, page)) == ("page", "front-matter", "leverId", "878766da-0bed")
    html = (
        "<html><body><main><h1>Analyst</h1><p>Build reports.</p>"
        '<button class="btn" data-ui="apply"><span>Apply now</span></button></main></body></html>\n'
    )  # page furniture: a button is not in the posting's text
    doc = _doc(html, "posting.html")
    assert [(a.kind, _at(doc, a)) for a in doc.facts.apply] == [("page", "<span>Apply now</span>")]
    record = '{\n  "title": "Line Cook",\n  "description": "Cook.",\n  "redirect_url": "https://www.indeed.com/viewjob?jk=1"\n}\n'
    doc = _doc(record, "posting.json")
    (link,) = doc.facts.apply
    assert (link.kind, link.field, _at(doc, link)) == ("link", "redirect_url", "https://www.indeed.com/viewjob?jk=1")


def test_role_fact_from_the_title():
    doc = _doc("# Senior Software Engineer\n\nWe build things.\n")
    assert doc.facts.role.id == doc.role and doc.facts.role.matched_by == "title"
    assert _at(doc, doc.facts.role) == "Senior Software Engineer"


def test_facts_are_computed_once_and_kept_on_the_document():
    doc = _doc("# Cook\n\nSalary: $40,000 a year.\n")
    kept = doc.facts
    assert facts.of(doc) is kept
    assert facts.holds("pay_stated", doc) is True


def test_every_condition_is_registered():
    assert set(facts.CONDITIONS) == {
        "pay_figure",
        "pay_stated",
        "concrete_pay",
        "location_stated",
        "application_path",
        "close_date",
        "eeo_statement",
        "accommodation_statement",
        "physical_demands_framed",
        "degree_equivalent_route",
        "training_provided",
        "learning_role",
        "doctoral_post",
        "requirements_described",
        "gender_marker_stated",
        "benefits_described",
        "duties_described",
        "legal_basis_for_citizenship",
        "year_stated",
        "role_introduced",
        "unpaid_role",
        "volunteer_call",
    }


def test_parse_json_includes_facts_with_positions(work):
    write(work / "nurse.md", FRONT_MATTER)
    result = invoke(["parse", "nurse.md", "--output-format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)["facts"]
    assert data["title"] == {
        "text": "Staff Nurse",
        "source": "front-matter",
        "field": "title",
        "line": 2,
        "column": 8,
        "end_line": 2,
        "end_column": 19,
    }
    assert data["deadline"]["date"] == "2025-03-31" and data["deadline"]["line"] == 8
    assert data["experience"][0]["years"] == 3 and data["experience"][0]["source"] == "body"
    assert data["conditions"]["close_date"] is True


@pytest.mark.parametrize(
    "text,name,expected",
    [
        ("Reasonable accommodations may be made for applicants with disabilities.", "accommodation_statement", True),
        (
            "You will book travel and accommodation and adjust schedules to accommodate varying shifts.",
            "accommodation_statement",
            False,
        ),
        ("These demands are representative of the essential functions of the job.", "physical_demands_framed", True),
        ("Equivalent experience may be substituted for the degree.", "degree_equivalent_route", True),
        ("A bachelor's degree in accounting is required.", "degree_equivalent_route", False),
        ("# Verkäufer (m/w/d)\n\nWir suchen Verstärkung.", "gender_marker_stated", True),
        ("# Vendeur / Vendeuse\n\nNous recrutons.", "gender_marker_stated", True),
        ("# Softwareentwickler\n\nBewerbe dich über LinkedIn.", "gender_marker_stated", False),
        # one "you will" sentence naming several duties joined by commas and "and"
        (
            "You will maintain our code bases, manage data updates and work on new features.",
            "duties_described",
            True,
        ),
        ("You will fit into a small team who work remotely.", "duties_described", False),
        (
            "The Director is responsible for expanding supporter numbers, increasing revenue and enhancing retention.",
            "duties_described",
            True,
        ),
        ("The Director is responsible for the budget.", "duties_described", False),
        ("Successful candidates will have managed marketing plans for trade groups.", "requirements_described", True),
        ("Experience with Github, SalesForce and G-Suite APIs is required.", "requirements_described", True),
        ("We use Github and SalesForce every day.", "requirements_described", False),
    ],
)
def test_statement_conditions(text, name, expected):
    assert facts.holds(name, lint(text).doc) is expected
