"""HTML into blocks, using the standard library's ``html.parser``.

The parser reports every text run, tag and entity with its (line, column), so each character of a
block's text maps straight to its source offset (a decoded entity maps to its ``&``). Real pages
nest tags badly, so the reader keeps its own element stack with a few HTML5 recovery rules
(implied end tags, any heading end tag closes the open heading) rather than trusting the markup.
Blocks are collected with flags saying where they sat (main, article, site chrome); the main
content is chosen once the whole page has been seen.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from html import unescape
from html.parser import HTMLParser

from ..model import Block, Span, TextBuilder, line_starts
from .align import align
from .fields import Cell, pair

_HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
_VOID = frozenset(
    ("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr")
)
# Never prose: their text is skipped wherever they appear. <pre> is code; <title> lives in <head>
# but pages without a <head> tag still have one.
_SKIP = frozenset(
    (
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "math",
        "head",
        "title",
        "button",
        "select",
        "textarea",
        "iframe",
        "object",
        "canvas",
        "pre",
    )
)
_CHROME = frozenset(("nav", "header", "footer", "aside", "form"))  # dropped when there is no <main>
_NAV_FORM = frozenset(("nav", "form"))  # dropped even inside <main>/<article>
_CODE = frozenset(("code", "kbd", "samp", "tt"))
_BOLD = frozenset(("strong", "b"))
_LINE_BREAK = re.compile(r"[ \t]*\r?\n")
_TABLE_PARTS = frozenset(("table", "caption", "thead", "tbody", "tfoot", "tr", "td", "th"))
# Elements whose start or end ends the current block of text.
_BLOCK = (
    _HEADINGS
    | _TABLE_PARTS
    | frozenset(
        (
            "html",
            "body",
            "head",
            "main",
            "article",
            "section",
            "nav",
            "header",
            "footer",
            "aside",
            "form",
            "fieldset",
            "legend",
            "div",
            "p",
            "blockquote",
            "ul",
            "ol",
            "menu",
            "li",
            "dl",
            "dt",
            "dd",
            "figure",
            "figcaption",
            "address",
            "details",
            "summary",
            "dialog",
            "hgroup",
            "center",
            "hr",
            "pre",
            "search",
        )
    )
)
# A new block of these kinds implicitly closes an open <p> (HTML5 "close a p element").
_CLOSES_P = _BLOCK - _TABLE_PARTS - frozenset(("html", "body", "head"))
_HEAD_CONTENT = frozenset(("title", "meta", "link", "style", "script", "base", "noscript", "template"))
# An end tag only closes an open element inside the same table cell / table (HTML5 scopes).
_DEFAULT_SCOPE = frozenset(("td", "th", "caption", "table", "html"))
_END_SCOPE = {tag: frozenset(("table", "html")) for tag in _TABLE_PARTS} | {"table": frozenset(("html",))}
_INVISIBLE = frozenset("\xad\u200b\u200c\u200d\u2060\ufeff")  # soft hyphen, zero-width chars
_BOLD_HEADING_MAX_WORDS = 15
_SPACE = re.compile(r"\s+")
_ONLY_TAGS = re.compile(r"<[^<>]*>")

# Site furniture named by id, class, role or aria-label: never posting content, even inside
# <main> (a share bar under the posting, a related-jobs list, a cookie notice).
_FURNITURE_WORDS = frozenset(
    (
        "cookie",
        "cookies",
        "consent",
        "gdpr",
        "breadcrumb",
        "breadcrumbs",
        "share",
        "sharing",
        "sharethis",
        "social",
        "related",
        "newsletter",
        "subscribe",
        "skip",
        "skiplink",
        "skipnav",
        "navbar",
        "topbar",
        "menu",
        "pagination",
        "pager",
    )
)
_FURNITURE_ROLES = frozenset(("navigation", "search", "menu", "menubar", "alertdialog"))
_CHROME_ROLES = frozenset(("banner", "contentinfo", "complementary"))  # like <header>, <footer>, <aside>
_WORD = re.compile(r"[a-z]+")
# Elements that hold site furniture; headings, paragraphs and list items are named after their
# text ("key-objective-2-...-knowledge-sharing"), so their ids say nothing about furniture.
_FURNITURE_TAGS = frozenset(
    (
        "div",
        "section",
        "aside",
        "nav",
        "ul",
        "ol",
        "header",
        "footer",
        "form",
        "dialog",
        "a",
        "span",
        "details",
        "menu",
        "search",
        "iframe",
        "figure",
    )
)
_ID_MAX_WORDS = 3  # a longer id is a slug of the element's text

# Elements nested deeper than this are not tracked (their text still is): no posting nests so
# deep, and every tag looks through the open elements, so a page nested 100,000 levels deep
# would otherwise take quadratic time.
MAX_DEPTH = 256

# Flags an element passes on to everything inside it.
_F_SKIP, _F_MAIN, _F_ARTICLE, _F_CHROME, _F_NAV_FORM, _F_CODE = 1, 2, 4, 8, 16, 32


@dataclass(slots=True)
class _Element:
    tag: str
    flags: int
    serial: int = 0  # tells elements apart (which table row or <dl> a block sat in)


def read_html(text: str) -> list[Block]:
    """Parse an HTML page (or fragment) into blocks of its main content, in document order."""
    return read_page(text)[0]


def read_page(text: str) -> tuple[list[Block], list[tuple[str, str, Span]]]:
    """Blocks of the page's main content, and the title candidates the page states: <title>,
    og:title and <h1> (see ``Document.page_titles``)."""
    reader = _Reader(text)
    try:
        reader.feed(text)
        reader.close()
    except (AssertionError, ValueError):  # pragma: no cover - markup the stdlib parser rejects
        pass  # keep what was read before it
    reader.finish(len(text))
    # The first <main> (or role="main"), else the first <article>, else the page without its
    # chrome; a main element with no text (a script placeholder) falls through to the next.
    choices = [(_F_MAIN, _F_NAV_FORM), (_F_ARTICLE, _F_NAV_FORM), (0, _F_CHROME)]
    blocks: list[Block] = []
    for want, drop in choices:
        kept = [(b, cell) for b, flags, cell in reader.found if (not want or flags & want) and not flags & drop]
        if kept:
            blocks = pair(kept)
            break
    titles = [_title(name, text, offsets, reader.site_names) for name, text, offsets in reader.titles]
    titles.extend(
        ("h1", b.text, b.source_span(0, len(b.text)))
        for b, flags, _ in reader.found
        if b.kind == "heading" and b.level == 1 and not flags & _F_NAV_FORM
    )
    titles.sort(key=lambda t: t[2].start)
    return blocks, [(name, text, span) for name, text, span in titles if text]


def _title(name: str, text: str, offsets, site_names: set[str]) -> tuple[str, str, Span]:
    """A title candidate without the site's name, with the span of what is kept."""
    kept = _site_suffix(text, site_names)
    i = text.find(kept)
    if i < 0 or not kept:
        return name, kept, Span(offsets[0], offsets[-1] + 1)
    return name, kept, Span(offsets[i], offsets[i + len(kept) - 1] + 1)


