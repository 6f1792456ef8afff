"""``occurrence``: how often something occurs (list items, or listed phrases) against limits."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cached_property

from ..matching import Phrase, PhraseMatcher
from ..model import Block
from .base import CheckKind, Context, Finding, register

_COUNTS = ("list_items", "phrases")
_UNITS = ("document", "section")


@register("occurrence")
class Occurrence(CheckKind):
    summary = "Counts list items or phrases per document or section and reports counts outside limits."
    # list_items counts top-level bullets (a nested bullet is a detail of its parent).
    options = {"count": "list_items", "phrases": [], "per": "document", "max": None, "min": None, "kinds": None}

    @classmethod
    def validate(cls, rule) -> None:
        o = rule.options
        if o["count"] not in _COUNTS:
            raise ValueError(f"'count' must be one of {', '.join(_COUNTS)}")
        if o["per"] not in _UNITS:
            raise ValueError(f"'per' must be one of {', '.join(_UNITS)}")
        if o["count"] == "phrases" and not o["phrases"]:
            raise ValueError("count: phrases needs a non-empty 'phrases' list")
        if o["max"] is None and o["min"] is None:
            raise ValueError("an occurrence rule needs 'max' or 'min'")
        for key in ("max", "min"):
            value = o[key]
            if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 0):
                raise ValueError(f"{key!r} must be a whole number >= 0")

    @cached_property
    def matcher(self) -> PhraseMatcher:
        return PhraseMatcher([Phrase(str(p)) for p in self.phrases])

    def run(self, ctx: Context) -> Iterator[Finding]:
        sections = ctx.sections()
        if self.kinds:  # exact section kinds only (requirements, not its nice-to-have part)
            sections = [s for s in sections if s.kind in self.kinds]
        if not sections:
            return
        groups = [[b for s in sections for b in s.blocks]] if self.per == "document" else [s.blocks for s in sections]
        for blocks in groups:
            hits = self._hits(blocks)
            n = len(hits)
            if self.max is not None and n > self.max:
                anchor, start, end = hits[self.max]  # the first occurrence over the limit
                message = self.rule.render(count=n, limit=self.max)
                yield ctx.finding(anchor.source_span(start, end), message, block=anchor)
            elif self.min is not None and n < self.min and blocks:
                anchor = blocks[0]
                message = self.rule.render(count=n, limit=self.min)
                yield ctx.finding(anchor.source_span(0, len(anchor.text)), message, block=anchor)

    def _hits(self, blocks: list[Block]) -> list[tuple[Block, int, int]]:
        """(block, start, end) of each occurrence: a whole top-level item, or a phrase match."""
        if self.count == "list_items":
            return [(b, 0, len(b.text)) for b in blocks if b.kind == "list_item" and b.level <= 1]
        return [(m.block, m.start, m.end) for b in blocks if b.tokens for m in self.matcher.find(b)]
