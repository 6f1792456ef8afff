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
