"""Section, title and location classes of real layouts: person-specification tables, headings
that name two kinds, prose set in heading elements, company prose under an unknown heading,
job-board field labels, titles that name the employer and the place.

Each posting is written for the test in the shape of its class; positions are checked against
the source text.
"""

from __future__ import annotations

import pytest

from jdlint.sections import Vocabulary


def parse(text: str, path: str = "posting.md"):
    from jdlint.config import CliOptions, load_settings
    from jdlint.engine import parse_document

    config = load_settings(None).for_path(path, CliOptions())
    return parse_document(text, path, config)


def kinds_at(doc) -> list[tuple[str, int]]:
    return [(s.kind, doc.locate(s.span.start).line) for s in doc.sections]


PERSON_SPEC = """# Teaching Assistant

## Main duties

- Support pupils in class.
- Prepare learning materials.

| Criteria | Essential | Desirable | How assessed |
| --- | --- | --- | --- |
| Qualifications | GCSE English and Maths | Level 3 teaching assistant certificate | Application |
| Experience | Working with children | | Interview |
"""


def test_a_person_specification_table_gives_requirements_and_nice_to_have_columns():
    doc = parse(PERSON_SPEC)
    assert ("requirements", 8) in kinds_at(doc) and ("nice-to-have", 8) in kinds_at(doc)
    required = next(s for s in doc.sections if s.kind == "requirements")
    desirable = next(s for s in doc.sections if s.kind == "nice-to-have")
    texts = [b.text for b in required.blocks]
    assert "GCSE English and Maths" in texts and "Working with children" in texts  # the empty cell shifts nothing
    assert "Qualifications" in texts  # the criteria column goes with the first named column
    assert [b.text for b in desirable.blocks] == ["Level 3 teaching assistant certificate"]
    heading = desirable.heading
    assert doc.source[heading.offsets[0] : heading.offsets[-1] + 1] == "Desirable"
    duties = next(s for s in doc.sections if s.kind == "responsibilities")
    assert all(b.column is None for b in duties.blocks)


def test_a_heading_naming_two_kinds_takes_the_kind_its_list_reads_as():
    doc = parse(
        "# Sales Consultant\n\n## Skills and responsibilities\n\n- Achieve monthly sales targets.\n"
        "- Coordinate daily activities with the team.\n- Generate new leads.\n\n## Qualifications\n\n"
        "- A degree in any subject.\n- 2 years of sales experience.\n"
    )
    assert kinds_at(doc) == [("responsibilities", 3), ("requirements", 9)]
    # "Preferred skills": what is preferred reads like what is required, so the heading decides.
    doc = parse(
        "# Account Manager\n\n## Preferred experience & skills\n\n- 3+ years of experience with clients.\n"
        "- Strong Excel skills.\n"
    )
    assert kinds_at(doc) == [("nice-to-have", 3)]


def test_prose_in_a_heading_element_is_a_paragraph():
    summary = " ".join(["The consultant works with schools and families to plan admissions and follow up leads"] * 2)
    doc = parse(
        f"<h1>Area Consultant</h1>\n<h3>JOB ROLE</h3>\n<h4>{summary}.</h4>\n"
        "<h3>QUALIFICATIONS</h3>\n<ul><li>A degree in any subject.</li><li>Freshers can apply.</li></ul>\n",
        "posting.html",
    )
    assert kinds_at(doc) == [("summary", 2), ("requirements", 4)]
    assert all(b.kind == "paragraph" for b in doc.sections[0].blocks)


def test_company_prose_under_an_unknown_heading_is_about_the_company():
    doc = parse(
        "# Frontend Developer\n\n## Wat ga je doen?\n\n- Je bouwt interfaces.\n- Je test je code.\n\n"
        "## Een bureau voor goede zaken\n\nWij brengen sinds 2003 ontwerp en techniek samen. Onze klanten "
        "zijn musea, gemeenten en goede doelen, en wij werken met open source software die wij ook zelf "
        "vrijgeven aan de gemeenschap.\n",
        "vacature.md",
    )
    assert kinds_at(doc)[-1] == ("about-company", 8)
    # The same prose addressed to the reader is not a company description.
    doc = parse(
        "# Frontend Developer\n\n## Wat ga je doen?\n\n- Je bouwt interfaces.\n- Je test je code.\n\n"
        "## Een bureau voor goede zaken\n\nJe werkt met ons team aan ontwerp en techniek. Onze klanten "
        "zijn musea, gemeenten en goede doelen, en wij werken met open source software die wij ook zelf "
        "vrijgeven aan de gemeenschap.\n",
        "vacature.md",
    )
    assert kinds_at(doc)[-1] == ("other", 8)


@pytest.mark.parametrize(
    "heading,kind",
    [
        ("Working at Acme", "about-company"),
        ("Developen bij GRRR", "about-company"),
        ("Arbeiten bei Zalando", "about-company"),
        ("Travailler chez Decathlon", "about-company"),
        ("Working with Python", None),  # a tool, not an employer
        ("Supplemental pay types:", "pay"),
        ("Types de paie supplémentaire :", "pay"),
        ("Ability to commute/relocate:", "location"),
        ("Lieu du poste :", "location"),
        ("Flexible Language Requirement :", "requirements"),
        ("Pre’s", "nice-to-have"),
        ("Apply if you...", "requirements"),
        ("Solliciteer als...", "requirements"),
        ("Apply now!", "how-to-apply"),
        ("As part of our team we offer you:", "benefits"),
        ("Essential", "requirements"),
        ("Terms of Reference", "responsibilities"),  # a consultancy call's list of tasks
        ("Scope of work", "responsibilities"),
        ("Ce que nous cherchons chez vous", "requirements"),
        ("Pour nous rejoindre", "how-to-apply"),
        ("Activités principales", "responsibilities"),
        ("Aufgabenbereich", "responsibilities"),
        ("User Experience", None),  # a field of work, not experience asked for
        ("Organization Overview", "about-company"),
        ("Working for the OWASP Foundation", "about-company"),
        ("Looking for Developers", None),
        ("How we work", "about-company"),
        ("What we're building", "about-company"),
        ("You might be a good fit if:", "requirements"),
        ("Customer experience design", None),
    ],
)
def test_headings_and_job_board_labels(heading, kind):
    assert Vocabulary.load().classify(heading) == kind


