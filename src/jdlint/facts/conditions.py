"""Conditions: yes/no questions about a posting that rules name (``unless: [pay_figure]``,
``satisfied_by: {location: location_stated}``, ``defer_unless``). Each is a read of the facts
(or, for statements no other fact models, of the posting's text). The registry is filled when
this module is imported, which the ``jdlint.facts`` package always does."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from .. import prefilter
from ..model import Document
from .base import prose

if TYPE_CHECKING:  # pragma: no cover
    from . import Facts

Condition = Callable[[Document, "Facts"], bool]
CONDITIONS: dict[str, Condition] = {}


def condition(name: str):
    def wrap(func: Condition) -> Condition:
        CONDITIONS[name] = func
        return func

    return wrap


def _section_with_content(doc: Document, *kinds: str) -> bool:
    return any(s.kind in kinds and (s.word_count or s.origin == "front-matter") for s in doc.checked_sections)


# --- pay ----------------------------------------------------------------------------------------


@condition("pay_figure")
def pay_figure(doc: Document, facts: Facts) -> bool:
    """The posting gives a money figure: pay in its text, a front-matter pay field or JSON-LD, or
    any other amount of money in its text (a "$1,000 learning budget" is a figure, though not pay;
    a weight or a grade is not)."""
    return bool(facts.pay.statements)


@condition("pay_stated")
def pay_stated(doc: Document, facts: Facts) -> bool:
    """The posting states a pay amount (a floor or ceiling counts) in a pay context, or says the
    role is unpaid."""
    return bool(facts.pay.wages or facts.pay.unpaid)


@condition("unpaid_role")
def unpaid_role(doc: Document, facts: Facts) -> bool:
    """The posting says the role is unpaid or calls for volunteers ("you won't get paid with
    money", "looking for a volunteer"): rules about employment (an equal-opportunity statement,
    a role's skill checklist, where the work happens) do not hold for it."""
    return bool(facts.pay.unpaid)


_VOLUNTEER = re.compile(r"volunteer|get paid|ehrenamt|b[ée]n[ée]vole|volontai|vrijwillig|voluntar", re.I)


@condition("volunteer_call")
def volunteer_call(doc: Document, facts: Facts) -> bool:
    """The posting calls for volunteers ("looking for a volunteer", "you won't get paid"), not for
    an unpaid intern: such project work is mostly done from anywhere."""
    return any(_VOLUNTEER.search(u.text) for u in facts.pay.unpaid)


@condition("concrete_pay")
def concrete_pay(doc: Document, facts: Facts) -> bool:
    """The posting states a fixed pay amount or a closed range (not only "up to" / "from")."""
    return facts.pay.concrete


# --- where, how to apply, when ------------------------------------------------------------------

_WHERE = re.compile(
    r"\b(?:remote(?:ly)?|hybrid|on-?site|in-office|in office|work from home|wfh|anywhere in|relocat\w*|"
    r"based in|located in|offices? in|locations? in|work distributed(?:ly)?|distributed team)\b",
    re.I,
)
# "in Denver, CO", "in Yerevan, Armenia": a place named with its state or country; or a
# "Location: ..." line.
_PLACE = re.compile(
    r"\b(?:in|at) (?-i:[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?, (?:[A-Z]{2}\b|[A-Z][a-z]{3,}))"
    r"|^(?:job |work |position )?location\s*:\s*\S",
    re.I | re.M,
)


@condition("location_stated")
def location_stated(doc: Document, facts: Facts) -> bool:
    """Where the work happens: a location statement or work mode, or wording about where the work
    happens (remote, relocation, a place named with its state or country)."""
    # Any place named counts, in prose or a street address too, and where the company sits
    # ("our agency in Rochefort", "offices in Amsterdam"): readers take it for the job's place
    # when nothing else is said, as the hand labels of the unseen-source sets do.
    return (
        bool(facts.locations)
        or facts.work_mode is not None
        or _section_with_content(doc, "location")
        or prefilter.any_block(_WHERE, prose(doc))
        or prefilter.any_block(_PLACE, prose(doc))
    )


@condition("application_path")
def application_path(doc: Document, facts: Facts) -> bool:
    """How to apply: a section, an apply link, an e-mail or apply instructions, or the page's own
    apply button or form (an applicant-tracking system or job board; see facts.apply)."""
    return bool(facts.apply)


@condition("close_date")
def close_date(doc: Document, facts: Facts) -> bool:
    """An application close date in the text, in front matter or in JSON-LD ``validThrough``."""
    return facts.deadline is not None


# A date with its year: "Posted 2 May 2024", "May 2, 2024", "3 de maio de 2024", "03/05/2024",
# "2024-05-02" (a number alone, "2000 members", is no date).
_MONTHS = (
    r"(?:jan|feb|febr|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec|januar|jänner|februar|märz|mai|juni|juli|"
    r"oktober|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|"
    r"januari|februari|maart|mei|augustus|janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|"
    r"outubro|novembro|dezembro|enero|febrero|marzo|mayo|junio|julio|setiembre|diciembre)[a-zé]*\.?"
)
_DATED = re.compile(
    rf"\b{_MONTHS}\s+(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?(?:de\s+)?(?:19|20)\d\d\b"
    r"|\b\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d\b|\b(?:19|20)\d\d-\d\d-\d\d\b",
    re.I,
)


@condition("year_stated")
def year_stated(doc: Document, facts: Facts) -> bool:
    """The posting says what year it is from: a date posted (front matter, JSON-LD) or a year
    written in its text, so a deadline given as a day and a month reads unambiguously."""
    return facts.date_posted is not None or prefilter.any_block(_DATED, prose(doc))


# --- statements ---------------------------------------------------------------------------------


@condition("eeo_statement")
def eeo_statement(doc: Document, facts: Facts) -> bool:
    """An equal-opportunity statement: its own section, or a sentence anywhere (the boilerplate
    fact's equal-opportunity cues, in every supported language)."""
    return _section_with_content(doc, "equal-opportunity") or any(
        b.kind == "equal-opportunity" for b in facts.boilerplate
    )


# Accommodation for disabled people, not lodging ("book travel and accommodation") or
# flexibility ("to accommodate varying shifts"): "reasonable accommodation", or accommodation
# near a disability, a request or the hiring process.
_ACCOMMODATION = re.compile(
    r"\breasonable (?:accommodations?|adjustments?)\b|\bwith or without (?:an? )?accommodations?\b"
    r"|\baccommodat\w*\b[^.]{0,80}?\b(?:disabilit|special needs?|medical|impairment|(?:hiring|recruitment|"
    r"application|selection|assessment|evaluation|interview) process|interviews?\b|applicants?\b|to apply\b)"
    r"|\b(?:disabilit\w*|special needs?|request(?:s|ing)?|needs?|needed|requires?|specialized|assessment|any)\b"
    r"[^.]{0,60}?\baccommodat|\baccommodations?@"
    r"|\badjustments? (?:to|for|during) (?:the|our|your)? ?(?:interview|application|recruitment|hiring)",
    re.I,
)


@condition("accommodation_statement")
def accommodation_statement(doc: Document, facts: Facts) -> bool:
    """The posting offers accommodations ("with or without reasonable accommodation")."""
    return prefilter.any_block(_ACCOMMODATION, prose(doc))


# The ADA's framing of physical demands: they describe the essential functions of the job.
_ESSENTIAL_FUNCTIONS = re.compile(r"\bessential (?:job )?functions?\b", re.I)


@condition("physical_demands_framed")
def physical_demands_framed(doc: Document, facts: Facts) -> bool:
    """Physical demands come with the ADA framing: an accommodation offer, or the statement that
    they are the essential functions of the job."""
    return accommodation_statement(doc, facts) or prefilter.any_block(_ESSENTIAL_FUNCTIONS, prose(doc))


# A route to the job without the degree, stated anywhere in the posting: "equivalent
# experience", "experience in lieu of a degree", "or an equivalent combination of education and
# experience".
_DEGREE_ROUTE = re.compile(
    r"\bequivalent (?:(?:combination|mix) of|(?:practical|professional|relevant|work|industry|related|"
    r"hands-on|real-world)\s+)?(?:experience|education and experience|training and experience)"
    r"|\b(?:experience|training)\b[^.;]{0,60}?\b(?:in lieu of|in place of|instead of|substitut\w* for|"
    r"may substitute|can substitute|equivalent to)\b[^.;]{0,40}?\b(?:degree|education|diploma)"
    r"|\b(?:degree|education)\b[^.;]{0,40}?\b(?:or equivalent|not required|is not necessary|isn['’]t required"
    r"|not a requirement)\b"
    r"|\bwithout (?:a|formal) (?:college |university )?degree\b",
    re.I,
)


@condition("degree_equivalent_route")
def degree_equivalent_route(doc: Document, facts: Facts) -> bool:
    """The posting says, anywhere, that experience can stand in for a degree."""
    return prefilter.any_block(_DEGREE_ROUTE, prose(doc)) or any(
        _DEGREE_ROUTE.search(str(v)) for v in doc.meta.values() if isinstance(v, str)
    )


# Every gender named: "(m/w/d)", "(w/m/d)", "(all genders)", "(gn*)", "H/F", "(m/v/x)", a gender
# star or colon ("Entwickler*in"), or both forms ("Verkäufer/in", "vendeur/vendeuse").
_GENDER_MARKER = re.compile(
    r"\(\s*[mwfdhvx]\s*[/|,]\s*[mwfdhvx](?:\s*[/|,]\s*(?:[mwfdhvx]|div|divers|inter|oG))*\s*\)"
    r"|(?<![\w/])(?:[mw]\s*/\s*[mw](?:\s*/\s*[dx])?|[mf]\s*/\s*[mf]\s*/\s*[dx]|d\s*/\s*[mw]\s*/\s*[mw]|h\s*/\s*f|f\s*/\s*h"
    r"|m\s*/\s*v(?:\s*/\s*x)?|v\s*/\s*m(?:\s*/\s*x)?)(?![\w/])|\w/-?(?:frau|mann)\b"
    r"|\b(?:all(?:e)? genders?|all(?:e|er|en) Geschlechter(?:n)?|gn\*?|genderneutral|geschlechtsneutral|divers)\b"
    # Both forms of one noun: "Vendeur / Vendeuse", "Verkäufer oder Verkäuferin", "Kaufmann/Kauffrau".
    r"|\b(\w{4,})\w{0,4}(?:\s*/\s*|\s+(?:ou|oder|of|or|und|et|en)\s+)\1(?:in|innen|e|es|euse|euses|rice|rices|ère|ères"
    r"|ienne|iennes|ante|antes|ente|entes|frau|mann|ne|se)\b"
    r"|\w(?:\*|:|_|·|/-?)(?:in|innen|e|es|ne|euse|rice|ère|ive)\b|(?<!Linke)\w(?-i:In|Innen)\b"
    r"|\(\s*(?:e|ne|euse|rice|ère|ive|in|innen)\s*\)",
    re.I,
)


@condition("gender_marker_stated")
def gender_marker_stated(doc: Document, facts: Facts) -> bool:
    """The title or text says the job is open to every gender: "(m/w/d)", "H/F", "(all genders)",
    a gender star or both forms of the job noun."""
    if prefilter.any_block(_GENDER_MARKER, (b for b in doc.blocks if b.is_prose or b.is_heading)):
        return True
    return any(_GENDER_MARKER.search(str(v)) for v in doc.meta.values() if isinstance(v, str))


_BENEFIT_WORDS = re.compile(
    r"\b(?:health|dental|vision|medical) (?:insurance|care|coverage|benefits?|plan)|"
    r"\b(?:401\s*\(?k\)?|pension|retirement plan|paid time off|pto|paid leave|vacation|"
    r"parental leave|sick leave|life insurance|stock options?|equity)\b"
    # named in German, French, Dutch, Portuguese and Spanish prose ("poste nourri & logé", "Vale
    # transporte, Refeição na Empresa", "30 Tage Urlaub", "13e mois", "reiskostenvergoeding")
    r"|\b(?:\d{2} (?:Tage|Urlaubstage) Urlaub|\d{2} Urlaubstage|betriebliche Altersvorsorge|Jobticket|"
    r"mutuelle|tickets?[- ]restaurant|titres?[- ]restaurant|nourri(?:\s*(?:&|et|-)\s*log[ée])?|"
    r"13(?:e|ème) mois|cong[ée]s pay[ée]s|pensioenregeling|vakantiegeld|reiskostenvergoeding|dertiende maand|"
    r"\d{2} vakantiedagen|vale[- ](?:transporte|refei[çc][ãa]o|alimenta[çc][ãa]o)|plano de sa[úu]de|"
    r"cesta b[áa]sica|assist[êe]ncia m[ée]dica|seguro m[ée]dico|plan de pensiones|d[ií]as de vacaciones)\b",
    re.I,
)


@condition("benefits_described")
def benefits_described(doc: Document, facts: Facts) -> bool:
    """Benefits other than pay: a benefits section with content, named benefits in the text, or
    two list items that read as benefits in any vocabulary language ("Mutuelle", "30 Tage Urlaub")."""
    if _section_with_content(doc, "benefits") or prefilter.any_block(_BENEFIT_WORDS, prose(doc)):
        return True
    return _items_reading_as(doc, "benefits", ("requirements", "nice-to-have")) >= 2


def _items_reading_as(doc: Document, kind: str, outside: tuple[str, ...]) -> int:
    """List items outside company, equal-opportunity and the ``outside`` sections that read as
    ``kind`` (by their cues in any vocabulary language)."""
    skip = ("about-company", "equal-opportunity", *outside)
    return sum(1 for section_kind, item_kind in _item_kinds(doc) if item_kind == kind and section_kind not in skip)


def _item_kinds(doc: Document) -> list[tuple[str, str | None]]:
    """(canonical section kind, what the item reads as) for every list item of the checked
    sections, read once per posting for the conditions that count them."""
    cached = doc.__dict__.get("_item_kinds")
    if cached is None:
        from ..sections import default_vocabulary

        vocab = default_vocabulary()
        cached = [
            (s.canonical, vocab.item_kind(b.text))
            for s in doc.checked_sections
            for b in s.blocks
            if b.kind == "list_item"
        ]
        doc.__dict__["_item_kinds"] = cached
    return cached


# "You will lead ...", "you'll manage ...": duties written as prose; research and public-sector
# postings write them in the third person ("The successful candidate will contribute to ...",
# "The postdoc is expected to work on ...").
_HIRE = (
    r"(?:the |our )?(?:successful |selected |new )?(?:candidate|applicant|postdoc|post-?doc(?:toral)? "
    r"(?:fellow|researcher)|fellow|phd (?:student|candidate)|student|post ?holder|incumbent|appointee|hire)"
)
_YOU_WILL = re.compile(
    rf"\b(?:you will|you'll|you’ll|you would|{_HIRE} (?:will|shall|(?:is|will be) expected to|should(?: also)?))"
    r"\s+(?:also\s+|be\s+)?(?:[a-z]+ly\s+)?([a-z]+)",  # "you will be heavily involved in ..."
    re.I,
)
# "looking to expand the team with another Software Engineer who will work alongside ..., take
# charge of ... and help drive ...": duties said of the person sought. Such a sentence often only
# sells the job ("an engineer who will help shape the future"), so it counts one duty less.
_WHO_WILL = re.compile(
    r"\b(?:someone|somebody|person|(?-i:[A-Z]\w+) (?-i:[A-Z]\w*(?:er|or|ist|ant|ent|ian|ee|ive)))"
    r" who (?:will|would)\s+(?:also\s+)?([a-z]+)",
    re.I,
)
# "The position is focused on the preparation of ...", "The role involves ...": what the job is
# about, said of the post itself.
_POST_INVOLVES = re.compile(
    r"\b(?:the|this) (?:position|role|post|job|project) (?:is (?:focused|centred|centered) on|involves|"
    r"will involve|includes|consists of|entails|comprises) (?:the )?\w+"
    # "The primary focus of the role will be the development of ..."
    r"|\bfocus of (?:the|this) (?:position|role|post|job) (?:is|will be) (?:the )?\w+",
    re.I,
)


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")

# ", manage data updates and work on ...": more duty verbs joined to the first one.
_JOINED_VERB = re.compile(r"(?:,|\band)\s+(?:also\s+)?([a-z]+)")


# "The Director of Corporate Relations is responsible for expanding ..., increasing ... and
# enhancing ...": duties said of the role in the third person, one per activity.
# "Responsibilities include regular one-on-one organizing ...; coordinating ...", "The
# coordinator's duties will include: maintenance of ...; processing of ...": a sentence of duties.
_DUTIES_INCLUDE = re.compile(r"\b(?:responsibilities|duties|tasks) (?:will )?(?:include|are)\b:?\s+\w", re.I)
_RESPONSIBLE_FOR = re.compile(r"\b(?:is|are|will be) (?:also )?(?:responsible|accountable) for ([a-z]+ing)\b", re.I)
_JOINED_GERUND = re.compile(r"(?:,|\band)\s+([a-z]+ing)\b")


def _rest_of_sentence(text: str, at: int) -> str:
    return re.split(r"[.;!?](?:\s|$)", text[at:], maxsplit=1)[0]


def _listed_duties(text: str, at: int) -> int:
    """Duties the rest of a "responsibilities include" sentence names, parted by ";" or ","."""
    sentence = re.split(r"[.!?](?:\s|$)", text[at:], maxsplit=1)[0]
    return len([p for p in re.split(r"[;,]", sentence) if p.strip()])


def _responsible_for(text: str) -> int:
    """Duties a "responsible for" sentence names: its gerund and those joined to it, or two when
    it lists three things or more ("responsible for providing production, inventory, and health
    reports")."""
    total = 0
    for m in _RESPONSIBLE_FOR.finditer(text):
        rest = _rest_of_sentence(text, m.end())
        total += 1 + max(len(_JOINED_GERUND.findall(rest)), int(rest.count(",") >= 2))
    return total


_TAKING_PART = frozenset(("involved", "engaged"))  # "you will be involved in the project's direction"


def _duty_verbs(text: str, said: re.Match[str], vocab) -> int:
    """Duties a "you will" sentence names: its verb and the duty verbs joined to it ("You will
    maintain our code bases, manage data updates and work on new features" names three)."""
    if said.group(1).lower() not in _TAKING_PART and vocab.item_kind(said.group(1)) != "responsibilities":
        return 0
    rest = _rest_of_sentence(text, said.end())
    return 1 + sum(1 for m in _JOINED_VERB.finditer(rest) if vocab.item_kind(m.group(1)) == "responsibilities")


_MIN_SEMICOLON_DUTIES = 3


def _semicolon_duties(text: str, vocab) -> bool:
    """Duties typed on one line and parted by semicolons, as job boards paste them ("Higienização
    dos alimentos; limpeza do local de trabalho; lavagem de louças"): three that read as duties.
    ``text`` is the block's source, whose line breaks show where the line of duties starts."""
    if text.count(";") < _MIN_SEMICOLON_DUTIES - 1:
        return False
    pieces = text.split(";")
    # the line or clause before the first duty and the sentence after the last one are not duties
    pieces[0] = re.split(r"[.:!?]\s|\n|,\s(?=\w+\s*,)", pieces[0])[-1]
    pieces[-1] = re.split(r"[.!?](?:\s|$)|\n", pieces[-1])[0]
    return sum(1 for p in pieces if vocab.item_kind(p.strip()) == "responsibilities") >= _MIN_SEMICOLON_DUTIES


@condition("duties_described")
def duties_described(doc: Document, facts: Facts) -> bool:
    """Duties listed somewhere, even under another heading ("An excellent candidate will be able
    to:" followed by "Manage the full hiring cycle"): three or more bullets that start with an
    action verb, outside benefits and company sections; or two prose sentences that say what
    "you will" do with an action verb, or one that leads in a list ("you will work on:")."""
    if _items_reading_as(doc, "responsibilities", ("benefits",)) >= 3:
        return True
    from ..sections import default_vocabulary

    vocab = default_vocabulary()
    said = 0
    for s in doc.checked_sections:
        if s.canonical in ("benefits", "about-company", "equal-opportunity", "how-to-apply"):
            continue
        for b, after in zip(s.blocks, [*s.blocks[1:], None], strict=False):
            if b.is_prose and ";" in b.text and _semicolon_duties(doc.source[b.span.start : b.span.end], vocab):
                return True
            if b.is_prose and b.kind != "list_item":
                duties = sum(_duty_verbs(b.text, m, vocab) for m in _YOU_WILL.finditer(b.text))
                if duties and b.text.rstrip().endswith(":") and after is not None and after.kind == "list_item":
                    duties += 1  # "Initially, you will work on two projects:" and the list of them
                if " who w" in b.text:
                    duties += sum(max(0, _duty_verbs(b.text, m, vocab) - 1) for m in _WHO_WILL.finditer(b.text))
                said += duties + len(_POST_INVOLVES.findall(b.text)) + _responsible_for(b.text)
                said += sum(_listed_duties(b.text, m.end()) for m in _DUTIES_INCLUDE.finditer(b.text))
                if not duties:
                    said += sum(1 for sentence in _SENTENCE_END.split(b.text) if vocab.second_person_duty(sentence))
    return said >= 2


# "We are looking for a motivated developer to join ...", "Wir suchen ...", "Nous recherchons ...":
# prose that introduces the role, wherever it sits (under "Company description", above any heading).
_ROLE_SOUGHT = re.compile(
    r"\b(?:we(?:'re| are) (?:looking for|seeking|hiring|recruiting)|(?:is|are) (?:looking for|seeking|hiring)|"
    r"seeks an?|wir suchen|sucht (?:eine?n?|zum)|nous recherchons|recherche (?:un|une)\b|"
    r"(?:wij )?zoeken (?:wij |we )?(?:een|naar)|zoekt (?:een|naar)|buscamos|estamos buscando|procuramos|"
    r"estamos (?:à procura|procurando))",
    re.I,
)
_MIN_INTRO_WORDS = 15


@condition("role_introduced")
def role_introduced(doc: Document, facts: Facts) -> bool:
    """A paragraph that says whom the employer is looking for ("We are looking for a motivated
    developer to join our web team"), outside the lists of duties and requirements or opening a
    duties or requirements section: the role is introduced even without a summary heading."""
    for s in doc.checked_sections:
        if s.canonical in ("summary", "about-company", "other"):
            blocks = s.blocks
        elif s.canonical in ("responsibilities", "requirements"):
            # "## Main Duties" opening with "The Foundation is looking for a DevRel engineer to ...":
            # the opening paragraph of a duties or requirements heading introduces the role too.
            blocks = [b for b in s.blocks if b.is_prose and not b.is_heading][:1]
        else:
            continue
        for b in blocks:
            if b.kind == "paragraph" and len(b.text.split()) >= _MIN_INTRO_WORDS and _ROLE_SOUGHT.search(b.text):
                return True
    return False


# "Applicants must have (or be about to obtain) a PhD in particle physics", "The candidate should
# have a solid background in data analysis", "Entry requirements: Master degree in Physics".
_ASKED_IN_PROSE = re.compile(
    rf"\b(?:{_HIRE}s?|applicants|candidates|you)\s+(?:should|must|will need to|needs? to|(?:is|are) "
    r"(?:expected|required) to)\s+(?:also\s+)?(?:have|hold|possess|bring|demonstrate|be (?:experienced|skilled|"
    r"qualified|fluent|familiar))\b[^.;]{0,120}?\b(?:degree|ph\.?d|doctorate|master|bachelor|msc|diploma|"
    r"experience|experienced|background|knowledge|skills|expertise|qualifications?|licen[cs]e|certificat\w*)"
    r"|\b(?:entry|minimum|essential|basic) requirements?\s*:"
    # "Required qualifications include union awareness ...", "Minimum qualifications are: 1) ..."
    r"|\b(?:required|minimum|essential|necessary) qualifications (?:include|are)\b"
    # "Successful candidates will have managed marketing plans", "Experience with Github ... is required"
    r"|\b(?:successful|ideal|strong) (?:candidates?|applicants?) will (?:have|bring|possess)\b"
    # "CRRC is looking for an enthusiastic volunteer with experience in social work"
    r"|\b(?:looking for|seeking|searching for|we need|we want)\s+(?:an?|someone|somebody|candidates?|people)\b"
    r"[^.;]{0,60}?\bwith\b[^.;]{0,40}?\b(?:experience|knowledge|background|skills|expertise|qualifications?|"
    r"degree|training)\b"
    r"|\b(?:experience|knowledge|familiarity) (?:with|in|of)\b[^.;]{0,120}?\b(?:is|are) (?:required|essential|a must)\b"
    # said to be none: "There are no formal requirements to contribute"
    r"|\bno (?:formal |specific |special |prior )?(?:requirements|qualifications|prerequisites)\b"
    # asked as questions: "Do you have a PhD in a numerate discipline?", "Are you experienced in C++?"
    r"|\b(?:do you (?:have|hold|know)|are you (?:experienced|skilled|familiar|fluent|proficient|qualified))"
    r"\b[^?;]{0,200}\?",
    re.I,
)


# The same asked in German, French, Dutch, Portuguese and Spanish, as label-less job-board postings
# write it: "Expérience souhaitée : 2 ans", "Titulaire du permis EC", "vous possédez une première
# expérience", "possuir ensino fundamental completo", "Du hast eine abgeschlossene Ausbildung",
# "Je beschikt over een rijbewijs B", "Se requiere experiencia".
_ASKED_OTHER = re.compile(
    r"\b(?:exp[ée]rience|formation|dipl[ôo]me|permis|niveau)\s+(?:\w+\s+)?(?:souhait[ée]e?|exig[ée]e?|requise?|"
    r"demand[ée]e?|indispensable|obligatoire|appr[ée]ci[ée]e?)\b"
    r"|\btitulaire d(?:u|e la|es|e|['’])\s*\w+"
    r"|\bvous (?:poss[ée]dez|disposez d|justifiez d|avez|[êe]tes (?:dipl[ôo]m[ée]|titulaire))\b[^.;]{0,80}?"
    r"\b(?:exp[ée]rience|dipl[ôo]me|formation|permis|connaissances?|comp[ée]tences?|ma[îi]trise|bac)\b"
    r"|\b(?:poss(?:uir|ua|uem)|ter|tenha)\s+(?:o\s+|a\s+)?(?:experi[êe]ncia|ensino|forma[çc][ãa]o|curso|cnh|"
    r"conhecimentos?|gradua[çc][ãa]o)\b"
    r"|\b(?:experi[êe]ncia|escolaridade|forma[çc][ãa]o|requisitos?)\s*(?:m[íi]nima|exigida|obrigat[óo]ria|"
    r"necess[áa]ria|desej[áa]vel)?\s*:"
    r"|\b(?:se requiere|imprescindible|experiencia (?:m[íi]nima|demostrable|previa)|"
    r"titulaci[óo]n (?:m[íi]nima|requerida))\b"
    r"|\b(?:du (?:hast|bringst|verfügst über)|sie (?:haben|bringen|verfügen über))\b[^.;]{0,80}?"
    r"\b(?:erfahrung|ausbildung|studium|kenntnisse|führerschein|abschluss)\w*"
    r"|\b(?:erfahrung|ausbildung|studium|kenntnisse|führerschein)\w*\b[^.;]{0,60}?\b(?:erforderlich|vorausgesetzt|"
    r"notwendig|zwingend|wünschenswert|von vorteil)\b"
    r"|\bje (?:hebt|beschikt over|bent in het bezit van)\b[^.;]{0,80}?\b(?:ervaring|opleiding|diploma|"
    r"rijbewijs|kennis)\w*"
    r"|\b(?:ervaring|opleiding|diploma|rijbewijs)\w*\b[^.;]{0,40}?\b(?:vereist|verplicht|een pre)\b",
    re.I,
)


@condition("requirements_described")
def requirements_described(doc: Document, facts: Facts) -> bool:
    """What candidates need is stated somewhere, even under another heading: years of experience
    or an education asked for, two list items that read as requirements, or a sentence that says
    what applicants must have ("The candidate should have a PhD in physics"; "Titulaire du permis
    EC, vous possédez une première expérience")."""
    if facts.experience or facts.education or _items_reading_as(doc, "requirements", ("benefits",)) >= 2:
        return True
    return any(
        _ASKED_IN_PROSE.search(b.text) or _ASKED_OTHER.search(b.text)
        for s in doc.checked_sections
        if s.canonical not in ("benefits", "about-company", "equal-opportunity", "how-to-apply")
        for b in s.blocks
        if b.is_prose
    )


# Citizenship restrictions are lawful when a law or a clearance demands them (US and Canadian
# federal jobs, embassy posts, export-controlled work). The DOJ's Immigrant and Employee Rights
# section only objects to "citizens only" wording that no law requires.
_LEGAL_BASIS = re.compile(
    r"\b(?:security clearance|secret clearance|top secret|ts/sci|public trust|clearance (?:is )?required"
    r"|background investigation|suitability (?:determination|investigation)|required by (?:law|statute|regulation)"
    r"|(?:federal|state) law requires|itar\b|export[- ]control|selective service|usajobs|general schedule"
    r"|gs-\d{1,2}\b|federal (?:government|agency|service|employee|employment|civil service)|competitive service"
    r"|excepted service|government of canada|public service (?:commission|employment act)"
    r"|(?:u\.?s\.?|american) embassy|foreign service)",
    re.I,
)


@condition("legal_basis_for_citizenship")
def legal_basis_for_citizenship(doc: Document, facts: Facts) -> bool:
    """The posting names a legal basis for a citizenship requirement: a security clearance or
    background investigation, a law, export control, or federal government employment."""
    return prefilter.any_block(_LEGAL_BASIS, (b for b in doc.blocks if b.is_prose or b.is_heading)) or any(
        _LEGAL_BASIS.search(f"{k} {v}") for k, v in doc.meta.items() if isinstance(v, (str, int))
    )


# The employer teaches what the job needs: "we will train you", "no experience required",
# "keine Vorkenntnisse nötig", "formation assurée", "geen ervaring nodig", "sem experiência".
_TRAINING = re.compile(
    r"\b(?:we(?:'ll| will)? (?:teach|train) you|(?:full |on-the-job |paid )?training (?:is )?provided|"
    r"no (?:prior |previous )?experience (?:is )?(?:required|needed|necessary)|"
    r"(?:you will|you'll) learn (?:it |everything |the rest )?on the job|we don't expect you to know|"
    r"keine (?:Vorkenntnisse|Erfahrung) (?:nötig|notwendig|erforderlich)|"
    r"wir (?:bringen dir|arbeiten dich) .{0,30}(?:bei|ein)\b|"
    r"sans exp[ée]rience|d[ée]butants? accept[ée]s?|formation (?:assur[ée]e|interne|en interne|fournie)|"
    r"geen (?:werk)?ervaring (?:nodig|vereist)|wij leiden je op|"
    r"sem experi[êe]ncia|n[ãa]o (?:é )?(?:necess[áa]ria|exigida) experi[êe]ncia|sin experiencia|formaci[óo]n a cargo)",
    re.I,
)


# A title for someone who is there to learn the job: an internship, apprenticeship, traineeship or
# student job, in the six languages ("Data Science Intern", "Werkstudent*in", "Stagiaire").
_LEARNING_TITLE = re.compile(
    r"\b(?:intern(?:ship)?s?|apprentice(?:ship)?s?|trainee(?:ship)?s?|working student|student (?:assistant|worker|job)|"
    r"graduate (?:trainee|scheme|programme|program)|werkstudent\w*|praktikant\w*|praktikum|auszubildende\w*|azubi|"
    r"stagiaire|stagiair|alternan(?:ce|t|te)|apprenti(?:e|ssage)?|leerling\w*|estagi[áa]ri[oa]|est[áa]gio|aprendiz|"
    r"pasant(?:e|ía|ia)|becari[oa]|pr[áa]cticas|tirocin(?:io|ante))\b|^\W*stage\b|\bstage (?:de|d['’]|en)\b",
    re.I,
)


@condition("learning_role")
def learning_role(doc: Document, facts: Facts) -> bool:
    """The title names a role for learning the job (an intern, apprentice, trainee, working
    student): a role profile's must-have skills describe the job once learned."""
    return _title_says(facts, _LEARNING_TITLE)


def _title_says(facts: Facts, pattern: re.Pattern[str]) -> bool:
    return facts.title is not None and pattern.search(facts.title.text) is not None


# A doctorate is what makes a postdoctoral or faculty post: "Postdoctoral Fellow", "Postdoc in
# ...", "Assistant Professor", "Lecturer in Physics".
_DOCTORAL_TITLE = re.compile(
    r"\b(?:post-?doc\w*|post-?doctoral|professor\w*|lecturer|faculty|habilitation|privatdozent\w*|"
    r"ma[îi]tre de conf[ée]rences|docente|profesor\w*|professeur\w*|hoogleraar|universitair (?:hoofd)?docent)\b",
    re.I,
)


@condition("doctoral_post")
def doctoral_post(doc: Document, facts: Facts) -> bool:
    """The title names a postdoctoral or faculty post, which a doctorate defines."""
    return _title_says(facts, _DOCTORAL_TITLE)


@condition("training_provided")
def training_provided(doc: Document, facts: Facts) -> bool:
    """The posting says the employer teaches the job ("we will train you", "no experience
    required"): skills it does not ask for are taught, not missing."""
    return prefilter.any_block(_TRAINING, prose(doc))
