"""Decode YAML and TOML string scalars from their source, keeping every character's offset.

A front-matter value such as ``description: "Duties:\\r\\n- Plan \\"rounds\\""`` is decoded by
the YAML or TOML library, which says where the scalar starts and ends but not where each of its
characters came from. These decoders redo the decoding over the scalar's source region and
record, for every decoded character, the offset of the source character (or of the escape
sequence) that produced it, so that a finding inside the value points at the right line and
column. Callers compare the result with the library's value and fall back to an approximate
alignment when they differ (a construct these decoders do not model).
"""

from __future__ import annotations

import re

Decoded = tuple[str, list[int]]

_YAML_ESCAPES = {
    "0": "\0",
    "a": "\a",
    "b": "\b",
    "t": "\t",
    "\t": "\t",
    "n": "\n",
    "v": "\v",
    "f": "\f",
    "r": "\r",
    "e": "\x1b",
    " ": " ",
    '"': '"',
    "/": "/",
    "\\": "\\",
    "N": "\x85",
    "_": "\xa0",
    "L": "\u2028",
    "P": "\u2029",
}
_YAML_HEX = {"x": 2, "u": 4, "U": 8}
_TOML_ESCAPES = {"b": "\b", "t": "\t", "n": "\n", "f": "\f", "r": "\r", '"': '"', "\\": "\\", "e": "\x1b"}
_TOML_HEX = {"x": 2, "u": 4, "U": 8}
_BREAK = re.compile(r"\r\n|\r|\n")
_BLANKS = " \t"


class _Out:
    """Decoded characters and their source offsets."""

    __slots__ = ("chars", "offsets")

    def __init__(self) -> None:
        self.chars: list[str] = []
        self.offsets: list[int] = []

    def add(self, text: str, at: int) -> None:
        for ch in text:
            self.chars.append(ch)
            self.offsets.append(at)

    def run(self, source: str, start: int, end: int) -> None:
        self.chars.extend(source[start:end])
        self.offsets.extend(range(start, end))

    def rstrip_blanks(self) -> None:
        while self.chars and self.chars[-1] in _BLANKS:
            self.chars.pop()
            self.offsets.pop()

    def result(self) -> Decoded:
        return "".join(self.chars), self.offsets


def _break_at(source: str, i: int) -> int:
    """Length of the line break at ``i`` (0 when there is none)."""
    if source.startswith("\r\n", i):
        return 2
    return 1 if i < len(source) and source[i] in "\r\n" else 0


def _fold(source: str, i: int, end: int, out: _Out) -> int:
    """Fold the line break at ``i`` inside a flow scalar: trailing blanks are dropped, one break
    becomes a space, each further (empty) line becomes a newline. Returns the next index."""
    out.rstrip_blanks()
    first = i
    i += _break_at(source, i)
    empties: list[int] = []
    while True:
        j = i
        while j < end and source[j] in _BLANKS:
            j += 1
        n = _break_at(source, j) if j < end else 0
        if not n:
            i = j
            break
        empties.append(j)
        i = j + n
    if empties:
        for at in empties:
            out.add("\n", at)
    else:
        out.add(" ", first)
    return i


def yaml_double(source: str, start: int, end: int) -> Decoded:
    """A double-quoted YAML scalar whose source (quotes included) is ``source[start:end]``."""
    out = _Out()
    i, stop = start + 1, end - 1
    while i < stop:
        ch = source[i]
        if ch == "\\":
            nxt = source[i + 1] if i + 1 < stop else ""
            if nxt in _YAML_HEX:
                width = _YAML_HEX[nxt]
                out.add(chr(int(source[i + 2 : i + 2 + width], 16)), i)
                i += 2 + width
            elif nxt in ("\r", "\n"):  # an escaped line break joins the lines without a space
                i += 1 + _break_at(source, i + 1)
                while i < stop and source[i] in _BLANKS:
                    i += 1
            else:
                out.add(_YAML_ESCAPES[nxt], i)
                i += 2
        elif ch in "\r\n":
            i = _fold(source, i, stop, out)
        else:
            j = i + 1
            while j < stop and source[j] not in "\\\r\n":
                j += 1
            out.run(source, i, j)
            i = j
    return out.result()


def yaml_single(source: str, start: int, end: int) -> Decoded:
    """A single-quoted YAML scalar (``''`` is a quote; line breaks fold)."""
    out = _Out()
    i, stop = start + 1, end - 1
    while i < stop:
        ch = source[i]
        if ch == "'":
            out.add("'", i)
            i += 2
        elif ch in "\r\n":
            i = _fold(source, i, stop, out)
        else:
            out.add(ch, i)
            i += 1
    return out.result()


