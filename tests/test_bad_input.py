"""Hostile and unlucky input (issue 11, "Bad input"): every case is checked or becomes one clear
per-file error, the other files are still checked, usage and config problems are one line
naming the file, line and key, nothing prints a traceback, and every case ends in bounded time.

Inputs are generated in ``tmp_path``; nothing big is committed.
"""

from __future__ import annotations

import codecs
import gzip
import io
import json
import os
import subprocess
import sys
import time
import zipfile
from itertools import pairwise

import pytest

from conftest import ROOT, invoke, write

POSTING = "# Engineer\n\nWe need a chairman for the team.\n"  # JD501 at 3:11
ENV = {**os.environ, "PYTHONPATH": str(ROOT / "src")}


def _docx() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    return buffer.getvalue()


def _json(result) -> dict:
    return json.loads(result.stdout)


def _only(report: dict, name: str) -> dict:
    return next(f for f in report["files"] if f["path"] == name)


# --- decoding: what is text is checked, what is not is one per-file error --------------------

TEXT_ENCODINGS = {
    "utf-8-bom": codecs.BOM_UTF8 + POSTING.encode(),
    "utf-16-bom": POSTING.encode("utf-16"),
    "utf-16-le": POSTING.encode("utf-16-le"),
    "utf-16-be": POSTING.encode("utf-16-be"),
    "utf-32-bom": POSTING.encode("utf-32"),
    "utf-32-le": POSTING.encode("utf-32-le"),
    "utf-32-be": POSTING.encode("utf-32-be"),
    "cr-only": POSTING.replace("\n", "\r").encode(),
    "mixed-endings": b"# Engineer\r\n\r\nWe need a chairman for the team.\rAnd a ninja.\n",
}


@pytest.mark.parametrize("case", TEXT_ENCODINGS)
def test_text_in_any_unicode_encoding_or_line_ending_is_checked_with_exact_positions(work, case):
    write(work / "job.md", TEXT_ENCODINGS[case])
    result = invoke(["check", "--isolated", "--output-format", "json", "job.md"])
    assert result.exit_code == 1, result.output
    findings = _only(_json(result), "job.md")["findings"]
    assert ("JD501", 3, 11) in {(f["code"], f["line"], f["column"]) for f in findings}
    if case == "mixed-endings":
        assert ("JD401", 4, 7) in {(f["code"], f["line"], f["column"]) for f in findings}


