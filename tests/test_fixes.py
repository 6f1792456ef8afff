"""Fixes: fix metadata in rules, building fixes from matches, applying them (safe vs unsafe,
overlaps, re-lint), writing files (atomic, encoding, BOM, line endings, nothing else touched),
``--diff``, standard input, and a property test of the write path."""

from __future__ import annotations

import codecs
import json
import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from conftest import CLEAN, invoke, lint, write
from jdlint.autofix import fix_text, splice, write_atomic
from jdlint.checks.base import Fix
from jdlint.errors import InputError, RuleError
from jdlint.fixes import apply_edits, apply_findings, match_case, pluralize, unified_diff
from jdlint.model import Span
from jdlint.rules import parse_rule

BOM = codecs.BOM_UTF8

# CLEAN plus two safe fixes (JD501 chairman, his/her) and one unsafe (JD501 he/she) on line 5.
GENDERED = CLEAN.replace(
    "You will run our Berlin office for a team of forty people.",
    "You will report to the Chairman. He/she will run his/her office for forty people.",
)
FIXED_SAFE = GENDERED.replace("the Chairman", "the Chair").replace("his/her", "their")
FIXED_ALL = FIXED_SAFE.replace("He/she", "They")


def fixes_of(text: str, code: str = "JD501", path: str = "posting.md"):
    return [
        (f.match, f.fix.replacement if f.fix else None, f.fix.applicability if f.fix else None)
        for f in lint(text, path, only=code).findings
    ]


# --- building fixes ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "original,replacement,expected",
    [
        ("chairman", "chair", "chair"),
        ("Chairman", "chair", "Chair"),
        ("CHAIRMAN", "chair", "CHAIR"),
        ("Office Girl", "office assistant", "Office Assistant"),
        ("Man-Hours", "person-hours", "Person-Hours"),
        ("His/her", "their", "Their"),
        ("S/HE", "they", "THEY"),
        ("salesman", "U.S. salesperson", "U.S. salesperson"),
    ],
)
def test_match_case(original, replacement, expected):
    assert match_case(original, replacement) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("chair", "chairs"),
        ("salesperson", "salespeople"),
        ("repair technician", "repair technicians"),
        ("box", "boxes"),
        ("duty", "duties"),
        ("day", "days"),
        ("ideas", None),
        ("themselves", None),
    ],
)
def test_pluralize(text, expected):
    assert pluralize(text) == expected


def test_substitution_fixes_keep_case_and_safety():
    got = fixes_of("We report to the Chairman, the CHAIRMAN and a chairman. He/she manages his/her team.")
    assert got == [
        ("Chairman", "Chair", "safe"),
        ("CHAIRMAN", "CHAIR", "safe"),
        ("chairman", "chair", "safe"),
        ("He/she", "They", "unsafe"),
        ("his/her", "their", "safe"),
    ]


def test_entries_with_a_choice_have_no_fix_and_keep_their_suggestion():
    result = lint("Hey guys, we need manpower.", only="JD501")
    assert [(f.match, f.fix, f.suggestions) for f in result.findings] == [
        ("guys", None, ["everyone, folks or team"]),
        ("manpower", None, ["staff, staffing or workforce"]),
    ]


def test_plural_match_gets_an_unsafe_plural_replacement_and_other_inflections_none():
    assert fixes_of("Two stewardesses and office girls.") == [
        ("stewardesses", "flight attendants", "unsafe"),
        ("office girls", "office assistants", "unsafe"),
    ]
    # "ideating" is an inflection of "ideate" but not a plural: reported, not fixed.
    assert fixes_of("You will be ideating and you ideate.", "JD406") == [
        ("ideating", None, None),
        ("ideate", "come up with ideas", "unsafe"),
    ]


def test_article_that_would_no_longer_fit_makes_the_fix_unsafe():
    assert fixes_of("Work with a middleman. The middleman helps.") == [
        ("middleman", "intermediary", "unsafe"),
        ("middleman", "intermediary", "safe"),
    ]


def test_no_fix_when_markup_or_a_line_break_is_inside_the_match():
    assert fixes_of("Report to the **chair**man and his or\nher team.") == [
        ("chairman", None, None),
        ("his or her", None, None),
    ]


def test_html_fix_replaces_the_text_of_the_page():
    page = "<html><body><main><p>Report to the Chairman.</p></main></body></html>"
    assert fixes_of(page, path="job.html") == [("Chairman", "Chair", "safe")]


