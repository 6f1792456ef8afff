"""``language``: says once per posting which rules its language left out, and why.

Rules whose matching depends on wording (``languages: [en]``) or on a section vocabulary are
not run on postings in other languages (see ``jdlint.engine.lint_document``). Skipping them
silently would read as a clean bill of health, so this kind reports what was not checked.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..facts.language import NAMES
from ..model import Span
from .base import CheckKind, Context, Finding, register, start_span

if TYPE_CHECKING:  # pragma: no cover
    from ..rules import Rule


def skipped_rules(rules: list[Rule], language: str) -> list[Rule]:
    """The rules that do not hold for a posting in ``language``."""
    return [rule for rule in rules if not rule.holds_for(language)]


@register("language")
class LanguageNotChecked(CheckKind):
    summary = (
        "Reports, once per posting, the rules skipped because they hold only for other languages, "
        "or the second copy of a posting given in two languages, which is not checked."
    )
    # `report: skipped` (the rules the language left out) or `translation` (the second copy).
    options = {"report": "skipped"}

    @classmethod
    def validate(cls, rule) -> None:
        if rule.options["report"] not in ("skipped", "translation"):
            raise ValueError("'report' must be 'skipped' or 'translation'")

    def run(self, ctx: Context) -> Iterator[Finding]:
        doc = ctx.doc
        if self.report == "translation":
            yield from self._translation(ctx)
            return
        if doc.language is None or not doc.language.reliable:
            return
        others = [r for r in ctx.config.rules if r.code != self.rule.code]
        if not others:  # run alone (--select JD110): what a default run would skip
            others = [r for r in ctx.config.settings.ruleset.rules if r.enabled and r.code != self.rule.code]
        # A rule for another language's own customs ("(m/w/d)" in German titles, "H/F" in French
        # ones) is no gap in this posting's checks: only checks jdlint has for English are (a note
        # such as JD619 checks nothing, so it is not counted).
        skipped = [r for r in skipped_rules(others, doc.language.gating_code) if "en" in r.languages and not r.note]
        if not skipped:
            return
        written_for = sorted({code for rule in skipped for code in rule.languages})
        categories = sorted({rule.category for rule in skipped})
        message = self.rule.render(
            language=doc.language.name,
            count=len(skipped),
            source=doc.language.source,
            languages=_names(written_for),
            rules=", ".join(rule.code for rule in skipped),
            categories=", ".join(categories),
        )
        # The codes are the detail: on the suggestion line, not in the one-line message.
        skipped_codes = "skipped: " + ", ".join(rule.code for rule in skipped)
        anchor = doc.title.block if doc.title and doc.title.block else None
        if anchor is not None and anchor.text:
            span = anchor.source_span(0, len(anchor.text))
        else:
            first_line = re.split(r"\r\n|\r|\n", doc.source, maxsplit=1)[0]
            span = Span(0, len(first_line)) if first_line else start_span(doc)
        suggestions = [text for text in (self.rule.suggestion, skipped_codes) if text]
        yield ctx.finding(
            span, message, block=anchor, section="title" if anchor is not None else None, suggestions=suggestions
        )

    def _translation(self, ctx: Context) -> Iterator[Finding]:
        doc = ctx.doc
        start = doc.translation_from
        if start is None or doc.language is None or doc.language.second is None:
            return
        section = next(s for s in doc.sections if s.span.start >= start)
        anchor = section.heading or section.blocks[0]
        message = self.rule.render(
            language=NAMES.get(doc.language.second, doc.language.second), line=doc.locate(start).line
        )
        yield ctx.finding(anchor.source_span(0, max(1, len(anchor.text))), message, block=anchor)


def _names(codes: list[str]) -> str:
    """ "English", "English, Dutch or French": English first, then by name."""
    names = sorted((NAMES.get(code, code) for code in codes), key=lambda name: (name != "English", name))
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]
