"""JSON: the stable contract for integrations (see README "JSON output")."""

from __future__ import annotations

import json
from typing import Any

from .. import __version__
from ..engine import FileResult
from .summary import summarize

SCHEMA_VERSION = 1


def file_entry(result: FileResult) -> dict[str, Any]:
    doc = result.doc
    entry: dict[str, Any] = {
        "path": result.path,
        "title": doc.title.text if doc and doc.title else None,
        "role": doc.role if doc else None,
        "score": result.score.total if result.score else None,
        "categories": dict(result.score.categories) if result.score else {},
        "findings": [f.to_dict() for f in result.findings],
        # What jdlint did with the posting (checks skipped, no title found): not findings, and not
        # in the summary's counts. Same fields as a finding, with "severity": "note".
        "notes": [f.to_dict() for f in result.notes],
    }
    if result.records > 1:  # a JSON list or JSON Lines file: title, role and score are its weakest posting's
        entry["postings"] = result.records
    if result.error is not None:
        entry["error"] = {"message": result.error.message, "line": result.error.line}
    return entry


def render(results: list[FileResult]) -> str:
    payload = {
        "version": __version__,
        "schema": SCHEMA_VERSION,
        "files": [file_entry(r) for r in results],
        "summary": summarize(results),
    }
    return json.dumps(payload, indent=2, ensure_ascii=False) + "\n"
