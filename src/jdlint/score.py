"""A 0-100 quality score per posting, with a score per category.

Three parts, in order:

1. Findings. Each category starts at 100 and loses points for each of its findings by severity
   (default: error 45, warning 18, info 6), never below 0. The findings score is the weighted
   mean of the category scores; categories with no active rule are left out.
2. Completeness. A posting is judged on what it says, not only on what it gets wrong: an empty
   posting has few findings. The elements a candidate needs (title, summary, duties,
   requirements, pay, place or work mode, how to apply, enough text to judge the job) each carry
   a weight; the share present, ``C``, scales the findings score: ``total = findings × (floor +
   (1 − floor) × min(1, C / full_at))``, so a posting with most of them is judged on its findings
   alone.
3. The law. A posting that lacks an item a law requires where it is published (an error or
   warning of a rule named ``law-*``, such as JD610 law-pay-range) scores at most ``legal_cap``.

Weights, penalties, the completeness weights, ``floor`` and ``legal_cap`` are configurable
(``score:`` in the config). The defaults were fitted to blind reviewer scores of real postings
(``benchmarks/score_calibration.py``, figures in the README).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .model import Document

DEFAULT_WEIGHTS: dict[str, float] = {
    "structure": 20,
    "inclusion": 20,
    "pay": 15,
    "clarity": 15,
    "skills": 10,
    "readability": 10,
    "requirements": 5,
    "title": 5,
    "schema": 5,
}
DEFAULT_PENALTIES: dict[str, float] = {"error": 67.5, "warning": 27, "info": 9}
# What a candidate needs to find in a posting, and how much each counts towards completeness.
DEFAULT_COMPLETENESS: dict[str, float] = {
    "title": 10,
    "summary": 10,
    "responsibilities": 20,
    "requirements": 20,
    "pay": 15,
    "location": 10,
    "apply": 5,
    "length": 10,
}
DEFAULT_FLOOR = 0.3  # the share of the findings score an empty posting keeps
DEFAULT_FULL_AT = 1.0  # completeness from which the findings score is kept whole
DEFAULT_LEGAL_CAP = 60
_FULL_LENGTH_WORDS = 250  # words of content at which "enough text to judge the job" is fully met


@dataclass
class ScoreSettings:
    weights: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_WEIGHTS))
    penalties: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_PENALTIES))
    completeness: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_COMPLETENESS))
    floor: float = DEFAULT_FLOOR
    full_at: float = DEFAULT_FULL_AT
    legal_cap: float = DEFAULT_LEGAL_CAP

    @classmethod
    def from_config(cls, data: dict[str, Any] | None) -> ScoreSettings:
        settings = cls()
        if data:
            settings.weights.update({k: float(v) for k, v in (data.get("weights") or {}).items()})
            settings.penalties.update({k: float(v) for k, v in (data.get("penalties") or {}).items()})
            settings.completeness.update({k: float(v) for k, v in (data.get("completeness") or {}).items()})
            if data.get("floor") is not None:
                settings.floor = min(1.0, max(0.0, float(data["floor"])))
            if data.get("full_at") is not None:
                settings.full_at = min(1.0, max(0.01, float(data["full_at"])))
            if data.get("legal_cap") is not None:
                settings.legal_cap = float(data["legal_cap"])
        return settings


@dataclass
class Score:
    total: int
    categories: dict[str, int]
    completeness: dict[str, float] = field(default_factory=dict)  # element -> share met (0..1)
    capped_by: str | None = None  # the law rule that capped the score


def present(doc: Document) -> dict[str, float]:
    """How far each completeness element is met (0..1), read from the sections and facts."""
    kinds = {s.kind for s in doc.sections if s.blocks}
    facts = doc.facts
    words = sum(s.word_count for s in doc.sections)
    return {
        "title": float(doc.title is not None),
        "summary": float(bool(kinds & {"summary", "about-company"})),
        "responsibilities": float("responsibilities" in kinds),
        "requirements": float(
            bool(kinds & {"requirements", "nice-to-have"}) or bool(facts is not None and facts.requirements.must_haves)
        ),
        "pay": float(facts is not None and bool(facts.pay.wages)),
        "location": float(facts is not None and bool(facts.locations or facts.work_mode)),
        "apply": float("how-to-apply" in kinds or (facts is not None and bool(facts.apply))),
        "length": min(1.0, words / _FULL_LENGTH_WORDS),
    }


def score(
    findings: Iterable[Any], active_categories: Iterable[str], settings: ScoreSettings, doc: Document | None = None
) -> Score:
    """Score a posting from its findings and, given the document, from what it contains."""
    findings = list(findings)
    lost: dict[str, float] = {c: 0.0 for c in active_categories}
    for f in findings:
        if f.category in lost:
            lost[f.category] += settings.penalties.get(f.severity, 0.0)
    categories = {c: int(round(max(0.0, 100.0 - pts))) for c, pts in sorted(lost.items())}
    weighted = [(settings.weights.get(c, 0.0), s) for c, s in categories.items()]
    total_weight = sum(w for w, _ in weighted)
    total = sum(w * s for w, s in weighted) / total_weight if total_weight else 100.0
    met: dict[str, float] = {}
    if doc is not None:
        met = present(doc)
        weight = sum(settings.completeness.get(k, 0.0) for k in met)
        share = sum(settings.completeness.get(k, 0.0) * v for k, v in met.items()) / weight if weight else 1.0
        total *= settings.floor + (1 - settings.floor) * min(1.0, share / settings.full_at)
    law = next(
        (
            f.name
            for f in findings
            if str(getattr(f, "name", "")).startswith("law-") and f.severity in ("error", "warning")
        ),
        None,
    )  # (an info note about a law is no shortfall)
    if law is not None:
        total = min(total, settings.legal_cap)
    return Score(int(round(total)), categories, met, law)
