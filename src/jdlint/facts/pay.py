"""Pay: the one model of what a posting says about pay.

``find_pay(text)`` reads one text and returns every money amount or range it states:
"$95,000 - $120,000 a year", "£20-30k", "USD $160,000~$180,000", "between €50k and €60k",
"$40/hr", "40,000 AMD", "45 000 SEK per month", "R$ 2.500,00", "€ 3.500 - € 4.500 bruto per
maand", "up to $90k", "from £45,000", "$120k+", "$75,000 and up". Each result carries its low and
high value, currency, pay period and its span in the text. ``money_kind`` tells pay (base, tips,
on-target earnings) from a bonus or commission and from other money ("a $1,000 learning budget",
"we raised $40M"). A grade ("GS-13", "IT-02") is not an amount, nor is a weight ("lift 50 pounds").

``read(doc)`` gathers the posting's pay statements from body text, front-matter pay fields and
schema.org ``baseSalary``, the vague pay lines ("Salary: DOE", "REMUNERATION: Negotiable") and
min/max field pairs, each with its source span.

Numbers are read the way postings write them: "," or "." or a thin space between thousands
("55.000 €", "40 000 AMD"), two decimals at most ("$118,640.00"), "k" for thousands; periods in
English, German, French, Dutch, Portuguese and Spanish ("pro Monat", "par mois", "per maand",
"por mês", "al mes").
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from .. import prefilter
from ..model import Block, Document, Span
from .base import Fact, first, in_block, property_span, prose, structured_postings, text_lines

# --- currencies --------------------------------------------------------------------------------

_ISO = (
    "USD",
    "CAD",
    "EUR",
    "GBP",
    "AUD",
    "NZD",
    "CHF",
    "INR",
    "AMD",
    "JPY",
    "CNY",
    "PLN",
    "SEK",
    "NOK",
    "DKK",
    "CZK",
    "HUF",
    "RON",
    "BGN",
    "SGD",
    "HKD",
    "MXN",
    "BRL",
    "ZAR",
    "ILS",
    "AED",
    "TRY",
    "UAH",
    "COP",
    "CLP",
    "ARS",
    "PEN",
)
_SYMBOLS = {
    "US$": "USD",
    "USD$": "USD",
    "USD $": "USD",
    "CA$": "CAD",
    "C$": "CAD",
    "CAD$": "CAD",
    "CAD $": "CAD",
    "AU$": "AUD",
    "A$": "AUD",
    "AUD$": "AUD",
    "NZ$": "NZD",
    "S$": "SGD",
    "HK$": "HKD",
    "R$": "BRL",
    "$": "$",
    "£": "GBP",
    "€": "EUR",
    "¥": "JPY",
    "₹": "INR",
    "₪": "ILS",
    "zł": "PLN",
}
_WORDS = {
    "dollars": "$",
    "euros": "EUR",
    "euro": "EUR",
    "pounds": "GBP",
    "drams": "AMD",
    "dram": "AMD",
    "rupees": "INR",
}

_PREFIX = (
    r"(?:(?:US|USD|CA|CAD|AU|AUD|NZ|HK)\s?\$|[CASR]\$|[$£€¥₹₪]|"
    rf"(?:{'|'.join(_ISO)})(?=\s?\d))"
)
_SUFFIX = rf"(?:(?:\s?|-)(?:{'|'.join(_ISO)}|(?i:dollars|euros?|pounds|drams?|rupees))\b|\s?[€£]|\s?zł|\s?\$(?!\s?\d))"
# Thousands with spaces first ("40 000"), then digits with "," and "." anywhere inside.
# Swiss apostrophes too ("CHF 95'000").
_NUMBER = (
    r"(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d{1,2})?(?![\d,.])"
    r"|\d{1,3}(?:['’]\d{3})+(?:\.\d{1,2})?(?![\d])|\d(?:[\d,.]*\d)?)"
)
_MULT = r"(?:\s?(?:thousand|million)\b|[kKmM](?![a-zA-Z])|\s[kK](?=\s?[€£$]))"  # "30 k€" too

_AMOUNT = re.compile(
    rf"(?<![\w$£€])(?P<pre>{_PREFIX})?\s?(?P<num>{_NUMBER})(?:,[-–](?!\d))?(?P<mult>{_MULT})?(?P<post>{_SUFFIX})?"
)

# Between the two ends of a range ("GS-15 Step 1 - $142,701 to GS-15 Step 10 $170,800").
_SEPARATOR = re.compile(
    r"\s*(?P<sep>-|–|—|~|to|and|through|a|à|bis|tot|y|i|e|et|und|en)\s*"
    r"(?:(?:GS[- ]*)+\d{1,2},?\s*Step\s*\d{1,2}\s*[-–:]?\s*)?",
    re.I,
)

# A range opened by "from"/"de"/"von"... and closed by "to"/"jusqu'à"/"bis"... may have the
# first end's period, a gross/net word or a short aside in between; nothing else.
_OPENER = re.compile(r"\b(?:from|de|des|von|van|vanaf|desde|entre|between|zwischen|tussen|da|tra|fra)\s*$", re.I)
_WIDE_SEPARATOR = re.compile(
    r"(?:\s*(?:/\s*\w+|(?:per|pro|par|por)\s+\w+|gross|brut\w*|brutto|net\w*|\([^()]{0,50}\)|,))*"
    r"\s*(?P<sep>to|jusqu['’]\s*[àa]|à|a|bis(?:\s+zu)?|tot|até|hasta|through)\s*",
    re.I,
)

# Period words, by period: units after "per", "/", "a", "pro", "par", "por"...; adverbs alone.
_UNITS = {
    "hour": ("hour", "hr", "h", "stunde", "std", "uur", "heure", "hora", "ora"),
    "day": ("day", "tag", "dag", "jour", "dia", "día", "giorno"),
    "week": ("week", "wk", "woche", "semaine", "semana", "settimana"),
    "month": ("month", "mo", "mth", "monat", "maand", "mois", "mês", "mes", "mese"),
    "year": ("year", "yr", "y", "annum", "jahr", "jaar", "an", "année", "annee", "ano", "año", "anno"),
}
_ADVERBS = {
    "hour": ("hourly", "stündlich", "horaire", "horaires", "stundenlohn", "uurloon"),
    "day": ("daily",),
    "week": ("weekly", "wöchentlich"),
    "month": (
        "monthly",
        "p.m.",
        "pcm",
        "monatlich",
        "maandelijks",
        "mensuel",
        "mensuelle",
        "mensuels",
        "mensal",
        "mensais",
        "mensual",
        "mensuales",
        "mensuals",
        "mensile",
        "mensili",
    ),
    "year": (
        "yearly",
        "annually",
        "annual",
        "p.a.",
        "p.a",
        "pa",
        "p/a",
        "jährlich",
        "jahrlich",
        "jaarlijks",
        "annuel",
        "annuelle",
        "annuels",
        "anual",
        "anuales",
        "anuals",
        "anuais",
        "annuo",
        "annui",
        "annua",
        "annuale",
        "annuali",
    ),
}
_PERIODS = {w: period for table in (_UNITS, _ADVERBS) for period, words in table.items() for w in words}
_PERIODS_UNITS_ONLY = frozenset(w for words in _UNITS.values() for w in words)  # "hour", "mois": after "per"


def _words(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_UNIT_WORDS = _words(w for words in _UNITS.values() for w in words)
_ADVERB_WORDS = _words(w for words in _ADVERBS.values() for w in words)
_PERIOD_AFTER = re.compile(
    r"^\s*(?:\((?:[^()\d]{1,40})\)\s*)?"  # "US$ 24.000 (dólares estadounidenses) anuales"
    r"(?:\(?(?:gross|net|base|basic|before tax|pre-tax|bruttos?|nettos?|brut[oa]s?|brut|bruts|brute|brutes|"
    r"net[oa]s?|líquido|liquido|lord[oiae]|nett[oiae])\)?\s*)?"
    r"(?:(?:/\s*|per\s+|an?\s+|each\s+|pro\s+|im\s+|par\s+|por\s+|al\s+|ao\s+|au\s+|in\s+der\s+|de\s+l['’]\s*)"
    rf"(?P<unit>{_UNIT_WORDS})(?![\w])"
    rf"|(?P<adverb>{_ADVERB_WORDS})(?![\w/]))",
    re.I,
)
# Before the amount only words ("Salaire horaire", "Jährliches Gehalt"), not abbreviations: "PA"
# before a wage is as often Pennsylvania.
_PERIOD_ADVERBS = _words(w for w in _PERIODS if len(w) > 3 and w.isalpha() and w not in _PERIODS_UNITS_ONLY)
_PERIOD_BEFORE = re.compile(
    rf"(?<![\w.])(?P<adverb>{_PERIOD_ADVERBS})\w*(?![\w])|"
    r"\bper\s+(?P<unit>hour|day|week|month|year|annum)\b|"
    r"\b(?P<rate>day|hour|week|month)\s+rate\b",
    re.I,
)

# Open-ended forms: a floor or a ceiling instead of a range.
_LEAD = re.compile(
    r"(?P<lead>\bup\s*to|\bfrom|\bstarting\s+(?:at|from)|\bstarts?\s+at|\bbeginning\s+at|\bat\s+least|"
    r"\b(?:a\s+)?minimum\s+of|\bin\s+excess\s+of|\bmore\s+than|\bno\s+less\s+than|\bupwards\s+of|"
    # German, French, Dutch, Portuguese, Spanish
    r"\bab|\bvanaf|[àa]\s+partir\s+de|\bdesde|\bbis\s+zu|\bjusqu['’]\s*[àa]|\baté|\bhasta|\bmaximaal)\s*$",
    re.I,
)
_ADDITIVE = r"(?:bonus|bonuses|equity|commission|benefits|stock|rsus?|ote|incentives?|variable|options|shares|[$£€\d])"
_TAIL = re.compile(rf"^(?:\+(?!\s*{_ADDITIVE})|\s*(?:and\s+up|and\s+above|or\s+more|or\s+higher)\b)", re.I)
_CEILING = ("up to", "upto", "bis zu", "jusqu'à", "jusqu’à", "jusqu'a", "até", "hasta", "maximaal")


@dataclass(frozen=True)
class Pay:
    """One pay amount or range found in a block's text."""

    low: float | None  # None for "up to $X"
    high: float | None  # None for "from $X" / "$X+"
    currency: str | None  # ISO code when known; "$" for a dollar of unknown country
    period: str | None  # hour, day, week, month or year; None when the text does not say
    start: int  # span in the block text
    end: int
    text: str
    bound: str | None = None  # "floor" ("from $X", "$X+"), "ceiling" ("up to $X"), None: concrete

    @property
    def is_range(self) -> bool:
        return self.low is not None and self.high is not None and self.high > self.low

    @property
    def is_concrete(self) -> bool:
        """A fixed amount or a closed range: what pay-transparency laws ask for."""
        return self.bound is None and self.low is not None and self.high is not None and self.high > 0

    @property
    def value(self) -> float:
        if self.low is not None:
            return self.low
        assert self.high is not None  # every Pay has a low or a high end (see find_pay, _structured)
        return self.high


