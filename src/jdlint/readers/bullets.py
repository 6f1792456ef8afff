"""Bullets typed as characters: "•<TAB>coordonnant ..." lines pasted from a word processor.

Markdown and HTML know only their own list markers, so lines that start with a bullet character
("•", "◦", "▪", "➤", "–"...) are one long paragraph to the parser: one "sentence" of 120 words
for the readability rules, and no list for the section and requirement rules. A paragraph (or a
list item, when the typed bullets continue it) in which two or more lines start with such a
character is split there: the text before the first bullet stays as it was (the lead-in), each
bullet becomes a list item.
"""

from __future__ import annotations

import re

from ..model import Block

# Characters used as bullets when typed or pasted (not "-", "*" or "+": Markdown reads those),
# followed by a space or a tab.
_GLYPH = re.compile(r"[•◦▪▫●○■□‣⁃➢➤►▶▸▹✓✔☐–—](?=\s)")


def split(blocks: list[Block], source: str) -> list[Block]:
    """``blocks`` with every paragraph of typed bullets split into a lead-in and list items."""
    out: list[Block] = []
    for block in blocks:
        starts = _bullet_starts(block, source) if block.kind in ("paragraph", "list_item") else []
        if len(starts) < 2:
            out.append(block)
            continue
        lead = block.slice(0, starts[0])
        if lead is not None:
            out.append(lead)
        # Under a list item ("1. Build the team:" then typed bullets) the bullets are nested in it.
        level = block.level + 1 if block.kind == "list_item" else 1
        for start, end in zip(starts, [*starts[1:], len(block.text)], strict=True):
            item = block.slice(start + 1, end)  # the text after the bullet character
            if item is not None:
                item.kind, item.level = "list_item", level
                out.append(item)
    return out


def _bullet_starts(block: Block, source: str) -> list[int]:
    """Positions in the block's text of bullet characters that open a line of the source and are
    followed by a space or a tab."""
    found = []
    for m in _GLYPH.finditer(block.text):
        i = m.start()
        j = block.offsets[i] - 1
        while j >= 0 and source[j] in " \t":
            j -= 1
        if j < 0 or source[j] in "\r\n":
            found.append(i)
    return found
