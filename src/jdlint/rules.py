"""Rules are YAML data: a header every rule shares plus the options of its check kind.

A rule pack is a YAML file with a ``rules:`` list (see ``rules/README.md``). Every ``*.yaml``
file directly under the bundled ``rules/`` folder is a pack, so adding a rule means adding one
entry to a pack (and its fixture); there is no central list to edit.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import Any

import yaml

from . import yamlutil
from .checks import KINDS, CheckKind
from .errors import RuleError
from .model import SECTION_KINDS
from .quoting import shorten
from .resources import rules_root

SEVERITIES = ("error", "warning", "info")
SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}
NOTE = "note"  # what a note rule's findings carry instead of a severity (see Rule.note)
CATEGORIES = ("structure", "skills", "readability", "clarity", "inclusion", "pay", "requirements", "title", "schema")
SCOPES = ("all", "title", "headings", "outside") + SECTION_KINDS
_CODE = re.compile(r"^JD\d{3}$")
_LANGUAGE = re.compile(r"^[a-z]{2}$")
_NAME = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")
HEADER_KEYS = {
    "code": "stable code such as JD401",
    "name": "kebab-case name",
    "kind": "check kind",
    "category": "category",
    "severity": "error, warning or info",
    "message": "finding message; may use {match}, {suggestion}, {replacement} and kind-specific fields",
    "summary": "one line: what the rule finds",
    "why": "why it matters (rule docs)",
    "sources": "list of sources",
    "scope": "title, headings, all, or section kinds",
    "exceptions": "phrases that cancel a match they overlap",
    "suggestion": "what to write instead",
    "examples": "bad and good examples (run as tests)",
    "enabled": "false to ship the rule switched off",
    "fix": "safe or unsafe: the rule's replacements can be applied by --fix (see rules/README.md)",
    "languages": "ISO 639-1 codes of the posting languages the rule holds for; absent means every language",
    "skip_boilerplate": "true to leave equal-opportunity, privacy and other legal boilerplate unchecked "
    "(the default of wording and readability kinds)",
    "note": "true for a rule that reports on jdlint's own run (checks skipped, no profile matched), not on "
    "the posting: its findings are notes, reported apart and never counted (see rules/README.md)",
}
FIX_VALUES = ("safe", "unsafe")


@dataclass
class Rule:
    code: str
    name: str
    kind: str
    category: str
    severity: str
    message: str
    summary: str
    why: str
    sources: list[str]
    scope: tuple[str, ...]
    exceptions: list[str]
    suggestion: str | None
    examples: dict[str, list[Example]]
    options: dict[str, Any]
    pack: str
    enabled: bool = True
    line: int = 0
    fix: str | None = None  # "safe" or "unsafe" when the rule's findings can carry a fix
    languages: tuple[str, ...] = ()  # posting languages the rule holds for; empty: every language
    source: str = ""  # the pack file the rule was read from
    skip_boilerplate: bool = False  # leave boilerplate paragraphs unchecked (facts.boilerplate)
    # A note says what jdlint did with the posting (checks it skipped), not what is wrong with it:
    # reported apart from findings, never counted, scored or a reason to exit 1.
    note: bool = False
    _check: CheckKind | None = field(default=None, repr=False, compare=False)

    @property
    def check(self) -> CheckKind:
        if self._check is None:
            self._check = KINDS[self.kind](self, self.options)
        return self._check

    def with_overrides(self, severity: str | None, options: dict[str, Any]) -> Rule:
        values = dict(self.options)
        values.update(options)
        return replace(self, severity=severity or self.severity, options=values, _check=None)

    @property
    def level(self) -> str:
        """What the rule reports as: its severity, or ``note``."""
        return NOTE if self.note else self.severity

    @cached_property
    def bundled(self) -> bool:
        """Whether the rule comes with jdlint (not from a pack a configuration added)."""
        return Path(self.source).parent == rules_root()

    @property
    def where(self) -> str:
        """``pack.yaml:LINE`` of the rule's entry, for messages about the rule itself."""
        return f"{self.source}:{self.line}" if self.line else self.source

    def holds_for(self, language: str) -> bool:
        """Whether the rule applies to a posting in ``language`` (an ISO 639-1 code)."""
        return not self.languages or language in self.languages

    def render(self, **fields: Any) -> str:
        """The message with ``{placeholders}`` filled in (unknown ones are left as they are). Text
        quoted from the posting (``match``, ``heading``) is cut to a few words so that the message
        fits one line; the finding's span still covers all of it."""

        def value(m: re.Match[str]) -> str:
            name = m.group(1)
            if name not in fields:
                return m.group(0)
            text = str(fields[name])
            return shorten(text) if name in _QUOTED else text

        return _FORMAT.sub(value, self.message)


