"""The pay model (jdlint.facts.pay) on the shapes real postings use, and the pay facts of whole
postings with their source positions. All texts are written for these tests."""

from __future__ import annotations

import pytest

from conftest import lint
from jdlint.facts.pay import find_pay, money_kind, parse_number


def _doc(text: str, path: str = "posting.md"):
    return lint(text, path, only="JD601").doc


def _wages(text: str, path: str = "posting.md"):
    doc = _doc(text, path)
    return doc, doc.facts.pay.wages


def _source(doc, fact) -> str:
    return doc.source[fact.span.start : fact.span.end]


@pytest.mark.parametrize(
    "text,low,high,currency,period,bound",
    [
        ("Salary: up to $80,000", None, 80000, "$", None, "ceiling"),
        ("Salary from €3.000 per maand", 3000, None, "EUR", "month", "floor"),
        ("Salário: R$ 2.500,00 por mês", 2500, 2500, "BRL", "month", None),
        ("Salary: 45 000 SEK per month", 45000, 45000, "SEK", "month", None),
        ("Gehalt: € 3.500 - € 4.500 bruto per maand", 3500, 4500, "EUR", "month", None),
        ("£25-35k basic with OTE", 25000, 35000, "GBP", None, None),
        ("Pay: 40 000 AMD per month", 40000, 40000, "AMD", "month", None),
        ("Lohn: CHF 95'000 pro Jahr", 95000, 95000, "CHF", "year", None),
        ("Wage: 12 000 PLN pro Monat", 12000, 12000, "PLN", "month", None),
        ("Salaire : 3 200 € par mois", 3200, 3200, "EUR", "month", None),
        # Quebec French writes the dollar sign after the amount; "horaire" before it names the period.
        ("Rémunération : 17,53$ à 21,67$ par heure", 17.53, 21.67, "$", "hour", None),
        ("Salaire horaire entre 17,53 $ et 21,67 $ selon l'expérience", 17.53, 21.67, "$", "hour", None),
        ("Jährliches Gehalt: 50.000 €", 50000, 50000, "EUR", "year", None),
        ("Sueldo: 1.800 € al mes", 1800, 1800, "EUR", "month", None),
        ("Stipend: ₹40,000 per month", 40000, 40000, "INR", "month", None),
        ("Gehalt: 55.000 € pro Jahr", 55000, 55000, "EUR", "year", None),
        ("Rate: $65k+ per year", 65000, None, "$", "year", "floor"),
        ("Salário: de R$1.690,00 a R$2.300,00", 1690, 2300, "BRL", None, None),
        ("Salário: a partir de R$ 4.000,00", 4000, None, "BRL", None, "floor"),
        ("Gehalt: bis zu 4.000 € brutto/Monat", None, 4000, "EUR", "month", "ceiling"),
        ("Sueldo: entre 1.500 € y 1.800 € al mes", 1500, 1800, "EUR", "month", None),
        # Catalan "i" joins the ends after "entre"
        ("Salari: Entre 30.000 i 34.000 euros bruts anuals", 30000, 34000, "EUR", "year", None),
        # number formats and words of other languages
        ("Gehalt: 3.500,- € brutto pro Monat", 3500, 3500, "EUR", "month", None),
        ("Salaire : entre 30 k€ et 35 k€ par an", 30000, 35000, "EUR", "year", None),
        ("Salaire de 1 800,00 Euros à 2 000,00 Euros", 1800, 2000, "EUR", None, None),
        ("Salaire : 11,88 € de l'heure", 11.88, 11.88, "EUR", "hour", None),
        ("Sueldo: 25.000 € brutos anuales", 25000, 25000, "EUR", "year", None),
        ("Salaris tussen de €3.200 en €4.100 per maand", 3200, 4100, "EUR", "month", None),
        ("Salario: 4.500.000 COP al mes", 4500000, 4500000, "COP", "month", None),
        # a range whose ends are apart: opened by from/de/von, closed by to/jusqu'à/bis
        ("Rémunération : de 12,50 €/h brut (jour) jusqu'à 15,00 €/h brut (nuit)", 12.5, 15, "EUR", "hour", None),
        ("Rate: from $50 per hour to $60 per hour", 50, 60, "$", "hour", None),
        ("Lohn: von 16,50 € pro Stunde bis 19,00 €", 16.5, 19, "EUR", "hour", None),
    ],
)
def test_amounts_currencies_periods_and_bounds(text, low, high, currency, period, bound):
    found = find_pay(text)
    assert len(found) == 1, found
    pay = found[0]
    assert (pay.low, pay.high, pay.currency, pay.period, pay.bound) == (low, high, currency, period, bound)
    assert text[pay.start : pay.end] == pay.text