def parse_number(number: str, mult: str | None = None) -> float | None:
    """'118,640.00' -> 118640.0, '55.000' -> 55000.0, '40 000' -> 40000.0, "95'000" -> 95000.0, '20.50' -> 20.5.

    None for digit strings that are not amounts ("1.2.3", "1,23,4")."""
    raw = re.sub(r"[ \u00a0\u202f'’]", "", number)
    seps = [i for i, ch in enumerate(raw) if ch in ",."]
    whole, fraction = raw, ""
    if seps:
        last = seps[-1]
        tail = len(raw) - last - 1
        if len({raw[i] for i in seps}) > 1:  # "118,640.00", "1.234,56": the last one is decimal
            if tail > 2 or raw[last] in raw[:last]:
                return None
            whole, fraction = raw[:last], raw[last + 1 :]
        elif len(seps) == 1 and tail in (1, 2):  # "$20.50", "1,5"
            whole, fraction = raw[:last], raw[last + 1 :]
        groups = re.split(r"[,.]", whole)
        if len(groups) > 1 and (len(groups[0]) > 3 or any(len(g) != 3 for g in groups[1:])):
            return None
    value = float(re.sub(r"[,.]", "", whole) + ("." + fraction if fraction else ""))
    if mult:
        value *= 1000 if mult.strip().lower() in ("k", "thousand") else 1_000_000
    return value


def _currency(pre: str | None, post: str | None) -> str | None:
    if pre and post:  # "$20.00 USD": the code says which dollar
        return _currency(post, None) or _currency(pre, None)
    for token in (pre, post):
        if not token:
            continue
        t = re.sub(r"\s+", " ", token.strip().lstrip("-"))
        if t in _SYMBOLS:
            return _SYMBOLS[t]
        if t.replace(" ", "") in _SYMBOLS:
            return _SYMBOLS[t.replace(" ", "")]
        upper = t.rstrip("$ ").upper()
        if upper in _ISO:
            return upper
        if t.lower() in _WORDS:
            return _WORDS[t.lower()]
    return None


@dataclass
class _Amount:
    start: int
    end: int
    value: float
    currency: str | None
    mult: str | None
    suffixed: bool  # the currency follows the number ("30k GBP")


