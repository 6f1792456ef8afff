"""What a check kind is, and the registry that YAML rules name with ``kind:``.

A check kind is a class: it declares its options (name -> default), validates and compiles them
once when the rule is loaded, and yields findings for a parsed document. Rules are data that
pick a kind and fill in its options.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any, ClassVar

from ..model import Block, Document, Span

if TYPE_CHECKING:  # pragma: no cover
    from ..config import Config
    from ..rules import Rule

KINDS: dict[str, type[CheckKind]] = {}


def register(name: str):
    """Class decorator: make a check kind available to rule files as ``kind: <name>``."""

    def wrap(cls: type[CheckKind]) -> type[CheckKind]:
        cls.kind_name = name
        KINDS[name] = cls
        return cls

    return wrap


FIX_APPLICABILITIES = ("safe", "unsafe")


@dataclass(frozen=True)
class Fix:
    """One edit of the source: replace ``span`` with ``replacement``.

    ``safe`` fixes (one unambiguous replacement that keeps the meaning) are applied by
    ``--fix``; ``unsafe`` ones only with ``--unsafe-fixes`` because the result needs reading.
    """

    span: Span
    replacement: str
    applicability: str

    def to_dict(self) -> dict[str, str]:
        return {"replacement": self.replacement, "applicability": self.applicability}


@dataclass
class Finding:
    code: str
    name: str
    category: str
    severity: str
    message: str
    span: Span
    section: str | None = None
    suggestions: list[str] = field(default_factory=list)
    match: str = ""
    # Filled in when reported:
    line: int = 0
    column: int = 0
    end_line: int = 0
    end_column: int = 0
    fix: Fix | None = None

    @property
    def is_note(self) -> bool:
        """A note about jdlint's run (from a rule with ``note: true``), not a finding about the posting."""
        return self.severity == "note"

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "name": self.name,
            "category": self.category,
            "severity": self.severity,
            "message": self.message,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "section": self.section,
            "suggestions": list(self.suggestions),
            "fix": self.fix.to_dict() if self.fix else None,
        }


class Findings(list):
    """What the Python API returns for one posting: its findings (a list, as before), with the
    notes about jdlint's run kept apart in ``notes`` (they are not problems with the posting)."""

    def __init__(self, findings: Iterable[Finding] = (), notes: Iterable[Finding] = ()) -> None:
        super().__init__(findings)
        self.notes: list[Finding] = list(notes)


