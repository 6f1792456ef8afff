"""Location and work-mode facts (jdlint.facts.location) in the six supported languages: places
named in prose for the job, place-only lines, labels, the aggregator's marks, the title's work
mode; and what is not the job's place (a candidate's residence, company history). Positions are
checked against the source. All postings are written for these tests."""

from __future__ import annotations

import pytest

from conftest import lint


def _doc(text: str, path: str = "posting.md"):
    return lint(text, path, only="JD601").doc


def _at(doc, fact) -> str:
    return doc.source[fact.span.start : fact.span.end]


def _line(doc, fact) -> int:
    return doc.locate(fact.span.start).line


@pytest.mark.parametrize(
    "text,place",
    [
        ("# Data Analyst\n\nThis role is based in Leeds and reports to the head of data.\n", "Leeds"),
        ("# Nurse\n\nYou will work from our Denver office three days a week.\n", "Denver"),
        ("# Support Engineer\n\nYou'll be based at our riverside campus in Shenzhen, PRC.\n", "Shenzhen, PRC"),
        ("# Magasinier\n\nNotre client, une PME basée à Tulle, recrute un magasinier H/F.\n", "Tulle"),
        ("# Agent\n\nLe poste est à pourvoir à Saint-Étienne dès janvier.\n", "Saint-Étienne"),
        ("# Auxiliar\n\nVaga em Sorocaba/SP para auxiliar administrativo.\n", "Sorocaba/SP"),
        ("# Recepcionista\n\nTrabalho presencial em Juiz de Fora - MG, de segunda a sexta.\n", "Juiz de Fora - MG"),
        ("# Buchhaltung\n\nFür unseren Standort Leipzig suchen wir eine Buchhalterin.\n", "Leipzig"),
        ("# Ontwikkelaar\n\nJe werkt in Utrecht (hybride) met een klein team.\n", "Utrecht"),
        ("# Contable\n\nPuesto ubicado en Zaragoza, con horario intensivo.\n", "Zaragoza"),
        ("# RSE\n\nThe RSE team in Sheffield which you will join is one of the largest.\n", "Sheffield"),
        ("# Linguist\n\nWir bieten ein Büro im Herzen von Potsdam-Babelsberg.\n", "Potsdam-Babelsberg"),
        ("# Assistenz\n\n- Festanstellung, 20 - 32 h pro Woche, Arbeitsort: Berlin, Kreuzberg\n", "Berlin, Kreuzberg"),
        ("# Buchhaltung\n\n- Ein spannendes Arbeitsumfeld in Berlin mit flexiblen Arbeitszeiten\n", "Berlin"),
        ("# Clerk\n\nFull-time, 40 hours a week, work location: Leeds.\n", "Leeds"),
        ("# Manager\n\nThis is a US-based remote, full time regular employee position.\n", "US"),
        (
            "# Bakery Assistant\n\nWe need an assistant for our shop on Queen Street, Portsmouth, four days a week.\n",
            "Portsmouth",
        ),
        ("# Line Cook\n\nCook lunch and dinner at our restaurant in Galway, Tuesday to Saturday.\n", "Galway"),
        ("# Carer\n\nJoin the night team at our Harrogate care home.\n", "Harrogate"),
        (
            "# Fachkraft Lagerlogistik\n\nFür unser Lager in Kiel-Wellingdorf suchen wir Verstärkung.\n",
            "Kiel-Wellingdorf",
        ),
        ("# Vendeur\n\nLa boulangerie Martin, à Nantes, recrute un vendeur pour sa boutique.\n", "Nantes"),
        ("# Bakker\n\nBakkerij De Korenaar in Utrecht zoekt een ervaren bakker.\n", "Utrecht"),
        (
            "# Consultoría\n\nPara apoyar el trabajo inicial en Argentina, buscamos una persona consultora.\n",
            "Argentina",
        ),
    ],
)
def test_a_place_named_in_prose_for_the_job(text, place):
    doc = _doc(text)
    (loc,) = doc.facts.locations
    assert (loc.text, loc.how, loc.is_statement, _at(doc, loc), _line(doc, loc)) == (place, "prose", False, place, 3)


def test_a_place_stops_where_its_clause_does():
    doc = _doc("# Faxineira\n\nAtuação na Zona Norte/SP, Salário de R$ 1.800,00 e vale transporte.\n")
    assert [(loc.text, _at(doc, loc)) for loc in doc.facts.locations] == [("Zona Norte/SP", "Zona Norte/SP")]


