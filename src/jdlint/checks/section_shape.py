"""``section_shape``: sections that are there but empty, or the same section given twice."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from .. import facts
from ..facts.page_roles import role_index
from ..model import Block, Section
from ..readers import templates
from .base import CheckKind, Context, Finding, register

_REPORTS = ("empty", "duplicate")


@register("section_shape")
class SectionShape(CheckKind):
    summary = "Reports headed sections with no content, or a section kind that appears twice."
    # `kinds`: the section kinds checked (default: the canonical ones and their parts).
    options = {
        "report": "empty",
        "kinds": [
            "summary",
            "responsibilities",
            "requirements",
            "nice-to-have",
            "benefits",
            "pay",
            "how-to-apply",
            "equal-opportunity",
        ],
    }

    @classmethod
    def validate(cls, rule) -> None:
        if rule.options["report"] not in _REPORTS:
            raise ValueError(f"'report' must be one of {', '.join(_REPORTS)}")

    def run(self, ctx: Context) -> Iterator[Finding]:
        kinds = set(self.kinds)
        # Only sections under a real heading in the body: front-matter fields and headless
        # intros have no heading to point at, and a label line is not a section title.
        headed = [
            (s, s.heading)
            for s in ctx.doc.checked_sections
            if s.kind in kinds
            and s.origin == "body"
            and s.named
            and s.heading is not None
            and s.heading.kind == "heading"
            and s.heading_names_section
        ]
        if self.report == "empty":
            following = {id(a): b for a, b in pairwise(ctx.doc.checked_sections)}
            for section, heading in headed:
                nxt = following.get(id(section))
                # A heading that only groups the next ones ("## Description" over "**Company
                # description**", "Qualifications" over "Required skills") is not empty.
                # "Job description" often wraps the headings that follow it.
                # Fields right under it ("## Overview" then "<b>Location:</b> Remote<br/>...") are
                # its content, read as sections of their own.
                fields = nxt is not None and nxt.heading is None and nxt.origin == "body"
                groups = (
                    nxt is not None
                    and nxt.heading is not None
                    and (
                        nxt.level > section.level
                        or nxt.canonical == section.canonical
                        # an unknown heading under it, or after a bold line ("**What success looks
                        # like**" then "**In 3 months**"); a sibling "# Cronograma" groups nothing
                        or (not nxt.named and (nxt.level > section.level or section.level >= 7))
                        or section.kind == "summary"
                    )
                )
                # "## [Apply now](https://...)": a button set as a heading, not an empty section.
                linked = _LINK.search(ctx.doc.source[heading.span.start : heading.span.end]) is not None
                # "# Wir freuen uns auf deine Bewerbung!" closing the posting: a sign-off, not a section.
                sign_off = nxt is None and heading.text.rstrip().endswith("!")
                if (
                    not sign_off
                    and section.word_count == 0
                    and not _has_sub_headings(section)
                    and not groups
                    and not fields
                    and not linked
                    and not _filled_by_include(ctx.doc.source, heading, nxt)
                ):
                    message = self.rule.render(heading=heading.text, section=section.kind)
                    yield ctx.finding(heading.source_span(0, len(heading.text)), message, block=heading)
            return
        # A kind that comes back after another section is a duplicate; consecutive sections of
        # one kind ("Key objective #1", "Key objective #2") are one topic in parts.
        # On a page that lists several roles, each role has its own sections.
        roles = facts.of(ctx.doc).page_roles
        seen: dict[tuple[int, str], tuple[Section, Block]] = {}  # (role, kind) -> first section and heading
        order = {id(s): i for i, s in enumerate(ctx.doc.checked_sections)}
        previous = None
        for section, heading in headed:
            if section.inferred:
                continue  # a kind read from the content ("Contact" with an e-mail address) names no second section
            key = (role_index(roles, section.span.start), section.kind)
            earlier = seen.get(key)
            adjacent = previous is not None and previous.kind == section.kind
            previous = section
            if earlier is None:
                seen[key] = (section, heading)
                continue
            if adjacent or _prose_then_list(earlier[0], section):
                continue
            if _nested(earlier[0], section, ctx.doc.checked_sections, order):
                continue
            first = earlier[1]
            line = ctx.doc.locate(first.span.start).line
            message = self.rule.render(heading=heading.text, section=section.kind, first_line=line)
            yield ctx.finding(heading.source_span(0, len(heading.text)), message, block=heading)


_LINK = re.compile(r"\]\([^)\s]+\)|<a\s[^>]*href|https?://", re.I)


def _filled_by_include(source: str, heading: Block, nxt: Section | None) -> bool:
    """ "How to apply" over an include ("{% include apply.md %}", "[[!inline pages=...]]"): the site
    fills the section when it builds the page."""
    end = nxt.span.start if nxt is not None else len(source)
    return templates.has_templates(source[heading.span.end : end])


def _has_sub_headings(section) -> bool:
    return any(b.kind == "heading" for b in section.blocks)


_FAMILY = {"requirements": "qualifications", "nice-to-have": "qualifications"}


def _nested(first: Section, later: Section, sections: list[Section], order: dict[int, int]) -> bool:
    """``later`` sits in the same part of the posting as ``first``: under ``first`` itself (a
    deeper heading), or both under one parent heading of their kind with no heading of the
    parent's level between them ("Essential" and "Desirable" blocks repeated under each
    competency of one person specification)."""
    if first.kind not in _FAMILY or later.kind not in _FAMILY:
        return False  # a person specification's parts; any other kind that comes back is a repeat
    start, end = order[id(first)], order[id(later)]
    if later.level > first.level:
        parent_level = first.level
    else:
        family = _FAMILY.get(first.kind, first.kind)
        parent = next(
            (
                s
                for s in reversed(sections[:start])
                if s.heading is not None and s.level < first.level and _FAMILY.get(s.kind, s.kind) == family
            ),
            None,
        )
        if parent is None or any(
            s.heading is not None and s.level < first.level for s in sections[order[id(parent)] + 1 : start]
        ):
            return False
        parent_level = parent.level
    return all(s.level > parent_level for s in sections[start + 1 : end] if s.heading is not None)


def _prose_then_list(first: Section, later: Section) -> bool:
    """A paragraph describing the person wanted, then the list of what that means ("Wen wir
    suchen" prose, then "Dein Profil" bullets): one topic introduced, not a second list."""
    return (
        first.kind in _FAMILY
        and not any(b.kind == "list_item" for b in first.blocks)
        and any(b.kind == "list_item" for b in later.blocks)
    )
