"""``links``: links whose address cannot work, read from the links fact."""

from __future__ import annotations

from collections.abc import Iterator

from .. import facts
from ..facts.links import PROBLEMS
from .base import CheckKind, Context, Finding, register


@register("links")
class BrokenLinks(CheckKind):
    summary = "Reports links whose address cannot work (empty, an e-mail without mailto:, no https://)."
    # `explain`: what goes wrong, by problem (see jdlint.facts.links), for the message; a problem
    # with no entry is not reported.
    options = {"explain": {}}

    @classmethod
    def validate(cls, rule) -> None:
        unknown = set(rule.options["explain"] or {}) - set(PROBLEMS)
        if unknown:
            raise ValueError(f"'explain' names unknown problems {sorted(unknown)}; known: {', '.join(PROBLEMS)}")

    def run(self, ctx: Context) -> Iterator[Finding]:
        for link in facts.of(ctx.doc).links:
            explain = self.explain.get(link.problem) if link.problem else None
            if not explain or link.span is None or ctx.skipped(link.span):
                continue
            text = link.text or link.target or "link"
            yield ctx.finding(
                link.span,
                self.rule.render(text=text, target=link.target.strip(), problem=explain),
                match=ctx.doc.source[link.span.start : link.span.end],
            )