def _is_furniture(values: dict[str, str]) -> bool:
    """Cookie banners, breadcrumbs, share bars, related jobs, skip links: by role, or by a word
    of the id, class or aria-label ("cookie-consent", "usa-skipnav", "relatedJobs")."""
    if values.get("role", "").strip().lower() in _FURNITURE_ROLES:
        return True
    element_id = re.sub(r"([a-z])([A-Z])", r"\1 \2", values.get("id", "")).lower()  # camelCase ids
    if len(_WORD.findall(element_id)) > _ID_MAX_WORDS:
        element_id = ""
    classes = re.sub(r"([a-z])([A-Z])", r"\1 \2", values.get("class", "")).lower()
    names = " ".join((element_id, classes, values.get("aria-label", "").lower()))
    return any(word in _FURNITURE_WORDS for word in _WORD.findall(names))


def _is_heading_anchor(attrs: list[tuple[str, str | None]]) -> bool:
    """A permalink such as ``<a class="header-anchor" href="#id">#</a>``: its "#" is not text."""
    values = {name: value or "" for name, value in attrs}
    classes = values.get("class", "").lower()
    return values.get("href", "").startswith("#") and ("anchor" in classes or "headerlink" in classes)


class _Reader(HTMLParser):
    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self.source = source
        self.line_starts = line_starts(source, lone_cr=False)  # getpos() counts LF only
        self.stack: list[_Element] = []
        self.found: list[tuple[Block, int, Cell | None]] = []
        self.serial = 0
        self.titles: list[tuple[str, str, list[int]]] = []  # <title> and og:title, with offsets
        self.site_names: set[str] = set()  # og:site_name, application-name: removed from titles
        self.title_text: TextBuilder | None = None  # collecting <title>
        self.pending_br: int | None = None  # a <br> that may end a labelled line
        self.line_bold = False  # the current line starts with a bold run ("<b>Salary:</b> ...")
        self.main_seen = False
        self.article_seen = False
        # The block being collected: its text, where it started, the innermost block element
        # holding it (``container``, at index ``ctx_depth - 1`` of the stack) and its flags.
        self.builder = TextBuilder()
        self.ctx_start = 0
        self.ctx_flags = 0
        self.container: str | None = None
        self.ctx_depth = 0
        self.kind, self.level = "paragraph", 0
        self.bold_runs = 0  # bold elements directly in the block: one, alone, makes a heading
        self.loose_text = False  # text outside bold elements
        self.split_after_bold = False  # a bold label just closed: a line break after it ends a heading

    def parse_marked_section(self, i: int, report: bool = True) -> int:
        """Read an unknown ``<![foo[...]]>`` as browsers do, a bogus comment ending at ``>``:
        the stdlib raises AssertionError on it, which would lose the rest of the page."""
        position = self.getpos()
        try:
            return super().parse_marked_section(i, report)
        except AssertionError:
            self.lineno, self.offset = position  # it may have moved the position before raising
            end = self.rawdata.find(">", i)
            return -1 if end == -1 else end + 1

    # -- positions -------------------------------------------------------------------------
    def _pos(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    @property
    def _skipping(self) -> bool:
        return bool(self.stack) and bool(self.stack[-1].flags & _F_SKIP)

    # -- tags --------------------------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.split_after_bold = False
        pos = self._pos()
        if tag in _BLOCK:
            self._flush(pos)
        if not self._skipping and self._close_implied(tag) and tag not in _BLOCK:
            self._flush(pos)  # e.g. an unclosed <head> ended by a <span>
            self._open_context(pos)
        if tag == "meta":
            self._meta(attrs, pos)
        if tag in _VOID:
            if tag == "br" and not self._skipping:
                self._line_break(pos, pos + len(self.get_starttag_text() or "<br>"))
            elif tag in _BLOCK:
                self._open_context(pos + len(self.get_starttag_text() or ""))
            return
        flags = self.stack[-1].flags if self.stack else 0
        flags |= self._own_flags(tag, attrs, flags)
        if tag in _BOLD and not any(e.tag in _BOLD for e in self.stack[self.ctx_depth :]):
            if self.pending_br is not None and len(self.builder):
                at = self.pending_br  # "...<br><b>Location:</b>": the label starts a new line block
                self._flush(at)
                self._open_context(at)
            self.bold_runs += 1
        self.serial += 1
        if len(self.stack) >= MAX_DEPTH:
            return  # deeper elements are read as text of the deepest one kept: bounded depth, linear time
        self.stack.append(_Element(tag, flags, self.serial))
        if (
            tag == "title"
            and self.title_text is None
            and not any(e.tag == "svg" for e in self.stack)
            and not any(name == "html-title" for name, _, _ in self.titles)
        ):
            self.title_text = TextBuilder()
        if tag in _BLOCK:
            self._open_context(pos)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:  # <div/>, or an SVG child
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        pos = self._pos()
        close = self.source.find(">", pos)
        end = close + 1 if close != -1 else len(self.source)
        if tag == "br":  # browsers read a stray </br> as <br>
            self.handle_starttag("br", [])
            return
        if tag == "title" and self.title_text is not None:
            text, offsets, _ = self.title_text.build()
            if text:
                self.titles.append(("html-title", text, list(offsets)))
            self.title_text = None
        index = self._find_open(tag)
        popped = self.stack[index:] if index is not None else []
        ends_block = tag in _BLOCK or any(e.tag in _BLOCK for e in popped)
        if ends_block:
            self._flush(end)
        del self.stack[len(self.stack) - len(popped) :]
        if ends_block:
            self._open_context(end)
        elif (
            tag in _BOLD
            and self.kind == "paragraph"
            and self.container in ("p", "div")
            and self.bold_runs == 1
            and not self.loose_text
        ):
            self.split_after_bold = True  # "<p><strong>Salary:</strong>\nvalue</p>": a label line

    def _own_flags(self, tag: str, attrs: list[tuple[str, str | None]], inherited: int) -> int:
        """Flags ``tag`` adds; also notes the first main element and the first <article>."""
        flags = 0
        values = {name: (value or "") for name, value in attrs}
        style = values.get("style", "").replace(" ", "").lower()
        hidden = (
            "hidden" in values
            or values.get("aria-hidden", "").strip().lower() == "true"
            or "display:none" in style
            or "visibility:hidden" in style
        )
        if tag in _FURNITURE_TAGS:
            if _is_furniture(values):
                flags |= _F_NAV_FORM | _F_CHROME
            elif values.get("role", "").strip().lower() in _CHROME_ROLES:
                flags |= _F_CHROME
        if tag in _SKIP or hidden or (tag == "a" and _is_heading_anchor(attrs)):
            flags |= _F_SKIP
        if tag in _CHROME:
            flags |= _F_CHROME
        if tag in _NAV_FORM:
            flags |= _F_NAV_FORM
        if tag in _CODE:
            flags |= _F_CODE
        if inherited & _F_SKIP or flags & _F_SKIP:
            return flags
        role = next((v for n, v in attrs if n == "role"), None) or ""
        if (tag == "main" or role.strip().lower() == "main") and not self.main_seen:
            self.main_seen = True
            flags |= _F_MAIN
        if tag == "article" and not self.article_seen:
            self.article_seen = True
            flags |= _F_ARTICLE
        return flags

    def _find_open(self, tag: str) -> int | None:
        """Index of the open element an end tag closes, or None when it closes nothing."""
        scope = _END_SCOPE.get(tag, _DEFAULT_SCOPE)
        for i in range(len(self.stack) - 1, -1, -1):
            name = self.stack[i].tag
            if name == tag or (tag in _HEADINGS and name in _HEADINGS):  # <h1>...</h2>
                return i
            if name in scope:
                return None
        return None

    def _close_implied(self, tag: str) -> bool:
        """Pop elements that a new ``tag`` implicitly ends (unclosed <p>, <li>, <td>, <head>...).

        Returns whether any element was popped."""
        depth = len(self.stack)
        if tag not in _HEAD_CONTENT:
            self._pop_to(("head",), stop=frozenset(("html", "body")))
        if tag in _CLOSES_P:
            self._pop_innermost_block(("p",))
            # Browsers would nest the block in the heading; an unclosed <h3> followed by a <p> is
            # a forgotten end tag, so end the heading instead of making the page one heading.
            self._pop_innermost_block(_HEADINGS)
        if tag == "li":
            self._pop_to(("li",), stop=_BLOCK - {"li", "div", "p", "address"})
        elif tag in ("dd", "dt"):
            self._pop_to(("dd", "dt"), stop=_BLOCK - {"dd", "dt", "div", "p", "address"})
        elif tag in ("td", "th"):
            self._pop_to(("td", "th"), stop=frozenset(("tr", "table")))
        elif tag == "tr":
            self._pop_to(("tr",), stop=frozenset(("table",)))
        return len(self.stack) != depth

    def _pop_innermost_block(self, tags: Collection[str]) -> None:
        """Pop the innermost block element (and what is inside it) if it is one of ``tags``."""
        for i in range(len(self.stack) - 1, -1, -1):
            name = self.stack[i].tag
            if name in _BLOCK:
                if name in tags:
                    del self.stack[i:]
                return

    def _pop_to(self, tags: Collection[str], stop: frozenset[str]) -> None:
        """Pop the innermost open element in ``tags`` unless an element in ``stop`` comes first."""
        for i in range(len(self.stack) - 1, -1, -1):
            name = self.stack[i].tag
            if name in tags:
                del self.stack[i:]
                return
            if name in stop:
                return

    # -- text ------------------------------------------------------------------------------
    def handle_data(self, data: str) -> None:
        if self.title_text is not None and self.stack and self.stack[-1].tag == "title":
            _add_folded(self.title_text, data, self._pos())
        if self._skipping:
            return
        pos = self._pos()
        if data.strip():
            self.pending_br = None
        if self.split_after_bold and _LINE_BREAK.match(data) and data.strip():
            self._flush(pos)  # the bold first line becomes a heading of its own
            self._open_context(pos)
        self.split_after_bold = False
        self._add_text(data, pos)

    def handle_entityref(self, name: str) -> None:
        self._add_entity("&" + name, self._pos())

    def handle_charref(self, name: str) -> None:
        self._add_entity("&#" + name, self._pos())

    def _add_entity(self, raw: str, pos: int) -> None:
        if self.source.startswith(";", pos + len(raw)):
            raw += ";"
        decoded = unescape(raw)
        if self.title_text is not None and self.stack and self.stack[-1].tag == "title":
            self.title_text.add(decoded, [pos] * len(decoded))
        if self._skipping:
            return
        if decoded == raw:  # not an entity after all ("AT&T"): plain source text
            self._add_text(raw, pos)
            return
        decoded = "".join(ch for ch in decoded if ch not in _INVISIBLE)
        if not decoded:
            return
        if decoded.isspace():  # &nbsp; separates words like any space
            self.builder.add_space(pos)
            return
        self._note_text()
        self.builder.add(decoded, [pos] * len(decoded), masked=self._in_code)

    def _add_text(self, data: str, pos: int) -> None:
        if not data:
            return
        masked = self._in_code
        if not data.isspace():
            self._note_text()
        i = 0
        for m in _SPACE.finditer(data):
            if m.start() > i:
                self.builder.add_run(data[i : m.start()], pos + i, masked=masked)
            self.builder.add_space(pos + m.start())  # a whitespace run is one space
            i = m.end()
        if i < len(data):
            self.builder.add_run(data[i:], pos + i, masked=masked)

    @property
    def _in_code(self) -> bool:
        return bool(self.stack) and bool(self.stack[-1].flags & _F_CODE)

    def _note_text(self) -> None:
        """Remember text outside any bold element: the block is then not a bold-only heading;
        and whether the line starts with a bold label."""
        in_bold = any(e.tag in _BOLD for e in self.stack[self.ctx_depth :])
        if not self.builder.text().strip():
            self.line_bold = in_bold
        if not in_bold:
            self.loose_text = True

    def _line_break(self, pos: int, after: int) -> None:
        """A <br>: a space inside a paragraph, but a line that starts with a bold label
        ("<b>Salary:</b> $18<br>") ends there as a block of its own."""
        if self.line_bold and self.kind != "heading" and len(self.builder):
            self._flush(pos)
            self._open_context(after)
            return
        if not self.builder.has_text():
            self.ctx_start = max(self.ctx_start, after)  # a <br> before any text: the block starts after it
            return
        self.builder.add_space(pos)
        if len(self.builder):
            self.pending_br = pos

    def _meta(self, attrs: list[tuple[str, str | None]], pos: int) -> None:
        """og:title is a title candidate; og:site_name and application-name name the site."""
        values = {name: value or "" for name, value in attrs}
        name = (values.get("property") or values.get("name") or "").strip().lower()
        content = values.get("content", "").strip()
        if not content:
            return
        if name in ("og:site_name", "application-name"):
            self.site_names.add(content.lower())
        elif name == "og:title":
            raw = self.get_starttag_text() or ""
            m = re.search(r"\bcontent\s*=\s*([\"']?)", raw, re.I)
            if m is None:
                return
            if m.group(1):
                end = raw.find(m.group(1), m.end())
            else:
                # An unquoted value runs to white space, ">" or the end of the tag text.
                stop = re.search(r"[\s>]", raw[m.end() :])
                end = (stop.start() if stop else len(raw) - m.end()) + m.end()
            raw_value = raw[m.end() : end if end >= 0 else len(raw)]
            lead = len(raw_value) - len(raw_value.lstrip())
            start = pos + m.end() + lead
            if raw_value.strip() == content:  # no entities: every character where it was written
                offsets = list(range(start, start + len(content)))
            else:
                offsets = [start + o for o in align(content, raw_value.strip(), 0, len(raw_value.strip()))]
            self.titles.append(("og:title", content, offsets))

    def _cell(self) -> Cell | None:
        """Where the block being flushed sits in a table or a definition list."""
        ancestors = self.stack[: self.ctx_depth]
        for i in range(len(ancestors) - 1, -1, -1):
            element = ancestors[i]
            if element.tag in ("td", "th"):
                row = next((e.serial for e in reversed(ancestors[:i]) if e.tag == "tr"), None)
                table = next((e.serial for e in reversed(ancestors[:i]) if e.tag == "table"), None)
                return Cell(table, row, element.serial, "cell") if row is not None else None
            if element.tag in ("dt", "dd"):
                dl = next((e.serial for e in reversed(ancestors[:i]) if e.tag == "dl"), None)
                return Cell(dl, None, element.serial, element.tag) if dl is not None else None
            if element.tag in ("table", "dl", "li"):
                return None
        return None

    # -- blocks ------------------------------------------------------------------------------
    def _open_context(self, at: int) -> None:
        """Start collecting the text of the innermost open block element."""
        self.builder = TextBuilder()
        self.ctx_start = at
        self.ctx_flags = self.stack[-1].flags if self.stack else 0
        self.container = None
        self.ctx_depth = 0
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i].tag in _BLOCK:
                self.container = self.stack[i].tag
                self.ctx_depth = i + 1
                break
        self.kind, self.level = self._kind()
        self.bold_runs = 0
        self.loose_text = False
        self.split_after_bold = False
        self.pending_br = None
        self.line_bold = False

    def _flush(self, at: int) -> None:
        text, offsets, masks = self.builder.build()
        if text:
            kind, level = self.kind, self.level
            implied = False
            if (
                kind == "paragraph"
                and self.container in ("p", "div")
                and self.bold_runs == 1
                and not self.loose_text
                and len(text.split()) <= _BOLD_HEADING_MAX_WORDS
            ):
                kind, level, implied = "heading", 7, True
            start = min(self.ctx_start, offsets[0])
            if not _ONLY_TAGS.sub("", self.source[start : offsets[0]]).strip():
                # Only tags and white space before the text ("<p>\n    We're looking..."): the
                # block starts at its text, where an editor or annotation should point.
                start = offsets[0]
            span = Span(start, max(at, offsets[-1] + 1))
            block = Block(
                kind=kind, text=text, offsets=offsets, span=span, level=level, masks=masks, implied_heading=implied
            )
            self.found.append((block, self.ctx_flags, self._cell()))
        self.builder = TextBuilder()

    def _kind(self) -> tuple[str, int]:
        """Kind and level from the nearest heading, list item or table cell around the text."""
        ancestors = self.stack[: self.ctx_depth]
        for i in range(len(ancestors) - 1, -1, -1):
            tag = ancestors[i].tag
            if tag in _HEADINGS:
                return "heading", int(tag[1])
            if tag == "li":
                return "list_item", sum(1 for e in ancestors[: i + 1] if e.tag == "li")
            if tag in ("td", "th"):
                return "table_cell", 0
        return "paragraph", 0

    def finish(self, end: int) -> None:
        self._flush(end)


