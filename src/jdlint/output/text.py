"""Human-readable output: ``path:line:col: CODE severity message``, the source line and a caret;
then the file's notes, ``path: note: CODE message``, and its score."""

from __future__ import annotations

from ..checks import Finding
from ..engine import FileResult
from .summary import summarize

_COLORS = {"error": "red", "warning": "yellow", "info": "cyan"}


def render(results: list[FileResult], *, color: bool, quiet: bool, statistics: bool) -> str:
    import click

    def style(text: str, **kwargs) -> str:
        return click.style(text, **kwargs) if color else text

    out: list[str] = []
    for result in results:
        if result.error is not None:
            where = f"{result.path}:{result.error.line}" if result.error.line else result.path
            out.append(f"{style(where, bold=True)}: {style('error', fg='red', bold=True)} {result.error.message}")
            continue
        doc = result.doc
        for f in result.findings:
            mark = " [*]" if f.fix is not None and f.fix.applicability == "safe" else ""  # --fix fixes it
            head = (
                f"{style(f'{result.path}:{f.line}:{f.column}', bold=True)}: "
                f"{style(f.code, bold=True)}{mark} {style(f.severity, fg=_COLORS[f.severity])} {f.message}"
            )
            out.append(head)
            if quiet or doc is None:
                continue
            line_text, column, width = _excerpt(doc, f)
            gutter = f"{f.line:>5} | "
            out.append(style(gutter, dim=True) + line_text)
            caret = " " * (column - 1) + "^" * max(1, width)
            out.append(style(" " * (len(gutter) - 2) + "| ", dim=True) + style(caret, fg=_COLORS[f.severity]))
            for suggestion in f.suggestions:
                out.append(style(" " * (len(gutter) - 2) + "= ", dim=True) + f"suggestion: {suggestion}")
            if f.fix is not None and f.fix.applicability == "unsafe":
                out.append(
                    style(" " * (len(gutter) - 2) + "= ", dim=True)
                    + f"unsafe fix: {f.fix.replacement!r} (--fix --unsafe-fixes)"
                )
        # Notes (what jdlint did: checks skipped, no title found) come after the file's findings, one
        # line each, as rustc's and gcc's "note:" lines do: no line:column, no severity, so a problem
        # matcher for findings cannot take them for one. They stay on the report's stream (stdout)
        # because they qualify this file's findings ("clean" means less when checks were skipped):
        # redirecting the report must keep them together. --quiet shows only the findings.
        if not quiet:
            label = style("note", fg="green", bold=True)  # rustc's colour for notes
            for note in result.notes:
                out.append(f"{style(result.path, bold=True)}: {label}: {note.code} {note.message}")
        if result.score is not None and not quiet:
            parts = ", ".join(f"{c} {v}" for c, v in result.score.categories.items())
            weakest = f", the weakest of {result.records} postings" if result.records > 1 else ""
            out.append(style(f"{result.path}: score {result.score.total}/100", bold=True) + f" ({parts}{weakest})")
            out.append("")
    summary = summarize(results)
    if statistics:
        counts: dict[str, tuple[int, str]] = {}
        for r in results:
            for f in r.findings:
                n, _ = counts.get(f.code, (0, f.name))
                counts[f.code] = (n + 1, f.name)
        for code, (n, name) in sorted(counts.items(), key=lambda kv: (-kv[1][0], kv[0])):
            out.append(f"{n:>5}\t{code}\t{name}")
    if not quiet or statistics:
        out.append(style(summary_line(summary), bold=True))
    hint = fix_hint(results)
    if hint and not quiet:
        out.append(hint)
    return "\n".join(out) + ("\n" if out else "")


_EXCERPT = 160  # longest source excerpt shown: a posting may be one line of megabytes
_BEFORE = 40  # characters kept before the finding when the line is cut


def _excerpt(doc, f: Finding) -> tuple[str, int, int]:
    """The finding's line (cut around the finding when long), the caret's column and width."""
    starts = doc.line_starts
    line_start = starts[f.line - 1]
    line_end = starts[f.line] if f.line < len(starts) else len(doc.source)
    length = line_end - line_start
    width = (f.end_column - f.column) if f.end_line == f.line else length - f.column + 1
    cut = max(0, f.column - 1 - _BEFORE) if length > _EXCERPT else 0
    stop = min(length, cut + _EXCERPT)
    text = doc.source[line_start + cut : line_start + stop].rstrip("\r\n").expandtabs(1)
    head = "..." if cut else ""
    tail = "..." if stop < length and doc.source[line_start + stop : line_end].strip() else ""
    return head + text + tail, f.column - cut + len(head), min(width, stop - (f.column - 1))


def fix_hint(results: list[FileResult]) -> str:
    """How many findings ``--fix`` (and ``--unsafe-fixes``) would fix, as ruff says it."""
    safe = sum(1 for r in results for f in r.findings if f.fix is not None and f.fix.applicability == "safe")
    unsafe = sum(1 for r in results for f in r.findings if f.fix is not None and f.fix.applicability == "unsafe")
    if safe:
        more = f" ({unsafe} more with `--unsafe-fixes`)" if unsafe else ""
        return f"[*] {safe} fixable with `jdlint check --fix`{more}."
    if unsafe:
        return f"{unsafe} fixable with `jdlint check --fix --unsafe-fixes`."
    return ""


def summary_line(summary: dict) -> str:
    """``Found N findings (...) in N files.``: the closing line, also shown when a report goes to a file."""
    sev = summary["by_severity"]
    files = summary["files"]
    line = (
        f"Found {summary['findings']} finding{'s' * (summary['findings'] != 1)} "
        f"({sev['error']} error, {sev['warning']} warning, {sev['info']} info) "
        f"in {files} file{'s' * (files != 1)}"
    )
    if summary["errors"]:
        line += f"; {summary['errors']} file{'s' * (summary['errors'] != 1)} could not be checked"
    return line + "."