# A grade or step, not an amount: "GS-13", "IT-02", "EC-06", "Step 10", "Level 3", "grade 7".
_GRADE_BEFORE = re.compile(r"(?:\b(?-i:[A-Z]{1,4})-|\b(?:GS|grade|level|step|band|scale|class|group)\s*-?\s*)$", re.I)
# A weight, not money: "lift 50 pounds", "carry up to 25 pounds of equipment".
_WEIGHT_BEFORE = re.compile(
    r"\b(?:lift\w*|carry\w*|push\w*|pull\w*|mov(?:e|es|ing)|weigh\w*|weight|load\w*|"
    r"objects?|items?|packages?|boxes|heavy|equipment|materials?|exert\w*)\b",
    re.I,
)
_WEIGHT_AFTER = re.compile(r"^\s*(?:of\b|in\s+weight|or\s+(?:more|less)\s+(?:of|in)\b)", re.I)


def _is_weight(text: str, m: re.Match) -> bool:
    """ "50 pounds" after lifting or carrying words, or "50 pounds of ...": a weight."""
    if (m.group("post") or "").strip().lower() != "pounds":
        return False
    before = re.split(r"[.;!?]\s", text[max(0, m.start() - 60) : m.start()])[-1]
    return bool(_WEIGHT_BEFORE.search(before) or _WEIGHT_AFTER.match(text[m.end() : m.end() + 20]))


def _amounts(text: str) -> list[_Amount]:
    out = []
    for m in _AMOUNT.finditer(text):
        currency = _currency(m.group("pre"), m.group("post"))
        value = parse_number(m.group("num"), m.group("mult"))
        if value is None or (m.group("post") and not currency) or _is_weight(text, m):
            continue
        if (
            not m.group("pre")
            and len(m.group("num")) <= 2
            and _GRADE_BEFORE.search(text[max(0, m.start("num") - 16) : m.start("num")])
        ):
            continue
        start = m.start("pre") if m.group("pre") else m.start("num")
        out.append(_Amount(start, m.end(), value, currency, m.group("mult"), bool(m.group("post"))))
    return out


def _period_after(text: str, end: int) -> str | None:
    """The period said right after an amount ("$18 an hour", "22.800 anuals")."""
    after = _PERIOD_AFTER.match(text[end : end + 60])
    return _PERIODS.get((after.group("unit") or after.group("adverb")).lower()) if after else None


def _period(text: str, start: int, end: int) -> str | None:
    found = _period_after(text, end)
    if found is not None:
        return found
    # "Annual salary: $X", "hourly rate of $X": the same sentence, shortly before.
    head = text[max(0, start - 60) : start]
    head = re.split(r"[.;!?]\s", head)[-1]
    before = list(_PERIOD_BEFORE.finditer(head))
    if before:
        last = before[-1]
        word = (last.group("unit") or last.group("adverb") or last.group("rate")).lower()
        return _PERIODS.get(word)
    return None


def find_pay(text: str, *, bare: bool = False) -> list[Pay]:
    """Every pay amount or range in ``text``.

    An amount needs a currency ("$", "£", "EUR", "AMD", "dollars"), except the second end of a
    range that has one. ``bare`` accepts numbers without a currency too: the values of
    front-matter pay fields (``salary_min: '106,595'``).
    """
    amounts = _amounts(text)
    results: list[Pay] = []
    i = 0
    while i < len(amounts):
        a = amounts[i]
        low: float | None = a.value  # None for "up to $X"
        high: float | None = a.value  # None for "from $X"
        end, currency = a.end, a.currency
        merged = False
        j, sep = i + 1, None
        # The other end may follow a grade label with bare numbers in it ("to GS-15 Step 10 $170,800").
        while j < len(amounts) and j <= i + 3:
            sep = _SEPARATOR.fullmatch(text[a.end : amounts[j].start])
            if sep or amounts[j].currency:
                break
            j += 1
        if not sep and i + 1 < len(amounts) and _OPENER.search(text[max(0, a.start - 12) : a.start]):
            sep = _WIDE_SEPARATOR.fullmatch(text[a.end : amounts[i + 1].start])
            j = i + 1
        b = amounts[j] if sep and j < len(amounts) else None
        if b is not None:
            # A bare end borrows the other end's currency: "$95,000-125,000", "20-30k GBP"; never
            # "Step 1 - $142,701", where the bare number is not money.
            joinable = (
                (a.currency is not None and (b.currency is None or _same_currency(a.currency, b.currency)))
                or (a.currency is None and b.currency is not None and b.suffixed)
                or (bare and not b.currency)
            )
            if sep and joinable:
                word = sep.group("sep").lower()
                between = re.search(
                    r"\b(?:between|entre|zwischen|tussen|tra|fra)(?:\s+(?:de|het|os|as|les|los|las))?\s*$",
                    text[max(0, a.start - 20) : a.start],
                    re.I,
                )
                # "and" and its translations join a range only after "between" ("entre X e Y", Catalan "i").
                if word not in ("and", "y", "i", "e", "et", "und", "en") or between:
                    lo, hi = a.value, b.value
                    if a.mult is None and b.mult and lo * 1000 <= hi * 1.0 and lo < 1000:
                        lo *= 1000 if b.mult.strip().lower() in ("k", "thousand") else 1_000_000
                    if lo <= hi <= lo * 20:
                        low, high, end, merged = lo, hi, b.end, True
                        currency = a.currency if a.currency not in (None, "$") else (b.currency or a.currency)
        if not merged and not (a.currency or bare):
            i += 1
            continue
        start = a.start
        bound = None
        lead = _LEAD.search(text[max(0, start - 25) : start])
        if lead and not merged:
            word = re.sub(r"\s+", " ", lead.group("lead").lower())
            bound = "ceiling" if word in _CEILING else "floor"
            start = start - len(text[max(0, start - 25) : start]) + lead.start("lead")
        if bound is None and not merged:
            # "$120k+", "$75,000 and up", also after the period: "$25/hr and up".
            after = _PERIOD_AFTER.match(text[end : end + 60])
            for skip in (0, after.end()) if after else (0,):
                tail = _TAIL.match(text[end + skip : end + skip + 20])
                if tail:
                    bound = "floor"
                    end += skip + tail.end()
                    break
        amount_end = b.end if merged and b is not None else a.end
        # "von 16,50 € pro Stunde bis 19,00 €": the first end may carry the period.
        period = (
            _period(text, a.start, amount_end)
            or _period(text, a.start, end)
            or (_period(text, a.start, a.end) if merged else None)
        )
        if bound == "ceiling":
            low = None
        elif bound == "floor":
            high = None
        results.append(Pay(low, high, currency, period, start, end, text[start:end], bound))
        i = j + 1 if merged else i + 1
    return results


_DOLLARS = ("$", "USD", "CAD", "AUD", "NZD", "SGD", "HKD")


def _same_currency(a: str, b: str) -> bool:
    return a == b or ("$" in (a, b) and a in _DOLLARS and b in _DOLLARS)


# --- pay or other money ------------------------------------------------------------------------

