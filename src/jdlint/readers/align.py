"""Map text that a parser rendered (markup removed, escapes decoded) back onto its source.

Parsers such as markdown-it and PyYAML give positions for blocks and nodes, not for every
character of the text they return. Within one block the rendered text is a subsequence of the
source apart from decoded escapes, so a forward-only greedy walk recovers exact offsets: each
rendered character is matched to the next equal source character. Whitespace matches any
whitespace (a folded line break), a character decoded from an HTML entity or character reference
(``&amp;``, ``&#65;``) is matched to that reference as a unit, and a character that cannot be
found nearby is pinned to the current position without consuming the source.
"""

from __future__ import annotations

import html
import re

_WINDOW = 64  # how far ahead to look for a character before giving up on it
_ENTITY = re.compile(r"&(?:#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};)")


def align(rendered: str, source: str, start: int, end: int) -> list[int]:
    """Return, for each character of ``rendered``, its offset in ``source[start:end]``."""
    if source.startswith(rendered, start) and start + len(rendered) <= end:
        return list(range(start, start + len(rendered)))  # the common case: text copied verbatim
    offsets: list[int] = []
    pos = start
    for i, ch in enumerate(rendered):
        limit = min(end, pos + _WINDOW)
        found, after = _find(source, ch, pos, limit, rendered, i)
        if found == -1 and ch in "'\"":
            # Typographic quotes are sometimes rendered from straight ones and vice versa.
            found = _find_any(source, "'\"\u2018\u2019\u201c\u201d", pos, limit)
            after = found + 1
        if found == -1:
            offsets.append(min(pos, max(end - 1, start)))
            continue
        offsets.append(found)
        pos = after
    return offsets


def _find(source: str, ch: str, pos: int, limit: int, rendered: str, index: int) -> tuple[int, int]:
    """Offset of the source text ``ch`` was rendered from, and the offset just after it.

    A character reference is one unit: "A" rendered from ``&#65;`` matches the reference, and
    no character inside a reference matches on its own (the "A" of a later "AWS" must not be
    taken for the "A" that ``&#x41;`` decoded to, which would shift every offset after it). A
    reference the parser left as it was (YAML does not decode ``&amp;``) is matched character
    by character."""
    i = pos
    while i < limit:
        amp = source.find("&", i, limit)
        stop = limit if amp == -1 else amp
        hit = _find_space(source, i, stop) if ch.isspace() else source.find(ch, i, stop)
        if hit != -1:
            return hit, hit + 1
        if amp == -1:
            break
        m = _ENTITY.match(source, amp)
        decoded = html.unescape(m.group()) if m else ""
        if ch == "&" and (decoded != "&" or (m is not None and rendered.startswith(m.group(), index))):  # a literal "&"
            return amp, amp + 1
        if m is None:
            i = amp + 1
            continue
        if decoded[:1] == ch or (ch.isspace() and decoded[:1].isspace()):
            return amp, m.end()
        i = m.end()
    return -1, pos


def _find_space(source: str, pos: int, end: int) -> int:
    for i in range(pos, min(end, pos + _WINDOW)):
        if source[i].isspace():
            return i
    return -1


def _find_any(source: str, chars: str, pos: int, end: int) -> int:
    for i in range(pos, end):
        if source[i] in chars:
            return i
    return -1
