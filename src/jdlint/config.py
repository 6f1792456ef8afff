"""Configuration: ``.jdlint.yaml`` / ``.jdlint.yml`` / ``[tool.jdlint]`` in ``pyproject.toml``.

The closest file upward from a linted file wins (no implicit merging); ``--config`` names one
explicitly. Every key is validated: an error names the file, the line and the key, with a
"did you mean" for typos.
"""

from __future__ import annotations

import fnmatch
import os
import re
import sys
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

import yaml

from . import yamlutil
from .errors import ConfigError
from .model import SECTION_KINDS
from .rules import SEVERITIES, Rule, RuleSet

CONFIG_FILES = (".jdlint.yaml", ".jdlint.yml")
_LIST = "list of strings"
_SCHEMA: dict[str, str] = {
    "select": _LIST,
    "ignore": _LIST,
    "severity": "mapping of rule to error/warning/info",
    "rules": "mapping of rule to options",
    "required_sections": _LIST,
    "role": "string",
    "language": "ISO 639-1 language code (en, de, fr, ...) of the postings; detected when absent",
    "packs": _LIST,
    "roles": _LIST,
    "sections": "mapping",
    "overrides": "list of mappings",
    "fail_level": "error, warning or info",
    "exclude": _LIST,
    "nlp": "mapping",
    "jurisdictions": "list of jurisdiction ids (US-CO, CA-ON, ...)",
    "score": "mapping with weights, penalties, completeness, floor, full_at and legal_cap",
    "max_file_size": "largest posting file read, in bytes or as 10MB / 512KB (default 10MB)",
}
# A note reports on jdlint's run, never counts and so has no severity to set.
_NOTE_SEVERITY = "{ref!r} is a note about jdlint's run, not a finding: it has no severity (select or ignore it instead)"
_OVERRIDE_KEYS = ("files", "select", "ignore", "severity", "rules", "required_sections", "role", "language")


@dataclass
class Settings:
    """The validated contents of one configuration file (or the defaults)."""

    path: str | None = None
    base_dir: Path = field(default_factory=Path.cwd)
    data: dict[str, Any] = field(default_factory=dict)

    def get(self, key: str, default: Any = None) -> Any:
        return self.data.get(key, default)

    @cached_property
    def ruleset(self) -> RuleSet:
        return _ruleset(tuple(str(self.base_dir / p) for p in self.get("packs", [])))

    @cached_property
    def roles(self):
        return _roles(tuple(str(self.base_dir / p) for p in self.get("roles", [])))

    @cached_property
    def vocabulary(self):
        headings = (self.get("sections") or {}).get("headings") or {}
        return _vocabulary(tuple((k, tuple(v)) for k, v in sorted(headings.items())))

    @property
    def model(self) -> str:
        from .nlp import BLANK

        return str((self.get("nlp") or {}).get("model") or BLANK)

    def for_path(self, path: str, cli: CliOptions | None = None) -> Config:
        """The effective configuration for one linted file: overrides applied, CLI on top."""
        layers = [self.data]
        rel = _relative(path, self.base_dir)
        for override in self.get("overrides", []):
            if any(fnmatch.fnmatch(rel, g) or fnmatch.fnmatch(os.path.basename(path), g) for g in override["files"]):
                layers.append(override)
        return Config(self, layers, cli or CliOptions())

    def excluded(self, path: str) -> bool:
        rel = _relative(path, self.base_dir)
        return any(
            fnmatch.fnmatch(rel, g) or fnmatch.fnmatch(os.path.basename(path), g) for g in self.get("exclude", [])
        )


@lru_cache(maxsize=8)
def _ruleset(packs: tuple[str, ...]) -> RuleSet:
    return RuleSet.load([Path(p) for p in packs])


@lru_cache(maxsize=8)
def _roles(dirs: tuple[str, ...]):
    from .roles import RoleCatalog

    return RoleCatalog.load([Path(d) for d in dirs])


