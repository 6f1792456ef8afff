"""Language of a posting: detection, front matter, configuration, and the rules it gates."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from conftest import ROOT, lint
from jdlint.cli import main
from jdlint.config import CliOptions, Settings, load_settings
from jdlint.engine import parse_document
from jdlint.errors import ConfigError, RuleError
from jdlint.facts.language import Language, detect_text, parse_code
from jdlint.rules import parse_rule

# Short postings written for these tests, one per language (each well over 20 words).
POSTINGS = {
    "en": """# Warehouse Associate

We are looking for a reliable warehouse associate for our distribution centre near the harbour.
You will receive deliveries, pick and pack orders and keep the aisles tidy and safe. The shifts
start at seven in the morning and end at half past three in the afternoon.
""",
    "de": """# Lagermitarbeiter (m/w/d)

Wir suchen eine zuverlässige Verstärkung für unser Verteilzentrum am Hafen. Du nimmst Lieferungen
an, kommissionierst und verpackst Bestellungen und sorgst dafür, dass die Gänge sauber und sicher
bleiben. Die Schichten beginnen um sieben Uhr morgens und enden am frühen Nachmittag.
""",
    "fr": """# Préparateur de commandes (H/F)

Nous recherchons un préparateur de commandes fiable pour notre entrepôt situé près du port. Vous
réceptionnez les livraisons, préparez et emballez les commandes et veillez à ce que les allées
restent propres et sûres. Les horaires commencent à sept heures du matin.
""",
    "nl": """# Magazijnmedewerker

Wij zoeken een betrouwbare magazijnmedewerker voor ons distributiecentrum bij de haven. Je neemt
leveringen in ontvangst, verzamelt en verpakt bestellingen en zorgt ervoor dat de gangpaden netjes
en veilig blijven. De diensten beginnen om zeven uur 's ochtends.
""",
    "pt": """# Auxiliar de Almoxarifado

Procuramos uma pessoa responsável para o nosso centro de distribuição perto do porto. Você vai
receber as entregas, separar e embalar os pedidos e manter os corredores limpos e seguros. O
turno começa às sete horas da manhã e termina no meio da tarde.
""",
    "es": """# Mozo de Almacén

Buscamos una persona responsable para nuestro centro de distribución junto al puerto. Recibirás
las entregas, prepararás y embalarás los pedidos y mantendrás los pasillos limpios y seguros. El
turno empieza a las siete de la mañana y termina a media tarde.
""",
    "pl": """# Magazynier

