"""The GitHub Action, run locally the way a runner runs it: the GITHUB_* variables and a
pull-request event payload, in a temporary git repository of postings."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys

import pytest
import yaml

from conftest import ROOT

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

GIT = ["git", "-c", "user.email=ci@example.com", "-c", "user.name=CI"]


def test_action_yml_is_a_composite_action_without_script_injection():
    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    assert action["runs"]["using"] == "composite"
    assert {"paths", "config", "fail-level", "changed-only", "sarif-file", "summary"} <= set(action["inputs"])
    for step in action["runs"]["steps"]:
        # Inputs reach scripts through env only: ${{ }} inside run: is a script-injection hole.
        assert "${{" not in step.get("run", ""), step
    lint = next(s for s in action["runs"]["steps"] if s.get("id") == "lint")
    assert lint["run"].strip() == "python -m jdlint.action"
    assert all(v.startswith("${{ inputs.") for v in lint["env"].values())


@pytest.fixture
def pr_repo(tmp_path):
    repo = tmp_path / "repo"
    (repo / "jobs").mkdir(parents=True)
    good = (ROOT / "examples" / "strong-ml-engineer.md").read_text(encoding="utf-8")
    (repo / "jobs" / "ml.md").write_text(good, encoding="utf-8")
    (repo / "jobs" / "untouched.md").write_text("# Ninja wanted\n\nA rockstar role.\n", encoding="utf-8")
    (repo / "notes.py").write_text("print('not a posting')\n", encoding="utf-8")
    subprocess.run(GIT + ["init", "-q", "-b", "main"], cwd=repo, check=True)
    subprocess.run(GIT + ["add", "-A"], cwd=repo, check=True)
    subprocess.run(GIT + ["commit", "-q", "-m", "base"], cwd=repo, check=True)
    base = subprocess.run(["git", "rev-parse", "HEAD"], cwd=repo, capture_output=True, text=True).stdout.strip()
    # The pull request adds one buzzword to the good posting and changes the Python file.
    lines = good.splitlines(keepends=True)
    index = next(i for i, line in enumerate(lines) if line.startswith("## What you'll do"))
    lines.insert(index, "We are a fast-paced team.\n\n")
    (repo / "jobs" / "ml.md").write_text("".join(lines), encoding="utf-8")
    (repo / "notes.py").write_text("print('still not a posting')\n", encoding="utf-8")
    subprocess.run(GIT + ["commit", "-q", "-am", "pr"], cwd=repo, check=True)
    event = tmp_path / "event.json"
    event.write_text(json.dumps({"pull_request": {"number": 7, "base": {"sha": base}, "head": {"sha": "x"}}}))
    changed_line = index + 1
    return repo, event, changed_line


def run_action(repo, tmp_path, **inputs):
    env = dict(os.environ)
    for key in list(env):
        if key.startswith(("GITHUB_", "JDLINT_", "NO_COLOR")):
            env.pop(key)
    summary, output = tmp_path / "summary.md", tmp_path / "output.txt"
    env.update(
        {
            "GITHUB_ACTIONS": "true",
            "GITHUB_WORKSPACE": str(repo),
            "GITHUB_STEP_SUMMARY": str(summary),
            "GITHUB_OUTPUT": str(output),
            "GITHUB_REPOSITORY": "acme/jobs",
            "GITHUB_SHA": "x",
        }
    )
    env.update({k: str(v) for k, v in inputs.items()})
    result = subprocess.run(
        [sys.executable, "-m", "jdlint.action"], cwd=repo, env=env, capture_output=True, text=True, timeout=300
    )
    read = lambda p: p.read_text(encoding="utf-8") if p.exists() else ""  # noqa: E731
    return result, read(summary), read(output)


def test_pull_request_reports_only_changed_lines_of_changed_postings(pr_repo, tmp_path):
    repo, event, changed_line = pr_repo
    result, summary, output = run_action(
        repo, tmp_path, GITHUB_EVENT_NAME="pull_request", GITHUB_EVENT_PATH=event, JDLINT_SARIF_FILE="jdlint.sarif"
    )
    commands = [line for line in result.stdout.splitlines() if line.startswith("::")]
    warnings = [line for line in commands if line.startswith("::warning ")]
    assert len(warnings) == 1, result.stdout + result.stderr
    assert re.match(rf"::warning file=jobs/ml\.md,line={changed_line},col=\d+,", warnings[0])
    assert "JD401" in warnings[0] and "fast-paced" in warnings[0]
    assert "untouched.md" not in result.stdout  # not part of the pull request
    assert result.returncode == 1  # a warning at the default fail level
    assert "| <code>jobs/ml.md</code> |" in summary and "JD401" in summary
    assert "findings=1" in output and "sarif-file=jdlint.sarif" in output
    sarif = json.loads((repo / "jdlint.sarif").read_text(encoding="utf-8"))
    assert sarif["version"] == "2.1.0" and len(sarif["runs"][0]["results"]) == 1


def test_fail_level_error_passes_on_warnings(pr_repo, tmp_path):
    repo, event, _ = pr_repo
    result, _, _ = run_action(
        repo, tmp_path, GITHUB_EVENT_NAME="pull_request", GITHUB_EVENT_PATH=event, JDLINT_FAIL_LEVEL="error"
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "::warning " in result.stdout


def test_push_lints_the_given_paths_whole(pr_repo, tmp_path):
    repo, _, _ = pr_repo
    result, summary, _ = run_action(repo, tmp_path, GITHUB_EVENT_NAME="push", JDLINT_PATHS="jobs/")
    assert "file=jobs/untouched.md" in result.stdout
    assert "| <code>jobs/untouched.md</code> |" in summary


def test_pull_request_without_posting_changes(pr_repo, tmp_path):
    repo, event, _ = pr_repo
    subprocess.run(GIT + ["reset", "-q", "--hard", "HEAD~1"], cwd=repo, check=True)
    (repo / "notes.py").write_text("print(1)\n", encoding="utf-8")
    subprocess.run(GIT + ["commit", "-q", "-am", "code only"], cwd=repo, check=True)
    result, summary, output = run_action(
        repo, tmp_path, GITHUB_EVENT_NAME="pull_request", GITHUB_EVENT_PATH=event, JDLINT_SARIF_FILE="out.sarif"
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "changes no posting files" in result.stdout
    assert "No changed posting files" in summary and "findings=0" in output
    assert json.loads((repo / "out.sarif").read_text(encoding="utf-8"))["runs"][0]["results"] == []


def test_bad_input_is_a_clear_error(pr_repo, tmp_path):
    repo, _, _ = pr_repo
    result, _, _ = run_action(repo, tmp_path, GITHUB_EVENT_NAME="push", JDLINT_FAIL_LEVEL="loud")
    assert result.returncode == 2 and "::error title=jdlint::fail-level" in result.stdout
