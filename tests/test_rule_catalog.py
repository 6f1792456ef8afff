"""Every rule is complete, documented, and its examples behave: bad fires, good stays silent."""

from __future__ import annotations

import re

import pytest

from conftest import ROOT, lint
from jdlint.config import load_settings

RULES = load_settings(None).ruleset.rules


def test_codes_and_names_are_unique_and_well_formed():
    codes = [r.code for r in RULES]
    names = [r.name for r in RULES]
    assert len(codes) == len(set(codes))
    assert len(names) == len(set(names))
    for rule in RULES:
        assert re.fullmatch(r"JD\d{3}", rule.code)
        assert rule.summary and rule.why and rule.message, rule.code
        assert rule.sources, f"{rule.code} cites no source"
        assert rule.examples["bad"] and rule.examples["good"], rule.code


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_bad_examples_fire(rule):
    for example in rule.examples["bad"]:
        result = lint(example.text, example.path, only=rule.code, options=dict(example.options))
        # A note rule (note: true) reports notes, never findings; any other rule the reverse.
        reported, other = (result.notes, result.findings) if rule.note else (result.findings, result.notes)
        assert [f for f in reported if f.code == rule.code], f"{rule.code} silent on:\n{example.text}"
        assert not other


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_good_examples_pass(rule):
    for example in rule.examples["good"]:
        result = lint(example.text, example.path, only=rule.code, options=dict(example.options))
        reported = result.findings + result.notes
        assert not reported, f"{rule.code} fired on good example: {[f.message for f in reported]}"


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_every_rule_has_a_fixture_with_pass_and_fail_cases(rule):
    import yaml

    path = ROOT / "tests" / "fixtures" / "rules" / f"{rule.code}.yaml"
    assert path.is_file(), f"missing fixture {path.relative_to(ROOT)}"
    cases = yaml.safe_load(path.read_text())["cases"]
    assert any("pass" in c for c in cases.values()) and any("fail" in c for c in cases.values())


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_rule_doc_shows_real_findings(rule):
    from jdlint.docs import rule_doc

    doc = rule_doc(rule, load_settings(None))
    assert f"# {rule.name} ({rule.code})" in doc
    why = "## Why jdlint says so" if rule.note else "## Why is this bad?"
    for heading in ("## What it does", why, "## Example", "## Use instead"):
        assert heading in doc
    if rule.note:
        assert f": note: {rule.code} " in doc and "## A note, not a finding" in doc  # a real note
    else:
        assert f": {rule.code} {rule.severity} " in doc  # the example really produced a finding
