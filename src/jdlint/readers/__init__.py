"""Readers: turn a posting's source (Markdown, HTML, plain text; any of them with front matter)
into a Document whose blocks carry exact source offsets."""

from __future__ import annotations

import os
from typing import Iterable

from ..model import Document
from . import frontmatter, templates

MARKDOWN_EXTENSIONS = (".md", ".markdown", ".mdown", ".mkd", ".mdx")
HTML_EXTENSIONS = (".html", ".htm", ".xhtml")
TEXT_EXTENSIONS = (".txt", ".text")
POSTING_EXTENSIONS = MARKDOWN_EXTENSIONS + HTML_EXTENSIONS + TEXT_EXTENSIONS


def detect_format(path: str, source: str = "") -> str:
    ext = os.path.splitext(path)[1].lower()
    if ext in MARKDOWN_EXTENSIONS:
        return "markdown"
    if ext in HTML_EXTENSIONS:
        return "html"
    if ext in TEXT_EXTENSIONS:
        return "text"
    # Unknown extension (stdin without --stdin-filename): sniff.
    head = source.lstrip()[:500].lower()
    if head.startswith(("<!doctype html", "<html")) or "<body" in head:
        return "html"
    return "markdown"


def read(source: str, path: str, fmt: str | None = None, *, content_fields: Iterable[str] = ()) -> Document:
    """Parse ``source`` into a Document (blocks only; sections are added by jdlint.sections)."""
    fmt = fmt or detect_format(path, source)
    fm = frontmatter.find(source)
    meta: dict = {}
    blocks = []
    body = source
    if fm is not None:
        meta = frontmatter.load(source, fm, path)
        blocks.extend(frontmatter.content_blocks(source, fm, meta, content_fields))
        body = frontmatter.blank(source, fm)
    body = templates.scrub(body)
    structured = []
    if fmt == "html":
        from .html import read_html, read_json_ld

        blocks.extend(read_html(body))
        structured = read_json_ld(source)
    elif fmt == "text":
        from .text import read_text

        blocks.extend(read_text(body))
    else:
        from .markdown import read_markdown

        blocks.extend(read_markdown(body))
    return Document(source=source, path=path, format=fmt, blocks=blocks, meta=meta, structured_data=structured)
