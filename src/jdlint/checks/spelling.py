"""``spelling``: a word that is one slip away from a common word ("varity", "untersützen").

A general spell checker cries wolf on job postings: product names, tools, jargon, British
spellings and words of a second language are all "unknown". This check reports only what is
almost certainly a slip of the keyboard:

- a lower-case word of at least ``min_length`` letters, outside code, links and addresses,
  used once in the posting (a word repeated on purpose is vocabulary, not a typo);
- unknown to the dictionary of the posting's language, to the English one (loanwords such as
  "backend" in a German posting) and to that of a second copy of the posting in another language;
  for English, British spellings ("organisation", "programme", "analyse") and inflections of
  known words ("learnings") count as known;
- and one letter left out of ("varity" for "variety"; not at the end), two letters swapped
  in, or, in English, an inner vowel changed in ("madical") a word the dictionary knows as
  common (at least ``min_frequency`` of running text). Words that are one letter *more* than a known word
  ("backend", "refactor", "funder") are left alone: that is how jargon is made.

The dictionaries are the word-frequency lists of pyspellchecker (MIT), loaded on first use.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache

from .base import CheckKind, Context, Finding, register

# The languages pyspellchecker ships a dictionary for that jdlint reads. The rule itself runs for
# those whose lists hold their inflected forms well enough (rules/clarity.yaml, JD416): in the
# Romance languages a verb form or a plural missing from the list is too often one letter away
# from a listed word.
DICTIONARIES = ("en", "de", "fr", "es", "pt", "nl", "it")
# A lower-case word (letters only, accents included) not glued to a path, an address or a handle.
_WORD = re.compile(r"(?<![\w'’@./#\\-])([a-zà-öø-ÿß]+)(?![\w'’@/#\\-]|\.\w)")
_LETTERS = "abcdefghijklmnopqrstuvwxyzàâäçéèêëîïôöùûüßñãõáíóú"
_VOWELS = "aeiou"
# British spellings of words the (American) English dictionary lists: (British, American) endings.
_BRITISH = (
    ("our", "or"),
    ("isation", "ization"),
    ("isations", "izations"),
    ("ise", "ize"),
    ("ised", "ized"),
    ("ises", "izes"),
    ("ising", "izing"),
    ("yse", "yze"),
    ("ysed", "yzed"),
    ("ysing", "yzing"),
    ("tre", "ter"),
    ("tres", "ters"),
    ("ence", "ense"),
    ("lled", "led"),
    ("lling", "ling"),
    ("ogue", "og"),
    ("mme", "m"),
    ("mmes", "ms"),
)
_ENDINGS = ("s", "es", "ed", "d", "ing", "er", "ers")


class Dictionary:
    """A word list with frequencies: membership and the share of running text a word makes up."""

    def __init__(self, counts: dict[str, int]) -> None:
        self.counts = counts
        self.total = sum(counts.values()) or 1

    def __contains__(self, word: object) -> bool:
        return word in self.counts

    def frequency(self, word: str) -> float:
        return self.counts.get(word, 0) / self.total


@lru_cache(maxsize=len(DICTIONARIES))
def dictionary(code: str) -> Dictionary:
    """pyspellchecker's word-frequency list for ``code``, read straight from the package data on
    first use (about 0.1 s; building pyspellchecker's own checker takes five times as long)."""
    import gzip
    import json
    from importlib.resources import files

    data = (files("spellchecker") / "resources" / f"{code}.json.gz").read_bytes()
    return Dictionary(json.loads(gzip.decompress(data)))


def _british(word: str, known: Dictionary) -> bool:
    return any(word.endswith(gb) and word[: -len(gb)] + us in known for gb, us in _BRITISH)


def _inflected(word: str, known: Dictionary) -> bool:
    return any(word.endswith(e) and len(word) - len(e) >= 3 and word[: -len(e)] in known for e in _ENDINGS)


def corrections(word: str, language: str, min_frequency: float = 0.0) -> list[str]:
    """Known words that ``word`` is a slip of, the likeliest first: one letter left out or two
    letters swapped, else (in English) an inner vowel changed. A slip of the keyboard comes first,
    even a rarer word: "nuture" is "nurture" with a letter left out before it is "nature"."""
    known = dictionary(language)
    # Not a letter added at the end: a word one letter short of a known one there is an
    # inflection the word list lacks ("gestiona" for "gestionar"), far more often than a typo.
    slips = {word[:i] + c + word[i:] for i in range(len(word)) for c in _LETTERS}
    slips |= {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1)}
    slips.discard(word)
    ranked = sorted((w for w in slips if w in known), key=known.frequency, reverse=True)
    common = [w for w in ranked if known.frequency(w) >= min_frequency]
    if common or language != "en":
        return common[:1]
    vowels = {
        word[:i] + v + word[i + 1 :]
        for i, ch in enumerate(word[:-1])
        if i and ch in _VOWELS
        for v in _VOWELS
        if v != ch
    }
    best = max(
        (w for w in vowels if w in known and known.frequency(w) >= min_frequency), key=known.frequency, default=None
    )
    if best is None:
        return []
    rare = [w for w in ranked if known.frequency(w) >= min_frequency / _RARE_SLIP]
    return rare[:1] + [best]


_RARE_SLIP = 10  # a keyboard slip to a word this many times rarer than usual is still named


@register("spelling")
class Spelling(CheckKind):
    summary = "Reports a word that is one slip away from a common word (a letter left out, two swapped)."
    # `known`: words never reported (a team's own vocabulary). `min_frequency`: how common the
    # intended word must be (share of running text in the dictionary's source).
    options = {"known": [], "min_length": 6, "min_frequency": 2e-6}
    skips_boilerplate = False

    def run(self, ctx: Context) -> Iterator[Finding]:
        language = ctx.doc.language
        code = language.gating_code if language is not None else "en"
        if code not in DICTIONARIES:
            return
        blocks = [b for b in ctx.blocks() if b.text and (b.is_prose or b.is_heading)]
        counts = Counter(w.lower() for b in ctx.doc.blocks for w in re.findall(r"[^\W\d_]+", b.text or ""))
        own = {str(k).lower() for k in self.known}
        known = dictionary(code)
        second = language.second if language is not None else None
        others = [c for c in dict.fromkeys(("en", second or "")) if c in DICTIONARIES and c != code]
        for block in blocks:
            masked = block.masked
            for m in _WORD.finditer(block.text):
                word = m.group(1)
                if (
                    len(word) < self.min_length
                    or counts[word] > 1
                    or word in own
                    or word in known
                    or masked.overlaps(m.start(), m.end())
                    or (code == "en" and (_british(word, known) or _inflected(word, known)))
                    or any(word in dictionary(o) for o in others)
                ):
                    continue
                candidates = corrections(word, code, self.min_frequency)
                if not candidates:
                    continue
                yield ctx.finding(
                    block.source_span(m.start(), m.end()),
                    self.rule.render(match=word, suggestion=" or ".join(f"'{w}'" for w in candidates)),
                    block=block,
                    suggestions=candidates,
                    match=word,
                )
