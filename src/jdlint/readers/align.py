"""Map text that a parser rendered (markup removed, escapes decoded) back onto its source.

Parsers such as markdown-it and PyYAML give positions for blocks and nodes, not for every
character of the text they return. Within one block the rendered text is a subsequence of the
source apart from decoded escapes, so a forward-only greedy walk recovers exact offsets: each
rendered character is matched to the next equal source character. Whitespace matches any
whitespace (a folded line break), and a character that cannot be found nearby (a decoded entity)
is pinned to the current position without consuming the source.
"""

from __future__ import annotations

_WINDOW = 64  # how far ahead to look for a character before giving up on it


def align(rendered: str, source: str, start: int, end: int) -> list[int]:
    """Return, for each character of ``rendered``, its offset in ``source[start:end]``."""
    if source.startswith(rendered, start) and start + len(rendered) <= end:
        return list(range(start, start + len(rendered)))  # the common case: text copied verbatim
    offsets: list[int] = []
    pos = start
    for ch in rendered:
        if ch.isspace():
            found = _find_space(source, pos, end)
        else:
            found = source.find(ch, pos, min(end, pos + _WINDOW))
            if found == -1 and ch in "'\"":
                # Typographic quotes are sometimes rendered from straight ones and vice versa.
                found = _find_any(source, "'\"\u2018\u2019\u201c\u201d", pos, min(end, pos + _WINDOW))
        if found == -1:
            offsets.append(min(pos, max(end - 1, start)))
            continue
        offsets.append(found)
        pos = found + 1
    return offsets


def _find_space(source: str, pos: int, end: int) -> int:
    limit = min(end, pos + _WINDOW)
    for i in range(pos, limit):
        if source[i].isspace():
            return i
    return -1


def _find_any(source: str, chars: str, pos: int, end: int) -> int:
    for i in range(pos, end):
        if source[i] in chars:
            return i
    return -1