@pytest.mark.parametrize(
    "number,value",
    [
        ("118,640.00", 118640.0),
        ("55.000", 55000.0),
        ("40 000", 40000.0),
        ("20.50", 20.5),
        ("2.500,00", 2500.0),
        ("95'000", 95000.0),
        ("1.2.3", None),
    ],
)
def test_numbers_as_postings_write_them(number, value):
    assert parse_number(number) == value


def test_hourly_pay_plus_tips_is_base_pay_with_tips_named():
    doc, wages = _wages("# Server\n\n## Pay\n\n$18/hr plus tips.\n")
    assert len(wages) == 1
    s = wages[0]
    assert (s.pay.value, s.pay.period, s.component, s.extras) == (18, "hour", "base", ("tips",))
    assert _source(doc, s) == "$18"


def test_tipped_minimum_wage():
    doc, wages = _wages("# Server\n\nThe tipped minimum wage $2.13 + tips applies to this role.\n")
    assert [(s.pay.value, s.component, s.extras) for s in wages] == [(2.13, "base", ("tips",))]
    assert _source(doc, wages[0]) == "$2.13"


def test_basic_with_ote():
    doc, wages = _wages("# Account Manager\n\n£25-35k basic with OTE of £50k.\n")
    assert wages[0].pay.low == 25000 and wages[0].pay.high == 35000 and "ote" in wages[0].extras
    assert _source(doc, wages[0]) == "£25-35k"


def test_grade_with_range_is_pay_and_the_grade_is_not():
    doc, wages = _wages("# Analyst\n\nThis is a GS-13 ($100,000 - $130,000) position.\n")
    assert [(s.pay.low, s.pay.high) for s in wages] == [(100000, 130000)]
    assert _source(doc, wages[0]) == "$100,000 - $130,000"


def test_a_classification_is_not_pay():
    doc = _doc("# Developer\n\nThis position is at the IT-02 classification.\n")
    assert not doc.facts.pay.statements
    assert not doc.facts.conditions["pay_figure"]


def test_a_classification_in_a_front_matter_pay_field_is_not_pay():
    doc = _doc("---\ntitle: Developer\nsalary: IT-02\n---\n\nWe build services.\n")
    assert not doc.facts.pay.statements


def test_a_state_code_before_the_amount_is_not_a_period():
    (pay,) = find_pay("Pittsburgh, PA $50,000")
    assert pay.period is None


def test_weights_are_not_money():
    doc = _doc(
        "# Warehouse Associate\n\n## Requirements\n\n- Able to lift 50 pounds\n- Carry up to 25 pounds of equipment\n"
    )
    assert not doc.facts.pay.statements
    assert not doc.facts.conditions["pay_figure"]
    assert find_pay("a salary of 30,000 pounds a year")[0].currency == "GBP"


@pytest.mark.parametrize(
    "text,kind",
    [
        ("a salary of $90,000", "base"),
        ("a $1,000 learning budget", None),
        ("a $5,000 bonus", "bonus"),
        ("Commission: $2,000 per month", "commission"),
        ("OTE $60,000", "ote"),
        ("tips average $10 per hour", "tips"),
        ("we raised $40M from investors", None),
        ("R$ 700 de bolsa", "base"),
        ("Bolsa-auxílio: R$ 1.200,00", "base"),
        ("Salários a partir de R$ 1.700,00", "base"),
        ("von 4.000 € bis 5.000 € brutto", "base"),
        ("a $500 home office stipend", None),
        ("$2/hour night differential", "premium"),
        ("Nachtzuschlag: 3,00 € pro Stunde", "premium"),
        # a contractor's recurring fee is their pay; an application fee is not
        ("The yearly contractor fee will range between **50,000-60,000 EUR**", "base"),
        ("a monthly fee of 4,000 EUR", "base"),
        ("an application fee of $50", None),
    ],
)
def test_what_an_amount_pays(text, kind):
    pay = find_pay(text)[0]
    assert money_kind(text, pay) == kind


def test_vague_pay_lines_and_their_positions():
    doc = _doc("Acme LLC\r\nTITLE:  Teacher\r\nREMUNERATION/ SALARY:  Negotiable\r\n", "posting.txt")
    assert [v.text for v in doc.facts.pay.vague] == ["Negotiable"]
    assert _source(doc, doc.facts.pay.vague[0]) == "Negotiable"
    doc = _doc("# Cook\n\nSalary: DOE\n")
    assert [v.text for v in doc.facts.pay.vague] == ["DOE"]
    assert not doc.facts.pay.wages