def test_culture_fit_fix_writes_the_phrase_and_keeps_the_advice():
    [finding] = lint("The final interview assesses culture fit.", only="JD512").findings
    assert finding.suggestions == ["culture add (name the values you hire for)"]
    assert (finding.fix.replacement, finding.fix.applicability) == ("culture add", "unsafe")


def test_json_findings_carry_fix(work):
    write(work / "job.md", GENDERED)
    data = json.loads(invoke(["check", "job.md", "--select", "JD501,JD401", "--output-format", "json"]).stdout)
    fixes = [f["fix"] for f in data["files"][0]["findings"]]
    assert fixes == [
        {"replacement": "Chair", "applicability": "safe"},
        {"replacement": "They", "applicability": "unsafe"},
        {"replacement": "their", "applicability": "safe"},
    ]
    write(work / "bare.md", "# Office Manager\n\nWe want a rockstar.\n")
    data = json.loads(invoke(["check", "bare.md", "--select", "JD401", "--output-format", "json"]).stdout)
    assert data["files"][0]["findings"][0]["fix"] is None


def test_text_output_marks_fixable_findings(work):
    write(work / "job.md", GENDERED)
    out = invoke(["check", "job.md", "--select", "JD501"]).stdout
    assert "job.md:5:24: JD501 [*] warning 'Chairman'" in out
    assert "job.md:5:34: JD501 warning 'He/she'" in out  # unsafe: no [*]
    assert "= unsafe fix: 'They' (--fix --unsafe-fixes)" in out
    assert "[*] 2 fixable with `jdlint check --fix` (1 more with `--unsafe-fixes`)." in out


# --- fix metadata in rules ------------------------------------------------------------------------


def _entry(**changes):
    """A house rule entry; a change to None removes the key."""
    entry = {
        "code": "JD990",
        "name": "house-words",
        "kind": "existence",
        "message": "'{match}'",
        "examples": {"bad": ["a synergy"], "good": ["a plan"]},
        "phrases": ["synergy"],
    }
    for key, value in changes.items():
        if value is None:
            entry.pop(key, None)
        else:
            entry[key] = value
    return entry


def _parse(entry):
    return parse_rule(entry, pack="house", path="house.yaml", default_category="clarity")


def test_rule_fix_metadata():
    rule = _parse(_entry(fix="safe", phrases=[{"phrase": "synergy", "replacement": "teamwork"}]))
    assert rule.fix == "safe"
    assert _parse(_entry()).fix is None


@pytest.mark.parametrize(
    "changes,message",
    [
        ({"fix": "maybe"}, "fix must be 'safe' or 'unsafe'"),
        ({"fix": False}, "fix must be 'safe' or 'unsafe'"),
        ({"fix": "safe", "kind": "metric", "phrases": None, "metric": "words"}, "kind 'metric' cannot produce fixes"),
        ({"fix": "safe"}, "no entry has a replacement"),
        ({"phrases": [{"phrase": "synergy", "replacement": "teamwork"}]}, "has a replacement but the rule declares no"),
        ({"phrases": [{"phrase": "synergy", "suggestion": "x", "fix": "safe"}]}, "sets fix but the rule declares no"),
        (
            {"fix": "safe", "phrases": [{"phrase": "synergy", "replacement": "teamwork, or unity"}]},
            "not one unambiguous replacement",
        ),
        (
            {"fix": "safe", "phrases": [{"phrase": "synergy", "replacement": "teamwork", "fix": "sure"}]},
            "fix must be safe, unsafe or false",
        ),
        ({"fix": "safe", "phrases": [{"phrase": "synergy", "replacment": "teamwork"}]}, "unknown key 'replacment'"),
        (
            {"fix": "safe", "kind": "substitution", "phrases": None, "swap": {"guys": "everyone, folks or team"}},
            "not one unambiguous replacement",
        ),
        (
            {"fix": "unsafe", "kind": "substitution", "phrases": None, "swap": {"guys": {"replacement": "x (y)"}}},
            "not one unambiguous replacement",
        ),
    ],
)
def test_invalid_fix_metadata_is_a_rule_error(changes, message):
    with pytest.raises(RuleError, match=message):
        _parse(_entry(**changes))


def test_bundled_fixable_rules():
    from jdlint.config import load_settings

    fixable = {r.code: r.fix for r in load_settings(None).ruleset.rules if r.fix}
    assert fixable == {"JD406": "unsafe", "JD501": "safe", "JD512": "unsafe"}


