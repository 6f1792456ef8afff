"""GitHub Actions workflow commands: one ``::error``/``::warning``/``::notice`` line per finding.

GitHub turns these lines (read from stdout) into annotations on the changed files, but shows at
most 10 errors, 10 warnings and 10 notices per step and drops the rest silently. Every finding
is still emitted (the step log shows them all); when a kind overflows, one ``::notice::`` says how
many were not annotated and where to read them. Those notices come first, so that they are
themselves among the 10 notices GitHub keeps.

Notes about jdlint's run (checks skipped for the posting's language, no title found) are not
annotations: an annotation sits on the posting's line in the pull request like a finding, which
is what made reviewers count notes as wrong findings, and notes would take the 10 notice slots
that info findings need. They are printed after the commands as plain log lines in a collapsed
``::group::`` (the step log shows them, nothing is annotated), and the action lists them in the
job summary (``jdlint.action``).
"""

from __future__ import annotations

from collections import Counter

from ..engine import FileResult
from .common import relative_path

LIMIT = 10  # annotations of each kind GitHub shows per step
LEVELS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    """Escape a command's message (as @actions/core does)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a property value: as a message, plus ``:`` and ``,`` which delimit properties."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(level: str, message: str, **properties: object) -> str:
    props = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items() if value is not None)
    return f"::{level}{' ' + props if props else ''}::{escape_data(message)}"


def _commands(results: list[FileResult]) -> list[tuple[str, str]]:
    """(level, line) for every file error and finding, in file order."""
    out: list[tuple[str, str]] = []
    for result in results:
        path = relative_path(result.path)
        if result.error is not None:
            out.append(
                (
                    "error",
                    command(
                        "error",
                        f"{result.error.message}",
                        file=path,
                        line=result.error.line,
                        title="jdlint: file not checked",
                    ),
                )
            )
            continue
        for f in result.findings:
            message = f.message + "".join(f"\nsuggestion: {s}" for s in f.suggestions)
            # GitHub rejects start and end columns on an annotation that spans several lines.
            one_line = f.end_line == f.line
            level = LEVELS[f.severity]
            out.append(
                (
                    level,
                    command(
                        level,
                        message,
                        file=path,
                        line=f.line,
                        col=f.column if one_line else None,
                        endLine=f.end_line,
                        endColumn=max(f.end_column, f.column) if one_line else None,
                        title=f"{f.code} {f.name}",
                    ),
                )
            )
    return out


def _notes(results: list[FileResult]) -> list[str]:
    """The run's notes as plain log lines in a collapsed group (no annotation). Each line starts
    with "note:", never with "::", so that a file name cannot turn it into a workflow command."""
    lines = [
        " ".join(f"note: {relative_path(r.path)}: {n.code} {n.message}".splitlines()) for r in results for n in r.notes
    ]
    if not lines:
        return []
    title = f"jdlint: {len(lines)} note{'s' * (len(lines) != 1)} about the run (not findings)"
    return [f"::group::{escape_data(title)}", *lines, "::endgroup::"]


def render(results: list[FileResult], *, reports: tuple[str, ...] = ()) -> str:
    """Workflow commands for ``results``; ``reports`` are other report files of the run to point to."""
    commands = _commands(results)
    counts = Counter(level for level, _ in commands)
    where = "the step log" + "".join(f", {relative_path(p)}" for p in reports)
    overflow = [level for level in ("error", "warning") if counts[level] > LIMIT]
    # Our own overflow notices use up notice slots too.
    notice_room = LIMIT - len(overflow)
    if counts["notice"] > notice_room:
        notice_room -= 1
        overflow.append("notice")
    head = []
    for level in overflow:
        shown = notice_room if level == "notice" else LIMIT
        hidden = counts[level] - shown
        plural = {"error": "errors", "warning": "warnings", "notice": "notices (info findings)"}[level]
        head.append(
            command(
                "notice",
                f"jdlint reported {counts[level]} {plural}; GitHub annotates only {shown} "
                f"per step, so {hidden} are not shown on the files. See them all in {where}.",
                title=f"jdlint: {hidden} more {plural} not annotated",
            )
        )
    lines = head + [line for _, line in commands] + _notes(results)
    return "\n".join(lines) + ("\n" if lines else "")