def test_fields_before_the_first_heading_are_job_details_not_a_summary():
    doc = parse(
        "# Class Teacher\n\n|  |  |\n| --- | --- |\n| Post title: | Class Teacher |\n"
        "| Reports to: | The Headteacher |\n| Status: | Permanent |\n\n## Main duties\n\n"
        "- Plan and teach lessons.\n- Assess pupils' progress.\n"
    )
    assert "summary" not in [s.kind for s in doc.sections]


def test_a_front_matter_title_naming_a_project_gives_way_to_the_role_field():
    doc = parse("---\ntitle: The Coral Project\nrole: UX/UI Designer\n---\nWe build tools for communities.\n")
    assert doc.title.text == "UX/UI Designer"
    assert doc.source[doc.title.span.start : doc.title.span.end] == "UX/UI Designer"
    doc = parse("---\ntitle: Search Ranking\nrole: machine-learning-engineer\n---\nText.\n")
    assert doc.title.text == "Search Ranking"  # a one-word role is a profile key


@pytest.mark.parametrize(
    "title,place",
    [
        ("Vacature Front-end Developer bij NAK (Emmeloord)", "Emmeloord"),
        ("Staff Nurse at St Mary's Hospital (Leeds)", "Leeds"),
        ("Designer at Acme (Remote)", None),
        ("Area Business Consultant (ABC)", None),
    ],
)
def test_a_place_in_brackets_after_the_employer_in_the_title(title, place):
    doc = parse(f"---\ntitle: {title}\n---\nWe are hiring.\n")
    got = [loc for loc in doc.facts.locations if loc.how == "title"]
    assert [loc.text for loc in got] == ([place] if place else [])
    for loc in got:
        assert doc.source[loc.span.start : loc.span.end] == place


@pytest.mark.parametrize(
    "text,place",
    [
        ("We are looking for someone to join our teams in our office in the heart of Berlin.", "Berlin"),
        ("You'll work either from New York or Washington, DC, inside the newsroom.", "New York"),
        ("Ons kantoor is gevestigd in het centrum van Amsterdam, maar collega's komen overal vandaan.", "Amsterdam"),
        # a university named for its city is where its jobs are; one named for a subject is not
        ("The group at the Technische Universität Wien builds detectors for dark matter searches.", "Wien"),
        ("A PhD position at the University of Geneva, in the theory group.", "Geneva"),
        ("This employee will be able to work from anywhere in the United States.", "United States"),
        ("You will teach students both virtually and in-person in Chicago.", "Chicago"),
        ("Remote until further notice, based in the Chicago-area.", "Chicago"),
    ],
)
def test_places_prose_names_for_the_job(text, place):
    doc = parse(f"# Designer\n\n{text}\n")
    assert [loc.text for loc in doc.facts.locations] == [place]


def test_a_work_mode_value_names_no_place():
    doc = parse("# Préposé\n\nLieu du poste : En présentiel\n")
    assert doc.facts.locations == [] and doc.facts.work_mode.mode == "onsite"


def test_a_short_first_line_naming_a_trade_in_french_is_the_title():
    doc = parse(
        "<p><b>MANOEUVRE - FINITION BÉTON</b></p><p><b>Opportunité à Québec</b></p>"
        "<p>Ta mission consistera à préparer nos meubles.</p>",
        "posting.html",
    )
    assert doc.title.text == "MANOEUVRE - FINITION BÉTON"


CONVERTED_PAGE = """# [Acme](../index.html)

  * [Home](../index.html)
  * [About](../about.html)
  * [Blog](../blog.html)

[Home » ](../index.html) [Jobs](../jobs.html)

# Grants Manager

## (Posted July 31, 2018)

Acme is seeking a Grants Manager to oversee our federal grants and contracts, and to report
on their progress to our funders and to our board.

## Tasks include, but are not limited to:

  * Maintain files for our grants.
  * Send monthly reports to managers.

## The person we seek should have the following qualities, skills, and abilities

  * Experience monitoring federal grants.
  * Proficient with spreadsheets.

#### About Acme

  * [What Acme Does](../about.html)
  * [Sponsors](../sponsors.html)
  * [Contact Us](../contact.html)
"""


def test_a_page_converted_to_markdown_loses_its_menus():
    doc = parse(CONVERTED_PAGE)
    assert doc.title.text == "Grants Manager"
    assert all("](" not in doc.source[b.span.start : b.span.end] for s in doc.sections for b in s.blocks)
    assert kinds_at(doc) == [("summary", 13), ("responsibilities", 16), ("requirements", 21)]


def test_a_heading_without_a_space_after_the_hashes():
    doc = parse(
        "# Entwickler\n\n##Wichtig für uns ist\n* Erfahrung mit Python\n* Teamgeist\n\n"
        "##Was wir bieten\nFlexible Arbeitszeiten und 30 Urlaubstage.\n",
        "stelle.md",
    )
    assert kinds_at(doc) == [("requirements", 3), ("benefits", 7)]
    heading = doc.sections[0].heading
    assert heading.level == 2 and doc.source[heading.offsets[0] : heading.offsets[-1] + 1] == "Wichtig für uns ist"


