"""Classes found on held-out sets 15 and 16 (spent): lists typed without markers, calls for
volunteers in several languages, diversity invitations, Italian job-board postings, Spanish
nice-to-have headings. All postings are written for these tests."""

from __future__ import annotations

import pytest

from conftest import lint
from jdlint import facts


def parse(text: str, path: str = "posting.md"):
    return lint(text, path).doc


# One duty per line, pasted from a word processor: no bullets, one line without its full stop.
DUTIES = (
    "# Tecnico\n\nCosa farai:\n\n"
    "Supporterai la progettazione e la configurazione delle soluzioni per i clienti in tutta Italia.\n"
    "Collaborerai con il team di prodotto per raccogliere i feedback tecnici e proporre miglioramenti concreti\n"
    "Parteciperai a momenti formativi dedicati a firmware, configurazione dei dispositivi e sicurezza.\n"
)


def test_lines_typed_as_a_list_are_sentences_of_their_own():
    doc = parse(DUTIES)
    block = next(b for b in doc.blocks if b.text.startswith("Supporterai"))
    assert [doc.source[block.offsets[s.start]] for s in block.sentences] == ["S", "C", "P"]
    assert all(s.word_count < 20 for s in block.sentences)
    assert "JD303" not in {f.code for f in lint(DUTIES, "posting.md").findings}


def test_lines_typed_as_a_list_with_crlf_line_ends():
    doc = parse(DUTIES.replace("\n", "\r\n"), "posting.txt")
    block = next(b for b in doc.blocks if b.text.startswith("Supporterai"))
    assert len(block.sentences) == 3


def test_prose_wrapped_at_a_fixed_width_still_reads_as_one_sentence():
    text = (
        "# Analyst\n\nYou will turn the sales data of our forty shops into weekly reports, and you will\n"
        "explain them to the people who run the shops, the buyers and the warehouse team, so that\n"
        "they can decide what to order, what to discount and what to stop selling next season.\n"
    )
    block = next(b for b in parse(text).blocks if b.text.startswith("You will"))
    assert len(block.sentences) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "We are seeking enthusiastic and committed volunteers to support families.",
        "Join the Refugee Campaign as a Volunteer!",
        "All our positions are voluntary.",
        "You will coordinate outings with other volunteers.",
        "Please note that this is a VOLUNTEER ACADEMIC SERVICE POSITION and there is no salary.",
        "This is a voluntary academic service position.",
    ],
)
def test_calls_for_volunteers_state_their_pay(sentence):
    result = lint(f"# Focal Point\n\n{sentence}\n\n## The role\n\n- Visit the family every week\n", "posting.md")
    assert facts.holds("volunteer_call", result.doc)
    assert not {"JD601", "JD106"} & {f.code for f in result.findings}


def test_volunteer_experience_asked_of_a_paid_hire_is_not_a_volunteer_call():
    text = "# Volunteer Coordinator\n\nSalary: £28,000 a year.\n\n## Requirements\n\n- Experience as a volunteer\n"
    assert not facts.holds("volunteer_call", lint(text, "posting.md").doc)


def test_requirements_said_in_the_sentence_that_seeks_the_hire():
    text = (
        "# Adviser\n\nWe are looking for an enthusiastic volunteer with experience in social work and "
        "knowledge of the benefits system.\n"
    )
    assert facts.holds("requirements_described", lint(text, "posting.md").doc)


@pytest.mark.parametrize(
    "heading", ["Competenze preferenziali ma non obbligatorie:", "Competenze Apprezzate:", "Conoscenze apprezzate"]
)
def test_italian_nice_to_have_headings(heading):
    text = f"---\nlang: it\n---\n# Sviluppatore\n\n{heading}\n\n- Sviluppo di app native\n- Framework Scrum\n"
    assert [s.kind for s in parse(text).sections] == ["nice-to-have"]


def test_italian_offer_heading_and_pay():
    text = (
        "---\nlang: it\n---\n# Tecnico\n\nOfferta:\n\nContratto full-time.\n"
        "RAL: tra €25.000 e €30.000, in base all'esperienza.\n\nStipendio: €1.400,00 - €1.800,00 al mese\n"
    )
    doc = parse(text)
    assert [s.kind for s in doc.sections][0] == "benefits"
    wages = [(w.pay.low, w.pay.high, w.pay.currency, w.pay.period) for w in doc.facts.pay.wages]
    assert wages == [(25000.0, 30000.0, "EUR", None), (1400.0, 1800.0, "EUR", "month")]


def test_a_paint_colour_code_is_not_pay():
    assert parse("# Imbianchino\n\nColore RAL 9010 per tutte le pareti.\n").facts.pay.wages == []


def test_the_area_volunteers_come_from_is_the_place():
    doc = parse("# Coordinator\n\nWork with a wonderful group of volunteers from the Cambridge area.\n")
    assert [loc.text for loc in doc.facts.locations] == ["Cambridge"]


@pytest.mark.parametrize(
    "text",
    [
        "# Editor\n\nPlease note that there is no salary or stipend associated with this role.\n",
        "# Editor\n\n- Salary: Voluntary\n- Hours: 10 a month\n",
        "---\nlang: fr\n---\n# Membre de l'équipe\n\nMerci de noter qu'il s'agit d'un travail volontaire non rémunéré.\n",
    ],
)
def test_unpaid_roles_said_in_other_words(text):
    result = lint(text, "posting.md")
    assert facts.holds("unpaid_role", result.doc)
    assert "JD601" not in {f.code for f in result.findings}


@pytest.mark.parametrize(
    "text",
    [
        "# Editor\n\nThe project team are particularly interested in hearing from women and members of any minority groups.\n",
        "---\nlang: es\n---\n# Editor\n\nEl equipo está particularmente interesado en recibir aplicaciones de mujeres y "
        "miembros de cualquier grupo minoritario.\n",
        "---\nlang: fr\n---\n# Membre\n\nLe projet cherche à diversifier son équipe (cf. notre politique de diversité).\n",
    ],
)
def test_invitations_to_under_represented_groups_are_equal_opportunity_statements(text):
    assert facts.holds("eeo_statement", lint(text, "posting.md").doc)


def test_spanish_desirable_requirements_are_nice_to_have():
    text = (
        "---\nlang: es\n---\n# Editor\n\nRequisitos esenciales:\n\n* Ser bilingüe\n* Tener tiempo\n\n"
        "Requisitos deseables:\n\n* Experiencia en traducción\n* Capacidad de trabajo autónomo\n"
    )
    assert [s.kind for s in parse(text).sections] == ["requirements", "nice-to-have"]
