"""Same input and configuration, byte-identical reports: across runs and PYTHONHASHSEED values
(set iteration order changes with the seed). jdlint has no --jobs option, so there is no
parallel order to vary."""

from __future__ import annotations

import os
import subprocess
import sys

from conftest import ROOT

FORMATS = ("json", "sarif", "junit", "html", "github", "json-lines")


def _run(seed: str, out) -> dict[str, bytes]:
    """One run's reports; every run writes to the same paths (the github report names them)."""
    out.mkdir(exist_ok=True)
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "PYTHONHASHSEED": seed, "NO_COLOR": "1"}
    reports = [arg for fmt in FORMATS for arg in ("--report", f"{fmt}:{out / fmt}")]
    done = subprocess.run(
        [sys.executable, "-m", "jdlint", "check", "--statistics", "examples/", *reports],
        cwd=ROOT,
        env=env,
        capture_output=True,
        timeout=600,
    )
    assert done.returncode == 1, done.stderr.decode()
    return {"text": done.stdout, **{fmt: (out / fmt).read_bytes() for fmt in FORMATS}}


def test_reports_are_byte_identical_across_runs_and_hash_seeds(tmp_path):
    runs = [_run(seed, tmp_path / "reports") for seed in ("0", "1", "4242")]
    assert runs[0]["json"].count(b'"path"') > 10
    for fmt in runs[0]:
        assert runs[0][fmt] == runs[1][fmt] == runs[2][fmt], f"{fmt} differs between runs"
