"""``existence`` and ``substitution``: flag phrases, optionally with a replacement to suggest."""

from __future__ import annotations

import re
from functools import cached_property, lru_cache
from typing import Any, Iterator

from .. import facts
from ..matching import Phrase, PhraseMatcher
from .base import CheckKind, Context, Finding, register


def validate_conditions(rule) -> None:
    """Check ``unless`` (document facts) and ``unless_in_block`` (regular expressions)."""
    for name in rule.options.get("unless") or []:
        if name not in facts.FACTS:
            raise ValueError(f"unknown fact {name!r} in 'unless' (known: {', '.join(facts.FACTS)})")
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


def block_excepted(patterns: list[str], block) -> bool:
    """True when the block's text matches one of the rule's ``unless_in_block`` expressions
    ("a degree in computer science or equivalent experience")."""
    return any(_compiled(p).search(block.text) for p in patterns or ())


def _phrase_entries(value: Any) -> list[Phrase]:
    """``phrases:`` items are strings or ``{phrase, suggestion, case_sensitive}`` mappings."""
    out = []
    for item in value or []:
        if isinstance(item, str):
            out.append(Phrase(item))
        elif isinstance(item, dict) and item.get("phrase"):
            out.append(Phrase(str(item["phrase"]), item.get("suggestion"), bool(item.get("case_sensitive"))))
        else:
            raise ValueError(f"phrase entries are strings or mappings with 'phrase': {item!r}")
    return out


class _PhraseCheck(CheckKind):
    def _entries(self) -> list[Phrase]:  # pragma: no cover - overridden
        return []

    @cached_property
    def matcher(self) -> PhraseMatcher:
        return PhraseMatcher(self._entries(), inflect=self.inflect)

    @cached_property
    def exception_matcher(self) -> PhraseMatcher | None:
        phrases = [Phrase(e) for e in self.rule.exceptions]
        return PhraseMatcher(phrases, inflect=self.inflect) if phrases else None

    def run(self, ctx: Context) -> Iterator[Finding]:
        for block in conditioned_blocks(ctx, self.values):
            excepted = []
            if self.exception_matcher:
                excepted = [(m.start, m.end) for m in self.exception_matcher.find(block)]
            for match in self.matcher.find(block):
                if any(a < match.end and match.start < b for a, b in excepted):
                    continue
                yield self.finding(ctx, match)

    def finding(self, ctx: Context, match) -> Finding:  # pragma: no cover - overridden
        raise TypeError


@register("existence")
class Existence(_PhraseCheck):
    """Flags each occurrence of the listed phrases."""

    summary = "Flags listed phrases (whole words, case-insensitive, across inflections)."
    options = {"phrases": [], "inflect": True, "unless": [], "unless_in_block": []}

    @classmethod
    def validate(cls, rule) -> None:
        if not _phrase_entries(rule.options["phrases"]):
            raise ValueError("an existence rule needs a non-empty 'phrases' list")
        validate_conditions(rule)

    def _entries(self) -> list[Phrase]:
        return _phrase_entries(self.phrases)

    def finding(self, ctx: Context, match) -> Finding:
        suggestion = match.phrase.payload or self.rule.suggestion or ""
        message = self.rule.render(match=match.text, suggestion=suggestion)
        return ctx.finding(match.block.source_span(match.start, match.end), message, block=match.block,
                           suggestions=[suggestion] if suggestion else [], match=match.text)


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
        validate_conditions(rule)

    def _entries(self) -> list[Phrase]:
        return [Phrase(str(k), str(v)) for k, v in self.swap.items()]

    def finding(self, ctx: Context, match) -> Finding:
        replacement = match.phrase.payload
        message = self.rule.render(match=match.text, replacement=replacement, suggestion=replacement)
        return ctx.finding(match.block.source_span(match.start, match.end), message, block=match.block,
                           suggestions=[replacement], match=match.text)