def test_company_history_is_not_the_job_place():
    assert _doc("# Engineer\n\nAcme was founded in Paris in 1999 and builds billing software.\n").facts.locations == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("# Auxiliar\n\nRequisitos: residir em Campinas/SP e ter ensino médio completo.\n", "Campinas/SP"),
        ("# Vendeur\n\nVous devez résider à Lyon ou à proximité.\n", "Lyon"),
        ("# Office Manager\n\n* Residence in Barcelona or surrounding areas.\n", "Barcelona"),
        ("# Dissenyadora\n\n* Resident a Barcelona o rodalies.\n", "Barcelona"),
    ],
)
def test_where_the_candidate_must_live_when_no_other_place_is_named(text, place):
    doc = _doc(text)
    (loc,) = doc.facts.locations
    assert (loc.text, loc.how, loc.is_statement, _at(doc, loc)) == (place, "home", False, place)


@pytest.mark.parametrize(
    "text",
    [
        # a place for the job wins over the candidate's home
        "# Vendeur\n\nLe poste est basé à Paris. Vous devez résider à Lyon ou à proximité.\n",
        # several towns to live in are an area, not the job's place
        "# Atendente\n\nResidir em Viamão, Porto Alegre, Gravataí ou Cachoeirinha.\n",
    ],
)
def test_the_candidate_home_is_only_a_fallback_and_only_one_place(text):
    assert all(loc.how != "home" for loc in _doc(text).facts.locations)


def test_the_company_place_only_when_nothing_better_is_said():
    blurb = "# Engineer\n\nAcme, headquartered in Austin, builds billing software.\n"
    doc = _doc(blurb)
    (loc,) = doc.facts.locations
    assert (loc.text, loc.how, loc.is_statement, _at(doc, loc)) == ("Austin", "company", False, "Austin")
    doc = _doc(blurb + "\nThis position is located in Denver, CO.\n")
    assert [(loc.text, loc.how) for loc in doc.facts.locations] == [("Denver, CO", "prose")]


def test_where_the_company_or_its_shops_are_satisfies_jd106():
    text = "# Verkäufer (m/w/d)\n\nDie Bergmann Sport GmbH führt drei Sportgeschäfte in Freiburg.\n"
    result = lint(text, "posting.md", only="JD106")
    assert [(loc.how, loc.text) for loc in result.doc.facts.locations] == [("company", "Freiburg")]
    assert result.findings == []
    nowhere = lint("# Verkäufer (m/w/d)\n\nWir verkaufen Sportschuhe.\n", "posting.md", only="JD106")
    assert [f.code for f in nowhere.findings] == ["JD106"]


def test_the_sites_a_company_has_are_its_place():
    doc = _doc(
        "# Postdoc\n\nDESY, with its 2700 employees at its two locations in Hamburg and Zeuthen, is a research centre.\n"
    )
    assert [(loc.how, loc.text) for loc in doc.facts.locations] == [("company", "Hamburg and Zeuthen")]


def test_an_agency_place_is_the_company_place():
    doc = _doc(
        "Notre agence Intérim Plus de Brive-la-Gaillarde recrute des préparateurs de commandes H/F.\n", "offre.txt"
    )
    (loc,) = doc.facts.locations
    assert (loc.text, loc.how, _at(doc, loc)) == ("Brive-la-Gaillarde", "company", "Brive-la-Gaillarde")


@pytest.mark.parametrize("line", ["Campinas/SP", "Savassi, Belo Horizonte - MG", "Iowa City, IA", "Remote (US)"])
def test_a_line_that_is_only_a_place_is_a_statement(line):
    doc = _doc(
        f"Auxiliar administrativo\nRh Parceiros seleciona\n{line}\nRotinas de escritório e arquivo.\n", "vaga.txt"
    )
    (loc,) = [x for x in doc.facts.locations if x.is_statement]
    assert (loc.text, loc.how, _at(doc, loc), _line(doc, loc)) == (line, "place-line", line, 3)


def test_a_place_line_names_the_jurisdiction_and_the_mode():
    doc = _doc("Nurse Practitioner\nDenver, CO\nSee patients at our clinic.\n", "job.txt")
    assert [j.id for j in doc.facts.jurisdictions] == ["US-CO"]
    doc = _doc("Support Agent\nRemote (US)\nAnswer customer tickets.\n", "job.txt")
    assert (doc.facts.work_mode.mode, _at(doc, doc.facts.work_mode)) == ("remote", "Remote")


def test_a_run_in_label_in_a_location_section_is_not_the_place():
    doc = _doc("# Buchhalter\n\n## Standort\n\nArbeitsort: Berlin (hybrid)\n")
    (loc,) = doc.facts.locations
    assert (loc.text, loc.how, _at(doc, loc)) == ("Berlin (hybrid)", "section", "Berlin (hybrid)")
    assert (doc.facts.work_mode.mode, _at(doc, doc.facts.work_mode)) == ("hybrid", "hybrid")
    doc = _doc("💰 Salário: R$ 2.900,00\n🏢 Local: Savassi, Belo Horizonte - MG\n🎯 Requisitos: Excel\n", "vaga.txt")
    (loc,) = [x for x in doc.facts.locations if x.is_statement]
    assert (loc.text, _at(doc, loc), _line(doc, loc)) == ("Savassi, Belo Horizonte - MG",) * 2 + (2,)