NOT_TEXT = {
    "png": (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "a PNG image"),
    "pdf": (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", "a PDF document"),
    "gzip": (gzip.compress(POSTING.encode()), "a gzip archive"),
    "docx": (_docx(), "a Word document (.docx)"),
    "nul-bytes": (b"# Engineer\n\nWe need a chairman\x00 here.\n", "a binary file (a NUL byte on line 3)"),
    "invalid-utf-8": (b"# Engineer\n\nCaf\xe9 chairman\n", "not valid UTF-8 (byte 0xe9)"),
}


@pytest.mark.parametrize("case", NOT_TEXT)
def test_bytes_that_are_not_text_are_a_per_file_error_and_the_others_are_checked(work, case):
    data, message = NOT_TEXT[case]
    write(work / "bad.md", data)
    write(work / "good.md", POSTING)
    result = invoke(["check", "--isolated", "--output-format", "json", "bad.md", "good.md"])
    assert result.exit_code == 2
    report = _json(result)
    assert message in _only(report, "bad.md")["error"]["message"]
    assert _only(report, "good.md")["findings"]
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("text", ["", "  \n\n\t \n", "\ufeff"])
def test_empty_and_whitespace_postings_are_checked(work, text):
    write(work / "job.md", text)
    result = invoke(["check", "--isolated", "--output-format", "json", "job.md"])
    assert result.exit_code == 1
    codes = {f["code"] for f in _only(_json(result), "job.md")["findings"]}
    assert "JD101" in codes  # no sections: reported, not an error


# --- size ------------------------------------------------------------------------------------


def test_a_file_over_the_size_limit_is_refused_without_being_read(work):
    big = work / "big.md"
    with open(big, "wb") as handle:  # a sparse 50 MB file: nothing is written to disk
        handle.truncate(50 * 1024 * 1024)
    write(work / "good.md", POSTING)
    result = invoke(["check", "--isolated", "--output-format", "json", "big.md", "good.md"])
    assert result.exit_code == 2
    error = _only(_json(result), "big.md")["error"]["message"]
    assert "50.0 MB, over the size limit of 10.0 MB" in error and "--max-file-size" in error
    assert _only(_json(result), "good.md")["findings"]


def test_the_size_limit_is_an_option_and_a_config_key(work):
    write(work / "job.md", POSTING + "x" * 3000)
    refused = invoke(["check", "--isolated", "--max-file-size", "2KB", "job.md"])
    assert refused.exit_code == 2 and "over the size limit of 2 KB" in refused.stdout
    write(work / ".jdlint.yaml", "max_file_size: 1KB\n")
    assert "over the size limit of 1 KB" in invoke(["check", "job.md"]).stdout
    assert invoke(["check", "--max-file-size", "1MB", "job.md"]).exit_code == 1  # the option wins
    write(work / "other" / ".jdlint.yaml", "max_file_size: huge\n")  # configs are cached by path
    write(work / "other" / "job.md", POSTING)
    bad = invoke(["check", "other/job.md"])
    assert bad.exit_code == 2 and ".jdlint.yaml:1: max_file_size: 'huge' is not a size" in bad.stderr
    assert invoke(["check", "--max-file-size", "0", "job.md"]).exit_code == 2


def test_standard_input_has_the_size_limit_too(work):
    result = invoke(["check", "--isolated", "--max-file-size", "1KB", "-"], input="x" * 2000)
    assert result.exit_code == 2 and "over the size limit" in result.stdout


def test_a_line_longer_than_spacys_max_length_is_checked_in_pieces(monkeypatch):
    """spaCy refuses text over ``max_length`` (1,000,000); a lower limit makes the test fast."""
    from jdlint import nlp
    from jdlint.config import load_settings
    from jdlint.engine import lint_source

    monkeypatch.setattr(nlp.pipeline(), "max_length", 20_000)
    line = "We need a chairman who can work in a fast-paced team. " * 4000  # 220 KB, one line
    started = time.monotonic()
    result = lint_source("# Engineer\n\n" + line + "\n", "long.md", load_settings(None).for_path("long.md"))
    assert result.error is None, result.error
    assert sum(f.code == "JD501" for f in result.findings) == 4000
    assert time.monotonic() - started < 120


def test_a_long_single_line_is_checked_in_time_linear_in_its_length():
    """A posting that is one 2 MB line takes about four times as long as one of 0.5 MB, not
    sixteen (a pass that rescans the line, or work per sentence over one giant sentence, would
    be quadratic). CPU time, with a wide margin: the check is the growth, not the speed."""
    from jdlint.config import load_settings
    from jdlint.engine import lint_source

    config = load_settings(None).for_path("long.md")
    sentence = "We need a chairman who can work in a fast-paced team and build reliable services. "
    lint_source("# Engineer\n\n" + sentence * 100 + "\n", "warm.md", config)  # start-up is not measured

    def seconds(size: int) -> float:
        started = time.process_time()
        result = lint_source("# Engineer\n\n" + sentence * (size // len(sentence)) + "\n", "long.md", config)
        assert result.error is None, result.error
        assert sum(f.code == "JD501" for f in result.findings) == size // len(sentence)
        return time.process_time() - started

    small, large = seconds(500_000), seconds(2_000_000)
    assert large < 8 * small + 5, f"0.5 MB took {small:.1f} s, 2 MB {large:.1f} s"
    assert large < 300


def test_pieces_give_the_same_tokens_and_sentences_as_the_whole_text(monkeypatch):
    from jdlint import nlp
    from jdlint.model import Block, Span

    text = "We need a chairman. He works hard and plays hard! " * 400 + "x" * 450 + " tail."
    whole, cut = (Block("paragraph", text, None, Span(0, len(text))) for _ in range(2))
    nlp.analyse([whole])
    monkeypatch.setattr(nlp, "CHUNK", 1000)
    pieces = nlp.chunks(text, nlp.CHUNK)
    assert len(pieces) > 20 and all(b - a <= 1000 for a, b, _ in pieces)
    assert pieces[0][0] == 0 and pieces[-1][1] == len(text)
    assert all(b == c for (_, b, _), (c, _, _) in pairwise(pieces))
    nlp.analyse([cut])
    assert [(t.start, t.end, t.masked) for t in cut.tokens] == [(t.start, t.end, t.masked) for t in whole.tokens]
    assert [(s.start, s.end) for s in cut.sentences] == [(s.start, s.end) for s in whole.sentences]
    run = [t for t in whole.tokens if t.text.startswith("x")]
    assert run and all(t.masked for t in run)  # a 450-character run is no word


# --- nesting ---------------------------------------------------------------------------------

NESTED = {
    "html-100k-divs": ("deep.html", "<div>" * 100_000 + "Be a rockstar" + "</div>" * 100_000),
    "markdown-10k-lists": ("deep.md", "- " * 10_000 + "Be a rockstar\n"),
    "markdown-10k-quotes": ("deep.md", ">" * 10_000 + " Be a rockstar\n"),
    "markdown-quote-ladder": ("deep.md", "".join(">" * i + " Be a rockstar\n" for i in range(1, 2000))),
    "markdown-10k-brackets": ("deep.md", "[" * 10_000 + "Be a rockstar" + "]" * 10_000 + "(x)\n"),
    "markdown-10k-emphasis": ("deep.md", "*" * 10_000 + "Be a rockstar" + "*" * 10_000 + "\n"),
    "json-100k-arrays": ("deep.json", "[" * 100_000 + '"Be a rockstar"' + "]" * 100_000),
    "front-matter-5k-lists": ("deep.md", "---\nx: " + "[" * 5000 + "]" * 5000 + "\n---\nBe a rockstar\n"),
}


@pytest.mark.parametrize("case", NESTED)
def test_deep_nesting_is_read_in_linear_time(case):
    from jdlint.config import load_settings
    from jdlint.engine import lint_source

    name, text = NESTED[case]
    started = time.monotonic()
    result = lint_source(text, name, load_settings(None).for_path(name))
    elapsed = time.monotonic() - started
    assert result.error is None, result.error
    assert elapsed < 30, f"{case} took {elapsed:.1f} s"


def test_html_nesting_deeper_than_the_bound_keeps_its_text():
    from jdlint.readers.html import MAX_DEPTH, read_html

    blocks = read_html("<div>" * (MAX_DEPTH * 4) + "<p>Be a rockstar</p>" + "</div>" * (MAX_DEPTH * 4))
    assert [b.text for b in blocks] == ["Be a rockstar"]


# --- front matter ----------------------------------------------------------------------------

FRONT_MATTER = {
    "unclosed": "---\ntitle: Engineer\n\nWe need a chairman for the team.\n",
    "list": "---\n- a\n- b\n---\n# Engineer\n\nWe need a chairman.\n",
    "scalar": "---\njust text\n---\n# Engineer\n\nWe need a chairman.\n",
    "odd-types": "---\ntitle: [a, b]\nrole: 123\nlocation: {city: 1}\nsalary: [1, 2]\n---\nWe need a chairman.\n",
    "alias-bomb": "---\n"
    + 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
    + "".join(f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 9)}]\n" for i in range(8))
    + "description: *i\nsummary: *i\n---\n# Engineer\n\nWe need a chairman.\n",
}


@pytest.mark.parametrize("case", FRONT_MATTER)
def test_front_matter_of_any_shape_never_stops_the_run(work, case):
    write(work / "job.md", FRONT_MATTER[case])
    started = time.monotonic()
    result = invoke(["check", "--isolated", "--output-format", "json", "job.md"])
    assert time.monotonic() - started < 30
    assert result.exit_code == 1, result.output
    assert "JD501" in {f["code"] for f in _only(_json(result), "job.md")["findings"]}


def test_python_tags_in_front_matter_are_never_executed(work):
    marker = work / "executed"
    write(
        work / "job.md",
        f"---\ntitle: !!python/object/apply:os.system ['touch {marker}']\n"
        "x: !!python/name:os.system\n---\n# Engineer\n",
    )
    result = invoke(["check", "--isolated", "--output-format", "json", "job.md"])
    assert result.exit_code == 1
    assert "JD112" in {f["code"] for f in _only(_json(result), "job.md")["findings"]}
    assert not marker.exists()


# --- configuration and rule packs: exit 2, one line naming the file, the line and the key ------

CONFIGS = {
    "malformed": ("select: [JD401\nignore: []\n", ".jdlint.yaml:2: invalid YAML"),
    "mistyped": ("select: JD401\n", ".jdlint.yaml:1: select must be a list of strings"),
    "unknown-key": (
        "fail_level: error\nselct: [JD401]\n",
        ".jdlint.yaml:2: unknown key 'selct' (did you mean 'select'?)",
    ),
    "missing-pack": ("packs: [nope.yaml]\n", ".jdlint.yaml:1: packs: 'nope.yaml' does not exist"),
    "not-a-mapping": ("- select\n", ".jdlint.yaml:1: the configuration must be a mapping"),
}


@pytest.mark.parametrize("case", CONFIGS)
def test_a_broken_config_is_one_line_naming_file_line_and_key(work, case):
    text, message = CONFIGS[case]
    write(work / ".jdlint.yaml", text)
    write(work / "job.md", POSTING)
    result = invoke(["check", "job.md"])
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and message in result.stderr, result.stderr
    assert "Traceback" not in result.stderr


PACK = """\
rules:
  - code: JD950
    name: my-rule
    kind: pattern
    category: clarity
    message: "found {{match}}"
    patterns: ['{pattern}']
    examples:
      bad: ["aaaa"]
      good: ["bbbb"]
"""


def test_a_user_rule_with_an_invalid_regex_is_a_config_error_naming_the_pack(work):
    write(work / "pack.yaml", PACK.format(pattern="(unclosed"))
    write(work / ".jdlint.yaml", "packs: [pack.yaml]\n")
    write(work / "job.md", POSTING)
    result = invoke(["check", "job.md"])
    assert result.exit_code == 2
    assert "pack.yaml:2: JD950: bad regular expression '(unclosed'" in result.stderr
    assert result.stderr.count("\n") == 1


def test_a_catastrophic_user_regex_is_stopped_by_its_time_budget(work, monkeypatch):
    from jdlint import budget

    monkeypatch.setattr(budget, "BASE_SECONDS", 1.0)
    write(work / "pack.yaml", PACK.format(pattern="(a+)+$"))
    write(work / ".jdlint.yaml", "packs: [pack.yaml]\n")
    write(work / "slow.md", "# Engineer\n\n" + "a" * 5000 + "b\n")
    write(work / "slow2.md", "# Engineer\n\n" + "a" * 5000 + "b\n")
    started = time.monotonic()
    result = invoke(["check", "--output-format", "json", "slow.md", "slow2.md"])
    assert time.monotonic() - started < 30  # the second posting does not pay the budget again
    assert result.exit_code == 2
    for name in ("slow.md", "slow2.md"):
        message = _only(_json(result), name)["error"]["message"]
        assert f"{work / 'pack.yaml'}:2: rule JD950 (my-rule) ran out of its" in message


def test_bundled_rules_are_not_timed():
    from jdlint.config import load_settings

    rules = load_settings(None).ruleset.rules
    assert all(rule.bundled for rule in rules)


@pytest.mark.parametrize("option", ["--select", "--ignore"])
def test_unknown_rule_codes_on_the_command_line_are_usage_errors(work, option):
    write(work / "job.md", POSTING)
    result = invoke(["check", option, "pay-mising", "job.md"])
    assert result.exit_code == 2
    assert result.stderr.strip() == "jdlint: error: unknown rule 'pay-mising' (did you mean 'pay-missing'?)"


def test_unknown_rule_codes_in_disable_comments_are_findings_not_errors(work):
    write(work / "job.md", "# Engineer\n\n<!-- jdlint-disable-next-line JD5O1 -->\nWe need a chairman.\n")
    result = invoke(["check", "--isolated", "--output-format", "json", "job.md"])
    assert result.exit_code == 1
    codes = [(f["code"], f["line"]) for f in _only(_json(result), "job.md")["findings"]]
    assert ("JD113", 3) in codes and ("JD501", 4) in codes


# --- paths -----------------------------------------------------------------------------------


def test_a_missing_path_is_a_per_file_error(work):
    write(work / "good.md", POSTING)
    result = invoke(["check", "--isolated", "--output-format", "json", "nope.md", "good.md"])
    assert result.exit_code == 2
    assert _only(_json(result), "nope.md")["error"]["message"] == "no such file or directory"
    assert _only(_json(result), "good.md")["findings"]


def test_symbolic_link_loops_end_at_once(work):
    folder = work / "jobs"
    write(folder / "good.md", POSTING)
    (folder / "self.md").symlink_to("self.md")
    (folder / "a.md").symlink_to("b.md")
    (folder / "b.md").symlink_to("a.md")
    (folder / "again").symlink_to("..")  # a folder link back up: never followed
    (work / "loop").symlink_to("loop")
    started = time.monotonic()
    result = invoke(["check", "--isolated", "--output-format", "json", "jobs", "loop"])
    assert time.monotonic() - started < 30
    report = _json(result)
    loops = {f["path"]: f["error"]["message"] for f in report["files"] if "error" in f}
    assert loops == {
        name: "cannot read file: a symbolic link loop" for name in ("loop", "jobs/a.md", "jobs/b.md", "jobs/self.md")
    }
    assert _only(report, "jobs/good.md")["findings"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path):
    os.mkfifo(tmp_path / "job.md")
    write(tmp_path / "good.md", POSTING)
    done = subprocess.run(
        [sys.executable, "-m", "jdlint", "check", "--isolated", "job.md", "good.md"],
        cwd=tmp_path,
        env=ENV,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2
    assert "job.md: error not a regular file (a FIFO); not read" in done.stdout
    assert "good.md:3:11: JD501" in done.stdout


def test_an_unreadable_file_is_a_per_file_error(work):
    write(work / "secret.md", POSTING)
    os.chmod(work / "secret.md", 0)
    try:
        if os.access(work / "secret.md", os.R_OK):
            pytest.skip("running as a user who reads any file (root)")
        result = invoke(["check", "--isolated", "--output-format", "json", "secret.md"])
        assert result.exit_code == 2
        assert _only(_json(result), "secret.md")["error"]["message"] == "cannot read file: permission denied"
    finally:
        os.chmod(work / "secret.md", 0o644)


NAMES = {
    "spaces": ("a job posting.md", "a job posting.md"),
    "newline": ("job\nposting.md", "job\\nposting.md"),
    "not-utf-8": (os.fsdecode(b"job\xff.md"), "job\\xff.md"),
}


@pytest.mark.parametrize("case", NAMES)
@pytest.mark.parametrize("fmt", ["text", "json", "json-lines", "sarif", "junit", "github", "html"])
def test_odd_file_names_are_shown_safely_in_every_format(work, case, fmt):
    name, shown = NAMES[case]
    try:
        write(work / name, POSTING)
    except (OSError, UnicodeEncodeError):
        pytest.skip("this file system refuses the name")
    result = invoke(["check", "--isolated", "--output-format", fmt, "."])
    assert result.exit_code == 1, result.output
    out = result.stdout
    out.encode("utf-8")  # every report is valid UTF-8
    if fmt == "json":
        assert _json(result)["files"][0]["path"] == shown
    elif fmt == "json-lines":
        assert {json.loads(line)["path"] for line in out.splitlines()} == {shown}
    elif fmt == "sarif":
        from urllib.parse import unquote

        uris = {
            unquote(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"])
            for r in _json(result)["runs"][0]["results"]
        }
        assert uris == {shown}
    elif fmt == "github":
        assert "file=" + shown.replace(":", "%3A") in out
    elif fmt != "html" or case != "newline":
        assert shown in out
    if fmt in ("text", "json-lines", "github"):
        assert all(line.startswith((shown, "{", "::", "Found", "[*]", " ", "")) for line in out.splitlines())


def test_a_folder_of_many_small_files_is_checked_quickly(work):
    for i in range(300):
        write(work / "jobs" / f"job-{i:05}.md", POSTING)
    started = time.monotonic()
    result = invoke(["check", "--isolated", "-q", "--output-format", "json", "jobs"])
    elapsed = time.monotonic() - started
    assert result.exit_code == 1 and len(_json(result)["files"]) == 300
    assert elapsed < 120, f"300 files took {elapsed:.0f} s"


# --- output and errors -----------------------------------------------------------------------


def test_a_closed_pipe_is_a_quiet_exit(tmp_path):
    for i in range(30):
        write(tmp_path / f"job-{i}.md", POSTING)
    done = subprocess.run(
        f"{sys.executable} -m jdlint check --isolated . | head -1",
        shell=True,
        cwd=tmp_path,
        env=ENV,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.stdout.count("\n") == 1
    assert "Traceback" not in done.stderr and "BrokenPipe" not in done.stderr, done.stderr


@pytest.mark.parametrize("fmt", ["text", "json", "json-lines", "sarif", "junit", "github", "html"])
def test_a_file_error_shows_in_every_format_beside_the_other_findings(work, fmt):
    write(work / "image.md", b"\x89PNG\r\n\x1a\n\x00\x00")
    write(work / "good.md", POSTING)
    result = invoke(["check", "--isolated", "--output-format", fmt, "image.md", "good.md"])
    assert result.exit_code == 2
    assert "a PNG image, not a text posting" in result.stdout
    assert "chairman" in result.stdout


def test_an_internal_error_is_one_line_unless_debug_asks_for_the_traceback(work, monkeypatch):
    from jdlint import engine

    def broken(*args, **kwargs):
        raise ValueError("a bug")

    monkeypatch.setattr(engine, "parse_document", broken)
    write(work / "job.md", POSTING)
    quiet = invoke(["check", "--isolated", "job.md"])
    assert quiet.exit_code == 2
    assert "internal error while reading this posting (ValueError: a bug)" in quiet.stdout
    assert "Traceback" not in quiet.stdout + quiet.stderr
    loud = invoke(["check", "--isolated", "--debug", "job.md"])
    assert "Traceback" in loud.stderr and "ValueError: a bug" in loud.stderr


def test_an_unexpected_crash_is_one_line_on_stderr(tmp_path):
    script = (
        "import jdlint.cli as cli, jdlint.output as out, sys\n"
        "def boom(*a, **k): raise RuntimeError('boom')\n"
        "out.render = boom\nimport jdlint.reporting as r; r.render = boom\n"
        "sys.argv = ['jdlint', 'check', '--isolated', *sys.argv[1:]]\ncli.run()\n"
    )
    write(tmp_path / "job.md", POSTING)
    for debug, traceback in (([], False), (["--debug"], True)):
        done = subprocess.run(
            [sys.executable, "-c", script, *debug, "job.md"],
            cwd=tmp_path,
            env=ENV,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert done.returncode in ((1,) if traceback else (2,))
        assert ("Traceback" in done.stderr) is traceback, done.stderr
        if not traceback:
            assert done.stderr.strip().endswith(
                "jdlint: internal error: RuntimeError: boom (run with --debug for the traceback, and please report it)"
            )


def test_front_matter_that_is_not_valid_yaml_is_read_field_by_field():
    """One unquoted value with ': ' in it breaks the YAML; the other fields (title, location) are
    still read, the broken one is read as the text it was meant to be, with exact positions."""
    from jdlint.config import CliOptions, load_settings
    from jdlint.engine import lint_source, parse_document

    text = (
        "---\ntitle: Développeur web\ndescription: Nous recrutons : un développeur pour notre équipe\n"
        "location: Lyon\n---\n\nRejoignez une équipe de six personnes.\n"
    )
    config = load_settings(None).for_path("job.md", CliOptions())
    doc = parse_document(text, "job.md", config)
    assert doc.title.text == "Développeur web"
    assert doc.meta["location"] == "Lyon"
    summary = next(s for s in doc.sections if s.kind == "summary")
    block = summary.blocks[0]
    assert block.text == "Nous recrutons : un développeur pour notre équipe"
    assert text[block.span.start : block.span.end] == block.text
    findings = [f for f in lint_source(text, "job.md", config).findings if f.code == "JD112"]
    assert [(f.line, f.message.split("; ")[-1]) for f in findings] == [(3, "read field by field, the body was checked")]


def test_a_quoted_front_matter_value_broken_by_a_quote_inside_is_read_between_its_quotes():
    from jdlint.config import CliOptions, load_settings
    from jdlint.engine import parse_document

    text = (
        "---\ntitle: 'Rejoignez l''équipe : offre d'emploi « Chargé de mission (F/H) »'\nlayout: post\n---\n\nTexte.\n"
    )
    doc = parse_document(text, "job.md", load_settings(None).for_path("job.md", CliOptions()))
    assert doc.title.text == "Rejoignez l'équipe : offre d'emploi « Chargé de mission (F/H) »"
    assert doc.meta["layout"] == "post"
