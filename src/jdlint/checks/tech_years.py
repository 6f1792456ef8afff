"""``tech_years``: "10+ years of experience with PyTorch" when PyTorch is not that old.

Release years come from a data table (``rules/data/technology-releases.yaml``). Two phrasings are
recognised, and only where the technology is what the years are about:

- "N+ years (of) (professional) (experience) (with|in|using) X, Y and Z", "N years of X experience",
  "N years working with X";
- "X: N+ years", "X (N+ years)", "X - N years".

"5 years of backend experience and familiarity with Kubernetes" or "cloud platforms such as AWS"
do not tie the years to the technology and are left alone. A finding means the posting asks for
at least as many years as the technology has existed (calendar years since its first public
release), which only its creators and first users can have.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

import yaml

from .. import yamlutil
from ..facts.experience import NUMBER, number
from ..model import Block
from ..resources import rules_root
from .base import CheckKind, Context, Finding, register

_YEARS = (
    r"(?P<n>"
    + NUMBER
    + r")(?:\s*\(\d{1,2}\))?\s*(?:\+|plus)?\s*(?:(?:-|–|—|to)\s*"
    + NUMBER
    + r"\s*\+?\s*)?(?:years?|yrs?)['’]?(?:\s+or\s+more|\s+minimum)?"
)
_ADJ = (
    r"professional|work|hands-on|hands on|commercial|production|relevant|practical|proven|working|industry|solid|"
    r"strong|deep|direct|demonstrated|recent|total|combined|real-world|extensive|enterprise|progressive"
)
_VERB = (
    r"working|building|developing|programming|coding|writing|engineering|deploying|operating|running|using|"
    r"designing|managing|administering|architecting|delivering|shipping|creating|maintaining|applying"
)
_SEP = r"\s*(?:,\s*(?:and|or|and/or)?|/|&|\band/or\b|\band\b|\bor\b)\s*"
# A number just after these is a time window, not a requirement ("used in the last 5 years").
_WINDOW = re.compile(r"(?:last|past|previous|within|next|first|for the|over the|in the)\s*$", re.I)


@dataclass(frozen=True)
class Technology:
    name: str
    released: int
    source: str


@lru_cache(maxsize=8)
def load_table(path: str) -> tuple[dict[str, Technology], tuple[tuple[str, bool], ...]]:
    """Aliases (lower-cased unless case-sensitive) -> technology, and the (alias, case_sensitive) list."""
    text = Path(path).read_text(encoding="utf-8")
    data = yamlutil.load_data(text) if Path(path).parent == rules_root() / "data" else yaml.safe_load(text)
    entries = data.get("technologies") if isinstance(data, dict) else None
    if not isinstance(entries, list) or not entries:
        raise ValueError(f"{path}: a technology table is a mapping with a 'technologies:' list")
    by_alias: dict[str, Technology] = {}
    aliases: list[tuple[str, bool]] = []
    for entry in entries:
        if (
            not isinstance(entry, dict)
            or not entry.get("name")
            or not isinstance(entry.get("released"), int)
            or not entry.get("source")
        ):
            raise ValueError(f"{path}: each technology needs name, released (a year) and source: {entry!r}")
        tech = Technology(str(entry["name"]), int(entry["released"]), str(entry["source"]))
        cs = bool(entry.get("case_sensitive"))
        for alias in [tech.name] + [str(a) for a in entry.get("aliases") or []]:
            by_alias[alias if cs else alias.lower()] = tech
            aliases.append((alias, cs))
    return by_alias, tuple(aliases)


_MENTIONS_YEARS = re.compile(r"\d\s*\+?\s*(?:years?|yrs?)\b|\byears?\b", re.I)


def _resolve(table: str) -> str:
    path = Path(table)
    return str(path if path.is_absolute() else rules_root() / path)


def _alias_pattern(alias: str, case_sensitive: bool) -> str:
    body = r"\s+".join(re.escape(w) for w in alias.split())
    core = rf"(?<![\w.#+\-]){body}(?![\w#+]|[.\-]\w)"
    return f"(?-i:{core})" if case_sensitive else core


@register("tech_years")
class TechYears(CheckKind):
    summary = "Reports 'N years of experience with X' when X is not N years old (table of release years)."
    # table: technology release years (relative to the rules folder, or absolute);
    # year: the current year (default: today), for tests and reproducible runs.
    options = {"table": "data/technology-releases.yaml", "year": None}

    @classmethod
    def validate(cls, rule) -> None:
        table = rule.options["table"]
        if not isinstance(table, str) or not table:
            raise ValueError("'table' must be a path to a technology table")
        path = _resolve(table)
        if not Path(path).is_file():
            raise ValueError(f"technology table not found: {path}")
        load_table(path)
        year = rule.options["year"]
        if year is not None and (isinstance(year, bool) or not isinstance(year, int) or year < 1900):
            raise ValueError("'year' must be a year such as 2026")

    @cached_property
    def table(self) -> dict[str, Technology]:
        return load_table(_resolve(self.values["table"]))[0]

    @cached_property
    def regexes(self) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
        aliases = load_table(_resolve(self.values["table"]))[1]
        tech = "(?:" + "|".join(_alias_pattern(a, cs) for a, cs in sorted(aliases, key=lambda x: -len(x[0]))) + ")"
        tech_list = rf"{tech}(?:{_SEP}{tech})*"
        after = (
            rf"\s+(?:of\s+)?(?:(?:{_ADJ})\s+)*"
            rf"(?:(?:experience|exp\.?)\s+(?:(?:{_VERB})\s+)?(?:with|in|using|on|of)"
            rf"\s+|(?:{_VERB})\s+(?:(?:with|in|on)\s+)?|(?:with|in|using|on)\s+)?(?P<list>{tech_list})"
        )
        years_first = re.compile(r"(?<![\w.])" + _YEARS + after, re.I)
        tech_first = re.compile(
            rf"(?P<list>{tech})\s*(?::|\(|-|–|—)\s*(?:at least\s+|min(?:imum)?\.?\s+)?"
            + r"(?<![\w.])"
            + _YEARS
            + r"\)?",
            re.I,
        )
        return years_first, tech_first, re.compile(tech, re.I)

    def run(self, ctx: Context) -> Iterator[Finding]:
        year = self.values["year"] or datetime.date.today().year
        years_first, tech_first, tech_re = self.regexes
        for block in ctx.blocks():
            if not block.is_prose or not _MENTIONS_YEARS.search(block.text):
                continue  # the technology alternation is costly: only where years are asked for
            masked = block.masked
            for regex in (years_first, tech_first):
                for m in regex.finditer(block.text):
                    if _WINDOW.search(block.text[max(0, m.start("n") - 15) : m.start("n")]):
                        continue
                    n = number(m.group("n"))
                    for t in tech_re.finditer(block.text, m.start("list"), m.end("list")):
                        if masked.overlaps(t.start(), t.end()):
                            continue
                        tech = self._lookup(t.group(0))
                        if tech is None:
                            continue
                        age = year - tech.released
                        if 0 <= age <= n:
                            yield self._finding(ctx, block, m, t, tech, n, age)

    def _lookup(self, text: str) -> Technology | None:
        key = " ".join(text.split())
        return self.table.get(key) or self.table.get(key.lower())

    def _finding(
        self, ctx: Context, block: Block, m: re.Match, t: re.Match, tech: Technology, n: int, age: int
    ) -> Finding:
        # "10+ years of PyTorch": from the number to the technology; "PyTorch: 10+ years": the reverse.
        span = (m.start(), t.end()) if m.start("list") > m.start("n") else (t.start(), m.end())
        match = block.text[span[0] : span[1]]
        hint = self.rule.suggestion or ""
        message = self.rule.render(
            match=match, years=n, technology=tech.name, released=tech.released, age=age, suggestion=hint
        )
        return ctx.finding(
            block.source_span(*span), message, block=block, suggestions=[hint] if hint else [], match=match
        )
