"""Report formats (github, sarif, junit, json-lines, html), -o/--output-file and --report, through
the command line and through the renderers directly."""

from __future__ import annotations

import html as htmllib
import json
import os
import re
import shutil
import stat
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from conftest import CLEAN, ROOT, invoke, lint, write
from jdlint.checks import Finding
from jdlint.engine import FileResult
from jdlint.errors import InputError
from jdlint.model import Span
from jdlint.output import FORMATS, RenderOptions, github, parse_report, render, write_report

# One buzzword (JD401, line 5) and one catch-all duty (JD402, line 10), as in test_cli.py.
BUZZ = CLEAN.replace("You will run", "You will be the rockstar who runs").replace(
    "- Plan the quarterly team offsite", "- Other duties as assigned"
)
NEW_FORMATS = ["github", "sarif", "junit", "json-lines", "html"]
SCHEMA = ROOT / "tests" / "data" / "sarif-schema-2.1.0.json"


def _postings(work: Path) -> None:
    write(work / "buzz.md", BUZZ)
    write(work / "clean.md", CLEAN)


def _finding(code: str = "JD401", severity: str = "warning", line: int = 1, message: str = "m", **kw) -> Finding:
    f = Finding(code, kw.pop("name", "buzzword"), kw.pop("category", "clarity"), severity, message, Span(0, 1), **kw)
    f.line, f.column, f.end_line, f.end_column = line, 1, line, 2
    return f


# --- every format --------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", NEW_FORMATS)
def test_every_format_reports_findings_clean_files_and_file_errors(work, fmt):
    _postings(work)
    result = invoke(["check", "--output-format", fmt, "buzz.md", "clean.md", "nope.md"])
    assert result.exit_code == 2  # the missing file; the others were still checked
    out = result.stdout
    assert "buzz.md" in out and "nope.md" in out
    assert "JD401" in out and "JD402" in out
    assert "jdlint: error: nope.md" in result.stderr
    if fmt in ("junit", "html"):  # the formats that list clean files too
        assert "clean.md" in out


@pytest.mark.parametrize("fmt", NEW_FORMATS)
def test_exit_codes_do_not_depend_on_the_format(work, fmt):
    _postings(work)
    assert invoke(["check", "--output-format", fmt, "buzz.md"]).exit_code == 1
    assert invoke(["check", "--output-format", fmt, "clean.md"]).exit_code == 0
    assert invoke(["check", "--output-format", fmt, "--exit-zero", "buzz.md"]).exit_code == 0


def test_output_format_from_environment(work):
    _postings(work)
    result = invoke(["check", "buzz.md"], env={"JDLINT_OUTPUT_FORMAT": "json-lines"})
    assert [json.loads(line)["code"] for line in result.stdout.splitlines()] == ["JD401", "JD402"]


def test_unknown_format_is_a_usage_error(work):
    _postings(work)
    assert invoke(["check", "--output-format", "xml", "buzz.md"]).exit_code == 2


# --- github --------------------------------------------------------------------------------


def test_github_annotations(work):
    _postings(work)
    result = invoke(["check", "--output-format", "github", "buzz.md", "clean.md", "nope.md"])
    lines = result.stdout.splitlines()
    assert all(line.startswith("::") for line in lines)
    buzz = next(line for line in lines if "JD401" in line)
    assert buzz.startswith("::warning file=buzz.md,line=5,col=")
    assert ",endLine=5,endColumn=" in buzz and ",title=JD401 buzzword::" in buzz
    assert "'rockstar'" in buzz and "%0Asuggestion: " in buzz  # suggestions on their own lines
    assert any(line.startswith("::error file=nope.md,title=jdlint%3A file not checked::") for line in lines)
    assert not any("clean.md" in line for line in lines)


def test_github_escaping():
    assert github.escape_data("100% done\r\nnext") == "100%25 done%0D%0Anext"
    assert github.escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"
    line = github.command("error", "50%: a\nb", file="dir,1/a:b.md", line=3, title="JD401 x")
    assert line == "::error file=dir%2C1/a%3Ab.md,line=3,title=JD401 x::50%25: a%0Ab"


