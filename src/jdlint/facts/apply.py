"""How to apply, and the posting's dates.

Ways to apply: a how-to-apply section, an apply link (a front-matter field, or a link whose text
says apply), an e-mail address in apply wording, and apply instructions in the text ("send your
CV to", "apply online"). Dates: the application deadline (front matter ``closes``/``deadline``,
schema.org ``validThrough``, or "Application deadline: 5 May 2025" in the text) and the date
posted (front matter ``date``/``opens``, schema.org ``datePosted``). A date is given as written
and, where it can be read without guessing, as an ISO date.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from typing import Any

from .. import prefilter
from ..model import Document, Span
from .base import Fact, in_block, meta_span, meta_value, property_span, prose, structured_postings

KINDS = ("section", "link", "email", "instructions")

_LINK_KEYS = ("apply_url", "application_link", "url_apply", "external_url", "applyUrl", "apply_link", "application_url")
_DEADLINE_KEYS = (
    "closes",
    "deadline",
    "close_date",
    "closing_date",
    "validThrough",
    "valid_through",
    "application_deadline",
)
_POSTED_KEYS = ("date_posted", "datePosted", "opens", "posted", "published", "date")

_APPLY = re.compile(
    r"\b(?:how to apply|to apply|apply (?:here|now|online|at|via|through|by|on|for)|click to apply|"
    r"send (?:us )?(?:your )?(?:cv|resume|résumé|application|cover letter)|submit (?:your )?"
    r"(?:cv|resume|résumé|application))\b",
    re.I,
)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_URL = re.compile(r"https?://[^\s)>\]\"']+")
_MD_LINK = re.compile(r"\[(?P<text>[^[\]]*\bappl(?:y|ication)\b[^[\]]*)\]\((?P<url>[^)\s]+)", re.I)
_HTML_LINK = re.compile(
    r"<a\b[^<>]*\bhref=[\"'](?P<url>[^\"']+)[\"'][^>]*>(?P<text>[^<]*\bappl(?:y|ication)\b[^<]*)<", re.I
)

_CLOSE = re.compile(
    r"\b(?:application (?:deadline|closing date)|closing date|deadline|applications? close|"
    r"apply by|open until|accepting applications until|posting (?:will )?close)",
    re.I,
)

_MONTHS = {
    m: i
    for i, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for m in names
}
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DATE = re.compile(
    r"(?P<iso>\b\d{4}-\d{2}-\d{2}\b)"
    rf"|\b(?P<mname>{_MONTH})\.?\s+(?P<mday>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<myear>\d{{4}})\b"
    rf"|\b(?P<dday>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<dname>{_MONTH})\.?,?\s+(?P<dyear>\d{{4}})\b",
    re.I,
)


@dataclass(frozen=True, kw_only=True)
class ApplyPath(Fact):
    kind: str  # one of KINDS
    value: str  # the URL, the address, the section heading or the instruction


@dataclass(frozen=True, kw_only=True)
class DateFact(Fact):
    text: str
    date: str | None  # ISO date when the text can be read as one


def parse_date(value: Any) -> str | None:
    """ISO date of "2025-05-05", "May 5, 2025", "5 May 2025", or a date or datetime value."""
    if isinstance(value, _dt.datetime):
        return value.date().isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    m = _DATE.search(str(value))
    if m is None:
        return None
    try:
        if m.group("iso"):
            return _dt.date.fromisoformat(m.group("iso")).isoformat()
        if m.group("mname"):
            return _dt.date(int(m.group("myear")), _MONTHS[m.group("mname").lower()], int(m.group("mday"))).isoformat()
        return _dt.date(int(m.group("dyear")), _MONTHS[m.group("dname").lower()], int(m.group("dday"))).isoformat()
    except ValueError:
        return None


def _meta_date(doc: Document, keys: tuple[str, ...]) -> DateFact | None:
    hit = meta_value(doc, *keys)
    if hit is None:
        return None
    key, value = hit
    text = value.isoformat() if isinstance(value, (_dt.date, _dt.datetime)) else str(value).strip()
    return DateFact(text=text, date=parse_date(value), span=meta_span(doc, key), origin="front-matter", field=key)


def _structured_date(doc: Document, name: str) -> DateFact | None:
    for posting, block in structured_postings(doc):
        value = posting.get(name)
        if isinstance(value, str) and value.strip():
            return DateFact(
                text=value.strip(),
                date=parse_date(value),
                span=property_span(doc, block, name),
                origin="json-ld",
                field=name,
            )
    return None


def deadline(doc: Document) -> DateFact | None:
    """The application deadline: front matter, JSON-LD ``validThrough``, then the text."""
    found = _meta_date(doc, _DEADLINE_KEYS) or _structured_date(doc, "validThrough")
    if found is not None:
        return found
    blocks = list(prose(doc))
    for i, block in enumerate(blocks):
        m = prefilter.search(_CLOSE, block.text, block.folded)
        if m is None:
            continue
        # The statement runs to the end of its sentence or line.
        rest = re.split(r"(?<=[.;!?])\s|\n", block.text[m.start() :], maxsplit=1)[0]
        date = _DATE.search(rest)
        if date is None and i + 1 < len(blocks) and (block.is_heading or block.implied_heading):
            # A label ("APPLICATION DEADLINE:") whose value is the next block.
            value = blocks[i + 1]
            date = _DATE.search(value.text)
            if date is not None:
                return DateFact(
                    text=date.group(0), date=parse_date(date.group(0)), **in_block(value, date.start(), date.end())
                )
        end = m.start() + (date.end() if date else len(rest.rstrip(" .;:")))
        text = block.text[m.start() : end]
        return DateFact(text=text, date=parse_date(date.group(0)) if date else None, **in_block(block, m.start(), end))
    return None


def date_posted(doc: Document) -> DateFact | None:
    return _meta_date(doc, _POSTED_KEYS) or _structured_date(doc, "datePosted")


# Front-matter fields that hold the address applications go to ("contact: {email: ...}").
_CONTACT_KEYS = (
    "contact",
    "contact_email",
    "email",
    "apply_email",
    "application_email",
    "recruiter_email",
    "hiring_email",
    "contacts",
)


def _contact_emails(value: Any, key: str) -> list[tuple[str, str]]:
    """(key that holds it, address) for every e-mail address in a front-matter value."""
    if isinstance(value, dict):
        return [hit for k, v in value.items() for hit in _contact_emails(v, str(k))]
    if isinstance(value, list):
        return [hit for v in value for hit in _contact_emails(v, key)]
    return [(key, m.group(0)) for m in _EMAIL.finditer(str(value))] if isinstance(value, str) else []


def paths(doc: Document) -> list[ApplyPath]:
    """Ways to apply, in document order of their kind: fields, sections, links, e-mails, instructions."""
    out: list[ApplyPath] = []
    hit = meta_value(doc, *_LINK_KEYS)
    if hit is not None:
        key, value = hit
        out.append(
            ApplyPath(kind="link", value=str(value).strip(), span=meta_span(doc, key), origin="front-matter", field=key)
        )
    for key in _CONTACT_KEYS:
        for field, address in _contact_emails(doc.meta.get(key), key):
            span = meta_span(doc, field)
            out.append(
                ApplyPath(
                    kind="email",
                    value=address,
                    span=span if span.end > span.start else meta_span(doc, key),
                    origin="front-matter",
                    field=key,
                )
            )
    for section in doc.sections_of("how-to-apply"):
        if section.word_count or section.origin == "front-matter":
            heading = section.heading_text or ""
            out.append(
                ApplyPath(
                    kind="section",
                    value=heading,
                    span=section.span,
                    origin=section.origin,
                    field=section.blocks[0].field if section.origin == "front-matter" and section.blocks else None,
                )
            )
    for regex in (_MD_LINK, _HTML_LINK):
        for m in regex.finditer(doc.source):
            out.append(ApplyPath(kind="link", value=m.group("url"), span=Span(m.start("url"), m.end("url"))))
    for block in prose(doc):
        apply_text = _APPLY.search(block.text)
        in_section = block.section is not None and block.section.kind == "how-to-apply"
        if apply_text or in_section:
            for m in _EMAIL.finditer(block.text):
                out.append(ApplyPath(kind="email", value=m.group(0), **in_block(block, m.start(), m.end())))
        if apply_text:
            out.append(
                ApplyPath(
                    kind="instructions",
                    value=apply_text.group(0),
                    **in_block(block, apply_text.start(), apply_text.end()),
                )
            )
        elif in_section:
            for m in _URL.finditer(block.text):
                out.append(ApplyPath(kind="link", value=m.group(0), **in_block(block, m.start(), m.end())))
    return out
