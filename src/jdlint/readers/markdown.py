"""Markdown (CommonMark + GFM tables) into blocks, using markdown-it-py.

markdown-it gives each block its line range; the text of each inline run is mapped back to exact
source offsets with a forward-only walk (see ``align``), skipping link targets and inline HTML.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..model import LINE_BREAK, Block, Span, TextBuilder, line_starts
from .align import align
from .fields import Cell, pair

_BLOCK_OPENERS = {"heading_open", "paragraph_open", "th_open", "td_open"}
_BOLD_HEADING_MAX_WORDS = 15


@lru_cache(maxsize=1)
def _parser():
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])


def read_markdown(
    text: str,
    *,
    offset_map: Sequence[int] | None = None,
    origin: str = "body",
    field: str | None = None,
) -> list[Block]:
    """Parse ``text`` into blocks.

    Offsets are positions in ``text``; when ``offset_map`` is given (text taken from a
    front-matter value), each position ``i`` is translated to ``offset_map[i]``.
    """
    tokens = _parser().parse(text)
    starts = line_starts(text) + [len(text)]  # markdown-it's end lines are exclusive
    blocks: list[Block] = []
    list_depth = 0
    item_depth_stack: list[int] = []
    opener = None
    prev_end = 0
    cells: dict[int, Cell] = {}  # table cells by block id: label/value tables become fields
    links: dict[int, int] = {}  # blocks made only of links, by block id: their number of links
    table = row = cell = column = 0
    for tok in tokens:
        kind = tok.type
        if kind == "table_open":
            table += 1
        elif kind == "tr_open":
            row += 1
            column = -1
        elif kind in ("th_open", "td_open"):
            cell += 1
            column += 1
        if kind in ("bullet_list_open", "ordered_list_open"):
            list_depth += 1
        elif kind in ("bullet_list_close", "ordered_list_close"):
            list_depth -= 1
        elif kind == "list_item_open":
            item_depth_stack.append(list_depth)
        elif kind == "list_item_close":
            item_depth_stack.pop()
        elif kind in _BLOCK_OPENERS:
            opener = tok
        elif kind == "html_block" and tok.map:
            start = max(starts[tok.map[0]], prev_end)
            blocks.extend(_html_blocks(text, start, starts[min(tok.map[1], len(starts) - 1)]))
        elif kind == "inline" and opener is not None and tok.map:
            region = (max(starts[tok.map[0]], prev_end), starts[min(tok.map[1], len(starts) - 1)])
            block_start = starts[opener.map[0]] if opener.map else region[0]
            children = tok.children or []
            split = _bold_first_line(children) if opener.type == "paragraph_open" else None
            parts = [children] if split is None else [children[:split], children[split + 1 :]]
            for part in parts:
                block, prev_end = _inline_block(
                    text, part, opener, (max(region[0], prev_end), region[1]), block_start, bool(item_depth_stack)
                )
                count = _link_count(part) if block is not None else 0
                if count:
                    links[id(block)] = count
                if block is not None:
                    if opener.type in ("th_open", "td_open"):
                        cells[id(block)] = Cell(table, row, cell, "cell", column)
                    block.level = block.level or (item_depth_stack[-1] if item_depth_stack else 0)
                    if split is not None and block.kind == "heading":
                        block.span = Span(block.offsets[0], block.offsets[-1] + 1)
                    blocks.append(block)
                    block_start = prev_end
            opener = None
    if links:
        blocks = _without_navigation(blocks, links)
    blocks = [piece for block in blocks for piece in _unspaced_heading(block, text)]
    blocks = [_textile_heading(block) for block in blocks]
    if cells:
        blocks = pair([(block, cells.get(id(block))) for block in blocks])
    if offset_map is not None or origin != "body":
        for block in blocks:
            _translate(block, offset_map, origin, field)
    return blocks


def _html_blocks(text: str, start: int, end: int) -> list[Block]:
    """Blocks of an HTML block inside Markdown (``<p>``, ``<ul>``, ``<table>`` runs), read by
    the HTML reader with their offsets moved to where the run sits."""
    if "<" not in text[start:end] or not text[start:end].strip():
        return []
    from .html import read_html

    blocks = read_html(text[start:end])
    for block in blocks:
        block.offsets = type(block.offsets)("l", (o + start for o in block.offsets))
        block.span = Span(block.span.start + start, block.span.end + start)
    return blocks


def _bold_first_line(children) -> int | None:
    """Index of the line break after a bold first line (``**Salary range:**`` + newline + text)."""
    first = 0
    while first < len(children) and children[first].type == "text" and not children[first].content.strip():
        first += 1
    if first >= len(children) or children[first].type != "strong_open":
        return None
    depth = 0
    for i, child in enumerate(children[first:], first):
        depth += child.type == "strong_open"
        depth -= child.type == "strong_close"
        if depth == 0:
            nxt = i + 1
            if nxt < len(children) and children[nxt].type == "text" and not children[nxt].content.strip():
                nxt += 1
            if nxt < len(children) and children[nxt].type in ("softbreak", "hardbreak") and nxt + 1 < len(children):
                return nxt
            return None
    return None


def _inline_block(text: str, children, opener, region: tuple[int, int], block_start: int, in_list: bool):
    start, end = region
    builder = TextBuilder()
    pos = start
    link_stack: list[str] = []
    for child in children:
        ctype = child.type
        if ctype in ("text", "code_inline"):
            content = child.content
            if not content:
                continue
            found = text.find(content, pos, end)
            placed: range | list[int]
            if found != -1 and not text[pos:found].strip(" \t\n*_~`[>"):
                placed = range(found, found + len(content))  # verbatim after markup: no walk
            else:
                placed = align(content, text, pos, end)
            masked = ctype == "code_inline" or (bool(link_stack) and link_stack[-1] == "autolink")
            builder.add(content, placed, masked=masked)
            pos = placed[-1] + 1
        elif ctype in ("softbreak", "hardbreak"):
            brk = LINE_BREAK.search(text, pos, end)  # CR, LF or CRLF, as markdown-it reads them
            builder.add_space(brk.start() if brk else pos)
            if brk:
                pos = brk.end()
        elif ctype == "link_open":
            link_stack.append(child.markup or "")
        elif ctype == "link_close":
            kind = link_stack.pop() if link_stack else ""
            pos = _skip_link_target(text, pos, end, autolink=kind == "autolink")
        elif ctype == "image":
            pos = _skip_link_target(text, _skip_bracketed(text, pos, end), end, autolink=False)
        elif ctype == "html_inline":
            found = text.find(child.content, pos, end)
            if found != -1:
                builder.add_space(found)
                pos = found + len(child.content)
    body, offsets, masks = builder.build()
    if not body:
        return None, max(pos, start)
    block_end = end
    kind = {"heading_open": "heading", "th_open": "table_cell", "td_open": "table_cell"}.get(
        opener.type, "list_item" if in_list else "paragraph"
    )
    if kind == "heading" and in_list:
        kind = "list_item"  # "* #### Manage the volunteers": heading markup used to style a bullet
    level = int(opener.tag[1]) if kind == "heading" else 0
    implied = False
    if (
        kind == "paragraph"
        and _is_bold_only(children)
        and len(body.split()) <= _BOLD_HEADING_MAX_WORDS
        and not _label_lines(children)
        # "**WARNING: Don't edit this file, edit the template.**": a notice set in bold, a sentence
        and not (body.rstrip().endswith(".") and not body.rstrip().endswith("..") and len(body.split()) >= 5)
    ):
        kind, level, implied = "heading", 7, True
    block = Block(
        kind=kind,
        text=body,
        offsets=offsets,
        span=Span(block_start, block_end),
        level=level,
        masks=masks,
        implied_heading=implied,
    )
    return block, max(pos, offsets[-1] + 1)


_UNSPACED_HEADING = re.compile(r"(#{1,6})(?=[^\s#])")
# Textile's heading markup ("h2. Erzieher/-in", "h3. Das bieten wir Dir:"), which some CMSs store.
_TEXTILE_HEADING = re.compile(r"h([1-6])\.[ \t]+(?=\S)")


def _textile_heading(block: Block) -> Block:
    """A one-line paragraph in Textile heading markup is a heading of that level."""
    m = _TEXTILE_HEADING.match(block.text) if block.kind == "paragraph" else None
    if m is None or "\n" in block.text or len(block.text.split()) > 16:
        return block
    heading = block.slice(m.end(), len(block.text))
    if heading is None:
        return block
    heading.kind, heading.level = "heading", int(m.group(1))
    return heading


def _unspaced_heading(block: Block, source: str) -> list[Block]:
    """ "##Wichtig für uns ist": CommonMark needs a space after the hashes, postings often omit it.
    The paragraph's first line is then a heading, the rest stays a paragraph."""
    m = _UNSPACED_HEADING.match(block.text) if block.kind == "paragraph" else None
    if m is None or source[block.offsets[0]] != "#":
        return [block]
    cut = next((i for i in range(len(block.text)) if source[block.offsets[i]] == "\n"), len(block.text))
    heading = block.slice(m.end(), cut)
    if heading is None:
        return [block]
    heading.kind, heading.level = "heading", len(m.group(1))
    heading.span = Span(block.offsets[0], heading.span.end)
    rest = block.slice(cut, len(block.text))
    return [heading] + ([rest] if rest is not None else [])


