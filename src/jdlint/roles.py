"""Role profiles (``rules/roles/*.yaml``): title aliases and must-have skill groups.

A posting's role comes from front matter or config when given, else from its title: the title
is normalised (lower case, punctuation to spaces, abbreviations expanded, seniority words
dropped) and the profile with the longest alias found in it as a whole-word sequence wins.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import yaml

from . import yamlutil
from .errors import RuleError
from .matching import Phrase, PhraseMatcher
from .resources import rules_root


@dataclass
class SkillGroup:
    id: str
    name: str
    why: str
    terms: list[Phrase]
    # Every term is a name that reads the same in any language (Python, PostgreSQL, Kubernetes):
    # the group is checked in postings of every language, not only English ones.
    language_neutral: bool = False

    @cached_property
    def matcher(self) -> PhraseMatcher:
        return PhraseMatcher(self.terms, inflect=True)


@dataclass
class Role:
    id: str
    name: str
    description: str
    titles: list[str]
    must_have: list[SkillGroup]
    nice_to_have: list[SkillGroup]
    sources: list[str] = field(default_factory=list)
    path: str = ""

    def must_have_for(self, language: str) -> list[SkillGroup]:
        """The must-have groups a posting in ``language`` can be checked for: all of them in
        English, only the language-neutral ones (technology names) in other languages, whose
        wording the English terms would miss."""
        return self.must_have if language == "en" else [g for g in self.must_have if g.language_neutral]


def _groups(raw: Any, path: str, role_id: str, key: str) -> list[SkillGroup]:
    groups = []
    for entry in raw or []:
        if not isinstance(entry, dict) or not entry.get("id") or not entry.get("any"):
            raise RuleError(
                f"role {role_id!r}: each {key} group needs 'id' and a non-empty 'any' list",
                path=path,
                line=getattr(entry, "line", None),
            )
        terms = []
        for term in entry["any"]:
            if isinstance(term, dict):
                terms.append(Phrase(str(term["term"]), entry["id"], bool(term.get("case_sensitive"))))
            else:
                terms.append(Phrase(str(term), entry["id"]))
        groups.append(
            SkillGroup(
                str(entry["id"]),
                str(entry.get("name") or entry["id"]),
                str(entry.get("why") or "").strip(),
                terms,
                language_neutral=bool(entry.get("language_neutral")),
            )
        )
    return groups


def load_role(path: Path) -> Role:
    try:
        data = yamlutil.load(path.read_text(encoding="utf-8"), bundled=path.parent == rules_root() / "roles")
    except OSError as exc:
        raise RuleError(f"cannot read role profile: {exc.strerror}", path=str(path)) from None
    except yaml.YAMLError as exc:
        raise RuleError(
            f"invalid YAML: {getattr(exc, 'problem', exc)}", path=str(path), line=yamlutil.error_line(exc)
        ) from None
    if not isinstance(data, dict) or not data.get("id") or not data.get("titles"):
        raise RuleError("a role profile needs 'id', 'name', 'titles' and 'must_have'", path=str(path), line=1)
    role_id = str(data["id"])
    return Role(
        id=role_id,
        name=str(data.get("name") or role_id),
        description=str(data.get("description") or ""),
        titles=[str(t) for t in data["titles"]],
        must_have=_groups(data.get("must_have"), str(path), role_id, "must_have"),
        nice_to_have=_groups(data.get("nice_to_have"), str(path), role_id, "nice_to_have"),
        sources=[str(s) for s in data.get("sources") or []],
        path=str(path),
    )


@dataclass
class TitleRules:
    seniority: list[str]
    abbreviations: dict[str, str]

    def normalize(self, title: str) -> str:
        text = re.sub(r"[^\w ]+|_", " ", title.lower())
        words = text.split()
        words = " ".join(self.abbreviations.get(w, w) for w in words).split()
        text = " " + " ".join(words) + " "
        for phrase in sorted(self.seniority, key=len, reverse=True):
            text = text.replace(f" {phrase} ", " ")
            while f" {phrase} " in text:
                text = text.replace(f" {phrase} ", " ")
        return " ".join(text.split())


class RoleCatalog:
    def __init__(self, roles: list[Role], title_rules: TitleRules) -> None:
        self.roles = {r.id: r for r in roles}
        self.title_rules = title_rules
        self._aliases: list[tuple[str, Role]] = []
        for role in roles:
            for alias in role.titles:
                self._aliases.append((title_rules.normalize(alias), role))
        self._aliases.sort(key=lambda x: -len(x[0].split()))

    @classmethod
    def load(cls, extra_dirs: Iterable[Path] = ()) -> RoleCatalog:
        root = rules_root() / "roles"
        paths = sorted(p for p in root.glob("*.yaml") if not p.name.startswith("_"))
        for extra in extra_dirs:
            extra = Path(extra)
            paths.extend(sorted(extra.glob("*.yaml")) if extra.is_dir() else [extra])
        roles: dict[str, Role] = {}
        for path in paths:
            role = load_role(path)
            roles[role.id] = role  # a user's profile replaces a bundled one with the same id
        titles = yamlutil.load((root / "_titles.yaml").read_text(encoding="utf-8"), bundled=True) or {}
        rules = TitleRules(
            [str(s) for s in titles.get("seniority") or []],
            {str(k): str(v) for k, v in (titles.get("abbreviations") or {}).items()},
        )
        return cls(list(roles.values()), rules)

    def get(self, role_id: str) -> Role | None:
        return self.roles.get(role_id)

    def match_text(self, value: str) -> Role | None:
        """The profile a free-text role names: its id ("data-engineer", "Data_Engineer"), its
        name, or a title that matches one profile ("Senior Data Engineer"); None otherwise."""
        text = value.strip().lower()
        by_id = self.get(re.sub(r"[\s_]+", "-", text))
        if by_id is not None:
            return by_id
        return next((r for r in self.roles.values() if r.name.strip().lower() == text), None) or self.match_title(value)

    def match_title(self, title: str) -> Role | None:
        """The role whose longest alias occurs in the normalised title; None when unsure."""
        text = f" {self.title_rules.normalize(title)} "
        best: list[tuple[int, Role]] = []
        for alias, role in self._aliases:
            if alias and f" {alias} " in text and not _modifier(alias, text):
                size = len(alias.split())
                if best and size < best[0][0]:
                    break
                best.append((size, role))
        candidates = {role.id: role for _, role in best}
        return next(iter(candidates.values())) if len(candidates) == 1 else None


# Nouns that name the job when they follow a role's words: "Data Science Community Events Fund
# Program Manager" is a program manager in data science, not a data scientist.
_HEAD_NOUNS = frozenset(
    """manager coordinator director recruiter writer editor specialist assistant administrator
    officer advocate organizer organiser instructor teacher trainer marketer evangelist consultant
    counsel lawyer accountant steward liaison representative producer strategist fundraiser""".split()
)


def _modifier(alias: str, text: str) -> bool:
    """Whether the alias only names the field of a job named by a head noun after it."""
    after = text[text.index(f" {alias} ") + len(alias) + 2 :].split()
    return any(word in _HEAD_NOUNS and word not in alias.split() for word in after)
