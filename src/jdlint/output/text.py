"""Human-readable output: ``path:line:col: CODE severity message``, the source line and a caret."""

from __future__ import annotations

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
            head = (f"{style(f'{result.path}:{f.line}:{f.column}', bold=True)}: "
                    f"{style(f.code, bold=True)} {style(f.severity, fg=_COLORS[f.severity])} {f.message}")
            out.append(head)
            if quiet or doc is None:
                continue
            line_text = doc.line_text(f.line).expandtabs(1)
            gutter = f"{f.line:>5} | "
            out.append(style(gutter, dim=True) + line_text)
            width = (f.end_column - f.column) if f.end_line == f.line else len(line_text) - f.column + 1
            caret = " " * (f.column - 1) + "^" * max(1, width)
            out.append(style(" " * (len(gutter) - 2) + "| ", dim=True) + style(caret, fg=_COLORS[f.severity]))
            for suggestion in f.suggestions:
                out.append(style(" " * (len(gutter) - 2) + "= ", dim=True) + f"suggestion: {suggestion}")
        if result.score is not None and not quiet:
            parts = ", ".join(f"{c} {v}" for c, v in result.score.categories.items())
            out.append(style(f"{result.path}: score {result.score.total}/100", bold=True) + f" ({parts})")
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
        sev = summary["by_severity"]
        files = summary["files"]
        line = (f"Found {summary['findings']} finding{'s' * (summary['findings'] != 1)} "
                f"({sev['error']} error, {sev['warning']} warning, {sev['info']} info) "
                f"in {files} file{'s' * (files != 1)}")
        if summary["errors"]:
            line += f"; {summary['errors']} file{'s' * (summary['errors'] != 1)} could not be checked"
        out.append(style(line + ".", bold=True))
    return "\n".join(out) + ("\n" if out else "")