_PAY_WORDS = re.compile(
    r"\b(?:salary|salaries|base|compensation|wages?|remuneration|rate|rates|OTE|earnings?|earn|income|"
    r"GS-\d{1,2}|step\s+\d{1,2}|"
    # a contractor's recurring fee is their pay ("The yearly contractor fee will range between...")
    r"(?:yearly|annual|monthly|weekly|daily|hourly)\s+(?:contractor(?:'s)?\s+)?fees?|contractor(?:'s)?\s+fees?|"
    # German, French, Dutch, Portuguese, Spanish
    r"gehalt|geh[äa]lter|lohn|stundenlohn|verg[üu]tung|salaires?|r[ée]mun[ée]ration|taux horaire|salaris|loon|uurloon|"
    r"sal[áa]rios?|salarios?|remunera[çc][ãa]o|sueldos?|"
    # Italian: "RAL" (gross yearly pay), "retribuzione", "stipendio", "lordi annui"
    r"(?-i:RAL)|retribuzion[ei]|stipendi[oi]|compens[oi]|lord[oiae]|paga oraria|"
    # an intern's stipend ("bolsa-auxílio", "beca", "gratification de stage"); gross pay words
    r"bolsa(?:[- ]aux[íi]lio)?|beca|gratification|brutto|brut[oa]s?|brut|bruts|brute|brutes|"
    # what a freelance contributor or speaker is paid
    r"honorari(?:um|a)|honorar|honoraires?)\b",
    re.I,
)
# A stipend is the pay of a fellowship or an internship ("a stipend of $5,000"), unless it is a
# perk named by what it pays for ("a $500 learning stipend", "home office stipend").
_STIPEND = re.compile(r"\bstipends?\b", re.I)
# "pay" and "paid" also go with other money ("we pay you $500 to set up your home office"): they
# count only when no other-money word is near.
_WEAK_PAY_WORDS = re.compile(r"\b(?:pay|paid)\b", re.I)
OTHER_MONEY = re.compile(
    r"\b(?:budget|stipends?|allowances?|reimburs\w*|bonus(?:es)?|signing|sign-on|referral|relocation|equity|"
    r"stock|rsus?|options|401\s*\(?k\)?|match(?:ing)?|donations?|donat\w*|raised|raise|funding|funded|revenue|"
    r"arr|valuation|invest\w*|funds?|grants?|contracts?|sales|quota|deals?|pipeline|spend|spent|savings|costs?|"
    r"prices?|pricing|customers|users|market|assets|aum|worth|credits?|coworking|gym|wellness|learning|"
    r"training|conferences?|education|tuition|equipment|laptop|home\s+office|travel|per\s+diem|insurance|"
    r"premiums?|deductibles?|bount(?:y|ies)|prizes?|awards?|loans?|debt|transactions|payments|volume|gmv|"
    r"(?<!contractor )(?<!contractor's )(?<!yearly )(?<!annual )(?<!monthly )(?<!weekly )(?<!daily )(?<!hourly )fees?|"
    r"cash\s+out|gift|perk|subsid\w*|discount|commission|incentives?|profit|budgets|portfolio|"
    r"sponsorship|fundrais\w*|economy|billion|million|projects?|programs?|acquisition|exceeding|value|"
    # allowances and vouchers in German, French, Dutch, Portuguese, Spanish
    r"indemnit[ée]s?|zulagen?|toelagen?|vergoeding|(?<!bolsa-)(?<!bolsa )aux[íi]lio|vale|tickets? restaurant|"
    r"subs[íi]dio)\b",
    re.I,
)


# Money that is part of pay but not the base wage: the nearest keyword names the component.
_COMPONENT_WORDS = re.compile(
    r"\b(?:(?P<bonus>bonus(?:es)?|prime|pr[äa]mie|gratifica[çc][ãa]o|aguinaldo)|"
    r"(?P<commission>commissions?)|"
    r"(?P<tips>tips|tipped|gratuit(?:y|ies))|(?P<ote>OTE|on[- ]target(?: earnings)?)|"
    r"(?P<premium>overtime|(?:night|shift|weekend) (?:differential|premium)|differential|"
    r"heures? suppl[ée]mentaires?|majoration|\w*[üu]berstunden\w*|\w*zuschl[äa]ge?|"
    r"\w*toeslag|overuren|"
    r"horas? extras?))\b",
    re.I,
)
# An amount followed by "including commission" / "incl. tips" / "with bonus included" is total earnings.
_INCLUDING_VARIABLE = re.compile(
    r"^[^.;!?]{0,30}?\b(?:including|incl\.?|inclusive of|with)\s+(?:\w+\s+){0,2}?"
    r"(?:commissions?|tips|gratuit(?:y|ies)|bonus(?:es)?)\b(?!\s+(?:of|up to))",
    re.I,
)
# premium: an overtime, night or shift rate, paid on top of the wage.
COMPONENTS = ("base", "ote", "tips", "bonus", "commission", "premium", "other")


def _said_before(text: str, pay: Pay) -> str:
    """The words of the amount's sentence before it (80 characters at most)."""
    return re.split(r"(?<=[.;!?])\s", text[max(0, pay.start - 80) : pay.start])[-1]


def money_kind(text: str, pay: Pay, *, pay_section: bool = False) -> str | None:
    """What the amount pays: ``base``, ``ote`` (on-target earnings), ``tips``, ``bonus``,
    ``commission``; None for other money ("a $1,000 learning budget", "we raised $40M").

    The nearest keyword in the same sentence decides ("a salary of $90k plus a $2,000 learning
    budget" has one of each); words joined by "+" or "plus" after an amount are extras, not its
    label ("$185,600 to $260,000 + bonus + equity"). Without a keyword, an amount counts as pay in
    a pay section or field, with a pay period ("$40/hr"), or as a salary-sized range.
    """
    if pay.value >= 2_000_000:  # revenue, funding, deal sizes: never a posting's pay
        return None
    hi = min(len(text), pay.end + 40)
    before = _said_before(text, pay)
    after = re.split(r"[.;!?](?:\s|$)|\s(?:\+|plus|and|with)\s|[$£€¥₹₪]|\b\d", text[pay.end : hi], maxsplit=1)[0]
    if _INCLUDING_VARIABLE.match(text[pay.end : hi]):
        return "ote"  # "$60,000 - $120,000 per year including commission": total earnings
    best: tuple[int, str | None] | None = None
    for regex, kind in ((_PAY_WORDS, "base"), (OTHER_MONEY, None), (_COMPONENT_WORDS, "component")):
        for part, distance_of in ((before, lambda m: len(before) - m.end()), (after, lambda m: m.start())):
            for m in regex.finditer(part):
                distance = distance_of(m)
                found = m.lastgroup if kind == "component" else kind
                if kind == "base" and m.group(0).upper() == "OTE":
                    found = "ote"
                # At equal distance other money wins over pay, and a component over both.
                if (
                    best is None
                    or distance < best[0]
                    or (distance == best[0] and (kind == "component" or found is None))
                ):
                    best = (distance, found)
    if best is not None:
        if best[1] is None and _STIPEND.search(before + " " + after):
            words = [m.group(0) for part in (before, after) for m in OTHER_MONEY.finditer(part)]
            if all(_STIPEND.match(w) for w in words):
                return "base"  # "The fellowship comes with a stipend of $5,000"
        return best[1]
    if _WEAK_PAY_WORDS.search(before) or _WEAK_PAY_WORDS.search(after):
        return "base"
    if pay_section or pay.period is not None:
        return "base"
    # "Zone A: $118,640 - $167,580": a closed range of salary size reads as pay on its own.
    if pay.is_range and pay.low is not None and pay.low >= 10_000 and (pay.high or 0) <= 1_000_000:
        return "base"
    return None