def test_a_list_with_its_own_lead_in_inside_a_section_of_another_kind():
    doc = parse(
        "# Juristin\n\n## Wen wir suchen\n\nEine teamstarke Persönlichkeit.\n\n"
        "In diesen Bereichen wirst Du arbeiten:\n\n- Beratung des Teams\n- Prüfung von Kampagnen\n"
        "- Vorbereitung von Stellungnahmen\n\n## Profil\n\n- Zwei Jahre Berufserfahrung\n",
        "stelle.md",
    )
    assert kinds_at(doc) == [("requirements", 3), ("responsibilities", 7), ("requirements", 13)]
    # A lead-in that names its own section's kind keeps the list there.
    doc = parse(
        "# Director\n\n## Specialized experience requirements\n\nTo qualify you must have experience in:\n\n"
        "- Developing cloud infrastructure.\n- Implementing security controls.\n"
    )
    assert kinds_at(doc) == [("requirements", 3)]


@pytest.mark.parametrize(
    "heading,text",
    [
        ("What happens next", "To apply, send your CV and a cover letter to jobs@example.org by 3 May."),
        ("Was musst du jetzt wissen", "Bitte schicke uns deine Bewerbung bis zum 12. Februar per E-Mail."),
        ("Klaar om impact te maken?", "Stuur je cv en motivatie naar hr@example.nl."),
    ],
)
def test_prose_that_says_how_to_apply_under_an_unknown_heading(heading, text):
    doc = parse(f"# Designer\n\n## Responsibilities\n\n- Design things.\n- Test things.\n\n## {heading}\n\n{text}\n")
    assert kinds_at(doc)[-1] == ("how-to-apply", 8)


def test_process_prose_in_the_first_person_is_not_about_the_company():
    doc = parse(
        "# Designer\n\n## Responsibilities\n\n- Design things.\n- Test things.\n\n## Wie es weitergeht\n\n"
        "Wir werden alle Bewerbungen sichten und dann dem Personalverantwortlichen vorlegen. Im Anschluss "
        "laden wir ausgewählte Personen zu unseren Gesprächen ein, die wir online führen.\n",
        "stelle.md",
    )
    assert kinds_at(doc)[-1][0] != "about-company"


def test_a_bare_amount_right_after_a_pay_label_and_an_amount_in_the_title():
    doc = parse("# Praktikum\n\n* Zeit: 20h/Woche\n* Gehalt: 660 brutto\n* Ort: Berlin\n", "stelle.md")
    (wage,) = doc.facts.pay.wages
    assert (wage.pay.low, wage.pay.currency) == (660, None)
    assert doc.source[wage.span.start : wage.span.end] == "660"
    assert [loc.text for loc in doc.facts.locations] == ["Berlin"]
    doc = parse("# Aushilfe für unsere Buchhaltung auf 450-Euro-Basis gesucht\n\nText.\n", "stelle.md")
    assert [(w.pay.low, w.pay.currency) for w in doc.facts.pay.wages] == [(450, "EUR")]


@pytest.mark.parametrize("line", ["Gehalt: 20 Stunden/Woche", "Salary: 2024 review", "Pay: 38 hours a week"])
def test_numbers_after_a_pay_label_that_are_not_money(line):
    assert parse(f"# Job\n\n{line}\n").facts.pay.wages == []


# --- classes from the second held-out set, once spent (2026-12-07) ---------------------------


def test_a_mission_sentence_heading_opens_the_intro_and_a_company_name_heading_does_not():
    doc = parse(
        "---\ntitle: Content Writer\n---\n## Acme exists to help small shops sell their goods online.\n\n"
        "We are hiring our first content writer to explain what we build to the people who use it.\n\n"
        "## Responsibilities\n\n- Write tutorials.\n"
    )
    assert kinds_at(doc)[0] == ("summary", 4)
    doc = parse(
        "# Coder\n### Surgical Notes\n\nSurgical Notes is hiring a coder in our Noida office to provide "
        "accurate and timely coding for our clients.\n\n## Requirements\n\n- Two years of coding.\n"
    )
    assert kinds_at(doc)[0] == ("summary", 4)


def test_an_editorial_note_about_an_old_advert_is_in_no_section():
    doc = parse(
        "# Web operations engineer\n\n*NOTE: the following template was used to advertise a web "
        "operations vacancy at GDS*\n\n## Job description\n\nYou will keep our services running.\n"
    )
    assert kinds_at(doc)[0] == ("summary", 5)


def test_uk_pay_band_labels_and_advert_headings():
    doc = parse(
        "# Web operations engineer\n\nPAYBAND: A\nLOCATION: London\n\n## VACANCY ADVERT\n\n"
        "The service is part of the Cabinet Office and builds digital services for the public.\n"
    )
    kinds = kinds_at(doc)
    assert ("pay", 3) in kinds and ("summary", 6) in kinds


def test_a_post_title_heading_gives_the_title_on_the_next_line():
    doc = parse("##Post title \nContent designer\n\n##Job description\n\nYou will write content.\n")
    assert doc.title is not None and doc.title.text == "Content designer"
    assert doc.source[doc.title.span.start : doc.title.span.end] == "Content designer"


@pytest.mark.parametrize(
    "heading, kind",
    [
        ("What you'll be be doing:", "responsibilities"),  # a word typed twice
        ("Sold? Apply now", "how-to-apply"),  # the last clause names it
        ("Wie es weitergeht", "how-to-apply"),
        ("Prochaines étapes", "how-to-apply"),
        ("Not sold? Learn more first", None),
    ],
)
def test_headings_with_a_typed_twice_word_or_two_clauses(heading, kind):
    from jdlint.sections import default_vocabulary

    assert default_vocabulary().classify(heading) == kind


