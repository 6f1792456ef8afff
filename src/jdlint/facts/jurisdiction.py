"""Which pay-transparency and job-ad laws the posting's location brings in.

The laws live in ``rules/data/jurisdictions.yaml`` (name, law, effective dates, sources, the
places that identify them and their requirements). A jurisdiction is detected when one of the
posting's location statements (``facts.location``: a front-matter location, a location section,
a "Location:" line, a "🌎" line, schema.org ``jobLocation``) names one of its places; never
company history in the prose, never "Remote" alone, never a place named to be left out
("Remote (US, excluding Colorado)"). An exemption is an employer type the law does not reach (a
US federal agency for a state law).
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from .. import yamlutil
from ..model import Document, Span
from ..resources import rules_root
from .base import Fact
from .location import LocationFact

REQUIREMENTS = (
    "pay_range",
    "pay_minimum",
    "benefits_description",
    "close_date",
    "ai_disclosure",
    "vacancy_status",
    "max_range_width",
    "no_canadian_experience",
    "gender_neutral_title",
)


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


def as_date(value: Any, where: str) -> _dt.date:
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
    data = yamlutil.load_data(path.read_text(encoding="utf-8"))
    table: dict[str, Jurisdiction] = {}
    for jid, entry in (data.get("jurisdictions") or {}).items():
        requirements = {}
        for name, value in (entry.get("requirements") or {}).items():
            if name not in REQUIREMENTS:
                raise ValueError(f"{path}: {jid}: unknown requirement {name!r}")
            params = dict(value) if isinstance(value, dict) else {}
            since = as_date(
                params.pop("since", value if not isinstance(value, dict) else entry["effective"]), f"{jid}.{name}"
            )
            requirements[name] = Requirement(name, since, params)
        table[jid] = Jurisdiction(
            id=jid,
            name=str(entry["name"]),
            law=str(entry["law"]),
            effective=as_date(entry["effective"], jid),
            sources=tuple(entry.get("sources") or ()),
            places=tuple(re.compile(p) for p in entry.get("places") or ()),
            requirements=requirements,
        )
    exemptions = tuple(
        Exemption(
            eid,
            str(e.get("why", "")),
            tuple(re.compile(p) for p in e.get("patterns") or ()),
            tuple(e.get("countries") or ()),
            tuple(e.get("front_matter") or ()),
        )
        for eid, e in (data.get("exempt") or {}).items()
    )
    return table, exemptions


def known_ids() -> list[str]:
    return list(load_table()[0])


# "Remote (US, excluding Colorado)", "cannot be performed in New York": a place named to be
# left out does not bring its law in.
_EXCLUDED = re.compile(r"\b(?:exclud\w*|except|not|outside(?:\s+of)?|other\s+than|no|never)\b[^.;()]{0,40}$", re.I)


def _names(place: re.Pattern[str], text: str) -> bool:
    return any(not _EXCLUDED.search(text[max(0, m.start() - 60) : m.start()]) for m in place.finditer(text))


@dataclass(frozen=True, kw_only=True)
class JurisdictionFact(Fact):
    """A jurisdiction named by a location statement; ``exempt`` names the exemption that applies."""

    id: str
    name: str
    exempt: str | None = None


def _exemption(doc: Document, country: str) -> Exemption | None:
    _, exemptions = load_table()
    return next(
        (
            ex
            for ex in exemptions
            if country in ex.countries
            and (
                any(str(doc.meta.get(key) or "").strip() for key in ex.front_matter)
                or any(p.search(b.text) for b in doc.blocks if b.text for p in ex.patterns)
            )
        ),
        None,
    )


def _match_span(loc: LocationFact, place: re.Pattern[str], doc: Document) -> Span | None:
    """The span of the place's name in the statement (the statement's span when it cannot be placed)."""
    if loc.block is not None:
        m = next(
            (
                m
                for m in place.finditer(loc.block.text)
                if not _EXCLUDED.search(loc.block.text[max(0, m.start() - 60) : m.start()])
            ),
            None,
        )
        if m is not None:
            return loc.block.source_span(m.start(), m.end())
    elif loc.span is not None and loc.origin == "front-matter":
        m = place.search(doc.source, loc.span.start, loc.span.end)
        if m is not None:
            return Span(m.start(), m.end())
    return loc.span


def detect(doc: Document, locations: list[LocationFact]) -> list[JurisdictionFact]:
    """Jurisdictions named by the posting's location statements, in table order."""
    table, _ = load_table()
    statements = [loc for loc in locations if loc.is_statement]
    found: list[JurisdictionFact] = []
    exempt: dict[str, Exemption | None] = {}
    for jid, jurisdiction in table.items():
        hit = next(((loc, p) for loc in statements for p in jurisdiction.places if _names(p, loc.text)), None)
        if hit is None:
            continue
        loc, place = hit
        country = jurisdiction.country
        if country not in exempt:
            exempt[country] = _exemption(doc, country)
        ex = exempt[country]
        found.append(
            JurisdictionFact(
                id=jid,
                name=jurisdiction.name,
                exempt=ex.id if ex else None,
                span=_match_span(loc, place, doc),
                origin=loc.origin,
                field=loc.field,
                block=loc.block,
            )
        )
    return found
