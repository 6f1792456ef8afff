"""The pre-commit hook, for real: the manifest validates, and `pre-commit try-repo` installs
jdlint from this repository into its own virtualenv and runs it on a repository of postings.

try-repo clones the tracked files of this repository (uncommitted changes included), and the
hook's virtualenv installs jdlint's dependencies from PyPI on first use (about 40 s); later
tests reuse it through PRE_COMMIT_HOME.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from conftest import ROOT

pytestmark = pytest.mark.slow

pre_commit = pytest.importorskip("pre_commit")


def run(args, cwd, env=None):
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=900
    )


def test_manifest_validates():
    result = run(["validate-manifest", ".pre-commit-hooks.yaml"], cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.fixture(scope="module")
def postings_repo(tmp_path_factory):
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    tracked = subprocess.run(["git", "ls-files", ".pre-commit-hooks.yaml"], cwd=ROOT, capture_output=True, text=True)
    if not tracked.stdout.strip():
        pytest.skip("this checkout does not track .pre-commit-hooks.yaml (try-repo clones tracked files)")
    repo = tmp_path_factory.mktemp("postings")
    (repo / "jobs").mkdir()
    shutil.copy(ROOT / "examples" / "weak-ml-engineer.md", repo / "jobs" / "bad.md")
    shutil.copy(ROOT / "examples" / "strong-ml-engineer.md", repo / "jobs" / "good.md")
    (repo / "README.md").write_text("# Our postings\n\nA rockstar list of jobs.\n", encoding="utf-8")
    git = ["git", "-c", "user.email=ci@example.com", "-c", "user.name=CI"]
    subprocess.run(git + ["init", "-q"], cwd=repo, check=True)
    subprocess.run(git + ["add", "-A"], cwd=repo, check=True)
    subprocess.run(git + ["commit", "-q", "-m", "postings"], cwd=repo, check=True)
    env = dict(os.environ, PRE_COMMIT_HOME=str(tmp_path_factory.mktemp("pre-commit-home")))
    env.pop("NO_COLOR", None)
    return repo, env


def test_bad_posting_fails_the_hook_with_its_findings(postings_repo):
    repo, env = postings_repo
    result = run(["try-repo", str(ROOT), "jdlint", "--files", "jobs/bad.md"], cwd=repo, env=env)
    out = result.stdout + result.stderr
    assert result.returncode == 1, out
    assert "jobs/bad.md:" in out and "JD401" in out and "JD201" in out
    assert "Failed" in out


def test_good_posting_and_readme_pass(postings_repo):
    repo, env = postings_repo
    # README.md matches the hook's file types; --force-exclude in the hook's entry skips it.
    result = run(["try-repo", str(ROOT), "jdlint", "--files", "jobs/good.md", "README.md"], cwd=repo, env=env)
    out = result.stdout + result.stderr
    assert result.returncode == 0, out
    assert "Passed" in out
