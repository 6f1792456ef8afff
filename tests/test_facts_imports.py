"""No module depends on import order: every module of the package imports on its own in a fresh
interpreter, in several orders, and the set of registered conditions (what rules' ``unless:``
names) is the same every time."""

from __future__ import annotations

import json
import os
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

import jdlint

SRC = str(Path(jdlint.__file__).resolve().parent.parent)
MODULES = sorted(
    m.name for m in pkgutil.walk_packages(jdlint.__path__, "jdlint.") if m.name not in ("jdlint.__main__",)
)

_PROGRAM = """
import importlib, json, sys
for name in sys.argv[1:]:
    importlib.import_module(name)
from jdlint.facts import CONDITIONS
print(json.dumps(sorted(CONDITIONS)))
"""


def _conditions_after(order: list[str]) -> list[str]:
    env = {**os.environ, "PYTHONPATH": SRC}
    done = subprocess.run(
        [sys.executable, "-c", _PROGRAM, *order], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_there_are_modules_to_import():
    assert {"jdlint.fixes", "jdlint.config", "jdlint.checks.pay", "jdlint.facts.pay"} <= set(MODULES)


@pytest.mark.parametrize(
    "first",
    [
        "jdlint.fixes",
        "jdlint.checks.pay",
        "jdlint.config",
        "jdlint.facts",
        "jdlint.checks.phrases",
        "jdlint.engine",
        "jdlint.cli",
    ],
)
def test_each_entry_module_imports_alone(first):
    assert _conditions_after([first]) == _conditions_after(["jdlint.facts"])


def test_every_order_gives_the_same_conditions():
    expected = _conditions_after(["jdlint.facts"])
    assert len(expected) >= 11
    orders = [MODULES, list(reversed(MODULES)), MODULES[1::2] + MODULES[::2]]
    for order in orders:
        assert _conditions_after(order) == expected


def test_facts_sit_below_checks_config_engine_and_cli():
    import ast

    package = Path(jdlint.__file__).resolve().parent / "facts"
    for path in package.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level >= 2:
                top = (node.module or "").split(".")[0]
                assert top not in ("checks", "config", "engine", "cli", "rules"), f"{path.name} imports {node.module}"
