"""Phrase matching on spaCy tokens: case-insensitive, across inflections, never in masked text.

Phrases are tokenized with the same spaCy tokenizer as the posting, so "C++", "CI/CD" or
"scikit-learn" split the same way on both sides. Hyphens are optional between words
("fast-paced" matches "fast paced"), and the last word of a phrase matches its inflections
("rockstar" matches "rockstars", "own" matches "owning").
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from .model import Block

_HYPHENS = frozenset({"-", "\u2010", "\u2011", "\u2013"})
_VOWELS = "aeiou"


def inflections(word: str) -> set[str]:
    """The word plus its regular plural and verb forms (over-generation is harmless here)."""
    forms = {word}
    if not word.isalpha() or len(word) < 3:
        return forms
    if word.endswith(("s", "x", "z", "ch", "sh")):
        forms.add(word + "es")
    else:
        forms.add(word + "s")
    if word.endswith("y") and word[-2] not in _VOWELS:
        forms.update((word[:-1] + "ies", word[:-1] + "ied"))
    if word.endswith("e"):
        forms.update((word + "d", word[:-1] + "ing"))
    else:
        forms.update((word + "ed", word + "ing"))
        if len(word) <= 4 and word[-1] not in _VOWELS + "wxy" and word[-2] in _VOWELS and word[-3] not in _VOWELS:
            forms.update((word + word[-1] + "ed", word + word[-1] + "ing"))  # plan -> planning
    return forms


@dataclass(frozen=True)
class Phrase:
    text: str
    payload: Any = None
    case_sensitive: bool = False


@dataclass(frozen=True)
class _Compiled:
    phrase: Phrase
    words: tuple[frozenset[str], ...]


@dataclass(frozen=True)
class Match:
    block: Block
    start: int  # offsets into block.text
    end: int
    phrase: Phrase

    @property
    def text(self) -> str:
        return self.block.text[self.start : self.end]


class PhraseMatcher:
    def __init__(self, phrases: Iterable[Phrase], *, inflect: bool = True) -> None:
        from .nlp import pipeline

        tokenizer = pipeline().tokenizer
        self._index: dict[str, list[_Compiled]] = {}
        self._index_cs: dict[str, list[_Compiled]] = {}
        for phrase in phrases:
            words = [t.text for t in tokenizer(phrase.text) if t.text not in _HYPHENS and not t.is_space]
            if not words:
                continue
            if not phrase.case_sensitive:
                words = [w.lower() for w in words]
            # Abbreviations match with or without their final period ("B.S" and "B.S.").
            forms = [frozenset({w, w + ".", w.rstrip(".")} if "." in w.rstrip(".") else {w}) for w in words]
            if inflect and not phrase.case_sensitive:
                forms[-1] = frozenset(inflections(words[-1]))
            compiled = _Compiled(phrase, tuple(forms))
            index = self._index_cs if phrase.case_sensitive else self._index
            for first in forms[0]:
                index.setdefault(first, []).append(compiled)

    @cached_property
    def _keys(self) -> frozenset[str]:
        return frozenset(self._index) | frozenset(self._index_cs)

    def __bool__(self) -> bool:
        return bool(self._index or self._index_cs)

    def find(self, block: Block, *, include_masked: bool = False) -> Iterator[Match]:
        """Longest non-overlapping matches in ``block``, left to right."""
        if self._keys.isdisjoint(block.token_keys):
            return  # no phrase can start in this block
        tokens = block.tokens
        # Only tokens a phrase starts with can start a match: visit those, left to right.
        starts: set[int] = set()
        if self._index:
            by_lower = block.tokens_by_lower
            for key in self._index.keys() & by_lower.keys():
                starts.update(by_lower[key])
        if self._index_cs:
            by_text = block.tokens_by_text
            for key in self._index_cs.keys() & by_text.keys():
                starts.update(by_text[key])
        i = 0  # tokens before i are inside a match already found
        for at in sorted(starts):
            if at < i:
                continue
            tok = tokens[at]
            best: tuple[int, _Compiled] | None = None
            if include_masked or not tok.masked:
                for compiled in self._index.get(tok.lower, []) + self._index_cs.get(tok.text, []):
                    end = self._match_at(tokens, at, compiled, include_masked)
                    if end is not None and (best is None or end > best[0]):
                        best = (end, compiled)
            if best is not None:
                end, compiled = best
                yield Match(block, tok.start, tokens[end - 1].end, compiled.phrase)
                i = end

    @staticmethod
    def _match_at(tokens, i: int, compiled: _Compiled, include_masked: bool) -> int | None:
        cs = compiled.phrase.case_sensitive
        j = i
        for k, forms in enumerate(compiled.words):
            if k:
                while j < len(tokens) and tokens[j].text in _HYPHENS:
                    j += 1
            if j >= len(tokens):
                return None
            tok = tokens[j]
            if (tok.masked and not include_masked) or (tok.text if cs else tok.lower) not in forms:
                return None
            j += 1
        return j
