"""``title``: checks of the posting's title (length, capitals, patterns), reported once per title.

A posting often repeats its title: in front matter and again as the first heading. Rules of this
kind check the title jdlint found (``doc.title``) and a body heading only when it says something
different, so one problem gives one finding. A title that is really a field label ("ANNOUNCEMENT
NUMBER:" in a plain-text posting) is not checked.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cached_property
from typing import Any

from .. import facts
from ..model import Block, Document, Span
from .base import CheckKind, Context, Finding, register
from .phrases import block_excepted, validate_conditions


def _entries(value: Any) -> list[tuple[str, bool]]:
    out = []
    for item in value or []:
        if isinstance(item, str):
            out.append((item, False))
        elif isinstance(item, dict) and item.get("pattern"):
            out.append((str(item["pattern"]), bool(item.get("case_sensitive"))))
        else:
            raise ValueError(f"pattern entries are strings or mappings with 'pattern': {item!r}")
    return out


def _normal(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().lower()


def _is_label(doc: Document, block: Block) -> bool:
    """A "LABEL:" line taken as the title: the source goes on with a colon right after it."""
    if not block.text or block.origin != "body":
        return False
    end = block.offsets[len(block.text) - 1] + 1
    rest = doc.source[end : end + 3].lstrip(" \t*")
    return rest.startswith(":")


def title_blocks(doc: Document) -> list[Block]:
    """The title block, plus body headings in the title area that say something different."""
    if doc.title is None or doc.title.block is None:
        return []
    first = doc.title.block
    out = [] if _is_label(doc, first) else [first]
    seen = {_normal(first.text)}
    for block in doc.title_blocks:
        if block is first or block.kind != "heading" or block.implied_heading:
            continue
        key = _normal(block.text)
        if key and key not in seen and not _is_label(doc, block):
            seen.add(key)
            out.append(block)
    return out


@register("title")
class Title(CheckKind):
    summary = "Checks the posting's title: length, all capitals, or text matching patterns (once per title)."
    # max_length: characters; all_caps: report titles written in capitals (at least two words of
    # three letters or more, so "CTO" or "VP, HR" pass); patterns: regular expressions, all
    # matches of one title give one finding ({match} lists them).
    # missing: report, once, a posting in which no title was found (title rules and the role
    # profile then have nothing to read).
    # unless: document facts that silence the rule ("(m/w/d)" stated anywhere in the posting).
    options = {
        "max_length": None,
        "all_caps": False,
        "patterns": [],
        "unless": [],
        "unless_in_block": [],
        "missing": False,
    }

    @classmethod
    def validate(cls, rule) -> None:
        o = rule.options
        entries = _entries(o["patterns"])
        for pattern, _ in entries:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"bad regular expression {pattern!r}: {exc}") from None
        limit = o["max_length"]
        if limit is not None and (isinstance(limit, bool) or not isinstance(limit, int) or limit < 1):
            raise ValueError("'max_length' must be a whole number >= 1")
        if not isinstance(o["missing"], bool):
            raise ValueError("'missing' must be true or false")
        if not entries and limit is None and not o["all_caps"] and not o["missing"]:
            raise ValueError("a title rule needs 'patterns', 'max_length', 'all_caps' or 'missing'")
        validate_conditions(rule)

    @cached_property
    def compiled(self) -> list[re.Pattern[str]]:
        return [re.compile(p, 0 if cs else re.I) for p, cs in _entries(self.patterns)]

    def run(self, ctx: Context) -> Iterator[Finding]:
        scope = set(self.rule.scope)
        if not ({"all", "title"} & scope) or "~title" in scope:
            return
        if self.missing:
            if ctx.doc.title is None:
                start = next((b.span.start for b in ctx.doc.blocks if b.origin == "body" and b.text), 0)
                yield ctx.finding(Span(start, start), self.rule.render(suggestion=self.rule.suggestion or ""))
            return
        if any(facts.holds(name, ctx.doc) for name in self.unless):
            return
        for block in title_blocks(ctx.doc):
            if not block.text.strip() or block_excepted(self.unless_in_block, block):
                continue
            finding = self._check(ctx, block)
            if finding is not None:
                yield finding

    def _check(self, ctx: Context, block: Block) -> Finding | None:
        text = block.text
        whole = (0, len(text))
        if self.max_length is not None and len(text) > self.max_length:
            return self._finding(ctx, block, whole, text, length=len(text), limit=self.max_length)
        if self.all_caps and _all_caps(text):
            return self._finding(ctx, block, whole, text)
        spans = self._matches(block)
        if spans:
            words = []
            for a, b in spans:
                if text[a:b] not in words:
                    words.append(text[a:b])
            # One finding for the title: the message names each word, the match is the text the
            # finding points at (from the first word to the last), as for every other rule.
            start, end = spans[0][0], spans[-1][1]
            return self._finding(ctx, block, (start, end), text[start:end], words="', '".join(words))
        return None

    def _matches(self, block: Block) -> list[tuple[int, int]]:
        masked = list(block.masked_ranges)
        spans: list[tuple[int, int]] = []
        for regex in self.compiled:
            for m in regex.finditer(block.text):
                a, b = m.span()
                if a == b or any(x < b and a < y for x, y in masked + spans):
                    continue
                spans.append((a, b))
        return sorted(spans)

    def _finding(
        self, ctx: Context, block: Block, span: tuple[int, int], match: str, *, words: str | None = None, **fields: Any
    ) -> Finding:
        hint = self.rule.suggestion or ""
        message = self.rule.render(match=match if words is None else words, title=block.text, suggestion=hint, **fields)
        return ctx.finding(
            block.source_span(*span), message, block=block, suggestions=[hint] if hint else [], match=match
        )


def _all_caps(text: str) -> bool:
    words = re.findall(r"[^\W\d_]{3,}", text)
    letters = [c for c in text if c.isalpha()]
    return len(words) >= 2 and all(not c.islower() for c in letters) and any(c.isupper() for c in letters)