def test_a_company_that_is_all_remote_makes_the_job_remote():
    doc = parse(
        "# Recruiter\n\nWe're all remote, and we have raised enough to pay well.\n\n## Responsibilities\n\n"
        "- Find great people.\n"
    )
    mode = doc.facts.work_mode
    assert mode is not None and mode.mode == "remote"
    assert doc.source[mode.span.start : mode.span.end] == "We're all remote"


def test_a_lead_in_line_names_the_kind_of_a_general_heading():
    """'What's the job' then 'Your daily tasks will include:' is a duty list from the heading on,
    and its sub-headings stay duties; with prose first, the heading is the summary."""
    lists = "## What’s the job\n\nYour daily tasks will include:\n\n### Strategy\n\n- Plan the year.\n- Report to the board.\n"
    assert kinds_at(parse("# Office Manager\n\n" + lists)) == [("responsibilities", 3)]
    prose = (
        "## What’s the job\n\nWe are looking for someone to run our office and look after the team every day, "
        "from suppliers to payroll.\n\nOn a day-to-day basis your tasks will be:\n\n- Plan the year.\n"
    )
    assert kinds_at(parse("# Office Manager\n\n" + prose)) == [("summary", 3), ("responsibilities", 7)]
    # An unknown heading ("Join us") over "This role is for you if:" is the requirements section.
    join = "## Join us\n\nThis role is for you if:\n\n- You have run an office before.\n- You like numbers.\n"
    assert kinds_at(parse("# Office Manager\n\n" + join)) == [("requirements", 3)]


def test_a_line_of_links_above_the_intro_is_not_the_intro():
    text = (
        "# Fundraiser\n\n[Read this post in Spanish](https://example.org/es)\n\n"
        "We are looking for a fundraiser to find new funding for our association and write grant reports.\n"
    )
    assert kinds_at(parse(text)) == [("summary", 5)]


def test_a_status_notice_in_the_excerpt_is_not_the_summary():
    text = (
        '---\ntitle: "Community Manager"\nexcerpt: "This position has been filled! We are no longer accepting'
        ' applications."\n---\n\nWe are hiring a community manager to grow our open-source community.\n'
    )
    doc = parse(text)
    assert [(s.kind, doc.locate(s.span.start).line) for s in doc.sections] == [("other", 3), ("summary", 6)]


def test_role_does_headings_and_what_we_expect():
    vocab = Vocabulary.load()
    assert vocab.classify("What the administrative employee does") == "responsibilities"
    assert vocab.classify("What a product designer will do") == "responsibilities"
    assert vocab.classify("What the company does") is None
    assert vocab.classify("What we expect from you") == "requirements"
    assert vocab.classify("What you can expect from us") == "benefits"


def test_a_requirements_list_of_conditions_of_employment_is_eligibility():
    text = (
        "# Content Designer\n\n## Responsibilities\n\n- Write guidance.\n- Test it with users.\n\n"
        "## Key Requirements\n\n1. You must be a U.S. Citizen or National.\n"
        "2. Suitable for federal employment, determined by a background investigation.\n"
        "3. You may be required to serve a trial period.\n4. Direct deposit of salary.\n"
    )
    assert kinds_at(parse(text)) == [("responsibilities", 3), ("eligibility", 8)]
    skills = "# Designer\n\n## Requirements\n\n- 3 years of design work.\n- A portfolio.\n- U.S. citizenship.\n"
    assert kinds_at(parse(skills)) == [("requirements", 3)]


def test_bullets_typed_as_characters_are_list_items():
    """'•<TAB>' lines pasted from a word processor: list items with exact positions, not one long
    sentence; under a numbered item they are nested in it."""
    text = (
        "# Office Manager\n\n## Responsibilities\n\nYou will:\n•\tOrder supplies for the office ;\n"
        "•\tPlan the quarterly team offsite\nwith the board;\n➤ Keep the books.\n\n"
        "1.\tRun the front desk:\n•\tgreet visitors;\n•\tanswer the phone.\n"
    )
    doc = parse(text)
    items = [b for b in doc.blocks if b.kind == "list_item"]
    assert [(b.text, b.level) for b in items] == [
        ("Order supplies for the office ;", 1),
        ("Plan the quarterly team offsite with the board;", 1),
        ("Keep the books.", 1),
        ("Run the front desk:", 1),
        ("greet visitors;", 2),
        ("answer the phone.", 2),
    ]
    for b in items:
        assert text[b.span.start : b.span.end].replace("\n", " ") == b.text
    lead = next(b for b in doc.blocks if b.text == "You will:")
    assert text[lead.span.start : lead.span.end] == "You will:"
    # One typed dash in running prose is not a list.
    prose = parse("# Analyst\n\nWe report weekly – and monthly\n– to the board.\n")
    assert not [b for b in prose.blocks if b.kind == "list_item"]


def test_a_heading_that_says_not_required_is_nice_to_have():
    text = (
        "# Community Manager\n\n## About you\n\n- 3 years of community work.\n- Fluent English.\n\n"
        "## About you - other expertise that will be useful but not required\n\n- Fluency in Spanish.\n- Python.\n"
    )
    assert kinds_at(parse(text)) == [("requirements", 3), ("nice-to-have", 8)]


