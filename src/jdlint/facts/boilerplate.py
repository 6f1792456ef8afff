"""Boilerplate: the equal-opportunity, accommodation, privacy, background-check, right-to-work,
legal and "only those selected will be contacted" paragraphs employers paste into every posting.

They are recognised by what they say (cues per kind and language in rules/data/boilerplate.yaml,
with the laws and official texts they come from), and a block of a section headed as an
equal-opportunity statement is boilerplate whatever it says. A sentence that carries a cue is
boilerplate; when such sentences make up at least half of a block's words the whole block is
(the "We encourage people of all backgrounds to apply" that follows a non-discrimination
sentence). Rules that judge wording and readability skip boilerplate (``skip_boilerplate``);
structure rules still see it."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate

from .. import yamlutil
from ..model import Block, Document, Span
from ..prefilter import Prefilter, fold, joined
from ..resources import rules_root
from .base import Fact, in_block, prose

# A bullet among the duties or requirements describes the job ("Foster the EEO program", "Ensure
# Fellows receive reasonable accommodations"), even when it names a legal matter.
_JOB_CONTENT = ("responsibilities", "requirements", "nice-to-have")

KINDS = (
    "equal-opportunity",
    "accommodation",
    "privacy",
    "background-check",
    "right-to-work",
    "legal",
    "applicant-notice",
)
# A block whose cue sentences hold this share of its words is boilerplate as a whole.
_WHOLE_BLOCK_SHARE = 0.5


@dataclass(frozen=True, kw_only=True)
class Boilerplate(Fact):
    kind: str  # one of KINDS
    reason: str  # the words that gave it away, or the section it sits in
    whole_block: bool  # the whole block, not one sentence of it


Cues = tuple[tuple[str, re.Pattern[str], Prefilter], ...]  # (kind, cues, their prefilter)


@lru_cache(maxsize=1)
def cues() -> Cues:
    """(kind, compiled cues of every language, their prefilter) per kind."""
    data = yamlutil.load_data((rules_root() / "data" / "boilerplate.yaml").read_text(encoding="utf-8"))
    out = []
    for kind, by_language in data["kinds"].items():
        if kind not in KINDS:
            raise ValueError(f"rules/data/boilerplate.yaml: unknown kind {kind!r}")
        patterns = [p for language_cues in by_language.values() for p in language_cues]
        regex = re.compile("|".join(f"(?:{p})" for p in patterns), re.I)
        out.append((kind, regex, Prefilter(regex)))
    return tuple(out)


def classify(text: str, folded: str | None = None, live: Cues | None = None) -> tuple[str, str] | None:
    """(kind, matched words) of the first boilerplate cue in ``text``, or None. ``folded`` is
    ``prefilter.fold(text)`` when the caller has it, ``live`` the cues that may match at all."""
    if folded is None:
        folded = fold(text)
    for kind, pattern, needs in cues() if live is None else live:
        if not needs.may_match(folded):
            continue
        m = pattern.search(text)
        if m is not None:
            return kind, m.group(0)
    return None


def read(doc: Document) -> list[Boilerplate]:
    """The posting's boilerplate, block by block in document order."""
    found: list[Boilerplate] = []
    everywhere = joined(prose(doc))
    live = tuple(cue for cue in cues() if cue[2].may_match(everywhere))
    for block in prose(doc):
        if block.is_heading:
            continue
        section = block.section
        # A section named so by its heading; one whose kind was guessed from its content is read
        # block by block like any other.
        if section is not None and section.kind == "equal-opportunity" and not section.inferred:
            heading = (
                f"section '{section.heading.text}'" if section.heading is not None else "equal-opportunity section"
            )
            found.append(
                Boilerplate(
                    **in_block(block, 0, len(block.text), kind="equal-opportunity", reason=heading, whole_block=True)
                )
            )
            continue
        if block.kind == "list_item" and section is not None and section.kind in _JOB_CONTENT:
            # Only an invitation to apply is not about the job: "If you are part of an
            # under-represented group, we particularly encourage you to apply" among the requirements.
            found.extend(b for b in _sentences(block, live) if _invites_applications(block, b))
            continue
        found.extend(_sentences(block, live))
    return found


_INVITES_YOU = re.compile(
    r"\b(?:encourage|invite|urge)s? you to apply\b|\b(?:encourage|welcome|invite)s? (?:your )?applications\b", re.I
)


def _invites_applications(block: Block, found: Boilerplate) -> bool:
    """An equal-opportunity statement in a list item that invites the reader to apply."""
    return found.kind == "equal-opportunity" and _INVITES_YOU.search(block.text) is not None


def _sentences(block: Block, live: Cues) -> list[Boilerplate]:
    folded = block.folded
    live = tuple(cue for cue in live if cue[2].may_match(folded))
    if not live:
        return []  # no cue can match in any sentence of the block
    units = [(s.start, s.end, s.word_count) for s in block.sentences] or [(0, len(block.text), block.word_count)]
    hits = []
    for start, end, words in units:
        hit = classify(block.text[start:end], folded[start:end], live)
        if hit is not None:
            hits.append((start, end, words, hit))
    if not hits:
        return []
    total = sum(words for _, _, words in units) or 1
    if sum(words for _, _, words, _ in hits) / total >= _WHOLE_BLOCK_SHARE:
        kind, reason = hits[0][3]
        return [Boilerplate(**in_block(block, 0, len(block.text), kind=kind, reason=reason, whole_block=True))]
    return [
        Boilerplate(**in_block(block, start, end, kind=kind, reason=words, whole_block=False))
        for start, end, _, (kind, words) in hits
    ]


def covers(items: Iterable[Boilerplate], span: Span) -> bool:
    """Does boilerplate hold the whole of ``span`` (a finding, a match)?"""
    return any(b.span is not None and b.span.start <= span.start and span.end <= b.span.end for b in items)


class Cover:
    """``covers`` for many spans: one of the items holds ``span`` when, of the items that start
    at or before it, the one that reaches furthest reaches its end (a bisection, not a scan of
    every item for every word of a long posting)."""

    def __init__(self, items: Iterable[Boilerplate]) -> None:
        spans = sorted((b.span.start, b.span.end) for b in items if b.span is not None)
        self._starts = [start for start, _ in spans]
        self._reach = list(accumulate((end for _, end in spans), max))

    def holds(self, span: Span) -> bool:
        i = bisect_right(self._starts, span.start)
        return i > 0 and self._reach[i - 1] >= span.end

    def touches(self, start: int, end: int) -> bool:
        """Does an item share a character with ``[start, end)``?"""
        i = bisect_left(self._starts, end)
        return i > 0 and self._reach[i - 1] > start


def whole_blocks(items: Iterable[Boilerplate]) -> set[int]:
    """``id()`` of the blocks that are boilerplate as a whole."""
    return {id(b.block) for b in items if b.whole_block}
