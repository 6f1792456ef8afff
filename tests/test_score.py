"""The calibrated score: findings, completeness and the legal cap (jdlint.score)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from conftest import lint
from jdlint.score import ScoreSettings, present, score

COMPLETE = """---
title: Staff Nurse
location: Leeds, UK
---
# Staff Nurse

We are looking for a staff nurse to join our ward team, caring for adults after surgery.

## Responsibilities

- Plan and deliver patient care on the ward.
- Give medicines and keep accurate records.

## Requirements

- Registered with the NMC as an adult nurse.
- Good written and spoken English.

## Pay

£31,000 to £37,000 a year.

## How to apply

Send your CV to jobs@example.org by 30 June.
"""


def _score(text: str, path: str = "posting.md", settings: ScoreSettings | None = None):
    result = lint(text, path)
    return score(
        result.findings,
        {r.category for r in result.config.rules if not r.note},
        settings or ScoreSettings(),
        result.doc,
    )


def test_an_empty_posting_scores_under_40():
    assert _score("# Developer\n").total < 40
    assert _score("# Developer\n\nWe are hiring.\n").total < 40


def test_a_complete_posting_keeps_its_findings_score():
    got = _score(COMPLETE)
    met = got.completeness
    assert {k for k, v in met.items() if v == 1.0} >= {
        "title",
        "summary",
        "responsibilities",
        "requirements",
        "pay",
        "location",
        "apply",
    }
    # Completeness from `full_at` on keeps the findings score whole: this short posting (under
    # the recommended length) reaches 0.8, not the default 1.0.
    findings_only = _score(COMPLETE, settings=ScoreSettings(floor=1.0))
    assert _score(COMPLETE, settings=ScoreSettings(full_at=0.8)).total == findings_only.total
    assert findings_only.total * 0.8 < got.total < findings_only.total


def test_completeness_orders_a_stub_below_a_posting_with_the_same_findings():
    stub, full = _score("# Staff Nurse\n\nJoin our ward team.\n"), _score(COMPLETE)
    assert stub.total < full.total


def _finding(name: str, category: str = "pay", severity: str = "error"):
    return SimpleNamespace(name=name, category=category, severity=severity)


def test_a_missing_legally_required_item_caps_the_score():
    settings = ScoreSettings()
    capped = score([_finding("law-pay-range", severity="warning")], {"pay"}, settings)
    assert capped.total == settings.legal_cap and capped.capped_by == "law-pay-range"
    assert score([_finding("pay-missing", severity="warning")], {"pay"}, settings).total > settings.legal_cap
    # An info note about a law (JD619: posted before the law) is not a missing item.
    assert score([_finding("law-after-posting-date", severity="info")], {"pay"}, settings).capped_by is None


def test_penalties_by_severity_and_the_floor_at_zero():
    settings = ScoreSettings()
    got = score([_finding("x", "clarity", "warning")] * 10, {"clarity"}, settings)
    assert got.categories == {"clarity": 0} and got.total == 0


@pytest.mark.parametrize(
    "config,error",
    [
        ({"floor": -1}, "score.floor"),
        ({"full_at": "high"}, "score.full_at"),
        ({"completeness": {"salary": 10}}, "unknown"),
        ({"legal": 60}, "score takes"),
    ],
)
def test_score_config_is_checked(tmp_path, config, error):
    import yaml

    from jdlint.config import load_settings
    from jdlint.errors import ConfigError

    path = tmp_path / ".jdlint.yaml"
    path.write_text(yaml.safe_dump({"score": config}))
    with pytest.raises(ConfigError, match=error):
        load_settings(str(path))


def test_score_config_sets_the_parameters(tmp_path):
    settings = ScoreSettings.from_config({"floor": 0.5, "full_at": 0.9, "legal_cap": 50, "completeness": {"pay": 30}})
    assert (settings.floor, settings.full_at, settings.legal_cap, settings.completeness["pay"]) == (0.5, 0.9, 50, 30)


def test_present_reads_sections_and_facts():
    doc = lint(COMPLETE, "posting.md").doc
    assert present(doc)["length"] < 1.0  # a short posting: not yet enough text to judge the job fully