def test_a_bullet_that_is_only_the_work_mode_makes_it_remote_and_a_perk_does_not():
    doc = parse("# Coordinator\n\n## What we offer\n\n* Work from home.\n* Flexible hours.\n")
    mode = doc.facts.work_mode
    assert mode is not None and (mode.mode, doc.source[mode.span.start : mode.span.end]) == ("remote", "Work from home")
    perk = parse("# Coordinator\n\n## What we offer\n\n* Work from home on Fridays.\n* Flexible hours.\n")
    assert perk.facts.work_mode is None


@pytest.mark.parametrize(
    "line,place",
    [("Lieux: Berlin, Allemagne.", "Berlin, Allemagne"), ("Luogo: Berlino, Germania.", "Berlino, Germania")],
)
def test_french_plural_and_italian_location_labels(line, place):
    doc = parse(f"# Stage\n\n## Conditions\n\n- {line}\n- 35 h.\n")
    assert [loc.text for loc in doc.facts.locations][:1] == [place]


def test_long_headings_of_an_intro_company_prose_and_role_context():
    """A mission sentence without its full stop opens the intro; a later unknown heading over
    prose about 'we' only is the company; one that says who the company seeks stays the intro;
    'Background and role context' is the summary."""
    text = (
        "# Recruiter\n\n## Acme exists to help small shops sell more to the people in their town\n\n"
        "We are hiring our first recruiter to help you and us find the next ten people.\n\n"
        "## Engineering has taken us a really long way so far\n\n"
        "We built our product with a small team of twelve, and our customers in nine countries love it. "
        "We ship every day, we answer every support ticket ourselves and we have never needed a sales team.\n\n"
        "## A bit about you\n\n- You have hired engineers.\n- You write well.\n"
    )
    assert kinds_at(parse(text)) == [("summary", 3), ("about-company", 7), ("requirements", 11)]
    title_like = "# Jobs\n\n## Executive Administrator (contract; 20 hours per week, to start)\n\n" + (
        "The Tor Project is accepting applications for an Executive Administrator, a new role that will "
        "improve our processes and support the board.\n"
    )
    assert kinds_at(parse(title_like)) == [("summary", 5)]
    assert Vocabulary.load().classify("Background and role context") == "summary"


def test_prose_inside_a_template_condition_is_not_the_intro():
    text = (
        "---\ntitle: Designer\nstate: open\n---\n\n{% if page.state == 'upcoming' %}\n"
        "We will soon be accepting applications for this role, sign up to hear when it opens.\n{% endif %}\n\n"
        "## Opportunity overview\n\nYou will design the forms that millions of people use to apply for benefits.\n"
    )
    assert [k for k, _ in kinds_at(parse(text))] == ["summary"]
    assert kinds_at(parse(text))[0][1] == 10


def test_lead_in_sentences_over_lists_name_their_sections():
    """A sentence ending in ':' over a list names the list's kind, even when it is too long for
    a label; a long paragraph that ends with a lead-in stays the intro."""
    text = (
        "# Finance Manager\n\n"
        "We are a small non-profit that builds free software for the public good, and we are growing. "
        "Our team works in the open, we publish what we do and we answer to the people who use our work. "
        "The manager's responsibilities will include:\n\n"
        "- Closing the books each month\n- Preparing the annual audit\n\n"
        "We'd like you to bring the following knowledge and experience to the team:\n\n"
        "- Nonprofit accounting rules\n- Grant management\n\n"
        "We'd appreciate experience with the following, but it is not required:\n\n"
        "- Sage Intacct\n- Expensify\n"
    )
    assert kinds_at(parse(text)) == [("summary", 3), ("responsibilities", 5), ("requirements", 8), ("nice-to-have", 13)]


def test_job_detail_lines_above_the_intro_are_not_the_summary():
    text = (
        "---\ntitle: Finance Manager\n---\n\n<p>\nPosted: <strong>June 22, 2021</strong><br>\n"
        "Position Status: <strong>Open</strong><br>\nSalary Range: <strong>$50k-$70k</strong><br>\n</p>\n\n"
        "<p>We are a small team that builds free software, and you would be our first finance hire.</p>\n"
    )
    doc = parse(text, "posting.html")
    assert ("summary", 11) in kinds_at(doc)
    assert not any(kind == "summary" and line < 11 for kind, line in kinds_at(doc))
    pelican = "Title: Senior Engineer\nlicense: https://www.apache.org/licenses/LICENSE-2.0\n\nYou will build tools.\n"
    assert kinds_at(parse(pelican))[-1] == ("summary", 4)


@pytest.mark.parametrize(
    ("items", "kind"),
    [
        ("- Flache Hierarchien und motivierte Kolleg*innen\n- 30 Tage Urlaub\n- Mobiles Arbeiten\n", "benefits"),
        ("- Du entwickelst unsere Website weiter\n- Du betreust unsere Kunden\n", "responsibilities"),
        ("- Something we cannot read\n- Nor this\n", "responsibilities"),
    ],
)
def test_a_heading_used_for_either_kind_takes_the_kind_of_its_list(items, kind):
    text = "# Werkstudent (m/w/d)\n\nWir sind ein kleines Team in Berlin.\n\n## Was dich erwartet\n\n" + items
    assert kinds_at(parse(text))[-1] == (kind, 5)


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Cómo postularte", "how-to-apply"),
        ("Compensación", "pay"),
        ("Contexto organizacional", "about-company"),
        ("Deine Eigenschaften", "requirements"),
        ("Was Du davon hast", "benefits"),
        ("Rémunérations et avantages", "pay"),
        ("Why this role?", "benefits"),
        ("This position will be responsible for:", "responsibilities"),
        ("Candidato ideal", "requirements"),
        ("Engineering has taken us a long way", None),  # Dutch "taken" (tasks) is not an English word here
        ("Compensating you fairly", None),
        ("What you will get to do", None),
        ("Les missions principales", "responsibilities"),  # a leading article
        ("Os benefícios", "benefits"),
    ],
)
def test_headings_by_word_stems_in_each_language(heading, kind):
    assert Vocabulary.load().classify(heading) == kind