def is_pay_context(text: str, pay: Pay, *, pay_section: bool = False) -> bool:
    """True when the amount states pay a candidate earns (not a bonus, commission or other money)."""
    return money_kind(text, pay, pay_section=pay_section) in ("base", "ote", "tips")


# Pay named next to an amount ("$18/hr plus tips", "£25-35k basic with OTE", "+ bonus + equity").
_EXTRAS = re.compile(
    r"\b(?:(?P<tips>tips|gratuit(?:y|ies))|(?P<bonus>bonus(?:es)?)|(?P<commission>commissions?)|"
    r"(?P<ote>OTE|on[- ]target(?: earnings)?)|(?P<equity>equity|stock(?: options)?|RSUs?|shares))\b",
    re.I,
)


def _extras(text: str, end: int) -> tuple[str, ...]:
    tail = re.split(r"[.;!?](?:\s|$)", text[end : end + 80], maxsplit=1)[0]
    found: list[str] = []
    for m in _EXTRAS.finditer(tail):
        if m.lastgroup and m.lastgroup not in found:
            found.append(m.lastgroup)
    return tuple(found)


# --- the posting's pay statements ---------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class PayStatement(Fact):
    """An amount or range of money, with what it pays (``other``: not pay, such as a learning
    budget) and where it was read."""

    span: Span  # read in the posting's text, front matter or JSON-LD: never None
    pay: Pay
    component: str = "base"  # one of COMPONENTS
    extras: tuple[str, ...] = ()  # other pay named with it: tips, bonus, commission, ote, equity
    whole_job: bool = False  # a fee or bid for the whole assignment, which has no period

    @property
    def is_wage(self) -> bool:
        """Pay a candidate earns for the work (base, on-target earnings, tipped wage), not a
        bonus or commission amount."""
        return self.component in ("base", "ote", "tips")

    @property
    def before_tips(self) -> bool:
        """One hourly amount on top of which tips are paid ("$2.13 per hour plus tips"): what
        the job pays depends on the tips, which the amount does not say."""
        return not self.pay.is_range and (self.component == "tips" or "tips" in self.extras)

    @property
    def shortfall(self) -> str | None:
        """Why the statement does not say what the job pays, or None when it does."""
        if self.before_tips:
            return "is a wage before tips"
        if self.pay.bound is not None:
            return "gives only a ceiling" if self.pay.bound == "ceiling" else "gives only a floor"
        return None

    @property
    def variable(self) -> bool:
        """Earnings that include commission, tips or bonus ("$60,000 - $120,000 including
        commission", "OTE $90k"): the base part is not said."""
        return self.component == "ote"

    def values(self) -> dict[str, Any]:
        p = self.pay
        return {
            "text": p.text,
            "low": p.low,
            "high": p.high,
            "currency": p.currency,
            "period": p.period,
            "bound": p.bound,
            "component": self.component,
            "extras": list(self.extras),
        }


@dataclass(frozen=True, kw_only=True)
class VaguePay(Fact):
    """A pay line with no amount: "Salary: DOE", "REMUNERATION: Negotiable"."""

    span: Span  # read in the posting's text: never None
    text: str

    def values(self) -> dict[str, Any]:
        return {"text": self.text}


@dataclass(frozen=True, kw_only=True)
class PayGrade(Fact):
    """A pay grade or collective-agreement scale named without an amount: "nach TV-L E13",
    "GS-13", "Payband A", "schaal 8". Readers outside the employer's sector cannot turn it into
    money."""

    span: Span
    text: str

    def values(self) -> dict[str, Any]:
        return {"text": self.text}


@dataclass(frozen=True, kw_only=True)
class Unpaid(Fact):
    """The posting says the role is not paid: "This is an unpaid, volunteer role", "ehrenamtlich",
    "bénévole". That is what it pays, stated."""

    span: Span
    text: str

    def values(self) -> dict[str, Any]:
        return {"text": self.text}


@dataclass(frozen=True, kw_only=True)
class PayRange(Fact):
    """Front-matter min/max pay fields that make one range (``salary_min``/``salary_max``)."""

    low: PayStatement
    high: PayStatement

    @property
    def text(self) -> str:
        return f"{self.low.pay.text} - {self.high.pay.text}"

    def values(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "low": self.low.pay.value,
            "high": self.high.pay.value,
            "currency": self.low.pay.currency or self.high.pay.currency,
            "fields": [self.low.field, self.high.field],
        }


@dataclass(frozen=True)
class PayFacts:
    statements: tuple[PayStatement, ...] = ()  # every money amount, in document order
    vague: tuple[VaguePay, ...] = ()
    ranges: tuple[PayRange, ...] = ()
    grades: tuple[PayGrade, ...] = ()  # grades and pay scales named in the text
    unpaid: tuple[Unpaid, ...] = ()  # statements that the role is not paid

    @property
    def wages(self) -> list[PayStatement]:
        """Statements of pay for the work (bonus and commission amounts left out)."""
        return [s for s in self.statements if s.is_wage]

    @property
    def concrete(self) -> bool:
        """A fixed amount or a closed range is stated (not only "up to" / "from", nor only a
        wage before tips)."""
        return any(s.pay.is_concrete and not s.before_tips for s in self.wages) or bool(self.ranges)

    @property
    def base_stated(self) -> bool:
        """A concrete amount of base pay, not only earnings that include commission or tips."""
        return any(s.pay.is_concrete and not s.before_tips and not s.variable for s in self.wages) or bool(self.ranges)


