"""A schema.org ``JobPosting`` object built from a posting's facts and sections
(``jdlint parse --output-format jsonld``), for job boards that publish postings written in
Markdown.

Nothing is invented: a property the posting does not state is left out, and the required ones
(per Google's job-posting structured-data documentation) are returned as ``missing`` so the CLI
can list them. See https://developers.google.com/search/docs/appearance/structured-data/job-posting
"""

from __future__ import annotations

import re
from typing import Any

from .. import facts as _facts
from ..model import Document

_EMPLOYMENT = {
    "full-time": "FULL_TIME",
    "part-time": "PART_TIME",
    "contract": "CONTRACTOR",
    "temporary": "TEMPORARY",
    "internship": "INTERN",
}
_UNIT = {"hour": "HOUR", "day": "DAY", "week": "WEEK", "month": "MONTH", "year": "YEAR"}
# schema.org credentialCategory values Google reads.
_CREDENTIAL = {
    "high-school": "high school",
    "associate": "associate degree",
    "bachelor": "bachelor degree",
    "master": "postgraduate degree",
    "doctorate": "postgraduate degree",
    "vocational": "professional certificate",
}
# A dollar of unknown country takes the country of the posting's detected jurisdiction.
_DOLLAR_OF = {"US": "USD", "CA": "CAD", "AU": "AUD", "NZ": "NZD"}
_US_STATES = frozenset(
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK "
    "OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR".split()
)
_CA_PROVINCES = frozenset("AB BC MB NB NL NS NT NU ON PE QC SK YT".split())
_REMOTE_WORDS = re.compile(
    r"\b(?:100%|fully|remote(?:ly)?|telecommut\w*|work from home|wfh|anywhere|first|only|"
    r"hybrid|on-?site|in)\b|[()\[\]|/·•-]",
    re.I,
)


def _section_text(doc: Document, *kinds: str) -> str:
    lines = [b.text for s in doc.sections if s.kind in kinds for b in s.content_blocks if b.text]
    return "\n".join(lines)


def _country(f: _facts.Facts) -> str | None:
    countries = {j.id.split("-")[0] for j in f.jurisdictions if j.origin != "config"}
    return countries.pop() if len(countries) == 1 else None


def _address(text: str, country: str | None) -> dict[str, str]:
    """ "Denver, CO" -> locality, region and country (a US state code says US); "Leeds, United
    Kingdom" -> locality and country; "Lyon, Auvergne-Rhône-Alpes, France" -> all three."""
    parts = [p.strip() for p in re.split(r",|\n", text) if p.strip()]
    address: dict[str, str] = {"@type": "PostalAddress"}
    if parts:
        address["addressLocality"] = parts[0]
    if len(parts) >= 3:
        address["addressRegion"] = parts[1]
        address["addressCountry"] = parts[-1]
    elif len(parts) == 2:
        code = parts[1] if re.fullmatch(r"[A-Z]{2}", parts[1]) else None
        if code in _US_STATES or code in _CA_PROVINCES:
            address["addressRegion"] = code
            country = country or ("US" if code in _US_STATES else "CA")
        else:
            address["addressCountry"] = parts[1]
    if "addressCountry" not in address and country:
        address["addressCountry"] = country
    return address


def _salary(f: _facts.Facts, country: str | None) -> dict[str, Any] | None:
    wages = [s for s in f.pay.wages if s.component == "base" and s.origin != "json-ld"] or f.pay.wages
    low: float | None
    high: float | None
    if f.pay.ranges:
        r = f.pay.ranges[0]
        low, high, currency, period = r.low.pay.value, r.high.pay.value, r.low.pay.currency, r.low.pay.period
    elif wages:
        pay = next((s.pay for s in wages if s.pay.is_range), wages[0].pay)
        low, high, currency, period = pay.low, pay.high, pay.currency, pay.period
    else:
        return None
    if currency == "$":
        currency = _DOLLAR_OF.get(country or "")
    if not currency:
        return None
    value: dict[str, Any] = {"@type": "QuantitativeValue"}
    if low is not None and high is not None and high > low:
        value.update(minValue=low, maxValue=high)
    elif low is not None or high is not None:
        if low is not None and high is not None:
            value["value"] = low
        elif low is not None:
            value["minValue"] = low
        else:
            value["maxValue"] = high
    if period in _UNIT:
        value["unitText"] = _UNIT[period]
    return {"@type": "MonetaryAmount", "currency": currency, "value": value}


