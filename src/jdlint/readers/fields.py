"""Label/value layouts into ``field`` blocks: two-column tables and definition lists.

Postings put their key facts in small tables (``| Salary | £30k |``, ``<tr><th>Location</th>
<td>Leeds</td></tr>``) and definition lists (``<dt>Hours</dt><dd>37.5 a week</dd>``). Read cell by
cell, the label and its value are two unrelated blocks; read as a field, the value block carries
its label (``Block.label``), which is what later stages match on.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass

from ..model import Block, Span

_LABEL_MAX_WORDS = 6


@dataclass(frozen=True, slots=True)
class Cell:
    """Where a block sat: ``group`` is a table or a <dl>, ``row`` a table row (None in a <dl>),
    ``cell`` the cell or the dt/dd element, ``role`` "cell", "dt" or "dd"."""

    group: Hashable
    row: Hashable | None
    cell: Hashable
    role: str
    index: int | None = None  # the cell's column, counted from 0, when the reader knows it


def pair(items: list[tuple[Block, Cell | None]]) -> list[Block]:
    """The blocks in order, with label/value tables and definition lists turned into fields."""
    tables: dict[Hashable, dict[Hashable, list[tuple[Hashable, Block]]]] = {}
    lists: dict[Hashable, list[tuple[Cell, Block]]] = {}
    for block, cell in items:
        if cell is None:
            continue
        if cell.role == "cell":
            key = cell.cell if cell.index is None else (cell.cell, cell.index)
            tables.setdefault(cell.group, {}).setdefault(cell.row, []).append((key, block))
        else:
            lists.setdefault(cell.group, []).append((cell, block))
    dropped: set[int] = set()
    for rows in tables.values():
        if _is_label_table(rows):
            for cells in rows.values():
                label_cell = cells[0][0]
                labels = [b for c, b in cells if c == label_cell]
                values = [b for c, b in cells if c != label_cell]
                _make_field(labels[0], values[0])
                dropped.add(id(labels[0]))
        else:
            _mark_columns(rows)
    for entries in lists.values():
        label: Block | None = None
        for cell, block in entries:
            if cell.role == "dt":
                label = block if _is_label(block.text) else None
            elif label is not None:
                _make_field(label, block)
                dropped.add(id(label))
    return [block for block, _ in items if id(block) not in dropped]


def _mark_columns(rows: dict[Hashable, list[tuple[Hashable, Block]]]) -> None:
    """Point every cell of a table with a header row at the header cell of its column, so that a
    column headed "Essential" or "Desirable" (a person specification) can become a section."""
    ordered = list(rows.values())
    if len(ordered) < 2:
        return
    header = [b for _, b in ordered[0]]
    header_cells = list(dict.fromkeys(c for c, _ in ordered[0]))
    if len(header) != len(header_cells):
        return  # a header cell in several blocks: not a plain header row
    for block in header:
        block.column = block
    indexed = all(isinstance(c, tuple) for cells in ordered for c, _ in cells)
    at = {_column(c): block for c, block in ordered[0]} if indexed else {}
    for cells in ordered[1:]:
        if indexed:  # the reader counted the columns: empty cells do not shift the others
            for c, block in cells:
                block.column = at.get(_column(c))
            continue
        names = list(dict.fromkeys(c for c, _ in cells))
        if len(names) != len(header):
            continue  # merged or missing cells: the columns do not line up
        for c, block in cells:
            block.column = header[names.index(c)]


def _is_label(text: str) -> bool:
    text = text.strip()
    return bool(text) and len(text.split()) <= _LABEL_MAX_WORDS and not text.endswith((".", "!", "?"))


def _column(key: Hashable) -> Hashable | None:
    """The column index of a ``(cell, index)`` key (a reader that counts columns), else None."""
    return key[1] if isinstance(key, tuple) else None


def _is_label_table(rows: dict[Hashable, list[tuple[Hashable, Block]]]) -> bool:
    """Every row has two cells, the first a short label in one block, and some value."""
    if not rows:
        return False
    for cells in rows.values():
        names = list(dict.fromkeys(c for c, _ in cells))
        if len(names) != 2:
            return False
        labels = [b for c, b in cells if c == names[0]]
        if len(labels) != 1 or not _is_label(labels[0].text):
            return False
    if len(rows) == 1:  # one row reads as a pair only when its label says so ("Salary:")
        first = next(iter(rows.values()))[0][1]
        return first.text.rstrip().endswith(":")
    return True


def _make_field(label: Block, value: Block) -> None:
    value.kind = "field"
    value.label = label.text.strip().rstrip(":").strip()
    value.level = 0
    value.span = Span(min(label.span.start, value.span.start), max(label.span.end, value.span.end))
