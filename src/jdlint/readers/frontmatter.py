"""YAML (``---``) and TOML (``+++``) front matter: metadata plus the content kept in it.

Real postings keep much of their text in front matter (a ``role_summary: |`` Markdown block
scalar, ``key_objectives`` lists, salary fields). Values of the content fields named in the
section vocabulary become blocks with exact offsets; other fields are metadata only.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..model import Block, Span
from . import templates
from .align import align
from .markdown import read_markdown
from .scalars import literal_escapes, normalize_breaks, toml_top_level, yaml_block, yaml_double, yaml_plain, yaml_single

_YAML_FENCE = re.compile(r"\A---[ \t]*\r?\n(.*?)(?:^|\n)(---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
_TOML_FENCE = re.compile(r"\A\+\+\+[ \t]*\r?\n(.*?)(?:^|\n)\+\+\+[ \t]*(?:\r?\n|\Z)", re.S)
# Front matter whose line breaks were lost: "--- layout: default ---" on the first line.
_YAML_ONE_LINE = re.compile(r"\A---[ \t]+([A-Za-z_][\w-]*:[^\n]*?)[ \t]+---[ \t]*(?:\r?\n|\Z)")


@dataclass(frozen=True)
class FrontMatter:
    kind: str  # "yaml" or "toml"
    start: int  # offset of the first character inside the fences
    end: int  # offset just after the last character inside the fences
    body_start: int  # offset where the body begins
    record: int | None = None  # a YAML file that is a list of job records: the one to read


def find(source: str) -> FrontMatter | None:
    """Locate a front-matter block at the very start of ``source``."""
    for kind, pattern in (("yaml", _YAML_FENCE), ("toml", _TOML_FENCE), ("yaml", _YAML_ONE_LINE)):
        m = pattern.match(source)
        if m:
            return FrontMatter(kind, m.start(1), m.end(1), m.end())
    return None


def blank(source: str, fm: FrontMatter) -> str:
    """``source`` with the front matter replaced by spaces (lines kept) for the body parser."""
    head = re.sub(r"[^\n]", " ", source[: fm.body_start])
    return head + source[fm.body_start :]


@dataclass(frozen=True)
class Problem:
    """Why a front matter could not be read as fields; the body is still read as the posting."""

    message: str
    span: Span  # the offending line of the front matter (or its first line)
    kept: int = 0  # fields still read one by one (YAML that does not parse as a whole)


def load(source: str, fm: FrontMatter) -> tuple[dict[str, Any], Problem | None]:
    """The front matter's fields, and the problem when it could not be read as a whole.

    Field values are data: any type is returned as the parser built it (dates, lists, nulls).
    YAML that does not parse as a whole still gives the top-level fields that parse on their own
    (see ``_salvaged``)."""
    text = source[fm.start : fm.end]
    data, problem = _parse(fm.kind, text)
    if problem is None:
        return data, None
    message, line = problem
    if fm.kind == "yaml" and not message.startswith("The front matter"):
        data = {key: value for key, _, _, value in _salvaged(text)}
    return data, Problem(message, _line_span(source, fm, line), kept=len(data))


def problem(source: str) -> Problem | None:
    """The front-matter problem of ``source``, if any (parsed once per text, see ``_parse``)."""
    fm = find(source)
    return load(source, fm)[1] if fm is not None else None


@lru_cache(maxsize=16)
def _parse(kind: str, text: str) -> tuple[dict[str, Any], tuple[str, int] | None]:
    """Parse front-matter text: (fields, None) or ({}, (message, 0-based line in ``text``)).

    Cached because the reader and the front-matter check both ask; the fields are read-only."""
    if kind == "toml":
        if sys.version_info >= (3, 11):
            import tomllib
        else:  # Python 3.10
            import tomli as tomllib
        try:
            data: Any = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            line = getattr(exc, "lineno", None)
            message = re.sub(r"\s*\(at (?:line|end of document)[^)]*\)$", "", str(exc))
            return {}, (f"Invalid TOML front matter: {message}", line - 1 if line else 0)
    else:
        import yaml

        try:
            data = yaml.load(text, Loader=_loader())  # noqa: S506 - a safe loader
        except yaml.YAMLError as exc:
            # "found unexpected end of stream while scanning a quoted scalar": the context mark
            # (where the quote opened) is where the mistake is, not where the parser gave up.
            problem_text = getattr(exc, "problem", None) or str(exc).splitlines()[0]
            context = getattr(exc, "context", None)
            mark = getattr(exc, "context_mark", None) if context and "scanning" in context else None
            mark = mark or getattr(exc, "problem_mark", None)
            message = f"{problem_text} {context}" if context else problem_text
            return {}, (f"Invalid YAML front matter: {message}", mark.line if mark else 0)
        except ValueError as exc:  # a well-formed value PyYAML cannot build (a date out of range)
            return {}, (f"Invalid YAML front matter: {exc}", 0)
        except RecursionError:
            return {}, ("Invalid YAML front matter: nested too deeply", 0)
    if _values_over(data, MAX_VALUES):
        # Aliases let a few lines stand for billions of values ("billion laughs"); every reader
        # of the fields would walk them all.
        return {}, (f"The front matter holds more than {MAX_VALUES:,} values (YAML aliases repeating each other?)", 0)
    if data is None:
        return {}, None
    if not isinstance(data, dict):
        what = "a list" if isinstance(data, list) else "a single value"
        return {}, (f"The front matter is {what}, not key: value fields", 0)
    return data, None


MAX_VALUES = 10_000  # far more than any posting's front matter holds


def _values_over(data: Any, limit: int) -> bool:
    """Whether ``data`` holds more than ``limit`` values, counting an alias at every place it
    is used; stops counting as soon as it knows."""
    count = 0
    stack = [data]
    while stack:
        node = stack.pop()
        count += 1
        if count > limit:
            return True
        if isinstance(node, dict):
            stack.extend(node.keys())
            stack.extend(node.values())
        elif isinstance(node, (list, tuple)):
            stack.extend(node)
    return False


def _line_span(source: str, fm: FrontMatter, line: int) -> Span:
    """The span of line ``line`` (0-based) of the front matter, without its line break."""
    start = fm.start
    for _ in range(line):
        nl = source.find("\n", start, fm.end)
        if nl == -1:
            break
        start = nl + 1
    end = start
    while end < fm.end and source[end] not in "\r\n":
        end += 1
    return Span(start, max(end, min(start + 1, len(source))))


def role_field(meta: dict[str, Any], keys: Iterable[str]) -> tuple[str, Any] | None:
    """The first role field (``role``, ``jdlint_role``...) that ``meta`` fills in, as (key,
    value): the value a stripped string, or whatever other type the field holds."""
    for key in keys:
        value = meta.get(key)
        if value is not None and (not isinstance(value, str) or value.strip()):
            return key, value.strip() if isinstance(value, str) else value
    return None


def key_line(source: str, key: str, start: int, end: int) -> re.Match[str] | None:
    """The line of front-matter key ``key`` between ``start`` and ``end``: a top-level key first,
    then one nested under another ("image:\n  title: Logo" is not the posting's title). Group 1
    is the value on that line. A repeated top-level key is read by YAML as its last value, so the
    last one is the line."""
    for indent in ("", r"[ \t]+"):
        pattern = re.compile(rf"^{indent}[\"']?{re.escape(key)}[\"']?[ \t]*[:=][ \t]*(.*?)[ \t]*\r?$", re.M)
        if not indent:
            found = list(pattern.finditer(source, start, end))
            if found:
                return found[-1]
            continue
        m = pattern.search(source, start, end)
        if m is not None:
            return m
    return None


def field_span(source: str, key: str) -> Span | None:
    """The span of the value of top-level front-matter field ``key`` (its first line)."""
    fm = find(source)
    if fm is None:
        return None
    m = key_line(source, key, fm.start, fm.end)
    if m is None:
        return None
    start, end = m.span(1)
    if end == start:
        start = m.start() + len(m.group(0)) - len(m.group(0).lstrip(" \t"))  # no value on the line: the key
    if end - start >= 2 and source[start] in "\"'" and source[end - 1] == source[start]:
        start, end = start + 1, end - 1  # the value, not its quotes
    return Span(start, end if end > start else start + 1)


def content_blocks(
    source: str, fm: FrontMatter, meta: dict[str, Any], fields: Iterable[str] | Callable[[str], bool]
) -> list[Block]:
    """Blocks for the front-matter ``fields`` (names, or a test of a key) that hold posting
    content, in source order.

    Each field contributes a ``key`` block (the anchor of its section) and the blocks of its
    value: strings are parsed as Markdown, lists become list items, ``title`` keys of
    mappings inside lists become headings, a one-line value is a ``field`` block.
    """
    if callable(fields):
        holds_content = fields
    else:
        names = {field_key(f) for f in fields}

        def holds_content(key: str) -> bool:
            return field_key(key) in names

    wanted = {key for key, value in meta.items() if isinstance(key, str) and holds_content(key) and _has_content(value)}
    # A record that keeps its text once per language ("body_de", "body_es") with the same text in
    # both holds one posting: the second copy is not read again.
    seen: set[str] = set()
    for key in [k for k in meta if k in wanted]:
        value = meta[key]
        if isinstance(value, str) and len(value) > 200:
            if value.strip() in seen:
                wanted.discard(key)
            seen.add(value.strip())
    if not wanted:
        return []
    if fm.kind == "yaml":
        located = _yaml_values(source, fm, wanted)
    else:
        located = _toml_values(source, fm, wanted, meta)
    blocks: list[Block] = []
    for key, key_span, strings in sorted(located, key=lambda x: x[1].start):
        if not strings:
            continue  # only numbers, dates or inline tables: metadata, no content to read
        blocks.append(
            Block(kind="key", text=key, offsets=_range_array(key_span), span=key_span, origin="front-matter", field=key)
        )
        for path, value, offsets, role in strings:
            blocks.extend(_value_blocks(value, offsets, path, role, key))
    return blocks


def field_key(key: str) -> str:
    """Front-matter keys compare loosely: ``Key Objectives``, ``key-objectives`` = ``key_objectives``."""
    return re.sub(r"[\s\-]+", "_", key.strip().lower())


def _has_content(value: Any) -> bool:
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return True
    if isinstance(value, list):
        return any(_has_content(v) for v in value)
    if isinstance(value, dict):
        return any(_has_content(v) for v in value.values())
    return False


def _range_array(span: Span):
    from array import array

    return array("l", range(span.start, span.end))


def _value_blocks(value: str, offsets: list[int], path: str, role: str, key: str) -> list[Block]:
    value, offsets = normalize_breaks(value, offsets)
    value = templates.scrub(value)  # same length, so the offsets still hold
    blocks = read_markdown(value, offset_map=offsets, origin="front-matter", field=path)
    for block in blocks:
        if role == "item" and block.kind == "paragraph":
            block.kind, block.level = "list_item", max(block.level, 1)
        elif role == "title" and block.kind == "paragraph":
            block.kind, block.level, block.implied_heading = "heading", 7, True
        elif role == "scalar" and block.kind == "paragraph" and len(blocks) == 1 and "\n" not in value.strip():
            block.kind, block.label = "field", key  # a one-line value such as ``location: Remote``
    return blocks


def _loader():
    """libyaml's safe loader when PyYAML was built with it (much faster); marks count characters
    in both."""
    import yaml

    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _decoded(
    value: str, decoded: tuple[str, list[int]] | None, text: str, start: int, end: int, *, escapes: bool
) -> tuple[str, list[int]]:
    """The decoder's (value, offsets) when it reproduces the parser's value, else an alignment.

    Scalars without escapes may still spell line breaks as typed ``\\n`` sequences."""
    if decoded is not None and decoded[0] == value:
        result = decoded
    else:
        result = value, align(value, text, start, end)
    return result if escapes else literal_escapes(*result)


# --- YAML: PyYAML's composer gives every node its exact start and end index -------------------


def _yaml_values(source: str, fm: FrontMatter, wanted: set[str]):
    import yaml

    text = source[fm.start : fm.end]
    try:
        root = composed(text)
        if fm.record is not None:  # one record of a list of them
            items = root.value if isinstance(root, yaml.SequenceNode) else []
            root = items[fm.record] if fm.record < len(items) else None
        pairs = root.value if isinstance(root, yaml.MappingNode) else []
    except yaml.YAMLError:  # read field by field, as load() did
        if fm.record is not None:
            return []
        pairs = [(key_node, value_node) for _, key_node, value_node, _ in _salvaged(text)]
    except (ValueError, RecursionError):
        return []
    found: list[tuple[str, Span, list[tuple[str, str, list[int], str]]]] = []
    for key_node, value_node in pairs:
        if not isinstance(key_node, yaml.ScalarNode) or key_node.value not in wanted:
            continue
        key = key_node.value
        key_span = Span(fm.start + key_node.start_mark.index, fm.start + key_node.end_mark.index)
        strings: list[tuple[str, str, list[int], str]] = []
        _walk_yaml(text, fm.start, value_node, key, "scalar", strings, key_node.start_mark.column)
        found.append((key, key_span, strings))
    return found


# A top-level key: a line that starts in column 0 with neither a comment, a list dash nor a
# document marker, and has a colon followed by a blank or the line's end.
_TOP_KEY = re.compile(r"^(?![ \t#\-]|\.\.\.)[^\r\n:]+:(?=[ \t]|\r?$)", re.M)
_MAX_SALVAGED = 500  # top-level entries read one by one; front matter never holds more


@lru_cache(maxsize=16)
def _salvaged(text: str) -> tuple[tuple[str, Any, Any, Any], ...]:
    """(key, key node, value node, value) for each top-level field of YAML front matter that does
    not parse as a whole.

    One unquoted value with ": " inside ("description: Nous recrutons : un·e développeur·se")
    makes the whole block invalid YAML, and Jekyll then drops every field. Each top-level entry
    is composed on its own instead, so only the broken field is lost; a broken one-line value
    that is neither quoted nor a block or flow collection is kept as plain text, which is what
    its author meant. Node marks are shifted to count from the start of ``text``."""
    import yaml

    starts = [m.start() for m in _TOP_KEY.finditer(text)][:_MAX_SALVAGED]
    out: list[tuple[str, Any, Any, Any]] = []
    for start, end in zip(starts, [*starts[1:], len(text)] if starts else [], strict=True):
        chunk = text[start:end]
        try:
            root = yaml.compose(chunk, Loader=_loader())
            data = yaml.load(chunk, Loader=_loader())  # noqa: S506 - a safe loader
        except (yaml.YAMLError, ValueError, RecursionError):
            plain = _plain_entry(text, start, end)
            if plain is not None:
                out.append(plain)
            continue
        if isinstance(root, yaml.MappingNode) and isinstance(data, dict):
            for key_node, value_node in root.value:
                if isinstance(key_node, yaml.ScalarNode) and key_node.value in data:
                    key = key_node.value
                    out.append((key, _shifted(key_node, text, start), _shifted(value_node, text, start), data[key]))
    return tuple(out)


def _plain_entry(text: str, start: int, end: int) -> tuple[str, Any, Any, Any] | None:
    """A top-level ``key: value`` entry read as a plain scalar, colons and all. A quoted value
    broken by a quote inside it ('l''équipe : offre d'emploi') is read between its outer quotes."""
    import yaml

    m = re.match(r"([^\r\n:]+?)[ \t]*:[ \t]*", text[start:end])
    if m is None:
        return None
    value_start, value_end = start + m.end(), start + len(text[start:end].rstrip())
    if value_start >= value_end or text[value_start] in "|>[{&*!\r\n":
        return None
    quote = text[value_start] if text[value_start] in "\"'" else ""
    if quote:
        value_start += 1
        if text[value_end - 1] == quote and value_end - 1 > value_start:
            value_end -= 1
    value, _ = yaml_plain(text, value_start, value_end)
    if quote == "'":
        value = value.replace("''", "'")  # the offsets of the doubled quote are aligned on reading
    key = m.group(1).strip()
    tag = "tag:yaml.org,2002:str"
    key_node = yaml.ScalarNode(tag, key, _mark(text, start), _mark(text, start + len(m.group(1))))
    value_node = yaml.ScalarNode(tag, value, _mark(text, value_start), _mark(text, value_end))
    return key, key_node, value_node, value


def _mark(text: str, index: int):
    import yaml

    line_start = text.rfind("\n", 0, index) + 1
    return yaml.Mark("<front matter>", index, text.count("\n", 0, index), index - line_start, None, None)  # type: ignore[arg-type]


def _shifted(node, text: str, delta: int):
    """``node`` (composed from a slice of ``text`` starting at ``delta``) with marks into ``text``."""
    import yaml

    node.start_mark = _mark(text, node.start_mark.index + delta)
    node.end_mark = _mark(text, node.end_mark.index + delta)
    if isinstance(node, yaml.SequenceNode):
        for item in node.value:
            _shifted(item, text, delta)
    elif isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            _shifted(key_node, text, delta)
            _shifted(value_node, text, delta)
    return node


def _walk_yaml(text: str, base: int, node, path: str, role: str, out: list, indent: int) -> None:
    import yaml

    if isinstance(node, yaml.ScalarNode):
        value = str(node.value)
        if value.strip():
            start, end = node.start_mark.index, node.end_mark.index
            value, offsets = _decoded(
                value, _yaml_scalar(text, node, indent), text, start, end, escapes=node.style == '"'
            )
            out.append((path, value, [base + o for o in offsets], role))
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _walk_yaml(text, base, item, f"{path}[{i}]", "item", out, item.start_mark.column)
    elif isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            name = key_node.value if isinstance(key_node, yaml.ScalarNode) else "?"
            sub_role = "title" if name in ("title", "name", "heading") else role
            _walk_yaml(text, base, value_node, f"{path}.{name}", sub_role, out, key_node.start_mark.column)


def _yaml_scalar(text: str, node, indent: int) -> tuple[str, list[int]] | None:
    start, end = node.start_mark.index, node.end_mark.index
    style = node.style
    try:
        if style == '"':
            return yaml_double(text, start, end)
        if style == "'":
            return yaml_single(text, start, end)
        if style in ("|", ">"):
            return yaml_block(text, start, end, indent)
        return yaml_plain(text, start, end)
    except (KeyError, ValueError, IndexError):  # an escape these decoders do not know
        return None


# --- TOML: tomllib gives no positions, so top-level values are scanned (see scalars) ----------


def _toml_values(source: str, fm: FrontMatter, wanted: set[str], meta: dict[str, Any]):
    """(key, key span, strings) for the wanted top-level keys (before the first [table])."""
    text = source[fm.start : fm.end]
    found = []
    for key, key_start, key_end, strings in toml_top_level(text):
        if key not in wanted:
            continue
        located = []
        for path, value, offsets, literal in strings:
            expected = _toml_lookup(meta[key], path)
            if not isinstance(expected, str) or not expected.strip():
                continue
            start = offsets[0] if offsets else key_end
            end = offsets[-1] + 1 if offsets else key_end
            decoded = _decoded(expected, (value, offsets), text, start, end, escapes=not literal)
            role = "item" if path else "scalar"
            located.append((f"{key}{path}", decoded[0], [fm.start + o for o in decoded[1]], role))
        found.append((key, Span(fm.start + key_start, fm.start + key_end), located))
    return found


def _toml_lookup(value: Any, path: str) -> Any:
    """The element of ``value`` that ``path`` ("[2][0]") names, or None."""
    for index in re.findall(r"\[(\d+)\]", path):
        if not isinstance(value, list) or int(index) >= len(value):
            return None
        value = value[int(index)]
    return value


@lru_cache(maxsize=2)
def composed(text: str):
    """``text`` composed as YAML nodes (with their marks), once for all the records of a file."""
    import yaml

    return yaml.compose(text, Loader=_loader())


def record_field_span(source: str, fmt: str, record: Span | None, key: str) -> Span:
    """Span of field ``key``'s value in a JSON or YAML job record (inside the quotes of a quoted
    value), or an empty span at the record's start when the key is not found as written.
    ``record`` is where the record sits in a file that holds several."""
    start, end = (record.start, record.end) if record is not None else (0, len(source))
    found = _json_field_span(source, start, end, key) if fmt == "json" else _yaml_field_span(source, start, key)
    return found or Span(start, start)


_JSON_STRING = re.compile(r'"(?:[^"\\\r\n]|\\.)*"')


def _json_field_span(source: str, start: int, end: int, key: str) -> Span | None:
    m = re.compile(rf'"{re.escape(key)}"\s*:\s*').search(source, start, end)
    if m is None:
        return None
    string = _JSON_STRING.match(source, m.end())
    if string is not None:
        return Span(string.start() + 1, max(string.start() + 1, string.end() - 1))
    other = re.compile(r"[^,}\]\s]+").match(source, m.end())
    return Span(m.end(), other.end()) if other is not None else Span(m.start(), m.end())


def _yaml_field_span(source: str, start: int, key: str) -> Span | None:
    """In a YAML file that is a list of records, the value of ``key`` in the record at ``start``."""
    import yaml

    try:
        root = composed(source)
    except (yaml.YAMLError, ValueError, RecursionError):
        return None
    for item in root.value if isinstance(root, yaml.SequenceNode) else []:
        if item.start_mark.index != start or not isinstance(item, yaml.MappingNode):
            continue
        for key_node, value_node in item.value:
            if isinstance(key_node, yaml.ScalarNode) and key_node.value == key:
                a, b = value_node.start_mark.index, value_node.end_mark.index
                quoted = isinstance(value_node, yaml.ScalarNode) and value_node.style in ("'", '"')
                return Span(a + 1, b - 1) if quoted and b - a >= 2 else Span(a, b)
    return None