@lru_cache(maxsize=8)
def _vocabulary(headings: tuple[tuple[str, tuple[str, ...]], ...]):
    from .sections import Vocabulary, default_vocabulary

    return Vocabulary.load({k: list(v) for k, v in headings}) if headings else default_vocabulary()


def _relative(path: str, base: Path) -> str:
    from .sourcefile import resolved

    try:
        return resolved(Path(path)).relative_to(base.resolve()).as_posix()
    except ValueError:
        return Path(path).as_posix()


@dataclass
class CliOptions:
    select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    role: str | None = None
    title: str | None = None  # the job title, for postings that do not state it (--title)
    language: str | None = None  # ISO 639-1 code from --language
    max_file_size: int | None = None  # bytes, from --max-file-size


class Config:
    """Everything a lint run of one file needs: rules with severities and options, role, sections."""

    def __init__(self, settings: Settings, layers: list[dict[str, Any]], cli: CliOptions) -> None:
        self.settings = settings
        self.layers = layers
        self.cli = cli

    def _last(self, key: str, default: Any = None) -> Any:
        for layer in reversed(self.layers):
            if key in layer:
                return layer[key]
        return default

    @property
    def roles(self):
        return self.settings.roles

    @property
    def vocabulary(self):
        return self.settings.vocabulary

    @property
    def role(self) -> str | None:
        return self.cli.role or self._last("role")

    @property
    def language(self) -> str | None:
        """The postings' language when given (CLI, then config); None means detect it."""
        from .facts.language import parse_code

        value = self.cli.language or self._last("language")
        return parse_code(value) if value else None

    @property
    def max_file_size(self) -> int:
        """Largest file read, in bytes: --max-file-size, else the config's, else the default."""
        from .sourcefile import DEFAULT_MAX_FILE_SIZE, parse_size

        if self.cli.max_file_size:
            return self.cli.max_file_size
        value = self.settings.get("max_file_size")
        return parse_size(value) if value is not None else DEFAULT_MAX_FILE_SIZE

    @property
    def required_sections(self) -> list[str] | None:
        return self._last("required_sections")

    @cached_property
    def score_settings(self):
        from .score import ScoreSettings

        return ScoreSettings.from_config(self.settings.get("score"))

    @cached_property
    def rules(self) -> list[Rule]:
        ruleset = self.settings.ruleset
        active = {r.code: r for r in ruleset.rules if r.enabled}
        for layer in self.layers:
            for ref in layer.get("select", []) or []:
                active.update({r.code: r for r in ruleset.resolve(ref)})
            for ref in layer.get("ignore", []) or []:
                for r in ruleset.resolve(ref):
                    active.pop(r.code, None)
        if self.cli.select:
            active = {r.code: r for ref in self.cli.select for r in ruleset.resolve(ref)}
        for ref in self.cli.ignore:
            for r in ruleset.resolve(ref):
                active.pop(r.code, None)
        out = []
        for _code, rule in sorted(active.items()):
            severity, options = None, {}
            for layer in self.layers:
                for ref, level in (layer.get("severity") or {}).items():
                    if rule in ruleset.resolve(ref):
                        severity = level
                for ref, opts in (layer.get("rules") or {}).items():
                    if rule in ruleset.resolve(ref):
                        opts = dict(opts)
                        severity = opts.pop("severity", severity)
                        options.update(opts)
            out.append(rule.with_overrides(severity, options) if severity or options else rule)
        return out


# --- discovery ---------------------------------------------------------------------------------


def find_config_file(start: Path) -> Path | None:
    """The closest config file in ``start`` or its parents (pyproject.toml only with [tool.jdlint])."""
    directory = start if start.is_dir() else start.parent
    directory = directory.resolve()
    for folder in (directory, *directory.parents):
        for name in CONFIG_FILES:
            candidate = folder / name
            if candidate.is_file():
                return candidate
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and re.search(r"^\[tool\.jdlint[\].]", _read(pyproject), re.M):
            return pyproject
        if (folder / ".git").exists():
            break
    return None


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise ConfigError(f"cannot read config: {exc.strerror}", path=str(path)) from None
    except UnicodeDecodeError:
        raise ConfigError("config is not valid UTF-8", path=str(path)) from None


