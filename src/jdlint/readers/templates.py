"""Blank out template syntax (Liquid, Jekyll, Hugo, Jinja, ikiwiki directives) and server code
(PHP, ASP, JSP, ERB) so it is never read as prose.

Blanking replaces every character with a space but keeps line breaks, so the scrubbed text has
the same length and line structure as the source: offsets found in it are offsets in the source.
"""

from __future__ import annotations

import re

# {% comment %} ... {% endcomment %} and {% raw %} bodies go entirely.
_COMMENT = re.compile(r"\{%-?\s*comment\s*-?%\}.*?\{%-?\s*endcomment\s*-?%\}", re.S)
# Hugo shortcodes {{% x %}} / {{< x >}}, Liquid/Jinja output {{ x }} and tags {% x %}, Jinja {# #}.
_TAG = re.compile(r"\{\{[%<].*?[%>]\}\}|\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.S)
# Server-side code in pages: PHP (<?php ... ?>, <?= ... ?>; <?php runs to the end of the file when the
# closing tag is left out, as PHP allows) and ASP/JSP/ERB (<% ... %>). An HTML parser would end
# such a block at its first ">" ("if ($a > 1)") and read the rest of the code as text.
_SERVER = re.compile(r"<\?(?:php\b|=).*?(?:\?>|\Z)|<%.*?%>", re.S | re.I)
# ikiwiki directives: [[!meta title="..."]], [[!tag job/staff]], [[!toc levels=2]].
_DIRECTIVE = re.compile(r"\[\[![\w-]+(?:\s[^\]]*)?\]\]")
# The page title an ikiwiki directive sets.
_META_TITLE = re.compile(r"\[\[!meta\s+title=\"(?P<title>[^\"\n]+)\"")


def _spaces(text: str) -> str:
    """``text`` as spaces, its line breaks kept."""
    return re.sub(r"[^\n]", " ", text)


def _blank(match: re.Match[str]) -> str:
    return _spaces(match.group(0))


def has_templates(text: str) -> bool:
    return "{{" in text or "{%" in text or "{#" in text or "<?" in text or "<%" in text or "[[!" in text


def directive_titles(text: str) -> list[tuple[str, int, int]]:
    """(title, start, end) of each ikiwiki ``[[!meta title="..."]]`` directive."""
    if "[[!" not in text:
        return []
    return [(m.group("title"), m.start("title"), m.end("title")) for m in _META_TITLE.finditer(text)]


# A Markdown body inside an HTML template: Django/Jinja "{% filter markdown %}...{% endfilter %}",
# markdown-deux "{% markdown %}...{% endmarkdown %}".
_MARKDOWN_REGION = re.compile(
    r"\{%-?\s*(?:filter\s+markdown\w*|markdown)\b[^%]*%\}(?P<body>.*?)\{%-?\s*end(?:filter|markdown)\s*-?%\}", re.S
)


def markdown_regions(text: str) -> list[tuple[int, int]]:
    """(start, end) of each Markdown body an HTML template renders with a Markdown filter."""
    if "{%" not in text:
        return []
    return [(m.start("body"), m.end("body")) for m in _MARKDOWN_REGION.finditer(text) if m.group("body").strip()]


def keep_only(text: str, regions: list[tuple[int, int]]) -> str:
    """``text`` with everything outside ``regions`` blanked (same length, same lines)."""
    out = _spaces(text)
    for start, end in regions:
        out = out[:start] + text[start:end] + out[end:]
    return out


def blank_regions(text: str, regions: list[tuple[int, int]]) -> str:
    """``text`` with ``regions`` blanked (same length, same lines)."""
    for start, end in regions:
        text = text[:start] + _spaces(text[start:end]) + text[end:]
    return text


def scrub(text: str) -> str:
    """Return ``text`` with template constructs replaced by spaces (same length, same lines)."""
    if not has_templates(text):
        return text
    if "<?" in text or "<%" in text:
        text = _SERVER.sub(_blank, text)
    text = _COMMENT.sub(_blank, text)
    if "[[!" in text:
        text = _DIRECTIVE.sub(_blank, text)
    return _TAG.sub(_blank, text)
