"""Classes found on held-out set 24 (spent): "Overall Responsibilities:" run-ins, German "Wir
suchen / erwarten" and compound workplaces ("unsere Tierklinik in ..."), a record's id in its title
field and its text kept once per language, an explicit line break ending a sentence, a bold line
with a "<br>" after it, Spanish "condiciones valorables", pay listed under a lead-in that names it,
"delighted if you also have" nice-to-haves, a French address with no comma, a front-matter apply
button, a closing sign-off heading and duties named in one "responsible for" sentence. All
postings are written for these tests."""

from __future__ import annotations

import json

from conftest import facts_of as facts
from conftest import finding_codes as codes
from conftest import lint
from conftest import section_kinds as kinds


def test_overall_responsibilities_run_in_and_a_front_matter_apply_button():
    text = """\
---
title: Delivery Driver
button:
  enabled: true
  button_url: mailto:hr@example.org
  button_text: Apply Now
---

**Overall Responsibilities:** Delivers bread from the bakery to the shops on a daily route.

**Key Tasks:**

* Load the van
* Keep the delivery log
"""
    assert ("responsibilities", 9) in kinds(text)
    assert "JD107" not in codes(text)
    off = text.replace("enabled: true", "enabled: false")
    assert "JD107" in codes(off)


def test_german_headings_and_compound_workplaces():
    text = """\
---
lang: de
---
# Tierarzthelfer (m/w/d)

Wir suchen für unsere Tierklinik in Waidhofen Verstärkung.

## Wir suchen / erwarten

- Verlässlichkeit
- Freude am Umgang mit Tieren

# Wir freuen uns auf deine Bewerbung!
"""
    assert ("requirements", 8) in kinds(text)
    assert [p.text for p in facts(text).locations] == ["Waidhofen"]  # not the noun after it
    city = "---\nlang: de\n---\n# Koch (m/w/d)\n\nUnser Restaurant in Frankfurt am Main sucht Verstärkung.\n"
    assert [p.text for p in facts(city).locations] == ["Frankfurt am Main"]
    assert "JD108" not in codes(text)  # the closing sign-off is no empty section


def test_a_record_with_an_id_title_and_one_text_per_language():
    body = (
        "Wir sind eine zweisprachige Kita in Berlin und suchen Verstärkung für unser Team. "
        "h3. Deine Aufgaben: Betreuung der Kinder im Kindergarten. Das bringst Du mit: "
        "eine Ausbildung als Erzieherin oder Erzieher, Freude an der Arbeit mit Kindern, Deutschkenntnisse."
    )
    record = {"title": "job_7", "title_de": "Erzieher/-in (Vollzeit)", "body_de": body, "body_es": body}
    doc = lint(json.dumps(record), "job_7.json").doc
    assert doc.title is not None and doc.title.text == "Erzieher/-in (Vollzeit)"
    assert sum(1 for b in doc.blocks if b.field == "body_es") == 0  # the same text is read once


def test_an_explicit_line_break_ends_a_sentence():
    text = (
        "# Research Assistant\n\n1. *Measure the growth of mosses in small chambers over two seasons with our partners*<br />\n"
        "In this project you will set up chambers with mosses grown together and alone to find out whether "
        "their elements and their traits change over two seasons of growth in the field.\n"
    )
    assert "JD303" not in codes(text)


def test_spanish_nice_to_haves_and_pay_listed_under_its_lead_in():
    text = """\
---
lang: es
---
# Investigador predoctoral

El salario bruto anual está fijado por convenio:
- 1er año: 17.651,68€.
- 2º año: 18.912,51€.

**REQUISITOS**
- Máster en Biología o similar.
- Conocimientos de R.

**CONDICIONES VALORABLES**<br />
- Permiso de conducir.
- Publicaciones científicas.
"""
    assert ("nice-to-have", 14) in kinds(text)
    assert "JD601" not in codes(text)


def test_delighted_if_you_also_have_opens_the_nice_to_haves():
    text = """\
<html><body><h1>Administrator</h1>
<p>You will keep our books and organise the meetings of the board.</p>
<p>You have:</p>
<ul><li>Bookkeeping</li><li>Project management</li><li>Minute taking</li></ul>
<p>We will be delighted if you also have any of the following skills:</p>
<ul><li>Copy writing</li><li>Social media</li><li>Fundraising</li><li>Software</li>
<li>Event planning</li><li>Design</li><li>Translation</li></ul>
</body></html>
"""
    assert "JD701" not in codes(text, "posting.html")


def test_a_french_address_without_a_comma():
    text = "# Coordinateur\n\n- Poste basé dans nos bureaux (12 rue Victor Hugo 69002 Lyon)\n"
    assert [p.text for p in facts(text).locations] == ["Lyon"]


def test_duties_named_in_one_responsible_for_sentence():
    text = """\
# Reports Coordinator

We are a dairy farm. This position is responsible for providing monthly production reports,
animal inventory, growth reports, and health reports to the managers.

## Requirements

- Two years of office experience
"""
    missing = " ".join(f.message for f in lint(text).findings if f.code == "JD101")
    assert "responsibilities" not in missing


def test_textile_headings_in_a_record_body():
    body = (
        "Unsere Kita sucht zum nächstmöglichen Zeitpunkt eine/n\n\nh2. Erzieher/-in (Vollzeit)\n\n"
        "h3. Das bieten wir Dir:\n\n* kleine Gruppen\n* tarifliche Vergütung\n\n"
        "h3. Das werden Deine Aufgaben:\n\n* Betreuung der Kinder in der Krippe\n* Elternarbeit\n"
    )
    doc = lint(json.dumps({"title": "Erzieher/-in", "lang": "de", "body": body}), "job.json").doc
    headings = [(b.text, b.level) for b in doc.blocks if b.kind == "heading"]
    assert ("Erzieher/-in (Vollzeit)", 2) in headings and ("Das bieten wir Dir:", 3) in headings
    assert [s.kind for s in doc.sections if s.heading_text == "Das werden Deine Aufgaben:"] == ["responsibilities"]
    prose = "# Tester\n\nWe ship h2. builds every week.\n"
    assert not any(b.kind == "heading" and b.text.startswith("builds") for b in lint(prose).doc.blocks)