@lru_cache(maxsize=64)
def load_settings(path: str | None) -> Settings:
    """Read and validate a config file; ``None`` gives the defaults."""
    if path is None:
        return Settings()
    file = Path(path)
    text = _read(file)
    if file.name == "pyproject.toml":
        data, line_of = _from_pyproject(text, path)
    else:
        try:
            data = yamlutil.load(text)
        except yaml.YAMLError as exc:
            raise ConfigError(
                f"invalid YAML: {getattr(exc, 'problem', None) or exc}", path=path, line=yamlutil.error_line(exc)
            ) from None
        data = data if data is not None else yamlutil.LineDict()
        line_of = _line_lookup(data)
    if not isinstance(data, dict):
        raise ConfigError("the configuration must be a mapping of keys to values", path=path, line=1)
    settings = Settings(path=path, base_dir=file.parent.resolve(), data=dict(data))
    _validate(settings, data, line_of)
    return settings


def _line_lookup(data: Any):
    def line_of(*keys: Any) -> int | None:
        node, line = data, getattr(data, "line", None)
        for key in keys:
            if isinstance(node, yamlutil.LineDict):
                line = node.line_of(str(key)) if key in node else node.line
                node = node.get(key)
            elif isinstance(node, list) and isinstance(key, int) and key < len(node):
                node = node[key]
                line = getattr(node, "line", line)
            else:
                break
        return line

    return line_of


def _from_pyproject(text: str, path: str):
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # Python 3.10
        import tomli as tomllib
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"invalid TOML: {exc}", path=path) from None
    data = doc.get("tool", {}).get("jdlint", {})
    lines = text.splitlines()

    def line_of(*keys: Any) -> int | None:
        # tomllib keeps no positions: find the key's first line inside the [tool.jdlint] tables.
        inside = False
        name = next((k for k in reversed(keys) if isinstance(k, str)), None)
        for number, line in enumerate(lines, 1):
            stripped = line.strip()
            if stripped.startswith("["):
                inside = stripped.startswith("[tool.jdlint")
                if inside and name and name in stripped:
                    return number
                continue
            if inside and name and re.match(rf"[\"']?{re.escape(name)}[\"']?\s*=", stripped):
                return number
        return None

    return data, line_of


