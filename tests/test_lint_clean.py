"""The tree passes ``ruff check`` and ``ruff format --check`` with the project's configuration
(pyproject.toml, [tool.ruff])."""

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


_TREE = ["src", "tests", "benchmarks", "scripts"]


def _run_ruff(*args: str) -> subprocess.CompletedProcess[str]:
    ruff = _ruff()
    if ruff is None:
        pytest.skip("ruff is not installed (pip install -e '.[test]' installs it)")
    return subprocess.run([*ruff, *args], cwd=ROOT, capture_output=True, text=True, timeout=120)


def test_ruff_check_is_clean():
    result = _run_ruff("check", "--no-cache", *_TREE)
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_format_is_clean():
    result = _run_ruff("format", "--check", "--no-cache", *_TREE)
    assert result.returncode == 0, "run `ruff format " + " ".join(_TREE) + "`:\n" + result.stdout + result.stderr
