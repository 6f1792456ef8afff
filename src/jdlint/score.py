"""A 0-100 quality score per posting, with a score per category.

Each category starts at 100 and loses points for each of its findings by severity (default:
error 30, warning 12, info 4), never going below 0. The posting's score is the weighted mean of
the category scores; categories that have no active rule are left out. Weights and penalties
are configurable (``score:`` in the config). The defaults weigh what candidates and the research
care about most: inclusion and structure (is the essential information there), then pay and
clarity.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable

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
DEFAULT_PENALTIES: dict[str, float] = {"error": 30, "warning": 12, "info": 4}


@dataclass
class ScoreSettings:
    weights: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_WEIGHTS))
    penalties: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_PENALTIES))

    @classmethod
    def from_config(cls, data: dict[str, Any] | None) -> "ScoreSettings":
        settings = cls()
        if data:
            settings.weights.update({k: float(v) for k, v in (data.get("weights") or {}).items()})
            settings.penalties.update({k: float(v) for k, v in (data.get("penalties") or {}).items()})
        return settings


@dataclass
class Score:
    total: int
    categories: dict[str, int]


def score(findings: Iterable[Any], active_categories: Iterable[str], settings: ScoreSettings) -> Score:
    """Score a posting from its findings; ``active_categories`` are those with an active rule."""
    lost: dict[str, float] = {c: 0.0 for c in active_categories}
    for f in findings:
        if f.category in lost:
            lost[f.category] += settings.penalties.get(f.severity, 0.0)
    categories = {c: int(round(max(0.0, 100.0 - pts))) for c, pts in sorted(lost.items())}
    weighted = [(settings.weights.get(c, 0.0), s) for c, s in categories.items()]
    total_weight = sum(w for w, _ in weighted)
    total = round(sum(w * s for w, s in weighted) / total_weight) if total_weight else 100
    return Score(int(total), categories)
