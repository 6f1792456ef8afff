"""The names fact: what a posting calls its organisation, read from fields, company words and
"About X" headings, and never from an "About you" or "About the role" heading."""

from __future__ import annotations

from conftest import lint


def _names(text: str) -> list[tuple[str, str]]:
    return [(n.text, n.how) for n in lint(text, only="JD407").doc.facts.names]


def test_names_from_fields_company_words_and_headings():
    text = (
        "---\ncompany: Acme\nteam: Platform\n---\n# Engineer\n\nLGC Biosearch Technologies builds "
        "instruments.\n\n## About Tidal\n\nWe stream music.\n\n## About you\n\nYou like music.\n"
    )
    assert _names(text) == [
        ("Acme", "employer"),
        ("Platform", "field"),
        ("LGC Biosearch Technologies", "company-word"),
        ("Tidal", "heading"),
    ]


def test_employer_fact_is_the_first_employer_name():
    doc = lint("---\norganization: ACRA\n---\n# Engineer\n\nBuild things.\n", only="JD407").doc
    assert doc.facts.employer is not None and doc.facts.employer.name == "ACRA"
    assert doc.source[doc.facts.employer.span.start : doc.facts.employer.span.end] == "ACRA"
