"""Sections from run-in labels and label lines, and titles from wherever a posting keeps them.

The postings here are written for the tests in the shapes real postings use (bold run-in labels,
ALL-CAPS plain text with CRLF, a dataset cell without a title). Positions are checked against the
source text.
"""

from __future__ import annotations

import json

import pytest

from conftest import lint


def parse(text: str, path: str = "posting.md", **cli):
    from jdlint.config import CliOptions, load_settings
    from jdlint.engine import parse_document

    config = load_settings(None).for_path(path, CliOptions(**cli))
    return parse_document(text, path, config)


def kinds_at(doc) -> list[tuple[str, int]]:
    return [(s.kind, doc.locate(s.span.start).line) for s in doc.sections]


BOLD_RUN_IN = """# Warehouse Associate

**Pay Rate:** $18 per hour
**Location:** Dayton, OH
**Schedule:** Monday to Friday

We are growing and need careful people on our packing line.

## What you'll do

- Pick and pack orders
- Load trucks
"""


def test_bold_run_in_labels_start_their_own_sections():
    doc = parse(BOLD_RUN_IN)
    found = kinds_at(doc)
    assert ("pay", 3) in found and ("location", 4) in found
    assert ("responsibilities", 9) in found
    pay = next(s for s in doc.sections if s.kind == "pay")
    assert pay.reason == "run-in label 'Pay Rate'"
    # The split block points at the source: "$18" is where the file has it.
    block = pay.blocks[0]
    start = block.offsets[block.text.index("$18")]
    assert BOLD_RUN_IN[start : start + 3] == "$18"


def test_prose_after_run_in_labels_is_not_swallowed_by_them():
    doc = parse(BOLD_RUN_IN)
    location = next(s for s in doc.sections if s.kind == "location")
    assert all("packing line" not in b.text for b in location.blocks)


def test_a_run_in_label_of_the_same_kind_stays_in_its_section():
    doc = parse("# Nurse\n\n## Requirements\n\n- **Experience:** 2 years on a ward\n- **Licence:** RN\n")
    assert kinds_at(doc) == [("requirements", 3)]


def test_label_line_in_other_words_is_a_heading():
    doc = parse("# Analyst\n\nRequired Experience & Skills:\n\n- 3 years of SQL\n- Excel\n")
    assert ("requirements", 3) in kinds_at(doc)


def test_urls_and_times_are_not_labels():
    doc = parse("# Analyst\n\nApply at https://example.com/jobs today.\nShift starts 9:30 sharp.\n")
    assert [s.kind for s in doc.sections] == ["summary"]


CRLF_TEXT = (
    "ACME LOGISTICS LTD\r\nWAREHOUSE ASSOCIATE\r\n\r\nJOB DESCRIPTION:\r\nWe move parcels across the "
    "county.\r\n\r\nDUTIES/ESSENTIAL FUNCTIONS:\r\n- Pick orders\r\n- Load trucks\r\n\r\n"
    "LOCATION: Dayton, OH\r\n"
)


def test_plain_text_title_is_the_line_that_names_the_job():
    doc = parse(CRLF_TEXT, "posting.txt")
    assert doc.title is not None and doc.title.text == "WAREHOUSE ASSOCIATE"
    assert doc.locate(doc.title.span.start).line == 2
    assert doc.title.source == "first-line"
    assert ("responsibilities", 7) in kinds_at(doc)
    assert ("location", 11) in kinds_at(doc)


@pytest.mark.parametrize(
    "text",
    [
        "Great food, great people!\n\nWe are looking for a cook.\n",  # a slogan
        "We are a friendly bakery in Leeds and we are looking for someone who loves bread and early "
        "mornings, and who can start next month.\n",  # a paragraph
    ],
)
def test_no_title_is_taken_from_a_slogan_or_a_paragraph(text):
    assert parse(text, "posting.txt").title is None


def test_job_title_label_gives_the_title():
    doc = parse("**Job title:** Line Cook\n**Location:** Leeds\n\nJoin our kitchen.\n")
    assert doc.title is not None and doc.title.text == "Line Cook" and doc.title.source == "label"
    assert doc.locate(doc.title.span.start).column == len("**Job title:** ") + 1


def test_title_option_supplies_a_missing_title_only():
    assert parse("Join our kitchen team.\n", "cell.txt", title="Line Cook").title.text == "Line Cook"
    assert parse("# Baker\n\nJoin us.\n", title="Line Cook").title.text == "Baker"


def test_missing_title_is_said_once_as_a_note():
    result = lint("We are looking for someone to join our kitchen team.\n\nSend your CV.\n", "cell.txt")
    missing = [f for f in result.notes if f.code == "JD810"]
    assert len(missing) == 1 and missing[0].severity == "note" and missing[0].line == 1
    assert "JD810" not in {f.code for f in result.findings}


