"""Classes found on held-out set 23 (spent): Markdown whose only HTML is "<br>" line breaks,
French headings in capitals for the organisation, personal qualities and the post's conditions,
duties typed one paragraph each under numbered sub-heads, a heading typed as a paragraph's last
line, places said as an office address, a French town with its département or company premises,
Catalan remote work, pay written without a currency or without a colon, a sum for a dated period,
English question headings ("How do I apply?", "Who can apply?"), a civil-service "or," between two
routes of qualifications, French application lines, co-operatives' names, voluntary board roles and
duties or qualifications written in one sentence. All postings are written for these tests."""

from __future__ import annotations

from conftest import facts_of as facts
from conftest import finding_codes as codes
from conftest import lint
from conftest import section_kinds as kinds

LINE_BREAK_TAGS = """\
---
title: "Animateur nature"
---
OFFRE D'EMPLOI

CDI 35 heures par semaine
<br>
<br>

PRÉSENTATION DE L'ASSOCIATION :

L'association gère une maison de la nature ouverte au public toute l'année.
<br>

DESCRIPTION DU POSTE

Animateur.trice

Cette personne devra s'assurer de la coordination et de la bonne marche des missions suivantes :

1. Accueil du public

Accueillir les visiteurs de la maison de la nature

Organiser les sorties de découverte du week-end

Tenir le planning des réservations
<br>

QUALITÉS PERSONNELLES

Sens de l'organisation et autonomie

Goût du travail en équipe

SPÉCIFICITÉS DU POSTE

Travail certains week-ends
"""


def test_markdown_with_br_tags_keeps_its_paragraphs_and_capital_headings():
    found = kinds(LINE_BREAK_TAGS)
    assert ("about-company", 10) in found
    assert ("responsibilities", 15) in found  # the heading holds only the job's name, then the duties
    assert ("requirements", 30) in found
    assert ("eligibility", 36) in found
    # the duty lines after the numbered sub-head stay in the duties
    assert not any(kind == "summary" and line > 15 for kind, line in found)
    assert "JD303" not in codes(LINE_BREAK_TAGS)  # no run-together "sentence" of duty lines


def test_a_heading_typed_as_the_last_line_of_a_paragraph():
    text = """\
# Brewer

You will brew our beers on a 20-barrel brewhouse. We value precise work.
Responsibilities

- Brew to the production plan
- Clean and sanitise the tanks
"""
    assert ("responsibilities", 4) in kinds(text)


def test_places_said_as_an_office_address_a_departement_or_premises():
    office = "# Clerk\n\nYou will file records.\n\nThe job requires work from our office at 10 High Street, in Leeds.\n"
    assert [p.text for p in facts(office).locations] == ["Leeds"]
    town = "# Animateur\n\n### CDI 35h - Tours (37)\n\nVous animerez les ateliers.\n"
    assert [p.text for p in facts(town).locations] == ["Tours"]
    premises = "# Trustee\n\nThe charity has premises in central Leeds and runs a shop.\n"
    assert [p.text for p in facts(premises).locations] == ["Leeds"]
    village = "# Coordinateur\n\nL'association est implantée dans une ferme au cœur du village de Wimille.\n"
    assert [p.text for p in facts(village).locations] == ["Wimille"]
    catalan = "---\nlang: ca\n---\n# Desenvolupadora\n\n- Prioritzem treballar en remot i ens trobem cada mes.\n"
    mode = facts(catalan).work_mode
    assert mode is not None and mode.mode == "remote"


def test_pay_without_a_currency_or_a_colon():
    for text, low, period in (
        ("The base salary is 45,000 per year for the full-time post.", 45000, "year"),
        ("El sou base és de 22.800 anuals per la jornada completa.", 22800, "year"),
        ("Le salaire est de 2 100 mensuels bruts.", 2100, "month"),
    ):
        stated = facts(f"# Developer\n\n{text}\n").pay.statements
        assert [(s.pay.low, s.pay.period) for s in stated] == [(low, period)], text
    assert not facts("# Developer\n\nOur pay reviews happen twice a year since 2019 per year.\n").pay.statements
    labelled = "# Café Coordinator\n\n**Salary £22,800 p.a. Full time 35 hours / week.**\n\nYou will run the café.\n"
    assert ("pay", 3) in kinds(labelled)


