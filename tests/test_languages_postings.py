"""Postings in German, French, Dutch, Portuguese and Spanish (tests/data/languages, written for
these tests): sections found from the headings and from the content, English-only rules
skipped, structure rules still run, role profiles matched from the title."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import ROOT, lint
from jdlint.config import CliOptions, load_settings
from jdlint.engine import parse_document
from jdlint.sections import Vocabulary, normalize_heading

DATA = ROOT / "tests" / "data" / "languages"
LANGUAGES = ("de", "fr", "nl", "pt", "es")
# Languages whose section headings jdlint reads, with no wording or structure rules of their own.
SECTION_LANGUAGES = (*LANGUAGES, "ca", "it", "ja")

# (kind, start line, heading) of every section; the postings share one layout on purpose, so that
# a wrong kind or line stands out whatever the language.
LAYOUT = [
    ("summary", 3),
    ("responsibilities", 7),
    ("requirements", 14),
    ("benefits", 21),
    ("pay", 27),
    ("location", 31),
    ("how-to-apply", 35),
]
HEADINGS = {
    "de": [None, "Deine Aufgaben", "Dein Profil", "Was wir bieten", "Gehalt", "Standort", "So bewirbst du dich"],
    "fr": [
        None,
        "Vos missions",
        "Profil recherché",
        "Avantages",
        "Rémunération",
        "Lieu de travail",
        "Comment postuler",
    ],
    "nl": [None, "Wat ga je doen?", "Wie ben jij?", "Wat bieden wij?", "Salaris", "Locatie", "Solliciteren"],
    "pt": [None, "Responsabilidades", "Requisitos", "Benefícios", "Salário", "Local de trabalho", "Como se candidatar"],
    "es": [None, "¿Qué harás?", "Requisitos", "Ofrecemos", "Salario", "Ubicación", "Cómo aplicar"],
    "ca": [None, "Funcions", "Requisits", "Què oferim", "Salari", "Ubicació", "Candidatura"],
    "it": [None, "Mansioni", "Requisiti", "Cosa offriamo", "Retribuzione", "Sede di lavoro", "Come candidarsi"],
    "ja": [None, "業務内容", "応募資格", "福利厚生", "給与", "勤務地", "応募方法"],
}
TITLES = {
    "de": ("Senior Softwareentwickler (m/w/d)", "software-engineer"),
    "fr": ("Développeur back-end (H/F)", "backend-engineer"),
    "nl": ("Software Ontwikkelaar (m/v/x)", "software-engineer"),
    "pt": ("Desenvolvedor(a) Full Stack Pleno", "software-engineer"),
    "es": ("Desarrollador Backend Senior", "backend-engineer"),
    "ca": ("Desenvolupadora Backend Sènior", None),
    "it": ("Sviluppatore Backend Senior", None),
    "ja": ("バックエンドエンジニア（シニア）", None),
}


def _parse(text: str, path: str = "posting.md"):
    return parse_document(text, path, load_settings(None).for_path(path, CliOptions()))


def _text(code: str) -> str:
    return (DATA / f"{code}.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("code", SECTION_LANGUAGES)
def test_sections_title_role_and_language(code):
    doc = _parse(_text(code), f"{code}.md")
    found = [(s.kind, doc.locate(s.span.start).line, s.heading_text) for s in doc.sections]
    assert found == [(kind, line, heading) for (kind, line), heading in zip(LAYOUT, HEADINGS[code], strict=True)]
    assert (doc.title.text, doc.role) == TITLES[code]
    assert (doc.language.code, doc.language.reliable) == (code, True)


@pytest.mark.parametrize("code", SECTION_LANGUAGES)
def test_content_cues_find_the_sections_without_known_headings(code):
    """Duty verbs (infinitive or conjugated), years of experience and degrees, and benefits read
    in each language when the headings say nothing."""
    lines = _text(code).split("\n")
    for start in (7, 14, 21):
        lines[start - 1] = "## ⭐"
    doc = _parse("\n".join(lines))
    kinds = [(s.kind, doc.locate(s.span.start).line) for s in doc.sections][:4]
    assert kinds == LAYOUT[:4]


@pytest.mark.parametrize("code", LANGUAGES)
def test_only_the_language_notice_fires_on_a_complete_posting(code):
    result = lint(_text(code), f"{code}.md")
    assert result.findings == []  # the language notice is a note, not a finding
    assert [(f.code, f.line) for f in result.notes] == [("JD110", 1)]
    rules = {r.code: r for r in load_settings(None).ruleset.rules}
    # Checks of another language's own customs ("H/F", "(m/w/d)") are not named as gaps, nor are notes.
    skipped = [
        c for c, r in rules.items() if r.enabled and not r.holds_for(code) and "en" in r.languages and not r.note
    ]
    # JD535 (two-gender markers) holds for German and English, JD416 (misspelling) for English, German
    # and Dutch, so those languages are named with English.
    assert re.search(
        rf"; {len(skipped)} checks written for English(?:(?:, Dutch)? or German)? were skipped \(",
        result.notes[0].message,
    )


@pytest.mark.parametrize("code", LANGUAGES)
def test_structure_rules_still_run(code):
    lines = _text(code).split("\n")
    without_requirements = "\n".join(lines[:13] + lines[20:])
    findings = lint(without_requirements, f"{code}.md").findings
    assert [f.message for f in findings if f.code == "JD101"] == [
        "The posting has no requirements section (missing): candidates cannot tell whether they qualify"
    ]


def test_english_only_rules_fire_on_the_same_text_read_as_english():
    """The gate, not the rule, is what keeps JD401 quiet on a German posting with a buzzword."""
    text = _text("de").replace("eine erfahrene Entwicklerin", "eine Rockstar-Entwicklerin")
    german = {f.code for f in lint(text, "de.md").findings}
    english = {f.code for f in lint(text, "de.md", settings_data={"language": "en"}).findings}
    assert "JD401" not in german and "JD401" in english


# --- roles and skills ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "title,role",
    [
        ("Senior Softwareentwickler (m/w/d)", "software-engineer"),
        ("Softwareentwickler:in", "software-engineer"),
        ("Frontend-Entwickler (m/w/d)", "frontend-engineer"),
        ("Développeuse Full Stack H/F", "software-engineer"),
        ("Backend Ontwikkelaar", "backend-engineer"),
        ("Desenvolvedor Front-end Júnior", "frontend-engineer"),
        ("Data Scientist (m/w/d)", "data-scientist"),
        ("Cientista de Dados Sênior", "data-scientist"),
        ("Chargée de recrutement", "recruiter"),
        ("Desarrollador de Negocio", "account-executive"),
        ("Auxiliar de cozinha", None),
        # The role's words only name the field of a job named after them.
        ("Data Science Community Events Fund Program Manager", None),
        ("Software Engineer Recruiter", "recruiter"),
        ("Senior Data Scientist", "data-scientist"),
    ],
)
def test_role_profiles_match_titles_in_other_languages(title, role):
    matched = load_settings(None).roles.match_title(title)
    assert (matched.id if matched else None) == role


def test_skills_check_only_technology_names_outside_english():
    """A German software posting is checked for a programming language (a name in every
    language) but not for the English wording of the other groups ("collaboration")."""
    text = _text("de")
    assert not [f for f in lint(text).findings if f.code == "JD201"]
    without_stack = text.replace("in Python und Django", "").replace("in Python, SQL und PostgreSQL", "")
    messages = [f.message for f in lint(without_stack).findings if f.code == "JD201"]
    assert len(messages) == 1 and "a programming language or stack" in messages[0]
    roles = load_settings(None).roles
    assert [g.id for g in roles.get("software-engineer").must_have_for("de")] == ["programming-language"]
    assert len(roles.get("software-engineer").must_have_for("en")) == 4


# --- vocabulary --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "heading,normalised",
    [
        ("¿Qué harás?", "qué harás"),
        ("Wat ga je doen?", "wat ga je doen"),
        ("Qui êtes-vous ?", "qui êtes-vous"),
        ("L’entreprise", "l'entreprise"),
        ("**Benefícios**", "benefícios"),
        ("ÜBER UNS:", "über uns"),
    ],
)
def test_normalize_heading_keeps_accents(heading, normalised):
    assert normalize_heading(heading) == normalised


@pytest.mark.parametrize(
    "heading,kind",
    [
        ("Ihre Aufgaben bei uns", "responsibilities"),
        ("Das bringst du mit", "requirements"),
        ("Wünschenswert", "nice-to-have"),
        ("Profil recherché", "requirements"),
        ("Ce que nous offrons", "benefits"),
        ("Qui sommes-nous ?", "about-company"),
        ("Wat bieden wij?", "benefits"),
        ("Functie-eisen", "requirements"),
        ("Jouw competenties als Software Engineer Front-end", "requirements"),
        ("Diferenciais", "nice-to-have"),
        ("Beneficios", "benefits"),
        ("Salario", "pay"),
        ("Salário", "pay"),
        ("Sobre nosotros", "about-company"),
        ("Igualdad de oportunidades", "equal-opportunity"),
        ("Mission", None),  # "Missions" is French for duties; one English "Mission" is not
    ],
)
def test_headings_in_other_languages(heading, kind):
    assert Vocabulary.load().classify(heading) == kind


@pytest.mark.parametrize(
    "item,kind",
    [
        ("Du entwickelst neue Funktionen", "responsibilities"),
        ("Vous développerez notre API", "responsibilities"),
        ("Ontwikkel nieuwe functies", "responsibilities"),
        ("Irá atuar com clientes", "responsibilities"),
        ("Desarrollarás la plataforma", "responsibilities"),
        ("3 Jahre Berufserfahrung", "requirements"),
        ("Bac+2 en logistique", "requirements"),
        ("Rijbewijs B", "requirements"),
        ("Ensino médio completo", "requirements"),
        ("Carnet de conducir", "requirements"),
        ("Tickets restaurant", "benefits"),
        ("Vale-transporte", "benefits"),
        ("Former teachers welcome", None),  # English words that are French verbs stay out
        ("$5,000 learning budget", None),
    ],
)
def test_item_cues_in_other_languages(item, kind):
    assert Vocabulary.load().item_kind(item) == kind


def test_front_matter_title_and_fields_in_other_languages():
    doc = _parse(
        "---\ntitre: Développeur PHP\nsalaire: 45 000 € brut par an\nlieu: Rennes\n---\n"
        + _text("fr").split("\n", 2)[2]
    )
    assert doc.title.text == "Développeur PHP"
    assert [s.kind for s in doc.sections if s.origin == "front-matter"] == ["pay", "location"]


def test_every_language_file_has_the_shape_of_the_english_one():
    import yaml

    english = yaml.safe_load((ROOT / "rules" / "sections.yaml").read_text(encoding="utf-8"))
    for path in sorted((ROOT / "rules" / "sections").glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert {"kinds", "front_matter", "cues"} <= set(data) <= {"kinds", "front_matter", "cues", "either"}, path.name
        for names, phrases in (data.get("either") or {}).items():
            assert set(names.split("|")) <= set(english["kinds"]) and phrases, path.name
        assert set(data["kinds"]) == set(english["kinds"]), path.name
        assert set(data["cues"]) == set(english["cues"]), path.name
        assert data["cues"]["responsibilities"]["verbs"], path.name
    assert sorted(p.stem for p in Path(ROOT / "rules" / "sections").glob("*.yaml")) == sorted(SECTION_LANGUAGES)


def test_the_esco_duty_verbs_are_what_the_script_makes_of_esco():
    """The ESCO-derived verbs in rules/sections.yaml are regenerated by scripts/esco_duty_verbs.py
    from the taxonomy (skipped where the taxonomy is not beside the project)."""
    import subprocess
    import sys

    skills = ROOT.parent / "shared" / "taxonomies" / "esco" / "v1.1.1" / "en" / "skills_en.csv"
    if not skills.is_file():
        pytest.skip(f"ESCO not found at {skills}")
    made = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "esco_duty_verbs.py"), str(skills)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    text = (ROOT / "rules" / "sections.yaml").read_text(encoding="utf-8")
    assert made in text


@pytest.mark.parametrize("lang", ["fr", "es"])
def test_the_french_and_spanish_esco_duty_verbs_are_what_the_script_makes_of_esco(lang):
    """The same for the verbs of rules/sections/fr.yaml and es.yaml, which leave out any verb that
    would make an English word read as a duty."""
    import subprocess
    import sys

    esco = ROOT.parent / "shared" / "taxonomies" / "esco"
    skills = esco / "v1.0.x" / lang / f"skills_{lang}.csv"
    if not skills.is_file() or not (esco / "v1.1.1" / "en" / "skills_en.csv").is_file():
        pytest.skip(f"ESCO not found at {esco}")
    made = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "esco_duty_verbs.py"), "--lang", lang, str(skills)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert made and made in (ROOT / "rules" / "sections" / f"{lang}.yaml").read_text(encoding="utf-8")


def test_japanese_is_counted_by_character_and_its_sentences_are_not_measured_in_words():
    """Japanese has no spaces between words: a word processor counts each character, so a full
    posting is not 'only 20 words' (JD102), and a 60-character sentence is not a 60-word one (JD303)."""
    doc = _parse(_text("ja"), "ja.md")
    assert doc.word_count > 300
    sentence = "当社は函館の漁業者と小さな会社を支えてきた家族経営の保険代理店であり、新しい契約管理システムの開発をリードしてくれる方を募集しています。"
    result = lint(f"# 事務スタッフ\n\n{sentence}\n", "short.md")
    codes = {f.code for f in result.findings}
    assert "JD303" not in codes and "JD102" in codes  # 63 characters: still a short posting
    assert "JD303" in {f.code for f in lint("# Clerk\n\n" + "word " * 45 + "end.\n", "en.md").findings}
