"""JSON: the stable contract for integrations (see README "JSON output")."""

from __future__ import annotations

import json
from typing import Any

from .. import __version__
from ..engine import FileResult
from ..model import Document
from ..score import Score
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
    if result.records > 1:  # a JSON or YAML list or JSON Lines: title, role and score are its weakest posting's
        entry["postings"] = result.records
        entry["records"] = [_record(doc, score) for doc, score in zip(result.docs, result.scores, strict=True)]
    if result.error is not None:
        entry["error"] = {"message": result.error.message, "line": result.error.line}
    return entry


def _record(doc: Document, score: Score) -> dict[str, Any]:
    """One posting of a file that holds several: where it starts, its title and its score."""
    start = doc.record_span.start if doc.record_span is not None else 0
    return {
        "line": doc.locate(start).line,
        "title": doc.title.text if doc.title else None,
        "score": score.total,
    }


def render(results: list[FileResult]) -> str:
    payload = {
        "version": __version__,
        "schema": SCHEMA_VERSION,
        "files": [file_entry(r) for r in results],
        "summary": summarize(results),
    }
    return json.dumps(payload, indent=2, ensure_ascii=False) + "\n"
