"""``coded_wording``: gender-coded wording after Gaucher, Friesen & Kay (2011), per 1,000 words.

The paper measured coded words as a share of all words (LIWC), so a long posting is not
"more masculine" than a short one for having more words. One finding per posting, anchored at
the title, when masculine-coded words outnumber feminine-coded ones by more than ``threshold``
per 1,000 words. Unlike Gender Decoder, stems match whole words only ("stem" plus letters), a
hyphenated compound is one word ("data-driven" is not "driven"), headings, run-in labels and
boilerplate (equal-opportunity, privacy, legal notices: facts.boilerplate) are never read, names
(capitalised words inside a sentence) and listed exceptions ("responsibilities", "IT support")
never count, and a repeated sentence counts once.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from functools import cached_property
from typing import Any

from ..matching import Phrase, PhraseMatcher
from ..model import Block, Intervals, Span, Token
from .base import CheckKind, Context, Finding, register

_HYPHENS = frozenset({"-", "\u2010", "\u2011"})


def _stems(value: Any, key: str) -> re.Pattern[str]:
    """Compile a stem list to one pattern over whole lower-case words: listed words match
    exactly, ``stem*`` matches the stem followed by letters only."""
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip("*") for v in value):
        raise ValueError(f"{key!r} must be a list of words or stems ending in '*'")
    exact = sorted({re.escape(v.lower()) for v in value if not v.endswith("*")}, key=len, reverse=True)
    prefixes = sorted({re.escape(v[:-1].lower()) for v in value if v.endswith("*")}, key=len, reverse=True)
    parts = []
    if exact:
        parts.append(f"(?:{'|'.join(exact)})")
    if prefixes:
        parts.append(f"(?:{'|'.join(prefixes)})[^\\W\\d_]*")
    return re.compile("|".join(parts))


def _words(block: Block) -> Iterator[tuple[int, int, str, bool]]:
    """Words of a block as (start, end, lower-case text, is a name); tokens joined by hyphens
    with no space ("self-driving", "co-operate") form one word. Masked tokens (code, URLs) are
    skipped. A capitalised word inside a sentence ("The Athletic", "Active Directory", "the
    Leadership Summit") is taken for a name: it is a word count but never coded."""
    tokens: list[Token] = block.tokens
    i, n = 0, len(tokens)
    while i < n:
        tok = tokens[i]
        j = i
        while (
            j + 2 < n
            and tokens[j + 1].text in _HYPHENS
            and tokens[j + 1].start == tokens[j].end
            and tokens[j + 2].start == tokens[j + 1].end
            and tokens[j + 2].is_word
        ):
            j += 2
        if tok.is_word and not (tok.masked or (j > i and any(t.masked for t in tokens[i + 1 : j + 1]))):
            inside = i > 0 and (tokens[i - 1].is_word or tokens[i - 1].text in (",", "&"))
            name = inside and tok.text[:1].isupper()
            yield tok.start, tokens[j].end, block.text[tok.start : tokens[j].end].lower(), name
        i = j + 1


# A run-in label that opens a bullet ("**Leadership and Team Management:** Oversee a team") is a
# heading in all but layout, and headings never count.
_RUN_IN_LABEL = re.compile(r"^\s*([A-Z][\w&/'’-]*(?:\s+[\w&/'’-]+){0,5})\s*:\s")


def _repeated_sentences(block: Block, seen: set[str]) -> list[tuple[int, int]]:
    """Spans of sentences already read in an earlier block or sentence. Postings repeat text
    (a front-matter description copied into the body, a section pasted twice); the wording is
    the same, so it counts once."""
    spans = []
    for sentence in block.sentences or []:
        key = " ".join(block.text[sentence.start : sentence.end].lower().split())
        if len(key) < 20:  # "Apply now." may well be said twice
            continue
        if key in seen:
            spans.append((sentence.start, sentence.end))
        seen.add(key)
    return spans


@register("coded_wording")
class CodedWording(CheckKind):
    summary = "Reports a posting whose masculine-coded words outweigh feminine-coded ones per 1,000 words."
    # threshold: masculine minus feminine coded words per 1,000 words above which to report.
    # min_words: shorter postings are skipped (a handful of words makes the density noise).
    # min_matches: fewer masculine words than this are never reported (two words in a short
    # posting make a high density out of nothing). top: how many masculine words to list.
    skips_boilerplate = True
    options = {"masculine": [], "feminine": [], "threshold": 12.0, "min_words": 150, "min_matches": 3, "top": 8}

    @classmethod
    def validate(cls, rule) -> None:
        o = rule.options
        for key in ("masculine", "feminine"):
            if not o[key]:
                raise ValueError(f"a coded_wording rule needs a non-empty {key!r} list")
            _stems(o[key], key)
        for key in ("threshold", "min_words", "min_matches", "top"):
            value = o[key]
            if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
                raise ValueError(f"{key!r} must be a number >= 0")

    @cached_property
    def masculine_stems(self) -> re.Pattern[str]:
        return _stems(self.masculine, "masculine")

    @cached_property
    def feminine_stems(self) -> re.Pattern[str]:
        return _stems(self.feminine, "feminine")

    @cached_property
    def exception_matcher(self) -> PhraseMatcher | None:
        # Exceptions are exact words and phrases: "commits" is git, "committed" is not.
        phrases = [Phrase(e) for e in self.rule.exceptions]
        return PhraseMatcher(phrases, inflect=False) if phrases else None

    def counted_blocks(self, ctx: Context) -> list[Block]:
        """Prose of the sections in scope; never headings, the title or boilerplate (legal wording
        such as "qualified individuals" or "committed to" says nothing about the job's tone)."""
        return [b for s in ctx.sections() for b in ctx.prose_of(s) if b.tokens]

    def measure(self, ctx: Context, blocks: list[Block]) -> tuple[int, Counter[str], Counter[str]]:
        """(words, masculine word counts, feminine word counts) over the blocks."""
        total = 0
        masculine: Counter[str] = Counter()
        feminine: Counter[str] = Counter()
        seen: set[str] = set()
        for block in blocks:
            excepted = (
                Intervals((m.start, m.end) for m in self.exception_matcher.find(block))
                if self.exception_matcher
                else Intervals()
            )
            repeated = Intervals(_repeated_sentences(block, seen))
            label = _RUN_IN_LABEL.match(block.text)
            label_end = label.end(1) if label else 0
            may_skip = ctx.may_skip(block)
            for start, end, word, name in _words(block):
                if may_skip and ctx.skipped(block.source_span(start, end)):
                    continue
                if start < label_end or repeated.overlaps(start, start + 1):
                    continue
                total += 1
                if name or excepted.overlaps(start, end):
                    continue
                coded = self._coded(word)
                if coded == "masculine":
                    masculine[word] += 1
                elif coded == "feminine":
                    feminine[word] += 1
        return total, masculine, feminine

    @cached_property
    def _coding(self) -> dict[str, str | None]:
        return {}

    def _coded(self, word: str) -> str | None:
        """ "masculine", "feminine" or None: each stem list is a long alternation, and words
        repeat, so a word is looked up once per process."""
        known = self._coding
        if word in known:
            return known[word]
        if len(known) > 100_000:  # bounds a run over many long postings
            known.clear()
        coded = (
            "masculine"
            if self.masculine_stems.fullmatch(word)
            else "feminine"
            if self.feminine_stems.fullmatch(word)
            else None
        )
        known[word] = coded
        return coded

    def run(self, ctx: Context) -> Iterator[Finding]:
        blocks = self.counted_blocks(ctx)
        words, masculine, feminine = self.measure(ctx, blocks)
        if not words or words < self.min_words or sum(masculine.values()) < self.min_matches:
            return
        m_density = 1000 * sum(masculine.values()) / words
        f_density = 1000 * sum(feminine.values()) / words
        difference = m_density - f_density
        if difference <= self.threshold:
            return
        doc = ctx.doc
        anchor = doc.title.block if doc.title and doc.title.block else blocks[0]
        listed = ", ".join(f"{w} ({n})" if n > 1 else w for w, n in masculine.most_common(int(self.top)))
        message = self.rule.render(
            masculine=f"{m_density:.1f}",
            feminine=f"{f_density:.1f}",
            difference=f"{difference:.1f}",
            limit=f"{self.threshold:g}",
            words=words,
            masculine_words=listed,
            feminine_words=", ".join(w for w, _ in feminine.most_common(int(self.top))) or "none",
        )
        suggestion = self.rule.suggestion or ""
        span = anchor.source_span(0, len(anchor.text)) if anchor.text else Span(anchor.span.start, anchor.span.start)
        yield ctx.finding(span, message, block=anchor, suggestions=[suggestion] if suggestion else [])
