"""The document model every check reads.

A posting is parsed once into blocks (headings, paragraphs, list items, table cells, front-matter
fields) grouped into sections. Each block carries its markup-free text plus, for every character
of that text, the offset of the character in the original source. Tokens and sentences are
offsets into the block text. Line and column are computed in one place: ``Document.locate``.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from dataclasses import field as _field
from functools import cached_property
from typing import TYPE_CHECKING, Any

from .prefilter import fold

if TYPE_CHECKING:  # pragma: no cover
    from .facts import Facts
    from .facts.language import Language

# Section kinds. The five canonical sections plus named parts; a part belongs to a canonical
# section (nice-to-have is part of requirements, pay is part of benefits).
CANONICAL_SECTIONS = ("summary", "responsibilities", "requirements", "benefits")
SECTION_PARENT = {
    "nice-to-have": "requirements",
    "eligibility": "requirements",
    "pay": "benefits",
}
SECTION_KINDS = CANONICAL_SECTIONS + (
    "nice-to-have",
    "eligibility",
    "pay",
    "about-company",
    "location",
    "how-to-apply",
    "equal-opportunity",
    "other",
)


def canonical_kind(kind: str) -> str:
    """The canonical section a kind counts toward (``pay`` counts as ``benefits``)."""
    return SECTION_PARENT.get(kind, kind)


LINE_BREAK = re.compile(r"\r\n?|\n")  # CRLF, LF or a lone CR


def line_starts(text: str, *, lone_cr: bool = True) -> list[int]:
    """Offset of the first character of every line (line 1 at index 0).

    CRLF, LF and a lone CR each end a line, as in editors and markdown-it; ``lone_cr=False``
    counts LF only, as ``html.parser``'s positions do."""
    if not lone_cr or "\r" not in text:
        starts = [0]
        find = text.find
        i = find("\n")
        while i != -1:
            starts.append(i + 1)
            i = find("\n", i + 1)
        return starts
    return [0] + [m.end() for m in LINE_BREAK.finditer(text)]


# An HTML/CommonMark character reference: named ("&gt;"), decimal ("&#62;") or hex ("&#x3e;").
CHARACTER_REFERENCE = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")


def newline_gaps(offsets: array | list[int], source: str) -> list[int]:
    """Indexes ``i`` of a block's text (``offsets`` map it to ``source``) with a line break in
    ``source[offsets[i - 1]:offsets[i]]``, in order: where the text crosses a source line.

    The breaks are looked up in the source and placed by bisection when the offsets ascend (as
    readers make them), so a block that is one 10 MB line costs one search, not a slice per
    character."""
    n = len(offsets)
    if n < 2:
        return []
    low, high = min(offsets), max(offsets)
    at = source.find("\n", low, high)
    if at == -1:
        return []
    as_list = offsets.tolist() if isinstance(offsets, array) else list(offsets)
    if as_list != sorted(as_list):  # a reader that reorders text: look between every pair
        return [i for i in range(1, n) if "\n" in source[offsets[i - 1] : offsets[i]]]
    out: list[int] = []
    while at != -1:
        i = bisect_right(as_list, at)  # offsets[i - 1] <= at < offsets[i]
        if i < n and (not out or out[-1] != i):
            out.append(i)
        at = source.find("\n", at + 1, high)
    return out


@dataclass(frozen=True, slots=True)
class Span:
    """Half-open range ``[start, end)`` of character offsets into ``Document.source``."""

    start: int
    end: int