_FORMAT = re.compile(r"\{(\w+)\}")
_QUOTED = frozenset({"match", "heading"})


def _fail(message: str, path: str, line: int | None) -> RuleError:
    return RuleError(message, path=path, line=line)


def parse_rule(entry: Any, *, pack: str, path: str, default_category: str | None) -> Rule:
    if not isinstance(entry, dict):
        raise _fail("each rule must be a mapping", path, getattr(entry, "line", None))
    line_of = entry.line_of if isinstance(entry, yamlutil.LineDict) else (lambda key: None)
    line = entry.line if isinstance(entry, yamlutil.LineDict) else None
    for key in ("code", "name", "kind", "message"):
        if not entry.get(key):
            raise _fail(f"rule is missing {key!r}", path, line)
    code, name, kind = str(entry["code"]), str(entry["name"]), str(entry["kind"])
    if not _CODE.match(code):
        raise _fail(f"rule code {code!r} must look like JD123", path, line_of("code"))
    if not _NAME.match(name):
        raise _fail(f"rule name {name!r} must be kebab-case", path, line_of("name"))
    if kind not in KINDS:
        raise _fail(f"{code}: unknown kind {kind!r}{yamlutil.did_you_mean(kind, KINDS)}", path, line_of("kind"))
    category = str(entry.get("category") or default_category or "")
    if category not in CATEGORIES:
        raise _fail(
            f"{code}: unknown category {category!r}{yamlutil.did_you_mean(category, CATEGORIES)}",
            path,
            line_of("category"),
        )
    note = entry.get("note", False)
    if not isinstance(note, bool):
        raise _fail(f"{code}: note must be true or false", path, line_of("note"))
    if note and "severity" in entry:
        raise _fail(
            f"{code}: a note has no severity (it never counts as a finding); drop 'severity'", path, line_of("severity")
        )
    severity = str(entry.get("severity", "info" if note else "warning"))
    if severity not in SEVERITIES:
        raise _fail(f"{code}: severity must be one of {', '.join(SEVERITIES)}", path, line_of("severity"))
    scope = entry.get("scope", ["all"])
    scope = [scope] if isinstance(scope, str) else list(scope)
    for item in scope:
        if item.lstrip("~") not in SCOPES:
            raise _fail(f"{code}: unknown scope {item!r}{yamlutil.did_you_mean(item, SCOPES)}", path, line_of("scope"))
    examples = entry.get("examples") or {}
    if not isinstance(examples, dict) or not examples.get("bad") or not examples.get("good"):
        raise _fail(f"{code}: rules need examples with at least one 'bad' and one 'good'", path, line_of("examples"))
    kind_cls = KINDS[kind]
    fix = entry.get("fix")
    if fix is not None and fix not in FIX_VALUES:
        raise _fail(f"{code}: fix must be 'safe' or 'unsafe', not {fix!r}", path, line_of("fix"))
    if fix is not None and note:
        raise _fail(f"{code}: a note says what jdlint did, so it has no fix", path, line_of("fix"))
    if fix is not None and not kind_cls.fixable:
        fixable = sorted(k for k, cls in KINDS.items() if cls.fixable)
        raise _fail(f"{code}: kind {kind!r} cannot produce fixes (only {', '.join(fixable)} can)", path, line_of("fix"))
    languages = entry.get("languages")
    if languages is not None:
        languages = [languages] if isinstance(languages, str) else languages
        if (
            not isinstance(languages, list)
            or not languages
            or not all(isinstance(c, str) and _LANGUAGE.match(c) for c in languages)
        ):
            raise _fail(
                f"{code}: languages must be a non-empty list of ISO 639-1 codes such as [en] or [en, de]",
                path,
                line_of("languages"),
            )
    skip_boilerplate = entry.get("skip_boilerplate", kind_cls.skips_boilerplate)
    if not isinstance(skip_boilerplate, bool):
        raise _fail(f"{code}: skip_boilerplate must be true or false", path, line_of("skip_boilerplate"))
    options = {}
    for key, value in entry.items():
        if key in HEADER_KEYS:
            continue
        if key not in kind_cls.options:
            allowed = list(HEADER_KEYS) + list(kind_cls.options)
            raise _fail(
                f"{code}: unknown key {key!r} for kind {kind!r}{yamlutil.did_you_mean(key, allowed)}",
                path,
                line_of(key),
            )
        options[key] = value
    merged = {k: v for k, v in kind_cls.options.items()}
    merged.update(options)
    rule = Rule(
        code=code,
        name=name,
        kind=kind,
        category=category,
        severity=severity,
        message=str(entry["message"]).strip(),
        summary=str(entry.get("summary", "")).strip(),
        why=str(entry.get("why", "")).strip(),
        sources=[str(s) for s in entry.get("sources") or []],
        scope=tuple(scope),
        exceptions=[str(e) for e in entry.get("exceptions") or []],
        suggestion=entry.get("suggestion"),
        examples={k: _examples(v, code, path, line_of("examples")) for k, v in examples.items()},
        options=merged,
        pack=pack,
        enabled=bool(entry.get("enabled", True)),
        line=line or 0,
        fix=fix,
        languages=tuple(languages or ()),
        source=path,
        skip_boilerplate=skip_boilerplate,
        note=note,
    )
    try:
        kind_cls.validate(rule)
    except (ValueError, TypeError) as exc:
        raise _fail(f"{code}: {exc}", path, line) from None
    return rule


