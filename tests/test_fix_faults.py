"""``--fix`` under faults (issue 11, "Writes under faults"): a read-only file, a full disk, a file
edited meanwhile, two runs at once and a process killed mid-write each leave the original
intact (or the whole new text) and say so; bytes outside the fixed spans never change."""

from __future__ import annotations

import codecs
import errno
import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import ROOT, invoke, write

# "chairman" -> "chair" is a safe fix (JD501).
ORIGINAL = "# Engineer\r\n\r\nWe need\ta chairman for the café team.\r\n"
FIXED = "# Engineer\r\n\r\nWe need\ta chair for the café team.\r\n"
ENV = {**os.environ, "PYTHONPATH": str(ROOT / "src")}


def _leftovers(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.endswith(".jdlint-tmp")]


@pytest.mark.parametrize(
    "prefix, codec",
    [(b"", "utf-8"), (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (b"", "utf-16-be")],
)
def test_bytes_outside_the_fixed_span_are_kept_exactly(work, prefix, codec):
    path = write(work / "job.md", prefix + ORIGINAL.encode(codec))
    os.chmod(path, 0o640)
    result = invoke(["check", "--isolated", "--fix", "job.md"])
    assert "Fixed 1 finding in 1 file." in result.stdout + result.stderr
    assert path.read_bytes() == prefix + FIXED.encode(codec)
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    again = invoke(["check", "--isolated", "--fix", "job.md"])
    assert "Fixed 0 findings" in again.stdout + again.stderr
    assert path.read_bytes() == prefix + FIXED.encode(codec)


def test_a_read_only_file_is_left_as_it_was(work):
    path = write(work / "job.md", ORIGINAL)
    os.chmod(path, 0o444)
    try:
        result = invoke(["check", "--isolated", "--fix", "job.md"])
    finally:
        os.chmod(path, 0o644)
    assert result.exit_code == 2
    assert "job.md: error the file is read-only; not fixed; the file was left as it was" in result.stdout
    assert path.read_bytes() == ORIGINAL.encode()
    assert not _leftovers(work)


def test_a_full_disk_leaves_the_original_and_no_temporary_file(work, monkeypatch):
    from jdlint import autofix

    def full(fd):  # the disk fills up while the temporary file is written out
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(autofix.os, "fsync", full)
    path = write(work / "job.md", ORIGINAL)
    result = invoke(["check", "--isolated", "--fix", "job.md"])
    assert result.exit_code == 2
    assert "cannot write file: No space left on device; the file was left as it was" in result.stdout
    assert path.read_bytes() == ORIGINAL.encode()
    assert not _leftovers(work)


def test_a_file_edited_after_it_was_read_is_not_written(work, monkeypatch):
    from jdlint import autofix

    real = autofix.write_atomic
    path = write(work / "job.md", ORIGINAL)

    def edit_first(target, expected, data):
        target.write_text("someone else's edit\n")
        real(target, expected, data)

    monkeypatch.setattr(autofix, "write_atomic", edit_first)
    result = invoke(["check", "--isolated", "--fix", "job.md"])
    assert result.exit_code == 2
    assert "the file changed while jdlint was fixing it; not written" in result.stdout
    assert path.read_text() == "someone else's edit\n"


def test_a_file_edited_between_the_temporary_write_and_the_rename_is_not_replaced(work, monkeypatch):
    from jdlint import autofix

    path = write(work / "job.md", ORIGINAL)
    real_chmod = autofix.os.chmod

    def chmod_then_edit(tmp, mode):
        real_chmod(tmp, mode)
        time.sleep(0.01)
        path.write_text("edited meanwhile\n")

    monkeypatch.setattr(autofix.os, "chmod", chmod_then_edit)
    result = invoke(["check", "--isolated", "--fix", "job.md"])
    assert "the file changed while jdlint was fixing it; not written" in result.stdout
    assert path.read_text() == "edited meanwhile\n"
    assert not _leftovers(work)


@pytest.mark.skipif(sys.platform == "win32", reason="advisory locks are POSIX")
def test_a_second_process_fixing_the_same_file_writes_nothing(work):
    import fcntl

    from jdlint.autofix import write_atomic
    from jdlint.errors import InputError

    path = write(work / "job.md", ORIGINAL)
    with open(path, "rb") as other:  # another jdlint holds the lock while it fixes the file
        fcntl.flock(other.fileno(), fcntl.LOCK_EX)
        with pytest.raises(InputError, match="another process is fixing this file; not written"):
            write_atomic(path, ORIGINAL.encode(), FIXED.encode())
    assert path.read_bytes() == ORIGINAL.encode()
    write_atomic(path, ORIGINAL.encode(), FIXED.encode())
    assert path.read_bytes() == FIXED.encode()


def test_two_fixing_processes_at_once_leave_the_original_or_the_fix(work):
    for i in range(20):
        write(work / f"job-{i}.md", ORIGINAL)
    runs = [
        subprocess.Popen(
            [sys.executable, "-m", "jdlint", "check", "--isolated", "--fix", "."],
            cwd=work,
            env=ENV,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    outputs = [run.communicate(timeout=600) for run in runs]
    for i in range(20):
        assert (work / f"job-{i}.md").read_bytes() == FIXED.encode()
    said = "".join(out + err for out, err in outputs)
    assert "Traceback" not in said
    assert not _leftovers(work)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
@pytest.mark.parametrize("moment", ["before-rename", "after-rename"])
def test_a_process_killed_mid_write_leaves_the_old_or_the_new_text(work, moment):
    """The fixing process stops (sleeps) right before or after os.replace and is killed there."""
    path = write(work / "job.md", ORIGINAL)
    flag = work / "reached"
    script = f"""
import os, sys, time
real = os.replace
def replace(src, dst):
    if {moment == "after-rename"!r}:
        real(src, dst)
    open({str(flag)!r}, "w").close()
    time.sleep(600)
os.replace = replace
sys.argv = ["jdlint", "check", "--isolated", "--fix", "job.md"]
from jdlint.cli import run
run()
"""
    process = subprocess.Popen(
        [sys.executable, "-c", script], cwd=work, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        deadline = time.monotonic() + 300
        while not flag.exists():
            assert process.poll() is None and time.monotonic() < deadline, "the fixing process never wrote"
            time.sleep(0.05)
    finally:
        process.kill()
        process.wait()
    assert path.read_bytes() == (ORIGINAL if moment == "before-rename" else FIXED).encode()