def test_rule_doc_has_fix_safety(work):
    out = invoke(["rule", "JD501"]).stdout
    assert "## Fix safety" in out
    assert "chairman → chair" in out.split("Safe fixes:")[1].split("Unsafe fixes:")[0]
    assert "he/she → they" in out.split("Unsafe fixes:")[1]
    assert "guys" in out.split("No fix (suggestion only):")[1]
    assert "report to the chair. They will manage their own schedule." in out  # the fixed example
    assert "This rule has no automatic fix" in invoke(["rule", "JD101"]).stdout


# --- applying edits -------------------------------------------------------------------------------


def test_apply_edits_skips_overlaps_and_bad_spans_in_any_order():
    text = "abcdefghij"
    edits = [
        Fix(Span(6, 8), "X", "safe"),
        Fix(Span(1, 3), "Y", "safe"),
        Fix(Span(2, 5), "Z", "safe"),
        Fix(Span(9, 12), "W", "safe"),
        Fix(Span(8, 8), "+", "safe"),
    ]
    new, kept, skipped = apply_edits(text, edits)
    assert new == "aYdefX+ij"
    assert [e.replacement for e in kept] == ["Y", "X", "+"]
    assert sorted(e.replacement for e in skipped) == ["W", "Z"]
    assert apply_edits(text, [])[0] == text


def test_overlapping_fixes_from_two_rules_apply_one_then_relint(work):
    write(
        work / "house.yaml",
        """\
rules:
  - code: JD990
    name: house-chair
    kind: existence
    category: inclusion
    message: "'{match}': say who"
    fix: safe
    phrases:
      - {phrase: the chairman, replacement: the board chair}
    examples: {bad: ["the chairman"], good: ["the chair"]}
""",
    )
    write(work / ".jdlint.yaml", "packs: [./house.yaml]\n")
    write(work / "job.md", "# Office Manager\n\nReport to the chairman daily.\n")
    result = invoke(["check", "job.md", "--select", "JD501,JD990", "--fix"])
    assert (work / "job.md").read_text() == "# Office Manager\n\nReport to the board chair daily.\n"
    assert "Fixed 1 finding in 1 file." in result.stdout
    assert result.exit_code == 0, result.stdout


# --- --fix on files -------------------------------------------------------------------------------


def test_fix_applies_safe_fixes_only_and_relints(work):
    path = write(work / "job.md", GENDERED)
    result = invoke(["check", "job.md", "--select", "JD501", "--fix"])
    assert path.read_text(encoding="utf-8") == FIXED_SAFE
    assert "job.md:5:24: JD501 fixed 'Chairman' -> 'Chair'" in result.stdout
    assert "job.md:5:50: JD501 fixed 'his/her' -> 'their'" in result.stdout
    assert "Fixed 2 findings in 1 file." in result.stdout
    # The remaining (unsafe) finding is reported at its position in the fixed text.
    assert "job.md:5:31: JD501 warning 'He/she'" in result.stdout
    assert "Found 1 finding" in result.stdout
    assert result.exit_code == 1


def test_unsafe_fixes_apply_everything_and_exit_0_when_nothing_remains(work):
    path = write(work / "job.md", GENDERED)
    result = invoke(["check", "job.md", "--select", "JD501", "--fix", "--unsafe-fixes"])
    assert path.read_text(encoding="utf-8") == FIXED_ALL
    assert "Fixed 3 findings in 1 file." in result.stdout
    assert result.exit_code == 0, result.stdout


def test_unsafe_fixes_without_fix_or_diff_writes_nothing(work):
    path = write(work / "job.md", GENDERED)
    invoke(["check", "job.md", "--select", "JD501", "--unsafe-fixes"])
    assert path.read_text(encoding="utf-8") == GENDERED


def test_fix_keeps_crlf_and_bom_and_touches_nothing_else(work):
    original = BOM + GENDERED.replace("\n", "\r\n").encode("utf-8")
    path = write(work / "job.md", original)
    invoke(["check", "job.md", "--select", "JD501", "--fix"])
    assert path.read_bytes() == BOM + FIXED_SAFE.replace("\n", "\r\n").encode("utf-8")


def test_fix_keeps_plain_text_without_bom_and_non_ascii(work):
    text = "TITLE: Café manager — Zürich\nJOB DESCRIPTION: We need a salesman; the chairman pays 5 000 €."
    path = write(work / "job.txt", text.encode("utf-8"))
    invoke(["check", "job.txt", "--select", "JD501", "--fix"])
    assert path.read_bytes() == text.replace("salesman", "salesperson").replace("chairman", "chair").encode()


