"""Employment type (full-time, part-time, contract, temporary, internship) and hours per week.

Read from front-matter fields (``employment_type``, ``job_type``, ``hours``...), schema.org
``employmentType``, and the posting's text in English, German, French, Dutch, Portuguese and
Spanish. A type word must be about the job: "full-time employees" or "government contracts" are
not an employment type.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import prefilter
from ..model import Document
from .base import Fact, in_block, meta_span, meta_value, property_span, prose, structured_postings

TYPES = ("full-time", "part-time", "contract", "temporary", "internship")

_TYPE_WORDS = (
    (
        "full-time",
        r"full[- ]?time|vollzeit|temps plein|temps complet|voltijd|fulltime|tempo integral|"
        r"jornada completa|tiempo completo|(?-i:CDI)",
    ),
    (
        "part-time",
        r"part[- ]?time|teilzeit|temps partiel|deeltijd|parttime|meio per[ií]odo|tempo parcial|"
        r"media jornada|medio tiempo|tiempo parcial",
    ),
    (
        "contract",
        r"contract(?:or)?(?=[ -](?:role|position|job|basis|work|assignment|to[- ]hire|opportunity))|"
        r"fixed[- ]term|freelance|independent contractor|(?:on|as) a contract|befristet|(?-i:CDD)|"
        r"contrat à durée déterminée|tijdelijk contract|contrato temporal",
    ),
    (
        "temporary",
        r"temporary(?=[ -](?:role|position|job|assignment|contract|employment|work))|seasonal|"
        r"temp(?= (?:role|position|job))|tempor[aá]ri[oa]",
    ),
    (
        "internship",
        r"internship|intern(?=\b)|praktikum|stage(?= (?:de|d'))|stagiaire|est[aá]gio|pasant[ií]a|"
        r"pr[aá]cticas|werkstudent",
    ),
)
_TYPE = re.compile("|".join(f"(?P<{t.replace('-', '_')}>\\b(?:{words})\\b)" for t, words in _TYPE_WORDS), re.I)
# The word qualifies people or numbers, not the job: "50 full-time employees", "full-time equivalent".
_NOT_THE_JOB = re.compile(
    r"^[\s-]*(?:employees|staff|team\s*mates|team members|members|hires|workers|"
    r"equivalents?|FTEs?|students?|"
    r"engineers|developers|people|colleagues|positions? (?:across|in our))\b",
    re.I,
)
_STRUCTURED = {
    "FULL_TIME": "full-time",
    "PART_TIME": "part-time",
    "CONTRACTOR": "contract",
    "TEMPORARY": "temporary",
    "INTERN": "internship",
}
_TYPE_KEYS = ("employment_type", "employmentType", "job_type", "type_of_employment", "contract_type", "schedule")
_HOURS_KEYS = ("hours", "hours_per_week", "weekly_hours")

_HOURS = re.compile(
    r"(?<![\d.,])(?P<lo>\d{1,2}(?:[.,]\d{1,2})?)(?:\s*(?:-|–|to|a|bis|à|tot)\s*(?P<hi>\d{1,2}(?:[.,]\d{1,2})?))?\s*"
    r"(?:hours?|hrs?|h|stunden|std\.?|heures|uur|horas)\s*"
    r"(?:(?:per|a|an|each|/|pro|par|por|in der|in de|a la|na)\s*(?:week|wk|woche|semaine|semana)|weekly|"
    r"semanais|semanales|hebdomadaires|w[öo]chentlich|wekelijks)\b",
    re.I,
)


@dataclass(frozen=True, kw_only=True)
class EmploymentType(Fact):
    type: str  # one of TYPES
    text: str


@dataclass(frozen=True, kw_only=True)
class Hours(Fact):
    """Hours per week: one number, or a range."""

    low: float
    high: float
    text: str


# In prose the word must be about the job: "a full-time role", "This position is temporary",
# "Employment type: Full time"; not "(if part time)" in resume instructions or "part-time remote
# working" among the perks.
_JOB_AFTER = re.compile(
    r"^[\s,-]*(?:(?!and\b|or\b|with\b)[\w-]+\s+)?"
    r"(?:role|position|job|post|opportunity|contract|employment|"
    r"basis|assignment|appointment|vacancy|internship|hire|schedule|permanent|stelle|poste|"
    r"baan|vaga|puesto)\b",
    re.I,
)
_JOB_BEFORE = re.compile(
    r"\b(?:is|are|be|will be|this is)\s+(?:an?\s+|the\s+)?(?:\w+\s+)?$|^\W*$"
    r"|\b(?:hiring|seeking|looking for|recruiting|recruit|need|for|offer|offering)"
    r"\s+(?:an?|one|two|\d+)\s+$",
    re.I,
)
_LABEL = re.compile(
    r"^\W*(?:employment|job|position|contract|work|appointment)?\s*(?:type|schedule|status|hours|"
    r"contract)\s*:|^\W*(?:type de contrat|contrat|arbeitszeit|anstellungsart|besch[äa]ftigungsart|"
    r"dienstverband|tipo de contrato|jornada|regime)\s*:",
    re.I,
)


# Words that name a kind of employment whatever surrounds them.
_ALWAYS_THE_JOB = re.compile(
    r"(?-i:CDI|CDD)|internship|praktikum|werkstudent|est[aá]gio|pasant[ií]a|pr[aá]cticas|"
    r"fixed[- ]term|befristet|vollzeit|teilzeit|temps (?:plein|partiel|complet)|voltijd|"
    r"deeltijd|contrat à durée déterminée|tijdelijk contract|contrato temporal",
    re.I,
)


def _types_in(text: str, *, loose: bool = False) -> list[tuple[str, re.Match]]:
    """Employment types named in ``text``; ``loose`` for a field or title, where any mention counts."""
    out = []
    label = _LABEL.match(text)
    short = len(text.split()) <= 6
    for m in _TYPE.finditer(text):
        if _NOT_THE_JOB.match(text[m.end() : m.end() + 30]):
            continue
        about_job = (
            loose
            or short
            or bool(_ALWAYS_THE_JOB.fullmatch(m.group(0)))
            or (label is not None and m.start() >= label.end())
            or bool(_JOB_AFTER.match(text[m.end() : m.end() + 40]))
            or bool(_JOB_BEFORE.search(text[max(0, m.start() - 30) : m.start()]))
        )
        if about_job:
            # Every alternative of _TYPE is a named group, so a match always has a lastgroup.
            out.append((m.lastgroup.replace("_", "-"), m))  # type: ignore[union-attr]
    return out


def _number(text: str) -> float:
    return float(text.replace(",", "."))


def read(doc: Document) -> tuple[list[EmploymentType], Hours | None]:
    """Employment types (one per type, the first statement of each) and hours per week."""
    found: dict[str, EmploymentType] = {}
    hit = meta_value(doc, *_TYPE_KEYS)
    if hit is not None:
        key, value = hit
        for text in value if isinstance(value, list) else [value]:
            for kind, m in _types_in(str(text).replace("_", "-"), loose=True):
                found.setdefault(
                    kind,
                    EmploymentType(
                        type=kind, text=m.group(0), span=meta_span(doc, key), origin="front-matter", field=key
                    ),
                )
    for posting, script in structured_postings(doc):
        value = posting.get("employmentType")
        for item in value if isinstance(value, list) else [value]:
            listed = _STRUCTURED.get(str(item or "").upper())
            if listed:
                found.setdefault(
                    listed,
                    EmploymentType(
                        type=listed,
                        text=str(item),
                        span=property_span(doc, script, "employmentType"),
                        origin="json-ld",
                        field="employmentType",
                    ),
                )
    hours: Hours | None = None
    hit = meta_value(doc, *_HOURS_KEYS)
    if hit is not None:
        key, value = hit
        stated = _HOURS.search(str(value)) or re.fullmatch(
            r"\s*(?P<lo>\d{1,2}(?:[.,]\d)?)(?:\s*-\s*(?P<hi>\d{1,2}))?\s*", str(value)
        )
        if stated:
            lo = _number(stated.group("lo"))
            hours = Hours(
                low=lo,
                high=_number(stated.group("hi")) if stated.group("hi") else lo,
                text=str(value).strip(),
                span=meta_span(doc, key),
                origin="front-matter",
                field=key,
            )
    title = doc.title.block if doc.title and doc.title.block is not None else None
    blocks = ([title] if title is not None and title not in doc.blocks else []) + list(prose(doc))
    types = prefilter.of(_TYPE)
    for block in blocks:
        for kind, m in _types_in(block.text, loose=block is title) if types.may_match(block.folded) else ():
            found.setdefault(kind, EmploymentType(type=kind, text=m.group(0), **in_block(block, m.start(), m.end())))
        if hours is None:
            said = prefilter.search(_HOURS, block.text, block.folded)
            if said:
                lo = _number(said.group("lo"))
                hi = _number(said.group("hi")) if said.group("hi") else lo
                if 0 < lo <= hi <= 80:
                    hours = Hours(low=lo, high=hi, text=said.group(0), **in_block(block, said.start(), said.end()))
    return list(found.values()), hours
