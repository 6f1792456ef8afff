"""Counts shared by every report format."""

from __future__ import annotations

from collections import Counter
from typing import Any

from ..engine import FileResult


def summarize(results: list[FileResult]) -> dict[str, Any]:
    by_severity = Counter(f.severity for r in results for f in r.findings)
    by_code = Counter(f.code for r in results for f in r.findings)
    return {
        "files": len(results),
        "files_with_findings": sum(1 for r in results if r.findings),
        "errors": sum(1 for r in results if r.error is not None),
        "findings": sum(by_severity.values()),
        "by_severity": {level: by_severity.get(level, 0) for level in ("error", "warning", "info")},
        "by_code": dict(sorted(by_code.items())),
    }
