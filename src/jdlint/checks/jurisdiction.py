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
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Iterator

import yaml

from .. import facts
from ..model import Document
from ..resources import rules_root
from .base import CheckKind, Context, Finding, register
from .pay import _anchor, pair_fields, pay_statements

REQUIREMENTS = ("pay_range", "pay_minimum", "benefits_description", "close_date", "ai_disclosure",
                "vacancy_status", "max_range_width", "no_canadian_experience", "gender_neutral_title")


@dataclass(frozen=True)
class Requirement:
    name: str
    since: _dt.date
    params: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Jurisdiction:
    id: str
    name: str
    law: str
    effective: _dt.date
    sources: tuple[str, ...]
    places: tuple[re.Pattern[str], ...]
    requirements: dict[str, Requirement]

    @property
    def country(self) -> str:
        return self.id.split("-")[0]


@dataclass(frozen=True)
class Exemption:
    id: str
    why: str
    patterns: tuple[re.Pattern[str], ...]
    countries: tuple[str, ...]
    front_matter: tuple[str, ...] = ()


def _date(value: Any, where: str) -> _dt.date:
    if isinstance(value, _dt.date):
        return value
    try:
        return _dt.date.fromisoformat(str(value))
    except ValueError:
        raise ValueError(f"{where}: {value!r} is not a date (YYYY-MM-DD)") from None


@lru_cache(maxsize=1)
def load_table() -> tuple[dict[str, Jurisdiction], tuple[Exemption, ...]]:
    """The bundled jurisdictions table (rules/data/jurisdictions.yaml), parsed once."""
    path = rules_root() / "data" / "jurisdictions.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    table: dict[str, Jurisdiction] = {}
    for jid, entry in (data.get("jurisdictions") or {}).items():
        requirements = {}
        for name, value in (entry.get("requirements") or {}).items():
            if name not in REQUIREMENTS:
                raise ValueError(f"{path}: {jid}: unknown requirement {name!r}")
            params = dict(value) if isinstance(value, dict) else {}
            since = _date(params.pop("since", value if not isinstance(value, dict) else entry["effective"]),
                          f"{jid}.{name}")
            requirements[name] = Requirement(name, since, params)
        table[jid] = Jurisdiction(
            id=jid, name=str(entry["name"]), law=str(entry["law"]),
            effective=_date(entry["effective"], jid), sources=tuple(entry.get("sources") or ()),
            places=tuple(re.compile(p) for p in entry.get("places") or ()), requirements=requirements)
    exemptions = tuple(
        Exemption(eid, str(e.get("why", "")), tuple(re.compile(p) for p in e.get("patterns") or ()),
                  tuple(e.get("countries") or ()), tuple(e.get("front_matter") or ()))
        for eid, e in (data.get("exempt") or {}).items())
    return table, exemptions


def known_ids() -> list[str]:
    return list(load_table()[0])


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


# --- where the job is ---------------------------------------------------------------------------

_LOCATION_KEYS = ("location", "job_location", "locations", "work_location")
_LOCATION_LABEL = re.compile(r"^\W*(?:job |work |position |office )?locations?\s*:\s*", re.I)
_PLACE_LINE = ("\U0001f30e", "\U0001f30d", "\U0001f30f", "\U0001f4cd")  # 🌎 🌍 🌏 📍


def location_texts(doc: Document) -> list[str]:
    """The posting's own statements of where the job is."""
    texts: list[str] = []
    for key in _LOCATION_KEYS:
        value = doc.meta.get(key)
        if isinstance(value, str):
            texts.append(value)
        elif isinstance(value, list):
            texts.extend(str(v) for v in value if isinstance(v, (str, int, float)))
    for block in doc.blocks:
        if not block.text or block.origin == "front-matter":
            continue
        text = block.text.strip()
        if block.section is not None and block.section.kind == "location" and not block.is_heading:
            texts.append(text)
        elif text.startswith(_PLACE_LINE):
            texts.append(text.split("\U0001f4b0")[0])
        else:
            label = _LOCATION_LABEL.match(text)
            if label and len(text) - label.end() <= 200:
                texts.append(text[label.end():])
    return texts


# "Remote (US, excluding Colorado)", "cannot be performed in New York": a place named to be
# left out does not bring its law in.
_EXCLUDED = re.compile(r"\b(?:exclud\w*|except|not|outside(?:\s+of)?|other\s+than|no|never)\b[^.;()]{0,40}$", re.I)


def _names(place: re.Pattern[str], text: str) -> bool:
    return any(not _EXCLUDED.search(text[max(0, m.start() - 60):m.start()]) for m in place.finditer(text))