def _validate(settings: Settings, data: dict, line_of) -> None:
    path = settings.path

    def fail(message: str, *keys: Any) -> ConfigError:
        return ConfigError(message, path=path, line=line_of(*keys))

    ruleset = None

    def check_refs(refs: Any, *keys: Any) -> None:
        nonlocal ruleset
        if not isinstance(refs, list) or not all(isinstance(r, str) for r in refs):
            raise fail(f"{'.'.join(map(str, keys))} must be a {_LIST}", *keys)
        ruleset = ruleset or settings.ruleset
        for i, ref in enumerate(refs):
            if not ruleset.is_known(ref):
                raise fail(
                    f"unknown rule {ref!r} in {keys[-1]}{yamlutil.did_you_mean(ref, ruleset.known_refs())}", *keys, i
                )

    def check_rule_map(mapping: Any, key: str, *prefix: Any) -> None:
        nonlocal ruleset
        if not isinstance(mapping, dict):
            raise fail(f"{key} must be a mapping of rule code or name to a value", *prefix, key)
        ruleset = ruleset or settings.ruleset
        for ref, value in mapping.items():
            rules = ruleset.resolve(str(ref))
            if not rules:
                raise fail(
                    f"unknown rule {ref!r} in {key}{yamlutil.did_you_mean(str(ref), ruleset.known_refs())}",
                    *prefix,
                    key,
                    ref,
                )
            if key == "severity":
                if value not in SEVERITIES:
                    raise fail(f"severity of {ref!r} must be one of {', '.join(SEVERITIES)}", *prefix, key, ref)
                if all(r.note for r in rules):
                    raise fail(_NOTE_SEVERITY.format(ref=ref), *prefix, key, ref)
                continue
            if not isinstance(value, dict):
                raise fail(f"options of {ref!r} must be a mapping", *prefix, key, ref)
            for opt, opt_value in value.items():
                if opt == "severity":
                    if opt_value not in SEVERITIES:
                        raise fail(
                            f"severity of {ref!r} must be one of {', '.join(SEVERITIES)}", *prefix, key, ref, opt
                        )
                    if all(r.note for r in rules):
                        raise fail(_NOTE_SEVERITY.format(ref=ref), *prefix, key, ref, opt)
                    continue
                for rule in rules:
                    from .checks import KINDS

                    allowed = KINDS[rule.kind].options
                    if opt not in allowed:
                        raise fail(
                            f"unknown option {opt!r} for rule {rule.code} ({rule.name})"
                            f"{yamlutil.did_you_mean(opt, list(allowed) + ['severity'])}",
                            *prefix,
                            key,
                            ref,
                            opt,
                        )
                    try:
                        KINDS[rule.kind].validate(rule.with_overrides(None, {opt: opt_value}))
                    except (ValueError, TypeError) as exc:
                        raise fail(f"option {opt!r} of {rule.code}: {exc}", *prefix, key, ref, opt) from None

    def check_sections(value: Any, *keys: Any) -> None:
        if not isinstance(value, list) or any(v not in SECTION_KINDS for v in value):
            bad = next((v for v in value if v not in SECTION_KINDS), value) if isinstance(value, list) else value
            raise fail(
                f"unknown section kind {bad!r}{yamlutil.did_you_mean(str(bad), SECTION_KINDS)}"
                f" (known: {', '.join(SECTION_KINDS)})",
                *keys,
            )

    def check_role(value: Any, *keys: Any) -> None:
        if not isinstance(value, str) or settings.roles.get(value) is None:
            known = sorted(settings.roles.roles)
            raise fail(f"unknown role {value!r}{yamlutil.did_you_mean(str(value), known)}", *keys)

    def check_language(value: Any, *keys: Any) -> None:
        from .facts.language import parse_code

        if parse_code(value) is None:
            raise fail(f"{keys[-1]} must be an ISO 639-1 language code such as en, de or fr, not {value!r}", *keys)

    def check_jurisdictions(value: Any, *keys: Any) -> None:
        from .facts.jurisdiction import known_ids  # the table in rules/data/jurisdictions.yaml

        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise fail(f"{keys[-1]} must be a {_LIST} (ids such as US-CO, CA-ON)", *keys)
        known = known_ids()
        for i, item in enumerate(value):
            if item not in known:
                raise fail(
                    f"unknown jurisdiction {item!r}{yamlutil.did_you_mean(item, known)} (known: {', '.join(known)})",
                    *keys,
                    i,
                )

    for key, value in data.items():
        if key not in _SCHEMA:
            raise fail(f"unknown key {key!r}{yamlutil.did_you_mean(str(key), _SCHEMA)}", key)
        if key in ("packs", "roles", "exclude"):
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise fail(f"{key} must be a {_LIST}", key)
            if key != "exclude":
                for i, item in enumerate(value):
                    if not (settings.base_dir / item).exists():
                        raise fail(f"{key}: {item!r} does not exist (paths are relative to the config file)", key, i)
    for key in ("packs", "roles"):
        if key in data:
            try:
                _ = settings.ruleset if key == "packs" else settings.roles  # loading them is the check
            except Exception as exc:  # a broken user pack: report it as a config error
                raise fail(f"{key}: {exc}", key) from None
    if "select" in data:
        check_refs(data["select"], "select")
    if "ignore" in data:
        check_refs(data["ignore"], "ignore")
    if "severity" in data:
        check_rule_map(data["severity"], "severity")
    if "rules" in data:
        check_rule_map(data["rules"], "rules")
    if "required_sections" in data:
        check_sections(data["required_sections"], "required_sections")
    if "role" in data:
        check_role(data["role"], "role")
    if "language" in data:
        check_language(data["language"], "language")
    if "fail_level" in data and data["fail_level"] not in SEVERITIES:
        raise fail(f"fail_level must be one of {', '.join(SEVERITIES)}", "fail_level")
    if "max_file_size" in data:
        from .sourcefile import parse_size

        try:
            parse_size(data["max_file_size"])
        except ValueError as exc:
            raise fail(f"max_file_size: {exc}", "max_file_size") from None
    if "jurisdictions" in data:
        check_jurisdictions(data["jurisdictions"], "jurisdictions")
    if "nlp" in data:
        nlp = data["nlp"]
        if not isinstance(nlp, dict) or set(nlp) - {"model"}:
            raise fail("nlp takes one key, 'model' (an installed spaCy pipeline name)", "nlp")
    if "sections" in data:
        sections = data["sections"]
        if not isinstance(sections, dict) or set(sections) - {"headings"}:
            raise fail("sections takes one key, 'headings' (a mapping of section kind to extra headings)", "sections")
        for kind, headings in (sections.get("headings") or {}).items():
            if kind not in SECTION_KINDS:
                raise fail(
                    f"unknown section kind {kind!r}{yamlutil.did_you_mean(str(kind), SECTION_KINDS)}",
                    "sections",
                    "headings",
                    kind,
                )
            if not isinstance(headings, list):
                raise fail(f"sections.headings.{kind} must be a {_LIST}", "sections", "headings", kind)
    if "score" in data:
        from .rules import CATEGORIES
        from .score import DEFAULT_COMPLETENESS

        score = data["score"]
        keys = {"weights", "penalties", "completeness", "floor", "full_at", "legal_cap"}
        if not isinstance(score, dict) or set(score) - keys:
            raise fail(
                "score takes 'weights' (category: number), 'penalties' (severity: number), 'completeness' "
                "(element: number), 'floor', 'full_at' and 'legal_cap' (numbers)",
                "score",
            )
        for key in ("floor", "full_at", "legal_cap"):
            value = score.get(key)
            if value is not None and (isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0):
                raise fail(f"score.{key} must be a number >= 0", "score", key)
        tables = (("weights", CATEGORIES), ("penalties", SEVERITIES), ("completeness", DEFAULT_COMPLETENESS))
        for key, allowed in tables:
            for name, value in (score.get(key) or {}).items():
                if name not in allowed:
                    raise fail(
                        f"unknown {key[:-1]} {name!r} in score.{key}{yamlutil.did_you_mean(str(name), allowed)}",
                        "score",
                        key,
                        name,
                    )
                if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
                    raise fail(f"score.{key}.{name} must be a number >= 0", "score", key, name)
    if "overrides" in data:
        overrides = data["overrides"]
        if not isinstance(overrides, list):
            raise fail("overrides must be a list of mappings with 'files'", "overrides")
        for i, override in enumerate(overrides):
            if not isinstance(override, dict) or not override.get("files"):
                raise fail("each override needs 'files' (a list of glob patterns)", "overrides", i)
            for key in override:
                if key not in _OVERRIDE_KEYS:
                    raise fail(
                        f"unknown key {key!r} in overrides{yamlutil.did_you_mean(str(key), _OVERRIDE_KEYS)}",
                        "overrides",
                        i,
                        key,
                    )
            if isinstance(override["files"], str):
                override["files"] = [override["files"]]
            for key in ("select", "ignore"):
                if key in override:
                    check_refs(override[key], "overrides", i, key)
            for key in ("severity", "rules"):
                if key in override:
                    check_rule_map(override[key], key, "overrides", i)
            if "required_sections" in override:
                check_sections(override["required_sections"], "overrides", i, "required_sections")
            if "role" in override:
                check_role(override["role"], "overrides", i, "role")
            if "language" in override:
                check_language(override["language"], "overrides", i, "language")
