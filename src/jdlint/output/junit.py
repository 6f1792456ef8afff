"""JUnit XML, for CI services that show test reports (GitLab, Jenkins, Azure, test-report actions).

One ``<testsuite>`` per posting and one failing ``<testcase>`` per finding; a clean posting gets
one passing test case, and a posting that could not be read one ``<error>``, so every file shows
up in the report. Notes about jdlint's run (checks skipped, no title found) are no test cases:
they go to the suite's ``<system-out>``, which CI services show as the suite's output.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from ..engine import FileResult

# Characters XML 1.0 cannot carry even escaped (control characters other than tab and newlines,
# lone surrogates, U+FFFE/U+FFFF); a posting could contain them, so they are replaced.
_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _clean(text: str) -> str:
    return _INVALID_XML.sub("\ufffd", text)


def _element(parent: ET.Element, tag: str, text: str | None = None, **attrs: object) -> ET.Element:
    node = ET.SubElement(parent, tag, {k: _clean(str(v)) for k, v in attrs.items()})
    if text is not None:
        node.text = _clean(text)
    return node


def render(results: list[FileResult]) -> str:
    root = ET.Element("testsuites", {"name": "jdlint"})
    total = failures = errors = 0
    for result in results:
        cases = max(len(result.findings), 1)
        suite = _element(
            root,
            "testsuite",
            name=result.path,
            tests=cases,
            failures=len(result.findings),
            errors=int(result.error is not None),
            skipped=0,
        )
        total += cases
        failures += len(result.findings)
        if result.error is not None:
            errors += 1
            where = f"{result.path}:{result.error.line}" if result.error.line else result.path
            case = _element(suite, "testcase", name="read posting", classname=result.path)
            _element(
                case, "error", f"{where}: {result.error.message}", message=result.error.message, type="file-not-checked"
            )
        elif not result.findings:
            _element(suite, "testcase", name="no findings", classname=result.path)
        for f in result.findings:
            location = f"{result.path}:{f.line}:{f.column}"
            case = _element(
                suite,
                "testcase",
                name=f"{f.code} {f.name} at {f.line}:{f.column}",
                classname=result.path,
                file=result.path,
                line=f.line,
            )
            body = f"{location}: {f.code} {f.severity} {f.message}" + "".join(
                f"\nsuggestion: {s}" for s in f.suggestions
            )
            _element(case, "failure", body, message=f"{location}: {f.message}", type=f"{f.code} {f.severity}")
        if result.notes:  # after the test cases, where the JUnit schema puts a suite's output
            notes = "\n".join(f"{result.path}: note: {n.code} {n.message}" for n in result.notes)
            _element(suite, "system-out", notes)
    root.set("tests", str(total))
    root.set("failures", str(failures))
    root.set("errors", str(errors))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
