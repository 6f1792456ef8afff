"""``skills``: must-have skills of the posting's role (``rules/roles``) that it never asks for.

A must-have counts only where a candidate reads it as a duty or requirement: the title, the
summary, responsibilities and requirements, not the company blurb or benefits. One that
appears only under nice-to-have is reported on its own.
"""

from __future__ import annotations

from collections.abc import Iterator

from .. import facts
from ..model import Block
from .base import CheckKind, Context, Finding, register, start_span
from .phrases import validate_conditions

_COUNTS = ("summary", "responsibilities", "requirements", "eligibility")


@register("skills")
class Skills(CheckKind):
    summary = "Reports must-have skills of the posting's role that it never asks for."
    # `unless`: document facts that make the check moot ("training_provided": the job is taught).
    options = {"report": "missing", "unless": []}  # report: "missing" or "nice-to-have-only"

    @classmethod
    def validate(cls, rule) -> None:
        if rule.options["report"] not in ("missing", "nice-to-have-only"):
            raise ValueError("'report' must be 'missing' or 'nice-to-have-only'")
        validate_conditions(rule)

    def run(self, ctx: Context) -> Iterator[Finding]:
        doc = ctx.doc
        role = ctx.config.roles.get(doc.role) if doc.role else None
        if role is None or any(facts.holds(name, doc) for name in self.unless):
            return
        counted: list[Block] = ([doc.title.block] if doc.title and doc.title.block else []) + doc.title_blocks
        nice: list[Block] = []
        for section in doc.sections:
            target = nice if section.kind == "nice-to-have" else counted if section.kind in _COUNTS else None
            if target is not None:
                target.extend(
                    b
                    for b in ([section.heading] if section.heading else []) + section.blocks
                    if b.tokens and b.kind != "key"
                )
        anchor = self._anchor(ctx)
        span = anchor.source_span(0, len(anchor.text)) if anchor else start_span(doc)
        language = doc.language.gating_code if doc.language else "en"
        for group in role.must_have_for(language):  # English skill wording is checked in English only
            if any(next(group.matcher.find(b, include_masked=True), None) for b in counted):
                continue
            in_nice = next((m for b in nice for m in group.matcher.find(b, include_masked=True)), None)
            if self.report == "nice-to-have-only":
                if in_nice is not None:
                    message = self.rule.render(
                        skill=_short(group.name), role=role.name, why=group.why, match=in_nice.text
                    )
                    yield ctx.finding(
                        in_nice.block.source_span(in_nice.start, in_nice.end),
                        message,
                        block=in_nice.block,
                        match=in_nice.text,
                        suggestions=self._advice(group),
                    )
            elif in_nice is None:
                message = self.rule.render(skill=_short(group.name), role=role.name, why=group.why)
                yield ctx.finding(span, message, block=anchor, section="requirements", suggestions=self._advice(group))

    def _advice(self, group) -> list[str]:
        """The rule's advice, then why the role needs the skill (from the role profile): the
        detail that does not fit the one-line message."""
        return [text for text in (self.rule.suggestion, f"{group.name}: {group.why}" if group.why else "") if text]

    @staticmethod
    def _anchor(ctx: Context) -> Block | None:
        for section in ctx.doc.sections:
            if section.kind == "requirements" and section.heading is not None and section.heading.kind == "heading":
                return section.heading
        return ctx.doc.title.block if ctx.doc.title else None


def _short(name: str) -> str:
    """A skill group's name without its examples: "automation and delivery (infrastructure as
    code, CI/CD...)" is "automation and delivery" in a message."""
    return name.split(" (", 1)[0].strip() or name
