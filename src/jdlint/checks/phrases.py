"""``existence`` and ``substitution``: flag phrases, optionally with a replacement to suggest."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Any, Literal

# The module, not its names: jdlint.fixes imports checks.base, so importing jdlint.fixes first
# reaches this module while fixes is still half-initialised.
from .. import facts, fixes, prefilter
from ..matching import Phrase, PhraseMatcher
from ..model import Intervals
from .base import CheckKind, Context, Finding, register


def validate_conditions(rule) -> None:
    """Check ``unless`` (document facts) and ``unless_in_block`` (regular expressions)."""
    for name in rule.options.get("unless") or []:
        if name not in facts.CONDITIONS:
            raise ValueError(f"unknown fact {name!r} in 'unless' (known: {', '.join(facts.CONDITIONS)})")
    for pattern in rule.options.get("unless_in_block") or []:
        try:
            re.compile(pattern)
        except re.error as exc:
            raise ValueError(f"bad regular expression {pattern!r} in 'unless_in_block': {exc}") from None


@lru_cache(maxsize=512)
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.I)


def conditioned_blocks(ctx: Context, values: dict[str, Any]) -> Iterator[Any]:
    """The rule's blocks, after its ``unless`` (document facts) and ``unless_in_block`` conditions."""
    if any(facts.holds(name, ctx.doc) for name in values.get("unless") or ()):
        return
    for block in ctx.blocks():
        if block.tokens and not block_excepted(values.get("unless_in_block"), block):
            yield block


def block_excepted(patterns: list[str] | None, block) -> bool:
    """True when the block's text matches one of the rule's ``unless_in_block`` expressions
    ("a degree in computer science or equivalent experience")."""
    for pattern in patterns or ():
        regex = _compiled(pattern)
        if prefilter.of(regex).may_match(block.folded) and regex.search(block.text):
            return True
    return False


@dataclass(frozen=True)
class Entry:
    """What a listed phrase carries: the advice shown, and the text a fix writes."""

    suggestion: str | None = None
    replacement: str | None = None
    fix: str | Literal[False] | None = None  # "safe", "unsafe", False (no fix) or None (the rule's ``fix:``)


_ENTRY_FIX = ("safe", "unsafe", False)


def _entry(item: dict, what: str) -> Entry:
    fix = item.get("fix")
    if fix is not None and fix not in _ENTRY_FIX:
        raise ValueError(f"{what}: fix must be safe, unsafe or false, not {fix!r}")
    replacement = item.get("replacement")
    if replacement is not None and (not isinstance(replacement, str) or not replacement.strip()):
        raise ValueError(f"{what}: replacement must be non-empty text")
    suggestion = item.get("suggestion")
    return Entry(str(suggestion) if suggestion is not None else replacement, replacement, fix)


def _phrase_entries(value: Any) -> list[Phrase]:
    """``phrases:`` items are strings or ``{phrase, suggestion, replacement, fix, case_sensitive}``
    mappings."""
    out = []
    for item in value or []:
        if isinstance(item, str):
            out.append(Phrase(item, Entry()))
        elif isinstance(item, dict) and item.get("phrase"):
            unknown = set(item) - {"phrase", "suggestion", "replacement", "fix", "case_sensitive"}
            if unknown:
                raise ValueError(f"phrase {item['phrase']!r}: unknown key {min(unknown)!r}")
            out.append(
                Phrase(
                    str(item["phrase"]), _entry(item, f"phrase {item['phrase']!r}"), bool(item.get("case_sensitive"))
                )
            )
        else:
            raise ValueError(f"phrase entries are strings or mappings with 'phrase': {item!r}")
    return out


def _swap_entries(value: Any) -> list[Phrase]:
    """``swap:`` maps a phrase to its replacement, or to ``{replacement, suggestion, fix}`` when
    the advice shown differs from the text a fix writes or the entry's fix safety differs."""
    out = []
    for key, item in value.items():
        if isinstance(item, dict):
            unknown = set(item) - {"replacement", "suggestion", "fix"}
            if unknown or not item.get("replacement"):
                raise ValueError(f"swap {key!r}: a mapping needs 'replacement' (and optional 'suggestion', 'fix')")
            out.append(Phrase(str(key), _entry(item, f"swap {key!r}")))
        else:
            out.append(Phrase(str(key), Entry(str(item), str(item))))
    return out


def entry_fix(rule, phrase: Phrase) -> str | None:
    """The fix applicability of a listed phrase: its own ``fix:``, else the rule's; None when it
    has no replacement or the rule offers no fixes."""
    entry: Entry = phrase.payload
    if rule.fix is None or entry.replacement is None or entry.fix is False:
        return None
    return entry.fix or rule.fix


def validate_fixes(rule, phrases: list[Phrase]) -> None:
    """A rule with ``fix:`` must have at least one fixable entry, every fixable entry one
    unambiguous replacement, and entries can only refine a rule that declares ``fix:``."""
    for phrase in phrases:
        entry: Entry = phrase.payload
        if rule.fix is None and entry.fix:
            raise ValueError(f"phrase {phrase.text!r} sets fix but the rule declares no 'fix:'")
        if rule.kind == "existence" and rule.fix is None and entry.replacement is not None:
            raise ValueError(f"phrase {phrase.text!r} has a replacement but the rule declares no 'fix:'")
        if entry_fix(rule, phrase) and fixes.AMBIGUOUS.search(entry.replacement or ""):
            raise ValueError(
                f"{phrase.text!r}: {entry.replacement!r} is not one unambiguous replacement; "
                "give one replacement (and the advice as 'suggestion') or set 'fix: false'"
            )
    if rule.fix is not None and not any(entry_fix(rule, p) for p in phrases):
        raise ValueError("the rule declares 'fix:' but no entry has a replacement to apply")