@dataclass(frozen=True)
class Example:
    """A bad or good example; ``options`` override the rule's options for this example only
    (so that a long-posting rule can show a short example with a lower limit)."""

    text: str
    options: dict[str, Any] = field(default_factory=dict)

    @property
    def path(self) -> str:
        """A file name whose extension gives the example's format (HTML pages stay HTML)."""
        from .readers import detect_format

        return "example.html" if detect_format("example", self.text) == "html" else "example.md"


def _examples(value: Any, code: str, path: str, line: int | None) -> list[Example]:
    out = []
    for item in value if isinstance(value, list) else [value]:
        if isinstance(item, dict) and "text" in item:
            out.append(Example(str(item["text"]), dict(item.get("options") or {})))
        elif isinstance(item, str):
            out.append(Example(item))
        else:
            raise _fail(f"{code}: an example is text or a mapping with 'text' (and 'options')", path, line)
    return out


def load_pack(path: Path) -> list[Rule]:
    try:
        data = yamlutil.load(path.read_text(encoding="utf-8"), bundled=path.parent == rules_root())
    except OSError as exc:
        raise RuleError(f"cannot read rule pack: {exc.strerror}", path=str(path)) from None
    except yaml.YAMLError as exc:
        raise RuleError(
            f"invalid YAML: {getattr(exc, 'problem', exc)}", path=str(path), line=yamlutil.error_line(exc)
        ) from None
    if not isinstance(data, dict) or not isinstance(data.get("rules"), list):
        raise RuleError("a rule pack is a mapping with a 'rules:' list", path=str(path), line=1)
    pack = str(data.get("pack") or path.stem)
    return [
        parse_rule(entry, pack=pack, path=str(path), default_category=data.get("category")) for entry in data["rules"]
    ]


def bundled_pack_paths() -> list[Path]:
    root = rules_root()
    return sorted(p for p in root.glob("*.yaml") if p.name != "sections.yaml")


class RuleSet:
    """All known rules, by code and by name."""

    def __init__(self, rules: list[Rule]) -> None:
        self.rules = rules
        self.by_code: dict[str, Rule] = {}
        self.by_name: dict[str, Rule] = {}
        for rule in rules:
            for key, table in ((rule.code, self.by_code), (rule.name, self.by_name)):
                if key in table:
                    raise RuleError(f"duplicate rule {key!r} (packs {table[key].pack!r} and {rule.pack!r})")
                table[key] = rule

    @classmethod
    def load(cls, extra_packs: Iterable[Path] = ()) -> RuleSet:
        rules: list[Rule] = []
        for path in list(bundled_pack_paths()) + list(extra_packs):
            rules.extend(load_pack(path))
        return cls(rules)

    def find(self, ref: str) -> Rule | None:
        return self.by_code.get(ref.upper()) or self.by_name.get(ref.lower())

    def resolve(self, ref: str) -> list[Rule]:
        """Rules a selector names: a code, a code prefix (``JD4``), a name or a category."""
        rule = self.find(ref)
        if rule is not None:
            return [rule]
        if ref.lower() in CATEGORIES:
            return [r for r in self.rules if r.category == ref.lower()]
        if ref.upper().startswith("JD") and ref[2:].isdigit():
            return [r for r in self.rules if r.code.startswith(ref.upper())]
        if ref.lower() == "all":
            return list(self.rules)
        return []

    def is_known(self, ref: str) -> bool:
        """A selector that names something: a rule, a code prefix, or a category (even empty)."""
        return bool(self.resolve(ref)) or ref.lower() in CATEGORIES or ref.lower() == "all"

    def known_refs(self) -> list[str]:
        return list(self.by_code) + list(self.by_name) + list(CATEGORIES) + ["ALL"]

    @cached_property
    def codes(self) -> list[str]:
        return sorted(self.by_code)