def test_sub_headings_of_a_named_section_keep_its_kind():
    text = (
        "# Community Manager\n\nWe are a community of scientists.\n\n## What to expect\n\n"
        "### Within 1 month, you will\n\n- Meet the community\n- Write a blog post\n\n"
        "### Within 3 months, you will\n\n- Be working on our database of packages\n- Be growing our social media\n"
    )
    assert kinds_at(parse(text))[1:] == [("responsibilities", 5)]


def test_duty_lists_of_trades_read_as_duties_under_an_unknown_heading():
    """Verbs of work from ESCO's skill labels ("Inspect", "Weld", "Liaise") make a list of duties."""
    text = (
        "# Welder\n\nWe build steel frames for farm buildings.\n\n## In the workshop\n\n"
        "- Inspect welds before each frame leaves the shop\n- Weld frames to drawings\n"
        "- Liaise with the site team about deliveries\n"
    )
    assert kinds_at(parse(text))[-1] == ("responsibilities", 5)


def test_a_contact_heading_whose_prose_says_how_to_apply():
    text = (
        "# Bookkeeper\n\nWe are a small charity.\n\n## Contact\n\n"
        "Send your CV and a short letter to jobs@charity.example by 1 May.\n"
    )
    assert kinds_at(parse(text))[-1] == ("how-to-apply", 5)
    only_contact = "# Bookkeeper\n\nWe are a small charity.\n\n## Contact\n\nAna Lima, +44 20 7946 0000\n"
    assert kinds_at(parse(only_contact))[-1] == ("other", 5)


def test_a_description_heading_over_a_list_of_duties():
    """'Job Description' that holds only duty bullets is the responsibilities section; one with an
    intro paragraph keeps it as the summary and the duties become their own section."""
    duties = "- Code, debug and document our services\n- Perform unit and integration testing\n- Review code\n"
    only = "# Developer\n\n## Company\n\nWe are a software house.\n\n## Job Description\n\n" + duties
    assert kinds_at(parse(only))[-1] == ("responsibilities", 7)
    with_intro = (
        "# Developer\n\n## Job Description\n\nYou will join the web team of a software house in Kyiv.\n\n" + duties
    )
    assert kinds_at(parse(with_intro)) == [("summary", 3), ("responsibilities", 7)]


def test_a_university_named_for_a_subject_names_no_place():
    doc = parse("# Lecturer\n\nA lecturer post at the University of Technology, in the design school.\n")
    assert doc.facts.locations == []


# A job record of a research database: the post's name in `position`, the posting as HTML in one
# JSON string, its headings bold lines, a run-in "Entry Requirements:" label in running text.
RECORD = (
    '{\n  "position": "Physicist / Electrical Engineer",\n  "description": "<div>DESY is a research centre '
    "in Hamburg.</div><div><br></div><div><strong>The position</strong></div><ul><li>Simulation of "
    "radiation properties for beamlines</li><li>Design and optimisation of magnets</li><li>Participation in "
    "magnetic measurements</li></ul><div><strong>Requirements</strong></div><ul><li>MSc or PhD in Physics"
    "</li><li>Experience in magnetic measurement</li></ul><div>Entry Requirements:&nbsp;Master degree in "
    'Physics. Application Process:&nbsp;send a CV.</div>"\n}\n'
)


def test_a_json_record_with_an_html_description():
    doc = parse(RECORD, "record.json")
    assert doc.title is not None and doc.title.text == "Physicist / Electrical Engineer"
    assert doc.source[doc.title.span.start : doc.title.span.end] == "Physicist / Electrical Engineer"
    kinds = [s.kind for s in doc.sections]
    assert kinds[:3] == ["summary", "responsibilities", "requirements"]
    duties = doc.sections[1]
    assert duties.heading is not None and duties.heading.text == "The position"
    at = duties.heading.source_span(0, len("The position"))
    assert doc.source[at.start : at.end] == "The position"
    # "Entry Requirements:" stays one label: the piece starts at "Entry", not inside the label
    label = next(b for b in doc.blocks if b.text.startswith(("Entry", "Requirements:")) and "Master" in b.text)
    assert label.text.startswith("Entry Requirements:")


def test_a_position_key_that_is_no_title_is_not_read_as_one():
    doc = parse("---\nposition: 3\ntitle: Bookkeeper\n---\nWe need a bookkeeper.\n")
    assert doc.title is not None and doc.title.text == "Bookkeeper"
    doc = parse('{"position": "Open until filled. We will review applications weekly.", "description": "x"}', "r.json")
    assert doc.title is None


def test_a_bold_block_of_label_lines_is_fields_not_a_heading():
    text = (
        "# Executive Director\n\nWe seek our first director.\n\n**Executive Director\nLocation:  London\n"
        "Salary: Circa £80,000 negotiable**\n\nThe director will lead the organisation.\n"
    )
    doc = parse(text)
    assert ("location", 6) in kinds_at(doc) and ("pay", 7) in kinds_at(doc)
    assert [loc.text for loc in doc.facts.locations] == ["London"]
    one_line = parse("# Director\n\nWe seek a director.\n\n**Benefits and pay**\n\n- 30 days of leave\n")
    assert ("benefits", 5) in kinds_at(one_line)


@pytest.mark.parametrize(
    "text",
    [
        "The director can live anywhere in the world – remote working is the standard here.",
        "Remote working is the norm in our foundation.",
    ],
)
def test_living_anywhere_is_remote_work(text):
    doc = parse(f"# Director\n\n{text}\n")
    assert doc.facts.work_mode is not None and doc.facts.work_mode.mode == "remote"


