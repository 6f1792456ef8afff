"""The postings in examples/: the strong one is clean, the weak ones show every default rule.

They are linted with jdlint's default settings (no config file lookup), so a .jdlint.yaml
added to the repository does not change what these tests see.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest

from jdlint.config import load_settings
from jdlint.engine import lint_path

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
STRONG = EXAMPLES / "strong-ml-engineer.md"
WEAK = sorted(p for p in EXAMPLES.glob("weak-*") if p.suffix in {".md", ".txt", ".html"})


@cache
def _settings():
    return load_settings(None)


@cache
def _lint(path: Path):
    return lint_path(path, _settings().for_path(str(path)))


def _describe(findings) -> str:
    return "\n".join(f"  {f.code} line {f.line}: {f.message}" for f in findings) or "  (none)"


def test_strong_example_has_no_findings():
    result = _lint(STRONG)
    assert result.error is None, result.error
    assert result.findings == [], "strong-ml-engineer.md has findings:\n" + _describe(result.findings)


def test_there_are_weak_examples():
    assert len(WEAK) >= 2, WEAK


@pytest.mark.parametrize("path", WEAK, ids=lambda p: p.name)
def test_weak_example_reads_without_error(path: Path):
    result = _lint(path)
    assert result.error is None, f"{path.name}: {result.error}"
    assert result.findings, f"{path.name} has no findings"


def test_weak_examples_cover_every_default_rule():
    enabled = {rule.code for rule in _settings().ruleset.rules if rule.enabled}
    found = set()
    for path in WEAK:
        result = _lint(path)
        found.update(f.code for f in result.findings + result.notes)  # note rules too (JD110, JD810)
    uncovered = sorted(enabled - found)
    assert not uncovered, "no weak example triggers: " + ", ".join(uncovered)


def test_the_examples_readme_gives_each_posting_its_real_count():
    """examples/README.md says "**weak-x.md** is ...: N findings" for each posting; the count is
    what jdlint reports today with the default rules (notes not counted)."""
    text = (EXAMPLES / "README.md").read_text(encoding="utf-8")
    stated = {m[1]: int(m[2]) for m in re.finditer(r"\*\*([\w.-]+\.(?:md|txt|html))\*\*[^*]*?(\d+) findings", text)}
    assert len(stated) >= 10, stated
    wrong = {name: (n, len(_lint(EXAMPLES / name).findings)) for name, n in stated.items()}
    assert {k: v for k, v in wrong.items() if v[0] != v[1]} == {}
