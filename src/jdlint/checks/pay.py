"""``pay``: what a posting says about pay, read with ``jdlint.pay``.

One kind, several reports (``report:``), so each rule is data:

- ``missing``: no pay amount anywhere (body, "💰" lines, front-matter pay fields);
- ``open-ended``: only a floor or a ceiling ("up to $90k", "from £40,000", "$120k+"), or a pay
  line with no amount at all ("REMUNERATION: Negotiable");
- ``too-wide``: a range whose top is more than ``max_ratio`` times its bottom;
- ``period-missing``: an amount whose period (hour, month, year) is neither stated nor clear
  from its size.

The document facts ``pay_stated`` and ``concrete_pay`` are defined here for other rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

from ..facts import FACTS, fact, holds
from ..model import Block, Document, Span
from ..pay import OTHER_MONEY, Pay, find_pay, is_pay_context
from .base import CheckKind, Context, Finding, register

_REPORTS = ("missing", "open-ended", "too-wide", "period-missing")

# Front-matter keys under a pay field that are not amounts ("salary: [{level: '15', ...}]").
_NOT_AMOUNT_KEY = re.compile(r"(?:^|[.\]_])(?:level|grade|gs|step|series|grades?)$", re.I)
_MONEY_LINE = "\U0001f4b0"  # 💰, the aggregator's pay line
# A pay line with no amount: vague wording in place of a figure.
_VAGUE = re.compile(
    r"\b(?:negotiable|to be (?:discussed|negotiated|agreed)|(?:will be |to be )?discussed\b|"
    r"depend(?:s|ing|ent)? (?:up)?on|commensurate|based on (?:your )?(?:experience|skills|qualifications)|"
    r"(?-i:DOE)|D\.O\.E\b|competitive|attractive|market[- ]rate|in line with (?:the )?market)",
    re.I,
)
_PAY_LABEL = re.compile(r"^\W*(?:(?:base |starting |annual )?(?:salary|pay|compensation|remuneration|wages?)"
                        r"(?: range)?)\s*[:\-–]\s*(?=\S)", re.I)


@dataclass(frozen=True)
class Stated:
    """A pay statement found in a block."""

    block: Block
    pay: Pay

    @property
    def span(self) -> Span:
        return self.block.source_span(self.pay.start, self.pay.end)


def _in_pay_section(block: Block) -> bool:
    return block.section is not None and block.section.kind == "pay"


_PAY_HEADING = re.compile(r"\b(?:salary|pay|compensation|remuneration|wages?)\b", re.I)


def _pay_only_section(block: Block) -> bool:
    """A body section headed by pay alone ("REMUNERATION", "Salary"), not "Pay and benefits"."""
    section = block.section
    if section is None or section.kind != "pay" or section.origin != "body" or section.heading is None:
        return False
    heading = section.heading.text
    return bool(_PAY_HEADING.search(heading)) and not re.search(r"\bbenefits?|perks?\b", heading, re.I)


def _field_key(block: Block) -> str:
    return re.sub(r"\[\d+\]", "", block.field or "")


def pay_statements(doc: Document) -> list[Stated]:
    """Every statement of pay in the posting, in document order (cached on the document)."""
    cache = doc.__dict__.setdefault("_pay", {})
    if "statements" in cache:
        return cache["statements"]
    out: list[Stated] = []
    blocks = list(doc.blocks)
    if doc.title and doc.title.block is not None and doc.title.block not in blocks:
        blocks.insert(0, doc.title.block)
    for block in blocks:
        if not block.text or not (block.is_prose or block.is_heading):
            continue
        field = block.origin == "front-matter" and _in_pay_section(block)
        if field and _NOT_AMOUNT_KEY.search(_field_key(block)):
            continue
        money_line = block.text.lstrip().startswith(_MONEY_LINE)
        for pay in find_pay(block.text, bare=field):
            if pay.value <= 0:  # "💰 $0": an aggregator's placeholder
                continue
            if field or is_pay_context(block.text, pay, pay_section=_in_pay_section(block) or money_line):
                out.append(Stated(block, pay))
    cache["statements"] = out
    return out


def vague_statements(doc: Document) -> list[tuple[Block, int, int]]:
    """Pay lines without an amount that use vague wording instead ("REMUNERATION: Negotiable"):
    (block, start, end) of the statement in the block text."""
    cache = doc.__dict__.setdefault("_pay", {})
    if "vague" in cache:
        return cache["vague"]
    stated = {id(s.block) for s in pay_statements(doc)}
    out = []
    for block in doc.blocks:
        if not block.is_prose or id(block) in stated or not block.text:
            continue
        label = _PAY_LABEL.match(block.text)
        if not (label or _pay_only_section(block)):
            continue
        start = label.end() if label else 0
        text = block.text
        end = len(text)
        sentence = re.search(r"[.;!?](?:\s|$)", text[start:])
        if sentence:
            end = start + sentence.start()
        # "Competitive 401(k) matching" under "Compensation and benefits" is about a benefit.
        statement = text[start:end]
        if _VAGUE.search(statement) and (_PAY_HEADING.search(statement) or not OTHER_MONEY.search(statement)):
            out.append((block, start, end))
    cache["vague"] = out
    return out


def pair_fields(doc: Document) -> list[tuple[Stated, Stated]]:
    """Front-matter min/max pay fields that make one range (``min_payrange``/``max_payrange``,
    ``salary_min``/``salary_max``)."""
    fields = {_field_key(s.block).lower(): s for s in pay_statements(doc)
              if s.block.origin == "front-matter" and s.block.field}
    pairs = []
    for key, low in fields.items():
        if "min" in key:
            high = fields.get(key.replace("min", "max"))
            if high is not None:
                pairs.append((low, high))
    return pairs


@fact("pay_stated")
def pay_stated(doc: Document) -> bool:
    """The posting states a pay amount (a floor or ceiling counts) in a pay context."""
    return bool(pay_statements(doc))


@fact("concrete_pay")
def concrete_pay(doc: Document) -> bool:
    """The posting states a fixed pay amount or a closed range (not only "up to" / "from")."""
    return any(s.pay.is_concrete for s in pay_statements(doc)) or bool(pair_fields(doc))


@lru_cache(maxsize=64)
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.I)


def _anchor(doc: Document) -> tuple[Span, Block | None]:
    block = doc.title.block if doc.title and doc.title.block else None
    if block is not None and block.text:
        return block.source_span(0, len(block.text)), block
    first = next((b for b in doc.blocks if b.text), None)
    if first is not None:
        return first.source_span(0, len(first.text)), first
    return Span(0, min(1, len(doc.source))), None


def _ratio(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


@register("pay")
class PayCheck(CheckKind):
    summary = "Reads pay statements (amounts, ranges, periods): missing, open-ended, too-wide or unclear pay."
    # report: what to report (missing, open-ended, too-wide, period-missing).
    # defer: regular expressions for vague pay wording another rule reports ("competitive
    #   salary" is JD403): `missing` stays silent when one occurs, `open-ended` skips lines with one;
    #   defer_unless: facts under which that other rule is silent, so nothing is deferred
    #   (JD403 has `unless: [pay_figure]`).
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
            "$": [150, 20000], "USD": [150, 20000], "CAD": [150, 20000], "AUD": [150, 20000],
            "NZD": [150, 20000], "SGD": [150, 20000], "GBP": [150, 15000], "EUR": [150, 15000],
            "CHF": [150, 20000],
        },
    }

    @classmethod
    def validate(cls, rule) -> None:
        o = rule.options
        if o["report"] not in _REPORTS:
            raise ValueError(f"'report' must be one of {', '.join(_REPORTS)}")
        for name in o["defer_unless"] or []:
            if name not in FACTS:
                raise ValueError(f"unknown fact {name!r} in 'defer_unless' (known: {', '.join(FACTS)})")
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
                isinstance(v, list) and len(v) == 2 and all(isinstance(x, (int, float)) for x in v)
                for v in sizes.values()):
            raise ValueError("'clear_by_size' maps a currency to [hourly_up_to, yearly_from]")

    def run(self, ctx: Context) -> Iterator[Finding]:
        yield from getattr(self, "_" + self.report.replace("-", "_"))(ctx)

    def _deferred(self, text: str, doc: Document) -> bool:
        """Vague wording that another rule reports in this posting."""
        if any(holds(name, doc) for name in self.defer_unless or ()):
            return False
        return any(_compiled(p).search(text) for p in self.defer or ())

    # -- reports --------------------------------------------------------------------------------

    def _missing(self, ctx: Context) -> Iterator[Finding]:
        doc = ctx.doc
        if pay_statements(doc) or vague_statements(doc):
            return
        if any(self._deferred(b.text, doc) for b in doc.blocks if (b.is_prose or b.is_heading) and b.text):
            return
        from .jurisdiction import pay_required_by_rule  # here: jurisdiction imports this module

        if pay_required_by_rule(ctx):
            return
        span, block = _anchor(doc)
        yield ctx.finding(span, self.rule.render(), block=block,
                          suggestions=[self.rule.suggestion] if self.rule.suggestion else [])

    def _open_ended(self, ctx: Context) -> Iterator[Finding]:
        doc = ctx.doc
        statements = pay_statements(doc)
        if any(s.pay.is_concrete for s in statements) or pair_fields(doc):
            return
        hint = [self.rule.suggestion] if self.rule.suggestion else []
        for s in statements:
            if s.pay.bound is None:
                continue
            detail = "gives only a ceiling" if s.pay.bound == "ceiling" else "gives only a floor"
            yield ctx.finding(s.span, self.rule.render(match=s.pay.text, detail=detail), block=s.block,
                              suggestions=hint, match=s.pay.text)
        if statements:
            return
        for block, start, end in vague_statements(doc):
            text = block.text[start:end].strip()
            if self._deferred(text, doc):
                continue
            first = block.text.index(text, start)
            yield ctx.finding(block.source_span(first, first + len(text)),
                              self.rule.render(match=text, detail="gives no amount"), block=block,
                              suggestions=hint, match=text)

    def _too_wide(self, ctx: Context) -> Iterator[Finding]:
        seen: set[tuple[float, float]] = set()
        ranges: list[tuple[Span, Block, float, float, str]] = []
        for s in pay_statements(ctx.doc):
            p = s.pay
            if p.is_range and p.low:
                ranges.append((s.span, s.block, p.low, p.high, p.text))  # type: ignore[arg-type]
        for low, high in pair_fields(ctx.doc):
            if low.pay.value and high.pay.value > low.pay.value:
                text = f"{low.pay.text} - {high.pay.text}"
                ranges.append((low.span, low.block, low.pay.value, high.pay.value, text))
        for span, block, lo, hi, text in ranges:
            if (lo, hi) in seen or hi / lo <= self.max_ratio:
                continue
            seen.add((lo, hi))
            message = self.rule.render(match=text, ratio=_ratio(hi / lo), limit=_ratio(float(self.max_ratio)))
            yield ctx.finding(span, message, block=block, match=text,
                              suggestions=[self.rule.suggestion] if self.rule.suggestion else [])

    def _period_missing(self, ctx: Context) -> Iterator[Finding]:
        for s in pay_statements(ctx.doc):
            p = s.pay
            if p.period is not None or s.block.origin == "front-matter" or not p.currency:
                continue
            sizes = self.clear_by_size.get(p.currency)
            if sizes is None:
                continue
            hourly, yearly = sizes
            ends = [v for v in (p.low, p.high) if v is not None]
            if all(v <= hourly for v in ends) or all(v >= yearly for v in ends):
                continue
            yield ctx.finding(s.span, self.rule.render(match=p.text), block=s.block, match=p.text,
                              suggestions=[self.rule.suggestion] if self.rule.suggestion else [])