@pytest.mark.parametrize(
    "line,place,mode,word",
    [
        ("- Híbrido: Curitiba, PR", "Curitiba, PR", "hybrid", "Híbrido"),
        ("- Presencial: Recife - PE", "Recife - PE", "onsite", "Presencial"),
        ("- Remoto: Florianópolis, SC", "Florianópolis, SC", "remote", "Remoto"),
    ],
)
def test_a_work_mode_label_names_the_place_and_the_mode(line, place, mode, word):
    doc = _doc(f"# Analista\n\n{line}\n- Horário: 8h às 17h\n")
    (loc,) = doc.facts.locations
    assert (loc.text, loc.is_statement, _at(doc, loc)) == (place, True, place)
    assert (doc.facts.work_mode.mode, _at(doc, doc.facts.work_mode)) == (mode, word)


@pytest.mark.parametrize(
    "text,mode,word",
    [
        ("Présentiel : Lyon 3e\n", "onsite", "Présentiel"),
        ("Locatie: Rotterdam, op kantoor\n", "onsite", "op kantoor"),
        ("Ubicación: Sevilla (teletrabajo)\n", "remote", "teletrabajo"),
    ],
)
def test_work_mode_words_in_other_languages(text, mode, word):
    doc = _doc("# Puesto\n\n" + text)
    assert (doc.facts.work_mode.mode, _at(doc, doc.facts.work_mode)) == (mode, word)


def test_the_title_names_the_work_mode():
    doc = _doc("# Remote Data Engineer\n\nBuild pipelines for our analytics team.\n")
    assert (doc.facts.work_mode.mode, _at(doc, doc.facts.work_mode), _line(doc, doc.facts.work_mode)) == (
        "remote",
        "Remote",
        1,
    )


def test_the_place_mark_after_the_pay_mark():
    doc = _doc("# Android Engineer\n\n#### `💰 $45/hr` `🌎 Canada (Remote)`\n\nShip features weekly.\n")
    (loc,) = doc.facts.locations
    assert (loc.text, loc.how, _at(doc, loc)) == ("🌎 Canada (Remote)", "place-line", "🌎 Canada (Remote)")
    assert doc.facts.work_mode.mode == "remote"


@pytest.mark.parametrize(
    "text,mode",
    [
        ("You will work remotely and use mostly asynchronous communication channels.", "remote"),
        ("You will primarily use asynchronous channels to work remotely with the team.", "remote"),
        ("You will be able to work remotely on Fridays.", None),  # a perk of an office job
        ("You will work remotely two days a week.", None),
        ("This is a US-based remote, full time regular employee position.", "remote"),
    ],
)
def test_you_will_work_remotely_is_the_work_mode(text, mode):
    doc = _doc("# Writer\n\n" + text + "\n")
    assert (doc.facts.work_mode.mode if doc.facts.work_mode else None) == mode


@pytest.mark.parametrize(
    ("text", "place", "how"),
    [
        # a town and its country or region written out, alone on a line
        (
            "# Engineer\n\nBelfast, Northern Ireland\n\nWe build low-code tools.\n",
            "Belfast, Northern Ireland",
            "place-line",
        ),
        ("# Cook\n\n- Lyon, France\n- Full time\n", "Lyon, France", "place-line"),
        # one part of a short field of details
        (
            '+++\ntitle = "Engineer"\ndescription = "£50,000 - £60,000 | Belfast, Northern Ireland"\n+++\n\nWe build tools.\n',
            "Belfast, Northern Ireland",
            "place-line",
        ),
        # where the team grows, and the offices a company has
        ("# Engineer\n\nWe are seeking to grow and expand our team in Belfast.\n", "Belfast", "prose"),
        (
            "# Writer\n\nWhile we have locations in Ottawa, Montreal and Toronto, we work distributedly.\n",
            "Ottawa, Montreal and Toronto",
            "company",
        ),
        (
            "# Rédacteur\n\nBien que nous ayons des bureaux à Ottawa et Montréal, nous travaillons à distance.\n",
            "Ottawa et Montréal",
            "company",
        ),
    ],
)
def test_more_ways_postings_name_the_place(text, place, how):
    doc = _doc(text)
    loc = doc.facts.locations[0]
    assert (loc.text, loc.how, _at(doc, loc)) == (place, how, place)


def test_a_title_and_a_name_are_not_a_place_line():
    doc = _doc("# Engineer\n\nSenior Engineer, Platform Team\n\nSmith, Jones\n")
    assert doc.facts.locations == []
