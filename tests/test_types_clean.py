"""src/jdlint passes mypy with the project's configuration (pyproject.toml, [tool.mypy])."""

from __future__ import annotations

import importlib.util
import subprocess
import sys

import pytest

from conftest import ROOT


def test_mypy_is_clean(tmp_path):
    if importlib.util.find_spec("mypy") is None:
        pytest.skip("mypy is not installed (pip install -e '.[test]' installs it)")
    if importlib.util.find_spec("yaml-stubs") is None:
        pytest.skip("types-PyYAML is not installed (pip install -e '.[test]' installs it)")
    # The files to check come from the configuration; a fresh cache keeps the tree untouched.
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--cache-dir", str(tmp_path / "mypy-cache")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stdout + result.stderr
