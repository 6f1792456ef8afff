"""``jdlint parse --output-format jsonld``: a schema.org JobPosting built from the facts. The
object passes jdlint's own JSON-LD rules (JD901-JD903, fed back inside an HTML page) and a JSON
schema of Google's required properties; what a posting does not state is listed on standard
error and left out, never invented. All postings are written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from conftest import invoke, lint, write

SCHEMA = json.loads((Path(__file__).parent / "data" / "jobposting-required.schema.json").read_text(encoding="utf-8"))

ON_SITE = """\
---
title: Line Cook
company: Harbor Bistro
date: 2025-03-01
closes: 2025-04-15
location: Portland, OR
---

## About the role

Harbor Bistro is hiring a full-time line cook for 40 hours per week.

## What you'll do

- Prepare dishes to our recipes
- Keep the station clean

## Requirements

- 2+ years of kitchen experience
- High school diploma or equivalent

## Pay

$18 to $22 an hour plus tips.
"""

REMOTE = """\
---
title: Support Engineer
company: Quill Software
date_posted: 2025-06-10
location: Remote (Canada)
---

## The role

You will answer customer questions about our billing product.

## Requirements

- Bachelor's degree in a technical field
- 3+ years of experience in customer support

## Compensation

Salary: CAD 70,000 - 85,000 per year. This is a contract role for twelve months.

## How to apply

Apply online. Applications close on July 1, 2025.
"""

SPARSE = """\
# Barista

## Summary

Make coffee and keep the counter tidy.
"""


def _jsonld(work, name: str, text: str):
    write(work / name, text)
    result = invoke(["parse", name, "--output-format", "jsonld"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout), result.stderr


def _lint_as_html(posting: dict):
    html = (
        '<!DOCTYPE html><html><head><title>Job</title>\n<script type="application/ld+json">\n'
        + json.dumps(posting, indent=2)
        + "\n</script>\n</head><body><h1>Job</h1><p>Text.</p></body></html>\n"
    )
    codes = set()
    for code in ("JD901", "JD902", "JD903"):
        codes |= {f.code for f in lint(html, "job.html", only=code).findings}
    return codes


@pytest.mark.parametrize("text", [ON_SITE, REMOTE])
def test_complete_postings_validate(work, text):
    posting, errors = _jsonld(work, "posting.md", text)
    assert errors == ""
    jsonschema.validate(posting, SCHEMA)
    assert _lint_as_html(posting) == set()


def test_on_site_posting_properties(work):
    posting, _ = _jsonld(work, "cook.md", ON_SITE)
    assert posting["title"] == "Line Cook"
    assert posting["employmentType"] == "FULL_TIME"
    assert posting["jobLocation"]["address"] == {
        "@type": "PostalAddress",
        "addressLocality": "Portland",
        "addressRegion": "OR",
        "addressCountry": "US",
    }
    assert posting["baseSalary"] == {
        "@type": "MonetaryAmount",
        "currency": "USD",
        "value": {"@type": "QuantitativeValue", "minValue": 18.0, "maxValue": 22.0, "unitText": "HOUR"},
    }
    assert posting["experienceRequirements"]["monthsOfExperience"] == 24
    assert posting["educationRequirements"]["credentialCategory"] == "high school"
    assert posting["validThrough"] == "2025-04-15" and posting["datePosted"] == "2025-03-01"
    assert posting["responsibilities"].splitlines() == ["Prepare dishes to our recipes", "Keep the station clean"]
    assert posting["inLanguage"] == "en"


def test_remote_posting_is_telecommute_with_applicant_location(work):
    posting, _ = _jsonld(work, "support.md", REMOTE)
    assert posting["jobLocationType"] == "TELECOMMUTE"
    assert posting["applicantLocationRequirements"] == {"@type": "Country", "name": "Canada"}
    assert "jobLocation" not in posting
    assert posting["baseSalary"]["currency"] == "CAD"
    assert posting["baseSalary"]["value"]["unitText"] == "YEAR"
    assert posting["employmentType"] == "CONTRACTOR"
    assert posting["educationRequirements"]["credentialCategory"] == "bachelor degree"
    assert posting["validThrough"] == "2025-07-01"


def test_missing_required_properties_are_listed_not_invented(work):
    posting, errors = _jsonld(work, "barista.md", SPARSE)
    listed = [line.split(":")[1].strip() for line in errors.splitlines()]
    assert listed == ["datePosted", "hiringOrganization", "jobLocation"]
    for name in ("datePosted", "hiringOrganization", "jobLocation", "baseSalary", "validThrough"):
        assert name not in posting
    assert posting["title"] == "Barista"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(posting, SCHEMA)
    assert "JD902" in _lint_as_html(posting)  # jdlint's own rule agrees that it is incomplete