@dataclass
class Context:
    """What a check sees: the document, the run's configuration and the rule being run."""

    doc: Document
    config: Config
    rule: Rule

    def finding(
        self,
        span: Span,
        message: str,
        *,
        block: Block | None = None,
        section: str | None = None,
        suggestions: list[str] | None = None,
        match: str = "",
    ) -> Finding:
        rule = self.rule
        if section is None and block is not None:
            in_title = (self.doc.title and block is self.doc.title.block) or block in self.doc.title_blocks
            section = "title" if in_title else (block.section.kind if block.section else None)
        return Finding(
            rule.code, rule.name, rule.category, rule.level, message, span, section, list(suggestions or []), match
        )

    @cached_property
    def boilerplate(self) -> list:
        """Boilerplate the rule leaves alone (none unless the rule has ``skip_boilerplate``)."""
        from .. import facts

        return list(facts.of(self.doc).boilerplate) if self.rule.skip_boilerplate else []

    @cached_property
    def _boilerplate_blocks(self) -> set[int]:
        from ..facts.boilerplate import whole_blocks

        return whole_blocks(self.boilerplate)

    def is_boilerplate(self, block: Block) -> bool:
        """The whole block is boilerplate the rule leaves alone."""
        return id(block) in self._boilerplate_blocks

    @cached_property
    def _boilerplate_cover(self):
        from ..facts.boilerplate import Cover

        return Cover(self.boilerplate)

    def skipped(self, span: Span) -> bool:
        """A finding or a match at ``span`` lies in boilerplate the rule leaves alone."""
        return bool(self.boilerplate) and self._boilerplate_cover.holds(span)

    def may_skip(self, block: Block) -> bool:
        """Boilerplate the rule leaves alone touches the block: without it, ``skipped`` is false
        for every span of the block."""
        if not self.boilerplate or not block.text:
            return False
        if block.offsets is None:  # pragma: no cover - a block made by hand
            return True
        return self._boilerplate_cover.touches(min(block.offsets), max(block.offsets) + 1)

    def prose_of(self, section) -> list[Block]:
        """A section's prose blocks, without those that are boilerplate the rule leaves alone."""
        return [b for b in section.blocks if b.is_prose and not self.is_boilerplate(b)]

    def checked_text(self, block: Block) -> str:
        """A block's text without the boilerplate sentences the rule leaves alone (readability
        of a summary is not the readability of the non-discrimination sentence inside it)."""
        cuts = sorted((b.span.start, b.span.end) for b in self.boilerplate if b.block is block and b.span)
        if not cuts:
            return block.text
        return "".join(
            ch for ch, at in zip(block.text, block.offsets, strict=True) if not any(a <= at < z for a, z in cuts)
        )

    def blocks(self) -> Iterator[Block]:
        """Blocks in the rule's scope: title, section headings and prose of selected sections
        (boilerplate left out when the rule skips it).

        Scope items: ``all``, ``title``, ``headings`` (every section heading), ``outside`` (text
        in no section: a status notice such as "## FILLED", page furniture; never part of
        ``all``) and section kinds; ``~item`` removes one (``[all, ~title]``: everything but the
        title).
        """
        scope = self.rule.scope
        positive = {s for s in scope if not s.startswith("~")}
        negative = {s[1:] for s in scope if s.startswith("~")}
        everything = "all" in positive
        if (everything or "title" in positive) and "title" not in negative:
            title = self.doc.title.block if self.doc.title else None
            if title is not None:
                yield title
            for block in self.doc.title_blocks:
                if block is not title and block.kind == "heading":
                    yield block
        for section in self.doc.checked_sections:
            kinds = {section.kind, section.canonical}
            selected = (everything or bool(kinds & positive)) and not (kinds & negative)
            heading = section.heading
            if (
                heading is not None
                and heading.kind == "heading"
                and "headings" not in negative
                and (selected or "headings" in positive)
            ):
                yield heading
            if selected:
                for block in section.blocks:
                    if (block.is_prose or block.kind == "heading") and not self.is_boilerplate(block):
                        yield block
        if "outside" in positive:
            title = self.doc.title.block if self.doc.title else None
            for block in self.doc.blocks:
                if block.section is None and block is not title and (block.is_prose or block.kind == "heading"):
                    yield block

    def sections(self) -> list:
        """Sections in the rule's scope (same selection as ``blocks``)."""
        scope = self.rule.scope
        positive = {s for s in scope if not s.startswith("~")}
        negative = {s[1:] for s in scope if s.startswith("~")}
        return [
            s
            for s in self.doc.checked_sections
            if ("all" in positive or {s.kind, s.canonical} & positive) and not ({s.kind, s.canonical} & negative)
        ]


def title_anchor(doc: Document) -> tuple[Span, Block | None]:
    """Where a finding about the whole posting points: the title, else the first block with text."""
    block = doc.title.block if doc.title and doc.title.block else None
    if block is not None and block.text:
        return block.source_span(0, len(block.text)), block
    first = next((b for b in doc.blocks if b.text), None)
    if first is not None:
        return first.source_span(0, len(first.text)), first
    return start_span(doc), None


def start_span(doc: Document) -> Span:
    """The first character of the posting (of its record, in a file of several), where a finding
    about a posting with no text points; empty when that character is a line break (half of a
    CRLF is not a place in the text)."""
    at = doc.record_span.start if doc.record_span is not None else 0
    return Span(at, at + 1) if doc.source[at : at + 1] not in ("", "\r", "\n") else Span(at, at)


class CheckKind(ABC):
    """Base class of check kinds. Subclasses set ``options`` and implement ``run``."""

    kind_name: ClassVar[str] = ""
    fixable: ClassVar[bool] = False  # may the kind's rules declare ``fix:`` (see jdlint.fixes)
    options: ClassVar[dict[str, Any]] = {}  # option name -> default
    summary: ClassVar[str] = ""
    # Kinds that judge wording or readability leave boilerplate (equal-opportunity, privacy,
    # legal notices) alone unless a rule says ``skip_boilerplate: false``.
    skips_boilerplate: ClassVar[bool] = False

    def __init__(self, rule: Rule, values: dict[str, Any]) -> None:
        self.rule = rule
        self.values = values

    def __getattr__(self, name: str) -> Any:
        try:
            return self.__dict__["values"][name]
        except KeyError:
            raise AttributeError(name) from None

    @classmethod  # noqa: B027 - an optional hook, not abstract: kinds without options keep it
    def validate(cls, rule: Rule) -> None:
        """Raise ValueError when the rule's options do not fit this kind."""

    @abstractmethod
    def run(self, ctx: Context) -> Iterator[Finding]:
        """Yield the rule's findings for ``ctx.doc``."""
