from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(__import__("os").environ.get("JDLINT_CORPUS", ROOT.parent / "shared" / "corpus"))


@pytest.fixture(scope="session")
def settings():
    from jdlint.config import load_settings

    return load_settings(None)


def lint(text: str, path: str = "posting.md", *, only: str | None = None, options: dict | None = None,
         settings_data: dict | None = None):
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
