"""Names: what the posting calls its organisation and its parts. The employer and organisation
fields of the front matter (``company:``, ``org:``, ``team:``...) and JSON-LD, names written with a
company word ("ACRA Credit Bureau", "LGC Group", "KMS Technology"), the subject of an "About X" or
"Working at X" heading, and an acronym that opens a sentence saying what it is ("DESY is one of the
world's leading research centres"). A word of a name is a name wherever the posting uses it, so "LGC"
in "LGC is a leading life science tools company" is not an unexplained acronym."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Document
from .base import Fact, first, in_block, meta_span, property_span, prose, structured_postings

EMPLOYER_KEYS = (
    "company",
    "company_name",
    "employer",
    "organization",
    "organisation",
    "org",
    "hiring_organization",
    "hiringOrganization",
)
# Front-matter fields that name a part of the organisation rather than the employer.
_UNIT_KEYS = ("team", "department", "agency", "office", "division", "business_unit", "brand", "product")

_COMPANY_WORDS = (
    "Inc|Ltd|LLC|LLP|PLC|GmbH|AG|SA|SAS|BV|NV|Group|Corp|Corporation|Company|Co|Holdings|Technology|"
    "Technologies|Systems|Solutions|Software|Labs|International|Bank|Bureau|Foundation|Institute|"
    "Partners|Consulting|Capital|Media|Electronics|Association|Society|Council|Agency|University|"
    "College|School|Hospital|Clinic|Centre|Center|Trust|Coop|Co-op|Cooperative|Co-operative|Collective|Union"
)
# One to four capitalised words (or "&") ending in a company word: the words before it are a name.
_NAMED_ORGANISATION = re.compile(rf"(?<![\w&-])((?:[A-Z][\w&.'’-]*\s+){{1,4}}?)(?:{_COMPANY_WORDS})\b\.?")
# An organisation that opens a sentence and says what kind of body it is ("DESY, with its 2700
# employees, is one of the world's leading research centres") introduces its own name: the sentence
# explains the acronym. "ISRG is an Equal Opportunity Employer" says nothing of what ISRG is.
_INTRODUCED = re.compile(
    r"(?:^|(?<=[.!?]\s))(?P<name>[A-Z][A-Z0-9&]{1,9})(?:,[^.;]{1,80},)?\s+(?:is|are)\s+(?:a|an|one of|the)\s"
    r"[^.;]{0,60}?\b(?i:cent(?:re|er)|institute|organi[sz]ation|company|university|laborator(?:y|ies)|lab|"
    r"foundation|non-?profit|charity|agency|association|society|network|consortium|firm|body|provider|"
    r"hospital|school|college|council|authority|ministry|bank|cooperative|collaboration|facility|observatory)s?\b"
)
_ABOUT_HEADING = re.compile(
    r"^\s*(?:about|working at|life at|why join|why work at|join)\s+(?:us\s+(?:at\s+)?)?"
    r"(?:the\s+)?(.{2,60}?)\s*[:!?.]?\s*$",
    re.I,
)


@dataclass(frozen=True, kw_only=True)
class Name(Fact):
    text: str
    how: str  # employer, field, company-word, introduced or heading


def read(doc: Document) -> list[Name]:
    """Every name the posting gives itself, in the order found (front matter, JSON-LD, body)."""
    names: list[Name] = []
    for key in EMPLOYER_KEYS + _UNIT_KEYS:
        value = doc.meta.get(key)
        if isinstance(value, (str, int)) and str(value).strip():
            names.append(
                Name(
                    text=str(value).strip(),
                    how="employer" if key in EMPLOYER_KEYS else "field",
                    span=meta_span(doc, key),
                    origin="front-matter",
                    field=key,
                )
            )
    for posting, script in structured_postings(doc):
        org = first(posting.get("hiringOrganization"))
        name = org.get("name") if isinstance(org, dict) else org
        if isinstance(name, str) and name.strip():
            names.append(
                Name(
                    text=name.strip(),
                    how="employer",
                    span=property_span(doc, script, "hiringOrganization"),
                    origin="json-ld",
                    field="hiringOrganization",
                )
            )
    for block in prose(doc):
        if block.is_heading or block.implied_heading:
            m = _ABOUT_HEADING.match(block.text)
            if m and not m.group(1).lower().startswith(("you", "the role", "the job", "the team", "the position")):
                names.append(Name(**in_block(block, m.start(1), m.end(1), text=m.group(1), how="heading")))
        for m in _INTRODUCED.finditer(block.text):
            name = m.group("name")
            names.append(Name(**in_block(block, m.start("name"), m.end("name"), text=name, how="introduced")))
        for m in _NAMED_ORGANISATION.finditer(block.text):
            names.append(Name(**in_block(block, m.start(1), m.end(0), text=m.group(0).strip(), how="company-word")))
    return names


def words(names: list[Name]) -> frozenset[str]:
    """The upper-case words of the names ("ACRA", "CREDIT", "BUREAU")."""
    return frozenset(w.upper() for n in names for w in re.findall(r"[^\W\d_][\w&]*", n.text))
