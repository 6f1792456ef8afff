"""``metric``: a number measured per document, per section or per sentence, against limits.

Readability formulas are computed on prose blocks only (paragraphs, list items, field values),
each block ending as a sentence, so a heading is never glued to the bullets below it. Units with
fewer words than ``min_words`` are skipped: the formulas mean little on a few lines.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import facts, readability
from ..facts.page_roles import role_index
from ..model import Block, Section
from ..quoting import shorten
from .base import CheckKind, Context, Finding, register

_UNITS = ("document", "section", "sentence")
_WORD_METRICS = {"words": "words", "bullet_share": "share of words in bullets (%)"}


@register("metric")
class Metric(CheckKind):
    summary = "Measures readability or length per document, section or sentence against limits."
    options = {"metric": "", "per": "section", "max": None, "min": None, "min_words": 0}
    skips_boilerplate = True

    @classmethod
    def validate(cls, rule) -> None:
        o = rule.options
        if o["metric"] not in readability.METRICS and o["metric"] not in _WORD_METRICS:
            known = ", ".join(list(readability.METRICS) + list(_WORD_METRICS))
            raise ValueError(f"unknown metric {o['metric']!r} (known: {known})")
        if o["per"] not in _UNITS:
            raise ValueError(f"'per' must be one of {', '.join(_UNITS)}")
        if o["max"] is None and o["min"] is None:
            raise ValueError("a metric rule needs 'max' or 'min'")
        for key in ("max", "min", "min_words"):
            value = o[key]
            if value is not None and (isinstance(value, bool) or not isinstance(value, (int, float))):
                raise ValueError(f"{key!r} must be a number")
            if value is not None and value < 0 and not (key in ("max", "min") and o["metric"] == "flesch_reading_ease"):
                raise ValueError(f"{key!r} must not be negative")
        if o["per"] == "sentence" and o["metric"] != "words":
            raise ValueError("per: sentence supports metric: words")

    def run(self, ctx: Context) -> Iterator[Finding]:
        if self.per == "sentence":
            yield from self._sentences(ctx)
            return
        for label, anchor, blocks in self._units(ctx):
            words = sum(b.word_count for b in blocks)
            if words < (self.min_words or 0) or not words:
                continue
            value = self._measure(ctx, blocks, words)
            bound = self._violated(value)
            if bound is None:
                continue
            name = readability.METRICS.get(self.metric, (None, _WORD_METRICS.get(self.metric, self.metric)))[1]
            message = self.rule.render(value=_fmt(value), limit=_fmt(bound), metric=name, unit=label, words=words)
            yield ctx.finding(anchor.source_span(0, len(anchor.text)), message, block=anchor)

    def _units(self, ctx: Context) -> Iterator[tuple[str, Block, list[Block]]]:
        sections: list[Section] = ctx.sections()
        if self.per == "document":
            blocks = [b for s in sections for b in ctx.prose_of(s)]
            roles = facts.of(ctx.doc).page_roles
            if roles and self.min is None:
                # A page that lists several roles: each is a posting of its own, whose length is
                # judged alone (a minimum holds for the page: together the roles say enough).
                by_role: dict[int, list[Block]] = {}
                for b in blocks:
                    by_role.setdefault(role_index(roles, b.span.start), []).append(b)
                for i, role_blocks in sorted(by_role.items()):
                    head = roles[i - 1].block if i else None
                    yield ("the role" if i else "the introduction"), head or role_blocks[0], role_blocks
                return
            anchor = ctx.doc.title.block if ctx.doc.title and ctx.doc.title.block else (blocks[0] if blocks else None)
            if anchor is not None:
                yield "the posting", anchor, blocks
            return
        for section in sections:
            blocks = ctx.prose_of(section)
            if not blocks:
                continue
            anchor = section.heading if section.heading is not None and section.heading.kind == "heading" else blocks[0]
            label = (
                f"section '{shorten(section.heading.text, 40)}'"
                if section.heading is not None
                else f"the {section.kind} section"
            )
            yield label, anchor, blocks

    def _measure(self, ctx: Context, blocks: list[Block], words: int) -> float:
        if self.metric == "words":
            return float(words)
        if self.metric == "bullet_share":
            return 100.0 * sum(_bullet_words(b, ctx.doc.source) for b in blocks) / words
        func = readability.METRICS[self.metric][0]
        return func(readability.prose(ctx.checked_text(b) for b in blocks))

    def _violated(self, value: float) -> float | None:
        if self.max is not None and value > self.max:
            return self.max
        if self.min is not None and value < self.min:
            return self.min
        return None

    def _sentences(self, ctx: Context) -> Iterator[Finding]:
        for block in ctx.blocks():
            if not block.is_prose:
                continue
            for sentence in block.sentences:
                if sentence.unspaced:
                    continue  # Chinese or Japanese: a count of characters is no sentence length in words
                words = sentence.word_count
                bound = self._violated(float(words))
                if bound is None:
                    continue
                message = self.rule.render(value=words, limit=_fmt(bound), metric="words", unit="sentence")
                yield ctx.finding(block.source_span(sentence.start, sentence.end), message, block=block)


# Lines written as bullets without list markup ("• Ship it", "o Ship it") still read as bullets.
_GLYPH_LINE = re.compile(r"^[ \t>]*(?:[•·▪◦➢►✓–]|o(?= ))[ \t]+(.*)$", re.M)


def _bullet_words(block: Block, source: str) -> int:
    if block.kind == "list_item":
        return block.word_count
    if block.kind != "paragraph":
        return 0
    lines = _GLYPH_LINE.findall(source[block.span.start : block.span.end])
    return min(block.word_count, sum(len(line.split()) for line in lines))


def _fmt(value: float) -> str:
    return f"{value:.0f}" if float(value).is_integer() else f"{value:.1f}"