def test_github_levels_and_multi_line_spans():
    info = _finding("JD405", "info", line=4)
    multi = _finding("JD303", "warning", line=2)
    multi.end_line, multi.end_column = 5, 7
    lines = github.render([FileResult("p.md", findings=[multi, info])]).splitlines()
    # GitHub rejects columns on an annotation that spans several lines.
    assert lines[0] == "::warning file=p.md,line=2,endLine=5,title=JD303 buzzword::m"
    assert lines[1] == "::notice file=p.md,line=4,col=1,endLine=4,endColumn=2,title=JD405 buzzword::m"


def test_github_says_how_many_annotations_were_not_shown():
    findings = (
        [_finding("JD502", "error", line=i) for i in range(1, 13)]
        + [_finding("JD401", "warning", line=i) for i in range(1, 12)]
        + [_finding("JD405", "info", line=i) for i in range(1, 16)]
    )
    out = github.render([FileResult("p.md", findings=findings)], reports=("jdlint.sarif",))
    lines = out.splitlines()
    assert len(lines) == 12 + 11 + 15 + 3  # every finding is still emitted, plus three notices
    head = lines[:3]
    assert all(line.startswith("::notice title=jdlint%3A ") for line in head)
    assert "12 errors" in head[0] and "so 2 are not shown" in head[0]
    assert "11 warnings" in head[1] and "so 1 are not shown" in head[1]
    # The three notices take notice slots themselves: 7 info findings fit, 8 do not.
    assert "15 notices" in head[2] and "only 7 per step, so 8 are not shown" in head[2]
    assert "jdlint.sarif" in head[0] and "step log" in head[0]
    through_registry = render("github", [FileResult("p.md", findings=findings)], RenderOptions(reports=("r.sarif",)))
    assert "r.sarif" in through_registry.splitlines()[0]
    # Up to the limit there is no notice.
    assert not github.render([FileResult("p.md", findings=findings[:10])]).startswith("::notice")


def test_github_file_error_with_line():
    error = InputError("not valid UTF-8 (byte 0xe9); save the file as UTF-8", path="bad.md", line=3)
    out = github.render([FileResult("bad.md", error=error)])
    assert (
        out
        == "::error file=bad.md,line=3,title=jdlint%3A file not checked::not valid UTF-8 (byte 0xe9); save the file as UTF-8\n"
    )


# --- sarif ---------------------------------------------------------------------------------


def _sarif_validator():
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    assert schema["id"].endswith("/sarif-schema-2.1.0.json")
    return jsonschema.Draft4Validator(schema)


def test_vendored_schema_is_the_one_its_notice_names():
    import hashlib

    notice = SCHEMA.with_name("sarif-schema-2.1.0.NOTICE.md").read_text(encoding="utf-8")
    assert hashlib.sha256(SCHEMA.read_bytes()).hexdigest() in notice


