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
    assert doc.source[heading.offsets[0]:heading.offsets[-1] + 1] == "Desirable"
    duties = next(s for s in doc.sections if s.kind == "responsibilities")
    assert all(b.column is None for b in duties.blocks)


def test_a_heading_naming_two_kinds_takes_the_kind_its_list_reads_as():
    doc = parse("# Sales Consultant\n\n## Skills and responsibilities\n\n- Achieve monthly sales targets.\n"
                "- Coordinate daily activities with the team.\n- Generate new leads.\n\n## Qualifications\n\n"
                "- A degree in any subject.\n- 2 years of sales experience.\n")
    assert kinds_at(doc) == [("responsibilities", 3), ("requirements", 9)]
    # "Preferred skills": what is preferred reads like what is required, so the heading decides.
    doc = parse("# Account Manager\n\n## Preferred experience & skills\n\n- 3+ years of experience with clients.\n"
                "- Strong Excel skills.\n")
    assert kinds_at(doc) == [("nice-to-have", 3)]


def test_prose_in_a_heading_element_is_a_paragraph():
    summary = " ".join(["The consultant works with schools and families to plan admissions and follow up leads"] * 2)
    doc = parse(f"<h1>Area Consultant</h1>\n<h3>JOB ROLE</h3>\n<h4>{summary}.</h4>\n"
                "<h3>QUALIFICATIONS</h3>\n<ul><li>A degree in any subject.</li><li>Freshers can apply.</li></ul>\n",
                "posting.html")
    assert kinds_at(doc) == [("summary", 2), ("requirements", 4)]
    assert all(b.kind == "paragraph" for b in doc.sections[0].blocks)


def test_company_prose_under_an_unknown_heading_is_about_the_company():
    doc = parse("# Frontend Developer\n\n## Wat ga je doen?\n\n- Je bouwt interfaces.\n- Je test je code.\n\n"
                "## Een bureau voor goede zaken\n\nWij brengen sinds 2003 ontwerp en techniek samen. Onze klanten "
                "zijn musea, gemeenten en goede doelen, en wij werken met open source software die wij ook zelf "
                "vrijgeven aan de gemeenschap.\n", "vacature.md")
    assert kinds_at(doc)[-1] == ("about-company", 8)
    # The same prose addressed to the reader is not a company description.
    doc = parse("# Frontend Developer\n\n## Wat ga je doen?\n\n- Je bouwt interfaces.\n- Je test je code.\n\n"
                "## Een bureau voor goede zaken\n\nJe werkt met ons team aan ontwerp en techniek. Onze klanten "
                "zijn musea, gemeenten en goede doelen, en wij werken met open source software die wij ook zelf "
                "vrijgeven aan de gemeenschap.\n", "vacature.md")
    assert kinds_at(doc)[-1] == ("other", 8)


@pytest.mark.parametrize("heading,kind", [
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
])
def test_headings_and_job_board_labels(heading, kind):
    assert Vocabulary.load().classify(heading) == kind


def test_fields_before_the_first_heading_are_job_details_not_a_summary():
    doc = parse("# Class Teacher\n\n|  |  |\n| --- | --- |\n| Post title: | Class Teacher |\n"
                "| Reports to: | The Headteacher |\n| Status: | Permanent |\n\n## Main duties\n\n"
                "- Plan and teach lessons.\n- Assess pupils' progress.\n")
    assert "summary" not in [s.kind for s in doc.sections]


def test_a_front_matter_title_naming_a_project_gives_way_to_the_role_field():
    doc = parse("---\ntitle: The Coral Project\nrole: UX/UI Designer\n---\nWe build tools for communities.\n")
    assert doc.title.text == "UX/UI Designer"
    assert doc.source[doc.title.span.start:doc.title.span.end] == "UX/UI Designer"
    doc = parse("---\ntitle: Search Ranking\nrole: machine-learning-engineer\n---\nText.\n")
    assert doc.title.text == "Search Ranking"  # a one-word role is a profile key


@pytest.mark.parametrize("title,place", [
    ("Vacature Front-end Developer bij NAK (Emmeloord)", "Emmeloord"),
    ("Staff Nurse at St Mary's Hospital (Leeds)", "Leeds"),
    ("Designer at Acme (Remote)", None),
    ("Area Business Consultant (ABC)", None),
])
def test_a_place_in_brackets_after_the_employer_in_the_title(title, place):
    doc = parse(f"---\ntitle: {title}\n---\nWe are hiring.\n")
    got = [loc for loc in doc.facts.locations if loc.how == "title"]
    assert [loc.text for loc in got] == ([place] if place else [])
    for loc in got:
        assert doc.source[loc.span.start:loc.span.end] == place


@pytest.mark.parametrize("text,place", [
    ("We are looking for someone to join our teams in our office in the heart of Berlin.", "Berlin"),
    ("You'll work either from New York or Washington, DC, inside the newsroom.", "New York"),
    ("Ons kantoor is gevestigd in het centrum van Amsterdam, maar collega's komen overal vandaan.", "Amsterdam"),
])
def test_places_prose_names_for_the_job(text, place):
    doc = parse(f"# Designer\n\n{text}\n")
    assert [loc.text for loc in doc.facts.locations] == [place]


def test_a_work_mode_value_names_no_place():
    doc = parse("# Préposé\n\nLieu du poste : En présentiel\n")
    assert doc.facts.locations == [] and doc.facts.work_mode.mode == "onsite"


def test_a_short_first_line_naming_a_trade_in_french_is_the_title():
    doc = parse("<p><b>MANOEUVRE - FINITION BÉTON</b></p><p><b>Opportunité à Québec</b></p>"
                "<p>Ta mission consistera à préparer nos meubles.</p>", "posting.html")
    assert doc.title.text == "MANOEUVRE - FINITION BÉTON"