# Front-matter keys under a pay field that are not amounts ("salary: [{level: '15', ...}]").
_NOT_AMOUNT_KEY = re.compile(r"(?:^|[.\]_])(?:level|grade|gs|step|series|grades?)$", re.I)
_MONEY_LINE = "\U0001f4b0"  # 💰, the aggregator's pay line
# A pay line with no amount: vague wording in place of a figure, in English, German, French, Dutch,
# Portuguese and Spanish ("nach Vereinbarung", "selon profil", "in overleg", "a combinar").
VAGUE = re.compile(
    r"\b(?:negotiable|to be (?:discussed|negotiated|agreed)|(?:will be |to be )?discussed\b|"
    r"depend(?:s|ing|ent)? (?:up)?on|commensurate|based on (?:your )?(?:experience|skills|qualifications)|"
    r"(?-i:DOE|BOE)|D\.O\.E\b|competitive|attractive|market[- ]rate|in line with (?:the )?market|"
    r"nach (?:Vereinbarung|Absprache)|verhandelbar|attraktiv\w*|leistungsgerecht\w*|marktgerecht\w*|"
    r"markt[üu]blich\w*|wettbewerbsf[äa]hig\w*|"
    r"[àa] (?:n[ée]gocier|d[ée]finir|d[ée]terminer|discuter|convenir)|selon (?:profil|exp[ée]rience)|"
    r"attracti(?:f|ve)s?|comp[ée]titi(?:f|ve)s?|motivante?s?|n[ée]gociable|"
    r"in overleg|n\.?o\.?t\.?k\.?|marktconform\w*|aantrekkelijk\w*|competitie[fv]\w*|"
    r"a combinar|compat[íi]ve(?:l|is) com o mercado|competitiv[oa]s?|atrativ[oa]s?|negoci[áa]vel|"
    r"seg[úu]n (?:experiencia|val[íi]a|perfil)|atractiv[oa]s?|negociable)",
    re.I,
)
# A pay label at the start of a line: "Salary:", "Gehalt:", "Rémunération :", "Salaris:".
_PAY_WORD = (
    r"salary|pay|compensation|remuneration|wages?|gehalt|verg[üu]tung|bezahlung|entgelt|lohn|salaire|"
    r"r[ée]mun[ée]ration|salaris|beloning|sal[áa]rio|remunera[çc][ãa]o|salario|sueldo|remuneraci[óo]n|"
    r"retribuzione|stipendio|compenso|(?-i:RAL)"
)
_PAY_NAME = rf"(?:base |starting |annual )?(?:{_PAY_WORD})(?: range)?"
_PAY_LABEL = re.compile(rf"^\W*{_PAY_NAME}\s*[:\-–]\s*(?=\S)", re.I)
_PAY_FIELD_LABEL = re.compile(rf"\W*{_PAY_NAME}\W*", re.I)
PAY_HEADING = re.compile(rf"\b(?:{_PAY_WORD})\b", re.I)


def _in_pay_section(block: Block) -> bool:
    return block.section is not None and block.section.kind == "pay"


def _pay_field(block: Block) -> bool:
    """A labelled value whose label is pay alone: "| Pay: | Competitive |", "Salary: Negotiable"."""
    return block.kind == "field" and block.label is not None and _PAY_FIELD_LABEL.fullmatch(block.label) is not None


def _pay_only_section(block: Block) -> bool:
    """A body section headed by pay alone ("REMUNERATION", "Salary"), not "Pay and benefits"."""
    section = block.section
    if section is None or section.kind != "pay" or section.origin != "body" or section.heading is None:
        return False
    heading = section.heading.text
    return bool(PAY_HEADING.search(heading)) and not re.search(r"\bbenefits?|perks?\b", heading, re.I)


def _alone_on_line(doc: Document, block: Block, pay: Pay) -> bool:
    """ "R$1.615,00" on a line of its own in the body: a figure set apart is the pay (never a
    table cell or a labelled field, whose label says what it is, nor a benefits list)."""
    if (
        block.kind not in ("paragraph", "list_item")
        or block.label
        or (block.section is not None and block.section.kind == "benefits")
    ):
        return False
    for start, end in text_lines(doc, block):
        if start <= pay.start and pay.end <= end:
            rest = _CONTRACT_WORDS.sub("", block.text[start : pay.start] + block.text[pay.end : end])
            return not re.sub(r"[\W_]+", "", rest)
    return False


# "$100,000 to $130,000 - Contract": words for the kind of contract beside a figure on its line.
_CONTRACT_WORDS = re.compile(
    r"\b(?:full[- ]?time|part[- ]?time|contract(?:or)?|permanent|temporary|fixed[- ]term|freelance|"
    r"vollzeit|teilzeit|befristet|unbefristet|cdi|cdd|temps (?:plein|partiel)|tiempo (?:completo|parcial)|"
    r"voltijd|deeltijd|tempo integral|clt)\b",
    re.I,
)


# "Gehalt: 660 brutto", "Salary: 45,000 - 55,000", "Salary between 32k and 36k per year": a figure
# right after a pay label needs no currency.
_BARE_AFTER_LABEL = re.compile(
    r"^\W*(?:salary|pay|wages?|compensation|remuneration|gehalt|lohn|verg[üu]tung|salaire|r[ée]mun[ée]ration|"
    r"salaris|loon|sal[áa]rio|remunera[çc][ãa]o|sueldo|salario)\s*(?:\([^)]{0,20}\))?"
    r"\s*(?:[:\-–]|(?:range\s+)?(?:is|of|between|from|entre|zwischen|tussen|de)\b)\s*",
    re.I,
)
_BARE_UNIT_AFTER = re.compile(
    r"^\s*(?:%|h\b|hours?\b|hrs?\b|stunden\b|std\b|uur\b|heures?\b|horas?\b|days?\b|"
    r"tage?n?\b|dagen\b|jours?\b|d[íi]as\b|weeks?\b|wochen?\b|/\s*(?:woche|week))",
    re.I,
)
_BARE_MIN = 100  # smaller bare numbers after a pay label are hours, grades or steps
# "the base salary is 22,800 a year", "el sou base és de 22.800 anuals", "le salaire est de 28 000
# annuels": in running text, a figure without a currency is pay when a pay word comes before it in
# its sentence (no other figure between) and a year or month after it.
_PAY_WORD = (
    r"\b(?:salary|pay|wages?|compensation|remuneration|sou|salari|salaire|r[ée]mun[ée]ration|sal[áa]rio|"
    r"remunera[çc][ãa]o|sueldo|salario|gehalt|verg[üu]tung|loon|salaris)\b"
)
_PAY_WORD_ANYWHERE = re.compile(_PAY_WORD, re.I)
# The cheap test before reading bare figures: a number, then a word of a year or month after it.
_FIGURE_THEN_PERIOD = re.compile(
    r"\d\s+(?:\w+\s+){0,2}?(?:per|a|an|annual\w*|anua\w*|mensa\w*|mensu\w*|monthly|yearly|pro|par|por|al|im|"
    r"jährlich|monatlich)\b",
    re.I,
)
_PAY_WORD_BEFORE = re.compile(_PAY_WORD + r"[^.;:!?\d\n]{0,40}$", re.I)


