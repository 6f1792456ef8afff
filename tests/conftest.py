from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import settings as hypothesis_settings

# Hypothesis profiles (tests/test_properties.py and the property tests elsewhere): "ci" is the
# default, derandomized (a fixed seed: the same examples every run) with a budget that keeps the
# suite fast; "long" runs many more random examples, locally: HYPOTHESIS_PROFILE=long pytest ...
hypothesis_settings.register_profile("ci", derandomize=True, max_examples=100, deadline=None, print_blob=True)
hypothesis_settings.register_profile("long", max_examples=1000, deadline=None, print_blob=True)
hypothesis_settings.load_profile(__import__("os").environ.get("HYPOTHESIS_PROFILE", "ci"))

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(__import__("os").environ.get("JDLINT_CORPUS", ROOT.parent / "shared" / "corpus"))


@pytest.fixture(scope="session")
def settings():
    from jdlint.config import load_settings

    return load_settings(None)


def lint(
    text: str,
    path: str = "posting.md",
    *,
    only: str | None = None,
    options: dict | None = None,
    settings_data: dict | None = None,
):
    """Lint text with the default settings, optionally with one rule only."""
    from jdlint.config import Settings, load_settings
    from jdlint.engine import lint_source

    settings = Settings(data=settings_data) if settings_data else load_settings(None)
    config = settings.for_path(path)
    if only is not None:
        rule = settings.ruleset.find(only)
        assert rule is not None, only
        if options:
            rule = rule.with_overrides(options.pop("severity", None), options)
        config.__dict__["rules"] = [rule]
    result = lint_source(text, path, config)
    assert result.error is None, result.error
    return result


def section_kinds(text: str, path: str = "posting.md") -> list[tuple[str, int]]:
    """(kind, start line) of each section jdlint reads in ``text``."""
    doc = lint(text, path).doc
    return [(s.kind, doc.locate(s.span.start).line) for s in doc.sections]


def finding_codes(text: str, path: str = "posting.md") -> list[str]:
    return [f.code for f in lint(text, path).findings]


def facts_of(text: str, path: str = "posting.md"):
    from jdlint import facts

    return facts.of(lint(text, path).doc)


# A posting every default rule accepts (no recognised role, every required section present).
CLEAN = """\
# Office Manager

## About the role

You will run our Berlin office for a team of forty people.

## Responsibilities

- Order office supplies
- Plan the quarterly team offsite

## Requirements

- Two years of experience running an office

## Benefits

- Health insurance
- Thirty days of paid time off
- A salary of 48,000 to 55,000 euros a year

## Location

Our office is in Berlin, next to the Ostbahnhof station. The role is hybrid: three days a week
in the office and two at home, with hours you agree with the team.

## About us

We are a company of forty people who build booking software for small hotels. Most of the team
works in Berlin and meets every Thursday for lunch. We care about clear writing, calm planning
and kind feedback, and we publish our salary bands and our handbook so that nobody has to guess
how decisions are made here.

## How to apply

Send your CV and a short note about an office you helped run to jobs@example.com by 31 March 2027.
We answer every application within two weeks. We are an equal opportunity employer and welcome
applications from everyone; tell us if you need any adjustments during the interviews.
"""


def invoke(args, *, input=None, env=None):
    """Run ``jdlint ARGS``; fail on a crash (an exception that is not SystemExit)."""
    try:
        runner = CliRunner(mix_stderr=False)  # click 8.1
    except TypeError:
        runner = CliRunner()  # click >= 8.2 keeps stderr apart already
    from jdlint.cli import main

    result = runner.invoke(main, [str(a) for a in args], input=input, env=env)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result


@pytest.fixture
def work(tmp_path, monkeypatch):
    """An empty working folder (no config above it) as the current directory."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    monkeypatch.delenv("JDLINT_OUTPUT_FORMAT", raising=False)
    return tmp_path


def write(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path