Szukamy odpowiedzialnej osoby do naszego centrum dystrybucyjnego w pobliżu portu. Będziesz
przyjmować dostawy, kompletować i pakować zamówienia oraz dbać o porządek i bezpieczeństwo w
alejkach. Zmiany zaczynają się o siódmej rano i kończą wczesnym popołudniem.
""",
}


def _parse(text: str, path: str = "posting.md", settings: Settings | None = None, cli: CliOptions | None = None):
    settings = settings or load_settings(None)
    return parse_document(text, path, settings.for_path(path, cli or CliOptions()))


@pytest.mark.parametrize("code", sorted(POSTINGS))
def test_detects_the_language_of_short_postings(code):
    language = _parse(POSTINGS[code]).language
    assert (language.code, language.reliable, language.source) == (code, True, "detected")
    assert language.confidence >= 0.5


def test_the_model_also_reads_english(monkeypatch):
    """English function words settle most English postings without the model; the model agrees."""
    import jdlint.facts.language as language

    monkeypatch.setattr(language, "ENGLISH_SHARE", 1.1)  # never settled by function words
    detected = _parse(POSTINGS["en"]).language
    assert (detected.code, detected.reliable) == ("en", True)


def test_too_little_text_is_undetermined_and_counts_as_english():
    language = _parse("# Buchhalter\n\nBüro in Leipzig, ab sofort, Vollzeit.\n").language
    assert (language.code, language.reliable) == ("und", False)
    assert language.gating_code == "en"


def test_mixed_posting_gets_the_language_of_most_characters():
    english = POSTINGS["en"] + "\n## About us\n\n" + " ".join(POSTINGS["en"].splitlines()[2:]) + "\n"
    with_french_paragraph = english + "\n" + POSTINGS["fr"].split("\n", 2)[2]
    assert _parse(with_french_paragraph).language.code == "en"
    # A bilingual posting whose French half is the longer one.
    french = POSTINGS["fr"] + "\n" + POSTINGS["fr"].split("\n", 2)[2] + "\n" + POSTINGS["fr"].split("\n", 2)[2]
    assert _parse(french + "\n## English\n\n" + POSTINGS["en"].split("\n", 2)[2]).language.code == "fr"
    # Given twice, the original first and a longer translation after it: the original's language.
    german = POSTINGS["de"].split("\n", 2)[2]
    opening = POSTINGS["fr"] + "\n## Deutsch\n\n" + german + "\n\n" + german + "\n"
    assert _parse(opening).language.code == "fr"


def test_detect_text_takes_the_first_of_two_full_copies():
    en = " ".join(POSTINGS["en"].splitlines()[2:])
    de = " ".join(POSTINGS["de"].splitlines()[2:])
    assert detect_text([de, en, en]).code == "de"
    assert detect_text([en, de, de]).code in ("en", "de")  # English words may settle it first
    assert detect_text([de] * 8 + [en]).code == "de"  # one paragraph in another language


def test_urls_emails_and_code_are_not_read_as_prose():
    german = POSTINGS["de"].split("\n", 2)[2]
    links = " ".join(f"https://example.com/careers/apply-now-for-the-best-job-{i}" for i in range(20))
    text = f"# Lager\n\n{german}\n\n`{'please apply here for this great opportunity ' * 4}`\n\n{links}\n"
    assert _parse(text).language.code == "de"


def test_detect_text_weighs_pieces_by_characters():
    en = " ".join(POSTINGS["en"].splitlines()[2:])
    de = " ".join(POSTINGS["de"].splitlines()[2:])
    assert detect_text([en, en, de]).code == "en"
    assert detect_text([de, de, en]).code == "de"


@pytest.mark.parametrize(
    "field,value,code",
    [
        ("lang", "de", "de"),
        ("language", "fr-CA", "fr"),
        ("inLanguage", "pt_BR", "pt"),
        ("language", "Español", "es"),
    ],
)
def test_front_matter_names_the_language(field, value, code):
    doc = _parse(f"---\ntitle: Analyst\n{field}: {value}\n---\n{POSTINGS['en']}")
    assert (doc.language.code, doc.language.source, doc.language.reliable) == (code, "front-matter", True)


def test_an_unreadable_front_matter_language_falls_back_to_detection():
    doc = _parse(f"---\ntitle: Analyst\nlanguage: [1, 2]\n---\n{POSTINGS['nl']}")
    assert (doc.language.code, doc.language.source) == ("nl", "detected")


def test_config_and_cli_override_detection():
    doc = _parse(POSTINGS["de"], settings=Settings(data={"language": "en"}))
    assert (doc.language.code, doc.language.source) == ("en", "config")
    doc = _parse(POSTINGS["de"], cli=CliOptions(language="nl"))
    assert (doc.language.code, doc.language.source) == ("nl", "config")


def test_config_language_is_validated(tmp_path):
    config = tmp_path / ".jdlint.yaml"
    config.write_text("select: [JD101]\nlanguage: klingon-ish-tongue\n")
    with pytest.raises(ConfigError) as err:
        load_settings(str(config))
    assert err.value.line == 2 and "ISO 639-1" in str(err.value)
    config.write_text("overrides:\n  - files: ['*.md']\n    language: 42\n")
    with pytest.raises(ConfigError):
        load_settings(str(config))
    config.write_text("language: de\n")
    assert load_settings(str(config)).get("language") == "de"


def test_cli_language_option(tmp_path):
    posting = tmp_path / "posting.md"
    posting.write_text(POSTINGS["de"], encoding="utf-8")
    runner = CliRunner()
    german = runner.invoke(main, ["check", str(posting), "--isolated", "--output-format", "json", "--exit-zero"])
    forced = runner.invoke(
        main, ["check", str(posting), "--isolated", "--language", "en", "--output-format", "json", "--exit-zero"]
    )
    german_file, forced_file = json.loads(german.output)["files"][0], json.loads(forced.output)["files"][0]
    assert [n["code"] for n in german_file["notes"]] == ["JD110"] and not forced_file["notes"]
    assert "JD110" not in {f["code"] for f in german_file["findings"]}  # a note, not a finding
    bad = runner.invoke(main, ["check", str(posting), "--isolated", "--language", "not a code"])
    assert bad.exit_code == 2 and "--language" in bad.output


def test_parse_reports_the_language(tmp_path):
    posting = tmp_path / "posting.md"
    posting.write_text(POSTINGS["pt"], encoding="utf-8")
    result = CliRunner().invoke(main, ["parse", str(posting), "--output-format", "json"])
    assert json.loads(result.output)["language"] == {
        "code": "pt",
        "confidence": pytest.approx(1.0, abs=0.2),
        "reliable": True,
        "source": "detected",
    }


def test_parse_code():
    assert [parse_code(v) for v in ("de", "DE-at", "nld", "German", "Deutsch", "", "xx-yy-zz-www", None, "de!")] == [
        "de",
        "de",
        "nl",
        "de",
        "de",
        None,
        "xx",
        None,
        None,
    ]


def test_the_model_loads_lazily_and_once():
    code = (
        "import sys, jdlint.facts.language as l; assert 'py3langid' not in sys.modules; "
        "a = l._identifier(); assert 'py3langid' in sys.modules and l._identifier() is a"
    )
    subprocess.run([sys.executable, "-c", code], check=True, env={"PYTHONPATH": str(ROOT / "src")})


# --- rules gated by language ---------------------------------------------------------------------


def _rule(**extra):
    entry = {
        "code": "JD990",
        "name": "demo",
        "kind": "existence",
        "category": "clarity",
        "message": "m",
        "phrases": ["rockstar"],
        "examples": {"bad": ["a rockstar"], "good": ["a person"]},
        **extra,
    }
    return parse_rule(entry, pack="test", path="test.yaml", default_category=None)


def test_rule_languages_key():
    assert _rule().languages == () and _rule().holds_for("pl")
    rule = _rule(languages=["en", "de"])
    assert rule.holds_for("de") and not rule.holds_for("fr")
    for bad in ([], ["english"], "EN", [1]):
        with pytest.raises(RuleError, match="ISO 639-1"):
            _rule(languages=bad)


def test_every_bundled_rule_language_has_a_section_vocabulary():
    """A rule that holds for a language other than English reads sections, so that language
    needs its own vocabulary file."""
    vocabularies = {p.stem for p in (ROOT / "rules" / "sections").glob("*.yaml")} | {"en"}
    for rule in load_settings(None).ruleset.rules:
        assert set(rule.languages) <= vocabularies, rule.code


def test_english_wording_rules_are_skipped_and_named_once():
    text = POSTINGS["de"].replace("zuverlässige", "zuverlässige Rockstar-")
    result = lint(text)
    codes = [f.code for f in result.findings]
    assert [n.code for n in result.notes] == ["JD110"] and "JD110" not in codes  # a note, said once
    assert "JD401" not in codes  # buzzword: English phrase list
    notice = result.notes[0]
    assert (notice.line, notice.severity) == (1, "note")
    assert notice.message.startswith("The posting is in German; ") and "JD401" in notice.suggestions[-1]
    # Checks of other languages' own customs (French "H/F" titles) are not gaps of a German posting.
    skipped = [
        r
        for r in load_settings(None).ruleset.rules
        if r.enabled and not r.holds_for("de") and "en" in r.languages and not r.note
    ]
    assert f"; {len(skipped)} checks written for English were skipped" in notice.message
    assert "JD533" not in notice.message and "JD534" not in notice.message


def test_language_without_vocabulary_gets_no_section_or_wording_findings():
    result = lint(POSTINGS["pl"])
    codes = {f.code for f in result.findings}
    assert "JD101" not in codes and [n.code for n in result.notes] == ["JD110"]
    rules = {r.code: r for r in load_settings(None).ruleset.rules}
    assert all(not rules[c].languages for c in codes)  # only layout rules: lengths, title shape
    notice = result.notes[0]
    assert notice.message.startswith("The posting is in Polish; ")
    assert (
        " checks written for English, Dutch, French, German, Italian, Portuguese or Spanish were skipped ("
        in notice.message
    )


def test_english_and_undetermined_postings_run_every_rule():
    assert not lint(POSTINGS["en"]).notes
    doc = _parse("# Analyst\n\nShort.\n")
    assert doc.language == Language("und", 0.0, False, "detected")


def test_a_posting_given_twice_names_its_second_language_and_is_reliable():
    en = " ".join(POSTINGS["en"].splitlines()[2:])
    de = " ".join(POSTINGS["de"].splitlines()[2:])
    got = detect_text([de, de, en, en])
    assert (got.code, got.second, got.reliable) == ("de", "en", True)
    assert detect_text([de, de, de, de, de]).second is None


def test_the_second_copy_of_a_posting_given_twice_is_not_checked():
    """A posting given in full in English then Spanish: one set of sections is checked, the copy
    is named once (JD114), not read as duplicated sections or a posting twice as long."""
    from pathlib import Path

    text = (Path(__file__).resolve().parent.parent / "examples" / "weak-bilingual-office-manager.md").read_text(
        encoding="utf-8"
    )
    result = lint(text, "posting.md")
    doc = result.doc
    assert (doc.language.code, doc.language.second) == ("en", "es")
    assert doc.locate(doc.translation_from).line == 22
    assert [s.kind for s in doc.checked_sections] == ["summary", "responsibilities", "requirements", "how-to-apply"]
    codes = {f.code for f in result.findings}
    assert not codes & {"JD109", "JD103"}
    assert [(n.code, doc.locate(doc.translation_from).line) for n in result.notes] == [("JD114", 22)]
