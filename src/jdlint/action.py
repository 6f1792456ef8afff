"""The GitHub Action's entry point (``python -m jdlint.action``, see ``action.yml``).

It reads its inputs from ``JDLINT_*`` environment variables (never from ``${{ }}`` in a shell
script), lints the posting files a pull request changes (or the given paths), prints workflow
commands for annotations, appends a Markdown table per posting to ``$GITHUB_STEP_SUMMARY``,
optionally writes a SARIF file, and exits like ``jdlint check``.
"""

from __future__ import annotations

import html
import json
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from .readers import POSTING_EXTENSIONS
from .rules import SEVERITY_RANK

_TOP_FINDINGS = 5


@dataclass
class Inputs:
    paths: list[str] = field(default_factory=list)
    changed_only: bool = True
    config: str = ""
    fail_level: str = "warning"
    sarif_file: str = ""
    summary: bool = True

    @classmethod
    def from_env(cls, env: dict[str, str]) -> Inputs:
        def flag(name: str, default: bool) -> bool:
            value = env.get(name, "").strip().lower()
            return default if not value else value in ("true", "1", "yes", "on")

        level = env.get("JDLINT_FAIL_LEVEL", "").strip().lower() or "warning"
        if level not in SEVERITY_RANK:
            raise ValueError(f"fail-level must be error, warning or info, not {level!r}")
        return cls(
            paths=env.get("JDLINT_PATHS", "").split(),
            changed_only=flag("JDLINT_CHANGED_ONLY", True),
            config=env.get("JDLINT_CONFIG", "").strip(),
            fail_level=level,
            sarif_file=env.get("JDLINT_SARIF_FILE", "").strip(),
            summary=flag("JDLINT_SUMMARY", True),
        )


def pull_request_base(env: dict[str, str]) -> str | None:
    """The base commit of the pull request that triggered the run, from the event payload."""
    if env.get("GITHUB_EVENT_NAME") not in ("pull_request", "pull_request_target"):
        return None
    path = env.get("GITHUB_EVENT_PATH")
    if not path or not Path(path).is_file():
        return None
    event = json.loads(Path(path).read_text(encoding="utf-8"))
    return ((event.get("pull_request") or {}).get("base") or {}).get("sha")