def yaml_plain(source: str, start: int, end: int) -> Decoded:
    """A plain (unquoted) YAML scalar, possibly over several lines (they fold)."""
    out = _Out()
    i = start
    while i < end:
        ch = source[i]
        if ch in "\r\n":
            i = _fold(source, i, end, out)
        else:
            out.add(ch, i)
            i += 1
    out.rstrip_blanks()
    return out.result()


_BLOCK_HEADER = re.compile(r"([|>])([+-]?)([1-9]?)([+-]?)[ \t]*(?:#[^\r\n]*)?")


def yaml_block(source: str, start: int, end: int, parent_indent: int) -> Decoded:
    """A literal (``|``) or folded (``>``) block scalar starting at its indicator.

    ``parent_indent`` is the indentation of the line holding the key, used when the header
    gives an explicit indentation indicator."""
    header = _BLOCK_HEADER.match(source, start)
    if header is None:
        return "", []
    folded = header.group(1) == ">"
    chomp = header.group(2) or header.group(4)
    explicit = int(header.group(3)) if header.group(3) else 0
    i = header.end()
    i += _break_at(source, i)
    lines: list[tuple[int, int, int]] = []  # (line start, content end, break length)
    while i < end:
        m = _BREAK.search(source, i, end)
        line_end = m.start() if m else end
        lines.append((i, line_end, (m.end() - m.start()) if m else 0))
        i = m.end() if m else end
    indent = parent_indent + explicit if explicit else 0
    if not indent:
        for ls, le, _ in lines:
            text = source[ls:le]
            if text.strip(" "):
                indent = len(text) - len(text.lstrip(" "))
                break
    out = _Out()
    pending: list[int] = []  # offsets of line breaks not yet written (trailing empty lines)
    previous_normal = False  # the previous content line was not more indented (folding applies)
    seen_content = False
    for ls, le, _brk in lines:
        text = source[ls:le]
        if not text[indent:].strip(" \t") and len(text) - len(text.lstrip(" ")) <= indent:
            pending.append(le)  # an empty line
            continue
        content_start = ls + indent
        more = source[content_start] in _BLANKS if content_start < le else False
        if seen_content:
            breaks = pending
            if folded and previous_normal and not more:
                # the break after the previous line folds: to a space, or disappears before
                # empty lines (which each keep their newline)
                if breaks[1:]:
                    for at in breaks[1:]:
                        out.add("\n", at)
                else:
                    out.add(" ", breaks[0])
            else:
                for at in breaks:
                    out.add("\n", at)
        else:
            for at in pending:  # leading empty lines are kept
                out.add("\n", at)
        pending = [le]
        out.run(source, content_start, le)
        seen_content = True
        previous_normal = not more
    if seen_content and chomp != "-":
        out.add("\n", pending[0])
        if chomp == "+":
            for at in pending[1:]:
                out.add("\n", at)
    return out.result()


def toml_string(source: str, start: int) -> tuple[str, list[int], int] | None:
    """The TOML string (basic, literal or multi-line) at ``start``: value, offsets, end index."""
    for delim in ('"""', "'''", '"', "'"):
        if source.startswith(delim, start):
            break
    else:
        return None
    literal = delim[0] == "'"
    multi = len(delim) == 3
    out = _Out()
    i = start + len(delim)
    if multi:
        i += _break_at(source, i)  # a newline right after the opening delimiter is trimmed
    while i < len(source):
        if source.startswith(delim, i):
            if multi:  # up to two quotes may sit just before the closing delimiter
                extra = 0
                while extra < 2 and source.startswith(delim[0], i + 3 + extra):
                    extra += 1
                for k in range(extra):
                    out.add(delim[0], i + k)
                return *out.result(), i + 3 + extra
            return *out.result(), i + 1
        ch = source[i]
        if ch == "\\" and not literal:
            nxt = source[i + 1 : i + 2]
            if nxt in _TOML_HEX:
                width = _TOML_HEX[nxt]
                out.add(chr(int(source[i + 2 : i + 2 + width], 16)), i)
                i += 2 + width
            elif multi and (nxt in _BLANKS or nxt in ("\r", "\n")):
                # a line-ending backslash trims all whitespace up to the next visible character
                j = i + 1
                while j < len(source) and (source[j] in _BLANKS or source[j] in "\r\n"):
                    j += 1
                i = j
            else:
                out.add(_TOML_ESCAPES.get(nxt, nxt), i)
                i += 2
        elif not multi and ch in "\r\n":
            return None  # an unterminated single-line string
        else:
            out.add(ch, i)
            i += 1
    return None


