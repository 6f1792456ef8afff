"""``required_sections``: sections a candidate needs that the posting lacks or leaves empty."""

from __future__ import annotations

from collections.abc import Iterator

from .. import facts
from ..model import CANONICAL_SECTIONS, SECTION_KINDS
from .base import CheckKind, Context, Finding, register, start_span


@register("required_sections")
class RequiredSections(CheckKind):
    summary = "Reports required sections that are missing or empty."
    # `sections` defaults to the configuration's `required_sections`; `explain` says what a
    # candidate misses without each section, for the message.
    # `satisfied_by` names document facts (one or a list, any of them) that count as the section
    # being there (an EEO sentence in "Additional information" is an equal-opportunity statement).
    options = {"sections": None, "explain": {}, "satisfied_by": {}}

    @classmethod
    def validate(cls, rule) -> None:
        sections = rule.options["sections"]
        for kind in sections or []:
            if kind not in SECTION_KINDS:
                raise ValueError(f"unknown section kind {kind!r}")
        for kind, names in (rule.options["satisfied_by"] or {}).items():
            names = [names] if isinstance(names, str) else list(names or [])
            if kind not in SECTION_KINDS or any(name not in facts.CONDITIONS for name in names):
                raise ValueError(f"satisfied_by maps a section kind to facts ({', '.join(facts.CONDITIONS)})")

    def run(self, ctx: Context) -> Iterator[Finding]:
        doc = ctx.doc
        required = self.sections or ctx.config.required_sections or list(CANONICAL_SECTIONS)
        anchor = doc.title.block if doc.title and doc.title.block else None
        span = anchor.source_span(0, len(anchor.text)) if anchor else start_span(doc)
        for kind in required:
            present = [s for s in doc.sections if s.kind == kind or s.canonical == kind]
            explain = self.explain.get(kind, "")
            names = self.satisfied_by.get(kind) or []
            if any(facts.holds(name, doc) for name in ([names] if isinstance(names, str) else names)):
                continue
            if not present:
                message = self.rule.render(section=kind, state="missing", explain=explain)
                yield ctx.finding(span, message, block=anchor, section=kind)
            elif all(s.word_count == 0 for s in present):
                if kind in CANONICAL_SECTIONS and any(
                    s.heading is not None and s.heading.kind == "heading" for s in present
                ):
                    # a heading of the four main sections with nothing under it is reported once, by
                    # the empty-section rule; "How to apply" left empty still says no way to apply
                    continue
                first = present[0]
                where = first.heading if first.heading is not None else anchor
                where_span = where.source_span(0, len(where.text)) if where else span
                message = self.rule.render(section=kind, state="empty", explain=explain)
                yield ctx.finding(where_span, message, block=where, section=kind)
