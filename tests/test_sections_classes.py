"""Section classes found on postings in other languages and plain-text dataset cells.

Each posting here is written for the test, in the shape of the class it pins: duty lists of
action nouns, descriptive list items that look like labels, metadata after run-in labels, a
lead-in line glued to the opening prose, long question headings.
"""

from __future__ import annotations

import pytest

from jdlint.sections import Vocabulary, normalize_heading


def parse(text: str, path: str = "posting.txt"):
    from jdlint.config import CliOptions, load_settings
    from jdlint.engine import parse_document

    config = load_settings(None).for_path(path, CliOptions())
    return parse_document(text, path, config)


def kinds_at(doc) -> list[tuple[str, int]]:
    return [(s.kind, doc.locate(s.span.start).line) for s in doc.sections]


@pytest.mark.parametrize(
    "item,kind",
    [
        ("Atendimento e recepção de clientes", "responsibilities"),
        ("Limpeza da cozinha e dos utensílios", "responsibilities"),
        ("Encaissement et mise en rayon", "responsibilities"),
        ("Atención al cliente en tienda", "responsibilities"),
        ("Beheer van de voorraad", "responsibilities"),
        ("Ser pontual", "requirements"),
        ("Estar cursando o ensino médio", "requirements"),
        ("Être titulaire du permis B", "requirements"),
        ("Organisation of the stockroom", "responsibilities"),  # an English noun of action
        ("Integration experience with payment providers", "requirements"),  # the noun names what is asked
        ("Evaluation experience", None),
        ("Stockroom tidy at all times", None),
    ],
)
def test_nouns_of_action_and_infinitive_requirements(item, kind):
    assert Vocabulary.load().item_kind(item) == kind


UNHEADED_CHECKLIST = """✅ Reposição de mercadorias;

✅ Atendimento de clientes no balcão;

✅ Limpeza da loja;

Requisitos
✅ Ser maior de idade;

✅ Residir em Canoas.
"""


def test_an_unheaded_opening_duty_checklist_is_responsibilities():
    assert kinds_at(parse(UNHEADED_CHECKLIST)) == [("responsibilities", 1), ("requirements", 7)]


DESCRIPTIVE_ITEMS = """Notre agence recrute un magasinier H/F pour une mission longue.

Ce que nous vous proposons pour cette mission ?
- Une équipe soudée et bienveillante.
- Une rémunération motivante : taux horaire et primes de fin de mission.
- Un accompagnement : acompte à la semaine et aides au logement.
"""


def test_descriptive_list_items_are_not_run_in_labels():
    doc = parse(DESCRIPTIVE_ITEMS)
    assert kinds_at(doc) == [("summary", 1), ("benefits", 3)]


METADATA_AFTER_RUN_IN = """Notre client recherche des préparateurs de commandes H/F.

Les tâches :
- Préparer les commandes
- Contrôler les colis

Rémunération : 12 EUR/h brut
Horaires : du lundi au vendredi, 6h-13h
Durée : 3 mois
"""


def test_metadata_after_a_run_in_label_does_not_resume_the_section_before():
    doc = parse(METADATA_AFTER_RUN_IN)
    found = [(k, line) for k, line in kinds_at(doc) if k != "other"]
    assert found == [("summary", 1), ("responsibilities", 3), ("pay", 7)]


OPENING_THEN_RUN_INS = """Nous recherchons un(e) vendeur(se) pour notre boutique.

Profil:
Sens du commerce
Autonomie

Vos missions :
- Vente
- Encaissement

Le poste est à pourvoir rapidement.
"""


def test_text_after_run_in_labels_is_not_the_opening_summary_again():
    doc = parse(OPENING_THEN_RUN_INS)
    assert [(k, line) for k, line in kinds_at(doc) if k != "other"] == [
        ("summary", 1),
        ("requirements", 3),
        ("responsibilities", 7),
    ]


GLUED_LEAD_IN = """Notre client, un transporteur régional, recherche des chauffeurs PL H/F pour des tournées.
Rattaché(e) au responsable de quai, vous avez pour missions principales de :
- Assurer les livraisons chez les clients,
- Participer aux chargements,
- Respecter la législation routière.
"""


def test_a_lead_in_line_glued_to_the_opening_goes_with_its_list():
    doc = parse(GLUED_LEAD_IN)
    assert kinds_at(doc) == [("summary", 1), ("responsibilities", 2)]
    assert doc.sections[0].blocks[-1].text.endswith("tournées.")


def test_a_wrapped_sentence_in_markdown_is_not_split():
    text = (
        "# Driver\n\nWe deliver fresh food across the region and we\nneed someone who can:\n\n"
        "- Drive a van\n- Load crates\n"
    )
    doc = parse(text, "posting.md")
    assert not any(b.text == "need someone who can:" for b in doc.blocks)


def test_a_long_question_heading_names_its_section_by_its_opening():
    doc = parse(
        "Poste de cariste H/F à pourvoir en entrepôt.\n\n"
        "Ce que l'on vous propose pour réussir votre mission de cariste ?\n"
        "- Un management de proximité.\n- Des primes collectives.\n"
    )
    assert ("benefits", 3) in kinds_at(doc)


def test_a_long_question_is_not_a_heading_by_a_keyword():
    doc = parse(
        "Poste de cariste à pourvoir.\n\n"
        "Avez-vous déjà travaillé avec des équipes où le salaire compte peu ?\n- Oui\n- Non\n"
    )
    assert all(s.kind != "pay" for s in doc.sections)


