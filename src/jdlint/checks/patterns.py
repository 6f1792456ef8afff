"""``pattern``: regular expressions over block text, for what phrases cannot express
("class of 2019", "no more than 5 years", "$120k+"). Matches inside code, URLs and e-mail
addresses are dropped; named groups can be used in the message ("{years}")."""

from __future__ import annotations

import re
from functools import cached_property
from typing import Any, Iterator

from .base import CheckKind, Context, Finding, register
from .phrases import conditioned_blocks, validate_conditions


def _entries(value: Any) -> list[tuple[str, str | None, bool]]:
    out = []
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
    summary = "Flags text matching regular expressions (case-insensitive unless marked)."
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
    def compiled(self) -> list[tuple[re.Pattern[str], str | None]]:
        return [(re.compile(p, 0 if cs else re.I), suggestion) for p, suggestion, cs in _entries(self.patterns)]

    def run(self, ctx: Context) -> Iterator[Finding]:
        for block in conditioned_blocks(ctx, self.values):
            masked = list(block.masked_ranges)
            taken: list[tuple[int, int]] = []
            for regex, suggestion in self.compiled:
                for m in regex.finditer(block.text):
                    start, end = m.span()
                    if start == end or any(a < end and start < b for a, b in masked + taken):
                        continue
                    taken.append((start, end))
                    hint = suggestion or self.rule.suggestion or ""
                    groups = {k: v for k, v in m.groupdict().items() if v is not None}
                    message = self.rule.render(match=m.group(0), suggestion=hint, **groups)
                    yield ctx.finding(block.source_span(start, end), message, block=block,
                                      suggestions=[hint] if hint else [], match=m.group(0))
