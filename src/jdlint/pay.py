"""Pay statements in posting text: amounts, ranges, periods and open-ended forms.

``find_pay(text)`` reads one block's text and returns every money amount or range it states:
"$95,000 - $120,000 a year", "£20-30k", "USD $160,000~$180,000", "between €50k and €60k",
"$40/hr", "40,000 AMD", "up to $90k", "from £45,000", "$120k+", "$75,000 and up". Each result
carries its low and high value, currency, pay period and its span in the text, so checks can
point at it. ``is_pay_context`` tells pay from other money ("a $1,000 learning budget",
"we raised $40M").

Numbers are read the way postings write them: "," or "." or a thin space between thousands
("55.000 €", "40 000 AMD"), two decimals at most ("$118,640.00"), "k" for thousands.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# --- currencies --------------------------------------------------------------------------------

_ISO = ("USD", "CAD", "EUR", "GBP", "AUD", "NZD", "CHF", "INR", "AMD", "JPY", "CNY", "PLN", "SEK", "NOK",
        "DKK", "CZK", "HUF", "RON", "BGN", "SGD", "HKD", "MXN", "BRL", "ZAR", "ILS", "AED", "TRY", "UAH")
_SYMBOLS = {
    "US$": "USD", "USD$": "USD", "USD $": "USD", "CA$": "CAD", "C$": "CAD", "CAD$": "CAD", "CAD $": "CAD",
    "AU$": "AUD", "A$": "AUD", "AUD$": "AUD", "NZ$": "NZD", "S$": "SGD", "HK$": "HKD",
    "$": "$", "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "₪": "ILS", "zł": "PLN",
}
_WORDS = {"dollars": "$", "euros": "EUR", "euro": "EUR", "pounds": "GBP", "drams": "AMD", "dram": "AMD",
          "rupees": "INR"}

_PREFIX = (r"(?:(?:US|USD|CA|CAD|AU|AUD|NZ|HK)\s?\$|[CAS]\$|[$£€¥₹₪]|"
           rf"(?:{'|'.join(_ISO)})(?=\s?\d))")
_SUFFIX = rf"(?:\s?(?:{'|'.join(_ISO)}|dollars|euros?|pounds|drams?|rupees)\b|\s?[€£]|\s?zł)"
# Thousands with spaces first ("40 000"), then digits with "," and "." anywhere inside.
_NUMBER = r"(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,.])|\d(?:[\d,.]*\d)?)"
_MULT = r"(?:\s?(?:thousand|million)\b|[kKmM](?![a-zA-Z]))"

_AMOUNT = re.compile(
    rf"(?<![\w$£€])(?P<pre>{_PREFIX})?\s?(?P<num>{_NUMBER})(?P<mult>{_MULT})?(?P<post>{_SUFFIX})?"
)

# Between the two ends of a range ("GS-15 Step 1 - $142,701 to GS-15 Step 10 $170,800").
_SEPARATOR = re.compile(r"\s*(?P<sep>-|–|—|~|to|and|through)\s*(?:(?:GS[- ]*)+\d{1,2},?\s*Step\s*\d{1,2}\s*[-–:]?\s*)?",
                        re.I)

_PERIODS = {"stunde": "hour", "tag": "day", "woche": "week", "monat": "month", "jahr": "year",
            "monatlich": "month", "jährlich": "year", "jahrlich": "year", "p.m.": "month", "pcm": "month",
            "hour": "hour", "hr": "hour", "h": "hour", "hourly": "hour", "day": "day", "daily": "day",
            "week": "week", "wk": "week", "weekly": "week", "month": "month", "mo": "month", "mth": "month",
            "monthly": "month", "year": "year", "yr": "year", "y": "year", "annum": "year", "annual": "year",
            "annually": "year", "yearly": "year", "pa": "year", "p.a.": "year", "p.a": "year", "p/a": "year"}
_PERIOD_AFTER = re.compile(
    r"^\s*(?:\(?(?:gross|net|base|basic|before tax|pre-tax|brutto)\)?\s*)?"
    r"(?:(?:/\s*|per\s+|an?\s+|each\s+|pro\s+|im\s+)(?P<unit>hour|hr|h|day|week|wk|month|mo|mth|year|yr|y|annum|"
    r"stunde|tag|woche|monat|jahr)\b"
    r"|(?P<adverb>hourly|daily|weekly|monthly|yearly|annually|annual|p\.a\.?|p/a|pa|p\.m\.|pcm|monatlich|"
    r"j[aä]hrlich)(?![\w/]))",
    re.I,
)
_PERIOD_BEFORE = re.compile(r"\b(?P<adverb>hourly|daily|weekly|monthly|yearly|annual|annually)\b|"
                            r"\bper\s+(?P<unit>hour|day|week|month|year|annum)\b|"
                            r"\b(?P<rate>day|hour|week|month)\s+rate\b", re.I)

# Open-ended forms: a floor or a ceiling instead of a range.
_LEAD = re.compile(
    r"(?P<lead>\bup\s*to|\bfrom|\bstarting\s+(?:at|from)|\bstarts?\s+at|\bbeginning\s+at|\bat\s+least|"
    r"\b(?:a\s+)?minimum\s+of|\bin\s+excess\s+of|\bmore\s+than|\bno\s+less\s+than|\bupwards\s+of)\s*$",
    re.I,
)
_ADDITIVE = r"(?:bonus|bonuses|equity|commission|benefits|stock|rsus?|ote|incentives?|variable|options|shares|[$£€\d])"
_TAIL = re.compile(rf"^(?:\+(?!\s*{_ADDITIVE})|\s*(?:and\s+up|and\s+above|or\s+more|or\s+higher)\b)", re.I)
_CEILING = ("up to", "upto")


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
        return self.high if self.low is None else self.low  # type: ignore[return-value]


def parse_number(number: str, mult: str | None = None) -> float | None:
    """'118,640.00' -> 118640.0, '55.000' -> 55000.0, '40 000' -> 40000.0, '20.50' -> 20.5.

    None for digit strings that are not amounts ("1.2.3", "1,23,4")."""
    raw = re.sub(r"[ \u00a0\u202f]", "", number)
    seps = [i for i, ch in enumerate(raw) if ch in ",."]
    whole, fraction = raw, ""
    if seps:
        last = seps[-1]
        tail = len(raw) - last - 1
        if len({raw[i] for i in seps}) > 1:  # "118,640.00", "1.234,56": the last one is decimal
            if tail > 2 or raw[last] in raw[:last]:
                return None
            whole, fraction = raw[:last], raw[last + 1:]
        elif len(seps) == 1 and tail in (1, 2):  # "$20.50", "1,5"
            whole, fraction = raw[:last], raw[last + 1:]
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
        t = re.sub(r"\s+", " ", token.strip())
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


def _amounts(text: str) -> list[_Amount]:
    out = []
    for m in _AMOUNT.finditer(text):
        currency = _currency(m.group("pre"), m.group("post"))
        value = parse_number(m.group("num"), m.group("mult"))
        if value is None or (m.group("post") and not currency):
            continue
        start = m.start("pre") if m.group("pre") else m.start("num")
        out.append(_Amount(start, m.end(), value, currency, m.group("mult"), bool(m.group("post"))))
    return out


def _period(text: str, start: int, end: int) -> str | None:
    after = _PERIOD_AFTER.match(text[end:end + 30])
    if after:
        word = (after.group("unit") or after.group("adverb")).lower()
        return _PERIODS.get(word.replace(" ", ""), _PERIODS.get(word))
    # "Annual salary: $X", "hourly rate of $X": the same sentence, shortly before.
    head = text[max(0, start - 60):start]
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
        low, high, end, currency = a.value, a.value, a.end, a.currency
        merged = False
        j, sep = i + 1, None
        # The other end may follow a grade label with bare numbers in it ("to GS-15 Step 10 $170,800").
        while j < len(amounts) and j <= i + 3:
            sep = _SEPARATOR.fullmatch(text[a.end:amounts[j].start])
            if sep or amounts[j].currency:
                break
            j += 1
        b = amounts[j] if sep and j < len(amounts) else None
        if b is not None:
            # A bare end borrows the other end's currency: "$95,000-125,000", "20-30k GBP"; never
            # "Step 1 - $142,701", where the bare number is not money.
            joinable = (a.currency is not None and (b.currency is None or _same_currency(a.currency, b.currency))) or \
                (a.currency is None and b.currency is not None and b.suffixed) or (bare and not b.currency)
            if sep and joinable:
                word = sep.group("sep").lower()
                between = re.search(r"\bbetween\s*$", text[max(0, a.start - 12):a.start], re.I)
                if word != "and" or between:
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
        lead = _LEAD.search(text[max(0, start - 25):start])
        if lead and not merged:
            word = re.sub(r"\s+", " ", lead.group("lead").lower())
            bound = "ceiling" if word in _CEILING else "floor"
            start = start - len(text[max(0, start - 25):start]) + lead.start("lead")
        if bound is None and not merged:
            # "$120k+", "$75,000 and up", also after the period: "$25/hr and up".
            after = _PERIOD_AFTER.match(text[end:end + 30])
            for skip in (0, after.end() if after else None):
                tail = _TAIL.match(text[end + skip:end + skip + 20]) if skip is not None else None
                if tail:
                    bound = "floor"
                    end += skip + tail.end()
                    break
        amount_end = b.end if merged and b is not None else a.end
        period = _period(text, a.start, amount_end) or _period(text, a.start, end)
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
    r"GS-\d{1,2}|step\s+\d{1,2})\b",
    re.I,
)
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
    r"fees?|cash\s+out|gift|perk|subsid\w*|discount|commission|incentives?|profit|budgets|portfolio|"
    r"sponsorship|fundrais\w*|economy|billion|million|projects?|programs?|acquisition|exceeding|value)\b",
    re.I,
)


def is_pay_context(text: str, pay: Pay, *, pay_section: bool = False) -> bool:
    """True when the amount states pay, not other money.

    The nearest keyword in the same sentence decides ("a salary of $90k plus a $2,000 learning
    budget" has one of each); words joined by "+" or "plus" after an amount are extras, not its
    label ("$185,600 to $260,000 + bonus + equity"). Without a keyword, an amount counts in a pay
    section or field, with a pay period ("$40/hr"), or as a salary-sized range.
    """
    if pay.value >= 2_000_000:  # revenue, funding, deal sizes: never a posting's pay
        return False
    lo = max(0, pay.start - 80)
    hi = min(len(text), pay.end + 40)
    before = re.split(r"(?<=[.;!?])\s", text[lo:pay.start])[-1]
    after = re.split(r"[.;!?](?:\s|$)|\s(?:\+|plus|and|with)\s", text[pay.end:hi], maxsplit=1)[0]
    best: tuple[int, bool] | None = None
    for regex, is_pay in ((_PAY_WORDS, True), (OTHER_MONEY, False)):
        for m in regex.finditer(before):
            distance = len(before) - m.end()
            if best is None or distance < best[0] or (distance == best[0] and not is_pay):
                best = (distance, is_pay)
        for m in regex.finditer(after):
            distance = m.start()
            if best is None or distance < best[0] or (distance == best[0] and not is_pay):
                best = (distance, is_pay)
    if best is not None:
        return best[1]
    if _WEAK_PAY_WORDS.search(before) or _WEAK_PAY_WORDS.search(after):
        return True
    if pay_section or pay.period is not None:
        return True
    # "Zone A: $118,640 - $167,580": a closed range of salary size reads as pay on its own.
    return pay.is_range and pay.low is not None and pay.low >= 10_000 and (pay.high or 0) <= 1_000_000
