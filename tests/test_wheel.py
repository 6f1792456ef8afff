"""The built wheel works on its own: it carries the rule packs (jdlint/_rules) and reads them
from site-packages, not from the repository."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.slow


def _run(args, *, cwd: Path, timeout: int = 120) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return subprocess.run([str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)


@pytest.fixture(scope="module")
def venv(tmp_path_factory):
    """A virtual environment (sharing the test environment's dependencies) with the freshly built wheel."""
    tmp = tmp_path_factory.mktemp("wheel")
    dist = tmp / "dist"
    built = _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-w", dist, ROOT], cwd=tmp)
    assert built.returncode == 0, built.stdout + built.stderr
    (wheel,) = dist.glob("jdlint-*.whl")

    env_dir = tmp / "venv"
    made = _run([sys.executable, "-m", "venv", env_dir], cwd=tmp)
    assert made.returncode == 0, made.stderr
    bindir = env_dir / ("Scripts" if sys.platform == "win32" else "bin")
    python = bindir / ("python.exe" if sys.platform == "win32" else "python")
    # Share the dependencies of the environment running the tests (a virtualenv or the system),
    # not its jdlint: a path line in a .pth file adds the folder without running its .pth
    # files, so an editable install of jdlint there stays invisible.
    purelib = _run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], cwd=tmp)
    shared = dict.fromkeys(sysconfig.get_paths()[key] for key in ("purelib", "platlib"))
    Path(purelib.stdout.strip(), "jdlint-test-deps.pth").write_text("\n".join(shared) + "\n", encoding="utf-8")
    installed = _run([python, "-m", "pip", "install", "--no-deps", "--force-reinstall", "--no-index", wheel], cwd=tmp)
    assert installed.returncode == 0, installed.stdout + installed.stderr
    work = tmp / "cwd"
    work.mkdir()
    return {"python": python, "jdlint": bindir / "jdlint", "root": env_dir, "cwd": work, "wheel": wheel}


def test_wheel_contains_the_rule_packs(venv):
    import zipfile

    names = zipfile.ZipFile(venv["wheel"]).namelist()
    bundled = sorted(p.relative_to(ROOT / "rules").as_posix() for p in (ROOT / "rules").rglob("*.yaml"))
    assert bundled
    for rel in bundled:
        assert f"jdlint/_rules/{rel}" in names, rel
    assert "jdlint/__init__.py" in names and "jdlint/cli.py" in names


def test_installed_rules_root_is_inside_site_packages(venv):
    proc = _run(
        [venv["python"], "-c", "import jdlint, jdlint.resources as r; print(r.rules_root()); print(jdlint.__file__)"],
        cwd=venv["cwd"],
    )
    assert proc.returncode == 0, proc.stderr
    rules_root, module = (Path(line) for line in proc.stdout.splitlines())
    venv_root = venv["root"].resolve()
    assert rules_root.resolve().is_relative_to(venv_root), rules_root
    assert "site-packages" in rules_root.parts
    assert rules_root.parts[-2:] == ("jdlint", "_rules")
    assert not rules_root.resolve().is_relative_to(ROOT)
    assert module.resolve().is_relative_to(venv_root), module


def test_installed_rules_command(venv, settings):
    proc = _run([venv["jdlint"], "rules"], cwd=venv["cwd"])
    assert proc.returncode == 0, proc.stderr
    lines = [line for line in proc.stdout.splitlines() if line.strip()]
    assert len(lines) == len(settings.ruleset.rules)
    assert sorted(line.split()[0] for line in lines) == sorted(r.code for r in settings.ruleset.rules)


def test_installed_check_on_examples(venv):
    examples = ROOT / "examples"
    if not examples.is_dir():
        pytest.skip("no examples folder")
    proc = _run([venv["jdlint"], "check", examples], cwd=venv["cwd"])
    assert proc.returncode in (0, 1), proc.stdout + proc.stderr
    assert "Found " in proc.stdout


def test_installed_check_stdin(venv):
    proc = subprocess.run(
        [str(venv["jdlint"]), "check", "--select", "JD401", "-q", "-"],
        input="A rockstar.\n",
        capture_output=True,
        text=True,
        cwd=venv["cwd"],
        timeout=120,
    )
    assert proc.returncode == 1, proc.stderr
    assert proc.stdout.startswith("<stdin>:1:3: JD401 ")
