"""The boilerplate fact: legal and process notices recognised by what they say, in every
supported language, and job content that names a legal matter left alone."""

from __future__ import annotations

import pytest

from conftest import lint
from jdlint.facts.boilerplate import classify


@pytest.mark.parametrize(
    "sentence,kind",
    [
        (
            "All qualified applicants will receive consideration without regard to race, color, religion, sex or "
            "national origin.",
            "equal-opportunity",
        ),
        ("Acme is an equal opportunity employer.", "equal-opportunity"),
        ("Please let us know if you require reasonable adjustments during the interview process.", "accommodation"),
        ("Read our applicant privacy notice to see how we use your personal data.", "privacy"),
        ("This offer is conditional on a satisfactory enhanced DBS check.", "background-check"),
        ("You must have the right to work in the UK.", "right-to-work"),
        ("We do not accept unsolicited resumes from recruitment agencies.", "legal"),
        ("Only shortlisted candidates will be contacted.", "applicant-notice"),
        (
            "Wir begrüßen Bewerbungen unabhängig von Geschlecht, Herkunft, Religion, Behinderung und Alter.",
            "equal-opportunity",
        ),
        ("Hinweise zum Datenschutz finden Sie auf unserer Website.", "privacy"),
        ("Ein erweitertes Führungszeugnis ist vorzulegen.", "background-check"),
        ("Tous nos postes sont ouverts aux personnes en situation de handicap.", "equal-opportunity"),
        ("Seuls les candidats retenus seront contactés.", "applicant-notice"),
        ("Acquisitie naar aanleiding van deze vacature wordt niet op prijs gesteld.", "legal"),
        ("Een Verklaring Omtrent het Gedrag is verplicht.", "background-check"),
        ("Vaga também aberta para pessoas com deficiência.", "equal-opportunity"),
        ("Seus dados serão tratados conforme a nossa política de privacidade.", "privacy"),
        ("Promovemos la igualdad de oportunidades y la diversidad.", "equal-opportunity"),
        ("Sólo se contactará a los candidatos seleccionados.", "applicant-notice"),
    ],
)
def test_notices_are_recognised_in_every_language(sentence, kind):
    found = classify(sentence)
    assert found is not None and found[0] == kind, found


@pytest.mark.parametrize(
    "sentence",
    [
        "Build privacy-preserving identity services and ensure user privacy.",
        "Experience with GDPR and data protection programmes.",
        "Practise TDD and pair programming every day.",
        "Lead the diversity, equity and inclusion strategy of the agency.",
        "Wir schützen Kunden und ihre Daten.",
        "Create clear, inclusive, accessible visual styles.",
    ],
)
def test_job_content_is_not_boilerplate(sentence):
    assert classify(sentence) is None


def test_a_duty_naming_a_legal_matter_is_job_content():
    doc = lint(
        "# Cohort Lead\n\n## Responsibilities\n\n- Ensure fellows receive reasonable accommodations.\n"
        "- Plan the weekly meeting.\n- Run the onboarding.\n",
        only="JD303",
    ).doc
    assert doc.facts.boilerplate == []


def test_boilerplate_still_counts_as_an_equal_opportunity_statement():
    text = (
        "# Data Engineer\n\nBuild pipelines.\n\nAcme is an equal opportunity employer and does not "
        "discriminate on the basis of race, religion or disability.\n"
    )
    result = lint(text, only="JD105")
    assert [b.kind for b in result.doc.facts.boilerplate] == ["equal-opportunity"]
    assert not result.findings


def test_a_notice_sentence_inside_a_paragraph_is_cut_out_alone():
    text = (
        "# Data Engineer\n\nYou will build data pipelines for hospitals and clinics, review the designs of "
        "others and run the systems you build with the rest of the team every week. Acme is an equal "
        "opportunity employer.\n"
    )
    items = lint(text, only="JD303").doc.facts.boilerplate
    assert len(items) == 1 and not items[0].whole_block
    assert text[items[0].span.start : items[0].span.end] == "Acme is an equal opportunity employer."
