"""Job records exported as JSON, and front-matter fields that hold a whole posting."""

from __future__ import annotations

import json

from conftest import lint


def parse(text: str, path: str):
    from jdlint.config import load_settings
    from jdlint.engine import parse_document

    return parse_document(text, path, load_settings(None).for_path(path))


RECORD = json.dumps(
    {
        "id": "143KJ",
        "title": "Line Cook",
        "description": "We run a busy bistro in Leeds.\n\nResponsibilities:\n- Prepare dishes \u00e0 la carte\n"
        "- Keep the station clean\n\nRequirements:\n- 2 years in a kitchen\n- Food hygiene certificate",
        "salary": "\u00a312.60 per hour",
        "url": "https://example.com/jobs/143KJ",
    },
    indent=2,
)


def test_a_json_record_is_read_like_front_matter():
    doc = parse(RECORD, "job.json")
    assert doc.format == "json"
    assert doc.title is not None and doc.title.text == "Line Cook"
    kinds = [s.kind for s in doc.sections]
    assert kinds == ["summary", "responsibilities", "requirements", "pay"]
    # A word after a \u00e0 escape and a \n escape points at its place in the file.
    block = next(b for s in doc.sections if s.kind == "responsibilities" for b in s.blocks if "Keep" in b.text)
    start = block.offsets[block.text.index("station")]
    assert RECORD[start : start + len("station")] == "station"
    line = RECORD[:start].count("\n") + 1
    assert doc.locate(start).line == line


def test_a_record_that_keeps_the_posting_in_a_body_field():
    """CMS exports keep a teaser in `description` and the whole posting, as Markdown, in `body`."""
    record = json.dumps(
        {
            "title": "Program Manager",
            "description": "Run our events fund.",
            "body": "## What you'll do\n\n- Plan the calls for proposals\n- Review applications\n\n"
            "## What we look for\n\n- 3 years of program management\n\n## Salary\n\n$70,000 to $80,000 a year.\n",
        }
    )
    doc = parse(record, "job.json")
    assert [s.kind for s in doc.sections] == ["summary", "summary", "responsibilities", "requirements", "pay"]
    assert [w.pay.low for w in doc.facts.pay.wages] == [70000]


def test_a_json_list_reads_its_first_record():
    text = json.dumps([{"title": "Line Cook", "description": "We need a cook for our evening shifts."}])
    doc = parse(text, "jobs.json")
    assert doc.title.text == "Line Cook"
    assert [s.kind for s in doc.sections] == ["summary"]


def test_findings_in_a_json_record_point_into_the_string():
    text = json.dumps({"title": "Cook", "description": "Join our rockstar kitchen team in Leeds."})
    result = lint(text, "job.json")
    hit = next(f for f in result.findings if f.code == "JD401")
    assert text.splitlines()[hit.line - 1][hit.column - 1 : hit.end_column - 1] == "rockstar"


def test_json_that_is_no_record_is_read_as_text():
    doc = parse('"just a string"', "odd.json")
    assert doc.format != "json"


def test_headings_inside_a_front_matter_field_start_sections():
    text = (
        '---\ntitle: Line Cook\ndescription: "We run a bistro in Leeds.\\r\\n\\r\\nResponsibilities:\\r\\n'
        '- Prepare dishes\\r\\n\\r\\nRequirements:\\r\\n- 2 years in a kitchen"\n---\n'
    )
    doc = parse(text, "posting.md")
    assert [s.kind for s in doc.sections] == ["summary", "responsibilities", "requirements"]
    assert doc.sections[2].reason == "heading 'Requirements:' inside front-matter field 'description'"


def test_a_bug_while_reading_one_posting_is_a_file_error_not_a_crash(monkeypatch):
    from jdlint import sections
    from jdlint.config import load_settings
    from jdlint.engine import lint_source

    def broken(doc, vocab):
        raise ValueError("boom")

    monkeypatch.setattr(sections, "build", broken)
    result = lint_source("# Cook\n\nJoin us.\n", "p.md", load_settings(None).for_path("p.md"))
    assert result.error is not None and "internal error while reading this posting" in str(result.error)
    assert result.error.exit_code == 2


def test_location_fields_in_other_languages_and_as_mappings():
    doc = parse("---\ntitel: Front-end developer\nlocatie: Utrecht\n---\nWij zoeken een developer.\n", "p.md")
    assert [(f.text, f.field) for f in doc.facts.locations] == [("Utrecht", "locatie")]
    doc = parse("---\ntitle: Cook\nlocation:\n  city: Leeds\n  country: UK\n---\nJoin us.\n", "p.md")
    assert [f.text for f in doc.facts.locations] == ["Leeds, UK"]


COOK = {"title": "Line Cook", "description": "We need a cook for our evening shifts. You will cook the the dishes."}
CLERK = {"title": "Store Clerk", "description": "Serve customers at the till and stack the shelves."}


def _at(text: str, finding) -> str:
    line = text.splitlines()[finding.line - 1]
    return line[finding.column - 1 :]


