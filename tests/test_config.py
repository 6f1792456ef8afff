"""Configuration: discovery, --config / --isolated, validation errors (file, line, key, did you
mean), per-file overrides, severities, rule options, sections, roles, rule packs, and the
Python API's ``config`` argument."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import jdlint
from conftest import CLEAN, invoke, write
from jdlint.cli import main  # noqa: F401
from jdlint.errors import ConfigError, JdlintError

BUZZ = CLEAN.replace("You will run", "You will be the rockstar who runs")  # JD401 at 5:17

PACK = """\
pack: house
category: clarity
rules:
  - code: JD990
    name: house-synergize
    kind: existence
    severity: error
    summary: Reports "synergize", which our house style bans.
    message: "'{match}' is banned by the house style: {suggestion}"
    suggestion: say who works with whom on what
    phrases: [synergize]
    examples:
      bad: ["We synergize across teams."]
      good: ["Designers and engineers review every release together."]
"""

BARISTA_ROLE = """\
id: barista
name: Barista
description: Makes coffee.
titles: [barista, coffee maker]
must_have:
  - id: espresso
    name: espresso preparation
    why: It is the core of the job.
    any: [espresso, latte art]
"""


def findings(result) -> list[dict]:
    assert result.exit_code in (0, 1), result.stderr
    return [f for file in json.loads(result.stdout)["files"] for f in file["findings"]]


def check_json(*args) -> list[dict]:
    return findings(invoke(["check", "--output-format", "json", *args]))


# --- discovery -----------------------------------------------------------------------------


def test_config_in_parent_folder_applies(tmp_path, monkeypatch):
    project = tmp_path / "project"
    write(project / ".jdlint.yaml", "ignore: [buzzword]\n")
    posting = write(project / "jobs" / "2024" / "office.md", BUZZ)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)  # discovery starts at the posting, not the working folder
    assert [f["code"] for f in check_json(posting)] == []
    assert [f["code"] for f in check_json("--isolated", posting)] == ["JD401"]


def test_yml_extension_is_found(work):
    write(work / ".jdlint.yml", "ignore: [JD401]\n")
    write(work / "a" / "p.md", BUZZ)
    assert check_json("a/p.md") == []


def test_closest_config_wins(work):
    write(work / ".jdlint.yaml", "ignore: [buzzword]\n")
    write(work / "team" / ".jdlint.yaml", "severity: {JD401: error}\n")  # no ignore: JD401 is back
    write(work / "team" / "p.md", BUZZ)
    write(work / "q.md", BUZZ)
    assert [(f["code"], f["severity"]) for f in check_json("team/p.md")] == [("JD401", "error")]
    assert check_json("q.md") == []


def test_pyproject_tool_jdlint(work):
    write(
        work / "pyproject.toml",
        '[project]\nname = "x"\n\n[tool.jdlint]\nignore = ["JD401"]\n\n[tool.jdlint.severity]\nJD402 = "error"\n',
    )
    write(work / "jobs" / "p.md", BUZZ.replace("- Plan the quarterly team offsite", "- Other duties as assigned"))
    assert [(f["code"], f["severity"]) for f in check_json("jobs/p.md")] == [("JD402", "error")]


def test_pyproject_without_tool_jdlint_is_ignored(work):
    write(work / ".jdlint.yaml", "ignore: [JD401]\n")
    write(work / "sub" / "pyproject.toml", '[project]\nname = "x"\n\n[tool.ruff]\nline-length = 99\n')
    write(work / "sub" / "p.md", BUZZ)
    assert check_json("sub/p.md") == []  # the parent's .jdlint.yaml still applies


def test_pyproject_error_names_line(work):
    write(work / "pyproject.toml", '[project]\nname = "x"\n\n[tool.jdlint]\nselect = ["JD401"]\nselct = ["JD401"]\n')
    write(work / "p.md", CLEAN)
    result = invoke(["check", "p.md"])
    assert result.exit_code == 2
    assert "pyproject.toml:6:" in result.stderr and "did you mean 'select'" in result.stderr


def test_explicit_config(work):
    write(work / "configs" / "strict.yaml", "severity: {buzzword: error}\n")
    write(work / ".jdlint.yaml", "ignore: [JD401]\n")
    write(work / "p.md", BUZZ)
    assert check_json("p.md") == []
    got = check_json("--config", "configs/strict.yaml", "p.md")
    assert [(f["code"], f["severity"]) for f in got] == [("JD401", "error")]


def test_explicit_config_missing_exits_2(work):
    write(work / "p.md", CLEAN)
    result = invoke(["check", "--config", "nope.yaml", "p.md"])
    assert result.exit_code == 2
    assert "nope.yaml" in result.stderr


def test_isolated_ignores_even_a_broken_config(work):
    write(work / ".jdlint.yaml", "selct: [JD401]\n")
    write(work / "p.md", BUZZ)
    assert invoke(["check", "p.md"]).exit_code == 2
    result = invoke(["check", "--isolated", "p.md"])
    assert result.exit_code == 1
    assert "JD401" in result.stdout


def test_invalid_yaml_syntax(work):
    write(work / ".jdlint.yaml", "select: [JD401\nignore: []\n")
    write(work / "p.md", CLEAN)
    result = invoke(["check", "p.md"])
    assert result.exit_code == 2
    assert ".jdlint.yaml:" in result.stderr and "invalid YAML" in result.stderr


# --- validation errors: file, line, key, did you mean --------------------------------------


@pytest.mark.parametrize(
    "text,line,needles",
    [
        ("# house style\nselect: [JD401]\nselct: [JD401]\n", 3, ["unknown key 'selct'", "did you mean 'select'"]),
        (
            "# house style\nignore: [JD401, buzzwrd]\n",
            2,
            ["unknown rule 'buzzwrd' in ignore", "did you mean 'buzzword'"],
        ),
        ("# x\n\nselect: [JD999]\n", 3, ["unknown rule 'JD999'"]),
        ("# x\nseverity:\n  JD401: warning\n  JD402: fatal\n", 4, ["severity of 'JD402'", "error, warning, info"]),
        ("# x\nrules:\n  JD401: {severity: loud}\n", 3, ["severity of 'JD401'"]),
        ("# x\nrules: {JD303: {maxx: 3}}\n", 2, ["unknown option 'maxx'", "JD303", "did you mean 'max'"]),
        ("# x\nrules:\n  long-sentence:\n    max: 30\n    mni: 3\n", 5, ["unknown option 'mni'", "did you mean 'min'"]),
        ("# x\nrules:\n  JD303: {max: many}\n", 3, ["max", "must be a number"]),
        ("# x\nrules:\n  lng-sentence: {max: 3}\n", 3, ["unknown rule 'lng-sentence'", "did you mean 'long-sentence'"]),
        (
            "# x\nrequired_sections: [summary, benefts]\n",
            2,
            ["unknown section kind 'benefts'", "did you mean 'benefits'"],
        ),
        ("# x\nrole: machine-learning-enginer\n", 2, ["unknown role", "did you mean 'machine-learning-engineer'"]),
        (
            "# x\nsections:\n  headings:\n    responsibilites: [Your mission]\n",
            4,
            ["unknown section kind 'responsibilites'", "did you mean 'responsibilities'"],
        ),
        ("# x\nfail_level: fatal\n", 2, ["fail_level"]),
        ("# x\nselect: JD401\n", 2, ["select must be a list"]),
        (
            "# x\noverrides:\n  - files: ['*.md']\n    ignor: [JD401]\n",
            4,
            ["unknown key 'ignor' in overrides", "did you mean 'ignore'"],
        ),
        ("# x\noverrides:\n  - ignore: [JD401]\n", 3, ["needs 'files'"]),
        ("# x\noverrides:\n  - files: ['*.md']\n    role: barsita\n", 4, ["unknown role 'barsita'"]),
        ("# x\npacks: [missing/pack.yaml]\n", 2, ["packs", "does not exist"]),
        ("# x\nnlp: {model: x, extra: 1}\n", 2, ["nlp"]),
    ],
)
def test_config_errors_name_file_line_and_key(work, text, line, needles):
    config = write(work / ".jdlint.yaml", text)
    write(work / "p.md", CLEAN)
    result = invoke(["check", "p.md"])
    assert result.exit_code == 2, result.stdout
    assert result.stdout == ""
    message = result.stderr
    assert message.startswith("jdlint: error: ")
    assert f"{config}:{line}: " in message, message
    for needle in needles:
        assert needle in message, message


def test_config_must_be_a_mapping(work):
    write(work / ".jdlint.yaml", "- select\n- ignore\n")
    write(work / "p.md", CLEAN)
    result = invoke(["check", "p.md"])
    assert result.exit_code == 2 and "mapping" in result.stderr


def test_empty_config_is_fine(work):
    write(work / ".jdlint.yaml", "# nothing yet\n")
    write(work / "p.md", CLEAN)
    assert invoke(["check", "p.md"]).exit_code == 0


# --- what the settings do ------------------------------------------------------------------


def test_override_ignores_a_rule_for_matching_files_only(work):
    write(work / ".jdlint.yaml", "overrides:\n  - files: ['internships/*.md']\n    ignore: [JD401]\n")
    write(work / "internships" / "summer.md", BUZZ)
    write(work / "jobs" / "office.md", BUZZ)
    result = invoke(["check", "--output-format", "json", "internships", "jobs"])
    by_path = {
        Path(f["path"]).as_posix(): [x["code"] for x in f["findings"]] for f in json.loads(result.stdout)["files"]
    }
    assert by_path == {"internships/summer.md": [], "jobs/office.md": ["JD401"]}
    assert result.exit_code == 1


def test_override_glob_relative_to_config_not_cwd(tmp_path, monkeypatch):
    project = tmp_path / "project"
    write(project / ".jdlint.yaml", "overrides:\n  - files: ['internships/*.md']\n    severity: {JD401: info}\n")
    posting = write(project / "internships" / "summer.md", BUZZ)
    monkeypatch.chdir(tmp_path)
    assert [(f["code"], f["severity"]) for f in check_json(posting)] == [("JD401", "info")]


def test_severity_override_and_fail_level(work):
    write(work / ".jdlint.yaml", "severity:\n  buzzword: error\n")
    write(work / "p.md", BUZZ)
    assert [(f["code"], f["severity"]) for f in check_json("p.md")] == [("JD401", "error")]
    assert invoke(["check", "--fail-level", "error", "p.md"]).exit_code == 1


def test_fail_level_from_config(work):
    write(work / ".jdlint.yaml", "fail_level: error\n")
    write(work / "p.md", BUZZ)
    result = invoke(["check", "p.md"])
    assert result.exit_code == 0 and "JD401" in result.stdout
    assert invoke(["check", "--fail-level", "warning", "p.md"]).exit_code == 1


def test_rule_option_override(work):
    write(work / "p.md", CLEAN)
    assert check_json("p.md") == []
    write(work / ".jdlint.yaml", "rules:\n  long-sentence: {max: 5}\n")
    got = [f for f in check_json("p.md") if f["code"] == "JD303" and f["line"] <= 19]
    # Line 5 has 11 words, line 14 has 7 and line 19 has 6; the two-word items stay quiet.
    assert [(f["line"], f["column"]) for f in got] == [(5, 1), (14, 3), (19, 3)]
    assert "limit 5" in got[0]["message"]


def test_rule_options_with_severity_in_rules(work):
    write(work / ".jdlint.yaml", "rules:\n  JD303: {max: 8, severity: info}\n")
    write(work / "p.md", CLEAN)
    got = [(f["code"], f["line"], f["severity"]) for f in check_json("p.md") if f["line"] <= 19]
    assert got == [("JD303", 5, "info")]


def test_select_in_config_adds_to_defaults(work):
    write(work / ".jdlint.yaml", "select: [JD401]\n")
    write(work / "p.md", BUZZ + "\n## Notes\n\nOther duties as assigned.\n")
    assert sorted(f["code"] for f in check_json("p.md")) == ["JD401", "JD402"]


def test_required_sections(work):
    write(work / "p.md", CLEAN)
    write(work / ".jdlint.yaml", "required_sections: [summary, pay, nice-to-have]\n")
    got = [(f["code"], f["section"]) for f in check_json("p.md")]
    assert got == [("JD101", "pay"), ("JD101", "nice-to-have")]


def test_role_from_config(work):
    write(work / ".jdlint.yaml", "role: data-engineer\n")
    write(work / "p.md", CLEAN)
    parsed = json.loads(invoke(["parse", "p.md", "--output-format", "json"]).stdout)
    assert parsed["role"] == "data-engineer"
    got = check_json("p.md")
    assert got and {f["code"] for f in got} == {"JD201"}
    text = invoke(["parse", "p.md"]).stdout
    assert "data-engineer (from config)" in text


def test_role_option_beats_config(work):
    write(work / ".jdlint.yaml", "role: data-engineer\n")
    write(work / "p.md", CLEAN)
    data = json.loads(invoke(["check", "--output-format", "json", "--role", "recruiter", "p.md"]).stdout)
    assert data["files"][0]["role"] == "recruiter"


def test_custom_rule_pack(work):
    write(work / "house" / "pack.yaml", PACK)
    write(work / ".jdlint.yaml", "packs: [house/pack.yaml]\n")
    write(work / "p.md", CLEAN.replace("You will run", "You will synergize and run"))
    got = check_json("p.md")
    assert [(f["code"], f["name"], f["severity"], f["line"], f["column"]) for f in got] == [
        ("JD990", "house-synergize", "error", 5, 10)
    ]
    assert "banned by the house style" in got[0]["message"]
    # The pack's rule can be selected and ignored like a bundled one.
    assert invoke(["check", "--select", "JD990", "p.md"]).exit_code == 1
    assert invoke(["check", "--ignore", "house-synergize", "p.md"]).exit_code == 0


def test_broken_custom_pack_is_a_config_error(work):
    write(work / "house" / "pack.yaml", PACK.replace("kind: existence", "kind: existance"))
    write(work / ".jdlint.yaml", "# x\npacks: [house/pack.yaml]\n")
    write(work / "p.md", CLEAN)
    result = invoke(["check", "p.md"])
    assert result.exit_code == 2
    assert "packs" in result.stderr and "did you mean 'existence'" in result.stderr


def test_custom_role_dir(work):
    write(work / "roles" / "barista.yaml", BARISTA_ROLE)
    write(work / ".jdlint.yaml", "roles: [roles]\n")
    posting = CLEAN.replace("Office Manager", "Senior Barista")
    write(work / "p.md", posting)
    parsed = json.loads(invoke(["parse", "p.md", "--output-format", "json"]).stdout)
    assert parsed["role"] == "barista"
    got = check_json("p.md")
    assert [f["code"] for f in got] == ["JD201"] and "espresso preparation" in got[0]["message"]
    write(work / "q.md", posting.replace("- Two years", "- Espresso and latte art\n- Two years"))
    assert check_json("q.md") == []


def test_custom_role_usable_as_config_role(work):
    write(work / "roles" / "barista.yaml", BARISTA_ROLE)
    write(work / ".jdlint.yaml", "roles: [roles]\nrole: barista\n")
    write(work / "p.md", CLEAN)
    assert json.loads(invoke(["parse", "p.md", "--output-format", "json"]).stdout)["role"] == "barista"


def test_extra_section_headings_change_parse(work):
    posting = "# Office Manager\n\n## Your quest\n\n- Office supplies\n- Team offsites\n"
    write(work / "p.md", posting)
    before = json.loads(invoke(["parse", "p.md", "--output-format", "json"]).stdout)
    assert [s["kind"] for s in before["sections"]] != ["responsibilities"]
    write(work / ".jdlint.yaml", 'sections:\n  headings:\n    responsibilities: ["Your quest"]\n')
    after = json.loads(invoke(["parse", "p.md", "--output-format", "json"]).stdout)
    assert after["sections"] == [
        {
            "kind": "responsibilities",
            "heading": "Your quest",
            "start_line": 3,
            "end_line": 6,
            "why": "heading 'Your quest'",
        }
    ]


def test_exclude_skips_files_when_walking(work):
    write(work / ".jdlint.yaml", "exclude: ['drafts/*']\n")
    write(work / "drafts" / "d.md", BUZZ)
    write(work / "jobs" / "j.md", BUZZ)
    data = json.loads(invoke(["check", "--output-format", "json", "."]).stdout)
    assert [Path(f["path"]).as_posix() for f in data["files"]] == ["jobs/j.md"]
    # A file named explicitly is still checked.
    assert [f["code"] for f in check_json("drafts/d.md")] == ["JD401"]


# --- Python API ----------------------------------------------------------------------------


def test_api_lint_text_default_config(work):
    got = jdlint.lint_text(BUZZ, path="office.md")
    assert [(f.code, f.line, f.column, f.end_column) for f in got] == [("JD401", 5, 17, 25)]


def test_api_lint_text_dict_config(work):
    assert jdlint.lint_text(BUZZ, path="office.md", config={"ignore": ["buzzword"]}) == []
    got = jdlint.lint_text(BUZZ, path="office.md", config={"severity": {"JD401": "error"}})
    assert [(f.code, f.severity) for f in got] == [("JD401", "error")]
    with pytest.raises(ConfigError, match="did you mean 'ignore'"):
        jdlint.lint_text(BUZZ, config={"ignor": ["JD401"]})
    with pytest.raises(ConfigError, match="unknown rule"):
        jdlint.lint_text(BUZZ, config={"ignore": ["JD999"]})


def test_api_lint_text_path_config(work):
    config = write(work / "cfg" / "house.yaml", "ignore: [JD401]\n")
    assert jdlint.lint_text(BUZZ, config=str(config)) == []
    assert jdlint.lint_text(BUZZ, config=config) == []


def test_api_config_none_looks_up_from_path(work):
    write(work / "team" / ".jdlint.yaml", "severity: {JD401: info}\n")
    (work / "team" / "jobs").mkdir()
    got = jdlint.lint_text(BUZZ, path=str(work / "team" / "jobs" / "office.md"))
    assert [(f.code, f.severity) for f in got] == [("JD401", "info")]


def test_api_lint_file(work):
    posting = write(work / "team" / "office.md", BUZZ)
    assert [f.code for f in jdlint.lint_file(posting)] == ["JD401"]
    write(work / "team" / ".jdlint.yaml", "ignore: [JD401]\n")
    write(work / "team2" / ".jdlint.yaml", "ignore: [JD401]\n")
    other = write(work / "team2" / "office.md", BUZZ)
    assert jdlint.lint_file(other) == []  # config=None: found next to the file
    assert jdlint.lint_file(str(other), config={}) != []
    assert [f.severity for f in jdlint.lint_file(other, config={"severity": {"JD401": "error"}})] == ["error"]
    assert jdlint.lint_file(posting, config=work / "team2" / ".jdlint.yaml") == []


def test_api_errors(work):
    with pytest.raises(JdlintError, match="no such file or directory"):
        jdlint.lint_file(work / "nope.md")
    bad = work / "bad.md"
    bad.write_bytes(b"caf\xe9\n")
    with pytest.raises(JdlintError, match="UTF-8"):
        jdlint.lint_file(bad)
    # Broken front matter is the posting's content, not an error: a finding, and the body is read.
    findings = jdlint.lint_text("---\ntitle: [unclosed\n---\n\nBody.\n")
    assert any(f.code == "JD112" and "front matter" in f.message for f in findings)
    with pytest.raises(TypeError):
        jdlint.lint_text(BUZZ, config=42)
