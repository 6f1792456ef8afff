"""``requirement_count`` and ``requirement_item``: how many must-haves a posting lists, and checks
on single must-have items. The must-haves are read by ``jdlint.facts.requirements``: examples
under a qualification, conditions of employment and nice-to-haves are not must-haves."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cached_property

from .. import facts
from ..facts.page_roles import role_index
from ..model import Block
from .base import CheckKind, Context, Finding, register
from .phrases import validate_conditions


def _must_haves_per_role(ctx: Context) -> list[list[Block]]:
    """The must-have items, one list per role: a page that lists several roles is read role by role."""
    known = facts.of(ctx.doc)
    per_role: dict[int, list[Block]] = {}
    for m in known.requirements.must_haves:
        if m.block is not None:
            per_role.setdefault(role_index(known.page_roles, m.block.span.start), []).append(m.block)
    return list(per_role.values())


def _section_anchor(items: list[Block]) -> Block:
    """Where a finding about a list as a whole goes: its section's heading, else its first item."""
    section = items[0].section
    heading = section.heading if section is not None else None
    return heading if heading is not None and heading.text else items[0]


@register("requirement_count")
class RequirementCount(CheckKind):
    summary = "Counts must-have requirement items (not examples, conditions of employment or nice-to-haves)."
    # without_nice_to_have: report only postings that never say what is optional, at the
    # requirements heading; exempt: regular expressions that exempt a posting when its
    # requirements match one (US federal "specialized experience" lists are legal minimums);
    # up_to: the longest list reported (a longer one is another rule's finding).
    options = {"max": 8, "without_nice_to_have": False, "exempt": [], "up_to": None}

    @classmethod
    def validate(cls, rule) -> None:
        for key in ("max", "up_to"):
            value = rule.options[key]
            if key == "up_to" and value is None:
                continue
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise ValueError(f"'{key}' must be a whole number >= 0")
        for pattern in rule.options["exempt"] or []:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"bad regular expression {pattern!r} in 'exempt': {exc}") from None

    def run(self, ctx: Context) -> Iterator[Finding]:
        if self.without_nice_to_have and facts.of(ctx.doc).requirements.separates_optional:
            return
        for items in _must_haves_per_role(ctx):
            yield from self._count(ctx, items)

    def _count(self, ctx: Context, items: list[Block]) -> Iterator[Finding]:
        doc = ctx.doc
        if len(items) <= self.max or (self.up_to is not None and len(items) > self.up_to):
            return
        if self.exempt and any(
            re.search(p, b.text, re.I)
            for s in doc.sections
            if s.kind == "requirements"
            for b in s.blocks
            for p in self.exempt
        ):
            return
        anchor = items[self.max]  # the first item over the limit
        if self.without_nice_to_have:  # about the section as a whole: point at its heading
            anchor = _section_anchor(items)
        message = self.rule.render(count=len(items), limit=self.max)
        yield ctx.finding(anchor.source_span(0, len(anchor.text)), message, block=anchor)


@register("requirement_item")
class RequirementItem(CheckKind):
    summary = "Flags requirement items (not nice-to-haves) matching patterns, once per item."
    # Like `pattern`, but only for must-haves: items of the requirements sections that are not
    # optional ("preferred", "a plus", `unless_in_block`) and not one of several alternatives
    # ("You should either: - have a degree - or have built ..."). All matches of one item give
    # one finding, from the first to the last. `unless`: document facts that silence the rule (a
    # route stated elsewhere in the posting).
    options = {"patterns": [], "unless": [], "unless_in_block": []}

    @classmethod
    def validate(cls, rule) -> None:
        patterns = rule.options["patterns"]
        if not patterns:
            raise ValueError("a requirement_item rule needs a non-empty 'patterns' list")
        for item in list(patterns) + list(rule.options["unless_in_block"] or []):
            pattern = item.get("pattern") if isinstance(item, dict) else item
            try:
                re.compile(str(pattern))
            except re.error as exc:
                raise ValueError(f"bad regular expression {pattern!r}: {exc}") from None
        validate_conditions(rule)

    @cached_property
    def compiled(self) -> list[re.Pattern[str]]:
        out = []
        for item in self.patterns:
            if isinstance(item, dict):
                out.append(re.compile(str(item["pattern"]), 0 if item.get("case_sensitive") else re.I))
            else:
                out.append(re.compile(str(item), re.I))
        return out

    def run(self, ctx: Context) -> Iterator[Finding]:
        if any(facts.holds(name, ctx.doc) for name in self.unless):
            return
        requirements = facts.of(ctx.doc).requirements
        for section in ctx.doc.checked_sections:
            if section.kind != "requirements":
                continue
            for block in section.blocks:
                if not block.is_prose or not block.text:
                    continue
                if any(re.search(p, block.text, re.I) for p in self.unless_in_block or []):
                    continue
                spans = [
                    m.span()
                    for r in self.compiled
                    for m in r.finditer(block.text)
                    if m.end() > m.start() and not block.masked.overlaps(m.start(), m.end())
                ]
                if not spans or requirements.is_alternative(block):
                    continue
                start, end = min(a for a, _ in spans), max(b for _, b in spans)
                match = block.text[start:end]
                hint = self.rule.suggestion or ""
                yield ctx.finding(
                    block.source_span(start, end),
                    self.rule.render(match=match, suggestion=hint),
                    block=block,
                    suggestions=[hint] if hint else [],
                    match=match,
                )


@register("requirement_list")
class RequirementList(CheckKind):
    summary = "Reports a list of must-haves whose every item matches `patterns` and none `unless_in_block`."
    # patterns: what every item says (a personal trait); unless_in_block: what no item may say
    # (experience, an education, a tool), so one concrete item keeps the list; min_items: the
    # shortest list reported. One finding per role, at the list's heading.
    options = {"patterns": [], "unless_in_block": [], "min_items": 3}

    @classmethod
    def validate(cls, rule) -> None:
        o = rule.options
        if not o["patterns"]:
            raise ValueError("a requirement_list rule needs a non-empty 'patterns' list")
        for pattern in list(o["patterns"]) + list(o["unless_in_block"] or []):
            try:
                re.compile(str(pattern))
            except re.error as exc:
                raise ValueError(f"bad regular expression {pattern!r}: {exc}") from None
        if isinstance(o["min_items"], bool) or not isinstance(o["min_items"], int) or o["min_items"] < 1:
            raise ValueError("'min_items' must be a whole number >= 1")

    @cached_property
    def compiled(self) -> tuple[list[re.Pattern[str]], list[re.Pattern[str]]]:
        # A pattern may switch case sensitivity on for a part ("(?-i:[A-Z]{2,})" for acronyms).
        return [re.compile(str(p), re.I) for p in self.patterns], [
            re.compile(str(p), re.I) for p in self.unless_in_block or []
        ]

    def run(self, ctx: Context) -> Iterator[Finding]:
        every, none = self.compiled
        for items in _must_haves_per_role(ctx):
            if len(items) < self.min_items:
                continue
            if all(any(r.search(b.text) for r in every) and not any(r.search(b.text) for r in none) for b in items):
                anchor = _section_anchor(items)
                yield ctx.finding(
                    anchor.source_span(0, len(anchor.text)),
                    self.rule.render(count=len(items), suggestion=self.rule.suggestion or ""),
                    block=anchor,
                )
