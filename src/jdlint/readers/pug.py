"""Pug (formerly Jade) templates: the indentation-based HTML of Node.js sites, where a posting is
written as ``h2 Main responsibilities`` / ``li build automated tests`` / ``| wrapped text``.

Each element line opens a block of the kind its tag gives (headings, paragraphs, list items);
piped text (``| ...``) and plain lines under a ``p.`` text block continue it. Conditionals
(``if role == "backend-engineer"``) are read through: every branch is text the page may show.
Code, comments, ``style`` and ``script`` blocks are skipped with everything indented under them.
Inline HTML tags and ``#[strong ...]`` tag interpolation keep only their text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Block
from .text import OpenBlock

# tag, then .class / #id selectors, then (attributes), then "." (a text block) or ":" (a nested tag)
_ELEMENT = re.compile(
    r"(?P<tag>[A-Za-z][\w:-]*?)?(?P<sel>(?:[.#][A-Za-z_][\w-]*)*)(?P<attrs>\([^)]*\))?(?P<end>\.|:)?(?=\s|$)"
)
_HEADING_TAG = re.compile(r"h([1-6])$")
_PARAGRAPH_TAGS = frozenset(("p", "dt", "dd", "td", "th", "blockquote", "figcaption", "label", "address"))
_INLINE_TAGS = frozenset(("a", "strong", "b", "em", "i", "span", "small", "u", "code", "abbr", "time", "mark"))
_LIST_TAGS = frozenset(("ul", "ol"))
# Lines that hold no posting text, with everything indented under them.
_SKIPPED_BLOCKS = frozenset(("style", "script", "head", "meta", "link", "noscript", "template", "svg"))
_SKIPPED_KEYWORDS = re.compile(r"(?:doctype|include|extends|block|append|prepend|mixin|yield)\b|//|-(?:\s|$)|\+\w")
# Control flow: its branches are read, the line itself is not text.
_CONTROL = re.compile(r"(?:if|else(?:\s+if)?|unless|each|for|while|case|when|default)\b")
# Inline HTML (<a href="...">), a tag interpolation's opening ("#[strong") and its closing "]",
# and white space: what the text keeps of each is at most one space.
_MARKUP = re.compile(r"(?P<html><[^>]*>)|(?P<open>#\[[\w.#-]+(?:\([^)]*\))?\s?)|(?P<close>\])|(?P<space>\s+)")


@dataclass(slots=True)
class _Open(OpenBlock):
    indent: int = 0  # the element line's indentation: deeper lines continue the block


def read_pug(source: str) -> list[Block]:
    """The posting blocks of a Pug template, with offsets into ``source``."""
    blocks: list[Block] = []
    stack: list[tuple[int, str]] = []  # (indent, tag) of the elements that enclose the line
    current: _Open | None = None
    skip_under: int | None = None  # indentation of a skipped block (style, script, comment)
    text_block: int | None = None  # indentation of a "p." element whose plain lines are its text

    def close() -> None:
        nonlocal current
        if current is not None:
            current.close_into(blocks)
        current = None

    pos = 0
    for raw in source.splitlines(keepends=True):
        line_start, pos = pos, pos + len(raw)
        line = raw.rstrip("\r\n")
        content = line.lstrip(" \t")
        if not content.strip():
            continue
        indent = len(line) - len(content)
        at = line_start + indent
        if skip_under is not None:
            if indent > skip_under:
                continue
            skip_under = None
        if text_block is not None:
            if indent > text_block and current is not None:
                _add_text(current, source, at, line_start + len(line))
                continue
            text_block = None
        while stack and stack[-1][0] >= indent:
            stack.pop()
        if content.startswith("|"):
            if current is not None and indent > current.indent:
                _add_text(current, source, at + 1, line_start + len(line))
            continue
        if _SKIPPED_KEYWORDS.match(content):
            skip_under = indent
            continue
        if _CONTROL.match(content):
            continue  # its branches keep the enclosing block open
        m = _ELEMENT.match(content)
        if m is None or not (m.group("tag") or m.group("sel")):
            if current is not None and indent > current.indent:
                _add_text(current, source, at, line_start + len(line))  # a bare continuation line
            continue
        tag = (m.group("tag") or "div").lower()
        close()
        if tag in _SKIPPED_BLOCKS:
            skip_under = indent
            continue
        stack.append((indent, tag))
        rest = m.end()
        if m.group("end") == ":":  # "li: a(href='/jobs') Apply": the nested tag's text is the line's
            nested = _ELEMENT.match(content, len(content) - len(content[rest:].lstrip()))
            rest = nested.end() if nested is not None else rest
        kind, level = _kind(tag, stack)
        if kind is None:
            continue
        current = _Open(kind, level, at, indent=indent)
        text_start = at + rest
        if m.group("end") == ".":
            text_block = indent
        _add_text(current, source, text_start, line_start + len(line))
    close()
    return blocks


def _kind(tag: str, stack: list[tuple[int, str]]) -> tuple[str | None, int]:
    heading = _HEADING_TAG.match(tag)
    if heading:
        return "heading", int(heading.group(1))
    if tag == "li":
        return "list_item", sum(1 for _, t in stack if t in _LIST_TAGS)
    if tag in _PARAGRAPH_TAGS or tag in _INLINE_TAGS or tag == "div" or tag == "section":
        return "paragraph", 0
    return None, 0


def _add_text(block: _Open, source: str, start: int, end: int) -> None:
    """Append ``source[start:end]`` without inline tags, each whitespace run one space."""
    segment = source[start:end]
    if not segment.strip():
        return
    block.builder.add_space(start)
    pos = 0
    interpolations = 0  # open "#[" runs: only their "]" is markup
    for m in _MARKUP.finditer(segment):
        if m.lastgroup == "close" and not interpolations:
            continue  # a bracket of the text itself
        if m.start() > pos:
            block.builder.add_run(segment[pos : m.start()], start + pos)
        if m.lastgroup in ("html", "space"):
            block.builder.add_space(start + m.start())
        interpolations += {"open": 1, "close": -1}.get(m.lastgroup or "", 0)
        pos = m.end()
    if pos < len(segment):
        block.builder.add_run(segment[pos:], start + pos)
    block.last_end = end