def test_no_write_without_fixes(work):
    path = write(work / "clean.md", CLEAN.replace("\n", "\r\n"))
    before = os.stat(path)
    write(work / "bare.md", "# Office Manager\n\nWe want a rockstar.\n")  # findings, none fixable
    bare_before = os.stat(work / "bare.md")
    result = invoke(["check", "clean.md", "bare.md", "--fix"])
    for name, old in (("clean.md", before), ("bare.md", bare_before)):
        now = os.stat(work / name)
        assert (now.st_ino, now.st_mtime_ns) == (old.st_ino, old.st_mtime_ns), name
    assert "Fixed 0 findings in 0 files." in result.stdout


def test_suppressed_findings_are_not_fixed(work):
    text = "# Office Manager\n\n<!-- jdlint-disable-next-line JD501 -->\nReport to the chairman.\nOr to the chairman.\n"
    path = write(work / "job.md", text)
    invoke(["check", "job.md", "--select", "JD501", "--fix"])
    assert path.read_text() == text.replace("Or to the chairman", "Or to the chair")


def test_atomic_write_leaves_no_temp_files_and_keeps_mode_and_symlink(work):
    real = write(work / "real" / "job.md", GENDERED)
    os.chmod(real, 0o640)
    link = work / "job.md"
    link.symlink_to(real)
    invoke(["check", "job.md", "--select", "JD501", "--fix"])
    assert link.is_symlink() and real.read_text() == FIXED_SAFE
    assert (os.stat(real).st_mode & 0o777) == 0o640
    assert sorted(p.name for p in work.rglob("*")) == ["job.md", "job.md", "real"]


def test_write_atomic_refuses_a_file_that_changed(tmp_path):
    path = write(tmp_path / "job.md", "new text")
    with pytest.raises(InputError, match="changed while jdlint was fixing it"):
        write_atomic(path, b"old text", b"fixed text")
    assert path.read_text() == "new text"
    assert os.listdir(tmp_path) == ["job.md"]


