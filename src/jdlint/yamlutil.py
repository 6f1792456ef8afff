"""YAML loading that remembers line numbers, so errors can name the file, line and key."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from typing import Any

import yaml


class LineDict(dict):
    """A mapping from YAML that knows the 1-based line of itself and of each key."""

    line: int = 0
    key_lines: dict[str, int]

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)


class _LineLoader(yaml.SafeLoader):
    pass


# libyaml's parser, when PyYAML was built with it, reads the bundled rules and data five to ten
# times faster than PyYAML's own: most of jdlint's start-up. Users' files keep PyYAML's parser,
# whose error messages the docs show.
_CSafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _FastLineLoader(_CSafeLoader):  # type: ignore[misc, valid-type]
    pass


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> LineDict:
    loader.flatten_mapping(node)
    result = LineDict()
    result.line = node.start_mark.line + 1
    result.key_lines = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        result[key] = loader.construct_object(value_node, deep=True)
        result.key_lines[str(key)] = key_node.start_mark.line + 1
    return result


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_FastLineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def load(text: str, *, bundled: bool = False) -> Any:
    """Parse YAML; mappings come back as LineDict. Raises yaml.YAMLError. ``bundled``: a file
    shipped with jdlint, read with libyaml where available (an error is reported by PyYAML's
    parser all the same)."""
    if bundled:
        try:
            return yaml.load(text, Loader=_FastLineLoader)  # noqa: S506 - a safe loader
        except yaml.YAMLError:
            pass  # PyYAML's parser words the error
    return yaml.load(text, Loader=_LineLoader)  # noqa: S506 - a SafeLoader subclass


def load_data(text: str) -> Any:
    """Parse one of jdlint's bundled data files (``yaml.safe_load``, with libyaml where available)."""
    return yaml.load(text, Loader=_CSafeLoader)  # noqa: S506 - a safe loader


def error_line(exc: yaml.YAMLError) -> int | None:
    mark = getattr(exc, "problem_mark", None)
    return mark.line + 1 if mark is not None else None


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    close = difflib.get_close_matches(str(word), list(choices), n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""
