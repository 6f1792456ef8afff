"""Readers: turn a posting's source (Markdown, HTML, plain text; any of them with front matter)
into a Document whose blocks carry exact source offsets."""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable
from functools import lru_cache

from ..model import Document, Span
from . import bullets, frontmatter, templates

MARKDOWN_EXTENSIONS = (".md", ".markdown", ".mdown", ".mkd", ".mkdn", ".mdwn", ".mdx")
HTML_EXTENSIONS = (".html", ".htm", ".xhtml")
# Server pages: HTML with server code (blanked out). Template files (.liquid, .njk, .hbs, .erb)
# are left out: in a site's repository they are layouts far more often than postings.
PAGE_EXTENSIONS = (".php", ".phtml", ".shtml", ".asp", ".aspx", ".jsp")
TEXT_EXTENSIONS = (".txt", ".text")
# Pug (Jade) templates are read when named on the command line, like JSON records: in a site's
# repository most are layouts, not postings.
PUG_EXTENSIONS = (".pug", ".jade")
POSTING_EXTENSIONS = MARKDOWN_EXTENSIONS + HTML_EXTENSIONS + PAGE_EXTENSIONS + TEXT_EXTENSIONS
# A job record exported as JSON ({"title": ..., "description": ...}) is read when named on the
# command line; folders are not searched for .json files (package.json is no posting).
RECORD_EXTENSIONS = (".json",)
# A YAML file that is a list of job records (a Jekyll site's _data/jobs.yml) is read the same way;
# any other YAML file (a site's configuration) is not a posting.
YAML_RECORD_EXTENSIONS = (".yml", ".yaml")

# Tags that structure an HTML posting, and Markdown's own structure at the start of a line.
_HTML_TAG = re.compile(r"<(?:p|br|li|ul|ol|div|h[1-6]|strong|b|em|i|table|tr|td|dl|dt|dd|span|section)\b[^>]*>", re.I)
_HTML_BLOCK_TAG = re.compile(r"<(?:p|li|ul|ol|div|h[1-6]|table|dl|section|article|main|body)\b[^>]*>", re.I)
_HTML_PAGE = re.compile(r"\A\s*(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html\b|<head\b|<body\b)", re.I | re.S)
_BLANK_LINE = re.compile(r"\S[ \t]*\r?\n[ \t]*\r?\n[ \t]*\S")
_MD_SYNTAX = re.compile(r"^ {0,3}(?:#{1,6}[ \t]|[-*+][ \t]|\d{1,2}[.)][ \t]|>[ \t]?)|\*\*\S|\]\(", re.M)


def detect_format(path: str, source: str = "") -> str:
    """ "markdown", "html", "text", "json", "yaml" (a list of job records) or "pug": the extension
    is a hint, the content decides.

    Jekyll boards keep Markdown with front matter in ``.html`` files; a ``.txt`` or ``.md``
    cell exported from a database may hold HTML; a ``.md`` file may be a saved page."""
    ext = os.path.splitext(path)[1].lower()
    if (ext in RECORD_EXTENSIONS or not ext or ext == ".jsonl") and json_records(source):
        return "json"
    if ext in PUG_EXTENSIONS:
        return "pug"
    if ext in YAML_RECORD_EXTENSIONS and yaml_records(source):
        return "yaml"
    fm = frontmatter.find(source)
    body = templates.scrub(source[fm.body_start :] if fm else source)
    html = _html_share(body)
    if ext in HTML_EXTENSIONS or ext in PAGE_EXTENSIONS:
        # Markdown in an .html file: front matter and no HTML block tags in the body.
        if body.strip() and html == "none" or (fm is not None and not _HTML_BLOCK_TAG.search(body)):
            return "markdown"
        return "html"
    if ext in MARKDOWN_EXTENSIONS:
        return "html" if html == "page" or html == "dominant" else "markdown"
    if ext in TEXT_EXTENSIONS:
        return "html" if html in ("page", "dominant") else "text"
    # Unknown extension (stdin without --stdin-filename): the content alone.
    return "html" if html in ("page", "dominant") else "markdown"


@lru_cache(maxsize=2)  # format detection and reading ask about the same text in turn
def json_records(source: str) -> tuple[tuple[dict, int, int], ...]:
    """The job records a JSON document holds, each with the offsets where it starts and ends in the
    source: one object, the objects of a list, or one object per line (JSON Lines, as datasets and
    job-board exports write them). Empty when the text is none of these."""
    import json

    text = source.strip()
    if not text.startswith(("{", "[")):
        return ()
    try:
        data = json.loads(text)
    except RecursionError:  # nested deeper than Python reads
        return ()
    except ValueError:
        return _json_lines(source)
    if isinstance(data, dict):
        return ((data, source.index("{"), len(source)),)
    if not isinstance(data, list):
        return ()
    decoder, records = json.JSONDecoder(), []
    pos = source.index("[") + 1
    while True:  # the list again, item by item, for each record's offsets
        while pos < len(source) and source[pos] in " \t\r\n,":
            pos += 1
        if pos >= len(source) or source[pos] == "]":
            break
        item, end = decoder.raw_decode(source, pos)
        if isinstance(item, dict):
            records.append((item, pos, end))
        pos = end
    return tuple(records)