def _bare_in_sentence(text: str, pay: Pay) -> bool:
    return (
        (pay.low or pay.high or 0) >= _BARE_MIN
        and not re.fullmatch(r"(?:19|20)\d\d", pay.text.strip())
        and _PAY_WORD_BEFORE.search(text, 0, pay.start) is not None
        and _period_after(text, pay.end) in ("year", "month")
    )


def _bare_wage(text: str, pay: Pay, label_end: int) -> bool:
    """A number without a currency counts as pay only as the label's value: right after it,
    large enough to be money and not followed by a unit of time."""
    return (
        pay.start - label_end <= 2
        and (pay.low or pay.high or 0) >= _BARE_MIN
        and not _BARE_UNIT_AFTER.match(text[pay.end :])
        and not re.fullmatch(r"(?:19|20)\d\d", pay.text.strip())
    )


def _field_key(block: Block) -> str:
    return re.sub(r"\[\d+\]", "", block.field or "")


def _statements(doc: Document) -> list[PayStatement]:
    out: list[PayStatement] = []
    blocks = list(doc.blocks)
    if doc.title and doc.title.block is not None and doc.title.block not in blocks:
        blocks.insert(0, doc.title.block)
    lead_in_pay = False  # the paragraph over the current list says it lists pay ("El salario es:")
    for block in blocks:
        if not block.text or not (block.is_prose or block.is_heading):
            continue
        if block.kind != "list_item":
            text = block.text.rstrip(" *_")
            lead_in_pay = text.endswith(":") and _PAY_WORD_ANYWHERE.search(text) is not None
        field = block.origin == "front-matter" and _in_pay_section(block)
        if field and _NOT_AMOUNT_KEY.search(_field_key(block)):
            continue
        money_line = block.text.lstrip().startswith(_MONEY_LINE)
        labelled = None if field else _BARE_AFTER_LABEL.match(block.text)
        in_sentence = (
            not field
            and labelled is None
            and _FIGURE_THEN_PERIOD.search(block.text) is not None
            and _PAY_WORD_ANYWHERE.search(block.text) is not None
        )
        for pay in find_pay(block.text, bare=field or labelled is not None or in_sentence):
            if pay.value <= 0:  # "💰 $0": an aggregator's placeholder
                continue
            if labelled is not None and pay.currency is None and not _bare_wage(block.text, pay, labelled.end()):
                continue
            if in_sentence and pay.currency is None and not _bare_in_sentence(block.text, pay):
                continue
            # A field's value, or a figure alone on its line: the words of other lines say nothing of it.
            # An amount in the title ("Aushilfe auf 450-Euro-Basis", "Cook - $18/hr") is the pay too.
            alone = field or _alone_on_line(doc, block, pay) or (doc.title is not None and block is doc.title.block)
            listed = block.kind == "list_item" and lead_in_pay
            kind = (
                "base"
                if alone
                else money_kind(block.text, pay, pay_section=_in_pay_section(block) or money_line or listed)
            )
            out.append(
                PayStatement(
                    pay=pay,
                    component=kind or "other",
                    extras=_extras(block.text, pay.end),
                    whole_job=_whole_job(block, pay),
                    **in_block(block, pay.start, pay.end),
                )
            )
    return out


# A fee for the whole piece of work: "Bids welcome in the range of £5,000 to £8,000" for a
# 5-10 day consultancy, "a fixed fee of €3,000 for the assignment". It has no period to state.
_WHOLE_JOB = re.compile(
    r"\b(?:bids?|tenders?|quotes?|(?:total|fixed|flat|consultancy|consulting|project|contract) "
    r"(?:fee|price|budget|sum)|lump[- ]sum|honorarium|stipend for the|"
    r"for the (?:whole |entire |full )?(?:assignment|project|contract|engagement|consultancy|commission|"
    # "$9,131 for the period" of a dated appointment ("August 1, 2018 to May 15, 2019")
    r"period|term|appointment|season|academic year|school year)|"
    r"per (?:assignment|project|engagement|consultancy|contract)|"
    # "10k to 13k € per 7 months", "£9,000 for the 6-month contract": a sum for a stated span
    r"(?:per|for|over) (?:the |a |each )?\d{1,2}[- ](?:months?|weeks?)(?: contract| project| placement)?)\b",
    re.I,
)
# A section about the assignment's budget ("### Budget"): its amounts are for the whole job.
_BUDGET_HEADING = re.compile(r"\b(?:budget|fee|honorarium|honorar)\b", re.I)


def _whole_job(block: Block, pay: Pay) -> bool:
    """The amount pays for the whole assignment, said in its sentence or its section's heading."""
    text = block.text
    before = _said_before(text, pay)
    after = re.split(r"[.;!?](?:\s|$)", text[pay.end : pay.end + 60], maxsplit=1)[0]
    if _WHOLE_JOB.search(before) or _WHOLE_JOB.search(after):
        return True
    heading = block.section.heading if block.section is not None else None
    return heading is not None and bool(_BUDGET_HEADING.search(heading.text))


def _vague(doc: Document, stated: list[PayStatement]) -> list[VaguePay]:
    stated = [s for s in stated if s.is_wage]
    with_amount = {id(s.block) for s in stated if s.is_wage}
    out = []
    for block in doc.blocks:
        if not block.is_prose or id(block) in with_amount or not block.text:
            continue
        label = _PAY_LABEL.match(block.text)
        if not (label or _pay_only_section(block) or _pay_field(block)):
            continue
        start = label.end() if label else 0
        text = block.text
        end = len(text)
        sentence = re.search(r"[.;!?](?:\s|$)", text[start:])
        if sentence:
            end = start + sentence.start()
        # "Competitive 401(k) matching" under "Compensation and benefits" is about a benefit.
        statement = text[start:end]
        if VAGUE.search(statement) and (PAY_HEADING.search(statement) or not OTHER_MONEY.search(statement)):
            stripped = statement.strip()
            first_char = text.index(stripped, start)
            out.append(VaguePay(text=stripped, **in_block(block, first_char, first_char + len(stripped))))
    return out


