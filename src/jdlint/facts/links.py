"""The links of a posting's text, and what is wrong with a link's address.

Markdown inline links (``[text](address)``) and HTML anchors (``<a href="address">text</a>``) are
read from the source, because a broken link is broken in its markup: a Markdown address with a
space in it is not a link at all once rendered, and the address never reaches the text blocks.
Only links inside posting content count (a block's range of the source): a site's menus and
footers are not the posting. Addresses made by a template (``{{ url }}``, ``<?php ... ?>``) are
filled in when the page is built, so they are left alone.

What can be wrong, each read from the address alone (nothing is fetched):
- ``empty``: no address (``[send us]()``, ``href=""``): the link leads nowhere;
- ``email``: an e-mail address without ``mailto:``: the browser opens it as a page of the site;
- ``no-scheme``: a web address without ``https://`` (``www.example.org``, ``example.org/jobs``):
  the browser opens it as a page of the site;
- ``space``: a Markdown address with a space before its query (``mailto: jobs@x.org``): the
  text is shown as written, not as a link (CommonMark), or the address starts with a space;
- ``quote``: an address that ends in a stray quote (``.../apply/"``): the page is not found.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from ..model import Document, Span
from .base import Fact

PROBLEMS = ("empty", "email", "no-scheme", "space", "quote")

# [text](address), not an image; the text holds no brackets or line break, the address no
# parentheses (an address with parentheses is rare and would need a parser for little gain).
_MD_LINK = re.compile(r"(?<![!\\\]])\[(?P<text>[^\[\]\n]{0,300})\]\((?P<target>[^()\n]{0,500})\)")
# <a ... href="address" ...>text</a>
_HTML_LINK = re.compile(
    r"<a\b[^<>]*?\bhref\s*=\s*(?P<q>[\"'])(?P<target>[^\"'<>]{0,500})(?P=q)[^<>]*>(?P<text>[^<]{0,300})", re.I
)
# A Markdown link title after the address: [text](address "title").
_TITLE = re.compile(r"\s+(?:\"[^\"]*\"|'[^']*'|\([^)]*\))\s*$")
_TEMPLATE = re.compile(r"\{\{|\{%|<\?|<%|#\{|\$\{|\[\[")
_EMAIL = re.compile(r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*:", re.I)
# A host name with a common top-level domain, then a path or the end: "www.x.org", "github.com/x".
# Relative paths ("jobs.html", "../apply.md") end in a file extension, not one of these.
_HOST = re.compile(
    r"^(?:www\.[\w-]+(?:\.[\w-]+)+|[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|dev|edu|gov|info|coop|de|fr|nl|be|"
    r"uk|eu|ch|at|es|it|pt|br|ca|us))(?:[/?#]|$)",
    re.I,
)


@dataclass(frozen=True, kw_only=True)
class Link(Fact):
    text: str
    target: str
    markup: str  # markdown | html
    problem: str | None  # one of PROBLEMS, None for a link that works as far as can be told


def _problem(target: str, markup: str) -> str | None:
    address = target.strip()
    if _TEMPLATE.search(address) or address.startswith("#"):
        return None
    if markup == "markdown":
        if address.startswith("<") and address.endswith(">"):
            address = address[1:-1].strip()  # <address with spaces> is allowed
        else:
            address = _TITLE.sub("", address).strip()
            # Only a space before the query: "?subject=Two words" works in some Markdown
            # dialects (kramdown), so it is left alone.
            if re.search(r"\s", re.split(r"[?#]", address, maxsplit=1)[0]):
                return "space"
    if not address:
        return "empty"
    if address[-1] in "\"'" and address.count(address[-1]) % 2:
        return "quote"
    if _EMAIL.match(address):
        return "email"
    if not _SCHEME.match(address) and _HOST.match(address):
        return "no-scheme"
    return None


def _content_ranges(doc: Document) -> tuple[list[int], list[int]]:
    """Sorted source ranges of the document's text blocks (posting content)."""
    ranges = sorted((b.span.start, b.span.end) for b in doc.blocks if b.text)
    starts: list[int] = []
    ends: list[int] = []
    for start, end in ranges:
        if ends and start <= ends[-1]:
            ends[-1] = max(ends[-1], end)
        else:
            starts.append(start)
            ends.append(end)
    return starts, ends


def read(doc: Document) -> list[Link]:
    """Every link in the posting's content, in source order, with what is wrong with it."""
    if doc.format not in ("markdown", "html"):
        return []
    source = doc.source
    if "](" not in source and "href" not in source.lower():
        return []
    starts, ends = _content_ranges(doc)

    def in_content(start: int, end: int) -> bool:
        i = bisect_right(starts, end) - 1
        return i >= 0 and ends[i] >= start

    links: list[Link] = []
    for markup, pattern in (("markdown", _MD_LINK), ("html", _HTML_LINK)):
        for m in pattern.finditer(source):
            if not in_content(m.start(), m.end()):
                continue
            target = m.group("target")
            links.append(
                Link(
                    text=" ".join(m.group("text").split()),
                    target=target,
                    markup=markup,
                    problem=_problem(target, markup),
                    span=Span(m.start(), m.end()),
                )
            )
    links.sort(key=lambda link: link.span.start if link.span else 0)
    return links