def _add_folded(builder: TextBuilder, data: str, pos: int) -> None:
    i = 0
    for m in _SPACE.finditer(data):
        if m.start() > i:
            builder.add_run(data[i : m.start()], pos + i)
        builder.add_space(pos + m.start())
        i = m.end()
    if i < len(data):
        builder.add_run(data[i:], pos + i)


# Separators between a page title and the site's name: "UX Designer | Acme Careers".
_TITLE_SEPARATORS = re.compile(r"\s+(?:\||-|\u2013|\u2014|::|\u00b7|\u2022|\u00bb)\s+")
_SITE_WORDS = re.compile(
    r"\b(?:careers?|jobs?|vacanc(?:y|ies)|join us|work (?:at|with)|openings?|"
    r"karriere|emplois?|vacatures?|empleos?|vagas?)\b",
    re.I,
)


def _site_suffix(title: str, site_names: set[str]) -> str:
    """``title`` without the site's name: "UX Designer | Acme Careers" -> "UX Designer",
    "Jobs at Acme - UX Designer" -> "UX Designer". A part is the site's name when the page
    says so (og:site_name) or when it speaks of careers, jobs or hiring; the title keeps its
    other parts ("Engineer - Backend")."""
    parts = _TITLE_SEPARATORS.split(title.strip())
    if len(parts) < 2:
        return title.strip()
    kept = [p for p in parts if p.strip().lower() not in site_names and not _SITE_WORDS.search(p)]
    if not kept:
        return parts[0].strip()
    if len(kept) == len(parts) and " | " in title:
        return title.split(" | ")[0].strip()  # "Title | Acme": the site name comes after the bar
    return " - ".join(p.strip() for p in kept) if len(kept) > 1 else kept[0].strip()


