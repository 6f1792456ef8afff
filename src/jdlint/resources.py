"""Where the bundled rule packs live.

The repository keeps them in a top-level ``rules/`` folder. A built wheel carries a copy inside
the package as ``jdlint/_rules``; an editable install or a plain source checkout (``src/``
layout) reads the repository folder directly.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from .errors import RuleError


@lru_cache(maxsize=1)
def rules_root() -> Path:
    here = Path(__file__).resolve().parent
    candidates = (here / "_rules", here.parent.parent / "rules")
    for candidate in candidates:
        if (candidate / "sections.yaml").is_file():
            return candidate
    raise RuleError(
        "cannot find jdlint's bundled rules (looked in " + ", ".join(str(c) for c in candidates) + "); reinstall jdlint"
    )