_LITERAL_BREAK = re.compile(r"\\r\\n|\\n|\\r")


def literal_escapes(value: str, offsets: list[int]) -> Decoded:
    """Read typed ``\\r\\n``/``\\n`` sequences in a non-escaping scalar as line breaks.

    Text exported from a database often reaches plain or single-quoted YAML with its line breaks
    written out as backslash sequences. One such sequence could be meant (a path); two or more
    are line breaks."""
    if len(_LITERAL_BREAK.findall(value)) < 2:
        return value, offsets
    chars: list[str] = []
    out: list[int] = []
    i = 0
    for m in _LITERAL_BREAK.finditer(value):
        chars.extend(value[i : m.start()])
        out.extend(offsets[i : m.start()])
        chars.append("\n")
        out.append(offsets[m.start()])
        i = m.end()
    chars.extend(value[i:])
    out.extend(offsets[i:])
    return "".join(chars), out


def normalize_breaks(value: str, offsets: list[int]) -> Decoded:
    """``\\r\\n`` and lone ``\\r`` become ``\\n`` so that a Markdown parse of the value sees the
    same lines (the ``\\n`` keeps the offset of its own escape or character)."""
    if "\r" not in value:
        return value, offsets
    chars: list[str] = []
    out: list[int] = []
    for i, ch in enumerate(value):
        if ch == "\r":
            if value[i + 1 : i + 2] == "\n":
                continue
            ch = "\n"
        chars.append(ch)
        out.append(offsets[i])
    return "".join(chars), out


# --- TOML: tomllib keeps no positions, so the top-level keys and their strings are scanned ----

_TOML_KEY = re.compile(r"[ \t]*(?:([A-Za-z0-9_\-]+)|\"((?:[^\"\\\r\n]|\\.)*)\"|'([^'\r\n]*)')[ \t]*=[ \t]*")

TomlString = tuple[str, str, list[int], bool]  # (path suffix such as "[2]", value, offsets, literal)


def toml_top_level(text: str) -> list[tuple[str, int, int, list[TomlString]]]:
    """Top-level ``key = value`` pairs of a TOML document, up to its first ``[table]``:
    (key, key start, key end, the strings of the value with their offsets)."""
    found: list[tuple[str, int, int, list[TomlString]]] = []
    i = 0
    while i < len(text):
        i = _skip_space(text, i, newlines=True)
        if i >= len(text) or text[i] == "[":
            break  # a [table] header: the keys after it are not top-level
        m = _TOML_KEY.match(text, i)
        if m is None:  # a dotted key or something unexpected: skip the line
            i = _line_end(text, i)
            continue
        group = 1 if m.group(1) is not None else 2 if m.group(2) is not None else 3
        key = m.group(group)
        strings: list[TomlString] = []
        i = _toml_value(text, m.end(), "", strings)
        found.append((key, m.start(group), m.end(group), strings))
    return found


def _toml_value(text: str, i: int, path: str, out: list[TomlString]) -> int:
    """Scan the value at ``i``, collecting its strings; return the index after it."""
    if i < len(text) and text[i] in "\"'":
        parsed = toml_string(text, i)
        if parsed is None:
            return _line_end(text, i)
        value, offsets, end = parsed
        out.append((path, value, offsets, text[i] == "'"))
        return end
    if i < len(text) and text[i] == "[":
        i += 1
        index = 0
        while i < len(text):
            i = _skip_space(text, i, newlines=True)
            if i >= len(text) or text[i] == "]":
                return i + 1
            if text[i] == ",":
                i += 1
                continue
            before = i
            i = _toml_value(text, i, f"{path}[{index}]", out)
            index += 1
            if i == before:
                return _line_end(text, i)
        return i
    if i < len(text) and text[i] == "{":  # an inline table: skipped (strings and braces nest)
        depth = 0
        while i < len(text):
            ch = text[i]
            if ch in "\"'":
                parsed = toml_string(text, i)
                i = parsed[2] if parsed else i + 1
                continue
            depth += ch == "{"
            depth -= ch == "}"
            i += 1
            if depth == 0:
                return i
        return i
    j = i  # a number, date or boolean: up to the separator
    while j < len(text) and text[j] not in ",]\r\n#":
        j += 1
    return j


def _skip_space(text: str, i: int, *, newlines: bool) -> int:
    while i < len(text):
        ch = text[i]
        if ch in _BLANKS or (newlines and ch in "\r\n"):
            i += 1
        elif ch == "#":
            i = _line_end(text, i)
        else:
            break
    return i


def _line_end(text: str, i: int) -> int:
    m = _BREAK.search(text, i)
    return m.start() if m else len(text)
