"""SARIF 2.1.0, the format GitHub code scanning (``upload-sarif``) and other CI services read.

Locations are relative to the working folder (``%SRCROOT%``), so that the same posting keeps the
same URI from run to run; columns count Unicode code points, as jdlint's do, and ``endColumn``
is exclusive in both. Each result carries partial fingerprints built from the rule, the file,
the matched text and its occurrence index (not the line number), so that an alert follows its
text when lines are added above it.

Notes about jdlint's run (a rule with ``note: true``: checks skipped for the posting's language,
no title found) are not results: SARIF's place for what the tool says about its own execution
is ``invocations[].toolExecutionNotifications``, with level ``note`` and the file's location, and
their descriptors go in ``tool.driver.notifications``. Code scanning does not turn notifications
into alerts, which is the point: a note is not a problem with the posting.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any
from urllib.parse import quote

from .. import __version__
from ..checks import Finding
from ..engine import FileResult
from .common import INFORMATION_URI, RuleIndex, occurrences, relative_path, unwrap

SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note", "note": "note"}
SRCROOT = "%SRCROOT%"


def artifact_location(path: str) -> dict[str, Any]:
    rel = relative_path(path)
    if Path(rel).is_absolute():  # outside the working folder: an absolute file URI
        return {"uri": Path(rel).as_uri()}
    return {"uri": quote(rel), "uriBaseId": SRCROOT}


def fingerprint(code: str, uri: str, text: str, index: int) -> dict[str, str]:
    stable = hashlib.sha256("\0".join((code, uri, text)).encode("utf-8")).hexdigest()
    with_index = hashlib.sha256(f"{stable}\0{index}".encode()).hexdigest()
    return {
        "jdlint/v1": with_index,
        # GitHub code scanning reads only this key (format "hash:occurrence"); computing it here
        # keeps alerts stable when lines move, which upload-sarif's line-based hash does not.
        "primaryLocationLineHash": f"{stable[:16]}:{index + 1}",
    }


def _rule_descriptor(finding: Finding, rules: RuleIndex) -> dict[str, Any]:
    code, name = finding.code, finding.name
    rule = rules.get(code)
    summary = (rule.summary if rule else "") or name
    why = unwrap(rule.why if rule else "") or summary
    help_text = why + (f"\n\nSuggestion: {rule.suggestion}" if rule and isinstance(rule.suggestion, str) else "")
    help_text += f"\n\nRun `jdlint rule {code}` for the full documentation and examples."
    descriptor: dict[str, Any] = {
        "id": code,
        "name": name,
        "shortDescription": {"text": summary},
        # GitHub truncates fullDescription at 1024 characters; the whole text is in help.
        "fullDescription": {"text": why[:1024]},
        "help": {"text": help_text, "markdown": help_text},
        "defaultConfiguration": {"level": LEVELS[rule.severity if rule else finding.severity]},
        "properties": {"category": finding.category, "tags": [finding.category]},
    }
    if rule and rule.sources:
        descriptor["properties"]["sources"] = list(rule.sources)
    return descriptor


def _note(note: Finding, location: dict[str, Any], index: int) -> dict[str, Any]:
    """A tool execution notification for one note, pointing at its file and region."""
    return {
        "level": "note",
        "message": {"text": note.message + "".join(f"\nSuggestion: {s}" for s in note.suggestions)},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": dict(location),
                    "region": _region(note.line, note.column, note.end_line, note.end_column),
                }
            }
        ],
        "descriptor": {"id": note.code, "index": index},
        "properties": {"name": note.name, "category": note.category},
    }


def _region(line: int, column: int, end_line: int, end_column: int) -> dict[str, int]:
    region = {"startLine": line, "startColumn": column, "endLine": max(end_line, line)}
    region["endColumn"] = max(end_column, column) if end_line <= line else max(end_column, 1)
    return region


def _fix(fix, doc, location: dict[str, Any]) -> dict[str, Any]:
    """A SARIF fix: replace the fix's span with its replacement ("safe" or "unsafe" in the text)."""
    start, end = doc.locate(fix.span.start), doc.locate(fix.span.end)
    return {
        "description": {"text": f"Replace with '{fix.replacement}' ({fix.applicability} fix)"},
        "artifactChanges": [
            {
                "artifactLocation": dict(location),
                "replacements": [
                    {
                        "deletedRegion": _region(start.line, start.column, end.line, end.column),
                        "insertedContent": {"text": fix.replacement},
                    }
                ],
            }
        ],
    }


def render(results: list[FileResult], *, rules: RuleIndex | None = None) -> str:
    rules = rules or {}
    descriptors: dict[str, dict[str, Any]] = {}
    sarif_results: list[dict[str, Any]] = []
    notifications: list[dict[str, Any]] = []
    note_descriptors: dict[str, dict[str, Any]] = {}
    notes: list[tuple[Finding, dict[str, Any]]] = []
    for result in results:
        location = artifact_location(result.path)
        if result.error is not None:
            physical: dict[str, Any] = {"artifactLocation": location}
            if result.error.line:
                physical["region"] = {"startLine": result.error.line}
            notifications.append(
                {
                    "level": "error",
                    "message": {"text": result.error.message},
                    "locations": [{"physicalLocation": physical}],
                    "descriptor": {"id": "file-not-checked"},
                }
            )
            continue
        for note in result.notes:
            if note.code not in note_descriptors:
                note_descriptors[note.code] = _rule_descriptor(note, rules)
            notes.append((note, location))
        for finding, text, index in occurrences(result):
            if finding.code not in descriptors:
                descriptors[finding.code] = _rule_descriptor(finding, rules)
            message = finding.message + "".join(f"\nSuggestion: {s}" for s in finding.suggestions)
            entry: dict[str, Any] = {
                "ruleId": finding.code,
                "level": LEVELS[finding.severity],
                "message": {"text": message},
                "locations": [
                    {
                        "physicalLocation": {
                            "artifactLocation": dict(location),
                            "region": _region(finding.line, finding.column, finding.end_line, finding.end_column),
                        }
                    }
                ],
                "partialFingerprints": fingerprint(finding.code, location["uri"], text, index),
                "properties": {
                    "name": finding.name,
                    "category": finding.category,
                    "section": finding.section,
                    "suggestions": list(finding.suggestions),
                },
            }
            if finding.fix is not None and result.doc is not None:
                entry["fixes"] = [_fix(finding.fix, result.doc, location)]
            sarif_results.append(entry)
    order = sorted(descriptors)
    index_of = {code: i for i, code in enumerate(order)}
    for entry in sarif_results:  # ruleIndex lets consumers find the descriptor without a search
        entry["ruleIndex"] = index_of[entry["ruleId"]]
    failed = bool(notifications)  # files that could not be checked; notes do not make a run fail
    note_order = sorted(note_descriptors)
    notifications += [_note(note, location, note_order.index(note.code)) for note, location in notes]
    driver: dict[str, Any] = {
        "name": "jdlint",
        "version": __version__,
        "semanticVersion": __version__,
        "informationUri": INFORMATION_URI,
        "rules": [descriptors[c] for c in order],
    }
    if note_order:
        driver["notifications"] = [note_descriptors[c] for c in note_order]
    run: dict[str, Any] = {
        "tool": {"driver": driver},
        "originalUriBaseIds": {SRCROOT: {"uri": Path.cwd().resolve().as_uri().rstrip("/") + "/"}},
        "columnKind": "unicodeCodePoints",
        "invocations": [{"executionSuccessful": not failed, "toolExecutionNotifications": notifications}],
        "results": sarif_results,
    }
    log = {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"
