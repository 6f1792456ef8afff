"""``pay``: what a posting says about pay, read from the pay facts (``jdlint.facts.pay``).

One kind, several reports (``report:``), so each rule is data:

- ``missing``: no pay amount anywhere (body, "💰" lines, front-matter pay fields, JSON-LD), nor a
  pay grade;
- ``grade-only``: a pay grade or scale ("nach TV-L E13", "GS-13") and no amount;
- ``open-ended``: only a floor or a ceiling ("up to $90k", "from £40,000", "$120k+"), or a pay
  line with no amount at all ("REMUNERATION: Negotiable");
- ``too-wide``: a range whose top is more than ``max_ratio`` times its bottom;
- ``period-missing``: an amount whose period (hour, month, year) is neither stated nor clear
  from its size.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from .. import facts
from ..model import Block, Document, Span
from .base import CheckKind, Context, Finding, register, title_anchor
from .jurisdiction import pay_required_by_rule

_REPORTS = ("missing", "grade-only", "open-ended", "too-wide", "period-missing", "variable-only")


@lru_cache(maxsize=64)
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.I)


def _ratio(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


@register("pay")
class PayCheck(CheckKind):
    summary = "Reads pay statements (amounts, ranges, periods): missing, open-ended, too-wide or unclear pay."
    # report: what to report (missing, open-ended, too-wide, period-missing, variable-only).
    # defer: regular expressions for vague pay wording another rule reports ("competitive
    #   salary" is JD403): `missing` stays silent when one occurs, `open-ended` skips lines with one;
    #   defer_unless: facts under which that other rule is silent, so nothing is deferred
    #   (JD403 has `unless: [pay_stated]`).
    # max_ratio: too-wide threshold, top / bottom of a range.
    # clear_by_size: per currency, [hourly_up_to, yearly_from]: amounts at or below the first are
    #   read as hourly, at or above the second as yearly, without a stated period. Currencies not
    #   listed are never reported by period-missing (jdlint cannot tell their usual sizes).
    options = {
        "report": "missing",
        "defer": [],
        "defer_unless": [],
        "max_ratio": 2.0,
        "clear_by_size": {
            "$": [150, 20000],
            "USD": [150, 20000],
            "CAD": [150, 20000],
            "AUD": [150, 20000],
            "NZD": [150, 20000],
            "SGD": [150, 20000],
            "GBP": [150, 15000],
            "EUR": [150, 15000],
            "CHF": [150, 20000],
        },
    }

    @classmethod
    def validate(cls, rule) -> None:
        o = rule.options
        if o["report"] not in _REPORTS:
            raise ValueError(f"'report' must be one of {', '.join(_REPORTS)}")
        for name in o["defer_unless"] or []:
            if name not in facts.CONDITIONS:
                raise ValueError(f"unknown fact {name!r} in 'defer_unless' (known: {', '.join(facts.CONDITIONS)})")
        for pattern in o["defer"] or []:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"bad regular expression {pattern!r} in 'defer': {exc}") from None
        ratio = o["max_ratio"]
        if isinstance(ratio, bool) or not isinstance(ratio, (int, float)) or ratio <= 1:
            raise ValueError("'max_ratio' must be a number above 1")
        sizes = o["clear_by_size"]
        if not isinstance(sizes, dict) or not all(
            isinstance(v, list) and len(v) == 2 and all(isinstance(x, (int, float)) for x in v) for v in sizes.values()
        ):
            raise ValueError("'clear_by_size' maps a currency to [hourly_up_to, yearly_from]")

    def run(self, ctx: Context) -> Iterator[Finding]:
        yield from getattr(self, "_" + self.report.replace("-", "_"))(ctx)

    def _deferred(self, text: str, doc: Document) -> bool:
        """Vague wording that another rule reports in this posting."""
        if any(facts.holds(name, doc) for name in self.defer_unless or ()):
            return False
        return any(_compiled(p).search(text) for p in self.defer or ())

    # -- reports --------------------------------------------------------------------------------

    def _no_amount(self, ctx: Context) -> bool:
        """No pay amount, no vague pay another rule reports, no unpaid role, no law rule instead."""
        doc = ctx.doc
        pay = facts.of(doc).pay
        if pay.wages or pay.vague or pay.unpaid:  # "an unpaid, volunteer role" states the pay
            return False
        if any(self._deferred(b.text, doc) for b in doc.blocks if (b.is_prose or b.is_heading) and b.text):
            return False
        return not pay_required_by_rule(ctx)

    def _missing(self, ctx: Context) -> Iterator[Finding]:
        if facts.of(ctx.doc).pay.grades or not self._no_amount(ctx):
            return  # a grade on a published scale is reported by `grade-only`
        span, block = title_anchor(ctx.doc)
        yield ctx.finding(
            span,
            self.rule.render(detail=""),
            block=block,
            suggestions=[self.rule.suggestion] if self.rule.suggestion else [],
        )

    def _grade_only(self, ctx: Context) -> Iterator[Finding]:
        grades = facts.of(ctx.doc).pay.grades
        if not grades or not self._no_amount(ctx):
            return
        grade = grades[0]  # "nach TV-L E13": the finding goes where the pay was meant to be
        yield ctx.finding(
            grade.span,
            self.rule.render(match=grade.text),
            block=grade.block,
            suggestions=[self.rule.suggestion] if self.rule.suggestion else [],
            match=grade.text,
        )

    def _open_ended(self, ctx: Context) -> Iterator[Finding]:
        doc = ctx.doc
        pay = facts.of(doc).pay
        statements = pay.wages
        if pay.concrete:
            return
        hint = [self.rule.suggestion] if self.rule.suggestion else []
        for s in statements:
            if s.pay.bound is None and not s.before_tips:
                continue
            detail = s.shortfall
            yield ctx.finding(
                s.span,
                self.rule.render(match=s.pay.text, detail=detail),
                block=s.block,
                suggestions=hint,
                match=s.pay.text,
            )
        if statements:
            return
        for vague in pay.vague:
            if self._deferred(vague.text, doc):
                continue
            yield ctx.finding(
                vague.span,
                self.rule.render(match=vague.text, detail="gives no amount"),
                block=vague.block,
                suggestions=hint,
                match=vague.text,
            )

    def _variable_only(self, ctx: Context) -> Iterator[Finding]:
        """Earnings that include commission or tips, with no base pay said."""
        pay = facts.of(ctx.doc).pay
        if pay.base_stated:
            return
        hint = [self.rule.suggestion] if self.rule.suggestion else []
        for s in pay.wages:
            if s.variable and s.pay.is_concrete:
                yield ctx.finding(
                    s.span, self.rule.render(match=s.pay.text), block=s.block, suggestions=hint, match=s.pay.text
                )

    def _too_wide(self, ctx: Context) -> Iterator[Finding]:
        seen: set[tuple[float, float]] = set()
        ranges: list[tuple[Span, Block | None, float, float, str]] = []
        pay = facts.of(ctx.doc).pay
        for s in pay.wages:
            p = s.pay
            if p.is_range and p.low and p.high is not None:
                ranges.append((s.span, s.block, p.low, p.high, p.text))
        for r in pay.ranges:
            low, high = r.low.pay.value, r.high.pay.value
            if low and high > low and r.span is not None:
                ranges.append((r.span, r.block, low, high, r.text))
        for span, block, lo, hi, text in ranges:
            if (lo, hi) in seen or hi / lo <= self.max_ratio:
                continue
            seen.add((lo, hi))
            message = self.rule.render(match=text, ratio=_ratio(hi / lo), limit=_ratio(float(self.max_ratio)))
            yield ctx.finding(
                span,
                message,
                block=block,
                match=text,
                suggestions=[self.rule.suggestion] if self.rule.suggestion else [],
            )

    def _period_missing(self, ctx: Context) -> Iterator[Finding]:
        for s in facts.of(ctx.doc).pay.wages:
            p = s.pay
            if p.period is not None or s.whole_job or s.origin != "body" or not p.currency or s.span is None:
                continue
            sizes = self.clear_by_size.get(p.currency)
            if sizes is None:
                continue
            hourly, yearly = sizes
            ends = [v for v in (p.low, p.high) if v is not None]
            if all(v <= hourly for v in ends) or all(v >= yearly for v in ends):
                continue
            yield ctx.finding(
                s.span,
                self.rule.render(match=p.text),
                block=s.block,
                match=p.text,
                suggestions=[self.rule.suggestion] if self.rule.suggestion else [],
            )
