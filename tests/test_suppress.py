"""Inline suppression comments: ranges, next line, whole file, by code or name, and the
``# jdlint-...`` form of plain-text postings."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

import jdlint
from jdlint.cli import main
from jdlint.rules import CATEGORIES

# Only the clarity rules, so the postings need no sections.
ONLY_CLARITY = {"ignore": [c for c in CATEGORIES if c != "clarity"]}


def found(text: str, path: str = "posting.md") -> list[tuple[int, str, str]]:
    return [(f.line, f.code, f.match) for f in jdlint.lint_text(text, path=path, config=ONLY_CLARITY)]


def test_baseline_without_directives():
    text = "A rockstar.\n\nA ninja.\n\nA guru.\n"
    assert found(text) == [(1, "JD401", "rockstar"), (3, "JD401", "ninja"), (5, "JD401", "guru")]


def test_disable_enable_range_by_code():
    text = "A rockstar.\n\n<!-- jdlint-disable JD401 -->\n\nA ninja.\n\n<!-- jdlint-enable -->\n\nA guru.\n"
    assert found(text) == [(1, "JD401", "rockstar"), (9, "JD401", "guru")]


def test_disable_range_covers_only_the_named_rule():
    text = (
        "<!-- jdlint-disable JD401 -->\n\nA ninja doing other duties as assigned.\n\n"
        "<!-- jdlint-enable JD401 -->\n\nA guru.\n"
    )
    assert found(text) == [(3, "JD402", "other duties as assigned"), (7, "JD401", "guru")]


def test_disable_by_rule_name():
    text = (
        "A rockstar.\n\n<!-- jdlint-disable buzzword -->\n\nA ninja. Other duties as assigned.\n\n"
        "<!-- jdlint-enable buzzword -->\n\nA guru.\n"
    )
    assert found(text) == [(1, "JD401", "rockstar"), (5, "JD402", "Other duties as assigned"), (9, "JD401", "guru")]


def test_disable_by_code_enable_by_name_and_back():
    text = "<!-- jdlint-disable JD401 -->\nA ninja.\n<!-- jdlint-enable buzzword -->\nA guru.\n"
    assert found(text) == [(4, "JD401", "guru")]
    text = "<!-- jdlint-disable buzzword -->\nA ninja.\n<!-- jdlint-enable jd401 -->\nA guru.\n"
    assert found(text) == [(4, "JD401", "guru")]


def test_enable_one_rule_keeps_the_others_disabled():
    text = (
        "<!-- jdlint-disable JD401 JD402 -->\nA ninja.\n<!-- jdlint-enable JD402 -->\n"
        "A guru doing other duties as assigned.\n"
    )
    assert found(text) == [(4, "JD402", "other duties as assigned")]


def test_disable_several_codes_comma_or_space_separated():
    for codes in ("JD401, JD402", "JD401 duties-as-assigned", "jd401,jd402"):
        text = f"<!-- jdlint-disable {codes} -->\nA ninja. Other duties as assigned.\n<!-- jdlint-enable -->\nA guru.\n"
        assert found(text) == [(4, "JD401", "guru")], codes


def test_disable_without_enable_runs_to_end_of_file():
    text = "A rockstar.\n\n<!-- jdlint-disable JD401 -->\n\nA ninja.\n\nA guru.\n"
    assert found(text) == [(1, "JD401", "rockstar")]


def test_disable_without_codes_covers_every_rule():
    text = (
        "A rockstar.\n\n<!-- jdlint-disable -->\n\nA ninja. Other duties as assigned.\n\n"
        "<!-- jdlint-enable -->\n\nA guru doing other duties as assigned.\n"
    )
    assert found(text) == [(1, "JD401", "rockstar"), (9, "JD401", "guru"), (9, "JD402", "other duties as assigned")]


def test_disable_next_line():
    text = "A rockstar.\n<!-- jdlint-disable-next-line JD401 -->\nA ninja.\nA guru.\n"
    assert found(text) == [(1, "JD401", "rockstar"), (4, "JD401", "guru")]


def test_disable_next_line_skips_blank_lines():
    text = "A rockstar.\n\n<!-- jdlint-disable-next-line JD401 -->\n\n\n   \nA ninja and a rockstar.\n\nA guru.\n"
    assert found(text) == [(1, "JD401", "rockstar"), (9, "JD401", "guru")]


def test_disable_next_line_other_rule_does_not_cover():
    text = "<!-- jdlint-disable-next-line JD402 -->\nA ninja doing other duties as assigned.\n"
    assert found(text) == [(2, "JD401", "ninja")]


def test_disable_next_line_without_codes():
    text = "<!-- jdlint-disable-next-line -->\nA ninja doing other duties as assigned.\nA guru.\n"
    assert found(text) == [(3, "JD401", "guru")]


def test_disable_line():
    text = "A rockstar. <!-- jdlint-disable-line JD401 -->\nA ninja.\n"
    assert found(text) == [(2, "JD401", "ninja")]


def test_disable_file_with_code():
    text = "A rockstar doing other duties as assigned.\n\n<!-- jdlint-disable-file JD401 -->\n\nA ninja.\n"
    assert found(text) == [(1, "JD402", "other duties as assigned")]


def test_disable_file_without_codes():
    text = "A rockstar doing other duties as assigned.\n\n<!-- jdlint-disable-file -->\n"
    assert found(text) == []


def test_directive_covers_title_findings():
    text = "<!-- jdlint-disable-next-line buzzword -->\n# Rockstar Office Manager\n\nA ninja.\n"
    assert found(text) == [(4, "JD401", "ninja")]


def test_html_posting_comments():
    text = (
        "<html><body>\n<p>A rockstar.</p>\n<!-- jdlint-disable-next-line JD401 -->\n<p>A ninja.</p>\n"
        "<p>A guru.</p>\n</body></html>\n"
    )
    assert found(text, "posting.html") == [(2, "JD401", "rockstar"), (5, "JD401", "guru")]


def test_hash_form_in_plain_text():
    text = "Office Manager\n\nA rockstar.\n# jdlint-disable-next-line JD401\nA ninja.\nA guru.\n"
    assert found(text, "posting.txt") == [(3, "JD401", "rockstar"), (6, "JD401", "guru")]


def test_hash_form_range_and_file_in_plain_text():
    text = "Office Manager\n\n# jdlint-disable buzzword\nA rockstar.\n# jdlint-enable\nA ninja.\n"
    assert found(text, "posting.txt") == [(6, "JD401", "ninja")]
    text = "Office Manager\n\n  # jdlint-disable-file\nA rockstar.\nA ninja.\n"
    assert found(text, "posting.txt") == []


def test_mention_in_prose_is_not_a_directive():
    text = "Our style guide says jdlint-disable JD401 is allowed. A ninja.\n"
    assert found(text) == [(1, "JD401", "ninja")]


@pytest.mark.parametrize("name", ["posting.md", "posting.txt"])
def test_suppression_through_the_cli(tmp_path, monkeypatch, name):
    monkeypatch.chdir(tmp_path)
    comment = "<!-- jdlint-disable-next-line JD401 -->" if name.endswith(".md") else "# jdlint-disable-next-line JD401"
    (tmp_path / name).write_text(f"Office Manager\n\n{comment}\nA rockstar.\nA guru.\n", encoding="utf-8")
    try:
        runner = CliRunner(mix_stderr=False)
    except TypeError:
        runner = CliRunner()
    result = runner.invoke(main, ["check", "--select", "JD401", "--output-format", "json", name])
    assert result.exit_code == 1
    got = [(f["line"], f["code"]) for f in json.loads(result.stdout)["files"][0]["findings"]]
    assert got == [(5, "JD401")]