def test_a_sum_for_a_dated_period_has_its_period():
    text = (
        "# Organizer\n\nThe position runs from August 1 to May 15. The salary is $9,131 for the period, paid monthly.\n"
    )
    assert "JD604" not in codes(text)


def test_english_question_headings():
    text = """\
# Trustee

We are a community shop.

#### Why become a Volunteer?

You will learn how a charity is run.

**Who can apply?**

Anyone who supports our aims.

**How do I apply?**

Send the form to us.

**Evaluated on**

- Team mindset
"""
    found = kinds(text)
    assert ("benefits", 5) in found
    assert ("eligibility", 9) in found
    assert ("how-to-apply", 13) in found
    assert ("other", 17) in found


def test_two_routes_of_qualifications_parted_by_or():
    text = """\
# Design Lead

### Qualifications

A master's degree in design or a related field, and two years of professional experience.

or,

A bachelor's degree and four years of professional experience.
"""
    reported = [f.match for f in lint(text).findings if f.code == "JD703"]
    assert reported == ["bachelor's degree"]


def test_french_application_lines_and_voluntary_roles():
    apply = """\
---
lang: fr
---
# Animateur

Vous animerez les ateliers du fablab et accueillerez le public.

* Candidature attendue pour le 23 mars : (CV + lettre de motivation)
"""
    assert "JD107" not in codes(apply)
    trustee = """\
# Trustee

We are a food-sharing charity. As a voluntary Trustee, you will attend a meeting each month.
"""
    assert "JD601" not in codes(trustee)


def test_a_cooperatives_name_is_not_an_unexplained_acronym():
    text = """\
# Shop Assistant

MEND Coop runs a repair café. You will help at the MEND counter, sort MEND donations and
answer MEND members' questions about the MEND workshops.
"""
    assert "JD407" not in codes(text)


def test_duties_and_qualifications_written_in_one_sentence():
    text = """\
# Organizer

Our union would like to hire a part-time organizer for the academic year.

Responsibilities include one-on-one member organizing; coordinating group events; and keeping the
member database up to date.

Required qualifications include organizing experience and excellent written communication.
"""
    missing = " ".join(f.message for f in lint(text).findings if f.code == "JD101")
    assert "responsibilities" not in missing and "requirements" not in missing


def test_an_invitation_to_apply_among_the_requirements_is_an_equal_opportunity_statement():
    text = """\
# Technical Writer

We write the documentation of a privacy tool. You will write guides and review changes.

### Qualifications

- Good written English.
- If you are part of a group that is under-represented in our field, we particularly encourage
  you to apply.
"""
    assert "JD105" not in codes(text)
    duty = """\
# Recruiter

### Responsibilities

- Plan sourcing strategies that reach under-represented groups.
"""
    assert "JD105" in codes(duty)  # a duty about hiring is the job, not the employer's statement


def test_a_reference_style_link_to_apply():
    text = "# Engineer\n\nYou will build our simulator.\n\n**[More information / apply][ad]**\n\n[ad]: https://example.org/jobs/42\n"
    assert "JD107" not in codes(text)


def test_a_doctorate_asked_of_a_postdoc():
    text = """\
# Join the lab

### Who we are looking for

- Postdoctoral fellow: a motivated Ph.D. in cell biology with a record of publications.
- Research assistant: a Ph.D. in biology and two years of lab work.
"""
    assert [f.match for f in lint(text).findings if f.code == "JD703"] == ["Ph.D."]
    faculty = "# Assistant Professor of Physics\n\n### Requirements\n\n- A PhD in physics.\n"
    assert "JD703" not in codes(faculty)
