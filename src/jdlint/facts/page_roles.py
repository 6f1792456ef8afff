"""Roles on one page: a careers page that lists several jobs, each under a heading that names it
("Softwareontwikkelaar frontend", "DevOps engineer") and each with its own duties or requirements.

Rules about the posting as a whole that count or compare sections (a section kind that comes back,
the number of must-haves, the length) judge each role on its own: the second role's "You will:"
list does not repeat the first role's, and five short roles do not make one long posting."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING

from ..model import Block, Document
from .base import Fact, in_block

if TYPE_CHECKING:  # pragma: no cover
    from ..sections import Vocabulary

# Sections that belong to one role: a heading that names a job with none of them under it is a
# title or a teaser, not a role of the page.
_ROLE_KINDS = ("responsibilities", "requirements", "nice-to-have")
_MIN_ROLES = 2


@dataclass(frozen=True, kw_only=True)
class PageRole(Fact):
    text: str  # the heading that names the role


def read(doc: Document) -> list[PageRole]:
    """The roles of a page that lists two or more, in order; [] for a page of one posting."""
    from ..sections import default_vocabulary, job_title_heading

    vocab = default_vocabulary()
    title_block = doc.title.block if doc.title is not None else None
    by_level: dict[int, list[Block]] = {}
    for block in doc.blocks:
        if (
            block.origin == "body"
            and block is not title_block
            and job_title_heading(block, vocab)
            and _names_only_a_job(block.text, vocab)
            # (what a bracket adds, "(full-time or part-time)", names no section)
            and vocab.classify(_BRACKETS.sub("", block.text)) in (None, "other")
        ):
            by_level.setdefault(block.level, []).append(block)
    sections = sorted((s.span.start, s.kind) for s in doc.sections if s.kind in _ROLE_KINDS)
    for level in sorted(by_level):
        headings = by_level[level]
        if len(headings) < _MIN_ROLES:
            continue
        bounds = [h.span.start for h in headings] + [len(doc.source) + 1]
        # Every role has duties or requirements of its own, and the same kind comes back from one
        # role to the next: a page of several postings, not one posting with job-named headings.
        kinds = [_kinds_between(sections, a, b) for a, b in pairwise(bounds)]
        if all(kinds) and any(k & other for k, other in pairwise(kinds)):
            return [PageRole(text=h.text, **in_block(h, 0, len(h.text))) for h in headings]
    return []


# Headings that speak about a role rather than name one: "What the steward does", "Objective #1:
# Lead small teams", "Achieving commercial outcomes", "About the engineer role".
_NOT_A_NAME = re.compile(
    r"^\W*(?:what|who|how|why|where|when|about|your|our|the|this|key|objective|wat|wie|was|qui|que|quem|o que)\b"
    r"|[:?!]",
    re.I,
)
# "Achieving commercial outcomes": a heading that opens with a verb in -ing names an activity,
# unless a job word ends it ("Marketing/Growth Lead").
_GERUND = re.compile(r"^\W*[^\W\d_]+ing\b", re.I)
_MAX_ROLE_WORDS = 8
_BRACKETS = re.compile(r"\([^()]*\)")


def _names_only_a_job(text: str, vocab: Vocabulary) -> bool:
    from ..sections import names_a_job

    if len(text.split()) > _MAX_ROLE_WORDS or _NOT_A_NAME.search(text):
        return False
    bare = _BRACKETS.sub("", text).split()
    return not _GERUND.match(text) or bool(bare and names_a_job(bare[-1], vocab))


def _kinds_between(sections: list[tuple[int, str]], a: int, b: int) -> set[str]:
    return {kind for start, kind in sections if a <= start < b}


def role_index(roles: list[PageRole], offset: int) -> int:
    """Which role of the page an offset in the source falls in: 0 before the first role heading
    (the page's introduction), n under the n-th; always 0 on a page of one posting."""
    return bisect_right([r.block.span.start if r.block is not None else 0 for r in roles], offset)
