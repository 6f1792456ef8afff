"""``acronyms``: acronyms a posting uses without saying what they stand for.

An acronym is an all-capital token of 2-5 letters ("OKR", "PIF"). It counts as explained when
the posting defines it anywhere ("Presidential Innovation Fellows (PIF)", "PIF (Presidential
Innovation Fellows)"), when it is widely known (degrees, agencies, professional bodies, licences,
state codes and everyday acronyms in rules/data/common-acronyms.yaml, plus the rule's `known`
option), or when it is a name: a word of the title or of a name the posting gives its organisation
(facts.names: "LGC Group", `company: ACRA`, "About TIDAL"). Words in shouted runs ("ALL APPLICANTS
MUST") are not acronyms.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from .. import facts, yamlutil
from ..facts import names
from ..model import Document
from ..resources import rules_root
from .base import CheckKind, Context, Finding, register

_ACRONYM = re.compile(r"^[A-Z][A-Z&]{1,4}$")  # codes with digits (GS15, EC2) are not acronyms
# Capitalised English words used for emphasis ("ALL applicants", "NOTE:"), beyond spaCy's stop words.
_EMPHASIS = frozenset(
    """NOTE TERM BASIC OFFER FINAL FREE OPEN SAVE SUBMIT PROOF CIVIL TALENT SCHOOL LEVEL
SALARY NOTICE JOB FAIL MORE PLEASE ONLY MUST NEW NOW APPLY TODAY SOLID SUIT WORK TEAM REMOTE FULL TIME
PART DAYS HOURS YEARS ANY BOTH EACH EVERY ALL NONE NOT YES NO OK""".split()
)


@lru_cache(maxsize=1)
def common_acronyms() -> frozenset[str]:
    data = yamlutil.load_data((rules_root() / "data" / "common-acronyms.yaml").read_text(encoding="utf-8"))
    return frozenset(str(a).upper() for group in data.values() for a in group)


_LINKS = frozenset({"of", "and", "for", "the", "in", "on", "to", "&"})


def _defined(doc: Document, acronym: str) -> bool:
    """The posting spells it out: "(ABC)" after the long form, "ABC (Long Form)", or the long
    form's initials anywhere ("Account Development Representative" for ADR)."""
    text = doc.source
    if (
        f"({acronym})" in text
        or f"({acronym}s)" in text
        or re.search(rf"\b{re.escape(acronym)}\s*\((?:[A-Z][a-z]|the )", text) is not None
        or re.search(rf"\b{re.escape(acronym)}\s+(?:stands for|means|is short for)\b", text) is not None
    ):
        return True
    return _spelled_out(_words(doc), acronym.replace("&", "").lower())


def _words(doc: Document) -> list[str]:
    cache = doc.__dict__.setdefault("_acronym_words", [])
    if not cache:
        cache.extend(w.lower() for w in re.findall(r"[A-Za-z]+|&", doc.source))
    return cache


def _spelled_out(words: list[str], letters: str) -> bool:
    """Consecutive words whose initials spell ``letters`` ("office of personnel management")."""
    n = len(letters)
    for i, word in enumerate(words):
        if not word.startswith(letters[0]) or word in _LINKS:
            continue
        k, j = 1, i + 1
        while k < n and j < len(words) and j - i <= 2 * n:
            if words[j] in _LINKS:
                j += 1
                continue
            if not words[j].startswith(letters[k]):
                break
            k, j = k + 1, j + 1
        if k == n:
            return True
    return False


def _paired_name(block, tok) -> bool:
    """Half of a paired organisation name: "ACDI/VOCA"."""
    rest = block.text[tok.end : tok.end + 2]
    before = block.text[max(0, tok.start - 2) : tok.start]
    return rest.startswith("/") and rest[1:2].isupper() or before.endswith("/") and before[-2:-1].isupper()


def own_names(doc: Document) -> frozenset[str]:
    """Upper-case words of the posting's title and of the names it gives its organisation: a
    company written in capitals ("TEAM INTERVAL") or a word of the title is a name, not jargon."""
    found = facts.of(doc)
    title = found.title.text if found.title else ""
    return names.words(found.names) | frozenset(w.upper() for w in re.findall(r"[^\W\d_][\w&]*", title))


@register("acronyms")
class Acronyms(CheckKind):
    summary = "Reports acronyms the posting uses without defining them (widely known ones excepted)."
    # An internal acronym (a team, a programme, a grade) is used again and again; one used once
    # is usually an outside term (a certification, an industry word), so `min_uses` is 2.
    options = {"known": [], "min_length": 2, "min_uses": 2}
    skips_boilerplate = True

    def run(self, ctx: Context) -> Iterator[Finding]:
        known = common_acronyms() | {str(k).upper() for k in self.known} | own_names(ctx.doc)
        candidates = list(self._candidates(ctx, known))
        uses: dict[str, int] = {}
        for text, _, _ in candidates:
            uses[text] = uses.get(text, 0) + 1
        reported: set[str] = set()
        for text, block, tok in candidates:
            if text in reported or uses[text] < self.min_uses:
                continue
            reported.add(text)
            if _defined(ctx.doc, text):
                continue
            message = self.rule.render(match=text, uses=uses[text])
            yield ctx.finding(block.source_span(tok.start, tok.start + len(text)), message, block=block, match=text)

    def _candidates(self, ctx: Context, known: frozenset[str]):
        """(acronym, block, token) for every use, in document order."""
        for block in ctx.blocks():
            if not block.is_prose or not block.tokens:
                continue
            tokens = block.tokens
            for i, tok in enumerate(tokens):
                text = tok.text[:-1] if tok.text.endswith("s") and tok.text[:-1].isupper() else tok.text
                if tok.masked or not _ACRONYM.match(text) or sum(c.isalpha() for c in text) < self.min_length:
                    continue
                if (
                    text in known
                    or _shouted(tokens, i)
                    or _word(text)
                    or _citation(tokens, i)
                    or _paired_name(block, tok)
                    or ctx.skipped(block.source_span(tok.start, tok.end))
                ):
                    continue
                yield text, block, tok


def _word(text: str) -> bool:
    """An English word in capitals, not an acronym."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return text in _EMPHASIS or text.lower() in STOP_WORDS or _is_roman(text)


def _is_roman(text: str) -> bool:
    return re.fullmatch(r"[IVX]+", text) is not None


def _citation(tokens, i: int) -> bool:
    """A legal or standards citation ("5 CFR 330.6", "ISO 27001"): a number next to it, or a
    hashtag or code fragment ("#LI-Remote")."""
    before = tokens[i - 1].text if i > 0 else ""
    after = tokens[i + 1].text if i + 1 < len(tokens) else ""
    ticker = i >= 2 and before == ":" and tokens[i - 2].text in ("NYSE", "NASDAQ", "TSX", "LSE")
    return before.isdigit() or after[:1].isdigit() or before in ("#", "-") or after == "-" or ticker


def _shouted(tokens, i: int) -> bool:
    """Part of a run of capitalised words: emphasis ("PLEASE NOTE"), not an acronym."""

    def caps(j: int) -> bool:
        return 0 <= j < len(tokens) and tokens[j].is_word and tokens[j].text.isupper() and len(tokens[j].text) > 1

    return caps(i - 1) or caps(i + 1)
