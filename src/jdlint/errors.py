"""Errors that end a file or a run with a clear message instead of a traceback (exit code 2)."""

from __future__ import annotations


class JdlintError(Exception):
    """Base class: a problem with the input, the configuration or a rule pack."""

    exit_code = 2

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line

    def __str__(self) -> str:
        where = self.path or ""
        if self.line is not None:
            where = f"{where}:{self.line}" if where else f"line {self.line}"
        return f"{where}: {self.message}" if where else self.message


class InputError(JdlintError):
    """A posting that cannot be read: undecodable bytes, broken front matter, missing file."""


class ConfigError(JdlintError):
    """An invalid configuration file or command-line option value."""


class RuleError(JdlintError):
    """An invalid rule pack or role profile."""
