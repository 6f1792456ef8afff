"""Print the duty verbs jdlint reads from ESCO: the first words of ESCO's skill labels.

ESCO names skills and competences as verb phrases ("manage musical staff", "inspect welds"), so
the words that open three or more of its preferred labels are, with few exceptions, verbs of
work. jdlint adds them to the verbs of ``rules/sections.yaml`` (``cues.responsibilities.
esco_verbs``) that make a list item read as a duty. Words that open requirement items as often
as duties ("have", "demonstrate", "speak") and words that are also common nouns ("type", "order",
"store") are left out.

With ``--lang fr`` (or ``es``) it reads ESCO's French (Spanish) labels ("élaborer des
stratégies", "atender a los clientes") for ``rules/sections/fr.yaml`` (``es.yaml``): infinitives
only, without the verbs that open what is asked of a candidate ("maîtriser", "parler", "tener",
"saber") and without any verb that would make an English word read as a duty (the verbs of all
languages are tried on every item: "placer" would make "Place" one, "former" the word itself).
These labels come from ESCO v1.0.x, the release beside the project that has them.

This product uses the ESCO classification of the European Commission (ESCO v1.1.1, © European
Union, https://esco.ec.europa.eu). Reuse is authorised under Commission Decision 2011/833/EU,
provided the source is acknowledged.

Usage: python scripts/esco_duty_verbs.py [PATH to skills_en.csv]
       python scripts/esco_duty_verbs.py --lang fr|es [PATH to skills_fr.csv or skills_es.csv]
"""

from __future__ import annotations

import csv
import re
import sys
import textwrap
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
ESCO = ROOT.parent / "shared" / "taxonomies" / "esco"
DEFAULT = ESCO / "v1.1.1" / "en" / "skills_en.csv"
MIN_LABELS = 3
# Requirement wording, auxiliaries, adverbs, and words more often nouns at the start of an item.
LEFT_OUT = frozenset(
    """be have think show demonstrate speak read listen respect tolerate cope stay safely type program
    form order change care practice practise trade heat display label log spot park hand mark issue
    screen plant wear exercise place store match mix fit cast coat dye sand wax brush thread plot
    sketch mould pose rig shunt welcome accept assume consider find decide satisfy avoid put join
    visit play empathise memorise exert cool smooth dry clear fill feed lay pack pump stack bind
    find dig hang spray steer blend bake moderate mount trim buy spot refer package preset react
    stock supply stimulate search answer contact sort filter log correct trace form""".split()
)

NOT_VERB_ENDINGS = ("ing", "tion", "ment", "s", "al", "ic", "ive")  # forms and nouns, not base verbs
# French: what is asked of a candidate ("maîtriser", "parler", "faire preuve de", "être"), and
# senses, memory and conduct rather than work done.
LEFT_OUT_FR = frozenset(
    """avoir être faire maîtriser posséder parler comprendre lire apprendre démontrer rester éviter
    mémoriser percevoir distinguer reconnaître obtenir respecter supporter écouter pratiquer garer
    tenir agir réagir permettre""".split()
)
# Spanish: what is asked ("tener", "saber", "dominar", "hablar") and senses, memory and conduct.
LEFT_OUT_ES = frozenset(
    """tener ser estar hacer dominar poseer hablar comprender entender leer aprender demostrar evitar
    memorizar percibir distinguir reconocer obtener respetar soportar escuchar practicar aparcar
    mantenerse actuar reaccionar permitir saber conocer aspirar pensar tolerar considerar cumplir disponer
    aceptar sacrificar""".split()
)
# An infinitive of each language, and the words left out of it.
LANGUAGES = {
    "fr": (re.compile(r"[a-zàâçéèêëîïôûùüÿœ]+(?:er|ir|re)"), LEFT_OUT_FR),
    "es": (re.compile(r"[a-záéíóúñü]+(?:ar|er|ir)"), LEFT_OUT_ES),
}


def first_words(path: Path, word: re.Pattern[str]) -> Counter[str]:
    """How many skill labels each word opens."""
    counts: Counter[str] = Counter()
    with path.open(newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["skillType"] != "skill/competence" or not row["preferredLabel"].split():
                continue
            first = row["preferredLabel"].split()[0].lower()
            if word.fullmatch(first):
                counts[first] += 1
    return counts


def duty_verbs(path: Path) -> list[str]:
    return sorted(
        word
        for word, n in first_words(path, re.compile(r"[a-z]+")).items()
        if n >= MIN_LABELS and word not in LEFT_OUT and not word.endswith(NOT_VERB_ENDINGS)
    )


def english_words(path: Path) -> set[str]:
    """Every word of ESCO's English skill labels and descriptions."""
    words: set[str] = set()
    with path.open(newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            text = " ".join((row["preferredLabel"], row["altLabels"], row["description"])).lower()
            words.update(re.findall(r"[a-z]+", text))
    return words


def foreign_duty_verbs(lang: str, path: Path, english: Path) -> list[str]:
    sys.path.insert(0, str(ROOT / "src"))
    from jdlint.sections import Vocabulary, _verb_base

    infinitive, left_out = LANGUAGES[lang]
    own = yaml.safe_load((ROOT / "rules" / "sections" / f"{lang}.yaml").read_text(encoding="utf-8"))
    known = Vocabulary.load().verbs - set(own["cues"]["responsibilities"].get("esco_verbs") or [])
    verbs = [
        word
        for word, n in first_words(path, infinitive).items()
        if n >= MIN_LABELS and word not in left_out and word not in known
    ]
    looked_up: set[str] = set()  # every verb form an English word that is not a duty is read as

    class _Recorder(frozenset[str]):
        def __contains__(self, form: object) -> bool:
            looked_up.add(str(form))
            return False

    for word in english_words(english):
        if not _verb_base(word, known):
            _verb_base(word, _Recorder())
    return sorted(verb for verb in verbs if verb not in looked_up)


def main(argv: list[str]) -> int:
    if argv[:1] == ["--lang"] and len(argv) > 1 and argv[1] in LANGUAGES:
        lang = argv[1]
        path = Path(argv[2]) if len(argv) > 2 else ESCO / "v1.0.x" / lang / f"skills_{lang}.csv"
        if not path.is_file() or not DEFAULT.is_file():
            print(f"ESCO skills files not found at {path} and {DEFAULT}", file=sys.stderr)
            return 1
        new = foreign_duty_verbs(lang, path, DEFAULT)
        print("    esco_verbs: [" + "\n".join(textwrap.wrap(", ".join(new), 96, subsequent_indent="      ")) + "]")
        return 0
    path = Path(argv[0]) if argv else DEFAULT
    if not path.is_file():
        print(f"ESCO skills file not found at {path}", file=sys.stderr)
        return 1
    current = yaml.safe_load((ROOT / "rules" / "sections.yaml").read_text(encoding="utf-8"))
    known = set(current["cues"]["responsibilities"]["verbs"])
    new = [w for w in duty_verbs(path) if w not in known]
    print("    esco_verbs: [" + "\n".join(textwrap.wrap(", ".join(new), 96, subsequent_indent="      ")) + "]")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