def test_dutch_duties_with_the_infinitive_last_under_a_lead_in():
    text = (
        "# Vacatures\n\n## Softwareontwikkelaar frontend\n\nAls frontend ontwikkelaar zul je:\n\n"
        "- Nieuwe functionaliteiten bouwen.\n- Onze infrastructuur onderhouden.\n- De veiligheid verbeteren.\n\n"
        "We verwachten van jou:\n\n- Ervaring met Javascript.\n- Kennis van Git.\n"
    )
    kinds = kinds_at(parse(text, "vacature.md"))
    # The job title names the role; the duties start at the lead-in that names them.
    assert kinds[-2:] == [("responsibilities", 5), ("requirements", 11)]


@pytest.mark.parametrize(
    "item,kind",
    [
        ("Nieuwe functionaliteiten bouwen.", "responsibilities"),
        ("Software für unsere Kunden entwickeln", "responsibilities"),
        ("Skills you will strengthen", "requirements"),  # an English verb ending in -en
        ("Listen", None),
    ],
)
def test_items_ending_in_an_infinitive(item, kind):
    from jdlint.sections import default_vocabulary

    assert default_vocabulary().item_kind(item) == kind


def test_a_french_mission_heading_over_one_paragraph_is_the_summary():
    text = (
        "---\ntitle: Chargé de mission\n---\n\n### Votre mission\nAccompagner le pôle design dans ses ateliers.\n\n"
        "### Vos activités\n* Organiser les ateliers\n* Rédiger les comptes rendus\n\n"
        "### Ce que nous cherchons chez vous\nUn intérêt pour l'inclusion numérique et le design.\n"
    )
    kinds = kinds_at(parse(text, "offre.md"))
    assert kinds == [("summary", 5), ("responsibilities", 8), ("requirements", 12)]
    # over a list, the same heading names the duties
    listed = "# Chargé de mission\n\n## Votre mission\n\n* Organiser les ateliers\n* Rédiger les comptes rendus\n"
    assert kinds_at(parse(listed, "offre.md"))[-1] == ("responsibilities", 3)


def test_a_front_matter_title_that_is_a_project_code_gives_way_to_the_heading_naming_the_job():
    text = (
        "---\ntitle: COSMOS\n---\n\nOur research group has the following vacancy:\n\n"
        "PhD student in Software Testing\n-------------------------------\n\nThe PhD position will focus on testing.\n"
    )
    doc = parse(text)
    assert doc.title is not None and doc.title.text == "PhD student in Software Testing"
    assert doc.locate(doc.title.span.start).line == 7


def test_apply_for_the_position_under_an_unknown_heading_says_how_to_apply():
    text = (
        "# Automation Engineer\n\nYou will automate our tests.\n\n## Ready for the challenge?\n\n"
        "Apply for the Information Technology Specialist position on USA Jobs.\n"
    )
    assert kinds_at(parse(text))[-1] == ("how-to-apply", 5)


def test_a_german_run_in_duties_label_inside_a_profile_heading():
    text = (
        "# Community Organizer\n\n## Wen wir suchen\n\nDu liebst das Internet.\n\n"
        "**Aufgabenbereich:** <br>\nVerantwortung für das Programm.\n\n* Betreuung der Social Media Kanäle\n"
        "* Organisation von Workshops\n* Budgetverwaltung\n\n**Profil:**<br>\n\n* Du hast Erfahrung im Community-Building.\n"
    )
    kinds = kinds_at(parse(text, "stelle.md"))
    assert ("responsibilities", 7) in kinds and ("requirements", 14) in kinds


def test_the_first_line_of_a_wrapped_question_is_not_the_title():
    text = (
        "Are you a data scientist, librarian, or just love finding and\norganizing data? Do you enjoy "
        "helping people?\n\nIf so, you're a great fit for our community.\n"
    )
    assert parse(text).title is None


def test_an_ikiwiki_page_takes_its_title_from_the_meta_directive():
    text = (
        '[[!meta title="Privacy loving Linux generalist"]]\n\n[[!tag job/staff]]\n\n[[!toc levels=2]]\n\n'
        "Summary\n=======\n\nTails is looking for a Linux generalist to strengthen its team.\n"
    )
    doc = parse(text, "Linux_generalist.mdwn")
    assert doc.title is not None and doc.title.text == "Privacy loving Linux generalist"
    assert doc.source[doc.title.span.start : doc.title.span.end] == "Privacy loving Linux generalist"
    assert not any("[[!" in b.text or "toc" in b.text for b in doc.blocks)  # directives are not prose
    assert kinds_at(doc) == [("summary", 7)]


def test_job_titles_over_prose_on_a_page_of_openings_are_role_summaries():
    text = (
        "# Careers\n\n## Working for the Foundation\n\nWe are a community of developers.\n\n"
        "## Current searches\n\n### Marketing Manager\n\nThe Marketing Manager will grow awareness of our mission.\n\n"
        "### Technical Manager\n\nThe Technical Manager will run our infrastructure and our websites.\n"
    )
    kinds = kinds_at(parse(text))
    assert kinds[0] == ("about-company", 3)
    # The role heading names the job, not the section: each summary starts at its prose.
    assert ("summary", 11) in kinds and ("summary", 15) in kinds


