"""Start-up: what makes it short does not change what is read."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from jdlint import yamlutil
from jdlint.resources import rules_root

ROOT = Path(__file__).resolve().parent.parent


def _lines(value) -> list:
    """Every mapping's line and key lines, in order."""
    if isinstance(value, dict):
        return [(value.line, value.key_lines)] + [x for v in value.values() for x in _lines(v)]
    if isinstance(value, list):
        return [x for v in value for x in _lines(v)]
    return []


def test_bundled_files_read_with_libyaml_give_the_same_data_and_lines():
    paths = sorted(rules_root().rglob("*.yaml"))
    assert len(paths) > 20
    for path in paths:
        text = path.read_text(encoding="utf-8")
        slow, fast = yamlutil.load(text), yamlutil.load(text, bundled=True)
        assert slow == fast, path
        assert _lines(slow) == _lines(fast), path
        assert yamlutil.load_data(text) == yaml.safe_load(text), path


def test_a_broken_bundled_style_file_is_reported_by_pyyamls_parser():
    text = "rules:\n  - code: JD999\n    name: [unclosed\n"
    with pytest.raises(yaml.YAMLError) as slow:
        yamlutil.load(text)
    with pytest.raises(yaml.YAMLError) as fast:
        yamlutil.load(text, bundled=True)
    assert str(fast.value) == str(slow.value)


def test_readability_does_not_import_nltk():
    """textstat imports NLTK (and NLTK SciPy) at load time, for a dictionary jdlint switches off."""
    code = (
        "import sys\n"
        "from jdlint import readability\n"
        "assert 0 < readability.flesch_kincaid_grade('We ship small changes. Every day, we review them.') < 20\n"
        "assert 'nltk' not in sys.modules and 'scipy' not in sys.modules, 'NLTK was imported'\n"
        "import textstat.backend.utils._get_cmudict as cmudict\n"
        "assert cmudict.nltk.data is not None  # the stand-in imports the real NLTK on first use\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    subprocess.run([sys.executable, "-c", code], check=True, env=env, timeout=300)
