"""The tree passes ``ruff check`` with the project's configuration (pyproject.toml, [tool.ruff])."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from conftest import ROOT


def _ruff() -> list[str] | None:
    try:
        import ruff  # noqa: F401 - the pip package ships the binary and its locator
        from ruff.__main__ import find_ruff_bin

        return [find_ruff_bin()]
    except (ImportError, FileNotFoundError):
        found = shutil.which("ruff")
        return [found] if found else None


def test_ruff_check_is_clean():
    ruff = _ruff()
    if ruff is None:
        pytest.skip("ruff is not installed (pip install -e '.[test]' installs it)")
    result = subprocess.run(
        [*ruff, "check", "--no-cache", "src", "tests", "benchmarks", "scripts"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
