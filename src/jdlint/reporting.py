"""Deliver one lint run's reports: the main one to standard output or ``-o FILE``, plus any
number of ``--report FORMAT:PATH`` files, so that CI lints once (one NLP start-up) and gets
annotations, SARIF and an HTML page together."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

import click

from .engine import FileResult
from .errors import JdlintError
from .output import RenderOptions, render, write_report
from .output.summary import summarize
from .output.text import summary_line
from .rules import Rule


def rule_index(rulesets: Iterable) -> dict[str, Rule]:
    """code -> rule over the rule sets a run used (bundled packs plus any a config added)."""
    index: dict[str, Rule] = {}
    for ruleset in rulesets:
        for rule in ruleset.rules:
            index.setdefault(rule.code, rule)
    return index


def _check_targets(targets: list[tuple[str, str]], postings: list[str]) -> None:
    """Refuse, before anything is written, two reports to one file or a report over a posting."""
    seen: dict[str, str] = {}
    for _, path in targets:
        key = os.path.normcase(os.path.abspath(path))
        if key in seen:
            raise JdlintError(f"two reports would be written to {path}")
        seen[key] = path
        for posting in postings:
            try:
                clash = os.path.samefile(path, posting)
            except OSError:
                clash = False
            if clash:
                raise JdlintError(f"refusing to write a report over the posting {posting}")


def emit(
    results: list[FileResult],
    fmt: str,
    output_file: str | None,
    reports: list[tuple[str, str]],
    options: RenderOptions,
    *,
    to_stderr: bool = False,
) -> None:
    """Render every report, print the main one (unless it goes to a file) and write the files.

    ``to_stderr`` prints the main report on standard error (``--fix -`` prints the posting on stdout).

    Raises JdlintError (exit code 2) when a report file cannot be written; files already there
    stay untouched in that case (see write_report).
    """
    targets = list(reports) + ([(fmt, output_file)] if output_file else [])
    postings = [r.path for r in results if r.error is None and Path(r.path).is_file()]
    _check_targets(targets, postings)
    file_options = RenderOptions(
        rules=options.rules,
        quiet=options.quiet,
        statistics=options.statistics,
        reports=tuple(path for kind, path in targets if kind != "github"),
    )
    rendered = [(path, kind, render(kind, results, file_options)) for kind, path in targets]
    if output_file is None:
        main_options = RenderOptions(
            rules=options.rules,
            color=options.color,
            quiet=options.quiet,
            statistics=options.statistics,
            reports=file_options.reports,
        )
        click.echo(render(fmt, results, main_options), nl=False, color=options.color, err=to_stderr)
    # File errors always reach the terminal: the text report on stdout already names them.
    if output_file is not None or fmt != "text":
        for result in results:
            if result.error is not None:
                click.echo(f"jdlint: error: {result.error}", err=True)
    if output_file is not None and not options.quiet:
        click.echo(summary_line(summarize(results)), err=True)
    failures = []
    for path, kind, text in rendered:
        try:
            write_report(path, text)
        except OSError as exc:
            failures.append(f"cannot write the {kind} report to {path}: {exc.strerror or exc}")
            continue
        if not options.quiet:
            click.echo(f"jdlint: wrote the {kind} report to {path}", err=True)
    if failures:
        raise JdlintError("; ".join(failures))