def test_front_matter_pay_fields_make_a_range_with_field_positions():
    doc = _doc("---\ntitle: Analyst\nsalary_min: '106,595'\nsalary_max: '138,572'\n---\n\nWe analyse.\n")
    (r,) = doc.facts.pay.ranges
    assert (r.low.pay.value, r.high.pay.value) == (106595, 138572)
    assert (r.low.origin, r.low.field, r.high.field) == ("front-matter", "salary_min", "salary_max")
    assert _source(doc, r.low) == "106,595" and _source(doc, r.high) == "138,572"
    assert doc.facts.pay.concrete and doc.facts.conditions["concrete_pay"]


def test_json_ld_base_salary():
    html = """<html><head><title>Nurse</title>
<script type="application/ld+json">
{"@context": "https://schema.org", "@type": "JobPosting", "title": "Nurse",
 "baseSalary": {"@type": "MonetaryAmount", "currency": "EUR",
   "value": {"@type": "QuantitativeValue", "minValue": 3200, "maxValue": 3900, "unitText": "MONTH"}}}
</script></head><body><h1>Nurse</h1><p>Join our ward team.</p></body></html>"""
    doc = _doc(html, "posting.html")
    (s,) = doc.facts.pay.wages
    assert (s.origin, s.field, s.pay.low, s.pay.high, s.pay.currency, s.pay.period) == (
        "json-ld",
        "baseSalary",
        3200,
        3900,
        "EUR",
        "month",
    )
    assert _source(doc, s) == '"baseSalary"'


def test_pay_missing_reads_the_same_statements():
    # One model: the posting whose only money is a weight has no pay figure, and JD601 says so.
    findings = lint("# Mover\n\nYou lift 50 pounds all day.\n", only="JD601").findings
    assert [f.code for f in findings] == ["JD601"]
    findings = lint("# Analyst\n\nSalary: 45 000 SEK per month.\n", only="JD601").findings
    assert findings == []


@pytest.mark.parametrize(
    "text",
    [
        "We pay $20/hr, $30/hr for overtime.",
        "Pay: $22.50/hour ($33.75 overtime)",
    ],
)
def test_an_overtime_rate_is_not_the_top_of_a_range(text):
    base, overtime = find_pay(text)
    assert (base.low, base.high) == (base.value, base.value)
    assert (money_kind(text, base), money_kind(text, overtime)) == ("base", "premium")


def test_a_second_figure_is_a_range_end_only_when_the_text_says_so():
    text = "Salário inicial de R$ 1.500,00 após 3 meses R$ 1.800,00"
    assert [(p.low, p.high) for p in find_pay(text)] == [(1500, 1500), (1800, 1800)]
    text = "De R$ 1.500,00 (CLT) e vale transporte"
    assert [(p.low, p.high) for p in find_pay(text)] == [(1500, 1500)]


def test_a_figure_alone_on_its_line_is_pay():
    doc = _doc(
        "Atendente de loja\nAtendimento ao cliente e caixa.\nR$1.750,00\nVale transporte e refeição\n", "vaga.txt"
    )
    (wage,) = doc.facts.pay.wages
    assert (wage.pay.value, wage.pay.currency, _source(doc, wage), doc.locate(wage.span.start).line) == (
        1750,
        "BRL",
        "R$1.750,00",
        3,
    )


def test_a_figure_in_a_labelled_cell_or_a_benefits_list_is_not_pay_by_itself():
    doc = _doc("# Engineer\n\n| Perk | Amount |\n|---|---|\n| Learning budget | $1,000 |\n")
    assert doc.facts.pay.wages == []
    doc = _doc("# Engineer\n\n## Benefits\n\n- Health insurance\n- $1,000\n")
    assert doc.facts.pay.wages == []


def test_a_stipend_in_portuguese_is_the_pay_of_an_internship():
    doc = _doc("Estágio em atendimento\n\nBenefícios\n✅ R$ 850 de bolsa;\n✅ Vale transporte.\n", "vaga.txt")
    (wage,) = doc.facts.pay.wages
    assert (wage.pay.value, _source(doc, wage)) == (850, "R$ 850")


def test_street_numbers_and_postal_codes_are_not_pay():
    doc = _doc("# Nurse\n\nOur clinic is at 1200 Main St, Denver, CO 80202.\n\n1200 Main St\n\nDenver, CO 80202\n")
    assert doc.facts.pay.statements == ()


