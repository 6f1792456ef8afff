"""Where the job is: the posting's own location statements and its work mode (on-site, hybrid,
remote).

A location is read from a front-matter location field, a location section, a "Location:" line,
an aggregator's "🌎"/"📍" line, schema.org ``jobLocation``, or prose that names where the job is
based ("This role is based in Leeds"). Only statements, never company history: "founded in
Boston" is not a location. ``how`` says which of these it was, so that laws are looked up from
statements only (``LocationFact.is_statement``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Document, Span
from .base import Fact, first, in_block, meta_span, property_span, prose, structured_postings

MODES = ("onsite", "hybrid", "remote")

from ..sections import label_of

_LOCATION_KEYS = ("location", "job_location", "locations", "work_location")
# "Location:" in English, German, French, Dutch, Portuguese and Spanish.
_LOCATION_LABEL = re.compile(r"^\W*(?:(?:job |work |position |office )?locations?|arbeitsort|standort|einsatzort|"
                             r"lieu(?: de travail)?|locatie|standplaats|werklocatie|local(?: de trabalho)?|localiza[çc][ãa]o|"
                             r"ubicaci[óo]n|localidad)\s*:\s*", re.I)
_PLACE_LINE = ("\U0001f30e", "\U0001f30d", "\U0001f30f", "\U0001f4cd")  # 🌎 🌍 🌏 📍
# The job's own place in prose: "This role is based in Leeds", "the position is located in Denver, CO".
_BASED_IN = re.compile(
    r"\b(?:role|position|job|post|vacancy|you will be|you'll be|this is an?(?: \w+){0,3} (?:role|position))\s+"
    r"(?:is\s+|will\s+be\s+)?(?:based|located)\s+(?:in|at|out\s+of)\s+"
    r"(?P<place>[A-Z][\w.'’-]+(?:[ ,]+(?:[A-Z][\w.'’-]+|[A-Z]{2}\b)){0,4})")


@dataclass(frozen=True, kw_only=True)
class LocationFact(Fact):
    text: str
    how: str  # field, section, label, place-line, json-ld or prose

    @property
    def is_statement(self) -> bool:
        """A statement made for the purpose (a field, section, label, place line or JSON-LD), not prose."""
        return self.how != "prose"


@dataclass(frozen=True, kw_only=True)
class WorkMode(Fact):
    mode: str  # one of MODES
    text: str


_MODE_WORDS = (
    ("hybrid", re.compile(r"\bhybrid\b", re.I)),
    ("remote", re.compile(r"\b(?:remote(?:ly)?|telecommut\w*|work(?:ing)? from home|wfh|anywhere)\b", re.I)),
    ("onsite", re.compile(r"\b(?:on-?site|in[- ]office|in[- ]person|office-based)\b", re.I)),
)
# Work mode in prose: the phrase must be about the job ("fully remote", "a hybrid role"); "you can
# work remotely" is as often a perk of an office job.
_MODE_PROSE = (
    ("hybrid", re.compile(r"\bhybrid (?:role|position|job|work(?:ing)?|model|schedule|arrangement|setup)\b"
                          r"|\b(?:this|the) (?:role|position|job) is hybrid\b", re.I)),
    ("remote", re.compile(r"\b(?:fully|100%|completely|entirely) remote\b|\bremote[- ](?:first|only)\b"
                          r"|\bremote (?:role|position|job|opportunity)\b|\b(?:this|the) (?:role|position|job) is "
                          r"(?:fully )?remote\b", re.I)),
    ("onsite", re.compile(r"\b(?:on-?site|in[- ]office|in[- ]person) (?:role|position|job)\b|\b(?:this|the) "
                          r"(?:role|position|job) is (?:fully )?(?:on-?site|in[- ]office|in[- ]person)\b", re.I)),
)


def _meta_locations(doc: Document) -> list[LocationFact]:
    out = []
    for key in _LOCATION_KEYS:
        value = doc.meta.get(key)
        values = [value] if isinstance(value, str) else [str(v) for v in value if isinstance(v, (str, int, float))] \
            if isinstance(value, list) else []
        for text in values:
            if text.strip():
                out.append(LocationFact(text=text.strip(), how="field", span=meta_span(doc, key),
                                        origin="front-matter", field=key))
    return out


def _body_locations(doc: Document) -> list[LocationFact]:
    out = []
    for block in doc.blocks:
        if not block.text or block.origin == "front-matter":
            continue
        text = block.text
        lead = len(text) - len(text.lstrip())
        if not text.strip():
            continue
        if block.section is not None and block.section.kind == "location" and not block.is_heading:
            label = None if block.label else label_of(text)  # a run-in "Arbeitsort: Berlin"
            if label is not None:
                lead = text.index(":", len(label)) + 1
                lead += len(text[lead:]) - len(text[lead:].lstrip())
            if lead < len(text.rstrip()):
                out.append(LocationFact(text=text[lead:].strip(), how="section",
                                        **in_block(block, lead, len(text.rstrip()))))
        elif text.lstrip().startswith(_PLACE_LINE):
            end = text.find("\U0001f4b0")
            end = len(text.rstrip()) if end < 0 else len(text[:end].rstrip())
            out.append(LocationFact(text=text[lead:end].strip(), how="place-line", **in_block(block, lead, end)))
        else:
            label = _LOCATION_LABEL.match(text)
            if label and 0 < len(text.rstrip()) - label.end() <= 200:
                out.append(LocationFact(text=text[label.end():].strip(), how="label",
                                        **in_block(block, label.end(), len(text.rstrip()))))
    return out


def _address_text(place: object) -> str:
    address = first(place.get("address")) if isinstance(place, dict) else None
    if isinstance(address, str):
        return address.strip()
    if not isinstance(address, dict):
        return ""
    country = address.get("addressCountry")
    if isinstance(country, dict):
        country = country.get("name")
    parts = [address.get(k) for k in ("streetAddress", "addressLocality", "addressRegion", "postalCode")] + [country]
    return ", ".join(str(p).strip() for p in parts if isinstance(p, (str, int)) and str(p).strip())


def _structured(doc: Document) -> tuple[list[LocationFact], list[WorkMode]]:
    places, modes = [], []
    for posting, block in structured_postings(doc):
        locations = posting.get("jobLocation")
        for place in locations if isinstance(locations, list) else [locations]:
            text = _address_text(place)
            if text:
                places.append(LocationFact(text=text, how="json-ld", span=property_span(doc, block, "jobLocation"),
                                           origin="json-ld", field="jobLocation"))
        if str(posting.get("jobLocationType") or "").upper() == "TELECOMMUTE":
            modes.append(WorkMode(mode="remote", text="TELECOMMUTE", span=property_span(doc, block, "jobLocationType"),
                                  origin="json-ld", field="jobLocationType"))
    return places, modes


def _prose_locations(doc: Document) -> list[LocationFact]:
    out = []
    for block in prose(doc):
        for m in _BASED_IN.finditer(block.text):
            place = m.group("place").rstrip(",. ")
            start = m.start("place")
            out.append(LocationFact(text=place, how="prose", **in_block(block, start, start + len(place))))
    return out


def read(doc: Document) -> tuple[list[LocationFact], WorkMode | None]:
    """Location statements (fields, sections, labels, place lines, JSON-LD, then prose) and the
    work mode: from the location statements first, else from prose about the job."""
    statements = _meta_locations(doc) + _body_locations(doc)
    structured, structured_modes = _structured(doc)
    locations = statements + structured + _prose_locations(doc)
    for loc in statements + structured:
        for mode, regex in _MODE_WORDS:
            m = regex.search(loc.text)
            if m:
                span = loc.span
                if loc.block is not None:
                    at = loc.block.text.find(m.group(0))
                    if at >= 0:
                        span = loc.block.source_span(at, at + len(m.group(0)))
                elif loc.origin == "front-matter" and span is not None and span.end > span.start:
                    at = doc.source.find(m.group(0), span.start, span.end)
                    span = Span(at, at + len(m.group(0))) if at >= 0 else span
                return locations, WorkMode(mode=mode, text=m.group(0), span=span, origin=loc.origin, field=loc.field,
                                           block=loc.block)
    if structured_modes:
        return locations, structured_modes[0]
    for block in prose(doc):
        for mode, regex in _MODE_PROSE:
            m = regex.search(block.text)
            if m:
                return locations, WorkMode(mode=mode, text=m.group(0), **in_block(block, m.start(), m.end()))
    return locations, None
