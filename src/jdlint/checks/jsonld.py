"""``jsonld``: schema.org ``JobPosting`` structured data in HTML pages, checked against the
properties Google's job search requires and recommends. Pages without JSON-LD are not checked."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..facts.base import job_postings
from ..model import Span
from .base import CheckKind, Context, Finding, register

_REPORTS = ("invalid", "required", "recommended")


def _has(value: Any) -> bool:
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, (list, dict)):
        return bool(value)
    return value is not None


def _first(value: Any) -> Any:
    return value[0] if isinstance(value, list) and value else value


def missing_required(posting: dict) -> list[str]:
    """Google's required properties that are absent or incomplete."""
    missing = [p for p in ("title", "description", "datePosted") if not _has(posting.get(p))]
    org = _first(posting.get("hiringOrganization"))
    if not (isinstance(org, dict) and _has(org.get("name"))) and not (isinstance(org, str) and org.strip()):
        missing.append("hiringOrganization.name")
    remote = str(posting.get("jobLocationType", "")).upper() == "TELECOMMUTE"
    if remote:
        if not _has(posting.get("applicantLocationRequirements")):
            missing.append("applicantLocationRequirements")
    else:
        location = _first(posting.get("jobLocation"))
        address = location.get("address") if isinstance(location, dict) else None
        address = _first(address)
        if not isinstance(location, dict):
            missing.append("jobLocation")
        elif not (isinstance(address, dict) and _has(address.get("addressCountry"))):
            missing.append("jobLocation.address.addressCountry")
    return missing


@register("jsonld")
class JsonLd(CheckKind):
    summary = "Checks schema.org JobPosting JSON-LD in HTML pages (required and recommended properties)."
    options = {"report": "required", "recommended": ["validThrough", "baseSalary", "employmentType"]}

    @classmethod
    def validate(cls, rule) -> None:
        if rule.options["report"] not in _REPORTS:
            raise ValueError(f"'report' must be one of {', '.join(_REPORTS)}")

    def run(self, ctx: Context) -> Iterator[Finding]:
        for data, error, span in ctx.doc.structured_data:
            anchor = Span(span.start, min(span.end, span.start + 1))
            if error is not None:
                if self.report == "invalid":
                    yield ctx.finding(anchor, self.rule.render(error=error), section="schema")
                continue
            for posting in job_postings(data):
                if self.report == "required":
                    missing = missing_required(posting)
                else:
                    missing = (
                        [p for p in self.recommended if not _has(posting.get(p))]
                        if self.report == "recommended"
                        else []
                    )
                if missing:
                    message = self.rule.render(missing=", ".join(missing))
                    yield ctx.finding(anchor, message, section="schema")
