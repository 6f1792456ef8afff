"""Report formats. Each format is one module with ``render(results, ...) -> str``; ``FORMATS``
maps a format name to its module and to the options its ``render`` takes, so one lint run can
render any number of reports (``--output-format`` plus ``--report FORMAT:PATH``)."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING

from ..atomicwrite import replace_file

if TYPE_CHECKING:  # pragma: no cover
    from ..engine import FileResult
    from ..rules import Rule


@dataclass(frozen=True)
class RenderOptions:
    """Everything a format may need besides the results; each format picks what it uses."""

    rules: Mapping[str, Rule] = field(default_factory=dict)  # code -> rule, for explanations
    color: bool = False
    quiet: bool = False
    statistics: bool = False
    reports: tuple[str, ...] = ()  # the run's report files, which github's overflow notice names


# name -> (module in this package, RenderOptions fields its render() takes as keywords)
FORMATS: dict[str, tuple[str, tuple[str, ...]]] = {
    "text": ("text", ("color", "quiet", "statistics")),
    "json": ("json_format", ()),
    "json-lines": ("json_lines", ()),
    "github": ("github", ("reports",)),
    "sarif": ("sarif", ("rules",)),
    "junit": ("junit", ()),
    "html": ("html", ("rules",)),
}


def render(fmt: str, results: list[FileResult], options: RenderOptions = RenderOptions()) -> str:
    module_name, keys = FORMATS[fmt]
    module = import_module(f"{__name__}.{module_name}")
    return module.render(results, **{key: getattr(options, key) for key in keys})


def parse_report(spec: str) -> tuple[str, str]:
    """``FORMAT:PATH`` -> (format, path). Split at the first colon: format names have none, while
    a Windows path may (``sarif:C:\\out\\jdlint.sarif``)."""
    fmt, sep, path = spec.partition(":")
    fmt = fmt.strip().lower()
    if not sep or not path:
        raise ValueError(f"{spec!r} is not FORMAT:PATH (for example sarif:jdlint.sarif)")
    if fmt not in FORMATS:
        raise ValueError(f"unknown report format {fmt!r} (choose from {', '.join(FORMATS)})")
    if path == "-":
        raise ValueError("a --report goes to a file; use --output-format for standard output")
    return fmt, path


def write_report(path: str | os.PathLike[str], text: str) -> None:
    """Write ``text`` to ``path`` atomically: a temporary file in the same folder, then a rename.

    A reader (or a crash) never sees half a report, and when anything fails the file that was
    there before is left exactly as it was. Missing parent folders are created. A replaced file
    keeps its permissions; a new one gets the usual ones (0666 less the umask), not mkstemp's 0600.
    """
    target = Path(path)
    if target.is_dir():
        raise IsADirectoryError(21, "Is a directory", str(target))
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        mode = target.stat().st_mode & 0o7777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    replace_file(target, text.encode("utf-8"), mode)
