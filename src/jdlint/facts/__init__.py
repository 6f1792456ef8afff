"""Facts: what is learned about a posting as a whole, read once, between sections and checks.

``compute(doc)`` reads every fact of a parsed document (title and role, pay, location and work
mode, jurisdictions, employment type and hours, years of experience and education asked, the
must-have requirements, the names of the organisation, how to apply, deadline and date posted,
the links of the text, the roles of a page that lists several, boilerplate paragraphs) and the
yes/no conditions rules name in ``unless:``. The engine stores the result on ``Document.facts``;
checks read it through ``of(doc)`` and never recompute it.
Each fact carries its source span and where it came from (``origin``: body, front-matter,
json-ld, config; ``field``: the front-matter key or JSON-LD property).

Nothing here imports checks, the configuration, the engine or the CLI.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..model import Document, Span
from . import apply as _apply
from . import boilerplate as _boilerplate
from . import employment as _employment
from . import experience as _experience
from . import jurisdiction as _jurisdiction
from . import links as _links
from . import location as _location
from . import names as _names
from . import page_roles as _page_roles
from . import pay as _pay
from . import requirements as _requirements
from .apply import ApplyPath, DateFact
from .base import Fact
from .boilerplate import Boilerplate
from .conditions import CONDITIONS
from .employment import EmploymentType, Hours
from .experience import Education, ExperienceYears
from .jurisdiction import JurisdictionFact
from .language import Language
from .links import Link
from .location import LocationFact, WorkMode
from .names import Name
from .page_roles import PageRole
from .pay import PayFacts, PayRange, PayStatement, VaguePay
from .requirements import MustHave, RequirementFacts


@dataclass(frozen=True, kw_only=True)
class TitleFact(Fact):
    text: str


@dataclass(frozen=True, kw_only=True)
class RoleFact(Fact):
    id: str
    matched_by: str  # front-matter, config or title


@dataclass(frozen=True, kw_only=True)
class EmployerFact(Fact):
    name: str


@dataclass
class Facts:
    title: TitleFact | None = None
    role: RoleFact | None = None
    employer: EmployerFact | None = None
    # What the posting calls its organisation and its parts (employer, org fields, "X Group").
    names: list[Name] = field(default_factory=list)
    pay: PayFacts = field(default_factory=PayFacts)
    locations: list[LocationFact] = field(default_factory=list)
    work_mode: WorkMode | None = None
    jurisdictions: list[JurisdictionFact] = field(default_factory=list)
    employment: list[EmploymentType] = field(default_factory=list)
    hours: Hours | None = None
    experience: list[ExperienceYears] = field(default_factory=list)
    education: list[Education] = field(default_factory=list)
    requirements: RequirementFacts = field(default_factory=RequirementFacts)
    apply: list[ApplyPath] = field(default_factory=list)
    deadline: DateFact | None = None
    date_posted: DateFact | None = None
    # Links in the posting's text, each with what is wrong with its address (if anything).
    links: list[Link] = field(default_factory=list)
    # The roles of a careers page that lists several jobs ([] for a posting of one role).
    page_roles: list[PageRole] = field(default_factory=list)
    # Equal-opportunity, privacy, legal... paragraphs that wording and readability rules skip.
    boilerplate: list[Boilerplate] = field(default_factory=list)
    conditions: dict[str, bool] = field(default_factory=dict)
    # The posting's language (facts.language.detect, run by the engine before the other facts:
    # it needs the analysed tokens, and rules are gated by it).
    language: Language | None = None

    def to_dict(self, doc: Document) -> dict[str, Any]:
        """JSON-ready facts: each with its values, source and position."""

        def one(fact: Fact | None) -> dict[str, Any] | None:
            return None if fact is None else _located(doc, fact)

        def many(items) -> list[dict[str, Any]]:
            return [_located(doc, f) for f in items]

        lang = self.language
        return {
            "language": None
            if lang is None
            else {
                "code": lang.code,
                "confidence": round(lang.confidence, 3),
                "reliable": lang.reliable,
                "source": lang.source,
            },
            "title": one(self.title),
            "role": one(self.role),
            "employer": one(self.employer),
            "names": many(self.names),
            "pay": {
                "statements": many(self.pay.statements),
                "vague": many(self.pay.vague),
                "ranges": many(self.pay.ranges),
                "grades": many(self.pay.grades),
                "unpaid": many(self.pay.unpaid),
            },
            "locations": many(self.locations),
            "work_mode": one(self.work_mode),
            "jurisdictions": many(self.jurisdictions),
            "employment": many(self.employment),
            "hours": one(self.hours),
            "experience": many(self.experience),
            "education": many(self.education),
            "must_haves": many(self.requirements.must_haves),
            "separates_optional": self.requirements.separates_optional,
            "apply": many(self.apply),
            "deadline": one(self.deadline),
            "date_posted": one(self.date_posted),
            "links": many(self.links),
            "page_roles": many(self.page_roles),
            "boilerplate": many(self.boilerplate),
            "conditions": dict(self.conditions),
        }


def _located(doc: Document, fact: Fact) -> dict[str, Any]:
    out = fact.values()
    out["source"] = fact.origin
    if fact.field:
        out["field"] = fact.field
    if fact.span is not None:
        start = doc.locate(fact.span.start)
        end = doc.locate(max(fact.span.end, fact.span.start))
        out.update(line=start.line, column=start.column, end_line=end.line, end_column=end.column)
    return out


def _title(doc: Document) -> TitleFact | None:
    title = doc.title
    if title is None:
        return None
    block = title.block
    origin = "front-matter" if block is not None and block.origin == "front-matter" else "body"
    return TitleFact(
        text=title.text,
        span=title.span,
        origin=origin,
        field=block.field if origin == "front-matter" and block is not None else None,
        block=block,
    )


def _role(doc: Document, title: TitleFact | None) -> RoleFact | None:
    if not doc.role:
        return None
    how = doc.role_source or "config"
    if how == "title" and title is not None:
        return RoleFact(
            id=doc.role, matched_by=how, span=title.span, origin=title.origin, field=title.field, block=title.block
        )
    if how == "front-matter":
        from ..readers.frontmatter import role_field
        from ..sections import default_vocabulary
        from .base import meta_span

        found = role_field(doc.meta, default_vocabulary().fm_role)
        key = found[0] if found else None
        return RoleFact(
            id=doc.role,
            matched_by=how,
            span=meta_span(doc, key) if key else Span(0, 0),
            origin="front-matter",
            field=key,
        )
    return RoleFact(id=doc.role, matched_by=how, span=None, origin="config")


def _employer(names: list[Name]) -> EmployerFact | None:
    """The hiring organisation named by a front-matter field or JSON-LD ``hiringOrganization``."""
    for name in names:
        if name.how == "employer":
            return EmployerFact(name=name.text, span=name.span, origin=name.origin, field=name.field)
    return None


def compute(doc: Document) -> Facts:
    """Read every fact of a parsed document (title, sections and role already set)."""
    title = _title(doc)
    names = _names.read(doc)
    locations, mode = _location.read(doc)
    employment, hours = _employment.read(doc)
    facts = Facts(
        title=title,
        role=_role(doc, title),
        employer=_employer(names),
        names=names,
        pay=_pay.read(doc),
        locations=locations,
        work_mode=mode,
        jurisdictions=_jurisdiction.detect(doc, locations),
        employment=employment,
        hours=hours,
        experience=_experience.years(doc),
        education=_experience.education(doc),
        requirements=_requirements.read(doc),
        apply=_apply.paths(doc),
        deadline=_apply.deadline(doc),
        date_posted=_apply.date_posted(doc),
        links=_links.read(doc),
        page_roles=_page_roles.read(doc),
        boilerplate=_boilerplate.read(doc),
        language=doc.language,
    )
    facts.conditions = {name: bool(func(doc, facts)) for name, func in CONDITIONS.items()}
    return facts


def of(doc: Document) -> Facts:
    """The document's facts, computed on first use and kept on the document."""
    if doc.facts is None:
        doc.facts = compute(doc)
    return doc.facts


def holds(name: str, doc: Document) -> bool:
    """Does the named condition hold for the document? (``unless: [name]`` in a rule)."""
    return of(doc).conditions[name]


__all__ = [
    "CONDITIONS",
    "ApplyPath",
    "Boilerplate",
    "DateFact",
    "Education",
    "EmployerFact",
    "EmploymentType",
    "ExperienceYears",
    "Fact",
    "Facts",
    "Hours",
    "JurisdictionFact",
    "Language",
    "LocationFact",
    "MustHave",
    "Name",
    "PayFacts",
    "PayRange",
    "PayStatement",
    "RequirementFacts",
    "RoleFact",
    "TitleFact",
    "VaguePay",
    "WorkMode",
    "compute",
    "holds",
    "of",
]
