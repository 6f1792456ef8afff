"""What every fact carries: where it was read (a source span) and from what (body text, a
front-matter field, schema.org JSON-LD, the configuration); and small helpers the fact modules
share to read blocks, front-matter keys and JSON-LD objects."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from dataclasses import field as _field
from itertools import pairwise
from typing import Any

from ..model import Block, Document, Span, newline_gaps

ORIGINS = ("body", "front-matter", "json-ld", "config")


@dataclass(frozen=True, kw_only=True)
class Fact:
    """A fact and its evidence. ``span`` is None only for facts that come from the configuration."""

    span: Span | None
    origin: str = "body"  # one of ORIGINS
    field: str | None = None  # front-matter key path or JSON-LD property
    block: Block | None = _field(default=None, compare=False, repr=False)  # the block it was read in

    def values(self) -> dict[str, Any]:
        """The fact's own values, for JSON output (evidence fields left out)."""
        skip = {"span", "origin", "field", "block"}
        return {k: v for k, v in self.__dict__.items() if k not in skip and not k.startswith("_")}


def in_block(block: Block, start: int, end: int, **values: Any) -> dict[str, Any]:
    """Evidence keywords for a fact read at ``[start, end)`` of a block's text."""
    origin = "front-matter" if block.origin == "front-matter" else "body"
    return {
        "span": block.source_span(start, end),
        "origin": origin,
        "field": block.field if origin == "front-matter" else None,
        "block": block,
        **values,
    }


def prose(doc: Document) -> Iterator[Block]:
    """Blocks whose text is posting content (headings included), in document order."""
    return (b for b in doc.blocks if b.text and (b.is_prose or b.is_heading))


def section_blocks(doc: Document, *kinds: str) -> Iterator[Block]:
    """Content blocks of the sections of the given kinds (or canonical kinds)."""
    for section in doc.sections_of(*kinds):
        for block in section.content_blocks:
            if block.text:
                yield block


def meta_value(doc: Document, *keys: str) -> tuple[str, Any] | None:
    """The first front-matter key among ``keys`` with a non-empty value: (key, value)."""
    for key in keys:
        value = doc.meta.get(key)
        if value is not None and str(value).strip() and value != []:
            return key, value
    return None


def meta_span(doc: Document, key: str) -> Span:
    """Source span of a front-matter key's value (``closes: 2024-05-01``, ``deadline = "..."``),
    or of the key itself when its value spans several lines. In a JSON record, the span of the
    field's value (``"url": "https://..."``)."""
    from ..readers.frontmatter import key_line, record_field_span

    if doc.format in ("json", "yaml"):
        return record_field_span(doc.source, doc.format, doc.record_span, key)

    m = key_line(doc.source, key, 0, _front_matter_end(doc.source))
    if m is None:
        return Span(0, 0)
    value_start, value_end = m.span(1)
    if value_end > value_start and doc.source[value_start] not in "|>":
        if (
            doc.source[value_start] in "\"'"
            and value_end - value_start > 1
            and doc.source[value_end - 1] == doc.source[value_start]
        ):
            value_start, value_end = value_start + 1, value_end - 1
        return Span(value_start, value_end)
    key_start = m.start() + len(m.group(0)) - len(m.group(0).lstrip(" \t"))
    return Span(key_start, key_start + len(key))


def _front_matter_end(source: str) -> int:
    from ..readers.frontmatter import find

    fm = find(source)
    return fm.end if fm is not None else 0


# --- schema.org JSON-LD -------------------------------------------------------------------------


def job_postings(data: Any) -> list[dict]:
    """JobPosting objects in a JSON-LD value (top level, a list, or an @graph)."""
    found: list[dict] = []
    if isinstance(data, list):
        for item in data:
            found.extend(job_postings(item))
    elif isinstance(data, dict):
        kind = data.get("@type")
        kinds = kind if isinstance(kind, list) else [kind]
        if "JobPosting" in kinds:
            found.append(data)
        if "@graph" in data:
            found.extend(job_postings(data["@graph"]))
    return found


def structured_postings(doc: Document) -> Iterator[tuple[dict, Span]]:
    """The posting's schema.org JobPosting objects with the span of their script block."""
    for data, error, span in doc.structured_data:
        if error is None:
            for posting in job_postings(data):
                yield posting, span


def property_span(doc: Document, block: Span, name: str) -> Span:
    """Span of ``"name"`` inside a JSON-LD script block (the block's start when not found)."""
    at = doc.source.find(f'"{name}"', block.start, block.end)
    return Span(at, at + len(name) + 2) if at >= 0 else Span(block.start, min(block.end, block.start + 1))


def first(value: Any) -> Any:
    return value[0] if isinstance(value, list) and value else value


def text_lines(doc: Document, block: Block) -> list[tuple[int, int]]:
    """``[start, end)`` ranges of a block's text that sit on one source line each, stripped of
    surrounding spaces (a plain-text paragraph joins its lines with spaces)."""
    text, offsets = block.text, block.offsets
    cuts = [0] + newline_gaps(offsets, doc.source) + [len(text)]
    out = []
    for start, end in pairwise(cuts):
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            out.append((start, end))
    return out