_NAV_RUN = 3  # link-only list items in a row that make a menu


def _link_count(children) -> int:
    """The number of links in inline content made only of links (a menu entry, a breadcrumb, a
    linked logo), else 0."""
    depth = count = 0
    for c in children:
        if c.type == "link_open":
            depth += 1
            count += depth == 1
        elif c.type == "link_close":
            depth -= 1
        elif c.type in ("softbreak", "hardbreak") or (c.type == "text" and not c.content.strip()):
            continue
        elif depth == 0 and c.type != "image":
            return 0
    return count


def _without_navigation(blocks: list[Block], links: dict[int, int]) -> list[Block]:
    """A page converted to Markdown keeps the site's menus around the posting: runs of link-only
    list items (and the heading over a run that is all its section holds), breadcrumbs of links,
    and a linked logo heading above the page's own first heading. None of it is the posting."""
    drop: set[int] = set()
    i = 0
    while i < len(blocks):
        j = i
        while j < len(blocks) and blocks[j].kind == "list_item" and id(blocks[j]) in links:
            j += 1
        if j - i >= _NAV_RUN:
            drop.update(id(b) for b in blocks[i:j])
            before = blocks[i - 1] if i else None
            if before is not None and before.kind == "heading" and (j == len(blocks) or blocks[j].kind == "heading"):
                drop.add(id(before))
        i = max(j, i + 1)
    headings = [b for b in blocks if b.kind == "heading" and b.level == 1]
    for block in blocks:
        if block.kind == "paragraph" and links.get(id(block), 0) >= 2:
            drop.add(id(block))  # "[Home »](/) [About »](/about) [Jobs](/jobs)"
        elif (
            block.kind == "heading"
            and block.level == 1
            and id(block) in links
            and block is headings[0]
            and any(id(h) not in links for h in headings[1:])
        ):
            drop.add(id(block))  # "# [Tor](../index.html)" above "# Grants Manager"
    return [b for b in blocks if id(b) not in drop]


