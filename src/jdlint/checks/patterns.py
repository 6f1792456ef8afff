"""``pattern``: regular expressions over block text, for what phrases cannot express
("class of 2019", "no more than 5 years", "$120k+"). Matches inside code, URLs and e-mail
addresses are dropped; named groups can be used in the message ("{years}"). A group named
``hit`` narrows the finding to that part of the match, for a word that is wrong only in its
context ("he" in "the successful candidate ... he will")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cached_property
from typing import Any

from ..model import Intervals
from ..prefilter import Prefilter, joined
from .base import CheckKind, Context, Finding, register
from .phrases import conditioned_blocks, validate_conditions


def _entries(value: Any) -> list[tuple[str, str | None, bool]]:
    out: list[tuple[str, str | None, bool]] = []
    for item in value or []:
        if isinstance(item, str):
            out.append((item, None, False))
        elif isinstance(item, dict) and item.get("pattern"):
            out.append((str(item["pattern"]), item.get("suggestion"), bool(item.get("case_sensitive"))))
        else:
            raise ValueError(f"pattern entries are strings or mappings with 'pattern': {item!r}")
    return out


@register("pattern")
class Pattern(CheckKind):
    summary = (
        "Flags text matching regular expressions (case-insensitive unless marked); a group named `hit` "
        "narrows the finding to that part."
    )
    options = {"patterns": [], "unless": [], "unless_in_block": []}
    skips_boilerplate = True

    @classmethod
    def validate(cls, rule) -> None:
        entries = _entries(rule.options["patterns"])
        if not entries:
            raise ValueError("a pattern rule needs a non-empty 'patterns' list")
        for pattern, _, _ in entries:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"bad regular expression {pattern!r}: {exc}") from None
        validate_conditions(rule)

    @cached_property
    def compiled(self) -> list[tuple[re.Pattern[str], Prefilter, str | None]]:
        out = []
        for pattern, suggestion, cs in _entries(self.patterns):
            regex = re.compile(pattern, 0 if cs else re.I)
            out.append((regex, Prefilter(regex), suggestion))
        return out

    def run(self, ctx: Context) -> Iterator[Finding]:
        blocks = list(conditioned_blocks(ctx, self.values))
        everywhere = joined(blocks)
        live = [entry for entry in self.compiled if entry[1].may_match(everywhere)]
        if not live:
            return
        for block in blocks:
            masked = block.masked
            taken = Intervals()
            for regex, needs, suggestion in live:
                if len(blocks) > 1 and not needs.may_match(block.folded):
                    continue
                for m in regex.finditer(block.text):
                    start, end = m.span()
                    if start == end or masked.overlaps(start, end) or taken.overlaps(start, end):
                        continue
                    taken.add(start, end)
                    hint = suggestion or self.rule.suggestion or ""
                    groups = {k: v for k, v in m.groupdict().items() if v is not None}
                    hit = "hit" if groups.get("hit") else 0
                    message = self.rule.render(match=m.group(hit), suggestion=hint, **groups)
                    yield ctx.finding(
                        block.source_span(*m.span(hit)),
                        message,
                        block=block,
                        suggestions=[hint] if hint else [],
                        match=m.group(hit),
                    )
