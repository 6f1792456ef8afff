"""``years_vs_title``: years of experience asked for against the seniority the title announces.

"Junior Data Analyst" asking for four years, or "Senior Engineer" asking for one, contradicts
itself. Years are read from the requirements (not nice-to-haves): "3+ years of experience",
"5-7 years Accounting experience", "experience of at least two years", "2+ years working as".
"""

from __future__ import annotations

import re
from functools import cached_property
from typing import Iterator

from ..model import Block, Document
from .base import CheckKind, Context, Finding, register

# Years of experience asked for: "3+ years of experience", "5-7 years Accounting experience",
# "Work experience of at least two years", "2+ years working as a product manager".
_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
          "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20}
_NUM = r"(?:\d{1,2}|" + "|".join(_WORDS) + r")"


def _years(group: str) -> str:
    """A number of years ("3+ years", "2-5 years'", "five years"), the lower bound in ``group``."""
    return (r"(?<![\w.$])(?P<" + group + ">" + _NUM + r")(?:\s*\(\d{1,2}\))?\s*(?:\+|plus)?\s*(?:(?:-|–|—|to)\s*"
            + _NUM + r"\s*\+?\s*)?(?:years?|yrs?)['’]?")


_EXPERIENCE_YEARS = re.compile(
    _years("n") + r"(?:\s+or\s+more)?(?:(?:\s+of|\s+in|\s+with)?(?:\s+[\w/&,'’-]+){0,6}?\s+(?:experience|exp)\b"
    r"|\s+(?:working|as\s+an?\b))"
    r"|\bexperience\b[^.;:]{0,40}?\b(?:of\s+)?(?:at least|a minimum of|minimum(?: of)?|over|more than)\s+"
    + _years("n2"),
    re.I)
# Not years of work: age, study, or a time window.
_NOT_WORK = re.compile(r"\b(?:old|of age|coursework|college|university|school|study|studies)\b", re.I)


def experience_years(doc: Document, unless: list[str] | tuple[str, ...] = ()) -> list[tuple[Block, re.Match, int]]:
    """Years-of-experience statements in the requirements (not nice-to-have): (block, match, years)."""
    out = []
    for section in doc.sections:
        if section.kind != "requirements":
            continue
        for block in section.blocks:
            if not block.is_prose or any(re.search(p, block.text, re.I) for p in unless):
                continue
            for m in _EXPERIENCE_YEARS.finditer(block.text):
                if _NOT_WORK.search(m.group(0)):
                    continue
                out.append((block, m, _number(m.group("n") or m.group("n2"))))
    return out


def _number(text: str) -> int:
    return int(text) if text.isdigit() else _WORDS[text.lower()]


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
        found = experience_years(doc, self.unless_in_block or [])
        if not found:
            return
        if self.min_years is not None:
            hits = [x for x in found if x[2] >= self.min_years]
        else:
            hits = found[:1] if max(x[2] for x in found) <= self.max_years else []
        for block, m, years in hits:
            message = self.rule.render(match=m.group(0), years=years, level=level.group(0), title=title,
                                       suggestion=self.rule.suggestion or "")
            yield ctx.finding(block.source_span(m.start(), m.end()), message, block=block,
                              suggestions=[self.rule.suggestion] if self.rule.suggestion else [], match=m.group(0))