def test_parse_json_says_why_each_section_got_its_kind(tmp_path):
    from click.testing import CliRunner

    from jdlint.cli import main

    posting = tmp_path / "p.md"
    posting.write_text(
        BOLD_RUN_IN + "\n## Zzz\n\n- Health insurance\n- Paid parental leave\n- Pension\n", encoding="utf-8"
    )
    out = CliRunner().invoke(main, ["parse", str(posting), "--output-format", "json"])
    assert out.exit_code == 0, out.output
    data = json.loads(out.stdout)
    why = {s["kind"]: s["why"] for s in data["sections"]}
    assert why["pay"] == "run-in label 'Pay Rate'"
    assert why["responsibilities"] == "heading 'What you'll do'"
    assert why["benefits"].startswith("content:")
    assert data["title"]["source"] == "heading"


def test_a_benefits_paragraph_inside_about_us_is_a_benefits_block():
    doc = parse(
        "# Barista\n\n## About us\n\nWe are a small coffee roaster in Bristol.\n\n"
        "We offer health insurance, a pension with 5% employer match, 30 days of paid holidays "
        "and free coffee.\n\nWe care about our community.\n\n## Requirements\n\n- 1 year as a barista\n"
    )
    assert kinds_at(doc) == [("about-company", 3), ("benefits", 7), ("about-company", 9), ("requirements", 11)]
    assert doc.sections[1].reason == "content: a paragraph that lists benefits"


def test_one_benefit_word_in_the_company_story_is_not_a_benefits_block():
    doc = parse("# Barista\n\n## About us\n\nOur founders left their pension funds to roast coffee.\n")
    assert [s.kind for s in doc.sections] == ["about-company"]


def test_api_takes_the_title_of_a_dataset_row():
    import jdlint

    text = "We are looking for someone to join our kitchen team in the evenings.\n"
    assert "JD810" in {f.code for f in jdlint.lint_text(text, "cell.txt").notes}
    assert "JD810" not in {f.code for f in jdlint.lint_text(text, "cell.txt", title="Line Cook").notes}


ONE_LINE = (
    "Pipe Layers needed for a road project in Moncton. Responsibilities: lay and grade pipe, read "
    "plans. Requirements: 2 years of experience. Pay: $25.00-$30.00 per hour Benefits: Dental "
    "insurance, Vision care Work Location: In person\n"
)


def test_labels_inside_running_text_start_sections():
    """Scraped postings often lose their line breaks: labels the vocabulary lists word for word
    still start their sections."""
    doc = parse(ONE_LINE, "cell.txt")
    assert [s.kind for s in doc.sections] == [
        "summary",
        "responsibilities",
        "requirements",
        "pay",
        "benefits",
        "location",
    ]
    pay = next(s for s in doc.sections if s.kind == "pay")
    assert ONE_LINE[pay.span.start : pay.span.end] == "Pay: $25.00-$30.00 per hour"


def test_a_colon_in_prose_is_not_a_label():
    doc = parse("We use three tools: Python, SQL and dbt. The team meets at 9:30 every day.\n", "cell.txt")
    assert [s.kind for s in doc.sections] == ["summary"]


def test_a_location_that_names_only_a_work_mode_gives_the_mode():
    doc = parse(ONE_LINE, "cell.txt")
    assert [loc.text for loc in doc.facts.locations if loc.is_statement] == []
    assert doc.facts.work_mode is not None and doc.facts.work_mode.mode == "onsite"


def test_a_key_value_table_gives_the_title_and_fields():
    text = (
        "| | |\n|---|---|\n| Job title | Class Teacher |\n| Salary | £31,650 - £43,607 a year |\n\n"
        "We are a friendly primary school looking for a teacher to join our Year 3 team.\n"
    )
    doc = parse(text)
    assert doc.title is not None and doc.title.text == "Class Teacher" and doc.title.source == "label"
    assert kinds_at(doc) == [("pay", 4), ("summary", 6)]


def test_decoration_before_a_label_stays_with_it():
    doc = parse("💰 Salário: R$ 2.500,00\n✨ Benefícios: Vale Transporte\n🏢 Local: Contagem - MG\n", "cell.txt")
    assert [(s.kind, s.blocks[0].text) for s in doc.sections] == [
        ("pay", "💰 Salário: R$ 2.500,00"),
        ("benefits", "✨ Benefícios: Vale Transporte"),
        ("location", "🏢 Local: Contagem - MG"),
    ]


def test_benefits_prose_under_an_unknown_heading_reads_as_benefits():
    doc = parse(
        "# Nurse\n\n## The good stuff\n\nWe offer health insurance, a pension with employer match, "
        "30 days of paid holidays and parental leave.\n"
    )
    assert [(s.kind, s.reason) for s in doc.sections] == [
        ("benefits", "content: reads as benefits under an unknown heading")
    ]


def test_a_biography_under_an_unknown_heading_is_not_requirements():
    doc = parse(
        "# Research Intern\n\n## Laboratory introduction\n\nProfessor Li obtained her bachelor's degree "
        "in 2012 and has 10 years of experience in machine learning.\n"
    )
    assert "requirements" not in [s.kind for s in doc.sections]


def test_html_title_heading_named_by_the_page_title():
    page = (
        "<html><head><title>Senior Data Engineer | Acme Careers</title></head><body><main>"
        "<h1>Acme Careers</h1><h2>Senior Data Engineer</h2><p>Join our data team in Leeds.</p>"
        "</main></body></html>"
    )
    doc = parse(page, "job.html")
    assert doc.title is not None and doc.title.text == "Senior Data Engineer"
