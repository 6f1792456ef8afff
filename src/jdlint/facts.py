"""Facts about a whole posting that rules can depend on (``unless: [pay_figure]``)."""

from __future__ import annotations

import re
from typing import Callable

from .model import Document

# A currency amount: "$120,000", "£30k", "€ 55.000", "120,000 USD", "40,000 AMD".
MONEY = re.compile(
    r"(?:[$£€¥₹]|\b(?:USD|CAD|EUR|GBP|AUD|AMD|CHF|INR)\b)\s?\d[\d,. ]*\s?(?:k|K|m|M)?\b"
    r"|\b\d[\d,.]*\s?(?:k|K)?\s?(?:USD|CAD|EUR|GBP|AUD|AMD|CHF|INR|dollars|euros|pounds)\b"
)

FACTS: dict[str, Callable[[Document], bool]] = {}


def fact(name: str):
    def wrap(func: Callable[[Document], bool]) -> Callable[[Document], bool]:
        FACTS[name] = func
        return func

    return wrap


@fact("pay_figure")
def pay_figure(doc: Document) -> bool:
    """The posting states pay as an amount, in its text or in front-matter pay fields."""
    if any(s.kind == "pay" and s.origin == "front-matter" for s in doc.sections):
        return any(MONEY.search(b.text) or re.search(r"\d{2,}", b.text)
                   for s in doc.sections if s.kind == "pay" for b in s.blocks)
    return any(MONEY.search(b.text) for b in doc.blocks if b.is_prose or b.is_heading)


def holds(name: str, doc: Document) -> bool:
    cache = doc.__dict__.setdefault("_facts", {})
    if name not in cache:
        cache[name] = FACTS[name](doc)
    return cache[name]


def _prose(doc: Document):
    return (b for b in doc.blocks if b.is_prose or b.is_heading)


def _section_with_content(doc: Document, *kinds: str) -> bool:
    return any(s.kind in kinds and (s.word_count or s.origin == "front-matter") for s in doc.sections)


def _meta_has(doc: Document, *keys: str) -> bool:
    return any(str(doc.meta.get(k) or "").strip() for k in keys)


_EEO = re.compile(
    r"\bequal(?:-| )(?:employment )?opportunit|\b(?:regardless of|without regard to|irrespective of)\b[^.]{0,80}"
    r"\b(?:race|colou?r|religion|sex|gender|age|disability|national origin|sexual orientation)\b"
    r"|\b(?:do|does|will) not discriminate\b|\baffirmative action\b|\bEEO\b"
    r"|\bunder-?represented (?:groups?|communities|backgrounds|people)|\b(?:people|candidates|applicants) "
    r"(?:of|from) all backgrounds\b|\b(?:celebrate|value|embrace|welcome) (?:diversity|difference)"
    r"|\bdiverse (?:candidates|applicants|workforce)\b|\bdiversity,? equity,? (?:and )?inclusion\b",
    re.I,
)


@fact("eeo_statement")
def eeo_statement(doc: Document) -> bool:
    """An equal-opportunity statement: its own section, or a sentence anywhere."""
    return _section_with_content(doc, "equal-opportunity") or any(_EEO.search(b.text) for b in _prose(doc))


_ACCOMMODATION = re.compile(
    r"\b(?:reasonable )?accommodations?\b|\baccommodate\b|\badjustments? (?:to|for|during) (?:the|our|your)? ?"
    r"(?:interview|application|recruitment|hiring)|\breasonable adjustments?\b",
    re.I,
)


@fact("accommodation_statement")
def accommodation_statement(doc: Document) -> bool:
    """The posting offers accommodations ("with or without reasonable accommodation")."""
    return any(_ACCOMMODATION.search(b.text) for b in _prose(doc))


_WHERE = re.compile(r"\b(?:remote(?:ly)?|hybrid|on-?site|in-office|in office|work from home|wfh|anywhere in|relocat\w*|"
                    r"based in|located in|offices? in|locations? in|work distributed(?:ly)?|distributed team)\b", re.I)


# "in Denver, CO", "in Yerevan, Armenia": a place named with its state or country; or a
# "Location: ..." line.
_PLACE = re.compile(r"\b(?:in|at) [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?, (?:[A-Z]{2}\b|[A-Z][a-z]{3,})"
                    r"|^(?:job |work |position )?location\s*:\s*\S", re.I | re.M)


@fact("location_stated")
def location_stated(doc: Document) -> bool:
    """Where the work happens: a location section or field, remote/hybrid/on-site wording, or a
    place named with its state or country."""
    return _section_with_content(doc, "location") or _meta_has(doc, "location", "job_location") or \
        any(_WHERE.search(b.text) or _PLACE.search(b.text) for b in _prose(doc))


_APPLY = re.compile(r"\b(?:how to apply|to apply|apply (?:here|now|online|at|via|through|by|on|for)|click to apply|"
                    r"send (?:us )?(?:your )?(?:cv|resume|résumé|application|cover letter)|submit (?:your )?"
                    r"(?:cv|resume|résumé|application))\b", re.I)


@fact("application_path")
def application_path(doc: Document) -> bool:
    """How to apply: a section, an apply link field, or apply instructions in the text."""
    return _section_with_content(doc, "how-to-apply") or \
        _meta_has(doc, "apply_url", "application_link", "url_apply", "external_url", "applyUrl") or \
        any(_APPLY.search(b.text) for b in _prose(doc))


_CLOSE = re.compile(r"\b(?:application (?:deadline|closing date)|closing date|deadline|applications? close|"
                    r"apply by|open until|accepting applications until|posting (?:will )?close)", re.I)


@fact("close_date")
def close_date(doc: Document) -> bool:
    """An application close date in the text or in front matter (closes, deadline, validThrough)."""
    return _meta_has(doc, "closes", "deadline", "close_date", "closing_date", "validThrough") or \
        any(_CLOSE.search(b.text) for b in _prose(doc))


_BENEFIT_WORDS = re.compile(r"\b(?:health|dental|vision|medical) (?:insurance|care|coverage|benefits?|plan)|"
                            r"\b(?:401\s*\(?k\)?|pension|retirement plan|paid time off|pto|paid leave|vacation|"
                            r"parental leave|sick leave|life insurance|stock options?|equity)\b", re.I)


@fact("benefits_described")
def benefits_described(doc: Document) -> bool:
    """Benefits other than pay: a benefits section with content, or named benefits in the text."""
    return _section_with_content(doc, "benefits") or any(_BENEFIT_WORDS.search(b.text) for b in _prose(doc))


@fact("duties_described")
def duties_described(doc: Document) -> bool:
    """Duties listed somewhere, even under another heading ("An excellent candidate will be able
    to:" followed by "Manage the full hiring cycle"): three or more bullets that start with an
    action verb, outside benefits and company sections."""
    from .sections import default_vocabulary

    vocab = default_vocabulary()
    items = [b for s in doc.sections if s.canonical not in ("benefits", "about-company", "equal-opportunity")
             for b in s.blocks if b.kind == "list_item"]
    return sum(1 for b in items if vocab.item_kind(b.text) == "responsibilities") >= 3
