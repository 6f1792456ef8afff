"""Hostile text in reports (issue 11): posting text and file names reach the HTML report, the
GitHub annotations and the step summary only escaped, so a posting cannot run script, forge a
workflow command or break the summary's Markdown. (That action.yml passes no ``${{ }}`` into a
shell is asserted by tests/test_action.py.)"""

from __future__ import annotations

import json
import re

import pytest

from conftest import invoke, write

HOSTILE = (
    "# Engineer <script>alert(1)</script>\n\n"
    "We need a chairman.%0A::error::forged `code` @everyone | cell <img src=x onerror=alert(1)>\n"
    "::add-mask::secret\n"
)
NAME = "jobs/<b>x`y`%0A::warning::.md"


@pytest.fixture
def hostile(work):
    write(work / NAME, HOSTILE)
    return work


def test_html_report_escapes_posting_text_and_file_names(hostile):
    page = invoke(["check", "--isolated", "--output-format", "html", "jobs"]).stdout
    assert "<script>" not in page and "<img" not in page and "<b>x" not in page
    assert "&lt;script&gt;alert(1)" in page and "&lt;/script&gt;" in page  # marks may split the text
    assert "&lt;b&gt;x`y`%0A::warning::.md" in page
    assert "script-src" not in page or "'none'" in page  # the CSP forbids scripts


def test_github_annotations_cannot_be_forged_by_text_or_names(hostile):
    out = invoke(["check", "--isolated", "--output-format", "github", "jobs"]).stdout
    for line in out.splitlines():
        assert re.match(r"::(error|warning|notice)( [^:]*)?::", line), line
        properties = line.split("::")[1]
        assert "%0A" not in line.replace("%250A", "") or "%0Asuggestion" in line
        assert "::" not in properties  # a property never ends the command early
    assert "file=jobs/<b>x`y`%250A%3A%3Awarning%3A%3A.md" in out
    assert not any(line.startswith("::add-mask::") for line in out.splitlines())


def test_step_summary_escapes_names_and_messages(hostile):
    from jdlint.action import summary_markdown

    report = json.loads(invoke(["check", "--isolated", "--output-format", "json", "jobs"]).stdout)
    report["files"][0]["findings"][0]["message"] = "a `code` span\n## heading | cell @team <script>"
    summary = summary_markdown(report, changed_only=False)
    assert "<script>" not in summary and "<b>x" not in summary
    assert "`y`" not in summary and "`code`" not in summary  # no code span a name or message opens
    assert "@team" not in summary and "\n## heading" not in summary
    assert "<code>jobs/&lt;b&gt;x&#96;y&#96;%0A::warning::.md</code>" in summary
    table = [line for line in summary.splitlines() if line.startswith("| <code>")]
    assert len(table) == 1 and table[0].count(" | ") == summary.splitlines()[2].count(" | ")
