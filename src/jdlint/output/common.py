"""Small helpers shared by the machine-readable report formats."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from ..checks import Finding
from ..engine import FileResult
from ..sourcefile import resolved

if TYPE_CHECKING:  # pragma: no cover
    from ..rules import Rule

RuleIndex = Mapping[str, "Rule"]  # rule code -> rule, for descriptions in SARIF and HTML

INFORMATION_URI = "https://github.com/jdlint/jdlint"

_SPACE = re.compile(r"\s+")


def relative_path(path: str) -> str:
    """``path`` relative to the working folder with ``/`` separators, when it lies inside it.

    CI services resolve report paths against the repository root, which is where jdlint runs.
    Paths outside the working folder stay absolute; pseudo-names such as ``<stdin>`` stay as they are.
    """
    candidate = Path(path)
    if not candidate.is_absolute():
        return candidate.as_posix()
    try:
        return resolved(candidate).relative_to(Path.cwd().resolve()).as_posix()
    except (ValueError, OSError):
        return candidate.as_posix()


def unwrap(text: str) -> str:
    """Rule explanations are hard-wrapped YAML text: join the lines of each paragraph."""
    return "\n\n".join(" ".join(p.split()) for p in text.strip().split("\n\n") if p.strip())


def matched_text(result: FileResult, finding: Finding) -> str:
    """The source text a finding points at, whitespace collapsed (re-wrapping a line keeps it)."""
    doc = result.doc
    if doc is None:
        return finding.match
    text = doc.source[finding.span.start : finding.span.end] or finding.match
    return _SPACE.sub(" ", text).strip()


def occurrences(result: FileResult) -> Iterator[tuple[Finding, str, int]]:
    """Each finding with its matched text and how many earlier findings share code and text.

    The index tells apart two identical findings in one file without using line numbers, so a
    fingerprint built from it survives lines moving up or down.
    """
    seen: dict[tuple[str, str], int] = defaultdict(int)
    for finding in result.findings:
        text = matched_text(result, finding)
        index = seen[(finding.code, text)]
        seen[(finding.code, text)] += 1
        yield finding, text, index