def _location(f: _facts.Facts, out: dict[str, Any], missing: list[str]) -> str | None:
    """Set jobLocation or jobLocationType; return the country the location names, if any."""
    statements = [loc for loc in f.locations if loc.is_statement] or list(f.locations)
    if f.work_mode is not None and f.work_mode.mode == "remote":
        out["jobLocationType"] = "TELECOMMUTE"
        where = next(
            (
                _REMOTE_WORDS.sub(" ", loc.text).strip(" ,;:")
                for loc in statements
                if _REMOTE_WORDS.sub(" ", loc.text).strip(" ,;:")
            ),
            "",
        )
        where = " ".join(where.split())
        if where:
            out["applicantLocationRequirements"] = {"@type": "Country", "name": where}
        else:
            missing.append("applicantLocationRequirements")
        return _country(f)
    place = next(
        (loc for loc in statements if not re.fullmatch(r"\W*(?:remote|hybrid|on-?site)\W*", loc.text, re.I)), None
    )
    if place is None:
        missing.append("jobLocation")
        return _country(f)
    address = _address(place.text, _country(f))
    out["jobLocation"] = {"@type": "Place", "address": address}
    if "addressCountry" not in address:
        missing.append("jobLocation.address.addressCountry")
    return address.get("addressCountry")


def job_posting(doc: Document) -> tuple[dict[str, Any], list[str]]:
    """The JobPosting object and the required properties the posting does not state."""
    f = _facts.of(doc)
    # inLanguage only when the language was told or reliably detected (never a guess).
    language = f.language.code if f.language is not None and f.language.reliable else None
    out: dict[str, Any] = {"@context": "https://schema.org", "@type": "JobPosting"}
    missing: list[str] = []

    def put(name: str, value: Any, required: bool = False) -> None:
        if value:
            out[name] = value
        elif required:
            missing.append(name)

    put("title", f.title.text if f.title else None, required=True)
    put("description", _section_text(doc, "summary"), required=True)
    put("datePosted", (f.date_posted.date or f.date_posted.text) if f.date_posted else None, required=True)
    put("validThrough", f.deadline.date if f.deadline else None)
    if f.employer is not None:
        out["hiringOrganization"] = {"@type": "Organization", "name": f.employer.name}
    else:
        missing.append("hiringOrganization")
    types = [_EMPLOYMENT[e.type] for e in f.employment if e.type in _EMPLOYMENT]
    put("employmentType", types[0] if len(types) == 1 else types)
    country = _location(f, out, missing)
    put("baseSalary", _salary(f, country))
    required_years = [y.years for y in f.experience if y.section == "requirements"]
    if required_years:
        out["experienceRequirements"] = {
            "@type": "OccupationalExperienceRequirements",
            "monthsOfExperience": min(required_years) * 12,
        }
    education = next((e for e in f.education if e.required and e.level in _CREDENTIAL), None) or next(
        (e for e in f.education if e.level in _CREDENTIAL), None
    )
    if education is not None:
        out["educationRequirements"] = {
            "@type": "EducationalOccupationalCredential",
            "credentialCategory": _CREDENTIAL[education.level],
        }
    put("responsibilities", _section_text(doc, "responsibilities"))
    put("qualifications", _section_text(doc, "requirements", "nice-to-have", "eligibility"))
    put("jobBenefits", _section_text(doc, "benefits", "pay"))
    put("inLanguage", language)
    return out, missing
