"""``--diff-base REF``: keep only findings on lines changed since REF (``git diff``).

git runs without a shell, with REF passed as one argument that may not start with "-" (so it
cannot be read as an option). Lines come from ``git diff --unified=0 REF -- FILE``: every hunk
header ``@@ -a,b +c,d @@`` gives the changed lines ``c .. c+d-1`` of the current file (d = 0 is
a pure deletion and leaves no line to report). A file git does not track, or one added since
REF, counts as changed everywhere.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from .engine import FileResult
from .errors import JdlintError

_HUNK = re.compile(rb"^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@", re.M)

Ranges = list[tuple[int, int]]  # inclusive 1-based line ranges


def parse_hunks(diff: bytes) -> Ranges:
    """Changed line ranges of the new file from a ``--unified=0`` diff."""
    ranges = []
    for m in _HUNK.finditer(diff):
        start, count = int(m.group(1)), int(m.group(2)) if m.group(2) is not None else 1
        if count:
            ranges.append((start, start + count - 1))
    return ranges


def _git(args: list[str], cwd: Path) -> subprocess.CompletedProcess[bytes]:
    try:
        return subprocess.run(["git", *args], cwd=cwd, capture_output=True, check=False)
    except FileNotFoundError:
        raise JdlintError("--diff-base needs git, and git is not installed (or not on PATH)") from None


class ChangedLines:
    """Changed lines per file since ``ref``, computed once per file."""

    def __init__(self, ref: str, cwd: Path | None = None) -> None:
        if not ref or ref.startswith("-"):
            raise JdlintError(f"--diff-base: {ref!r} is not a git revision")
        self.ref = ref
        self._cache: dict[Path, Ranges | None] = {}
        self._checked: set[Path] = set()
        self._check_repository(Path(cwd or Path.cwd()))

    def _check_repository(self, folder: Path) -> Path:
        """The repository's top folder; a usage error outside a repository or for an unknown ref."""
        top = _git(["rev-parse", "--show-toplevel"], folder)
        if top.returncode != 0:
            why = top.stderr.decode("utf-8", "replace").strip().splitlines()
            raise JdlintError(
                f"--diff-base needs a git repository, and {folder} is not in one"
                + (f" (git: {why[0].removeprefix('fatal: ')})" if why else "")
            )
        root = Path(top.stdout.decode("utf-8", "replace").strip())
        if root not in self._checked:
            known = _git(["rev-parse", "--verify", "--quiet", f"{self.ref}^{{commit}}"], folder)
            if known.returncode != 0:
                raise JdlintError(
                    f"--diff-base: git does not know the revision {self.ref!r} in {root} "
                    "(in CI, fetch it first: actions/checkout with fetch-depth: 0)"
                )
            self._checked.add(root)
        return root

    def ranges(self, path: Path) -> Ranges | None:
        """Changed line ranges of ``path``; None when every line counts as changed."""
        key = path.resolve()
        if key not in self._cache:
            self._cache[key] = self._compute(key)
        return self._cache[key]

    def _compute(self, path: Path) -> Ranges | None:
        folder = path.parent
        self._check_repository(folder)
        tracked = _git(["ls-files", "--error-unmatch", "--", path.name], folder)
        if tracked.returncode != 0:
            return None  # untracked: all of it is new
        diff = _git(
            [
                "diff",
                "--unified=0",
                "--no-color",
                "--no-ext-diff",
                "--no-textconv",
                "--text",
                self.ref,
                "--",
                path.name,
            ],
            folder,
        )
        if diff.returncode != 0:
            message = diff.stderr.decode("utf-8", "replace").strip().splitlines()
            raise JdlintError(
                f"git diff failed: {message[-1] if message else 'exit ' + str(diff.returncode)}", path=str(path)
            )
        if re.search(rb"^new file mode", diff.stdout, re.M):
            return None  # added since REF
        return parse_hunks(diff.stdout)

    def keep(self, result: FileResult) -> None:
        """Drop the findings of ``result`` outside the changed lines of its file, and its notes
        when none of its lines changed."""
        path = result.file
        if path is None or not path.is_file():
            return
        ranges = self.ranges(path)
        if ranges is None:
            return
        result.findings = [f for f in result.findings if _intersects(f, ranges)]
        if not ranges:  # notes say how a file was checked: kept for the files with changed lines
            result.notes = []


def _intersects(finding, ranges: Ranges) -> bool:
    first = finding.line
    # A span that ends right after a line break ends on the line before.
    last = finding.end_line - 1 if finding.end_line > finding.line and finding.end_column == 1 else finding.end_line
    return any(a <= last and first <= b for a, b in ranges)
