"""Where the job is: the posting's own location statements and its work mode (on-site, hybrid,
remote).

A location is read from a front-matter location field, a location section, a "Location:" line
(in six languages, and mode labels such as "Presencial: Porto Alegre, RS"), an aggregator's
"🌎"/"📍" mark, a line that is only a place with its region code ("Campinas/SP", "Iowa City, IA"),
schema.org ``jobLocation``, or prose that names where the job is ("This role is based in
Leeds", "notre client situé à Donzenac", "vaga em Campinas/SP", "Standort München"). The
phrases and region codes live in ``rules/data/places.yaml``.

Only statements, never company history: "founded in Boston" is not a location, and a candidate's
residence ("Residir em X", "must live in X") is not read by the job's phrases. Where the company
or its agency sits ("headquartered in Austin", "notre agence de Rochefort") is read only when
nothing better is said, and where the candidate must live ("Residence in Barcelona or surrounding
areas") only when nothing at all is. ``how`` says which of these it was, so that laws are looked
up from statements only (``LocationFact.is_statement``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .. import prefilter, yamlutil
from ..model import Document, Span, Title
from ..resources import rules_root
from ..sections import label_of
from .base import Fact, first, in_block, meta_span, property_span, prose, structured_postings, text_lines

MODES = ("onsite", "hybrid", "remote")

_LOCATION_KEYS = ("location", "job_location", "locations", "work_location")
# "Location:" in English, German, French, Dutch, Portuguese and Spanish, and a work mode used as
# the label of a place ("Presencial: Porto Alegre, RS", "Hybrid: Leeds").
_LOCATION_LABEL = re.compile(
    r"^\W*(?:(?:job |work |position |office )?locations?|"
    r"arbeitsort|standort|einsatzort|dienstort|ort|"
    r"lieux?(?: de travail)?|locatie|standplaats|werklocatie|local(?: de trabalho)?|"
    # Italian and Catalan labels
    r"luogo(?: di lavoro)?|sede(?: di lavoro)?|ubicaci[óo]|lloc de treball|"
    r"localiza[çc][ãa]o|"
    r"ubicaci[óo]n|localidad|presencial|h[íi]brido|remoto|on-?site|hybrid|pr[ée]sentiel)"
    r"\s*:\s*",
    re.I,
)
_PLACE_MARKS = ("\U0001f30e", "\U0001f30d", "\U0001f30f", "\U0001f4cd")  # 🌎 🌍 🌏 📍
_MONEY_MARK = "\U0001f4b0"  # 💰: the aggregator's pay mark, which may share the line

# A place name: capitalised words, joined by spaces or the small words of place names ("Porto
# Alegre", "Brive la Gaillarde", "Donzenac et Objat"); never across a sentence end.
_WORD = r"[A-ZÀ-ÖØ-Þ](?:[\w'’-]|\.(?=\w))*"
_JOIN = r"(?:de|da|do|dos|das|del|di|la|le|les|sur|am|an|der|im|aan|den|op|upon|et|e|y|and|und|en)"
_NAME = rf"{_WORD}(?:(?:\s+|-)(?:{_JOIN}\s+)?{_WORD}){{0,4}}"
_WORK_MODE_PAREN = r"\s*\((?:[^()]{0,30})\)"


@dataclass(frozen=True)
class _Vocabulary:
    job: tuple[re.Pattern[str], ...]
    company: tuple[re.Pattern[str], ...]
    residence: tuple[re.Pattern[str], ...]
    home: tuple[re.Pattern[str], ...]
    place_line: re.Pattern[str]


def _place_patterns(codes: str) -> dict[str, str]:
    # ", Colorado", ", PRC" only where the clause ends: "Leeds, Salary is..." is not a region.
    region_name = rf"\s*,\s*{_NAME}(?=\s*(?:[.;:!?()]|$|\s[-–]\s|,\s*[a-zà-ÿ]))"
    region_code = rf"\s*(?:/|-|–|,)\s*(?:{codes})\b"
    return {
        "place": rf"(?P<place>{_NAME}(?:{region_name})?(?:{region_code})?)",
        "place_region": rf"(?P<place>{_NAME}(?:\s*,\s*{_NAME})?\s*(?:/|-|–|,)\s*(?:{codes})\b)",
    }


def _compile(phrase: str, places: dict[str, str]) -> re.Pattern[str]:
    """A phrase of places.yaml: its words case-insensitive, the place itself capitalised."""
    parts = re.split(r"(\{place(?:_region)?\})", phrase)
    return re.compile(
        "".join(places[p[1:-1]] if p in ("{place}", "{place_region}") else f"(?i:{p})" if p else "" for p in parts)
    )


@lru_cache(maxsize=1)
def _vocabulary() -> _Vocabulary:
    data = yamlutil.load_data((rules_root() / "data" / "places.yaml").read_text(encoding="utf-8"))
    codes = "|".join(sorted({c for group in data["region_codes"].values() for c in group.split()}))
    places = _place_patterns(codes)
    # A line that is only a place with its region ("Campinas/SP", "Eldorado, Contagem - MG",
    # "Iowa City, IA") or a remote job's area ("Remote (US)", "Remoto - Brasil").
    names = sorted((n for group in data["region_names"].values() for n in group), key=len, reverse=True)
    region_name = "|".join(re.escape(n) for n in names)
    place_line = re.compile(
        rf"(?:{places['place_region']}|(?P<mode>(?i:remote|remoto|remota|télétravail|teletrabajo))\s*[(\-–:,]\s*"
        rf"{_NAME}\)?|{_NAME}\s*,\s*(?:{region_name}))\.?"
    )
    return _Vocabulary(
        job=tuple(_compile(p, places) for phrases in data["job"].values() for p in phrases),
        company=tuple(_compile(p, places) for phrases in data["company"].values() for p in phrases),
        residence=tuple(re.compile(p, re.I) for p in data["residence"]),
        home=tuple(_compile(p, places) for phrases in data["home"].values() for p in phrases),
        place_line=place_line,
    )


@dataclass(frozen=True, kw_only=True)
class LocationFact(Fact):
    span: Span  # read in the text, a front-matter field or JSON-LD: never None
    text: str
    how: str  # field, section, label, place-line, title, json-ld, prose (the job's place), company or
    # home (where the candidate must live);
    # "mode" marks a location value that names only a work mode ("In person"): never returned

    @property
    def is_statement(self) -> bool:
        """A statement made for the purpose (a field, section, label, place line or JSON-LD), not prose."""
        return self.how not in ("prose", "company", "home")


@dataclass(frozen=True, kw_only=True)
class WorkMode(Fact):
    mode: str  # one of MODES
    text: str


# Work-mode words in a location statement or a title, in the six languages.
_MODE_WORDS = (
    ("hybrid", re.compile(r"\b(?:hybrid|hybride|h[íi]brid[oa])\b", re.I)),
    (
        "remote",
        re.compile(
            r"\b(?:remote(?:ly)?|telecommut\w*|work(?:ing)? from home|wfh|anywhere|remot[oa]|"
            r"t[ée]l[ée]travail|teletrabajo|[àa] distance|a distancia|thuiswerken)\b",
            re.I,
        ),
    ),
    (
        "onsite",
        re.compile(
            r"\b(?:on-?site|in[- ]office|in[- ]person|office-based|presencial|pr[ée]sentiel|"
            r"sur site|vor Ort|op kantoor|op locatie)\b",
            re.I,
        ),
    ),
)
# A bullet or line that says nothing but the work mode ("* Work from home.", "Remote", "100%
# télétravail"): a perk of an office job comes with a limit ("Work from home on Fridays").
_MODE_LINE = re.compile(
    r"^\W*((?:work(?:ing)? from home|remote(?: work(?:ing)?)?|(?:fully|100%) remote|"
    r"(?:100% )?t[ée]l[ée]travail|teletrabajo|(?:100% )?remot[oa]|thuiswerken|trabajo remoto|trabalho remoto))"
    r"\W*$",
    re.I,
)
# Work mode in prose: the phrase must be about the job ("fully remote", "a hybrid role"); "you can
# work remotely" is as often a perk of an office job.
_MODE_PROSE = (
    (
        "hybrid",
        re.compile(
            r"\bhybrid (?:role|position|job|work(?:ing)?|model|schedule|arrangement|setup)\b"
            r"|\b(?:this|the) (?:role|position|job) is hybrid\b"
            r"|\b(?:modelo|regime|modalidade|modalidad|formato|trabajo|trabalho) h[íi]brid[oa]\b"
            r"|\bhybrides? Arbeit\w*|\bhybride? (?:werken|functie)\b|\bposte (?:en )?hybride\b",
            re.I,
        ),
    ),
    (
        "remote",
        re.compile(
            r"\b(?:fully|100%|completely|entirely|largely|mostly|mainly|primarily|predominantly) remote(?:ly)?\b"
            r"|\bremote[- ](?:first|only)\b"
            # "The position can (depending on where you live) largely be remote / work from home"
            r"|\b(?:this|the) (?:role|position|job) (?:can|could|may|will)\b[^.;]{0,60}?\bbe "
            r"(?:largely |mostly |mainly |fully |entirely )?(?:remote(?:ly)?|done remotely|done from home)\b"
            r"|\bremote,? (?:(?:full|part)[- ]time,? )?(?:regular )?(?:employee )?(?:role|position|job|opportunity)\b"
            r"|\b(?:this|the) (?:role|position|job) is "
            r"(?:fully )?remote\b|\b(?:100%|totalmente|completamente) remot[oa]\b"
            r"|\b(?:vaga|trabalho|trabajo|modalidade|modalidad|regime) (?:100% )?remot[oa]\b"
            # Catalan: "treballar en remot", "treballem 100% en remot", "feina en remot"
            r"|\b(?:treballar|treballem|treball|feina|modalitat) (?:100% )?en remot\b"
            r"|\b(?:100%|full|en) t[ée]l[ée]travail\b|\b(?:volledig|vollständig|komplett) remote\b"
            # the whole company works remotely: "We're all remote", "an all-remote team"
            r"|\bwe(?:'re| are) (?:an? )?(?:all|fully|100%)[- ]remote\b"
            r"|\ball[- ]remote (?:company|team|organi[sz]ation)\b"
            # open to people wherever they live: "open to applicants from any country"
            r"|\b(?:role|position|job|post|vacancy) is open to (?:applicants|candidates|people) (?:from|in|based in) "
            r"(?:any|every) (?:country|location|time ?zone)\b"
            r"|\b(?:work|apply) from anywhere in the world\b"
            r"|\b(?:can|may|could|will be able to) (?:live|be based|work)(?: from)? anywhere\b"
            r"|\bremote work(?:ing)? is the (?:standard|norm|default)\b"
            # said of the job, not offered as a perk: "You will work remotely and use ...",
            # "You will primarily use asynchronous channels to work remotely with ..."
            r"|\byou(?:['’]ll| will)(?! be able| have the)(?: \w+){0,6}? work(?:ing)? remotely\b"
            r"(?! (?:\w+ ){0,3}(?:days?|weeks?|times?|occasionally|sometimes|part))",
            re.I,
        ),
    ),
    (
        "onsite",
        re.compile(
            r"\b(?:on-?site|in[- ]office|in[- ]person) (?:role|position|job)\b|\b(?:this|the) "
            r"(?:role|position|job) is (?:fully )?(?:on-?site|in[- ]office|in[- ]person)\b"
            r"|\b(?:vaga|trabalho|trabajo|modalidade|modalidad|regime) presencial\b"
            r"|\b(?:100%|en) pr[ée]sentiel\b",
            re.I,
        ),
    ),
)


# A location value that names no place, only how the work is done ("In person", "On-site",
# "Presencial"): it gives the work mode, not a location. "Remote" stays a location statement
# (where the work happens: anywhere), as job boards use it.
_MODE_ONLY = re.compile(
    r"^\W*(?:(?:en|100%|fully|full|100 %)\s+)?"
    r"(?:in[- ]person|on[- ]?site|in[- ]office|office[- ]based|hybrid|hybride|hibrido|híbrido|presencial|"
    r"présentiel|sur site|vor ort|op locatie|en persona|in persona)(?:\s+(?:work|role|position|job))?\W*$",
    re.I,
)


def _names_a_place(text: str) -> bool:
    return not _MODE_ONLY.match(text)


def _meta_locations(doc: Document) -> list[LocationFact]:
    """Location fields: the English keys, and every front-matter key the section vocabulary reads
    as a location in any language ("locatie", "standort", "lieu_de_travail")."""
    out = []
    keys = list(_LOCATION_KEYS) + [
        s.heading.field
        for s in doc.sections
        if s.origin == "front-matter" and s.kind == "location" and s.heading is not None and s.heading.field
    ]
    for key in dict.fromkeys(keys):
        value = doc.meta.get(key)
        if isinstance(value, dict):  # location: {city: Leeds, country: UK}
            value = ", ".join(str(v) for v in value.values() if isinstance(v, (str, int)) and str(v).strip())
        values = (
            [value]
            if isinstance(value, str)
            else [str(v) for v in value if isinstance(v, (str, int, float))]
            if isinstance(value, list)
            else []
        )
        for text in values:
            if text.strip():
                out.append(
                    LocationFact(
                        text=text.strip(),
                        how="field" if _names_a_place(text) else "mode",
                        span=meta_span(doc, key),
                        origin="front-matter",
                        field=key,
                    )
                )
    return out


def _body_locations(doc: Document) -> list[LocationFact]:
    out = []
    for block in doc.blocks:
        if (
            block.text
            and block.origin == "front-matter"
            and len(block.text.split()) <= _MAX_FIELD_PLACE_WORDS
            and not (block.section is not None and block.section.kind == "location")  # read as a field
        ):
            # description = "£50,000 - £60,000 | Belfast, Northern Ireland": a short field that is
            # only details, one of them a place
            out.extend(_place_lines(doc, block))
        if not block.text or block.origin == "front-matter":
            continue
        text = block.text
        lead = len(text) - len(text.lstrip())
        if not text.strip():
            continue
        mark = min((i for i in (text.find(m) for m in _PLACE_MARKS) if i >= 0), default=-1)
        if block.section is not None and block.section.kind == "location" and not block.is_heading:
            label = None if block.label else label_of(text)  # a run-in "Arbeitsort: Berlin"
            if label is not None:
                lead = text.index(":", len(label)) + 1
                lead += len(text[lead:]) - len(text[lead:].lstrip())
            if lead < len(text.rstrip()):
                how = "section" if _names_a_place(text[lead:]) else "mode"
                out.append(LocationFact(text=text[lead:].strip(), how=how, **in_block(block, lead, len(text.rstrip()))))
        elif mark >= 0 and (mark == lead or text.lstrip().startswith(_MONEY_MARK)):
            # "🌎 Remote", also after the pay on one line: "💰 $40/hr 🌎 United States (Remote)".
            end = text.find(_MONEY_MARK, mark)
            end = len(text.rstrip()) if end < 0 else len(text[:end].rstrip())
            out.append(LocationFact(text=text[mark:end].strip(), how="place-line", **in_block(block, mark, end)))
        else:
            labelled = _LOCATION_LABEL.match(text)
            end = len(text.rstrip())
            if labelled and 0 < end - labelled.end() <= 200:
                if re.search(r"[a-zà-ÿ]{2}\.$", text[:end]):  # "Berlin, Allemagne." (not "D.C.")
                    end -= 1
                out.append(
                    LocationFact(
                        text=text[labelled.end() : end].strip(),
                        how="label" if _names_a_place(text[labelled.end() :]) else "mode",
                        **in_block(block, labelled.end(), end),
                    )
                )
            else:
                out.extend(_place_lines(doc, block))
    return out


_MAX_FIELD_PLACE_WORDS = 12
_DETAIL_SEPARATOR = re.compile(r"\s+[|·•]\s+")  # "£50,000 - £60,000 | Belfast, Northern Ireland"


def _place_lines(doc: Document, block) -> list[LocationFact]:
    """Lines of a block, or parts of a line of details, that are only a place with its region
    ("Campinas/SP", "Iowa City, IA", "Belfast, Northern Ireland")."""
    if doc.title is not None and doc.title.block is block:
        return []
    regex = _vocabulary().place_line
    out = []
    for start, end in text_lines(doc, block):
        separators = list(_DETAIL_SEPARATOR.finditer(block.text, start, end))
        cuts = [start] + [m.end() for m in separators]
        ends = [m.start() for m in separators] + [end]
        for at, stop in zip(cuts, ends, strict=True):
            part = block.text[at:stop]
            at += len(part) - len(re.sub(r"^[\W_]+", "", part))  # bullets, emoji
            m = regex.fullmatch(block.text, at, stop)
            if m:
                place = m.group(0).rstrip(". ")
                out.append(LocationFact(text=place, how="place-line", **in_block(block, at, at + len(place))))
    return out


def _address_text(place: object) -> str:
    address = first(place.get("address")) if isinstance(place, dict) else None
    if isinstance(address, str):
        return address.strip()
    if not isinstance(address, dict):
        return ""
    country = address.get("addressCountry")
    if isinstance(country, dict):
        country = country.get("name")
    parts = [address.get(k) for k in ("streetAddress", "addressLocality", "addressRegion", "postalCode")] + [country]
    return ", ".join(str(p).strip() for p in parts if isinstance(p, (str, int)) and str(p).strip())


def _structured(doc: Document) -> tuple[list[LocationFact], list[WorkMode]]:
    places, modes = [], []
    for posting, block in structured_postings(doc):
        locations = posting.get("jobLocation")
        for place in locations if isinstance(locations, list) else [locations]:
            text = _address_text(place)
            if text:
                places.append(
                    LocationFact(
                        text=text,
                        how="json-ld",
                        span=property_span(doc, block, "jobLocation"),
                        origin="json-ld",
                        field="jobLocation",
                    )
                )
        if str(posting.get("jobLocationType") or "").upper() == "TELECOMMUTE":
            modes.append(
                WorkMode(
                    mode="remote",
                    text="TELECOMMUTE",
                    span=property_span(doc, block, "jobLocationType"),
                    origin="json-ld",
                    field="jobLocationType",
                )
            )
    return places, modes


# More places after the first: "Viamão, Porto Alegre ou Gravataí", "Leeds or Bradford".
_ONE_OF_PLACES = re.compile(r"\s*(?:,|/|\b(?:or|ou|o|y|e|und|oder|et|of|en)\b)\s*[A-ZÀ-ÖØ-Þ]")


# German capitalises every noun: "in Waidhofen Verstärkung" names Waidhofen. Its places of two words
# or more start with one of these or join their words ("Frankfurt am Main").
_GERMAN_PLACE_HEADS = frozenset("Bad Sankt St. Neu Alt Groß Klein Hohen Ober Unter Nieder Markt Schwäbisch".split())
_GERMAN_JOINS = frozenset("am an der im in ob auf bei vor".split())


def _german_place(place: str, doc: Document) -> str:
    """The place a German posting names, without the nouns that follow it."""
    words = place.split()
    if len(words) < 2 or doc.language is None or doc.language.code != "de":
        return place
    if words[0] in _GERMAN_PLACE_HEADS or words[1] in _GERMAN_JOINS:
        return place
    return words[0]


def _prose_locations(doc: Document, how: str) -> list[LocationFact]:
    """Places prose names for the job (``how="prose"``), for the company (``how="company"``) or
    for the candidate's home (``how="home"``); the first two never take a place the candidate
    must live in."""
    vocab = _vocabulary()
    patterns = {"prose": vocab.job, "company": vocab.company, "home": vocab.home}[how]
    out: list[LocationFact] = []
    seen: set[tuple[int, int]] = set()  # (block, source offset) of the places found
    everywhere = prefilter.joined(prose(doc))
    patterns = tuple(regex for regex in patterns if prefilter.of(regex).may_match(everywhere))
    for block in prose(doc) if patterns else ():
        text = block.text
        for regex in patterns:
            if not prefilter.of(regex).may_match(block.folded):
                continue
            for m in regex.finditer(text):
                before = re.split(r"[.;!?]\s", text[max(0, m.start() - 40) : m.start()])[-1]
                if how != "home" and any(r.search(before) for r in vocab.residence):
                    continue
                if how == "home" and _ONE_OF_PLACES.match(text, m.end()):
                    continue  # "Residir em Viamão, Porto Alegre ou Gravataí": an area, not a place
                place = _german_place(m.group("place").rstrip(",.- "), doc)
                start = m.start("place")
                key = (id(block), block.source_span(start, start + 1).start)
                if key in seen:
                    continue  # two phrases naming the same place
                seen.add(key)
                out.append(LocationFact(text=place, how=how, **in_block(block, start, start + len(place))))
    out.sort(key=lambda f: f.span.start if f.span else 0)
    return out


# "Developer bij GRRR (Amsterdam)", "Nurse at St Mary's (Leeds)": a place in brackets after the
# employer at the end of a title.
_TITLE_PLACE = re.compile(rf"\s(?:at|bij|chez|bei|em|en|@)\s+[^()]+?\s*\((?P<place>{_NAME}(?:\s*,\s*{_NAME})?)\)\s*$")


def _in_title(doc: Document, title: Title, start: int, end: int) -> dict[str, Any]:
    """Where ``title.text[start:end]`` sits: in the title's block, or found in the title's span
    when the title was read from elsewhere (a page title, a label)."""
    block = title.block
    if block is not None and block.text == title.text:
        return in_block(block, start, end)
    text = title.text[start:end]
    at = doc.source.find(text, title.span.start, title.span.end)
    return {"span": Span(at, at + len(text)) if at >= 0 else title.span}


def _title_place(doc: Document) -> list[LocationFact]:
    title = doc.title
    if title is None or not title.text:
        return []
    m = _TITLE_PLACE.search(title.text)
    if m is None or _MODE_ONLY.match(m.group("place")) or any(r.search(m.group("place")) for _, r in _MODE_WORDS):
        return []
    return [LocationFact(text=m.group("place"), how="title", **_in_title(doc, title, m.start("place"), m.end("place")))]


def _mode_in(loc: LocationFact, doc: Document) -> WorkMode | None:
    """The work mode a location statement names ("Remote (US)", "Presencial: Porto Alegre")."""
    # A label line's label can be the mode ("Presencial:"): read the whole line.
    text = loc.block.text if loc.how == "label" and loc.block is not None else loc.text
    for mode, regex in _MODE_WORDS:
        m = regex.search(text)
        if m:
            span = loc.span
            if loc.block is not None:
                at = loc.block.text.find(m.group(0))
                if at >= 0:
                    span = loc.block.source_span(at, at + len(m.group(0)))
            elif loc.origin == "front-matter" and span is not None and span.end > span.start:
                at = doc.source.find(m.group(0), span.start, span.end)
                span = Span(at, at + len(m.group(0))) if at >= 0 else span
            return WorkMode(mode=mode, text=m.group(0), span=span, origin=loc.origin, field=loc.field, block=loc.block)
    return None


def _title_mode(doc: Document) -> WorkMode | None:
    """ "Remote Intern", "Designer (Hybrid)": a title that names the work mode."""
    title = doc.title
    if title is None or not title.text:
        return None
    for mode, regex in _MODE_WORDS:
        m = regex.search(title.text)
        if m and m.group(0).lower() != "anywhere":
            return WorkMode(mode=mode, text=m.group(0), **_in_title(doc, title, m.start(), m.end()))
    return None


def read(doc: Document) -> tuple[list[LocationFact], WorkMode | None]:
    """Location statements (fields, sections, labels, place lines, JSON-LD), then places named
    in prose for the job (or, when none, for the company, else the candidate's home), and the
    work mode: from the location statements first, else JSON-LD, the title, then prose about the
    job."""
    statements = _meta_locations(doc) + _body_locations(doc) + _title_place(doc)
    modes_only = [loc for loc in statements if loc.how == "mode"]  # "Work location: In person"
    statements = [loc for loc in statements if loc.how != "mode"]
    structured, structured_modes = _structured(doc)
    named = _prose_locations(doc, "prose")
    if not (statements or structured or named):
        named = _prose_locations(doc, "company") or _prose_locations(doc, "home")
    locations = statements + structured + named
    for loc in statements + structured + modes_only:
        mode = _mode_in(loc, doc)
        if mode is not None:
            return locations, mode
    if structured_modes:
        return locations, structured_modes[0]
    mode = _title_mode(doc)
    if mode is not None:
        return locations, mode
    for block in prose(doc):
        for mode_name, regex in _MODE_PROSE:
            m = regex.search(block.text) if prefilter.of(regex).may_match(block.folded) else None
            if m:
                return locations, WorkMode(mode=mode_name, text=m.group(0), **in_block(block, m.start(), m.end()))
        m = _MODE_LINE.match(block.text)
        if m:
            return locations, WorkMode(mode="remote", text=m.group(1), **in_block(block, m.start(1), m.end(1)))
    return locations, None