def test_a_list_of_openings_is_not_a_list_of_requirements():
    text = (
        "---\ntitle: Vacancies\nexcerpt_separator: <!--more-->\n---\n\n"
        "We're looking for two people to join our team:\n\n"
        "* A Research Software Engineer to work on complex systems modelling;\n"
        "* A Community Engagement and Training Officer\n\n"
        "## Requirements\n\nWe are looking for:\n\n* A PhD in a numerate subject\n* Experience with C++\n"
    )
    kinds = kinds_at(parse(text))
    # "excerpt_separator" is a setting, not the posting's lead text; the openings list is the intro.
    assert kinds[:2] == [("summary", 6), ("requirements", 11)]


def test_a_long_lead_in_names_an_unknown_heading():
    text = (
        "# Research Software Engineer\n\nWe are hiring.\n\n## Projects\n\n"
        "Initially, you will work on at least two projects:\n\n1. Developing parallel software\n2. Supporting researchers\n"
    )
    assert ("responsibilities", 5) in kinds_at(parse(text))


def test_a_role_teaser_is_its_summary_then_where_to_apply():
    """A page of openings where each job title has a deadline line, a paragraph about the role and
    a link to apply: the paragraph is the role's summary, the link how to apply."""
    role = (
        "### {title}\n*Applications due December 6*\n\n"
        "Fellows will lead independent research with our senior staff and their research groups, "
        "based in our hub in downtown Chicago.\n\n"
        "For more details and to apply: [https://jobs.example.org/1](https://jobs.example.org/1)\n\n"
    )
    text = "# Opportunities\n\n" + role.format(title="Postdoctoral Fellow") + role.format(title="Program Assistant")
    kinds = [k for k in kinds_at(parse(text)) if k[0] != "other"]
    assert kinds == [("summary", 6), ("how-to-apply", 8), ("summary", 13), ("how-to-apply", 15)]


def test_prose_after_a_job_titles_detail_lines_is_the_roles_summary():
    role = (
        "### {title}\n\nJob Description: {title}\n\n* Location: Remote\n* Employment Type: Full Time\n"
        "* Reports to: Executive Director\n\n"
        "We are actively seeking a {title} to grow our supporters programme and to help the events team.\n\n"
    )
    text = (
        "# Careers\n\n## Current Open Positions\n\n"
        + role.format(title="Director of Corporate Relations")
        + role.format(title="Marketing Manager")
    )
    kinds = [k for k in kinds_at(parse(text)) if k[0] == "summary"]
    # not "Job Description: <the title>", which only names the job
    assert kinds == [("summary", 13), ("summary", 23)]


def test_a_job_title_heading_names_the_role_not_the_section_its_lead_in_names():
    text = (
        "# Vacatures\n\nWe zoeken twee nieuwe collega's.\n\n## Softwareontwikkelaar frontend\n"
        "Als frontend ontwikkelaar zul je:\n\n- Nieuwe functionaliteiten bouwen.\n- Code reviewen.\n"
        "- Tests schrijven.\n"
    )
    doc = parse(text)
    duties = next(s for s in doc.sections if s.kind == "responsibilities")
    assert duties.heading_text == "Softwareontwikkelaar frontend"
    assert doc.locate(duties.span.start).line == 6  # the lead-in, not the job title above it


def test_job_details_and_a_status_heading_are_not_the_summary():
    """ "## FILLED" is a status, "$100,000 to $130,000 - Contract" and "Posting date: ..." are job
    details: the summary starts at the prose about the role."""
    text = (
        "---\ntitle: Senior Software Engineer\n---\n\n## FILLED\n\n$100,000 to $130,000 - Contract\n\n"
        "This is your chance to work on security tooling at an open source foundation.\n"
    )
    assert [k for k in kinds_at(parse(text)) if k[0] == "summary"] == [("summary", 9)]
    text = (
        "---\ntitle: Administrative Support Specialist\n---\n\n## Open Position: Administrative Support\n\n"
        "Posting date: 1 October 2018\n\nThe Carpentries is an open global community teaching data skills.\n"
    )
    assert [k for k in kinds_at(parse(text)) if k[0] == "summary"] == [("summary", 9)]


def test_an_inclusive_community_in_an_intro_is_not_an_equal_opportunity_statement():
    text = (
        "# Community Manager\n\n## FILLED: Job Posting: Community Manager\n\n"
        "IMPORTANT:\nWhile we are keeping this post live, the position is closed as it has been filled.\n\n"
        "We are accepting applications for a Community Manager, who supports the creation of an "
        "inclusive community dedicated to open source software.\n\n## We Can Offer\n\n"
        "The salary range for this full time position is $70,000 to $80,000.\n"
    )
    kinds = kinds_at(parse(text))
    assert ("summary", 8) in kinds and ("benefits", 10) in kinds
    assert "equal-opportunity" not in [k for k, _ in kinds]


def test_things_we_will_help_you_learn_are_nice_to_have():
    text = (
        "# Site Reliability Engineer\n\n## Requirements\n\n- A degree in Computer Science\n"
        "- One year of professional experience programming in a compiled language\n\n"
        "Here are some things we'll help you learn on the job if you don't know them already:\n\n"
        "- Our primary programming languages: Go, Rust, and Python.\n- Domain-specific knowledge: PKI.\n"
    )
    assert ("nice-to-have", 8) in kinds_at(parse(text))


def test_heading_markup_inside_a_bullet_is_a_list_item():
    """ "* #### Manage the volunteers": a site's editor styled its bullets as headings; they are
    still the items of the list under "You'll be in charge of:"."""
    doc = parse(
        "# Project Manager\n\n#### **You’ll be in charge of:**\n\n* #### Finding partners and projects\n"
        "* #### Managing the volunteers\n* #### Organising events\n",
        "posting.md",
    )
    assert [(s.kind, len(s.blocks)) for s in doc.sections] == [("responsibilities", 3)]
    assert {b.kind for b in doc.sections[0].blocks} == {"list_item"}