# A grade on a public or collective pay scale: German collective agreements (TV-L, TVöD, TV Stud,
# AVR) with their group ("E13", "EG 9", "S 8a", "nach E12/S1"), US "GS-13", UK "pay band A" and
# "PAYBAND: A", Dutch "schaal 8" and "volgens CAO Ziekenhuizen", French "grille indiciaire", the
# Government of Canada's group and level ("classified as an AS-02", "de niveau CS-03").
_PAY_GRADE = re.compile(
    r"\b(?:TV-?L|TVöD|TV-?H|TV[ -]?Stud(?:\s+[IVX]+)?|AVR|BAT)\b"
    r"(?:[^.\n]{0,25}?\b(?:E|EG|S|P)\s?\d{1,2}[a-z]?\b(?:\s*(?:/|,|Stufe)\s*\d\b)?)?"
    r"|\b(?:nach|gemäß|gemäss|entsprechend|angelehnt an)\s+(?:EG|E)\s?\d{1,2}[a-z]?\b(?:\s*/\s*S\s?\d\b)?"
    r"|\bGS-\d{1,2}\b"
    r"|\b(?:pay\s?band|pay grade|pay scale|salary (?:band|scale|grade)|Entgeltgruppe|Besoldungsgruppe|"
    r"(?:salaris)?schaal|loonschaal)(?:\s+|\s*:\s*)[A-Z]?\d{0,3}[A-Z]?\b(?<=\w)"
    r"|\b(?:volgens|conform|according to|nach|gemäß) (?:de |the |dem )?(?:cao|Tarifvertrag)\b(?:\s+(?-i:[A-Z])[\w-]+)?"
    r"|\b(?:classified as(?: an?)?|classification|niveau|level|classifi[ée]e?s?|class[ée]e?s?)"
    r"(?:\s+comme)?\s+\[?(?P<code>(?-i:[A-Z]{2})-0\d)\b"
    r"|\bgrille indiciaire\b",
    re.I,
)


# "unpaid", "volunteer role", "this is not a paid position", in the vocabulary languages: words
# about the role, not "unpaid overtime" (a working condition) nor the volunteers a project has
# ("ehrenamtlich tätig", "nos bénévoles").
_UNPAID = re.compile(
    r"\b(?:unpaid(?! (?:overtime|leave|time off|hours|breaks?))|"
    r"volunteer (?:[\w-]+ ){0,2}(?:role|position|opportunity|basis)|"
    r"on a voluntary basis|not a paid (?:role|position|job)|"
    # "you won't get paid with money", "we can't pay", "looking for a volunteer who ...", "Volunteer wanted"
    r"you (?:won['’]t|will not|wouldn['’]t|do not|don['’]t) (?:get |be )paid|we (?:cannot|can['’]t) pay (?:you|for)|"
    r"(?:looking for|seeking|need) (?:a |an )?(?:[\w-]+ ){0,4}volunteers?|volunteers? wanted|"
    # "Join the Campaign as a Volunteer!", "All our positions are voluntary", "a voluntary role",
    # "coordinating with other volunteers" (the hire is one of them)
    r"join\b[^.!?\n]{0,60}\bas an? volunteer|(?:positions?|roles?|posts?) (?:is|are) (?:un(?:paid|salaried)|voluntary)|"
    r"voluntary (?:[\w-]+ ){0,2}(?:role|position|post)|(?:with|alongside) (?:our |the )?other volunteers|"
    # "As a voluntary Trustee, you will ..." (not "As a Volunteer Coordinator", a paid job)
    r"as an? (?:voluntary|unpaid) [\w-]+|"
    # "there is no salary or stipend associated with this role", "Salary: Voluntary"
    r"no (?:pay|salary|compensation|stipend|remuneration)(?: or (?:pay|salary|compensation|stipend|remuneration))? "
    r"(?:is )?(?:offered|provided|associated|attached)|"
    r"(?:salary|pay|compensation|remuneration)\s*:\s*(?:voluntary|volunteer|unpaid)\b|"
    r"unbezahlt\w*|ehrenamtliche (?:Stelle|Tätigkeit|Position|Mitarbeit)|"
    r"(?:poste|mission|stage|travail|engagement) (?:b[ée]n[ée]vole|volontaire|non r[ée]mun[ée]r[ée]e?)|"
    r"[àa] titre b[ée]n[ée]vole|(?:travail|poste|mission) (?:volontaire |b[ée]n[ée]vole )?non r[ée]mun[ée]r[ée]e?|"
    r"onbetaald\w*|vrijwilligers(?:functie|vacature)|(?:no|não) remunerad[oa]|sin remuneraci[óo]n)\b",
    re.I,
)


def _unpaid(doc: Document) -> list[Unpaid]:
    return [
        Unpaid(text=m.group(0), **in_block(block, m.start(), m.end()))
        for block in prose(doc)
        for m in [prefilter.search(_UNPAID, block.text, block.folded)]
        if m is not None
    ]


def _grades(doc: Document) -> list[PayGrade]:
    out = []
    grade = prefilter.of(_PAY_GRADE)
    for block in prose(doc):
        for m in _PAY_GRADE.finditer(block.text) if grade.may_match(block.folded) else ():
            # "classified as an AS-02": the grade is the code, not the words that lead to it
            start, end = m.span("code") if m.group("code") else m.span()
            out.append(PayGrade(text=block.text[start:end], **in_block(block, start, end)))
    return out


def _ranges(stated: list[PayStatement]) -> list[PayRange]:
    fields = {
        _field_key(s.block).lower(): s
        for s in stated
        if s.is_wage and s.origin == "front-matter" and s.block is not None and s.block.field
    }
    pairs = []
    for key, low in fields.items():
        if "min" in key:
            high = fields.get(key.replace("min", "max"))
            if high is not None:
                pairs.append(
                    PayRange(low=low, high=high, span=low.span, origin="front-matter", field=low.field, block=low.block)
                )
    return pairs


_UNIT_TEXT = {"HOUR": "hour", "DAY": "day", "WEEK": "week", "MONTH": "month", "YEAR": "year"}


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, str):
        return parse_number(value.strip()) if re.fullmatch(r"\d[\d,. ]*", value.strip()) else None
    return None


def _structured(doc: Document) -> list[PayStatement]:
    """schema.org ``baseSalary``: a MonetaryAmount with a number or a QuantitativeValue."""
    out = []
    for posting, block in structured_postings(doc):
        salary = first(posting.get("baseSalary"))
        if not isinstance(salary, dict):
            continue
        currency = str(salary.get("currency") or "").upper() or None
        value = salary.get("value")
        unit = None
        if isinstance(value, dict):
            unit = _UNIT_TEXT.get(str(value.get("unitText") or "").upper())
            low, high = _number(value.get("minValue")), _number(value.get("maxValue"))
            if low is None and high is None:
                low = high = _number(value.get("value"))
        else:
            low = high = _number(value)
        if low is None and high is None:
            continue
        bound = "ceiling" if low is None else "floor" if high is None else None
        text = json.dumps(salary, ensure_ascii=False)
        pay = Pay(low, high, currency, unit, 0, len(text), text, bound)
        out.append(
            PayStatement(pay=pay, span=property_span(doc, block, "baseSalary"), origin="json-ld", field="baseSalary")
        )
    return out


def read(doc: Document) -> PayFacts:
    """The posting's pay: statements (body, front-matter fields, JSON-LD), vague lines, field pairs."""
    stated = _statements(doc)
    return PayFacts(
        tuple(stated + _structured(doc)),
        tuple(_vague(doc, stated)),
        tuple(_ranges(stated)),
        tuple(_grades(doc)),
        tuple(_unpaid(doc)),
    )