def test_json_lines_hold_one_posting_per_line_each_checked_on_its_own():
    text = "\n".join(json.dumps(r) for r in (COOK, CLERK)) + "\n"
    result = lint(text, "jobs.jsonl")
    assert result.records == 2
    missing = [f for f in result.findings if f.code == "JD601"]  # "no pay", once per posting
    assert [(f.line, _at(text, f)[: len("Line Cook")]) for f in missing] == [(1, "Line Cook"), (2, "Store Cle")]
    (twice,) = [f for f in result.findings if f.code == "JD412"]
    assert twice.line == 1 and _at(text, twice).startswith("the the")


def test_a_json_list_checks_every_record_with_positions_in_the_file():
    text = json.dumps([COOK, CLERK], indent=2)
    result = lint(text, "jobs.json")
    assert result.records == 2
    titles = {text.splitlines()[f.line - 1].strip() for f in result.findings if f.code == "JD601"}
    assert titles == {'"title": "Line Cook",', '"title": "Store Clerk",'}
    # the file's score is that of its weakest posting
    scores = [lint(json.dumps(r), "one.json").score.total for r in (COOK, CLERK)]
    assert result.score.total == min(scores)


def test_a_record_without_a_title_is_reported_at_its_own_start():
    text = json.dumps(COOK) + "\n" + json.dumps({"description": "Serve customers at the till."}) + "\n"
    result = lint(text, "jobs.jsonl")
    assert {f.line for f in result.findings if f.code == "JD601"} == {1, 2}


def test_lines_that_are_not_all_json_objects_are_no_json_lines():
    from jdlint.readers import detect_format, json_records

    text = json.dumps(COOK) + "\nnot json\n"
    assert json_records(text) == ()
    assert detect_format("jobs.jsonl", text) != "json"


def test_json_output_says_how_many_postings_a_file_holds(tmp_path):
    from click.testing import CliRunner

    from jdlint.cli import main

    jobs = tmp_path / "jobs.jsonl"
    jobs.write_text("\n".join(json.dumps(r) for r in (COOK, CLERK)) + "\n", encoding="utf-8")
    out = CliRunner().invoke(main, ["check", "--output-format", "json", str(jobs)]).output
    (entry,) = json.loads(out)["files"]
    assert entry["postings"] == 2 and entry["title"] in ("Line Cook", "Store Clerk")
    assert [(r["line"], r["title"]) for r in entry["records"]] == [(1, "Line Cook"), (2, "Store Clerk")]
    assert entry["score"] == min(r["score"] for r in entry["records"])


def test_parse_shows_every_record_of_a_file(tmp_path):
    from click.testing import CliRunner

    from jdlint.cli import main

    jobs = tmp_path / "jobs.jsonl"
    jobs.write_text("\n".join(json.dumps(r) for r in (COOK, CLERK)) + "\n", encoding="utf-8")
    text = CliRunner().invoke(main, ["parse", str(jobs)]).output
    assert "(record 1 of 2)" in text and "(record 2 of 2)" in text
    assert "'Line Cook' (line 1)" in text and "'Store Clerk' (line 2)" in text
    data = json.loads(CliRunner().invoke(main, ["parse", "--output-format", "json", str(jobs)]).output)
    assert [(r["title"]["text"], r["title"]["line"]) for r in data] == [("Line Cook", 1), ("Store Clerk", 2)]
    postings = json.loads(CliRunner().invoke(main, ["parse", "--output-format", "jsonld", str(jobs)]).stdout)
    assert [p["title"] for p in postings] == ["Line Cook", "Store Clerk"]


JOBS_YML = """\
# _data/jobs.yml of a lab's site
- title: Lab Technician
  description: >-
    We are hiring a lab technician. You will run the the assays
    and keep the lab stocked.
  location: Aarhus
- title: "Research Software Engineer"
  description: |
    Join our team.

    ## Requirements

    - 3 years of Python
    - Git
"""


def test_a_yaml_list_of_records_checks_every_posting_in_place():
    from jdlint.readers import detect_format

    assert detect_format("_data/jobs.yml", JOBS_YML) == "yaml"
    result = lint(JOBS_YML, "jobs.yml")
    assert result.records == 2
    titles = {_at(JOBS_YML, f) for f in result.findings if f.code == "JD601"}
    assert titles == {"Lab Technician", 'Research Software Engineer"'}
    (twice,) = [f for f in result.findings if f.code == "JD412"]
    assert _at(JOBS_YML, twice).startswith("the the assays")
    second = parse(JOBS_YML, "jobs.yml")
    assert second.title.text == "Lab Technician"


def test_a_yaml_file_that_is_no_list_of_records_is_no_posting_data():
    from jdlint.readers import detect_format

    assert detect_format("config.yml", "title: My site\ntheme: minima\n") != "yaml"
    assert detect_format("list.yml", "- 1\n- 2\n") != "yaml"


def test_the_text_report_says_the_score_is_the_weakest_postings(tmp_path):
    from click.testing import CliRunner

    from jdlint.cli import main

    jobs = tmp_path / "jobs.jsonl"
    jobs.write_text("\n".join(json.dumps(r) for r in (COOK, CLERK)) + "\n", encoding="utf-8")
    out = CliRunner().invoke(main, ["check", str(jobs)]).output
    assert "the weakest of 2 postings)" in out
