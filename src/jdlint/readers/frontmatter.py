"""YAML (``---``) and TOML (``+++``) front matter: metadata plus the content kept in it.

Real postings keep much of their text in front matter (a ``role_summary: |`` Markdown block
scalar, ``key_objectives`` lists, salary fields). Values of the content fields named in the
section vocabulary become blocks with exact offsets; other fields are metadata only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Iterable

from ..errors import InputError
from ..model import Block, Span
from .align import align
from . import templates
from .markdown import read_markdown

_YAML_FENCE = re.compile(r"\A---[ \t]*\r?\n(.*?)(?:^|\n)(---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
_TOML_FENCE = re.compile(r"\A\+\+\+[ \t]*\r?\n(.*?)(?:^|\n)\+\+\+[ \t]*(?:\r?\n|\Z)", re.S)


@dataclass(frozen=True)
class FrontMatter:
    kind: str  # "yaml" or "toml"
    start: int  # offset of the first character inside the fences
    end: int  # offset just after the last character inside the fences
    body_start: int  # offset where the body begins


def find(source: str) -> FrontMatter | None:
    """Locate a front-matter block at the very start of ``source``."""
    for kind, pattern in (("yaml", _YAML_FENCE), ("toml", _TOML_FENCE)):
        m = pattern.match(source)
        if m:
            return FrontMatter(kind, m.start(1), m.end(1), m.end())
    return None


def blank(source: str, fm: FrontMatter) -> str:
    """``source`` with the front matter replaced by spaces (lines kept) for the body parser."""
    head = re.sub(r"[^\n]", " ", source[: fm.body_start])
    return head + source[fm.body_start :]


def load(source: str, fm: FrontMatter, path: str) -> dict[str, Any]:
    text = source[fm.start : fm.end]
    line0 = source.count("\n", 0, fm.start)
    if fm.kind == "toml":
        try:
            import tomllib
        except ModuleNotFoundError:  # Python 3.10
            import tomli as tomllib  # type: ignore[no-redef]
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            line = getattr(exc, "lineno", None)
            raise InputError(f"invalid TOML front matter: {exc}", path=path,
                             line=line0 + line if line else None) from None
    else:
        import yaml

        try:
            data = yaml.load(text, Loader=_loader())  # noqa: S506 - a safe loader
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
            raise InputError(f"invalid YAML front matter: {problem}", path=path,
                             line=line0 + mark.line + 1 if mark else None) from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise InputError("front matter is not a mapping of keys to values", path=path, line=line0 + 1)
    return data


def content_blocks(source: str, fm: FrontMatter, meta: dict[str, Any], fields: Iterable[str]) -> list[Block]:
    """Blocks for the front-matter ``fields`` that hold posting content, in source order.

    Each field contributes a ``key`` block (the anchor of its section) and the blocks of its
    value: strings are parsed as Markdown, lists become list items, ``title`` keys of
    mappings inside lists become headings.
    """
    names = {field_key(f) for f in fields}
    wanted = [key for key, value in meta.items() if field_key(str(key)) in names and _has_content(value)]
    if not wanted:
        return []
    if fm.kind == "yaml":
        located = _yaml_values(source, fm, set(wanted))
    else:
        located = _toml_values(source, fm, set(wanted), meta)
    blocks: list[Block] = []
    for key, key_span, strings in sorted(located, key=lambda x: x[1].start):
        blocks.append(Block(kind="key", text=key, offsets=_range_array(key_span), span=key_span,
                            origin="front-matter", field=key))
        for path, value, offsets, role in strings:
            blocks.extend(_value_blocks(value, offsets, path, role))
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


def _value_blocks(value: str, offsets: list[int], path: str, role: str) -> list[Block]:
    value = templates.scrub(value)  # same length, so the offsets still hold
    blocks = read_markdown(value, offset_map=offsets, origin="front-matter", field=path)
    for block in blocks:
        if role == "item" and block.kind == "paragraph":
            block.kind, block.level = "list_item", max(block.level, 1)
        elif role == "title" and block.kind == "paragraph":
            block.kind, block.level, block.implied_heading = "heading", 7, True
        elif role == "scalar" and block.kind == "paragraph" and len(blocks) == 1 and "\n" not in value.strip():
            block.kind = "field"  # a one-line value such as ``location: Remote``
    return blocks


def _loader():
    """libyaml's safe loader when PyYAML was built with it (much faster); marks count characters
    in both."""
    import yaml

    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)


# --- YAML: PyYAML's composer gives every node its exact start and end index -------------------

def _yaml_values(source: str, fm: FrontMatter, wanted: set[str]):
    import yaml

    text = source[fm.start : fm.end]
    root = yaml.compose(text, Loader=_loader())
    found = []
    if not isinstance(root, yaml.MappingNode):
        return found
    for key_node, value_node in root.value:
        key = key_node.value
        if key not in wanted:
            continue
        key_span = Span(fm.start + key_node.start_mark.index, fm.start + key_node.end_mark.index)
        strings: list[tuple[str, str, list[int], str]] = []
        _walk_yaml(text, fm.start, value_node, key, "scalar", strings)
        found.append((key, key_span, strings))
    return found


def _walk_yaml(text: str, base: int, node, path: str, role: str, out: list) -> None:
    import yaml

    if isinstance(node, yaml.ScalarNode):
        value = str(node.value)
        if value.strip():
            offsets = align(value, text, node.start_mark.index, node.end_mark.index)
            out.append((path, value, [base + o for o in offsets], role))
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _walk_yaml(text, base, item, f"{path}[{i}]", "item", out)
    elif isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            sub_role = "title" if key_node.value in ("title", "name", "heading") else role
            _walk_yaml(text, base, value_node, f"{path}.{key_node.value}", sub_role, out)


# --- TOML: no positions from tomllib, so values are found in the key's region of the source ---

_TOML_KEY = re.compile(r"^[ \t]*([A-Za-z0-9_\-\"']+)[ \t]*=", re.M)


def _toml_values(source: str, fm: FrontMatter, wanted: set[str], meta: dict[str, Any]):
    text = source[fm.start : fm.end]
    keys = [(m.group(1).strip("\"'"), m.start(1), m.end()) for m in _TOML_KEY.finditer(text)]
    found = []
    for i, (key, key_start, value_start) in enumerate(keys):
        if key not in wanted:
            continue
        region_end = keys[i + 1][1] if i + 1 < len(keys) else len(text)
        key_span = Span(fm.start + key_start, fm.start + key_start + len(key))
        strings = []
        pos = value_start
        values = meta[key] if isinstance(meta[key], list) else [meta[key]]
        for j, value in enumerate(values):
            if not isinstance(value, (str, int, float)) or not str(value).strip():
                continue
            value = str(value)
            offsets = align(value, text, pos, region_end)
            pos = offsets[-1] + 1
            role = "item" if isinstance(meta[key], list) else "scalar"
            strings.append((f"{key}[{j}]" if role == "item" else key, value,
                            [fm.start + o for o in offsets], role))
        found.append((key, key_span, strings))
    return found
