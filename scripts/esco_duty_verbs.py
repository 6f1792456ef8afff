"""Print the English duty verbs jdlint reads from ESCO: the first words of ESCO's skill labels.

ESCO names skills and competences as verb phrases ("manage musical staff", "inspect welds"), so
the words that open three or more of its preferred labels are, with few exceptions, verbs of
work. jdlint adds them to the verbs of ``rules/sections.yaml`` (``cues.responsibilities.
esco_verbs``) that make a list item read as a duty. Words that open requirement items as often
as duties ("have", "demonstrate", "speak") and words that are also common nouns ("type", "order",
"store") are left out.

This product uses the ESCO classification of the European Commission (ESCO v1.1.1, © European
Union, https://esco.ec.europa.eu). Reuse is authorised under Commission Decision 2011/833/EU,
provided the source is acknowledged.

Usage: python scripts/esco_duty_verbs.py [PATH to skills_en.csv]
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
DEFAULT = ROOT.parent / "shared" / "taxonomies" / "esco" / "v1.1.1" / "en" / "skills_en.csv"
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


def duty_verbs(path: Path) -> list[str]:
    counts: Counter[str] = Counter()
    with path.open(newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["skillType"] != "skill/competence" or not row["preferredLabel"].split():
                continue
            word = row["preferredLabel"].split()[0].lower()
            if re.fullmatch(r"[a-z]+", word):
                counts[word] += 1
    return sorted(
        word
        for word, n in counts.items()
        if n >= MIN_LABELS and word not in LEFT_OUT and not word.endswith(NOT_VERB_ENDINGS)
    )


def main(argv: list[str]) -> int:
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
