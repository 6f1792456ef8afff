"""Command line: ``jdlint check | parse | rules | rule | init``.

Exit codes: 0 no findings at or above the fail level, 1 findings, 2 usage, config, input or
internal error (click's own ClickException would exit 1, so errors use JdlintUsage).
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypedDict

import click

from . import __version__
from .errors import JdlintError
from .output import FORMATS as REPORT_FORMATS

if TYPE_CHECKING:  # pragma: no cover
    from .model import Document

# Markdown files of a repository that are not postings (pre-commit passes them all).
_NOT_POSTINGS = {
    "readme.md",
    "changelog.md",
    "license.md",
    "contributing.md",
    "code_of_conduct.md",
    "security.md",
    "readme.txt",
    "license.txt",
    "changes.md",
    "history.md",
}
_SKIP_DIRS = {"node_modules", "__pycache__", "venv", "env", "_site", "site-packages", "vendor", "build", "dist"}


class JdlintUsage(click.ClickException):
    exit_code = 2

    def show(self, file=None) -> None:
        click.echo(f"jdlint: error: {self.format_message()}", err=True)


def _split(values: tuple[str, ...]) -> list[str]:
    return [v.strip() for value in values for v in value.split(",") if v.strip()]


def _use_color(choice: str) -> bool:
    if choice == "always":
        return True
    if choice == "never" or os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return sys.stdout.isatty()


def iter_postings(paths: list[str]) -> list[Path]:
    """Files named directly, plus posting files found under directories (hidden ones skipped)."""
    from .readers import POSTING_EXTENSIONS

    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in _SKIP_DIRS)
                for name in sorted(files):
                    if (
                        not name.startswith(".")
                        and name.lower().endswith(POSTING_EXTENSIONS)
                        and name.lower() not in _NOT_POSTINGS
                    ):
                        found.append(Path(root) / name)
        else:
            found.append(path)
    return found


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="jdlint")
def main() -> None:
    """jdlint: a fast, precise, offline linter for job postings."""


def _settings_for(config_path: str | None, isolated: bool):
    from .config import find_config_file, load_settings

    cache: dict[Path, object] = {}

    def get(file: Path):
        if isolated:
            return load_settings(None)
        if config_path:
            return load_settings(str(Path(config_path).resolve()))
        folder = file.resolve().parent if file.exists() else Path.cwd()
        if folder not in cache:
            found = find_config_file(folder)
            cache[folder] = load_settings(str(found) if found else None)
        return cache[folder]

    return get


def _report_specs(ctx, param, values: tuple[str, ...]) -> list[tuple[str, str]]:
    """Check ``--report FORMAT:PATH`` values while parsing, so a typo fails before any linting."""
    from .output import parse_report

    try:
        return [parse_report(value) for value in values]
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None


def _size(ctx, param, value: str | None) -> int | None:
    from .sourcefile import parse_size

    try:
        return None if value is None else parse_size(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None


def _set_debug(ctx, param, value: bool) -> bool:
    global _DEBUG
    _DEBUG = value or bool(os.environ.get("JDLINT_DEBUG"))  # set on every invocation (tests run many)
    return value


_DEBUG = bool(os.environ.get("JDLINT_DEBUG"))  # show tracebacks instead of one-line errors
_debug_option = click.option(
    "--debug",
    is_flag=True,
    is_eager=True,
    expose_value=False,
    callback=_set_debug,
    help="Show the full traceback of internal errors (also JDLINT_DEBUG=1).",
)


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(allow_dash=True))
@click.option(
    "--config", "config_path", type=click.Path(dir_okay=False), help="Config file to use instead of looking one up."
)
@click.option("--isolated", is_flag=True, help="Ignore all config files.")
@click.option(
    "--output-format",
    type=click.Choice(list(REPORT_FORMATS)),
    default="text",
    show_default=True,
    envvar="JDLINT_OUTPUT_FORMAT",
    help="Format of the main report.",
)
@click.option(
    "-o",
    "--output-file",
    type=click.Path(dir_okay=False),
    help="Write the main report to this file (atomically) instead of standard output.",
)
@click.option(
    "--report",
    "reports",
    multiple=True,
    metavar="FORMAT:PATH",
    callback=_report_specs,
    help="Also write a report in FORMAT to PATH; repeatable (e.g. --report sarif:jdlint.sarif).",
)
@click.option(
    "--select", multiple=True, help="Rules to run only: codes, code prefixes, names or categories (comma-separated)."
)
@click.option("--ignore", multiple=True, help="Rules to skip: codes, code prefixes, names or categories.")
@click.option(
    "--fail-level",
    type=click.Choice(["error", "warning", "info"]),
    default=None,
    help="Lowest severity that makes the exit code 1 [default: warning, or fail_level from config].",
)
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when there are findings.")
@click.option("-q", "--quiet", is_flag=True, help="Only the finding lines: no source excerpt, no summary.")
@click.option("--statistics", is_flag=True, help="Count findings per rule.")
@click.option("--color", type=click.Choice(["auto", "always", "never"]), default="auto", show_default=True)
@click.option("--stdin-filename", help="Name (and format, by extension) of the posting read from '-'.")
@click.option("--role", help="Role profile id to check skills against (see rules/roles).")
@click.option(
    "--title",
    "title",
    help="The job title, for postings whose text does not state it (e.g. a dataset "
    "cell whose title is in another column).",
)
@click.option(
    "--language", metavar="CODE", help="Language of the postings (ISO 639-1: en, de, fr, ...) instead of detecting it."
)
@click.option(
    "--force-exclude",
    is_flag=True,
    help="Apply the config's exclude patterns (and skip README/CHANGELOG files) even to files named "
    "on the command line, as pre-commit passes every matching file.",
)
@click.option(
    "--fix", is_flag=True, help="Apply safe fixes and write the files back; with '-', print the fixed posting."
)
@click.option("--unsafe-fixes", is_flag=True, help="With --fix or --diff, also apply unsafe fixes (read the result).")
@click.option(
    "--diff",
    "show_diff",
    is_flag=True,
    help="Print the fixes as a unified diff instead of writing them; exit 1 when there is one.",
)
@click.option("--diff-base", metavar="REF", help="Only report findings on lines changed since the git revision REF.")
@click.option(
    "--max-file-size",
    metavar="SIZE",
    callback=_size,
    help="Largest posting file read, e.g. 20MB or 512KB [default: 10MB, or max_file_size from config].",
)
@_debug_option
def check(
    paths,
    config_path,
    isolated,
    output_format,
    select,
    ignore,
    fail_level,
    exit_zero,
    quiet,
    statistics,
    color,
    stdin_filename,
    role,
    force_exclude,
    title=None,
    language=None,
    output_file=None,
    reports=(),
    fix=False,
    unsafe_fixes=False,
    show_diff=False,
    diff_base=None,
    max_file_size=None,
) -> None:
    """Lint job postings (files, folders, or - for standard input)."""
    from .config import CliOptions
    from .engine import FileResult, lint_path, lint_source
    from .errors import ConfigError
    from .facts.language import parse_code
    from .output import RenderOptions
    from .reporting import emit, rule_index
    from .rules import SEVERITY_RANK
    from .sourcefile import decode, read_limited

    if not paths:
        paths = (".",) if not stdin_filename else ("-",)
    if language is not None and parse_code(language) is None:
        raise click.BadParameter(
            f"{language!r} is not an ISO 639-1 language code such as en, de or fr", param_hint="--language"
        )
    cli = CliOptions(
        select=_split(select),
        ignore=_split(ignore),
        role=role,
        title=title,
        language=language,
        max_file_size=max_file_size,
    )
    settings_for = _settings_for(config_path, isolated)
    results: list[FileResult] = []
    fail_levels: list[str] = []
    stdin_result: FileResult | None = None
    stdin_data: bytes | None = None
    if fix and not show_diff and "-" in paths and len(paths) > 1:
        raise JdlintUsage("--fix prints the fixed standard input, so '-' cannot be combined with other paths")
    if show_diff and (output_file or reports):
        raise JdlintUsage("--diff prints a diff; it cannot be combined with --output-file or --report")
    try:
        changed = None
        if diff_base is not None:
            from .changed import ChangedLines

            changed = ChangedLines(diff_base)
        base = settings_for(Path.cwd() / "posting")
        ruleset = base.ruleset
        for ref in cli.select + cli.ignore:
            if not ruleset.is_known(ref):
                from .yamlutil import did_you_mean

                raise ConfigError(f"unknown rule {ref!r}{did_you_mean(ref, ruleset.known_refs())}")
        if role and base.roles.get(role) is None:
            from .yamlutil import did_you_mean

            raise ConfigError(f"unknown role {role!r}{did_you_mean(role, sorted(base.roles.roles))}")
        # A name that is not a folder is linted as given: lint_path says why one cannot be read
        # (missing, a symbolic link loop, a FIFO, unreadable). Names that do not exist come first.
        named = [p for p in paths if p != "-"]
        files = iter_postings(sorted(named, key=lambda p: Path(p).exists()))
        if "-" in paths:
            name = stdin_filename or "<stdin>"
            settings = settings_for(Path(name))
            config = settings.for_path(name, cli)
            try:
                stdin_data = read_limited(sys.stdin.buffer, config.max_file_size, name)
                source = decode(stdin_data, name)
                results.append(lint_source(source, name, config))
            except JdlintError as exc:
                results.append(FileResult(name, error=exc))
            stdin_result = results[-1]
            fail_levels.append(settings.get("fail_level", "warning"))
        for file in files:
            settings = settings_for(file)
            is_named = str(file) in paths
            if (settings.excluded(str(file)) and (not is_named or force_exclude)) or (
                is_named and force_exclude and file.name.lower() in _NOT_POSTINGS
            ):
                continue
            results.append(lint_path(file, settings.for_path(str(file), cli)))
            fail_levels.append(settings.get("fail_level", "warning"))
        # --diff-base: standard input is not the file on disk, so all of it counts as changed.
        keep = (lambda r: None if r is stdin_result else changed.keep(r)) if changed is not None else None
        if keep is not None:
            for result in results:
                keep(result)
        fix_report = None
        if fix or show_diff:
            from .autofix import fix_results

            fix_report = fix_results(
                results, unsafe=unsafe_fixes, write=not show_diff, stdin=stdin_result, stdin_data=stdin_data, keep=keep
            )
    except JdlintError as exc:
        raise JdlintUsage(str(exc)) from None
    if _DEBUG:
        _print_tracebacks(results)
    if show_diff and fix_report is not None:
        _finish_diff(results, fix_report)
    stdin_output = fix_report.stdin_output if fix_report is not None else None
    stdin_fixed = stdin_output is not None
    if stdin_output is not None:
        sys.stdout.buffer.write(stdin_output)
    try:
        rulesets = [base.ruleset] + [settings_for(r.file or Path(r.path)).ruleset for r in results if r.error is None]
        options = RenderOptions(rules=rule_index(rulesets), color=_use_color(color), quiet=quiet, statistics=statistics)
        emit(results, output_format, output_file, list(reports), options, to_stderr=stdin_fixed)
    except JdlintError as exc:
        raise JdlintUsage(str(exc)) from None
    if fix_report is not None and not quiet:
        to_err = stdin_fixed or output_file is not None or output_format != "text"
        for line in fix_report.lines() + [fix_report.summary(dry_run=False)]:
            click.echo(line, err=to_err)
    if any(r.error is not None for r in results):
        sys.exit(2)
    level = fail_level or (min(fail_levels, key=lambda lv: SEVERITY_RANK[lv]) if fail_levels else "warning")
    threshold = SEVERITY_RANK[level]
    failing = any(SEVERITY_RANK[f.severity] >= threshold for r in results for f in r.findings)
    sys.exit(1 if failing and not exit_zero else 0)


def _print_tracebacks(results) -> None:
    """--debug: the traceback behind each internal error of a file, on standard error."""
    import traceback

    for result in results:
        cause = result.error.__cause__ if result.error is not None else None
        if cause is not None:
            click.echo(f"jdlint: traceback for {result.path}:", err=True)
            click.echo("".join(traceback.format_exception(cause)), err=True, nl=False)


def _finish_diff(results, report) -> None:
    """``--diff``: the diff on stdout, the count on stderr; exit 1 when there is a diff (ruff)."""
    click.echo("".join(report.diffs), nl=False)
    for result in results:
        if result.error is not None:
            click.echo(f"jdlint: error: {result.error}", err=True)
    click.echo(report.summary(dry_run=True), err=True)
    sys.exit(2 if any(r.error is not None for r in results) else 1 if report.diffs else 0)


# What ``jdlint parse --output-format json`` prints (and the text format reads back).
class _ParsedTitle(TypedDict):
    text: str
    line: int | None
    source: str


class _ParsedLanguage(TypedDict):
    code: str
    confidence: float
    reliable: bool
    source: str


class _ParsedSection(TypedDict):
    kind: str
    heading: str | None
    start_line: int
    end_line: int
    why: str


class _ParsedBlock(TypedDict):
    kind: str
    line: int
    column: int
    section: str | None
    text: str


class _ParsedBase(TypedDict):
    path: str
    title: _ParsedTitle | None
    role: str | None
    language: _ParsedLanguage | None
    sections: list[_ParsedSection]


class _Parsed(_ParsedBase, total=False):
    facts: dict[str, Any] | None  # json format only
    blocks: list[_ParsedBlock]  # --blocks only


@main.command()
@click.argument("path", type=click.Path(allow_dash=True))
@click.option("--config", "config_path", type=click.Path(dir_okay=False))
@click.option(
    "--output-format",
    type=click.Choice(["text", "json", "jsonld"]),
    default="text",
    show_default=True,
    help="json: title, role, sections and facts with positions; jsonld: a schema.org JobPosting.",
)
@click.option("--blocks", is_flag=True, help="Also list every block with its position.")
@click.option("--stdin-filename", help="Name (and format, by extension) of the posting read from '-'.")
@click.option("--title", "title", help="The job title, for postings whose text does not state it.")
@_debug_option
def parse(path, config_path, output_format, blocks, stdin_filename, title=None) -> None:
    """Show what jdlint understood of a posting: title, role, sections and facts (of every
    posting, in a file that holds several records)."""
    from . import readers
    from .config import CliOptions
    from .engine import parse_document
    from .sourcefile import decode, read_bytes, read_limited

    name = stdin_filename or "<stdin>" if path == "-" else path
    try:
        settings = _settings_for(config_path, False)(Path(name))
        config = settings.for_path(name, CliOptions(title=title))
        limit = config.max_file_size
        data = read_limited(sys.stdin.buffer, limit, name) if path == "-" else read_bytes(Path(path), limit, name)
        text = decode(data, name)
        fmt = readers.detect_format(name, text)
        docs = [parse_document(text, name, config, fmt, record) for record in range(readers.records(text, fmt))]
    except JdlintError as exc:
        raise JdlintUsage(str(exc)) from None
    if output_format == "jsonld":
        from .output.jobposting import job_posting

        postings = []
        for doc in docs:
            posting, missing = job_posting(doc)
            for prop in missing:
                click.echo(
                    f"jdlint: {prop}: required JobPosting property not stated in the posting; left out", err=True
                )
            postings.append(posting)
        click.echo(json.dumps(postings[0] if len(postings) == 1 else postings, indent=2, ensure_ascii=False))
        return
    reports = [_parsed(doc, name, output_format, blocks) for doc in docs]
    if output_format == "json":
        # One object for a posting, a list for a file that holds several records.
        click.echo(json.dumps(reports[0] if len(reports) == 1 else reports, indent=2, ensure_ascii=False))
        return
    for number, (doc, report) in enumerate(zip(docs, reports, strict=True), 1):
        record = f" (record {number} of {len(docs)})" if len(docs) > 1 else ""
        _echo_parsed(doc, report, f"{name}{record}", blocks)


def _parsed(doc: Document, name: str, output_format: str, blocks: bool) -> _Parsed:
    """What ``jdlint parse`` reports of one posting."""
    report: _Parsed = {
        "path": name,
        "title": {
            "text": doc.title.text,
            "line": doc.locate(doc.title.span.start).line if doc.title.source != "cli" else None,
            "source": doc.title.source,
        }
        if doc.title
        else None,
        "role": doc.role,
        "language": {
            "code": doc.language.code,
            "confidence": doc.language.confidence,
            "reliable": doc.language.reliable,
            "source": doc.language.source,
        }
        if doc.language
        else None,
        "sections": [
            {
                "kind": s.kind,
                "heading": s.heading_text,
                "start_line": doc.locate(s.span.start).line,
                "end_line": doc.locate(max(s.span.end - 1, s.span.start)).line,
                "why": s.reason,
            }
            for s in doc.sections
        ],
    }
    if output_format == "json":
        report["facts"] = doc.facts.to_dict(doc) if doc.facts is not None else None
    if blocks:
        report["blocks"] = [
            {
                "kind": b.kind,
                "line": doc.locate(b.span.start).line,
                "column": doc.locate(b.offsets[0]).column if b.text else 1,
                "section": b.section.kind if b.section else None,
                "text": b.text,
            }
            for b in doc.blocks
        ]
    return report


def _echo_parsed(doc: Document, report: _Parsed, heading: str, blocks: bool) -> None:
    title = report["title"]
    click.echo(heading)
    where = (f"line {title['line']}" if title["line"] else title["source"]) if title else None
    click.echo(f"  title: {title['text']!r} ({where})" if title else "  title: (none found)")
    role_note = f" (from {doc.role_source})" if doc.role else ""
    click.echo(f"  role:  {doc.role or '(none)'}{role_note}")
    if doc.language:
        lang = doc.language
        click.echo(
            f"  language: {lang.code} ({lang.source}, confidence {lang.confidence:.2f}"
            f"{'' if lang.reliable else ', unreliable'})"
        )
    click.echo("  sections:")
    for s in report["sections"]:
        shown = repr(s["heading"]) if s["heading"] else "(no heading)"
        click.echo(f"    {s['start_line']:>4}-{s['end_line']:<4} {s['kind']:<18} {shown}")
    if blocks:
        click.echo("  blocks:")
        for b in report.get("blocks", []):
            click.echo(f"    {b['line']:>4}:{b['column']:<3} {b['kind']:<10} [{b['section']}] {b['text'][:70]!r}")


def rules_table(rules) -> str:
    """The Markdown table of rules that README.md embeds (kept in sync by a test)."""
    lines = ["| code | name | category | default | what it reports |", "|---|---|---|---|---|"]
    for r in sorted(rules, key=lambda r: r.code):
        default = r.level if r.enabled else "off"  # a note (note: true) shows as "note"
        lines.append(f"| {r.code} | {r.name} | {r.category} | {default} | {r.summary} |")
    return "\n".join(lines) + "\n"


@main.command("rules")
@click.option("--output-format", type=click.Choice(["text", "json", "markdown"]), default="text", show_default=True)
def list_rules(output_format) -> None:
    """List every rule."""
    from .config import load_settings

    try:
        ruleset = load_settings(None).ruleset
    except JdlintError as exc:
        raise JdlintUsage(str(exc)) from None
    if output_format == "markdown":
        click.echo(rules_table(ruleset.rules), nl=False)
        return
    if output_format == "json":
        click.echo(
            json.dumps(
                [
                    {
                        "code": r.code,
                        "name": r.name,
                        "category": r.category,
                        "severity": r.level,  # "note" for a note about jdlint's run
                        "kind": r.kind,
                        "enabled": r.enabled,
                        "fix": r.fix,
                        "summary": r.summary,
                    }
                    for r in ruleset.rules
                ],
                indent=2,
            )
        )
        return
    for r in sorted(ruleset.rules, key=lambda r: r.code):
        off = "" if r.enabled else " (off by default)"
        click.echo(f"{r.code}  {r.name:<32} {r.category:<12} {r.level:<8} {r.summary}{off}")


@main.command("rule")
@click.argument("ref")
def show_rule(ref) -> None:
    """Print a rule's documentation (by code or name)."""
    from .config import load_settings
    from .docs import rule_doc

    try:
        settings = load_settings(None)
        rule = settings.ruleset.find(ref)
        if rule is None:
            from .yamlutil import did_you_mean

            raise JdlintError(f"unknown rule {ref!r}{did_you_mean(ref, settings.ruleset.known_refs())}")
        click.echo(rule_doc(rule, settings))
    except JdlintError as exc:
        raise JdlintUsage(str(exc)) from None


@main.command()
@click.option("--force", is_flag=True, help="Overwrite an existing .jdlint.yaml.")
def init(force) -> None:
    """Write a commented starter .jdlint.yaml in the current folder."""
    from .starter import STARTER_CONFIG

    target = Path(".jdlint.yaml")
    if target.exists() and not force:
        raise JdlintUsage(f"{target} already exists (use --force to overwrite it)")
    target.write_text(STARTER_CONFIG, encoding="utf-8")
    click.echo(f"wrote {target}")


def run() -> None:
    """Entry point: a closed pipe (``jdlint check | head``) is a quiet exit, and an unexpected
    error is one line on standard error with exit code 2 (the traceback only with --debug)."""
    try:
        main(standalone_mode=False)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except click.Abort:
        click.echo("Aborted!", err=True)
        sys.exit(1)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except BrokenPipeError:
        _quiet_stdout()
        sys.exit(1)
    except Exception as exc:
        if _DEBUG:
            raise
        click.echo(
            f"jdlint: internal error: {type(exc).__name__}: {exc} (run with --debug for the traceback, "
            "and please report it)",
            err=True,
        )
        sys.exit(2)


def _quiet_stdout() -> None:
    """Point standard output at the null device, so that flushing it at exit cannot fail again."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