@lru_cache(maxsize=2)
def yaml_records(source: str) -> tuple[tuple[dict, int, int], ...]:
    """The job records of a YAML file that is a list of mappings with text in them ("- title: ...
    description: ..."), each with the offsets where it starts and ends; empty for other YAML."""
    import yaml

    from .frontmatter import _loader, composed

    try:
        root = composed(source)
        data = yaml.load(source, Loader=_loader())  # noqa: S506 - a safe loader (see _loader)
    except (yaml.YAMLError, ValueError, RecursionError):
        return ()
    if not isinstance(root, yaml.SequenceNode) or not isinstance(data, list) or len(data) != len(root.value):
        return ()
    if not data or not all(isinstance(item, dict) and any(isinstance(v, str) for v in item.values()) for item in data):
        return ()
    return tuple(
        (item, node.start_mark.index, node.end_mark.index) for item, node in zip(data, root.value, strict=True)
    )


def records(source: str, fmt: str) -> int:
    """How many job records a file of format ``fmt`` holds: several for a list of records."""
    if fmt == "json":
        return len(json_records(source)) or 1
    if fmt == "yaml":
        return len(yaml_records(source)) or 1
    return 1


def _json_lines(source: str) -> tuple[tuple[dict, int, int], ...]:
    """One JSON object per line; anything else on a line (but blank lines) means it is not JSON Lines."""
    import json

    records, pos = [], 0
    for line in source.splitlines(keepends=True):
        start, pos = pos, pos + len(line)
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except (ValueError, RecursionError):
            return ()
        if not isinstance(item, dict):
            return ()
        start += len(line) - len(line.lstrip())
        records.append((item, start, start + len(line.strip())))
    return tuple(records)


def _html_share(body: str) -> str:
    """ "page" (a whole HTML document), "dominant" (HTML tags structure the text and Markdown
    syntax does not), "some" or "none"."""
    if _HTML_PAGE.match(body):
        return "page"
    tags = len(_HTML_TAG.findall(body))
    if not tags:
        return "none"
    markdown = len(_MD_SYNTAX.findall(body))
    if tags >= 3 and not _HTML_BLOCK_TAG.search(body) and len(_BLANK_LINE.findall(body)) >= 3:
        # Only inline tags ("<br>", "<b>") in text whose paragraphs are parted by blank lines:
        # Markdown with line breaks typed as tags. Read as HTML, its blank lines would part nothing.
        return "some"
    return "dominant" if tags >= 3 and tags >= 3 * markdown else "some"


def read(
    source: str,
    path: str,
    fmt: str | None = None,
    *,
    content_fields: Iterable[str] | Callable[[str], bool] = (),
    record: int = 0,
) -> Document:
    """Parse ``source`` into a Document (blocks only; sections are added by jdlint.sections).
    ``record`` picks the job record of a JSON or YAML file that holds several (``records``)."""
    fmt = fmt or detect_format(path, source)
    if fmt in ("json", "yaml"):
        return _read_record(source, path, content_fields, record, fmt)
    fm = frontmatter.find(source)
    meta: dict = {}
    blocks = []
    body = source
    if fm is not None:
        meta, _problem = frontmatter.load(source, fm)  # a broken one is reported by a rule, not fatal
        blocks.extend(frontmatter.content_blocks(source, fm, meta, content_fields))
        body = frontmatter.blank(source, fm)
    body = templates.scrub(body)
    structured = []
    page_titles: list = []
    if fmt == "html":
        from .html import json_ld_titles, read_json_ld, read_page

        regions = templates.markdown_regions(source)
        content, page_titles = read_page(templates.blank_regions(body, regions) if regions else body)
        if regions:
            # "{% filter markdown %}## Python Developer ...": the template renders that text as Markdown.
            from .markdown import read_markdown

            content = sorted(content + read_markdown(templates.keep_only(body, regions)), key=lambda b: b.span.start)
        blocks.extend(content)
        structured = read_json_ld(source)
        page_titles = sorted(page_titles + json_ld_titles(source, structured), key=lambda t: t[2].start)
    elif fmt == "text":
        from .text import read_text

        blocks.extend(read_text(body))
    elif fmt == "pug":
        from .pug import read_pug

        blocks.extend(read_pug(body))
    else:
        from .markdown import read_markdown

        blocks.extend(read_markdown(body))
    # An ikiwiki page names itself in a directive: [[!meta title="Privacy loving Linux generalist"]].
    page_titles.extend(("meta", title, Span(a, b)) for title, a, b in templates.directive_titles(source))
    if fmt != "text":  # the text reader reads typed bullets itself
        blocks = bullets.split(blocks, source)
    return Document(
        source=source,
        path=path,
        format=fmt,
        blocks=blocks,
        meta=meta,
        structured_data=structured,
        page_titles=page_titles,
    )


def _read_record(
    source: str, path: str, content_fields: Iterable[str] | Callable[[str], bool], index: int = 0, fmt: str = "json"
) -> Document:
    """A JSON or YAML job record (the ``index``-th of the file): its fields are read like front
    matter (JSON is YAML), so the title, description, salary and location fields become blocks
    with exact positions in the file."""
    found = json_records(source) if fmt == "json" else yaml_records(source)
    record, start, end = found[index] if index < len(found) else ({}, 0, len(source))
    if fmt == "json":
        fm = frontmatter.FrontMatter("yaml", start, end, len(source))
    else:  # a list item is no YAML document of its own: the whole list is read, then the item
        fm = frontmatter.FrontMatter("yaml", 0, len(source), len(source), record=index)
    blocks = frontmatter.content_blocks(source, fm, record, content_fields)
    return Document(source=source, path=path, format=fmt, blocks=blocks, meta=record, record_span=Span(start, end))
