"""What a posting asks of candidates: years of experience and education (degree level).

Years: "3+ years of experience", "5-7 years Accounting experience", "experience of at least two
years", "2+ years working as", and the same in German, French, Dutch, Portuguese and Spanish
("mindestens 3 Jahre Berufserfahrung", "3 ans d'expérience", "3 jaar ervaring", "3 anos de
experiência", "3 años de experiencia"). Age, study and time windows are not experience.

Education: the degree level asked for in the requirements (high school, vocational, associate,
bachelor, master, doctorate, or a degree of unnamed level), required or preferred.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import prefilter
from ..model import Block, Document, Span
from .base import Fact, in_block

# Numbers in words as postings write them ("three years of experience").
NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
}
NUMBER = r"(?:\d{1,2}|" + "|".join(NUMBER_WORDS) + r")"


def _years(group: str) -> str:
    """A number of years ("3+ years", "2-5 years'", "five years"), the lower bound in ``group``."""
    return (
        r"(?<![\w.$])(?P<"
        + group
        + ">"
        + NUMBER
        + r")(?:\s*\(\d{1,2}\))?\s*(?:\+|plus)?\s*(?:(?:-|–|—|to)\s*"
        + NUMBER
        + r"\s*\+?\s*)?(?:years?|yrs?)['’]?"
    )


_EXPERIENCE_YEARS = re.compile(
    _years("n") + r"(?:\s+or\s+more)?(?:(?:\s+of|\s+in|\s+with)?(?:\s+[\w/&,'’-]+){0,6}?\s+(?:experience|exp)\b"
    r"|\s+(?:working|as\s+an?\b))"
    r"|\bexperience\b[^.;:]{0,40}?\b(?:of\s+)?(?:at least|a minimum of|minimum(?: of)?|over|more than)\s+"
    + _years("n2"),
    re.I,
)
# The same in German, French, Dutch, Portuguese and Spanish: a number, the word for years, and the
# word for experience within a few words.
_EXPERIENCE_YEARS_OTHER = re.compile(
    r"(?<![\w.$])(?P<n>\d{1,2})\s*\+?\s*(?:(?:-|–|bis|à|a|tot)\s*\d{1,2}\s*)?"
    r"(?:jahre?n?|ans?|années|jaar|jaren|anos?|años?)\b(?:\s+[\w'’-]+){0,4}?\s*"
    r"(?:d['’]\s*)?(?:berufserfahrung|erfahrung|exp[ée]rience|werkervaring|ervaring|experi[êe]ncia|experiencia)"
    # the word for experience first, as job-board fields write it: "Expérience souhaitée : 2 ans",
    # "Berufserfahrung: mindestens 3 Jahre", "experiência mínima de 1 ano"
    r"|\b(?:berufserfahrung|erfahrung|exp[ée]rience|werkervaring|ervaring|experi[êe]ncia|experiencia)\b"
    r"(?:\s+(?:souhait[ée]e|exig[ée]e|requise|demand[ée]e|minimale?|m[íi]nima|requerida|exigida|vereist|gewenst))?"
    r"\s*:?\s*(?:(?:de|von|van|d['’]|mindestens|minimum|au moins|pelo menos|al menos|minimaal|mínimo|minimo)\s*)*"
    r"(?<![\w.$])(?P<n2>\d{1,2})\s*\+?\s*(?:jahre?n?|ans?|années|jaar|jaren|anos?|años?)\b",
    re.I,
)
# Not years of work: age, study, or a time window.
_NOT_WORK = re.compile(r"\b(?:old|of age|coursework|college|university|school|study|studies)\b", re.I)

_REQUIREMENT_KINDS = ("requirements", "nice-to-have", "eligibility")

LEVELS = ("high-school", "vocational", "associate", "bachelor", "master", "doctorate", "degree")
_LEVEL_WORDS = (
    ("doctorate", r"ph\.?\s?d\.?|doctorate|doctoral degree|doctorat|doutorado|doctorado|promotion(?= \(?dr)"),
    (
        "master",
        r"master(?:'|’)?s?(?: degree)?|m\.?sc\.?|m\.s\.|(?-i:MS|MA)(?= (?:in|degree)\b)|mba|graduate degree|"
        r"postgraduate|mestrado|máster|maestría",
    ),
    (
        "bachelor",
        r"bachelor(?:'|’)?s?(?: degree)?|b\.?sc\.?|b\.s\.|b\.a\.|(?-i:BS|BA)(?= (?:in|degree)\b)|"
        r"undergraduate degree|four[- ]year degree|4[- ]year degree|college degree|university degree|"
        r"licenciatura|gradua[çc][ãa]o|ensino superior|hochschulabschluss|studium|grado universitario",
    ),
    ("associate", r"associate(?:'|’)?s? degree"),
    (
        "vocational",
        r"apprenticeship|vocational|trade school|ausbildung|technical diploma|ensino t[ée]cnico|"
        r"formaci[óo]n profesional",
    ),
    (
        "high-school",
        r"high school|secondary school|(?-i:GED)|ensino m[ée]dio|abitur|baccalaur[ée]at|"
        r"bachillerato|havo|vwo",
    ),
    ("degree", r"degree(?!\s+of\b)|diploma|diplôme|diplom"),
)
_LEVEL = re.compile(
    "|".join(f"(?P<{name.replace('-', '_')}>(?<!\\w)(?:{words})(?!\\w))" for name, words in _LEVEL_WORDS), re.I
)
_PREFERRED = re.compile(
    r"\b(?:preferred|preferably|a plus|an asset|desirable|nice to have|ideally|bonus|"
    r"or equivalent|or related experience|or comparable)\b",
    re.I,
)


@dataclass(frozen=True, kw_only=True)
class ExperienceYears(Fact):
    span: Span  # read in the posting's text: never None
    years: int  # the lower bound asked for
    text: str
    section: str | None  # the kind of section it was read in


@dataclass(frozen=True, kw_only=True)
class Education(Fact):
    level: str  # one of LEVELS
    required: bool  # False under nice-to-have or with "preferred" / "or equivalent experience"
    text: str


def number(text: str) -> int:
    """The value of a number written in digits or words ("three")."""
    return int(text) if text.isdigit() else NUMBER_WORDS[text.lower()]


def _level(m: re.Match) -> str:
    return (m.lastgroup or "degree").replace("_", "-")


def _requirement_blocks(doc: Document) -> list[Block]:
    return [b for s in doc.checked_sections if s.kind in _REQUIREMENT_KINDS for b in s.blocks if b.is_prose and b.text]


def years(doc: Document) -> list[ExperienceYears]:
    """Years-of-experience statements in requirement sections, nice-to-haves and eligibility included."""
    out = []
    for block in _requirement_blocks(doc):
        for regex in (_EXPERIENCE_YEARS, _EXPERIENCE_YEARS_OTHER):
            for m in regex.finditer(block.text) if prefilter.of(regex).may_match(block.folded) else ():
                if _NOT_WORK.search(m.group(0)):
                    continue
                n = m.group("n") or (m.groupdict().get("n2"))
                assert n is not None  # each regex's alternatives capture the number as n or n2
                out.append(
                    ExperienceYears(
                        years=number(n),
                        text=m.group(0),
                        section=block.section.kind if block.section else None,
                        **in_block(block, m.start(), m.end()),
                    )
                )
    out.sort(key=lambda f: f.span.start if f.span else 0)
    return out


def education(doc: Document) -> list[Education]:
    """Degree levels asked for in requirement sections: the highest level named per block."""
    out = []
    for block in _requirement_blocks(doc):
        matches = list(_LEVEL.finditer(block.text)) if prefilter.of(_LEVEL).may_match(block.folded) else []
        if not matches:
            continue
        # "Bachelor's or Master's degree": the lowest level named is what is asked; "degree"
        # alone when no level is named.
        specific = [m for m in matches if m.lastgroup != "degree"]
        best = min(specific, key=lambda m: LEVELS.index(_level(m))) if specific else matches[0]
        level = _level(best)
        required = (
            block.section is not None and block.section.kind != "nice-to-have" and not _PREFERRED.search(block.text)
        )
        out.append(
            Education(level=level, required=required, text=best.group(0), **in_block(block, best.start(), best.end()))
        )
    return out
