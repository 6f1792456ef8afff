"""JSON Lines: one object per finding (the JSON format's finding fields plus ``path``), one per
file that could not be checked (``{"path", "error"}``) and one per note about jdlint's run
(``{"path", "note"}``, kept apart so that counting records with a ``code`` counts findings), so
that reports stream and concatenate (``jq -c``, log shippers)."""

from __future__ import annotations

import json
from typing import Any

from ..engine import FileResult

# Line separators that json.dumps leaves raw with ensure_ascii=False but that readers using
# str.splitlines() (or JavaScript) would break a record on; they can only occur inside strings.
_SEPARATORS = str.maketrans({"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def _line(obj: dict[str, Any]) -> str:
    return json.dumps(obj, ensure_ascii=False).translate(_SEPARATORS) + "\n"


def render(results: list[FileResult]) -> str:
    lines: list[str] = []
    for result in results:
        if result.error is not None:
            lines.append(
                _line({"path": result.path, "error": {"message": result.error.message, "line": result.error.line}})
            )
        lines.extend(_line({"path": result.path, **finding.to_dict()}) for finding in result.findings)
        lines.extend(_line({"path": result.path, "note": note.to_dict()}) for note in result.notes)
    return "".join(lines)
