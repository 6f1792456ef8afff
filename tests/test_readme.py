"""README.md stays true: its rule table is generated from the rule definitions."""

from __future__ import annotations

import re

from conftest import ROOT
from jdlint.cli import rules_table
from jdlint.config import load_settings


def test_readme_rule_table_matches_the_rules():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    m = re.search(r"<!-- rules-table:start -->\n(.*?)<!-- rules-table:end -->", readme, re.S)
    assert m, "README.md needs the <!-- rules-table:start/end --> markers"
    expected = rules_table(load_settings(None).ruleset.rules)
    assert m.group(1) == expected, "README rule table is stale: run `jdlint rules --output-format markdown`"


def test_readme_commands():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    test_command = 'python -m pip install -q -e ".[test]" && python -m pytest -q'
    assert test_command in readme and test_command in ci
    # CI runs it in a new virtualenv of its own, activated before the command, never with the
    # machine's global packages.
    assert ci.strip().endswith(test_command)
    venv = ci.index("-m venv")
    assert venv < ci.index("/bin/activate") < ci.index(test_command)
    assert "--system-site-packages" not in ci
    assert 'python -m pip install -e ".[test]" && jdlint check examples/' in readme


def test_rules_readme_documents_every_check_kind():
    from jdlint.checks import KINDS

    text = (ROOT / "rules" / "README.md").read_text(encoding="utf-8")
    for kind in KINDS:
        assert f"| `{kind}` |" in text, f"rules/README.md does not document the check kind {kind!r}"


def test_bundled_rules_leave_jd99x_to_users():
    codes = [r.code for r in load_settings(None).ruleset.rules]
    assert not [c for c in codes if c.startswith("JD99")]