class Intervals:
    """Half-open ranges merged and kept sorted, so that an overlap test costs O(log n): a block
    may hold thousands of masked ranges or matches (a posting that is one 10 MB line)."""

    def __init__(self, ranges: Iterable[tuple[int, int]] = ()) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        for start, end in sorted(r for r in ranges if r[0] < r[1]):
            if self._ends and start <= self._ends[-1]:
                self._ends[-1] = max(self._ends[-1], end)
            else:
                self._starts.append(start)
                self._ends.append(end)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` shares a character with any range."""
        i = bisect_left(self._starts, end) - 1
        return i >= 0 and self._ends[i] > start

    def add(self, start: int, end: int) -> None:
        """Add a range that overlaps none of the others (callers test ``overlaps`` first)."""
        i = bisect_left(self._starts, start)
        self._starts.insert(i, start)
        self._ends.insert(i, end)


@dataclass(frozen=True, slots=True)
class Position:
    line: int  # 1-based
    column: int  # 1-based, in characters


class TextBuilder:
    """Builds a block's text while recording the source offset of every character."""

    __slots__ = ("_parts", "_offsets", "_masks", "_length")

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._offsets = array("l")
        self._masks: list[tuple[int, int]] = []
        self._length = 0

    def __len__(self) -> int:
        return self._length

    def add(self, text: str, offsets: list[int] | array | range, *, masked: bool = False) -> None:
        """Append ``text``; ``offsets[i]`` is the source offset of ``text[i]``."""
        if not text:
            return
        if len(offsets) != len(text):  # pragma: no cover - a reader bug
            raise ValueError("one offset per character is required")
        if masked:
            self._masks.append((self._length, self._length + len(text)))
        self._parts.append(text)
        self._offsets.extend(offsets)
        self._length += len(text)

    def add_run(self, text: str, start: int, *, masked: bool = False) -> None:
        """Append text copied verbatim from the source at ``start``."""
        self.add(text, range(start, start + len(text)), masked=masked)

    def add_space(self, at: int) -> None:
        """Append one separating space (for a line break or dropped markup) unless one is there."""
        if self._length and not self._parts[-1][-1].isspace():
            self.add(" ", [at])

    def text(self) -> str:
        return "".join(self._parts)

    def has_text(self) -> bool:
        """Anything other than white space so far."""
        return any(part.strip() for part in self._parts)

    def build(self) -> tuple[str, array, tuple[tuple[int, int], ...]]:
        """Return text, offsets and masked ranges with outer whitespace trimmed."""
        text = self.text()
        offsets = self._offsets
        lead = len(text) - len(text.lstrip())
        trail = len(text.rstrip())
        if lead or trail != len(text):
            text = text[lead:trail]
            offsets = offsets[lead:trail]
        masks = tuple(
            (max(a - lead, 0), min(b - lead, len(text)))
            for a, b in self._masks
            if min(b - lead, len(text)) > max(a - lead, 0)
        )
        return text, offsets, masks


@dataclass(slots=True)
class Token:
    text: str
    start: int  # offsets into the block text
    end: int
    lower: str
    is_word: bool
    masked: bool  # inside code, a URL or an e-mail address: never matched by wording rules

    @property
    def words(self) -> int:
        """How many words the token counts for: one, or for Chinese and Japanese, written without
        spaces between words, one per character (the convention of word processors' counts)."""
        return word_weight(self.text) if self.is_word else 0


# Han ideographs, kana and their marks: scripts written without spaces between words.
UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]")
_SPACED_LETTER = re.compile(r"[^\W\d_\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]")


def word_weight(word: str) -> int:
    """Words in a run of text without spaces: one, or one per Chinese or Japanese character plus
    one for any other letters joined to them ("Qiitaの" is two)."""
    if word.isascii():
        return 1
    unspaced = len(UNSPACED.findall(word))
    if not unspaced:
        return 1
    return unspaced + (1 if _SPACED_LETTER.search(word) else 0)


@dataclass(slots=True)
class Sentence:
    start: int  # offsets into the block text
    end: int
    tokens: list[Token]

    @property
    def word_count(self) -> int:
        return sum(t.words for t in self.tokens)

    @property
    def unspaced(self) -> bool:
        """Written mostly in a script without spaces between words (Chinese, Japanese)."""
        counted = self.word_count
        return bool(counted) and sum(len(UNSPACED.findall(t.text)) for t in self.tokens) * 2 > counted


@dataclass(eq=False)
class Block:
    """One unit of content: heading, paragraph, list_item, table_cell, field or key.

    A ``field`` block is one labelled value: a front-matter scalar (``location: Remote``), an
    HTML ``<dt>``/``<dd>`` pair or two-column table row, a GFM table row ``| Salary | £30k |``,
    or a bold run-in label line (``<b>Salary:</b> $18``). Its text is the value only; ``label``
    holds the label's text (without markup or trailing colon) and the label's characters are not
    part of the block. A ``key`` block is the key of a front-matter field that holds content.
    """

    kind: str
    text: str
    offsets: array  # offsets[i] = source offset of text[i]
    span: Span  # source range of the whole block, markup included
    level: int = 0  # heading level (1-6; 7 for bold-only lines), list depth for list items
    origin: str = "body"  # "body" or "front-matter"
    field: str | None = None  # front-matter key path, e.g. "key_objectives[0].items[2]"
    masks: tuple[tuple[int, int], ...] = ()  # text ranges that are code, URLs or e-mail
    implied_heading: bool = False  # a bold-only line or a "Label:" line used as a heading
    label: str | None = None  # the label of a ``field`` block ("Salary" for "| Salary | £30k |")
    # A table cell's column header cell (the header cell itself for a header cell), when the table
    # has a header row whose cells line up with every row.
    column: Block | None = _field(default=None, repr=False, compare=False)
    section: Section | None = _field(default=None, repr=False)
    # Filled in by jdlint.nlp.analyse:
    analysed: bool = _field(default=False, repr=False)
    tokens: list[Token] = _field(default_factory=list, repr=False)
    sentences: list[Sentence] = _field(default_factory=list, repr=False)

    @cached_property
    def folded(self) -> str:
        """The text folded as ``re.IGNORECASE`` compares it, offset for offset: regular
        expressions are skipped on blocks that lack the words they need (jdlint.prefilter)."""
        return fold(self.text)

    @cached_property
    def token_keys(self) -> frozenset[str]:
        """Lower-case and exact token texts: lets a matcher skip a block in one set lookup."""
        return frozenset(t.lower for t in self.tokens) | frozenset(t.text for t in self.tokens)

    @cached_property
    def tokens_by_lower(self) -> dict[str, list[int]]:
        """Token positions by lower-case text: a phrase matcher visits only the tokens its phrases
        can start at, not every token of a long block for every rule."""
        out: dict[str, list[int]] = {}
        for i, t in enumerate(self.tokens):
            out.setdefault(t.lower, []).append(i)
        return out

    @cached_property
    def tokens_by_text(self) -> dict[str, list[int]]:
        """Token positions by exact text (for case-sensitive phrases)."""
        out: dict[str, list[int]] = {}
        for i, t in enumerate(self.tokens):
            out.setdefault(t.text, []).append(i)
        return out

    @cached_property
    def masked_ranges(self) -> tuple[tuple[int, int], ...]:
        """Text ranges no wording rule may match: code, URLs, e-mail addresses."""
        return tuple(self.masks) + tuple((t.start, t.end) for t in self.tokens if t.masked)

    @cached_property
    def masked(self) -> Intervals:
        """``masked_ranges`` for fast overlap tests."""
        return Intervals(self.masked_ranges)

    @property
    def is_heading(self) -> bool:
        return self.kind == "heading"

    @property
    def is_prose(self) -> bool:
        return self.kind in ("paragraph", "list_item", "table_cell", "field")

    def slice(self, start: int, end: int) -> Block | None:
        """A new block of the same kind holding ``text[start:end]`` without the spaces around it,
        with its own offsets and span; None when that is blank."""
        text = self.text[start:end]
        lead = len(text) - len(text.lstrip())
        text = text.strip()
        if not text:
            return None
        a = start + lead
        b = a + len(text)
        offsets = self.offsets[a:b]
        masks = tuple(
            (max(x - a, 0), min(y - a, len(text))) for x, y in self.masks if min(y - a, len(text)) > max(x - a, 0)
        )
        return Block(
            kind=self.kind,
            text=text,
            offsets=offsets,
            span=Span(offsets[0], offsets[-1] + 1),
            level=self.level,
            origin=self.origin,
            field=self.field,
            masks=masks,
        )

    def source_span(self, start: int, end: int) -> Span:
        """Map a ``[start, end)`` range of the block text to a source span."""
        if not self.text:
            return Span(self.span.start, self.span.start)
        start = min(max(start, 0), len(self.text) - 1)
        end = min(max(end, start + 1), len(self.text))
        return Span(self.offsets[start], self.offsets[end - 1] + 1)

    @property
    def word_count(self) -> int:
        if self.tokens:
            return sum(t.words for t in self.tokens)
        return sum(word_weight(w) for w in self.text.split())


@dataclass(eq=False)
class Section:
    kind: str
    heading: Block | None
    blocks: list[Block] = _field(default_factory=list)
    level: int = 0
    inferred: bool = False  # kind taken from the content, not from a heading
    origin: str = "body"
    # The heading does not name the section (a company name over the intro): the section is
    # placed where its content starts, but its heading is still linted.
    heading_names_section: bool = True
    # The heading was recognised in the section vocabulary (not inherited or guessed).
    named: bool = False
    # Why the section got its kind, for ``jdlint parse`` ("heading 'Perks'", "content: ...").
    reason: str = ""

    @property
    def canonical(self) -> str:
        return canonical_kind(self.kind)

    @property
    def heading_text(self) -> str | None:
        return self.heading.text if self.heading else None

    @property
    def content_blocks(self) -> list[Block]:
        return [b for b in self.blocks if not b.is_heading]

    @property
    def span(self) -> Span:
        heading = self.heading
        if heading is not None and (self.heading_names_section or not self.blocks):
            pieces = [heading, *self.blocks]
        else:
            pieces = self.blocks
        return Span(min(b.span.start for b in pieces), max(b.span.end for b in pieces))

    @property
    def word_count(self) -> int:
        return sum(b.word_count for b in self.content_blocks)


@dataclass(frozen=True, slots=True)
class Title:
    text: str
    span: Span
    block: Block | None = None
    # Where it was found: front-matter, heading, label ("Job title:"), first-line, page (HTML
    # <title>, og:title, JSON-LD), prose (a job name with a gender marker: "cariste (H/F)") or
    # cli (--title).
    source: str = "heading"


@dataclass(eq=False)
class Document:
    source: str
    path: str
    format: str  # markdown | html | text | json | yaml | pug
    blocks: list[Block]
    meta: dict[str, Any] = _field(default_factory=dict)  # front matter
    title: Title | None = None
    # Body headings that repeat or make up the title: in no section, but checked as the title.
    title_blocks: list[Block] = _field(default_factory=list)
    sections: list[Section] = _field(default_factory=list)
    role: str | None = None
    role_source: str | None = None  # "front-matter", "config" or "title"
    language: Language | None = None  # set by the engine once the sections are built
    # Where a second copy of the posting in another language begins (a source offset), or None.
    translation_from: int | None = None
    # schema.org JSON-LD blocks of an HTML page: (parsed data or None, error message, span).
    structured_data: list[tuple[Any, str | None, Span]] = _field(default_factory=list)
    # Title candidates an HTML page states outside its content, in page order: (source, text,
    # span) with source "html-title" (<title>), "og:title" (<meta property="og:title">), "h1" or
    # "json-ld" (a JobPosting's "title"). Site-name suffixes (" | Acme Careers", " - Jobs at
    # Acme") are removed from the text; the span covers the text in the source.
    page_titles: list[tuple[str, str, Span]] = _field(default_factory=list)
    # A JSON or YAML record's place in its file (a file may hold several): its fields are looked up there.
    record_span: Span | None = None
    # What is learned about the posting as a whole (jdlint.facts), read once after parsing.
    facts: Facts | None = _field(default=None, repr=False)
    _line_starts: list[int] | None = _field(default=None, repr=False)

    @property
    def line_starts(self) -> list[int]:
        if self._line_starts is None:
            self._line_starts = line_starts(self.source)
        return self._line_starts

    def locate(self, offset: int) -> Position:
        """1-based line and column (in characters) of a source offset."""
        starts = self.line_starts
        line = bisect_right(starts, offset) - 1
        return Position(line + 1, offset - starts[line] + 1)

    def whole_span(self, span: Span) -> Span:
        """``span`` widened to cover a character reference it ends inside. Blocks map each
        character to one source offset, so a span ending with "&gt;" read as ">" ends after the
        "&"; positions are computed here, once, for every rule."""
        end = span.end
        if self.format == "text" or end <= span.start or self.source[end - 1 : end] != "&":
            return span
        reference = CHARACTER_REFERENCE.match(self.source, end - 1)
        return Span(span.start, reference.end()) if reference else span

    def line_text(self, line: int) -> str:
        starts = self.line_starts
        start = starts[line - 1]
        end = starts[line] if line < len(starts) else len(self.source)
        return self.source[start:end].rstrip("\r\n")

    @property
    def checked_sections(self) -> list[Section]:
        """The sections rules check: all but those of a second copy of the posting in another
        language (its translation is not a second set of duties, nor more text to read)."""
        if self.translation_from is None:
            return self.sections
        return [s for s in self.sections if s.span.start < self.translation_from]

    def sections_of(self, *kinds: str) -> Iterator[Section]:
        """Checked sections whose kind, or canonical kind, is one of ``kinds``."""
        for section in self.checked_sections:
            if section.kind in kinds or section.canonical in kinds:
                yield section

    @property
    def prose_blocks(self) -> list[Block]:
        return [b for b in self.blocks if b.is_prose]

    @property
    def word_count(self) -> int:
        return sum(b.word_count for b in self.prose_blocks)
