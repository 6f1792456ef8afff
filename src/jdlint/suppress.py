"""Inline suppression comments.

Markdown and HTML: ``<!-- jdlint-disable JD401 vague-wording -->`` ... ``<!-- jdlint-enable -->``,
``<!-- jdlint-disable-next-line JD401 -->``, ``<!-- jdlint-disable-file -->``. Plain text uses the
same words after ``#``: ``# jdlint-disable-next-line JD401``. Without codes a directive covers
every rule; codes may also be rule names.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

_DIRECTIVE = re.compile(
    r"(?:<!--|^[ \t]*#)[ \t]*jdlint-(disable-file|disable-next-line|disable-line|disable|enable)\b([^\n]*?)(?:-->|$)",
    re.M,
)


@dataclass
class Suppressions:
    file_codes: set[str] | None = None  # None: nothing; empty set: every rule
    lines: dict[int, set[str]] = field(default_factory=dict)  # line -> codes (empty: all)
    ranges: list[tuple[int, int, set[str]]] = field(default_factory=list)  # [start, end] lines

    def covers(self, line: int, code: str, name: str) -> bool:
        def hit(codes: set[str]) -> bool:
            return not codes or code in codes or name in codes

        if self.file_codes is not None and hit(self.file_codes):
            return True
        if line in self.lines and hit(self.lines[line]):
            return True
        return any(a <= line <= b and hit(codes) for a, b, codes in self.ranges)


_CODE = re.compile(r"[^\s,]+")


def named_rules(source: str) -> Iterator[tuple[str, int, int]]:
    """Every rule code or name a directive gives, with its start and end offsets."""
    if "jdlint-" not in source:
        return
    for m in _DIRECTIVE.finditer(source):
        for code in _CODE.finditer(m.group(2)):
            yield code.group(), m.start(2) + code.start(), m.start(2) + code.end()


def parse(source: str, line_of, aliases: dict[str, str] | None = None) -> Suppressions:
    """Collect directives; ``line_of(offset)`` gives the 1-based line of a source offset.

    ``aliases`` maps rule names to codes, so ``disable JD401`` ... ``enable buzzword`` pair up."""
    result = Suppressions()
    if "jdlint-" not in source:
        return result
    open_ranges: dict[str, int] = {}
    lines = source.split("\n")
    for m in _DIRECTIVE.finditer(source):
        kind = m.group(1)
        codes = set(_CODE.findall(m.group(2)))
        codes = {c.upper() if re.fullmatch(r"(?i)jd\d+", c) else c.lower() for c in codes}
        codes = {(aliases or {}).get(c, c) for c in codes}
        line = line_of(m.start())
        if kind == "disable-file":
            result.file_codes = (result.file_codes or set()) | codes if codes else set()
        elif kind == "disable-line":
            result.lines.setdefault(line, set()).update(codes)
        elif kind == "disable-next-line":
            target = line + 1
            while target <= len(lines) and not lines[target - 1].strip():
                target += 1
            result.lines.setdefault(target, set()).update(codes)
        elif kind == "disable":
            for code in codes or {"*"}:
                open_ranges.setdefault(code, line)
        else:  # enable
            for code in list(open_ranges) if not codes else [c for c in codes if c in open_ranges]:
                start = open_ranges.pop(code)
                result.ranges.append((start, line, set() if code == "*" else {code}))
    for code, start in open_ranges.items():
        result.ranges.append((start, len(lines) + 1, set() if code == "*" else {code}))
    return result