_JSON_LD = re.compile(
    r"<script\b[^>]*\btype\s*=\s*[\"']?application/ld\+json[\"']?[^>]*>(.*?)</script\s*>", re.I | re.S
)


def read_json_ld(text: str) -> list[tuple[object, str | None, Span]]:
    """schema.org JSON-LD blocks: (parsed data, None, span) or (None, error, span) when the JSON
    is broken; the span covers the script's content."""
    import json

    found: list[tuple[object, str | None, Span]] = []
    for m in _JSON_LD.finditer(text):
        span = Span(m.start(1), m.end(1))
        try:
            found.append((json.loads(m.group(1)), None, span))
        except json.JSONDecodeError as exc:
            found.append((None, f"{exc.msg} at line {exc.lineno} column {exc.colno} of the script", span))
    return found


def json_ld_titles(source: str, structured: list[tuple[object, str | None, Span]]) -> list[tuple[str, str, Span]]:
    """The ``title`` of every JobPosting in the page's JSON-LD (top level, lists, ``@graph``),
    with the span of its JSON string in the source."""
    import json

    found: list[tuple[str, str, Span]] = []
    for data, error, span in structured:
        if error is not None:
            continue
        titles = [p["title"] for p in _job_postings(data) if isinstance(p.get("title"), str) and p["title"].strip()]
        pos = span.start
        for title in titles:
            for m in _JSON_TITLE.finditer(source, pos, span.end):
                try:
                    value = json.loads(m.group(1))
                except ValueError:
                    continue
                if value == title:
                    start = m.start(1) + 1
                    found.append(("json-ld", title.strip(), Span(start, m.end(1) - 1)))
                    pos = m.end()
                    break
    return found


_JSON_TITLE = re.compile(r'"title"\s*:\s*("(?:[^"\\]|\\.)*")')


def _job_postings(data: object) -> list[dict]:
    if isinstance(data, list):
        return [p for item in data for p in _job_postings(item)]
    if not isinstance(data, dict):
        return []
    kind = data.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    found = [data] if "JobPosting" in kinds else []
    if "@graph" in data:
        found.extend(_job_postings(data["@graph"]))
    return found