def test_a_lead_in_line_that_mentions_a_job_is_not_the_title():
    doc = parse(GLUED_LEAD_IN)
    assert doc.title.text == "chauffeurs PL H/F"


TOC_BEFORE_H1 = """<!DOCTYPE html>
<html><head><title>Openings | Data Lab</title></head>
<body><main>
<div class="box"><h2 class="box-title">Contents</h2><div class="box-content"></div></div>
<div class="page"><h1>Data Engineer</h1>
<h2>Responsibilities</h2>
<ul><li>Build data pipelines</li><li>Maintain the warehouse</li></ul>
</div>
</main></body></html>
"""


def test_a_table_of_contents_heading_before_the_h1_is_not_the_title():
    doc = parse(TOC_BEFORE_H1, "posting.html")
    assert doc.title.text == "Data Engineer"
    assert doc.locate(doc.title.span.start).line == 5
    assert ("responsibilities", 6) in kinds_at(doc)


def test_a_page_without_h1_still_takes_its_first_second_level_heading():
    doc = parse(TOC_BEFORE_H1.replace('<h2 class="box-title">Contents</h2>', "").replace("h1>", "h2>"), "posting.html")
    assert doc.title.text == "Data Engineer"


@pytest.mark.parametrize(
    "text,title",
    [
        (
            "Notre agence recrute des nouveaux talents sur des postes de MAGASINIER CARISTE (H/F)\n\nMissions :\n"
            "- Charger les camions\n",
            "MAGASINIER CARISTE (H/F)",
        ),
        ("Boulangerie de quartier recherche Vendeuse h/f pour la saison.\n", "Vendeuse h/f"),
        ("Wir suchen einen Koch (m/w/d) für unser Restaurant in Köln.\n", "Koch (m/w/d)"),
        ("Notre client recrute plusieurs Soudeurs-Monteurs H/F pour une mission de 6 mois.\n", "Soudeurs-Monteurs H/F"),
    ],
)
def test_a_gender_marked_job_name_in_the_opening_is_the_title(text, title):
    doc = parse(text)
    assert doc.title is not None and doc.title.text == title
    assert text[doc.title.span.start : doc.title.span.end] == title


def test_a_gender_marker_with_no_job_name_before_it_gives_no_title():
    assert parse("Recherche (H/F) pour notre boutique, poste à pourvoir.\n").title is None


def test_french_inclusive_writing_names_the_same_heading():
    vocab = Vocabulary.load()
    assert vocab.classify("Un(e) excellent(e) candidat(e) aura ce qui suit :", keyword_words=12) == "requirements"
    assert vocab.classify("Candidat·e idéal·e") == "requirements"
    assert normalize_heading("Recruteur.euse") == "recruteur"
    assert normalize_heading("e.g. Python") == "e g python"  # an abbreviation keeps its letters


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Voici quelques connaissances ou compétences supplémentaires qui seraient des atouts :", "nice-to-have"),
        ("Additional skills that would be a plus", "nice-to-have"),
        ("Votre candidature sera évaluée en fonction des compétences suivantes :", "requirements"),
        ("We’ll evaluate you based on:", "requirements"),
        ("Dans ce rôle, vous aurez l’occasion :", "responsibilities"),
        ("In this role, you will have the opportunity to:", "responsibilities"),
    ],
)
def test_headings_that_qualify_what_they_name(heading, kind):
    assert Vocabulary.load().classify(heading, keyword_words=12) == kind


def test_french_infinitive_duties_under_an_unknown_heading():
    doc = parse(
        "# Conseiller\n\n## Nous sommes à la recherche d’une personne qui effectuera ce qui suit :\n\n"
        "* Élaborer une stratégie de communications internes;\n* Aider les équipes à partager l’information;\n"
        "* Offrir du soutien à l’équipe des talents.\n",
        "posting.md",
    )
    assert kinds_at(doc)[-1] == ("responsibilities", 3)


def test_someone_who_will_know_how_to_is_decided_by_the_list():
    text = (
        "# Recruteur\n\nNous recherchons une personne qui saura :\n\n* Gérer le cycle de recrutement\n"
        "* Organiser les entrevues\n* Travailler avec les responsables du recrutement\n\n"
        "Un excellent candidat ou une excellente candidate sera en mesure de :\n\n"
        "* Expérience en recrutement\n* Capacité de travailler en français et en anglais\n* Aisance avec les outils\n"
    )
    assert [kind for kind, _ in kinds_at(parse(text, "posting.md"))] == ["responsibilities", "requirements"]


def test_a_lead_in_right_under_a_list_heading_introduces_that_list():
    text = (
        "# Coordinator\n\n**Responsibilities**\n\nAn excellent candidate will be able to:\n\n"
        "- Manage talent administration\n- Suggest new procedures to the talent team\n- Navigate staffing files\n"
    )
    doc = parse(text, "posting.md")
    assert kinds_at(doc) == [("responsibilities", 3)]


def test_french_apply_wording_under_an_unknown_heading():
    doc = parse(
        "# Cariste\n\n## Et ensuite\n\nDéposez votre CV et votre lettre de motivation sur notre site.\n", "poste.md"
    )
    assert kinds_at(doc)[-1] == ("how-to-apply", 3)
