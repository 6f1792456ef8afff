"""``--diff-base REF``: findings limited to the lines changed since REF, in a temporary git
repository (skipped without git)."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from conftest import CLEAN, ROOT, invoke, write
from jdlint.changed import parse_hunks

# CLEAN with a buzzword on line 5 (JD401) and a catch-all duty on line 10 (JD402).
BASE = CLEAN.replace("You will run", "You will be the rockstar who runs").replace(
    "- Plan the quarterly team offsite", "- Other duties as assigned"
)


def test_parse_hunks():
    diff = (
        b"diff --git a/job.md b/job.md\n--- a/job.md\n+++ b/job.md\n"
        b"@@ -3 +3 @@\n-a\n+b\n"  # one line changed
        b"@@ -7,0 +8,2 @@\n+c\n+d\n"  # two lines added
        b"@@ -20,3 +21,0 @@\n-e\n-f\n-g\n"  # pure deletion: no line left to report
        b"@@ -30,2 +29 @@ ## Benefits\n-h\n-i\n+j\n"
    )
    assert parse_hunks(diff) == [(3, 3), (8, 9), (29, 29)]
    assert parse_hunks(b"") == []


needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def git(repo, *args):
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)


@pytest.fixture
def repo(work, monkeypatch):
    """A git repository with job.md committed, isolated from the user's git configuration."""
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(work / ".no-global-gitconfig"))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(work.parent))
    git(work, "init", "-q")
    git(work, "config", "user.name", "jdlint tests")
    git(work, "config", "user.email", "tests@example.com")
    git(work, "config", "commit.gpgsign", "false")
    write(work / "job.md", BASE)
    git(work, "add", "job.md")
    git(work, "commit", "-q", "-m", "posting")
    return work


def findings(result):
    return [(f["code"], f["line"]) for file in json.loads(result.stdout)["files"] for f in file["findings"]]


def check(*args):
    return invoke(["check", *args, "--select", "JD401,JD402,JD501", "--output-format", "json"])


@needs_git
def test_only_findings_on_changed_lines_remain(repo):
    assert findings(check("job.md")) == [("JD401", 5), ("JD402", 10)]
    write(repo / "job.md", BASE.replace("- Order office supplies", "- Order supplies for the chairman"))
    assert findings(check("job.md")) == [("JD401", 5), ("JD501", 9), ("JD402", 10)]
    result = check("job.md", "--diff-base", "HEAD")
    assert findings(result) == [("JD501", 9)]
    assert result.exit_code == 1
    # An unchanged posting has nothing to report against HEAD.
    write(repo / "job.md", BASE)
    result = check("job.md", "--diff-base", "HEAD")
    assert findings(result) == [] and result.exit_code == 0


@needs_git
def test_notes_are_kept_for_changed_files_only(repo):
    german = (ROOT / "tests" / "data" / "languages" / "de.md").read_text(encoding="utf-8")
    write(repo / "de.md", german)
    git(repo, "add", "de.md")
    git(repo, "commit", "-q", "-m", "german posting")

    def notes(*args):
        files = json.loads(invoke(["check", "de.md", "--output-format", "json", *args]).stdout)["files"]
        return [n["code"] for n in files[0]["notes"]]

    assert notes() == ["JD110"]
    assert notes("--diff-base", "HEAD") == []  # unchanged: nothing to say about it
    # A change below the title still says how the file was checked (the note sits on the title).
    write(repo / "de.md", german.replace("ab sofort", "zum 1. Mai"))
    assert notes("--diff-base", "HEAD") == ["JD110"]


@needs_git
def test_committed_changes_count_against_an_older_ref(repo):
    write(repo / "job.md", BASE.replace("- Order office supplies", "- Order supplies for the chairman"))
    git(repo, "commit", "-q", "-am", "chairman")
    assert findings(check("job.md", "--diff-base", "HEAD")) == []
    assert findings(check("job.md", "--diff-base", "HEAD~1")) == [("JD501", 9)]


@needs_git
def test_deleted_lines_leave_nothing_to_report(repo):
    write(repo / "job.md", BASE.replace("- Order office supplies\n", ""))
    assert findings(check("job.md", "--diff-base", "HEAD")) == []


@needs_git
def test_untracked_and_new_files_count_as_all_changed(repo):
    write(repo / "new.md", BASE)
    assert findings(check("new.md", "--diff-base", "HEAD")) == [("JD401", 5), ("JD402", 10)]
    git(repo, "add", "new.md")
    git(repo, "commit", "-q", "-m", "new posting")
    assert findings(check("new.md", "--diff-base", "HEAD~1")) == [("JD401", 5), ("JD402", 10)]


@needs_git
def test_folders_and_files_in_subfolders(repo):
    write(repo / "jobs" / "ops.md", BASE)
    git(repo, "add", "jobs")
    git(repo, "commit", "-q", "-m", "ops")
    write(repo / "jobs" / "ops.md", BASE.replace("Thirty days", "Thirty days, says the chairman,"))
    result = check(".", "--diff-base", "HEAD")
    by_path = {f["path"]: [(x["code"], x["line"]) for x in f["findings"]] for f in json.loads(result.stdout)["files"]}
    assert by_path == {"job.md": [], "jobs/ops.md": [("JD501", 19)]}


@needs_git
def test_stdin_counts_as_all_changed(repo):
    result = invoke(
        ["check", "-", "--stdin-filename", "job.md", "--select", "JD401", "--diff-base", "HEAD"], input=BASE
    )
    assert "JD401" in result.stdout and result.exit_code == 1


@needs_git
def test_fix_only_fixes_changed_lines(repo):
    text = BASE.replace("- Order office supplies", "- Order supplies for the chairman")
    write(repo / "job.md", text)
    git(repo, "commit", "-q", "-am", "chairman")  # the old chairman line is not new
    write(repo / "job.md", text.replace("- Two years", "- Two years as a salesman or"))
    invoke(["check", "job.md", "--select", "JD501", "--diff-base", "HEAD", "--fix"])
    assert (repo / "job.md").read_text() == text.replace("- Two years", "- Two years as a salesperson or")


@needs_git
def test_unknown_ref_is_a_usage_error(repo):
    result = check("job.md", "--diff-base", "no-such-branch")
    assert result.exit_code == 2
    assert "git does not know the revision 'no-such-branch'" in result.stderr
    result = check("job.md", "--diff-base", "--output=/tmp/x")
    assert result.exit_code == 2 and "is not a git revision" in result.stderr


@needs_git
def test_outside_a_repository_is_a_usage_error(work, monkeypatch):
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(work.parent))
    write(work / "job.md", BASE)
    result = check("job.md", "--diff-base", "HEAD")
    assert result.exit_code == 2
    assert "--diff-base needs a git repository" in result.stderr


def test_missing_git_is_a_usage_error(work, monkeypatch):
    monkeypatch.setenv("PATH", str(work / "empty"))
    write(work / "job.md", BASE)
    result = check("job.md", "--diff-base", "HEAD")
    assert result.exit_code == 2 and "git is not installed" in result.stderr
