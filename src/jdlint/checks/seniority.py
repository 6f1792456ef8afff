"""``years_vs_title``: years of experience asked for against the seniority the title announces.

"Junior Data Analyst" asking for four years, or "Senior Engineer" asking for one, contradicts
itself. Years are read from the requirements (not nice-to-haves): "3+ years of experience",
"5-7 years Accounting experience", "experience of at least two years", "2+ years working as".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cached_property

from .. import facts
from ..facts.experience import ExperienceYears
from .base import CheckKind, Context, Finding, register


def required_years(ctx: Context, unless: list[str]) -> list[ExperienceYears]:
    """Years-of-experience statements in the requirements (not nice-to-have), outside blocks
    that match one of the rule's ``unless_in_block`` expressions."""
    return [
        y
        for y in facts.of(ctx.doc).experience
        if y.section == "requirements"
        and y.block is not None
        and not any(re.search(p, y.block.text, re.I) for p in unless)
    ]


@register("years_vs_title")
class YearsVsTitle(CheckKind):
    summary = "Compares years of experience asked for with the seniority the title announces."
    # title_words: regular expressions for the title (whole words, case-insensitive); the rule
    # reports requirements asking for at least `min_years` years (junior titles), or a posting
    # whose every years statement asks for at most `max_years` (senior titles).
    options = {"title_words": [], "min_years": None, "max_years": None, "unless_in_block": []}

    @classmethod
    def validate(cls, rule) -> None:
        o = rule.options
        if not o["title_words"]:
            raise ValueError("a years_vs_title rule needs 'title_words'")
        if (o["min_years"] is None) == (o["max_years"] is None):
            raise ValueError("set exactly one of 'min_years' and 'max_years'")
        for p in list(o["title_words"]) + list(o["unless_in_block"] or []):
            try:
                re.compile(p)
            except re.error as exc:
                raise ValueError(f"bad regular expression {p!r}: {exc}") from None

    @cached_property
    def title_re(self) -> re.Pattern[str]:
        return re.compile(r"\b(?:" + "|".join(self.title_words) + r")(?!\w)", re.I)

    def run(self, ctx: Context) -> Iterator[Finding]:
        doc = ctx.doc
        title = doc.title.text if doc.title else ""
        level = self.title_re.search(title or "")
        if level is None:
            return
        found = required_years(ctx, self.unless_in_block or [])
        if not found:
            return
        if self.min_years is not None:
            hits = [x for x in found if x.years >= self.min_years]
        else:
            hits = found[:1] if max(x.years for x in found) <= self.max_years else []
        for hit in hits:
            message = self.rule.render(
                match=hit.text,
                years=hit.years,
                level=level.group(0),
                title=title,
                suggestion=self.rule.suggestion or "",
            )
            yield ctx.finding(
                hit.span,
                message,
                block=hit.block,
                suggestions=[self.rule.suggestion] if self.rule.suggestion else [],
                match=hit.text,
            )
