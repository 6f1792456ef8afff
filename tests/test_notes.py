"""Notes: rules with ``note: true`` (JD110 language-not-checked, JD111 role-not-recognised, JD619
law-after-posting-date, JD810 no-title) say what jdlint did with a posting, not what is wrong with
it. They are computed by the same engine and selected like any rule, but every report format
shows them apart from the findings, and they never count: not in the finding counts, the
summary line, --statistics, the score or the exit code."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest

import jdlint
from conftest import CLEAN, ROOT, invoke, lint, write
from jdlint.config import Settings, load_settings
from jdlint.errors import ConfigError, RuleError

# A complete German posting: no finding, one note (JD110: the English wording checks were skipped).
GERMAN = (ROOT / "tests" / "data" / "languages" / "de.md").read_text(encoding="utf-8")
# Findings and a note: a short German posting (JD101 missing sections, JD102 too short; JD110).
GERMAN_SHORT = (
    "# Buchhalter (m/w/d)\n\nWir suchen für unser Büro in Leipzig eine erfahrene Buchhaltung, die unsere "
    "Monatsabschlüsse vorbereitet, Rechnungen prüft und mit dem Steuerberater eng zusammenarbeitet.\n"
)
NO_TITLE = "We are looking for someone to join our kitchen team in the evenings.\n"
NOTE_RULES = {"JD110", "JD111", "JD114", "JD619", "JD810"}


def _json(result) -> dict:
    return json.loads(result.stdout)


@pytest.fixture
def german(work):
    write(work / "de.md", GERMAN)
    return work


def test_the_note_rules_are_the_ones_about_jdlints_run():
    rules = load_settings(None).ruleset.rules
    assert {r.code for r in rules if r.note} == NOTE_RULES
    for rule in rules:
        if rule.note:
            assert rule.level == "note" and rule.fix is None


def test_engine_keeps_notes_apart_from_findings():
    result = lint(GERMAN, "de.md")
    assert result.findings == []
    assert [(n.code, n.severity, n.line) for n in result.notes] == [("JD110", "note", 1)]
    assert all(n.is_note for n in result.notes)


def test_score_ignores_notes():
    with_note = lint(GERMAN, "de.md")
    without = lint(GERMAN, "de.md", settings_data={"ignore": ["JD110"]})
    assert with_note.notes and not without.notes
    assert with_note.score.total == without.score.total
    assert with_note.score.categories == without.score.categories
    # A run of note rules only has no category to score: notes check nothing in the posting.
    only = lint(NO_TITLE, "cell.txt", only="JD810")
    assert only.notes and only.score.categories == {}


# --- command line: exit code, text, quiet, statistics --------------------------------------


def test_only_notes_exit_zero_whatever_the_fail_level(german):
    for args in ([], ["--fail-level", "info"], ["--select", "JD110"], ["--select", "JD110", "--fail-level", "info"]):
        result = invoke(["check", "--isolated", *args, "de.md"])
        assert result.exit_code == 0, (args, result.stdout)
        assert "de.md: note: JD110 The posting is in German;" in result.stdout


def test_text_prints_notes_after_the_findings_and_before_the_score(work):
    write(work / "de.md", GERMAN_SHORT)
    result = invoke(["check", "--isolated", "de.md"])
    assert result.exit_code == 1  # the missing sections are findings
    lines = result.stdout.splitlines()
    last_finding = max(i for i, line in enumerate(lines) if line.startswith("de.md:1:3: JD10"))
    note = next(i for i, line in enumerate(lines) if line.startswith("de.md: note: JD110 "))
    score = next(i for i, line in enumerate(lines) if line.startswith("de.md: score "))
    assert last_finding < note < score
    # three missing sections, no pay (JD601), too short, no way to apply; the note is not counted
    assert lines[-1] == "Found 6 findings (0 error, 4 warning, 2 info) in 1 file."
    assert sum("JD110" in line for line in lines) == 1  # one line, no excerpt or suggestion


def test_quiet_hides_notes_and_statistics_do_not_count_them(german):
    quiet = invoke(["check", "--isolated", "--quiet", "de.md"])
    assert quiet.exit_code == 0 and "note" not in quiet.stdout and quiet.stdout == ""
    stats = invoke(["check", "--isolated", "--statistics", "de.md"])
    assert "JD110\tlanguage-not-checked" not in stats.stdout
    assert "Found 0 findings (0 error, 0 warning, 0 info) in 1 file." in stats.stdout


def test_notes_are_selected_ignored_and_disabled_like_rules(german):
    assert "note: JD110" not in invoke(["check", "--isolated", "--ignore", "JD110", "de.md"]).stdout
    assert "note: JD110" not in invoke(["check", "--isolated", "--ignore", "language-not-checked", "de.md"]).stdout
    assert "note: JD110" in invoke(["check", "--isolated", "--select", "structure", "de.md"]).stdout
    disabled = "<!-- jdlint-disable JD110 -->\n" + GERMAN
    assert not lint(disabled, "de.md").notes
    assert not [f for f in lint(disabled, "de.md").findings if f.code == "JD113"]


def test_color_marks_the_note(german):
    out = invoke(["check", "--isolated", "--color", "always", "de.md"]).stdout
    assert "\x1b[" in out and "note" in out


# --- report formats -------------------------------------------------------------------------


def test_json_has_a_notes_array_next_to_findings_and_does_not_count_notes(german):
    data = _json(invoke(["check", "--isolated", "--output-format", "json", "de.md"]))
    (entry,) = data["files"]
    assert entry["findings"] == []
    (note,) = entry["notes"]
    assert (note["code"], note["name"], note["severity"], note["line"]) == ("JD110", "language-not-checked", "note", 1)
    assert data["summary"]["findings"] == 0 and data["summary"]["by_code"] == {}
    assert data["summary"]["files_with_findings"] == 0


def test_json_lines_gives_notes_their_own_records(german):
    lines = [
        json.loads(line) for line in invoke(["check", "--output-format", "json-lines", "de.md"]).stdout.splitlines()
    ]
    assert lines == [{"path": "de.md", "note": lines[0]["note"]}]
    assert lines[0]["note"]["code"] == "JD110" and "code" not in lines[0]


def test_sarif_puts_notes_in_tool_execution_notifications(german):
    jsonschema = pytest.importorskip("jsonschema")
    write(german / "buzz.md", CLEAN.replace("You will run", "You will be the rockstar who runs"))
    result = invoke(["check", "--isolated", "--output-format", "sarif", "de.md", "buzz.md"])
    assert result.exit_code == 1
    log = json.loads(result.stdout)
    schema = json.loads((ROOT / "tests" / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    assert not list(jsonschema.Draft4Validator(schema).iter_errors(log))
    run = log["runs"][0]
    assert [r["ruleId"] for r in run["results"]] == ["JD401"]  # the note is no result
    assert {r["id"] for r in run["tool"]["driver"]["rules"]} == {"JD401"}
    invocation = run["invocations"][0]
    assert invocation["executionSuccessful"] is True  # notes are not failures
    (note,) = invocation["toolExecutionNotifications"]
    assert note["level"] == "note" and note["message"]["text"].startswith("The posting is in German;")
    physical = note["locations"][0]["physicalLocation"]
    assert physical["artifactLocation"] == {"uri": "de.md", "uriBaseId": "%SRCROOT%"}
    assert physical["region"]["startLine"] == 1
    descriptors = run["tool"]["driver"]["notifications"]
    assert descriptors[note["descriptor"]["index"]]["id"] == note["descriptor"]["id"] == "JD110"
    assert descriptors[0]["defaultConfiguration"]["level"] == "note"


def test_github_does_not_annotate_notes(german):
    result = invoke(["check", "--isolated", "--output-format", "github", "de.md"])
    lines = result.stdout.splitlines()
    assert not [line for line in lines if line.startswith(("::notice", "::warning", "::error"))]
    assert lines[0].startswith("::group::jdlint: 1 note about the run") and lines[-1] == "::endgroup::"
    assert lines[1].startswith("note: de.md: JD110 The posting is in German;")


def test_github_note_lines_cannot_be_workflow_commands(work):
    name = "::warning::x.md"
    write(work / name, GERMAN)
    lines = invoke(["check", "--isolated", "--output-format", "github", "--", name]).stdout.splitlines()
    inside = lines[1:-1]
    assert inside and all(line.startswith("note: ") for line in inside)


def test_junit_keeps_notes_out_of_the_test_cases(german):
    root = ET.fromstring(invoke(["check", "--isolated", "--output-format", "junit", "de.md"]).stdout.encode())
    (suite,) = root.findall("testsuite")
    assert (root.get("tests"), root.get("failures")) == ("1", "0")
    assert [c.get("name") for c in suite.findall("testcase")] == ["no findings"]
    assert suite.find("system-out").text.startswith("de.md: note: JD110 ")
    assert list(suite)[-1].tag == "system-out"  # after the test cases, as the JUnit schema wants


def test_html_shows_notes_in_their_own_box(german):
    page = invoke(["check", "--isolated", "--output-format", "html", "de.md"]).stdout
    assert '<div class="notes"><h3>Notes about this check</h3>' in page
    notes = page[page.index('<div class="notes">') :]
    assert "JD110" in notes[: notes.index("</div>")]
    assert "No findings: this posting passes every active rule." in page
    assert "<p>1 posting, 0 findings</p>" in page  # the note is not counted
    assert 'class="tag' not in page and "<mark" not in page  # the posting text is not marked


def test_step_summary_lists_notes_apart(german):
    from jdlint.action import summary_markdown

    report = _json(invoke(["check", "--isolated", "--output-format", "json", "de.md"]))
    summary = summary_markdown(report, changed_only=False)
    table = [line for line in summary.splitlines() if line.startswith("| <code>de.md</code>")]
    assert table == ["| <code>de.md</code> | " + str(report["files"][0]["score"]) + " | 0 |"]
    assert "<details><summary>1 note about the run (not findings)</summary>" in summary
    assert "- <code>de.md</code>: `JD110` The posting is in German;" in summary


def test_every_format_shows_the_note(german):
    from jdlint.output import FORMATS

    for fmt in FORMATS:
        result = invoke(["check", "--isolated", "--output-format", fmt, "de.md"])
        assert result.exit_code == 0 and "JD110" in result.stdout, fmt


# --- Python API, rule docs, rule packs, configuration ---------------------------------------


def test_api_returns_findings_with_notes_apart():
    found = jdlint.lint_text(GERMAN, "de.md")
    assert found == [] and isinstance(found, list)
    assert [n.code for n in found.notes] == ["JD110"]
    cell = jdlint.lint_text(NO_TITLE, "cell.txt")
    assert "JD810" in {n.code for n in cell.notes} and "JD810" not in {f.code for f in cell}


def test_api_file(tmp_path):
    path = write(tmp_path / "de.md", GERMAN)
    assert [n.code for n in jdlint.lint_file(path, config={}).notes] == ["JD110"]


def test_rule_doc_says_it_is_a_note(settings):
    from jdlint.docs import rule_doc

    doc = rule_doc(settings.ruleset.find("JD110"), settings)
    assert "Reported as: note" in doc and "## A note, not a finding" in doc
    assert "example.md: note: JD110 The posting is in German;" in doc
    assert "note" in invoke(["rule", "JD810"]).stdout
    listing = invoke(["rules"]).stdout
    assert any(line.startswith("JD810") and " note " in line for line in listing.splitlines())


PACK_RULE = """
rules:
  - code: JD990
    name: my-note
    kind: language
    category: structure
    {extra}
    summary: s
    message: m
    why: w
    sources: [https://example.com]
    examples: {{bad: [x], good: [y]}}
"""


@pytest.mark.parametrize(
    "extra,error",
    [
        ("note: true\n    severity: info", "a note has no severity"),
        ("note: yes please", "note must be true or false"),
    ],
)
def test_pack_rejects_a_note_with_a_severity(tmp_path, extra, error):
    from jdlint.rules import load_pack

    pack = write(tmp_path / "mine.yaml", PACK_RULE.format(extra=extra))
    with pytest.raises(RuleError, match=error):
        load_pack(pack)


def test_pack_note_rule_loads(tmp_path):
    from jdlint.rules import load_pack

    (rule,) = load_pack(write(tmp_path / "mine.yaml", PACK_RULE.format(extra="note: true")))
    assert rule.note and rule.level == "note" and rule.severity == "info"


def test_config_cannot_give_a_note_a_severity():
    from jdlint.config import _validate

    for data in ({"severity": {"JD110": "error"}}, {"rules": {"no-title": {"severity": "warning"}}}):
        settings = Settings(path="<config>", data=data)
        with pytest.raises(ConfigError, match="is a note about jdlint's run"):
            _validate(settings, data, lambda *keys: None)
    # A prefix that also names findings sets theirs and leaves the notes alone.
    data = {"severity": {"JD1": "info"}}
    _validate(Settings(path="<config>", data=data), data, lambda *keys: None)
