"""Check kinds that no bundled rule uses yet, tested through a rule of the test's own."""

from __future__ import annotations

from jdlint.config import load_settings
from jdlint.engine import lint_source
from jdlint.rules import parse_rule


def run_rule(entry: dict, text: str):
    rule = parse_rule(entry, pack="test", path="<test>", default_category="clarity")
    config = load_settings(None).for_path("posting.md")
    config.__dict__["rules"] = [rule]
    result = lint_source(text, "posting.md", config)
    assert result.error is None
    return result.findings


OCCURRENCE = {
    "code": "JD995",
    "name": "too-many-musts",
    "kind": "occurrence",
    "message": "{count} uses of must (limit {limit})",
    "count": "phrases",
    "phrases": ["must"],
    "max": 2,
    "examples": {"bad": ["x"], "good": ["y"]},
}


def test_occurrence_counts_phrases_per_document():
    text = "You must code. You must test.\n\nYou must ship.\n"
    findings = run_rule(OCCURRENCE, text)
    assert [(f.line, f.column, f.message) for f in findings] == [(3, 5, "3 uses of must (limit 2)")]
    assert run_rule(OCCURRENCE, "You must code. You must test.\n") == []


def test_occurrence_counts_list_items_per_section():
    entry = dict(OCCURRENCE, count="list_items", phrases=[], per="section", max=1)
    text = "## Requirements\n\n- One\n- Two\n\n## Benefits\n\n- One\n"
    findings = run_rule(entry, text)
    assert [(f.line, f.column) for f in findings] == [(4, 3)]
