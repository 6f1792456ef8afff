"""Rule documentation generated from the rule definitions (``jdlint rule CODE``).

The "Example" section shows what jdlint really reports on the rule's bad example: the example is
linted while the page is generated, so the page cannot show a finding that does not fire.
"""

from __future__ import annotations

import textwrap

from .checks import KINDS
from .rules import Rule


def example_findings(rule: Rule, settings, example):
    from .engine import lint_source

    config = settings.for_path("example.md")
    shown = rule.with_overrides(None, example.options) if example.options else rule
    config.__dict__["rules"] = [shown]  # only the rule being documented
    return lint_source(example.text, example.path, config)


def _lang(example) -> str:
    return "html" if example.path.endswith(".html") else "markdown"


def _options_note(example) -> list[str]:
    if not example.options:
        return []
    settings = ", ".join(f"{k}: {v}" for k, v in example.options.items())
    return [f"(with the option {settings})", ""]


def _fixed_example(text: str, findings) -> list[str]:
    """What ``--fix --unsafe-fixes`` makes of a bad example (nothing when it has no fix)."""
    from .fixes import apply_findings

    fixed, applied, _ = apply_findings(text, findings, unsafe=True)
    if not applied:
        return []
    return ["`jdlint check --fix --unsafe-fixes` rewrites it to:", "", "```", fixed.rstrip(), "```", ""]


def _fix_safety(rule: Rule) -> list[str]:
    """The "Fix safety" section, from the rule's data (which phrases have which fix)."""
    lines = ["## Fix safety", ""]
    table = getattr(rule.check, "fix_table", None)
    if rule.fix is None or table is None:
        return lines + ["This rule has no automatic fix: the text needs rewriting by hand.", ""]
    groups: dict[str | None, list[str]] = {"safe": [], "unsafe": [], None: []}
    for phrase, replacement, applicability in table():
        groups[applicability].append(f"{phrase} → {replacement}" if applicability else phrase)
    lines += [
        textwrap.fill(
            "`jdlint check --fix` applies the safe fixes; `--unsafe-fixes` also applies the "
            "unsafe ones, which can change the meaning or the grammar around the words, so read "
            "the result. Fixes keep the capitalisation of the original (Chairman → Chair, "
            "CHAIRMAN → CHAIR).",
            width=96,
        ),
        "",
    ]
    for key, label in (("safe", "Safe fixes"), ("unsafe", "Unsafe fixes"), (None, "No fix (suggestion only)")):
        if groups[key]:
            lines += [textwrap.fill(f"{label}: " + ", ".join(groups[key]), width=96), ""]
    lines += [
        textwrap.fill(
            "A plural of a listed phrase gets the plural of its replacement as an unsafe fix. "
            "Other inflected forms and matches with markup or a line break inside get no fix; "
            'a fix that would leave a wrong "a" or "an" before the word is unsafe.',
            width=96,
        ),
        "",
    ]
    return lines


def rule_doc(rule: Rule, settings) -> str:
    kind = KINDS[rule.kind]
    lines = [f"# {rule.name} ({rule.code})", ""]
    level = (
        "Reported as: note (about jdlint's run, not a finding)" if rule.note else f"Default severity: {rule.severity}"
    )
    lines.append(
        f"Category: {rule.category} · Kind: {rule.kind} · {level}"
        + ("" if rule.enabled else " · off by default (enable with select)")
    )
    lines += [
        "",
        "## What it does",
        "",
        rule.summary or kind.summary,
        "",
        "## Why is this bad?" if not rule.note else "## Why jdlint says so",
        "",
        rule.why or "(no rationale given)",
        "",
    ]
    if rule.note:
        lines += [
            "## A note, not a finding",
            "",
            textwrap.fill(
                "This rule says what jdlint did with the posting, not what is wrong with it. Its "
                "messages are notes: reported after a file's findings (`path: note: CODE message`), "
                "in the JSON report's `notes`, as SARIF tool notifications and in the job summary, "
                "never counted as findings, never in the score and never a reason to exit 1. "
                "`--select`, `--ignore` and disable comments apply to it as to any rule; "
                "`--quiet` hides it.",
                width=96,
            ),
            "",
        ]
    for i, bad in enumerate(rule.examples.get("bad", [])):
        lines += ["## Example" if i == 0 else "", ""] + _options_note(bad)
        lines += [f"```{_lang(bad)}", bad.text.rstrip(), "```", ""]
        result = example_findings(rule, settings, bad)
        lines.append("jdlint reports:")
        lines.append("")
        for f in result.findings:
            lines.append(f"    {result.path}:{f.line}:{f.column}: {f.code} {f.severity} {f.message}")
        for f in result.notes:
            lines.append(f"    {result.path}: note: {f.code} {f.message}")
        lines.append("")
        lines += _fixed_example(bad.text, result.findings)
    lines += ["## Use instead", ""]
    for good in rule.examples.get("good", []):
        lines += _options_note(good) + [f"```{_lang(good)}", good.text.rstrip(), "```", ""]
    options = {k: v for k, v in rule.options.items() if k not in ("phrases", "swap", "explain")}
    if options:
        lines += ["## Options", "", "Set in config as `rules: {" + rule.code + ": {option: value}}`.", ""]
        for key, value in options.items():
            lines.append(f"- `{key}`: {value!r} (default for the kind: {kind.options.get(key)!r})")
        lines.append("")
    if "phrases" in rule.options or "swap" in rule.options:
        terms = rule.options.get("swap") or rule.options.get("phrases") or []
        shown = (
            [
                f"{k} → {v.get('suggestion') or v.get('replacement') if isinstance(v, dict) else v}"
                for k, v in terms.items()
            ]
            if isinstance(terms, dict)
            else [t["phrase"] if isinstance(t, dict) else t for t in terms]
        )
        lines += ["## Phrases", "", textwrap.fill(", ".join(shown), width=96), ""]
    lines += _fix_safety(rule)
    if rule.exceptions:
        lines += ["## Exceptions", "", ", ".join(rule.exceptions), ""]
    if rule.scope != ("all",):
        lines += ["## Scope", "", "Sections: " + ", ".join(rule.scope), ""]
    if rule.skip_boilerplate:
        lines += [
            "## Boilerplate",
            "",
            textwrap.fill(
                "Not checked in boilerplate: equal-opportunity, accommodation, privacy, background-check, "
                'right-to-work and other legal notices, and "only those selected will be contacted" notices, '
                "recognised by what they say in every supported language (`jdlint parse --output-format json` "
                "lists them under facts.boilerplate).",
                width=96,
                break_on_hyphens=False,
            ),
            "",
        ]
    if rule.sources:
        lines += ["## Sources", ""] + [f"- {s}" for s in rule.sources] + [""]
    return "\n".join(lines).rstrip() + "\n"