def test_sarif_is_valid_against_the_official_schema(work):
    _postings(work)
    write(work / "bad.md", b"# Office Manager\n\nCaf\xe9\n")
    result = invoke(["check", "--output-format", "sarif", "buzz.md", "clean.md", "bad.md", "nope.md"])
    log = json.loads(result.stdout)
    errors = sorted(_sarif_validator().iter_errors(log), key=str)
    assert not errors, errors[0]
    run = log["runs"][0]
    assert log["version"] == "2.1.0" and run["columnKind"] == "unicodeCodePoints"
    driver = run["tool"]["driver"]
    assert driver["name"] == "jdlint" and driver["version"] and driver["informationUri"].startswith("https://")
    rules = {r["id"]: r for r in driver["rules"]}
    assert set(rules) == {"JD401", "JD402"}
    assert rules["JD401"]["name"] == "buzzword"
    assert rules["JD401"]["shortDescription"]["text"].startswith("Reports hype words")
    assert "Textio" in rules["JD401"]["fullDescription"]["text"]
    assert rules["JD401"]["defaultConfiguration"]["level"] == "warning"
    first = run["results"][0]
    assert first["ruleId"] == "JD401" and first["level"] == "warning"
    assert driver["rules"][first["ruleIndex"]]["id"] == "JD401"
    location = first["locations"][0]["physicalLocation"]
    assert location["artifactLocation"] == {"uri": "buzz.md", "uriBaseId": "%SRCROOT%"}
    assert location["region"] == {"startLine": 5, "startColumn": 17, "endLine": 5, "endColumn": 25}
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == work.resolve().as_uri() + "/"
    notes = run["invocations"][0]["toolExecutionNotifications"]
    assert run["invocations"][0]["executionSuccessful"] is False
    assert sorted(n["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for n in notes) == [
        "bad.md",
        "nope.md",
    ]
    bad = next(n for n in notes if "bad.md" in json.dumps(n))
    assert bad["locations"][0]["physicalLocation"]["region"] == {"startLine": 3}


def test_sarif_info_is_note_and_clean_runs_are_valid(work):
    write(work / "perk.md", CLEAN.replace("- Health insurance", "- Free beer"))
    log = json.loads(invoke(["check", "--output-format", "sarif", "--select", "JD405", "perk.md"]).stdout)
    assert [r["level"] for r in log["runs"][0]["results"]] == ["note"]
    assert log["runs"][0]["tool"]["driver"]["rules"][0]["defaultConfiguration"]["level"] == "note"
    write(work / "clean.md", CLEAN)
    clean = json.loads(invoke(["check", "--output-format", "sarif", "clean.md"]).stdout)
    assert clean["runs"][0]["results"] == [] and clean["runs"][0]["invocations"][0]["executionSuccessful"]
    assert not list(_sarif_validator().iter_errors(clean))


def test_sarif_fingerprints_survive_moved_lines_and_tell_twins_apart(monkeypatch, tmp_path):
    from jdlint.output import sarif

    monkeypatch.chdir(tmp_path)
    text = BUZZ.replace("## Benefits", "## Benefits\n\n- A rockstar team")  # a second 'rockstar'
    before = json.loads(sarif.render([lint(text, "p.md", only="JD401")]))["runs"][0]["results"]
    moved = "\n".join(text.splitlines()[:2] + ["", "Three new lines.", ""] + text.splitlines()[2:]) + "\n"
    after = json.loads(sarif.render([lint(moved, "p.md", only="JD401")]))["runs"][0]["results"]
    assert len(before) == len(after) == 2

    def lines(rs):
        return [r["locations"][0]["physicalLocation"]["region"]["startLine"] for r in rs]

    def prints(rs):
        return [r["partialFingerprints"] for r in rs]

    assert [n + 3 for n in lines(before)] == lines(after)
    assert prints(before) == prints(after)
    first, second = prints(before)
    assert first["jdlint/v1"] != second["jdlint/v1"]
    assert first["primaryLocationLineHash"].endswith(":1") and second["primaryLocationLineHash"].endswith(":2")
    other = json.loads(sarif.render([lint(text, "q.md", only="JD401")]))["runs"][0]["results"]
    assert prints(other)[0] != first  # the file is part of the fingerprint


def test_sarif_paths_outside_the_working_folder_are_file_uris(work, tmp_path_factory):
    elsewhere = tmp_path_factory.mktemp("elsewhere")
    write(elsewhere / "my job.md", BUZZ)
    log = json.loads(invoke(["check", "--output-format", "sarif", str(elsewhere / "my job.md")]).stdout)
    location = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert location == {"uri": (elsewhere / "my job.md").resolve().as_uri()}
    assert "%20" in location["uri"]


# --- junit ---------------------------------------------------------------------------------


def test_junit_parses_and_counts(work):
    _postings(work)
    result = invoke(["check", "--output-format", "junit", "buzz.md", "clean.md", "nope.md"])
    root = ET.fromstring(result.stdout.encode("utf-8"))
    assert root.tag == "testsuites"
    assert (root.get("tests"), root.get("failures"), root.get("errors")) == ("4", "2", "1")
    suites = {s.get("name"): s for s in root.findall("testsuite")}
    assert set(suites) == {"buzz.md", "clean.md", "nope.md"}
    buzz = suites["buzz.md"]
    assert (buzz.get("tests"), buzz.get("failures")) == ("2", "2")
    failure = buzz.find("testcase/failure")
    assert failure.get("type") == "JD401 warning"
    assert failure.get("message").startswith("buzz.md:5:17: 'rockstar'")
    assert "suggestion:" in failure.text
    clean_cases = suites["clean.md"].findall("testcase")
    assert len(clean_cases) == 1 and clean_cases[0].find("failure") is None
    assert suites["nope.md"].find("testcase/error").get("message") == "no such file or directory"


def test_junit_escapes_everything():
    nasty = _finding(message='a <b> & "c" \x0b\x00 ]]> \ud800', suggestions=["<script>"])
    out = render("junit", [FileResult('d<&>"ir/p.md', findings=[nasty])])
    root = ET.fromstring(out.encode("utf-8"))  # would raise on a control character or bad markup
    failure = root.find("testsuite/testcase/failure")
    assert 'a <b> & "c" \ufffd\ufffd ]]> \ufffd' in failure.get("message")
    assert "<script>" in failure.text and "<script>" not in out
    assert root.find("testsuite").get("name") == 'd<&>"ir/p.md'


# --- json-lines ----------------------------------------------------------------------------


def test_json_lines_one_object_per_finding_and_file_error(work):
    _postings(work)
    result = invoke(["check", "--output-format", "json-lines", "buzz.md", "clean.md", "nope.md"])
    lines = result.stdout.splitlines()
    objects = [json.loads(line) for line in lines]
    assert len(objects) == 3
    assert objects[0] == {"path": "nope.md", "error": {"message": "no such file or directory", "line": None}}
    contract = set(
        json.loads(invoke(["check", "--output-format", "json", "buzz.md"]).stdout)["files"][0]["findings"][0]
    )
    for obj in objects[1:]:
        assert obj["path"] == "buzz.md" and set(obj) == contract | {"path"}
    assert [o["code"] for o in objects[1:]] == ["JD401", "JD402"]


def test_json_lines_keeps_one_line_per_object_with_newlines_in_messages():
    f = _finding(message="two\nlines \u2028 and more")
    out = render("json-lines", [FileResult("p.md", findings=[f, f])])
    assert out.count("\n") == 2 and json.loads(out.splitlines()[0])["message"] == "two\nlines \u2028 and more"


# --- -o / --output-file --------------------------------------------------------------------


def test_output_file_gets_the_report_and_the_terminal_the_summary(work):
    _postings(work)
    result = invoke(["check", "--output-format", "sarif", "-o", "reports/jdlint.sarif", "buzz.md", "clean.md"])
    assert result.exit_code == 1  # unchanged by -o
    assert result.stdout == ""
    assert "Found 2 findings" in result.stderr and "reports/jdlint.sarif" in result.stderr
    log = json.loads((work / "reports" / "jdlint.sarif").read_text(encoding="utf-8"))
    assert len(log["runs"][0]["results"]) == 2
    assert not [p for p in (work / "reports").iterdir() if p.name != "jdlint.sarif"]  # no temp file left


def test_output_file_text_has_no_colour_and_quiet_keeps_the_terminal_quiet(work):
    _postings(work)
    result = invoke(["check", "--color", "always", "-q", "-o", "out.txt", "buzz.md"])
    assert result.exit_code == 1 and result.stdout == "" and result.stderr == ""
    text = (work / "out.txt").read_text(encoding="utf-8")
    assert "buzz.md:5:17: JD401 warning" in text and "\x1b[" not in text


def test_output_file_replaces_an_old_report_and_keeps_its_permissions(work):
    _postings(work)
    old = write(work / "report.json", "old")
    os.chmod(old, 0o640)
    assert invoke(["check", "--output-format", "json", "-o", "report.json", "buzz.md"]).exit_code == 1
    assert json.loads(old.read_text(encoding="utf-8"))["summary"]["findings"] == 2
    assert stat.S_IMODE(old.stat().st_mode) == 0o640


def test_output_file_errors_leave_existing_files_untouched(work):
    _postings(work)
    keep = write(work / "keep.txt", "my notes\n")
    # A usage error: nothing is written.
    assert invoke(["check", "--select", "JD999", "-o", "keep.txt", "buzz.md"]).exit_code == 2
    # The target is a folder, or lies under a file.
    (work / "folder").mkdir()
    assert invoke(["check", "-o", "folder", "buzz.md"]).exit_code == 2
    result = invoke(["check", "--report", "html:folder", "buzz.md"])
    assert result.exit_code == 2 and "cannot write the html report to folder" in result.stderr
    assert "JD401" in result.stdout  # the main report was still printed
    assert list((work / "folder").iterdir()) == []
    assert invoke(["check", "-o", "keep.txt/report.txt", "buzz.md"]).exit_code == 2
    # The target is a posting being linted: refused before anything is written.
    result = invoke(["check", "-o", "buzz.md", "buzz.md"])
    assert result.exit_code == 2 and "refusing to write a report over the posting buzz.md" in result.stderr
    assert (work / "buzz.md").read_text(encoding="utf-8") == BUZZ
    assert keep.read_text(encoding="utf-8") == "my notes\n"
    assert sorted(p.name for p in work.iterdir()) == ["buzz.md", "clean.md", "folder", "keep.txt"]


def test_write_report_is_atomic(tmp_path, monkeypatch):
    target = write(tmp_path / "r.json", "old report")

    def fail(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(OSError):
        write_report(target, "new report")
    assert target.read_text(encoding="utf-8") == "old report"
    assert [p.name for p in tmp_path.iterdir()] == ["r.json"]


# --- --report ------------------------------------------------------------------------------


def test_report_writes_several_formats_in_one_run(work):
    _postings(work)
    result = invoke(
        [
            "check",
            "--output-format",
            "github",
            "--report",
            "sarif:out/jdlint.sarif",
            "--report",
            "html:out/report.html",
            "--report",
            "junit:junit.xml",
            "--report",
            "json-lines:findings.jsonl",
            "buzz.md",
            "clean.md",
        ]
    )
    assert result.exit_code == 1
    assert result.stdout.startswith("::warning file=buzz.md,line=5")  # the main report stays on stdout
    assert len(json.loads((work / "out" / "jdlint.sarif").read_text(encoding="utf-8"))["runs"][0]["results"]) == 2
    assert "<mark" in (work / "out" / "report.html").read_text(encoding="utf-8")
    assert ET.parse(work / "junit.xml").getroot().get("failures") == "2"
    assert len((work / "findings.jsonl").read_text(encoding="utf-8").splitlines()) == 2
    for name in ("out/jdlint.sarif", "out/report.html", "junit.xml", "findings.jsonl"):
        assert f"report to {name}" in result.stderr


def test_report_and_output_file_together(work):
    _postings(work)
    result = invoke(["check", "--output-format", "json", "-o", "all.json", "--report", "text:all.txt", "buzz.md"])
    assert result.exit_code == 1 and result.stdout == ""
    assert json.loads((work / "all.json").read_text(encoding="utf-8"))["summary"]["findings"] == 2
    assert "Found 2 findings" in (work / "all.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "spec, message",
    [
        ("sarif", "is not FORMAT:PATH"),
        ("sarif:", "is not FORMAT:PATH"),
        ("xml:out.xml", "unknown report format 'xml'"),
        ("sarif:-", "use --output-format for standard output"),
    ],
)
def test_bad_report_specs_are_usage_errors(work, spec, message):
    _postings(work)
    result = invoke(["check", "--report", spec, "buzz.md"])
    assert result.exit_code == 2 and message in result.stderr
    assert sorted(p.name for p in work.iterdir()) == ["buzz.md", "clean.md"]


def test_two_reports_to_one_file_are_refused(work):
    _postings(work)
    result = invoke(["check", "-o", "r.out", "--report", "sarif:./r.out", "buzz.md"])
    assert result.exit_code == 2 and "two reports would be written to" in result.stderr
    assert not (work / "r.out").exists()


def test_parse_report_keeps_colons_in_paths():
    assert parse_report("SARIF:C:\\out\\j.sarif") == ("sarif", "C:\\out\\j.sarif")
    assert set(FORMATS) == {"text", "json", "json-lines", "github", "sarif", "junit", "html"}


# --- html ----------------------------------------------------------------------------------

EVIL = CLEAN.replace(
    "You will run our Berlin office for a team of forty people.",
    "You will run our Berlin office. <script>document.title='pwned'</script> "
    "<img src=x onerror=\"document.title='pwned'\"> We want a rockstar.",
)


def _html_report(work: Path) -> tuple[Path, str]:
    write(work / "evil.md", EVIL)
    write(work / "buzz.md", BUZZ)
    write(work / "clean.md", CLEAN)
    result = invoke(
        ["check", "--output-format", "html", "-o", "report.html", "evil.md", "buzz.md", "clean.md", "nope.md"]
    )
    assert result.exit_code == 2
    return work / "report.html", (work / "report.html").read_text(encoding="utf-8")


def test_html_escapes_the_posting_and_loads_nothing(work):
    _, page = _html_report(work)
    assert "<script" not in page.lower() and "<img" not in page.lower()
    assert "&lt;script&gt;document.title=&#x27;pwned&#x27;&lt;/script&gt;" in page
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)  # nothing remote
    assert "<link" not in page


def test_html_shows_index_scores_highlights_and_explanations(work):
    _, page = _html_report(work)
    assert '<nav class="index">' in page and 'href="#p1"' in page and 'href="#p4"' in page
    assert "This file could not be checked" in page and "no such file or directory" in page
    assert 'data-codes="JD401"' in page and ">rockstar</mark>" in page
    assert 'class="tag warning" href="#p3-f1"' in page  # buzz.md's first finding, linked from the text
    assert "Score by category" in page and "Why it matters" in page and "Textio" in page
    assert "<b>Suggestion:</b>" in page and "No findings: this posting passes" in page
    single = render("html", [lint(CLEAN, "clean.md")])
    assert '<nav class="index">' not in single and "<title>jdlint report: Office Manager</title>" in single


def test_html_overlapping_and_multi_line_spans():
    source = "# T\n\nalpha beta gamma\ndelta\n"
    doc = lint(source, "p.md").doc
    a = Finding("JD401", "buzzword", "clarity", "warning", "a", Span(5, 15))  # "alpha beta"
    b = Finding("JD502", "sex-requirement", "inclusion", "error", "b", Span(11, 27))  # "beta gamma\ndelta"
    for f in (a, b):
        start, end = doc.locate(f.span.start), doc.locate(f.span.end)
        f.line, f.column, f.end_line, f.end_column = start.line, start.column, end.line, end.column
    page = render("html", [FileResult("p.md", doc=doc, findings=[a, b], score=lint(source).score)])
    assert '<mark class="warning" data-codes="JD401"' in page and ">alpha </mark>" in page
    assert '<mark class="error multi" data-codes="JD401 JD502"' in page and ">beta</mark>" in page
    assert ">delta</mark>" in page  # the second line of the multi-line span
    assert page.index('href="#p1-f1"') < page.index(">delta</mark>") < page.index('href="#p1-f2"')


CHROMIUM = next(
    (
        p
        for p in (shutil.which("chromium"), "/usr/bin/chromium", shutil.which("chromium-browser"))
        if p and Path(p).exists()
    ),
    None,
)


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium not found (apt-get install chromium; .ci/run installs it)")
def test_html_in_headless_chromium(work, tmp_path_factory):
    report, _ = _html_report(work)
    profile = tmp_path_factory.mktemp("chromium-profile")
    shot = tmp_path_factory.mktemp("shot") / "report.png"
    base = [
        CHROMIUM,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        f"--user-data-dir={profile}",
    ]
    dom = subprocess.run(
        base + ["--dump-dom", report.resolve().as_uri()], capture_output=True, text=True, timeout=120, check=True
    ).stdout
    title = re.search(r"<title>(.*?)</title>", dom, re.DOTALL).group(1)
    assert title == "jdlint report: 4 postings"  # not 'pwned': the posting's script did not run
    assert "<script" not in dom.lower() and "<img" not in dom.lower()
    text = htmllib.unescape(re.sub(r"<[^>]+>", "", dom))
    assert "<script>document.title='pwned'</script>" in text  # shown as text
    marks = re.findall(r'<mark class="([a-z ]+)" data-codes="([A-Z0-9 ]+)"', dom)
    assert ("warning", "JD401") in marks and any("JD402" in codes for _, codes in marks)
    subprocess.run(
        base + [f"--screenshot={shot}", "--window-size=1280,2000", report.resolve().as_uri()],
        capture_output=True,
        timeout=120,
        check=True,
    )
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG") and len(data) > 30_000


def test_sarif_carries_fixes_and_stays_valid(work):
    write(work / "chair.md", CLEAN.replace("You will run", "You will report to the chairman and run"))
    log = json.loads(invoke(["check", "--output-format", "sarif", "--select", "JD501", "chair.md"]).stdout)
    assert not list(_sarif_validator().iter_errors(log))
    (result,) = [r for r in log["runs"][0]["results"] if r["ruleId"] == "JD501"]
    (fix,) = result["fixes"]
    (replacement,) = fix["artifactChanges"][0]["replacements"]
    assert replacement["insertedContent"]["text"] == "chair"
    assert replacement["deletedRegion"] == result["locations"][0]["physicalLocation"]["region"]
    assert "safe fix" in fix["description"]["text"]
