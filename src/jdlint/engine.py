"""Parse a posting once, run every active rule over it, and place the findings."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from . import budget, facts, nlp, readers, sections, suppress
from .checks import Context, Finding
from .config import Config
from .errors import InputError, JdlintError, RuleError
from .facts import language
from .model import Document, Span, Title
from .score import Score
from .score import score as score_findings
from .sourcefile import decode, display_name, read_bytes


@dataclass
class FileResult:
    path: str  # the name reports show (see sourcefile.display_name)
    doc: Document | None = None
    findings: list[Finding] = field(default_factory=list)
    # Notes say what jdlint did with the posting (checks skipped for its language, no title found),
    # not what is wrong with it: reported apart, never counted, scored or a reason to exit 1.
    notes: list[Finding] = field(default_factory=list)
    error: JdlintError | None = None
    score: Score | None = None
    config: Config | None = field(default=None, repr=False)  # kept so that --fix can re-lint
    fixed: list[Finding] = field(default_factory=list)  # findings --fix removed (positions before the fix)
    file: Path | None = field(default=None, repr=False)  # where it lives on disk; None for standard input
    docs: list[Document] = field(default_factory=list, repr=False)  # each posting's, in file order
    scores: list[Score] = field(default_factory=list, repr=False)  # each posting's score, in file order

    @property
    def records(self) -> int:
        """Postings checked in the file: several for a JSON or YAML list or JSON Lines."""
        return len(self.docs)


def parse_document(source: str, path: str, config: Config, fmt: str | None = None, record: int = 0) -> Document:
    vocab = config.vocabulary
    doc = readers.read(source, path, fmt, content_fields=lambda key: vocab.field_kind(key) is not None, record=record)
    sections.build(doc, vocab)
    title = config.cli.title
    if doc.title is None and title and title.strip():  # --title: the title lives elsewhere (a dataset column)
        doc.title = Title(title.strip(), Span(0, 0), None, "cli")
    _resolve_role(doc, config, vocab.fm_role)
    blocks = list(doc.blocks)
    if doc.title and doc.title.block is not None and doc.title.block not in blocks:
        blocks.append(doc.title.block)
    nlp.analyse(blocks, config.settings.model, doc.source)
    doc.language = language.detect(doc, config.language)  # after nlp: it skips the masked URLs
    doc.translation_from = language.translation_start(doc, doc.language)
    doc.facts = facts.compute(doc)
    return doc


def _resolve_role(doc: Document, config: Config, role_keys: list[str]) -> None:
    """Pick the role profile: front matter, else the configuration, else the title.

    A front-matter role is what the posting says, not configuration: ``role: Staff Nurse`` is
    matched to a profile by id, name or as a title, and when nothing fits the posting is checked
    without it (the ``role-not-recognised`` rule says so). Only ``--role``/config ids are strict."""
    catalog = config.roles
    found = readers.frontmatter.role_field(doc.meta, role_keys)
    if found is not None and isinstance(found[1], str):
        role = catalog.match_text(found[1])
        if role is not None:
            doc.role, doc.role_source = role.id, "front-matter"
            return
    if config.role:
        doc.role, doc.role_source = config.role, "config"
        return
    if doc.title is not None:
        match = catalog.match_title(doc.title.text)
        if match is not None:
            doc.role, doc.role_source = match.id, "title"


def lint_document(doc: Document, config: Config) -> list[Finding]:
    """Findings and notes (``Finding.is_note``) of every active rule, placed and sorted."""
    aliases = {r.name: r.code for r in config.settings.ruleset.rules}
    suppressions = suppress.parse(doc.source, lambda offset: doc.locate(offset).line, aliases)
    findings: list[Finding] = []
    seen: set[tuple[str, int, int, str]] = set()
    # Rules written for other languages are not run; JD110 (language-not-checked) says which.
    posting_language = doc.language.gating_code if doc.language else "en"
    seconds = budget.seconds_for(len(doc.source))
    for rule in config.rules:
        if not rule.holds_for(posting_language):
            continue
        ctx = Context(doc, config, rule)
        try:
            if rule.bundled:
                produced = list(rule.check.run(ctx))
            else:
                produced = _run_timed(rule, ctx, seconds)
        except JdlintError:
            raise
        except Exception as exc:  # a bug in one rule must not hide the other findings
            raise JdlintError(
                f"internal error in rule {rule.code} ({rule.name}): {type(exc).__name__}: {exc}", path=doc.path
            ) from exc
        for finding in produced:
            finding.span = doc.whole_span(finding.span)
            key = (finding.code, finding.span.start, finding.span.end, finding.message)
            if key in seen or ctx.skipped(finding.span):  # boilerplate the rule leaves alone
                continue
            seen.add(key)
            start = doc.locate(finding.span.start)
            end = doc.locate(max(finding.span.end, finding.span.start))
            finding.line, finding.column = start.line, start.column
            finding.end_line, finding.end_column = end.line, end.column
            if not suppressions.covers(finding.line, finding.code, finding.name):
                findings.append(finding)
    findings.sort(key=lambda f: (f.line, f.column, f.code))
    return findings


_OUT_OF_TIME: set[tuple[str, str]] = set()  # user rules that ran out of time: not run again


def _run_timed(rule, ctx: Context, seconds: float) -> list[Finding]:
    """Run a user rule within its time budget; one that runs out is an error naming the rule's
    file and line, and is not run on the other postings of the process (it would only time out again)."""
    key = (rule.source, rule.code)
    try:
        if key in _OUT_OF_TIME:
            raise budget.OutOfTime
        with budget.limit(seconds):
            return list(rule.check.run(ctx))
    except budget.OutOfTime:
        _OUT_OF_TIME.add(key)
        raise RuleError(
            f"{rule.where}: rule {rule.code} ({rule.name}) ran out of its {seconds:.0f} s time budget "
            "(a regular expression that backtracks catastrophically, such as (a+)+$?); "
            "the posting was not checked",
            path=ctx.doc.path,
        ) from None


def lint_source(source: str, path: str, config: Config, fmt: str | None = None) -> FileResult:
    if source.startswith("\ufeff"):  # a BOM left in decoded text (lint_text): not part of the posting
        source = source[1:]
    result = FileResult(path, config=config)
    try:
        fmt = fmt or readers.detect_format(path, source)
        categories = {r.category for r in config.rules if not r.note}
        for record in range(readers.records(source, fmt)):
            # A JSON or YAML list or a JSON Lines file holds several postings: each is checked on its
            # own, with positions in the file; the file's score is its weakest posting's.
            doc = parse_document(source, path, config, fmt, record)
            reported = lint_document(doc, config)
            findings = [f for f in reported if not f.is_note]
            score = score_findings(findings, categories, config.score_settings, doc)
            result.findings += findings
            result.notes += [f for f in reported if f.is_note]
            if result.score is None or score.total < result.score.total:
                result.doc, result.score = doc, score
            result.docs.append(doc)
            result.scores.append(score)
    except JdlintError as exc:
        exc.path = exc.path or path
        result.error = exc
    except RecursionError:
        result.error = InputError("nested too deeply to read", path=path)
    except Exception as exc:  # a bug reading one posting must not stop the run or lose the others
        result.error = JdlintError(
            f"internal error while reading this posting ({type(exc).__name__}: {exc}); "
            "please report it with the file (--debug shows the traceback)",
            path=path,
        )
        result.error.__cause__ = exc  # for --debug
    return result


def lint_path(path: Path, config: Config, display: str | None = None) -> FileResult:
    name = display or display_name(path)
    try:
        source = decode(read_bytes(path, config.max_file_size, name), name)
    except InputError as exc:
        return FileResult(name, error=exc, file=path)
    result = lint_source(source, name, config, readers.detect_format(str(path), source))
    result.file = path
    return result