_BR_TAG = re.compile(r"<br\s*/?>", re.I)


def _is_bold_only(children) -> bool:
    """A paragraph whose whole content is one strong run: ``**Qualifications**`` (a line break
    typed as a tag after it, ``**Qualifications**<br />``, adds nothing)."""
    meaningful = [c for c in children if not (c.type == "text" and not c.content.strip())]
    while meaningful and meaningful[-1].type == "html_inline" and _BR_TAG.fullmatch(meaningful[-1].content.strip()):
        meaningful.pop()
    if len(meaningful) < 3:
        return False
    if meaningful[0].type != "strong_open" or meaningful[-1].type != "strong_close":
        return False
    depth = 0
    for c in meaningful[:-1]:
        depth += c.type == "strong_open"
        depth -= c.type == "strong_close"
        if depth == 0:
            return False
    return True


_LABEL_LINE = re.compile(r"^\s*[^\W\d_][^:\n]{0,40}:\s*\S")


def _label_lines(children) -> bool:
    """A bold run over several lines whose later lines are "Label: value" fields ("**Director" /
    "Location: London" / "Salary: £80,000**"): a block of fields set in bold, not a heading."""
    after_break = False
    for c in children:
        if c.type in ("softbreak", "hardbreak"):
            after_break = True
        elif c.type == "text" and after_break:
            if _LABEL_LINE.match(c.content):
                return True
            after_break = False
    return False


def _skip_bracketed(text: str, pos: int, end: int) -> int:
    """Skip ``[...]`` (an image's alt text) starting at or after ``pos``."""
    open_ = text.find("[", pos, end)
    if open_ == -1:
        return pos
    depth = 0
    for i in range(open_, end):
        if text[i] == "[":
            depth += 1
        elif text[i] == "]":
            depth -= 1
            if depth == 0:
                return i
    return pos


def _skip_link_target(text: str, pos: int, end: int, *, autolink: bool) -> int:
    """Move past ``](target)``, ``][ref]`` or an autolink's closing ``>``."""
    if autolink:
        gt = text.find(">", pos, end)
        return gt + 1 if gt != -1 else pos
    if text.startswith("](", pos):
        depth = 0
        for i in range(pos + 1, end):
            if text[i] == "(":
                depth += 1
            elif text[i] == ")":
                depth -= 1
                if depth == 0:
                    return i + 1
        return pos
    if text.startswith("][", pos):
        close = text.find("]", pos + 2, end)
        return close + 1 if close != -1 else pos
    if text.startswith("]", pos):
        return pos + 1
    return pos


def _translate(block: Block, offset_map: Sequence[int] | None, origin: str, field: str | None) -> None:
    if offset_map is not None:
        last = len(offset_map) - 1
        block.offsets = type(block.offsets)("l", (offset_map[min(o, last)] for o in block.offsets))
        block.span = Span(
            offset_map[min(block.span.start, last)], offset_map[min(max(block.span.end - 1, 0), last)] + 1
        )
    block.origin = origin
    block.field = field