def detected(doc: Document) -> list[str]:
    """Jurisdiction ids named by the posting's location statements, in table order."""
    cache = doc.__dict__.setdefault("_jurisdictions", {})
    if "detected" not in cache:
        table, _ = load_table()
        texts = location_texts(doc)
        cache["detected"] = [jid for jid, j in table.items()
                             if any(_names(p, t) for t in texts for p in j.places)]
    return cache["detected"]


def exemption(doc: Document, jurisdiction: Jurisdiction) -> Exemption | None:
    """An employer type the law does not reach (a US federal agency for a state law)."""
    cache = doc.__dict__.setdefault("_jurisdictions", {}).setdefault("exempt", {})
    if jurisdiction.country not in cache:
        _, exemptions = load_table()
        cache[jurisdiction.country] = next(
            (ex for ex in exemptions if jurisdiction.country in ex.countries and (
                any(str(doc.meta.get(key) or "").strip() for key in ex.front_matter)
                or any(p.search(b.text) for b in doc.blocks if b.text for p in ex.patterns))), None)
    return cache[jurisdiction.country]


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
    options = {"require": [], "as_of": None, "detect": True}

    @classmethod
    def validate(cls, rule) -> None:
        require = rule.options["require"]
        if isinstance(require, str):
            require = [require]
        if not require or any(r not in REQUIREMENTS for r in require):
            raise ValueError(f"'require' lists requirements: {', '.join(REQUIREMENTS)}")
        if rule.options["as_of"] is not None:
            _date(rule.options["as_of"], "as_of")

    @property
    def required(self) -> list[str]:
        return [self.require] if isinstance(self.require, str) else list(self.require)

    def applicable(self, ctx: Context) -> list[tuple[Jurisdiction, Requirement]]:
        table, _ = load_table()
        today = _date(self.as_of, "as_of") if self.as_of is not None else _dt.date.today()
        configured = [j for j in (ctx.config.settings.get("jurisdictions") or []) if j in table]
        found = [j for j in detected(ctx.doc) if j not in configured] if self.detect else []
        out = []
        for jid in configured + found:
            jurisdiction = table[jid]
            if jid in found and exemption(ctx.doc, jurisdiction) is not None:
                continue
            for name in self.required:
                req = jurisdiction.requirements.get(name)
                if req is not None and req.since <= today:
                    out.append((jurisdiction, req))
        return out

    def run(self, ctx: Context) -> Iterator[Finding]:
        for jurisdiction, req in self.applicable(ctx):
            for span, block, match, detail in getattr(self, "_" + req.name)(ctx.doc, req):
                message = self.rule.render(jurisdiction=jurisdiction.name, law=jurisdiction.law, match=match,
                                           detail=detail, id=jurisdiction.id)
                yield ctx.finding(span, message, block=block, match=match,
                                  suggestions=[self.rule.suggestion] if self.rule.suggestion else [])

    # -- requirements: each yields (span, block, match, detail) for what is missing or wrong ----

    def _whole(self, doc: Document, detail: str):
        span, block = _anchor(doc)
        return span, block, block.text if block else "", detail

    def _pay_range(self, doc: Document, req: Requirement):
        statements = pay_statements(doc)
        if any(s.pay.is_concrete for s in statements) or pair_fields(doc):
            return
        open_ended = [s for s in statements if s.pay.bound is not None]
        if open_ended:
            for s in open_ended:
                kind = "a ceiling" if s.pay.bound == "ceiling" else "a floor"
                yield s.span, s.block, s.pay.text, f"'{s.pay.text}' gives only {kind}, not a range"
            return
        yield self._whole(doc, "the posting states no pay")

    def _pay_minimum(self, doc: Document, req: Requirement):
        if not pay_statements(doc):
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
        for s in pay_statements(doc):
            p = s.pay
            if p.is_range and p.high <= up_to and p.high - p.low > width:  # type: ignore[operator]
                yield s.span, s.block, p.text, f"'{p.text}' is wider than {width:,.0f}"
        for low, high in pair_fields(doc):
            if high.pay.value <= up_to and high.pay.value - low.pay.value > width:
                text = f"{low.pay.text} - {high.pay.text}"
                yield low.span, low.block, text, f"'{text}' is wider than {width:,.0f}"

    def _no_canadian_experience(self, doc: Document, req: Requirement):
        for block in doc.blocks:
            if not block.text or not (block.is_prose or block.is_heading):
                continue
            for m in _CANADIAN_EXPERIENCE.finditer(block.text):
                yield block.source_span(m.start(), m.end()), block, m.group(0), \
                    f"'{m.group(0)}' is a Canadian-experience requirement"

    def _gender_neutral_title(self, doc: Document, req: Requirement):
        title = doc.title.block if doc.title else None
        if title is None or not title.text:
            return
        for m in _GENDERED_TITLE.finditer(title.text):
            yield title.source_span(m.start(), m.end()), title, m.group(0), \
                f"'{m.group(0)}' is a gendered job title"