class _PhraseCheck(CheckKind):
    fixable = True
    skips_boilerplate = True

    def _entries(self) -> list[Phrase]:  # pragma: no cover - overridden
        return []

    def _report(self, ctx: Context, match, message: str, suggestions: list[str]) -> Finding:
        """The finding for one matched phrase, with its fix when the rule has one."""
        finding = ctx.finding(
            match.block.source_span(match.start, match.end),
            message,
            block=match.block,
            suggestions=suggestions,
            match=match.text,
        )
        return self.with_fix(ctx, finding, match)

    @cached_property
    def matcher(self) -> PhraseMatcher:
        return PhraseMatcher(self._entries(), inflect=self.inflect)

    @cached_property
    def exception_matcher(self) -> PhraseMatcher | None:
        phrases = [Phrase(e) for e in self.rule.exceptions]
        return PhraseMatcher(phrases, inflect=self.inflect) if phrases else None

    def run(self, ctx: Context) -> Iterator[Finding]:
        at_work: frozenset[str] | None = None  # read only once a phrase matches
        for block in conditioned_blocks(ctx, self.values):
            excepted: Intervals | None = None  # read only in a block with a match
            for match in self.matcher.find(block):
                if excepted is None:
                    exceptions = self.exception_matcher.find(block) if self.exception_matcher else ()
                    excepted = Intervals((m.start, m.end) for m in exceptions)
                if excepted.overlaps(match.start, match.end):
                    continue
                if getattr(self, "unless_at_work", False):
                    at_work = self._at_work(ctx) if at_work is None else at_work
                    if match.phrase.text in at_work:
                        continue
                yield self.finding(ctx, match)

    def _at_work(self, ctx: Context) -> frozenset[str]:
        """Listed phrases the posting also uses for the work itself, in its title, duties or
        requirements: a brewery's bartender serves beer, a pizzeria's cook makes pizza."""
        doc = ctx.doc
        blocks = [b for s in doc.sections_of("responsibilities", "requirements") for b in s.content_blocks if b.text]
        if doc.title is not None and doc.title.block is not None:
            blocks.append(doc.title.block)
        return frozenset(m.phrase.text for b in blocks for m in self.matcher.find(b))

    def finding(self, ctx: Context, match) -> Finding:  # pragma: no cover - overridden
        raise TypeError

    def fix_table(self) -> list[tuple[str, str | None, str | None]]:
        """(phrase, replacement, applicability) per listed phrase, for the rule's docs."""
        return [(p.text, p.payload.replacement, entry_fix(self.rule, p)) for p in self._entries()]

    def with_fix(self, ctx: Context, finding: Finding, match) -> Finding:
        """Attach the entry's fix (when the rule and the entry offer one) to ``finding``."""
        applicability = entry_fix(self.rule, match.phrase)
        if applicability is not None:
            finding.fix = fixes.phrase_fix(
                ctx.doc, finding.span, match.text, match.phrase.text, match.phrase.payload.replacement, applicability
            )
        return finding


@register("existence")
class Existence(_PhraseCheck):
    """Flags each occurrence of the listed phrases."""

    summary = "Flags listed phrases (whole words, case-insensitive, across inflections)."
    # `unless_at_work`: a phrase the posting also uses in its title, duties or requirements names
    # the work itself, not a perk or a boast, and is left alone there too.
    options = {"phrases": [], "inflect": True, "unless": [], "unless_in_block": [], "unless_at_work": False}

    @classmethod
    def validate(cls, rule) -> None:
        entries = _phrase_entries(rule.options["phrases"])
        if not entries:
            raise ValueError("an existence rule needs a non-empty 'phrases' list")
        validate_fixes(rule, entries)
        validate_conditions(rule)

    def _entries(self) -> list[Phrase]:
        return _phrase_entries(self.phrases)

    def finding(self, ctx: Context, match) -> Finding:
        suggestion = match.phrase.payload.suggestion or self.rule.suggestion or ""
        message = self.rule.render(match=match.text, suggestion=suggestion)
        return self._report(ctx, match, message, [suggestion] if suggestion else [])


@register("substitution")
class Substitution(_PhraseCheck):
    """Flags each listed phrase and suggests its replacement."""

    summary = "Flags phrases that have a better replacement and suggests it."
    options = {"swap": {}, "inflect": True, "unless": [], "unless_in_block": []}

    @classmethod
    def validate(cls, rule) -> None:
        swap = rule.options["swap"]
        if not isinstance(swap, dict) or not swap:
            raise ValueError("a substitution rule needs a non-empty 'swap' mapping of phrase: replacement")
        validate_fixes(rule, _swap_entries(swap))
        validate_conditions(rule)

    def _entries(self) -> list[Phrase]:
        return _swap_entries(self.swap)

    def finding(self, ctx: Context, match) -> Finding:
        advice = match.phrase.payload.suggestion
        message = self.rule.render(match=match.text, replacement=advice, suggestion=advice)
        return self._report(ctx, match, message, [advice])