def test_write_atomic_cleans_up_when_the_write_fails(tmp_path, monkeypatch):
    path = write(tmp_path / "job.md", "old")

    def boom(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(InputError, match="No space left"):
        write_atomic(path, b"old", b"new")
    assert path.read_text() == "old" and os.listdir(tmp_path) == ["job.md"]


def test_splice_refuses_text_that_is_not_the_files():
    assert splice(BOM + b"abc", "abc", "xyz") == BOM + b"xyz"
    with pytest.raises(InputError):
        splice(b"abd", "abc", "xyz")
    with pytest.raises(InputError):
        splice(b"zzabc", "abc", "xyz")


# --- --diff ---------------------------------------------------------------------------------------


def test_diff_prints_a_unified_diff_and_writes_nothing(work):
    path = write(work / "job.md", GENDERED)
    result = invoke(["check", "job.md", "--select", "JD501", "--diff"])
    assert result.exit_code == 1
    assert path.read_text() == GENDERED
    assert result.stdout == unified_diff("job.md", GENDERED, FIXED_SAFE)
    assert result.stdout.startswith("--- job.md\n+++ job.md\n@@ -2,7 +2,7 @@\n")
    assert "-You will report to the Chairman." in result.stdout
    assert "+You will report to the Chair. He/she will run their office" in result.stdout
    assert "Would fix 2 findings in 1 file." in result.stderr
    unsafe = invoke(["check", "job.md", "--select", "JD501", "--diff", "--unsafe-fixes"])
    assert "+You will report to the Chair. They will run their office" in unsafe.stdout


def test_diff_without_fixes_exits_0_with_no_output(work):
    write(work / "bare.md", "# Office Manager\n\nWe want a rockstar.\n")
    result = invoke(["check", "bare.md", "--diff"])
    assert (result.exit_code, result.stdout) == (0, "")
    assert "Would fix 0 findings" in result.stderr


def test_diff_cannot_go_to_a_report_file(work):
    write(work / "job.md", GENDERED)
    result = invoke(["check", "job.md", "--diff", "-o", "out.txt"])
    assert result.exit_code == 2 and not (work / "out.txt").exists()


def test_diff_marks_a_missing_final_newline():
    assert unified_diff("a.md", "x\nchairman", "x\nchair").endswith("+chair\n\\ No newline at end of file\n")


# --- standard input -------------------------------------------------------------------------------


def test_fix_on_stdin_prints_the_fixed_posting_and_reports_on_stderr(work):
    data = BOM + GENDERED.replace("\n", "\r\n").encode("utf-8")
    result = invoke(["check", "-", "--stdin-filename", "job.md", "--select", "JD501", "--fix"], input=data)
    assert result.stdout_bytes == BOM + FIXED_SAFE.replace("\n", "\r\n").encode("utf-8")
    assert "job.md:5:31: JD501 warning 'He/she'" in result.stderr
    assert "Fixed 2 findings in 1 file." in result.stderr
    assert not list(work.iterdir())  # nothing written, not even job.md
    assert result.exit_code == 1


def test_fix_on_stdin_echoes_input_it_cannot_fix(work):
    clean = invoke(["check", "-", "--fix"], input=CLEAN.encode())
    assert clean.stdout_bytes == CLEAN.encode() and clean.exit_code == 0
    broken = invoke(["check", "-", "--fix"], input=b"Caf\xe9\n")
    assert broken.stdout_bytes == b"Caf\xe9\n" and broken.exit_code == 2


def test_fix_on_stdin_with_other_paths_is_a_usage_error(work):
    write(work / "job.md", GENDERED)
    result = invoke(["check", "-", "job.md", "--fix"], input=b"x")
    assert result.exit_code == 2 and "cannot be combined" in result.stderr
    assert (work / "job.md").read_text() == GENDERED


def test_diff_on_stdin(work):
    result = invoke(
        ["check", "-", "--stdin-filename", "job.md", "--select", "JD501", "--diff"], input=GENDERED.encode()
    )
    assert result.exit_code == 1 and result.stdout.startswith("--- job.md\n+++ job.md\n")


# --- property test: the write path touches only the fixed spans -----------------------------------

_PIECES = st.sampled_from(
    [
        "chairman",
        "Chairman",
        "CHAIRMAN",
        "his/her",
        "He/she",
        "salesman",
        "touch base",
        "guys",
        "rockstar",
        "the",
        "team",
        "will",
        "run",
        "**bold**",
        "_em_",
        "`code`",
        "[link](https://example.com/chairman)",
        "<!-- note -->",
        "# ",
        "- ",
        "Zürich",
        "€",
        "中文",
        "🚀",
        "naïve",
        ",",
        ".",
        ":",
        "&amp;",
        "\t",
        "\ufeff",
    ]
)


@st.composite
def postings(draw):
    words = draw(st.lists(_PIECES, min_size=0, max_size=40))
    breaks = draw(st.lists(st.sampled_from([" ", " ", " ", "\n", "\n\n"]), min_size=len(words), max_size=len(words)))
    text = "".join(w + b for w, b in zip(words, breaks, strict=True))
    if draw(st.booleans()):
        text = text.replace("\n", "\r\n")
    if draw(st.booleans()):
        text = text.rstrip("\r\n")  # no final newline
    return (BOM if draw(st.booleans()) else b"") + text.encode("utf-8")


@hsettings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(postings())
def test_property_no_fix_reproduces_the_file_byte_for_byte(data):
    from jdlint.engine import decode

    source = decode(data, "job.md")
    same, _, _ = apply_edits(source, [])
    assert splice(data, source, same) == data
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "job.md"
        path.write_bytes(data)
        write_atomic(path, data, splice(data, source, same))
        assert path.read_bytes() == data
        assert os.listdir(folder) == ["job.md"]


@hsettings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(postings(), st.booleans())
def test_property_fixes_change_only_the_fixed_spans(data, unsafe):
    from jdlint.engine import decode

    result = lint(decode(data, "job.md"), "job.md")
    source = result.doc.source  # the engine also drops a second BOM; splice keeps both
    new, applied, _ = apply_findings(source, result.findings, unsafe)
    out = splice(data, source, new)
    # Walk the original: every byte outside an applied span is in the output, in order, and
    # only the replacements come in between.
    head = data[: len(data) - len(source.encode("utf-8"))]
    assert out.startswith(head)
    rebuilt, pos = [head], 0
    for f in sorted(applied, key=lambda f: f.fix.span.start):
        assert source[f.fix.span.start : f.fix.span.end] == f.match  # the span holds just the words
        rebuilt += [source[pos : f.fix.span.start].encode(), f.fix.replacement.encode()]
        pos = f.fix.span.end
    rebuilt.append(source[pos:].encode())
    assert out == b"".join(rebuilt)
    assert out.count(b"\r\n") == data.count(b"\r\n") and out.count(b"\n") == data.count(b"\n")
    if not unsafe:
        assert all(f.fix.applicability == "safe" for f in applied)
    # The fixed posting still parses and lints.
    assert lint(new, "job.md").doc is not None


def test_fix_text_loops_until_no_overlap_is_left():
    result = lint("Report to the chairman.\n", "job.md", only="JD501")
    text, relinted, fixed = fix_text(result, unsafe=False)
    assert text == "Report to the chair.\n" and relinted.findings == [] and len(fixed) == 1