def test_a_bare_front_matter_salary_is_pay_of_unknown_currency():
    doc = _doc('+++\ntitle = "Clinic Manager"\nlocation = "Arizona"\nsalary = "61000"\n+++\nRun the clinic.\n')
    (wage,) = doc.facts.pay.wages
    assert (wage.pay.value, wage.pay.currency, wage.origin, _source(doc, wage)) == (
        61000,
        None,
        "front-matter",
        "61000",
    )


def test_a_pay_word_then_between_makes_a_bare_range_pay():
    """'Salary between 32k and 36k per year' in a benefits list: the figure follows the pay word
    as a label's value would, so it is pay, with no currency."""
    from jdlint import facts

    result = lint("# Coordinator\n\n## What we offer\n\n* Work from home.\n* Salary between 32k and 36k per year.\n")
    wages = facts.of(result.doc).pay.wages
    assert [(w.pay.low, w.pay.high, w.pay.currency, w.pay.period) for w in wages] == [(32000.0, 36000.0, None, "year")]
    assert "JD601" not in {f.code for f in result.findings}
    # Not any number after "pay": "pay of 3 weeks' notice" is not money.
    assert not facts.of(lint("# Coordinator\n\nWe pay for 3 days of training.\n").doc).pay.wages


def test_grades_named_without_an_amount_are_a_pay_fact():
    from jdlint import facts

    doc = lint("---\nlang: de\n---\n# Jurist*in\n\nDie Vergütung erfolgt nach TV-L E13 (Stufe 2).\n").doc
    assert [g.text for g in facts.of(doc).pay.grades] == ["TV-L E13"]


@pytest.mark.parametrize(
    "text,grade",
    [
        ("# Coordinator\n\nThis role is classified as an [AS-02](https://example.org/as) position.\n", "AS-02"),
        ("# Développeur\n\nLes postes sont classés comme CS-03, CS-04 ou CS-05.\n", "CS-03"),
        ("# Conseiller\n\nIl s'agit d'un poste de niveau EC-05 dans le groupe EC.\n", "EC-05"),
        ("# Delivery Manager\n\nPAYBAND:\tA\n\nLOCATION: London\n", "PAYBAND:\tA"),
        ("---\nlang: de\n---\n# Projektleitung\n\nGehalt: nach E12/S1\n", "nach E12/S1"),
        ("---\nlang: nl\n---\n# Developer\n\n- Salaris volgens CAO Ziekenhuizen\n", "volgens CAO Ziekenhuizen"),
    ],
)
def test_grades_of_public_and_collective_scales(text, grade):
    from jdlint import facts

    result = lint(text)
    grades = facts.of(result.doc).pay.grades
    assert [g.text for g in grades] == [grade]
    assert result.doc.source[grades[0].span.start : grades[0].span.end] == grade
    assert "JD601" not in {f.code for f in result.findings}


def test_a_grade_needs_a_scale_word_before_it():
    from jdlint import facts

    # "IT-02" after no scale word, "level" of a product, an ISO code: not pay grades
    doc = lint("# Analyst\n\nYou will work on ticket IT-02 and reach level 3 of the training.\n").doc
    assert facts.of(doc).pay.grades == ()


def test_a_role_said_to_be_unpaid_states_its_pay():
    from jdlint import facts

    doc = lint("# Research Intern\n\n## Salary and benefits\n\nThis internship is unpaid. We cover travel.\n").doc
    assert [u.text for u in facts.of(doc).pay.unpaid] == ["unpaid"]
    assert facts.holds("pay_stated", doc)
    # Volunteers a project has are not the role: "ehrenamtlich tätig", "no unpaid overtime".
    german = lint("---\nlang: de\n---\n# Koordination\n\nUnser Netzwerk ist größtenteils ehrenamtlich tätig.\n").doc
    assert not facts.of(german).pay.unpaid
    assert not facts.of(lint("# Clerk\n\nThere is no unpaid overtime.\n").doc).pay.unpaid


def test_a_range_on_a_line_with_the_contract_type_is_the_base_pay():
    doc, wages = _wages("# Engineer\n\n$100,000 to $130,000 - Contract\n\nYou will build tools.\n")
    assert [(w.pay.low, w.pay.high, w.component) for w in wages] == [(100000, 130000, "base")]


def test_a_period_after_a_note_in_brackets():
    doc, wages = _wages(
        "# Coordinador\n\n## Compensación\n\n* US$ 24.000 (dólares estadounidenses) anuales de bolsillo (neto)\n"
    )
    assert [(w.pay.low, w.pay.period) for w in wages] == [(24000, "year")]
