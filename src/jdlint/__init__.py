"""jdlint: a fast, precise, offline linter for job postings.

Library use::

    import jdlint
    findings = jdlint.lint_text("# Rockstar Engineer\\n...", path="posting.md")
    findings = jdlint.lint_file("postings/ml-engineer.md")
    findings.notes  # what jdlint did with the posting (checks skipped...): not findings
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:  # pragma: no cover
    from .checks.base import Findings
    from .config import Config

__all__ = ["__version__", "lint_text", "lint_file", "JdlintError"]

from .errors import JdlintError  # noqa: E402  (light: no heavy imports)


def _config(config: Any, path: str, title: str | None = None) -> Config:
    """Accept None (look up from ``path``), a config file path, or a mapping of settings."""
    from .config import CliOptions, Settings, _validate, find_config_file, load_settings

    if config is None:
        found = find_config_file(Path(path).resolve().parent if Path(path).parent.exists() else Path.cwd())
        settings = load_settings(str(found) if found else None)
    elif isinstance(config, (str, Path)):
        settings = load_settings(str(Path(config).resolve()))
    elif isinstance(config, dict):
        settings = Settings(path="<config>", base_dir=Path.cwd(), data=dict(config))
        _validate(settings, config, lambda *keys: None)
    else:
        raise TypeError("config must be None, a path or a mapping")
    return settings.for_path(path, CliOptions(title=title))


def lint_text(text: str, path: str = "<text>.md", config: Any = None, *, title: str | None = None) -> Findings:
    """Lint posting text; the extension of ``path`` hints at the format, the content decides.
    ``title`` is the job title for text that does not state it (a dataset's title column).

    Returns the findings as a list; its ``notes`` attribute holds the notes about jdlint's run
    (checks skipped for the posting's language, no title found), which are not findings.

    Raises JdlintError for a configuration the linter cannot use; what the posting says,
    broken front matter included, comes back as findings."""
    from .checks.base import Findings
    from .engine import lint_source

    result = lint_source(text, path, _config(config, path, title))
    if result.error is not None:
        raise result.error
    return Findings(result.findings, result.notes)


def lint_file(path: str | Path, config: Any = None, *, title: str | None = None) -> Findings:
    """Lint one posting file (findings, with the notes in ``.notes`` as for ``lint_text``).
    Raises JdlintError when it cannot be read or parsed."""
    from .checks.base import Findings
    from .engine import lint_path

    result = lint_path(Path(path), _config(config, str(path), title))
    if result.error is not None:
        raise result.error
    return Findings(result.findings, result.notes)
