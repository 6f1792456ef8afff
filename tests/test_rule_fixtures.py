"""sqlfluff-style YAML fixtures per rule: tests/fixtures/rules/<CODE>.yaml.

Each case has `pass` (no finding from the rule) or `fail` (at least one; for a note rule, at
least one note and no finding), optional `path`
(its extension picks the format), `options` (rule options), `expect` (the exact list of
findings as {line, column} and optionally `match` text, `message` substring or `fix`:
"replacement (safe|unsafe)" or null) and `fixed` (the text after --fix --unsafe-fixes).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from conftest import lint

FIXTURES = Path(__file__).parent / "fixtures" / "rules"


def _cases():
    for path in sorted(FIXTURES.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for name, case in data["cases"].items():
            yield pytest.param(data["rule"], case, id=f"{data['rule']}-{name}")


@pytest.mark.parametrize("code,case", list(_cases()))
def test_fixture(code, case):
    text = case.get("pass", case.get("fail"))
    result = lint(
        text,
        case.get("path", "posting.md"),
        only=code,
        options=dict(case.get("options") or {}),
        settings_data=case.get("config"),
    )
    # A note rule (note: true) reports in result.notes and never among the findings.
    note = result.config.settings.ruleset.find(code).note
    findings = [f for f in (result.notes if note else result.findings) if f.code == code]
    assert not [f for f in (result.findings if note else result.notes) if f.code == code]
    if "pass" in case:
        assert not findings, [(f.line, f.column, f.message) for f in findings]
        return
    assert findings, "expected at least one finding"
    if "expect" in case:
        got = [{"line": f.line, "column": f.column} for f in findings]
        want = [{"line": e["line"], "column": e["column"]} for e in case["expect"]]
        assert got == want, [(f.line, f.column, f.message) for f in findings]
        source_lines = text.split("\n")
        for f, e in zip(findings, case["expect"], strict=True):
            if "match" in e:
                line = source_lines[f.line - 1]
                assert line[f.column - 1 : f.column - 1 + len(e["match"])] == e["match"]
                assert f.end_column - f.column == len(e["match"])
            if "message" in e:
                assert e["message"] in f.message
            if "fix" in e:  # the replacement and its safety ("chair (safe)"), or null for none
                got_fix = f"{f.fix.replacement} ({f.fix.applicability})" if f.fix else None
                assert got_fix == e["fix"], (f.match, got_fix)
    if "fixed" in case:  # the text after `--fix --unsafe-fixes`
        from jdlint.fixes import apply_findings

        assert apply_findings(result.doc.source, findings, unsafe=True)[0] == case["fixed"]
