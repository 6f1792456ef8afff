"""The command line, through click's CliRunner: exit codes, rule selection, output formats,
standard input, colour, folder walking, and the parse / rules / rule / init commands."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import jdlint
from conftest import CLEAN, invoke, write
from jdlint.cli import main  # noqa: F401

ANSI = re.compile(r"\x1b\[[0-9;]*m")

# The same posting with one buzzword (JD401, line 5) and one catch-all duty (JD402, line 10).
BUZZ = CLEAN.replace("You will run", "You will be the rockstar who runs").replace(
    "- Plan the quarterly team offsite", "- Other duties as assigned"
)

# A posting with no sections at all: three JD101 (structure) findings and one JD401.
BARE = "# Office Manager\n\nWe want a rockstar.\n"

CONTRACT_FINDING_KEYS = {
    "code",
    "name",
    "category",
    "severity",
    "message",
    "line",
    "column",
    "end_line",
    "end_column",
    "section",
    "suggestions",
}


def codes(result) -> list[str]:
    data = json.loads(result.stdout)
    return [f["code"] for file in data["files"] for f in file["findings"]]


# --- exit codes ------------------------------------------------------------------------------


def test_clean_posting_exits_0(work):
    write(work / "clean.md", CLEAN)
    result = invoke(["check", "clean.md"])
    assert result.exit_code == 0, result.stdout
    assert "Found 0 findings" in result.stdout


def test_findings_exit_1(work):
    write(work / "buzz.md", BUZZ)
    result = invoke(["check", "buzz.md"])
    assert result.exit_code == 1
    assert "buzz.md:5:" in result.stdout and "JD401" in result.stdout
    assert "buzz.md:10:" in result.stdout and "JD402" in result.stdout


def test_missing_file_exits_2_but_checks_the_others(work):
    write(work / "buzz.md", BUZZ)
    result = invoke(["check", "nope.md", "buzz.md"])
    assert result.exit_code == 2
    assert "nope.md" in result.stdout + result.stderr
    assert "JD401" in result.stdout  # the good file was still checked


def test_missing_file_json_still_lists_the_good_file(work):
    write(work / "buzz.md", BUZZ)
    result = invoke(["check", "--output-format", "json", "nope.md", "buzz.md"])
    assert result.exit_code == 2
    data = json.loads(result.stdout)
    by_path = {f["path"]: f for f in data["files"]}
    assert by_path["nope.md"]["error"]["message"]
    assert by_path["nope.md"]["findings"] == []
    assert sorted(f["code"] for f in by_path["buzz.md"]["findings"]) == ["JD401", "JD402"]
    assert data["summary"]["errors"] == 1
    assert "nope.md" in result.stderr


def test_undecodable_bytes_exit_2_with_line(work):
    write(work / "bad.md", b"# Office Manager\n\nCaf\xe9 latin-1 text\n")
    write(work / "buzz.md", BUZZ)
    result = invoke(["check", "bad.md", "buzz.md"])
    assert result.exit_code == 2
    assert "bad.md:3" in result.stdout and "UTF-8" in result.stdout
    assert "buzz.md:5:" in result.stdout

    result = invoke(["check", "--output-format", "json", "bad.md", "buzz.md"])
    assert result.exit_code == 2
    files = {f["path"]: f for f in json.loads(result.stdout)["files"]}
    assert files["bad.md"]["error"]["line"] == 3
    assert {f["code"] for f in files["buzz.md"]["findings"]} == {"JD401", "JD402"}


@pytest.mark.parametrize("option", ["--select", "--ignore"])
def test_unknown_rule_in_select_or_ignore_exits_2(work, option):
    write(work / "clean.md", CLEAN)
    result = invoke(["check", option, "buzzwrd", "clean.md"])
    assert result.exit_code == 2
    assert "unknown rule 'buzzwrd'" in result.stderr
    assert "did you mean 'buzzword'" in result.stderr
    assert invoke(["check", option, "JD999", "clean.md"]).exit_code == 2


def test_invalid_config_exits_2(work):
    write(work / ".jdlint.yaml", "selct: [JD401]\n")
    write(work / "clean.md", CLEAN)
    result = invoke(["check", "clean.md"])
    assert result.exit_code == 2
    assert ".jdlint.yaml:1" in result.stderr and "did you mean 'select'" in result.stderr


def test_unknown_role_option_exits_2(work):
    write(work / "clean.md", CLEAN)
    result = invoke(["check", "--role", "data-enginer", "clean.md"])
    assert result.exit_code == 2
    assert "did you mean 'data-engineer'" in result.stderr


def test_exit_zero(work):
    write(work / "buzz.md", BUZZ)
    result = invoke(["check", "--exit-zero", "buzz.md"])
    assert result.exit_code == 0
    assert "JD401" in result.stdout


def test_exit_zero_does_not_hide_errors(work):
    result = invoke(["check", "--exit-zero", "nope.md"])
    assert result.exit_code == 2


def test_fail_level(work):
    write(work / "buzz.md", BUZZ)
    result = invoke(["check", "--fail-level", "error", "buzz.md"])
    assert result.exit_code == 0  # only warnings
    assert "JD401" in result.stdout  # still reported
    assert invoke(["check", "--fail-level", "warning", "buzz.md"]).exit_code == 1
    assert invoke(["check", "--fail-level", "info", "buzz.md"]).exit_code == 1


# --- selecting rules -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "args,expected",
    [
        (["--select", "JD401"], ["JD401"]),
        (["--select", "buzzword"], ["JD401"]),
        (["--select", "JD4"], ["JD401", "JD402"]),
        (["--select", "clarity"], ["JD401", "JD402"]),
        (["--select", "structure"], ["JD101", "JD101", "JD101"]),
        (["--select", "JD401,JD101"], ["JD101", "JD101", "JD101", "JD401"]),
        (["--select", "JD401", "--select", "duties-as-assigned"], ["JD401", "JD402"]),
        (["--ignore", "JD401"], ["JD101", "JD101", "JD101", "JD402"]),
        (["--ignore", "buzzword"], ["JD101", "JD101", "JD101", "JD402"]),
        (["--ignore", "JD4"], ["JD101", "JD101", "JD101"]),
        (["--ignore", "clarity"], ["JD101", "JD101", "JD101"]),
        (["--ignore", "structure,clarity"], []),
        (["--select", "JD4", "--ignore", "JD402"], ["JD401"]),
    ],
)
def test_select_and_ignore(work, args, expected):
    write(work / "buzz.md", BUZZ)
    write(work / "bare.md", BARE.replace("rockstar", "colleague"))
    result = invoke(["check", "--output-format", "json", *args, "buzz.md", "bare.md"])
    # Only the rules these postings are built to trigger are compared, so that new rules in
    # other categories do not change the test.
    assert sorted(c for c in codes(result) if c in {"JD101", "JD401", "JD402"}) == expected
    if expected:
        assert result.exit_code == 1


# --- text output options -------------------------------------------------------------------


def test_text_output_has_excerpt_caret_and_summary(work):
    write(work / "buzz.md", BUZZ)
    out = invoke(["check", "--select", "JD401", "buzz.md"]).stdout
    lines = out.splitlines()
    head = next(i for i, line in enumerate(lines) if line.startswith("buzz.md:5:"))
    column = int(lines[head].split(":")[2])
    assert lines[head + 1].endswith("| You will be the rockstar who runs our Berlin office for a team of forty people.")
    caret_line = lines[head + 2]
    gutter = caret_line.index("| ") + 2
    assert caret_line[gutter + column - 1 :] == "^" * len("rockstar")
    assert "suggestion:" in lines[head + 3]
    assert lines[-1] == "Found 1 finding (0 error, 1 warning, 0 info) in 1 file."


def test_quiet(work):
    write(work / "buzz.md", BUZZ)
    result = invoke(["check", "--quiet", "buzz.md"])
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    assert all(re.match(r"buzz\.md:\d+:\d+: JD40[12] warning ", line) for line in lines), lines
    assert "Found" not in result.stdout and "|" not in result.stdout


def test_statistics(work):
    write(work / "buzz.md", BUZZ)
    write(work / "bare.md", BARE)
    result = invoke(["check", "--quiet", "--statistics", "--select", "JD101,JD401,JD402", "buzz.md", "bare.md"])
    stats = [line for line in result.stdout.splitlines() if "\t" in line]
    assert stats == ["    3\tJD101\tmissing-section", "    2\tJD401\tbuzzword", "    1\tJD402\tduties-as-assigned"]
    assert result.stdout.splitlines()[-1].startswith("Found 6 findings (0 error, 6 warning, 0 info) in 2 files")


# --- JSON ----------------------------------------------------------------------------------


def test_json_contract(work):
    write(work / "buzz.md", BUZZ)
    write(work / "clean.md", CLEAN)
    result = invoke(["check", "--output-format", "json", "buzz.md", "clean.md"])
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert {"version", "files", "summary"} <= set(data)
    assert data["version"] == jdlint.__version__
    assert [f["path"] for f in data["files"]] == ["buzz.md", "clean.md"]
    for file in data["files"]:
        assert {"path", "title", "role", "findings"} <= set(file)
        assert file["title"] == "Office Manager"
        assert file["role"] is None
        for finding in file["findings"]:
            assert CONTRACT_FINDING_KEYS <= set(finding)
            assert isinstance(finding["suggestions"], list)
            for key in ("line", "column", "end_line", "end_column"):
                assert isinstance(finding[key], int) and finding[key] >= 1
    buzz = data["files"][0]["findings"]
    assert [(f["code"], f["line"], f["column"]) for f in buzz] == [("JD401", 5, 17), ("JD402", 10, 3)]
    first = buzz[0]
    assert first["name"] == "buzzword" and first["category"] == "clarity" and first["severity"] == "warning"
    assert first["end_line"] == 5 and first["end_column"] == 17 + len("rockstar")
    assert first["section"] == "summary"
    assert "rockstar" in first["message"] and first["suggestions"]
    assert data["files"][1]["findings"] == []
    summary = data["summary"]
    assert summary["files"] == 2 and summary["findings"] == 2 and summary["files_with_findings"] == 1
    assert summary["by_severity"] == {"error": 0, "warning": 2, "info": 0}
    assert summary["by_code"] == {"JD401": 1, "JD402": 1}


def test_json_role_detected_from_title(work):
    write(work / "ml.md", "# Sr. ML Engineer II\n\nWe train models.\n")
    data = json.loads(invoke(["check", "--output-format", "json", "ml.md"]).stdout)
    assert data["files"][0]["role"] == "machine-learning-engineer"


# --- standard input ------------------------------------------------------------------------


def _stdin_file(result) -> dict:
    (file,) = json.loads(result.stdout)["files"]
    return file


def test_stdin_dash(work):
    result = invoke(["check", "--select", "JD401", "-"], input="We want a rockstar.\n")
    assert result.exit_code == 1
    assert result.stdout.startswith("<stdin>:1:11: JD401 ")


def test_stdin_filename_names_the_posting(work):
    result = invoke(
        ["check", "--quiet", "--select", "JD401", "--stdin-filename", "jobs/office.md", "-"],
        input="We want a rockstar.\n",
    )
    assert result.stdout.startswith("jobs/office.md:1:11: JD401 ")


def test_stdin_filename_without_dash_reads_stdin(work):
    result = invoke(["check", "--quiet", "--select", "JD401", "--stdin-filename", "x.md"], input="A ninja.\n")
    assert result.stdout.startswith("x.md:1:3: JD401 ")


def test_stdin_format_from_extension_txt(work):
    # A fenced block is code in Markdown (not checked) but prose in plain text.
    text = "```\nWe want a rockstar.\n```\n"
    as_md = _stdin_file(
        invoke(["check", "--output-format", "json", "--select", "JD401", "--stdin-filename", "job.md", "-"], input=text)
    )
    as_txt = _stdin_file(
        invoke(
            ["check", "--output-format", "json", "--select", "JD401", "--stdin-filename", "job.txt", "-"], input=text
        )
    )
    assert as_md["findings"] == []
    assert [(f["line"], f["column"]) for f in as_txt["findings"]] == [(2, 11)]


def test_stdin_format_from_extension_html(work):
    text = "<html><body>\n<h1>Office Manager</h1>\n<p>We want a &amp; rockstar.</p>\n</body></html>\n"
    as_html = _stdin_file(
        invoke(
            ["check", "--output-format", "json", "--select", "JD401", "--stdin-filename", "job.html", "-"], input=text
        )
    )
    assert as_html["path"] == "job.html"
    assert as_html["title"] == "Office Manager"
    assert [(f["line"], f["column"]) for f in as_html["findings"]] == [(3, 20)]
    as_md = _stdin_file(
        invoke(["check", "--output-format", "json", "--select", "JD401", "--stdin-filename", "job.md", "-"], input=text)
    )
    # The extension is a hint; the content decides: a whole HTML page named .md is read as HTML.
    assert as_md["title"] == "Office Manager"
    assert [(f["line"], f["column"]) for f in as_md["findings"]] == [(3, 20)]


def test_stdin_undecodable_exits_2(work):
    result = invoke(["check", "-"], input=b"caf\xe9\n")
    assert result.exit_code == 2
    assert "UTF-8" in result.stdout


def test_stdin_bom_is_not_a_column(work):
    result = invoke(["check", "--quiet", "--select", "JD401", "-"], input="\ufeffrockstar wanted\n".encode("utf-8"))
    assert result.stdout.startswith("<stdin>:1:1: JD401 ")


# --- colour --------------------------------------------------------------------------------


def test_color_never_and_always(work):
    write(work / "buzz.md", BUZZ)
    never = invoke(["check", "--color", "never", "buzz.md"]).stdout
    always = invoke(["check", "--color", "always", "buzz.md"]).stdout
    assert not ANSI.search(never)
    assert ANSI.search(always)
    assert ANSI.sub("", always) == never


def test_color_auto_off_when_not_a_terminal(work):
    write(work / "buzz.md", BUZZ)
    assert not ANSI.search(invoke(["check", "buzz.md"]).stdout)


def test_no_color_env_beats_force_color(work):
    write(work / "buzz.md", BUZZ)
    forced = invoke(["check", "buzz.md"], env={"FORCE_COLOR": "1"}).stdout
    assert ANSI.search(forced)  # so the next assertion can fail
    out = invoke(["check", "buzz.md"], env={"FORCE_COLOR": "1", "NO_COLOR": "1"}).stdout
    assert not ANSI.search(out)
    out = invoke(["check", "--color", "auto", "buzz.md"], env={"NO_COLOR": "1"}).stdout
    assert not ANSI.search(out)


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_no_color_on_a_real_terminal(work):
    import pty

    write(work / "buzz.md", BUZZ)

    def run_in_tty(extra_env: dict) -> str:
        env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
        env.update(extra_env)
        master, slave = pty.openpty()
        try:
            proc = subprocess.Popen(
                [sys.executable, "-m", "jdlint", "check", "buzz.md"],
                stdout=slave,
                stderr=subprocess.DEVNULL,
                stdin=subprocess.DEVNULL,
                env=env,
                cwd=work,
            )
            os.close(slave)
            chunks = []
            while True:
                try:
                    chunk = os.read(master, 65536)
                except OSError:
                    break
                if not chunk:
                    break
                chunks.append(chunk)
            assert proc.wait(timeout=60) == 1
        finally:
            os.close(master)
        return b"".join(chunks).decode("utf-8", "replace")

    assert ANSI.search(run_in_tty({}))
    assert not ANSI.search(run_in_tty({"NO_COLOR": "1"}))


# --- folders -------------------------------------------------------------------------------


def test_directory_walk_skips_hidden_and_node_modules(work):
    write(work / "postings" / "a.md", BARE)
    write(work / "postings" / "team" / "b.txt", "Office Manager\n\nA rockstar.\n")
    write(work / "postings" / "team" / "c.html", "<h1>Office Manager</h1><p>A rockstar.</p>")
    write(work / "postings" / ".drafts" / "hidden.md", BARE)
    write(work / "postings" / ".hidden.md", BARE)
    write(work / "postings" / "node_modules" / "pkg" / "dep.md", BARE)
    write(work / "postings" / "README.md", BARE)
    write(work / "postings" / "notes.yaml", "rockstar: true\n")
    result = invoke(["check", "--output-format", "json", "--select", "JD401", "postings"])
    paths = sorted(Path(f["path"]).relative_to("postings").as_posix() for f in json.loads(result.stdout)["files"])
    assert paths == ["a.md", "team/b.txt", "team/c.html"]
    assert codes(result) == ["JD401"] * 3


def test_default_path_is_current_folder(work):
    write(work / "a.md", BARE)
    write(work / "node_modules" / "dep.md", BARE)
    data = json.loads(invoke(["check", "--output-format", "json", "--select", "JD401"]).stdout)
    assert [Path(f["path"]).name for f in data["files"]] == ["a.md"]


# --- parse ---------------------------------------------------------------------------------


def test_parse_json_shape_and_role(work):
    write(
        work / "ml.md",
        "# Sr. ML Engineer II\n\n## What you'll do\n\n- Train models\n- Ship them\n\n## Requirements\n\n- Python\n",
    )
    result = invoke(["parse", "ml.md", "--output-format", "json"])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert set(data) == {"path", "title", "role", "language", "sections", "facts"}
    assert data["facts"]["role"] == {
        "id": "machine-learning-engineer",
        "matched_by": "title",
        "source": "body",
        "line": 1,
        "column": 3,
        "end_line": 1,
        "end_column": 21,
    }
    assert data["path"] == "ml.md"
    assert data["title"] == {"text": "Sr. ML Engineer II", "line": 1, "source": "heading"}
    assert data["role"] == "machine-learning-engineer"
    assert data["sections"] == [
        {
            "kind": "responsibilities",
            "heading": "What you'll do",
            "start_line": 3,
            "end_line": 6,
            "why": "heading 'What you'll do'",
        },
        {
            "kind": "requirements",
            "heading": "Requirements",
            "start_line": 8,
            "end_line": 10,
            "why": "heading 'Requirements'",
        },
    ]


def test_parse_text(work):
    write(work / "clean.md", CLEAN)
    result = invoke(["parse", "clean.md"])
    assert result.exit_code == 0
    assert "title: 'Office Manager' (line 1)" in result.stdout
    assert "role:  (none)" in result.stdout
    kinds = re.findall(r"^\s+\d+-\d+\s+(\S+)", result.stdout, re.M)
    assert kinds == [
        "summary",
        "responsibilities",
        "requirements",
        "benefits",
        "location",
        "about-company",
        "how-to-apply",
    ]


def test_parse_stdin_and_missing_file(work):
    result = invoke(
        ["parse", "-", "--stdin-filename", "p.html", "--output-format", "json"],
        input="<h1>Data Engineer</h1><p>Build pipelines.</p>",
    )
    data = json.loads(result.stdout)
    assert data["path"] == "p.html" and data["title"]["text"] == "Data Engineer"
    assert data["role"] == "data-engineer"
    missing = invoke(["parse", "nope.md"])
    assert missing.exit_code == 2 and "nope.md" in missing.stderr


# --- rules / rule --------------------------------------------------------------------------


def test_rules_lists_every_rule(work, settings):
    result = invoke(["rules"])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert len(lines) == len(settings.ruleset.rules)
    assert [line.split()[0] for line in lines] == sorted(r.code for r in settings.ruleset.rules)
    assert any(line.split()[:2] == ["JD401", "buzzword"] for line in lines)
    data = json.loads(invoke(["rules", "--output-format", "json"]).stdout)
    assert {r["code"] for r in data} == {r.code for r in settings.ruleset.rules}


@pytest.mark.parametrize("ref", ["JD401", "jd401", "buzzword"])
def test_rule_docs(work, ref):
    result = invoke(["rule", ref])
    assert result.exit_code == 0
    assert result.stdout.startswith("# buzzword (JD401)")
    assert "rockstar" in result.stdout


def test_unknown_rule_did_you_mean(work):
    result = invoke(["rule", "buzzwrd"])
    assert result.exit_code == 2
    assert "did you mean 'buzzword'" in result.stderr
    result = invoke(["rule", "JD4O1"])
    assert result.exit_code == 2 and "unknown rule" in result.stderr


# --- init ----------------------------------------------------------------------------------


def test_init_writes_refuses_and_forces(work):
    from jdlint.starter import STARTER_CONFIG

    result = invoke(["init"])
    assert result.exit_code == 0
    target = work / ".jdlint.yaml"
    assert target.read_text(encoding="utf-8") == STARTER_CONFIG

    target.write_text("ignore: [JD401]\n", encoding="utf-8")
    again = invoke(["init"])
    assert again.exit_code == 2
    assert "already exists" in again.stderr and "--force" in again.stderr
    assert target.read_text(encoding="utf-8") == "ignore: [JD401]\n"

    forced = invoke(["init", "--force"])
    assert forced.exit_code == 0
    assert target.read_text(encoding="utf-8") == STARTER_CONFIG


def test_init_starter_config_is_valid(work):
    assert invoke(["init"]).exit_code == 0
    write(work / "clean.md", CLEAN)
    write(work / "buzz.md", BUZZ)
    assert invoke(["check", "clean.md"]).exit_code == 0
    result = invoke(["check", "buzz.md"])
    assert result.exit_code == 1 and "JD401" in result.stdout


def test_init_starter_examples_are_valid_when_uncommented(work):
    """Uncommenting the starter's examples (except paths that need files) gives a valid config."""
    assert invoke(["init"]).exit_code == 0
    target = work / ".jdlint.yaml"
    lines = []
    for line in target.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^# ?((?:[a-z_]+:.*)|(?: {2}.*))$", line)
        if m and not re.match(r"^# (packs|roles|nlp):", line):
            line = m.group(1)
        lines.append(line)
    uncommented = "\n".join(lines) + "\n"
    assert "\nselect: [JD3]\n" in uncommented and "\noverrides:\n" in uncommented
    target.write_text(uncommented, encoding="utf-8")
    write(work / "clean.md", CLEAN)
    result = invoke(["check", "clean.md"])
    assert result.exit_code in (0, 1), result.stderr
    assert "error:" not in result.stderr


# --- python -m jdlint ----------------------------------------------------------------------


def test_python_m_version(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "jdlint", "--version"], capture_output=True, text=True, cwd=tmp_path, timeout=60
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == f"jdlint, version {jdlint.__version__}"


def test_force_exclude_skips_readme_and_excluded_files_named_explicitly(work):
    write(work / "README.md", "# Our rockstar postings\n")
    write(work / ".jdlint.yaml", "exclude: ['drafts/*']\n")
    write(work / "drafts" / "d.md", BUZZ)
    plain = invoke(["check", "--output-format", "json", "README.md", "drafts/d.md"])
    assert {f["path"] for f in json.loads(plain.stdout)["files"]} == {"README.md", "drafts/d.md"}
    forced = invoke(["check", "--output-format", "json", "--force-exclude", "README.md", "drafts/d.md"])
    assert json.loads(forced.stdout)["files"] == [] and forced.exit_code == 0