def changed_files(base: str, cwd: Path) -> list[str]:
    """Posting files added, copied, modified or renamed since ``base`` (three-dot: the PR's own changes)."""
    result = subprocess.run(
        ["git", "diff", "--name-only", "--diff-filter=ACMR", f"{base}...HEAD", "--"],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(
            f"git diff against the pull request base failed: {result.stderr.strip()} (check out with fetch-depth: 0)"
        )
    return [line for line in result.stdout.splitlines() if line.lower().endswith(POSTING_EXTENSIONS)]


def within(path: str, roots: list[str]) -> bool:
    if not roots:
        return True
    p = Path(path)
    return any(p == Path(r) or Path(r) in p.parents for r in roots)


def summary_markdown(report: dict, *, changed_only: bool) -> str:
    """The job summary from a JSON report: one row per posting (score, findings by category),
    then its most severe findings."""
    files = report.get("files", [])
    lines = ["## jdlint", ""]
    if not files:
        what = "changed posting files" if changed_only else "posting files"
        return "\n".join(lines + [f"No {what} to lint.", ""])
    categories = sorted({f["category"] for r in files for f in r["findings"]})
    header = ["posting", "score", "findings"] + categories
    lines.append("| " + " | ".join(header) + " |")
    lines.append("|" + "---|" * len(header))
    for r in files:
        if r.get("error"):
            cells = [_code(r["path"]), "-", "error: " + _cell(r["error"]["message"])] + [""] * len(categories)
        else:
            counts = {c: sum(1 for f in r["findings"] if f["category"] == c) for c in categories}
            score = "-" if r.get("score") is None else str(r["score"])
            cells = [_code(r["path"]), score, str(len(r["findings"]))] + [str(counts[c] or "") for c in categories]
        lines.append("| " + " | ".join(cells) + " |")
    lines.append("")
    for r in files:
        findings = r["findings"]
        if not findings:
            continue
        top = sorted(findings, key=lambda f: (-SEVERITY_RANK[f["severity"]], f["line"], f["column"]))[:_TOP_FINDINGS]
        lines.append(f"<details><summary>{_code(r['path'])}: {len(findings)} findings</summary>")
        lines.append("")
        for f in top:
            lines.append(f"- **{f['severity']}** line {f['line']}: `{f['code']}` {_cell(f['message'])}")
        if len(findings) > len(top):
            lines.append(f"- ... and {len(findings) - len(top)} more (see the annotations or the SARIF report)")
        lines.extend(["", "</details>", ""])
    # Notes say what jdlint did (checks skipped for a language, no title found): listed here, apart
    # from the findings, and never annotated on the posting (see jdlint.output.github).
    notes = [(r["path"], n) for r in files for n in r.get("notes", [])]
    if notes:
        lines.append(
            f"<details><summary>{len(notes)} note{'s' * (len(notes) != 1)} about the run (not findings)</summary>"
        )
        lines.append("")
        for path, n in notes:
            lines.append(f"- {_code(path)}: `{n['code']}` {_cell(n['message'])}")
        lines.extend(["", "</details>", ""])
    return "\n".join(lines)


def _cell(text: str) -> str:
    """Text for a Markdown table cell or list item: HTML escaped, and no character that would
    end the cell or the line, open a code span or mention someone."""
    return (
        _html(text)
        .replace("|", "\\|")
        .replace("`", "&#96;")
        .replace("@", "&#64;")
        .replace("\r", " ")
        .replace("\n", " ")
    )


def _code(path: str) -> str:
    """A file name as code: <code> with escaped text, since a name may itself hold backticks."""
    return f"<code>{_cell(path)}</code>"


def _html(text: str) -> str:
    return html.escape(text, quote=False)


def set_output(env: dict[str, str], name: str, value: str) -> None:
    path = env.get("GITHUB_OUTPUT")
    if path:
        with open(path, "a", encoding="utf-8") as handle:
            handle.write(f"{name}={value}\n")


def main(env: dict[str, str] | None = None) -> int:
    env = dict(os.environ if env is None else env)
    try:
        inputs = Inputs.from_env(env)
    except ValueError as exc:
        print(f"::error title=jdlint::{exc}")
        return 2
    workspace = Path(env.get("GITHUB_WORKSPACE") or Path.cwd())
    base = pull_request_base(env) if inputs.changed_only else None
    args = ["check", "--output-format", "github", "--fail-level", inputs.fail_level, "--force-exclude"]
    if inputs.config:
        args += ["--config", inputs.config]
    if base:
        try:
            paths = [p for p in changed_files(base, workspace) if within(p, inputs.paths)]
        except RuntimeError as exc:
            print(f"::error title=jdlint::{exc}")
            return 2
        args += ["--diff-base", base]
    else:
        paths = inputs.paths or ["."]
    with tempfile.TemporaryDirectory() as tmp:
        json_report = Path(tmp) / "jdlint.json"
        args += ["--report", f"json:{json_report}"]
        if inputs.sarif_file:
            args += ["--report", f"sarif:{inputs.sarif_file}"]
        if paths:
            code = subprocess.run(
                [sys.executable, "-m", "jdlint", *args, "--", *paths], cwd=workspace, env=env, check=False
            ).returncode
            report = json.loads(json_report.read_text(encoding="utf-8")) if json_report.is_file() else {}
        else:
            code, report = 0, {"files": []}
            print("::notice title=jdlint::The pull request changes no posting files.")
            if inputs.sarif_file:  # an empty report, so that an upload step still finds its file
                from .output import render, write_report

                write_report(Path(workspace, inputs.sarif_file), render("sarif", []))
    findings = sum(len(f["findings"]) for f in report.get("files", []))
    set_output(env, "findings", str(findings))
    if inputs.sarif_file:
        set_output(env, "sarif-file", inputs.sarif_file)
    if inputs.summary and env.get("GITHUB_STEP_SUMMARY") and report:
        with open(env["GITHUB_STEP_SUMMARY"], "a", encoding="utf-8") as handle:
            handle.write(summary_markdown(report, changed_only=bool(base)) + "\n")
    return code


if __name__ == "__main__":  # pragma: no cover - exercised through tests/test_action.py
    sys.exit(main())
