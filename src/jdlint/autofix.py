"""``jdlint check --fix / --diff``: apply fixes to linted postings, write them back atomically,
re-lint, and report what changed.

Bytes are handled here and text edits in ``jdlint.fixes``. A file is rewritten as
``prefix + fixed text`` where the prefix is whatever the engine removed before the text (a
UTF-8 BOM), so encoding, BOM and line endings come back exactly as they were and only the fixed
spans differ.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

try:
    import fcntl
except ImportError:  # Windows: no advisory locks; the content check still applies
    # mypy types the name as the module; None is how this module marks it missing (Windows).
    fcntl = None  # type: ignore[assignment]

from .atomicwrite import replace_file
from .checks.base import Finding
from .engine import FileResult, lint_source
from .errors import InputError
from .fixes import apply_findings, unified_diff
from .sourcefile import encode, resolved

MAX_ROUNDS = 5  # re-fix while the re-lint has fixes left (overlaps skipped, as ruff does); never loop forever


def splice(data: bytes, source: str, text: str) -> bytes:
    """The bytes of ``text`` written in place of ``source`` inside the file ``data``, in the
    file's encoding and with its byte order mark kept byte for byte."""
    try:
        same = encode(source, data) == data
    except (InputError, UnicodeEncodeError):
        same = False
    if not same:
        raise InputError("the file does not hold the text that was checked (did it change?); not fixed")
    return encode(text, data)


@contextmanager
def _locked(target: Path) -> Iterator[BinaryIO]:
    """The file opened for reading under an exclusive advisory lock, so that two jdlint runs
    fixing one file never interleave (the second is told and writes nothing)."""
    with open(target, "rb") as handle:
        if fcntl is not None:
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                raise InputError(
                    "another process is fixing this file; not written, the file was left as it was", path=str(target)
                ) from None
        yield handle


def write_atomic(path: Path, expected: bytes, data: bytes) -> None:
    """Replace the file's content with ``data`` through a temporary file in the same folder,
    fsync and ``os.replace``, so a crash leaves the old or the new file, never half of one.

    Symbolic links are followed (the link stays a link) and the permission bits are kept. The
    file is left as it was, with an InputError saying why, when it is read-only, when it no
    longer holds ``expected`` (edited while jdlint ran), when another process is fixing it, or
    when the new text cannot be written in full (a full disk)."""
    target = resolved(path)
    left = "; the file was left as it was"
    try:
        with _locked(target) as handle:
            before = os.fstat(handle.fileno())
            if handle.read() != expected:
                raise InputError("the file changed while jdlint was fixing it; not written", path=str(path))
            mode = stat.S_IMODE(before.st_mode)
            if not mode & 0o222 or not os.access(target, os.W_OK):
                raise InputError("the file is read-only; not fixed" + left, path=str(path))

            def unchanged() -> None:  # an editor may have saved the file while the new text was written
                now = os.stat(target)
                if (now.st_ino, now.st_size, now.st_mtime_ns) != (before.st_ino, before.st_size, before.st_mtime_ns):
                    raise InputError("the file changed while jdlint was fixing it; not written", path=str(path))

            replace_file(target, data, mode, suffix=".jdlint-tmp", before_rename=unchanged)
    except OSError as exc:
        raise InputError(f"cannot write file: {exc.strerror or exc}{left}", path=str(path)) from None
    _sync_folder(target.parent)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); best effort: some file systems refuse it."""
    with suppress(OSError, AttributeError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


Keep = Callable[[FileResult], None]  # narrows a result's findings in place (--diff-base)


def fix_text(result: FileResult, *, unsafe: bool, keep: Keep | None = None) -> tuple[str, FileResult, list[Finding]]:
    """Apply the fixes of ``result`` to its source in memory; re-lint after each round.

    Returns the fixed text, the result of linting it and the findings fixed (positions as they
    were in the text of their round). When nothing applies, the text is the source unchanged.
    """
    assert result.doc is not None and result.config is not None
    text, fmt, fixed = result.doc.source, result.doc.format, []
    current = result
    for _ in range(MAX_ROUNDS):
        new, applied, _skipped = apply_findings(text, current.findings, unsafe)
        if not applied:
            break
        relinted = lint_source(new, result.path, result.config, fmt)
        relinted.file = result.file
        if relinted.error is not None:
            raise InputError(
                f"the fixes would make the posting unreadable ({relinted.error.message}); not fixed", path=result.path
            )
        if keep is not None:
            keep(relinted)
        text, current = new, relinted
        fixed.extend(applied)
        # Go on while the re-lint has fixes left: overlapping fixes skipped this round, and fixes
        # a change made appear (a first line that stops reading as the title gets its wording
        # fixes), so that a second --fix has nothing to do. The next round stops at once when
        # none is left: no extra lint.
    return text, current, fixed


@dataclass
class FixReport:
    fixed: dict[str, list[Finding]] = field(default_factory=dict)  # path -> findings fixed
    diffs: list[str] = field(default_factory=list)
    stdin_output: bytes | None = None  # --fix on '-': the fixed posting, printed instead of written

    @property
    def count(self) -> int:
        return sum(len(v) for v in self.fixed.values())

    def summary(self, *, dry_run: bool) -> str:
        n, files = self.count, len(self.fixed)
        verb = "Would fix" if dry_run else "Fixed"
        return f"{verb} {n} finding{'s' * (n != 1)} in {files} file{'s' * (files != 1)}."

    def lines(self) -> list[str]:
        """One line per fixed finding: ``path:line:col: CODE fixed 'old' -> 'new'``."""
        return [
            f"{path}:{f.line}:{f.column}: {f.code} fixed {f.match!r} -> {f.fix.replacement!r}"
            for path, findings in self.fixed.items()
            for f in findings
            if f.fix is not None
        ]


def fix_results(
    results: list[FileResult],
    *,
    unsafe: bool,
    write: bool,
    stdin: FileResult | None = None,
    stdin_data: bytes | None = None,
    keep: Keep | None = None,
) -> FixReport:
    """Fix every checked posting in ``results``; with ``write``, rewrite the files that changed
    (never the others) and replace their results with the re-linted ones; always collect diffs.

    Standard input is never written: with ``write`` its fixed bytes (or the input unchanged) go
    to ``FixReport.stdin_output`` so that ``jdlint check --fix - < a > b`` never loses text.
    """
    report = FixReport()
    for index, result in enumerate(results):
        is_stdin = result is stdin
        if is_stdin and write:
            report.stdin_output = stdin_data or b""
        if result.error is not None or result.doc is None or result.config is None:
            continue
        try:
            text, relinted, fixed = fix_text(result, unsafe=unsafe, keep=keep)
            if not fixed or text == result.doc.source:
                continue
            data = stdin_data if is_stdin or result.file is None else result.file.read_bytes()
            new_bytes = splice(data or b"", result.doc.source, text)
            if write and is_stdin:
                report.stdin_output = new_bytes
            elif write:
                write_atomic(result.file or Path(result.path), data or b"", new_bytes)
        except OSError as exc:
            results[index] = FileResult(
                result.path, error=InputError(f"cannot read file: {exc.strerror}", path=result.path), file=result.file
            )
            continue
        except InputError as exc:
            exc.path = exc.path or result.path
            results[index] = FileResult(result.path, error=exc, file=result.file)
            continue
        report.fixed[result.path] = fixed
        report.diffs.append(unified_diff(result.path, result.doc.source, text))
        if write:
            relinted.fixed = fixed
            results[index] = relinted
    return report
