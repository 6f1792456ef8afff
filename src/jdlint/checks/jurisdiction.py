"""``jurisdiction``: what pay-transparency and job-ad laws require a posting to contain.

The laws live in ``rules/data/jurisdictions.yaml`` (name, law, effective dates, sources, the
places that identify them and their requirements). A jurisdiction applies when the config lists
it (``jurisdictions: [US-CO, CA-ON]``) or when the posting's own location statement names one of
its places: a front-matter ``location``, a location section, a "Location:" line or a "🌎" line,
never company history in the prose, and never "Remote" alone. A requirement applies from its
date; the rule option ``as_of`` (YYYY-MM-DD) replaces today's date.

Each rule checks one or more requirements (``require:``), so each is data; findings name the
jurisdiction and the law.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterator

from .. import facts
from ..facts.jurisdiction import REQUIREMENTS, Jurisdiction, Requirement, as_date, load_table
from ..model import Document
from ..quoting import shorten
from .base import CheckKind, Context, Finding, register, title_anchor


def pay_required_by_rule(ctx: Context) -> bool:
    """True when an active jurisdiction rule already reports a posting without pay (so the
    general pay-missing warning need not repeat it)."""
    for rule in ctx.config.rules:
        if rule.kind != "jurisdiction":  # config.rules holds the active rules only
            continue
        check = rule.check
        if {"pay_range", "pay_minimum"} & set(check.required) and check.applicable(ctx):
            return True
    return False


# --- what the posting says ----------------------------------------------------------------------

_AI_USE = re.compile(
    r"\b(?:artificial intelligence|AI|A\.I\.|automated (?:decision|screening|assessment|hiring) ?\w*|"
    r"algorithm\w*)\b[^.]{0,100}?\b(?:screen|assess|select|evaluat|review|rank|shortlist|sort|score)\w*"
    r"|\b(?:screen|assess|select|evaluat|review|rank|shortlist)\w*\b[^.]{0,80}?\b(?:AI|artificial intelligence|"
    r"automated tools?)\b",
    re.I,
)
_VACANCY = re.compile(
    r"\b(?:existing|current|actual|open)\s+(?:vacancy|vacancies|position|opening)\b"
    r"|\bvacancy\s+(?:exists|is\s+(?:open|available|current))"
    r"|\bnot\s+(?:for\s+)?(?:an?\s+)?(?:existing|current)\s+(?:vacancy|position|opening)"
    r"|\bfuture\s+(?:vacanc\w+|openings?|needs?|roles?|opportunities)"
    r"|\b(?:talent\s+(?:pool|pipeline)|evergreen\s+(?:posting|role|requisition))\b",
    re.I,
)
_CANADIAN_EXPERIENCE = re.compile(
    r"\bCanadian\s+(?:work\s+|professional\s+|industry\s+|workplace\s+)?experience\b"
    r"|\b(?:work\s+)?experience\s+(?:working\s+)?in\s+Canada\b",
    re.I,
)
# Gendered English job nouns (the title must be gender-neutral under Directive (EU) 2023/970 Art. 5(3)).
_GENDERED_TITLE = re.compile(
    r"\b(?:sales(?:man|men|woman|women|girl|boy)|chair(?:man|woman)|fore(?:man|woman)|handy(?:man|men)|"
    r"repair(?:man|men)|camera(?:man|men)|crafts(?:man|men)|draft(?:s)?man|draughtsman|fire(?:man|men)|"
    r"police(?:man|woman)|delivery(?:man|men)|door(?:man|men)|bar(?:man|maid)|waitress|hostess|stewardess|"
    r"head(?:master|mistress)|trades(?:man|men)|work(?:man|men)|spokes(?:man|woman)|business(?:man|woman)|"
    r"line(?:man|men)|watch(?:man|men)|service(?:man|men)|journey(?:man|men)|fisher(?:man|men)|"
    r"grounds(?:man|men)|store(?:man|men)|warehouse(?:man|men)|cleaning lady|tea lady|maid)\b",
    re.I,
)


@register("jurisdiction")
class JurisdictionCheck(CheckKind):
    summary = "Reports what the pay-transparency or job-ad law of the posting's jurisdiction requires and it lacks."
    # require: requirement names from rules/data/jurisdictions.yaml checked by this rule.
    # as_of: the date requirements are compared with (default: today).
    # detect: also apply jurisdictions named by the posting's location (default true).
    # predated: instead, report the laws whose requirements took effect after the posting's date
    # (front matter date, JSON-LD datePosted): the posting is judged by the rules of its date.
    options = {"require": [], "as_of": None, "detect": True, "predated": False}

    @classmethod
    def validate(cls, rule) -> None:
        require = rule.options["require"]
        if isinstance(require, str):
            require = [require]
        if not require or any(r not in REQUIREMENTS for r in require):
            raise ValueError(f"'require' lists requirements: {', '.join(REQUIREMENTS)}")
        if rule.options["as_of"] is not None:
            as_date(rule.options["as_of"], "as_of")

    @property
    def required(self) -> list[str]:
        return [self.require] if isinstance(self.require, str) else list(self.require)

    def _dates(self, ctx: Context) -> tuple[_dt.date, _dt.date | None]:
        """The date laws are judged at (``as_of``, else the posting's date, else today) and the
        posting's own date when it has one."""
        posted = facts.of(ctx.doc).date_posted
        when = None
        if posted is not None and posted.date:
            try:
                when = _dt.date.fromisoformat(posted.date)
            except ValueError:
                when = None
        if self.as_of is not None:
            return as_date(self.as_of, "as_of"), when
        return (when if when is not None and when <= _dt.date.today() else _dt.date.today()), when

    def _covered(self, ctx: Context) -> list[Jurisdiction]:
        table, _ = load_table()
        configured = [j for j in (ctx.config.settings.get("jurisdictions") or []) if j in table]
        # Detected jurisdictions whose law reaches the employer (a federal agency is exempt from a state's).
        found = (
            [j.id for j in facts.of(ctx.doc).jurisdictions if j.id not in configured and j.exempt is None]
            if self.detect
            else []
        )
        return [table[jid] for jid in configured + found]

    def applicable(self, ctx: Context) -> list[tuple[Jurisdiction, Requirement]]:
        at, _ = self._dates(ctx)
        out = []
        for jurisdiction in self._covered(ctx):
            for name in self.required:
                req = jurisdiction.requirements.get(name)
                if req is not None and req.since <= at:
                    out.append((jurisdiction, req))
        return out

    def run(self, ctx: Context) -> Iterator[Finding]:
        if self.predated:
            yield from self._predated(ctx)
            return
        for jurisdiction, req in self.applicable(ctx):
            for span, block, match, detail in getattr(self, "_" + req.name)(ctx.doc, req):
                message = self.rule.render(
                    jurisdiction=jurisdiction.name, law=jurisdiction.law, match=match, detail=detail, id=jurisdiction.id
                )
                message = message[:1].upper() + message[1:]  # "{detail}: ..." starts a sentence
                # The law's full name is the detail under the one-line message.
                advice = [self.rule.suggestion] if self.rule.suggestion else []
                yield ctx.finding(
                    span,
                    message,
                    block=block,
                    match=match,
                    suggestions=advice + [f"required by the {jurisdiction.law}"],
                )

    def _predated(self, ctx: Context) -> Iterator[Finding]:
        at, posted = self._dates(ctx)
        if posted is None or self.as_of is not None:
            return
        today = _dt.date.today()
        for jurisdiction in self._covered(ctx):
            later = sorted(
                {
                    req.since
                    for name in self.required
                    if (req := jurisdiction.requirements.get(name)) is not None and at < req.since <= today
                }
            )
            if not later:
                continue
            date = facts.of(ctx.doc).date_posted
            span, block = (
                (date.span, date.block) if date is not None and date.span is not None else title_anchor(ctx.doc)
            )
            yield ctx.finding(
                span,
                self.rule.render(
                    jurisdiction=jurisdiction.name,
                    law=jurisdiction.law,
                    posted=posted.isoformat(),
                    since=later[0].isoformat(),
                    id=jurisdiction.id,
                ),
                block=block,
                suggestions=[f"the law: the {jurisdiction.law}"],
            )

    # -- requirements: each yields (span, block, match, detail) for what is missing or wrong ----

    def _whole(self, doc: Document, detail: str):
        span, block = title_anchor(doc)
        return span, block, block.text if block else "", detail

    def _pay_range(self, doc: Document, req: Requirement):
        pay = facts.of(doc).pay
        statements = pay.wages
        if pay.concrete:
            return
        open_ended = [s for s in statements if s.pay.bound is not None or s.before_tips]
        if open_ended:
            for s in open_ended:
                yield s.span, s.block, s.pay.text, f"'{shorten(s.pay.text)}' {s.shortfall}, not a range"
            return
        yield self._whole(doc, "the posting states no pay")

    def _pay_minimum(self, doc: Document, req: Requirement):
        if not facts.of(doc).pay.wages:
            yield self._whole(doc, "the posting states no pay")

    def _benefits_description(self, doc: Document, req: Requirement):
        if not facts.holds("benefits_described", doc):
            yield self._whole(doc, "the posting does not describe benefits")

    def _close_date(self, doc: Document, req: Requirement):
        if not facts.holds("close_date", doc):
            yield self._whole(doc, "the posting gives no application close date")

    def _ai_disclosure(self, doc: Document, req: Requirement):
        if not any(_AI_USE.search(b.text) for b in doc.blocks if b.text and (b.is_prose or b.is_heading)):
            yield self._whole(doc, "the posting does not say whether AI is used to screen, assess or select applicants")

    def _vacancy_status(self, doc: Document, req: Requirement):
        if not any(_VACANCY.search(b.text) for b in doc.blocks if b.text and (b.is_prose or b.is_heading)):
            yield self._whole(doc, "the posting does not say whether it is for an existing vacancy")

    def _max_range_width(self, doc: Document, req: Requirement):
        width = float(req.params.get("width", 50000))
        up_to = float(req.params.get("up_to", 200000))
        pay = facts.of(doc).pay
        for s in pay.wages:
            p = s.pay
            if p.is_range and p.low is not None and p.high is not None and p.high <= up_to and p.high - p.low > width:
                yield s.span, s.block, p.text, f"'{shorten(p.text)}' is wider than {width:,.0f}"
        for r in pay.ranges:
            if r.high.pay.value <= up_to and r.high.pay.value - r.low.pay.value > width:
                yield r.span, r.block, r.text, f"'{shorten(r.text)}' is wider than {width:,.0f}"

    def _no_canadian_experience(self, doc: Document, req: Requirement):
        for block in doc.blocks:
            if not block.text or not (block.is_prose or block.is_heading):
                continue
            for m in _CANADIAN_EXPERIENCE.finditer(block.text):
                yield (
                    block.source_span(m.start(), m.end()),
                    block,
                    m.group(0),
                    f"'{shorten(m.group(0))}' is a Canadian-experience requirement",
                )

    def _gender_neutral_title(self, doc: Document, req: Requirement):
        title = doc.title.block if doc.title else None
        if title is None or not title.text:
            return
        for m in _GENDERED_TITLE.finditer(title.text):
            yield title.source_span(m.start(), m.end()), title, m.group(0), f"'{m.group(0)}' is a gendered job title"
