"""Find the title and group blocks into sections (summary, responsibilities, requirements, ...).

Headings decide first, using the vocabulary in ``rules/sections.yaml``; where headings are
missing or unknown the content decides (bullets that start with action verbs read as duties,
"N+ years" and degrees as requirements, insurance and PTO as benefits).
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import pairwise
from typing import Any

import yaml

from . import prefilter, yamlutil
from .errors import RuleError
from .model import UNSPACED, Block, Document, Intervals, Section, Span, Title, newline_gaps
from .prefilter import fold
from .readers import frontmatter
from .readers.align import align
from .readers.frontmatter import field_key
from .resources import rules_root

_TITLE_LABELS = {
    "title",
    "job title",
    "post title",
    "position title",
    "role title",
    "position",
    "job",
    "vacancy",
    "role",
    # German, French, Dutch, Portuguese, Spanish
    "stellenbezeichnung",
    "stellentitel",
    "intitulé du poste",
    "titre du poste",
    "functietitel",
    "functienaam",
    "título da vaga",
    "cargo",
    "título del puesto",
    "puesto",
}
_MAX_KEYWORD_HEADING_WORDS = 8
_MAX_LABEL_WORDS = 12
_MAX_HEADING_WORDS = 25  # a longer "heading" is prose in a heading element
_CONNECTORS = ("at ", "in ", "for ", "with ", "on ", "within ", "as ")
# "Working at Acme", "Developen bij GRRR", "Arbeiten bei X", "Travailler chez X", "Trabalhar na X":
# an activity word, "at" in some language, then a name.
_ACTIVITY_AT = re.compile(
    r"^(?:(?:[\w-]+\s+)?[\w-]+(?:ing|en|er|ar|ir)\s+(?:at|bij|bei|chez|na|no|en)"
    r"|(?i:working|work|volunteering|arbeiten|travailler|trabalhar|trabajar)\s+(?:for|für|pour|para))\s+(?:the\s+)?"
    r"(?:[A-Z0-9][\w&.'’-]*)(?:\s+[A-Z0-9][\w&.'’-]*){0,3}\W*$"
)

# "What the administrative employee does", "What a product designer will do": the role's duties
# (not "What the company does", which is about the employer).
_ROLE_DOES = re.compile(
    r"^what (?:the|a|an|this|our|your) (?!(?:company|organi[sz]ation|team|foundation|we)\b)[\w' -]{2,60} "
    r"(?:does|will do|will be doing|would do)$"
)

# A heading that names the whole document ("Job Description & Person Specification"), not a part.
_DOCUMENT_HEADING = re.compile(
    r"\b(?:job description|person specification|job profile|role profile|stellenbeschreibung|fiche de poste|"
    r"functieomschrijving|descri[çc][ãa]o (?:da vaga|do cargo)|descripci[óo]n del puesto)\b",
    re.I,
)

# "Other job expectations and details", "Further information", "Additional notes": a heading
# for whatever is left, whatever else its words name.
_MISCELLANEOUS = re.compile(
    r"^(?:other|additional|further|more|miscellaneous|general)\b.{0,60}?\b"
    r"(?:details|information|info|notes|remarks|particulars|matters)$"
)

# A heading that says its list is optional, whatever else it names ("About you: useful but not
# required", "Kein Muss, aber ein Plus").
_NOT_REQUIRED = re.compile(
    r"\b(?:not (?:required|essential|mandatory|a must)|kein muss|nicht erforderlich|pas obligatoire|"
    r"facultati(?:f|ve)|niet verplicht|no (?:es )?obligatori[oa]|não (?:é )?obrigatóri[oa]|"
    r"non (?:obbligatori[oae]?|richiest[oaie]|necessari[oae]?))\b"
    # "Skills that would be a plus", "compétences qui seraient des atouts", "die von Vorteil wären"
    r"|\b(?:would be|are|is|seraient|serait|sont|wären|ist|zijn|seriam|serían)\s+"
    r"(?:an? |des |un |une |ein |een |um |uma )?(?:(?:big|real|added|great|definite|gros|grand|echtes?)\s+)?"
    r"(?:plus|pluses|asset|assets|bonus|advantage|atouts?|vorteil|von vorteil|pluspunt|pré|diferencial|diferenciais|"
    r"ventaja)$"
)


# A word typed twice ("be be"), and the end of a clause inside a heading ("Sold? Apply now").
_LEADING_ARTICLE = re.compile(r"^(?:(?:the|le|la|les|der|die|das|de|het|el|los|las|o|os|as|il|lo|gli|i|els) |l')")
_REPEATED_WORD = re.compile(r"\b(\w+) \1\b")
_CLAUSE_BREAK = re.compile(r"[?!.]\s+")


_ENDINGS = r"(?:e|es|ne|nes|rice|rices|euse|euses|ère|ères)"
_INCLUSIVE_ENDING = re.compile(rf"(?<=[a-zà-ÿ]{{3}})(?:\((?:{_ENDINGS}|s|le|les)\)|[·•.]{_ENDINGS}\b)")


def normalize_heading(text: str) -> str:
    """Lower-case heading text without markup, emoji, numbering or punctuation around it.

    Letters keep their accents ("Benefícios" -> "benefícios"), inverted marks go ("¿Qué harás?"
    -> "qué harás"), apostrophes and hyphens inside words stay ("Qui êtes-vous ?" -> "qui
    êtes-vous", "L’entreprise" -> "l'entreprise")."""
    text = unicodedata.normalize("NFKC", text).lower()
    # French inclusive writing: "candidat(e)", "conseiller·ère", "recruteur.euse" -> the first form
    text = _INCLUSIVE_ENDING.sub("", text)
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("`", "'").replace("&", " and ")
    text = "".join(ch if (ch.isalnum() or ch in " '-/+#") else " " for ch in text)
    # "1. Build ...", "#2 ..."; no two space runs side by side, which backtrack quadratically
    text = re.sub(r"^\s*(?:#\s*)?\d+(?:\s*[.):-])?\s+", "", text)
    text = re.sub(r"\s+", " ", text).strip(" -/'#")
    return text


def _spellings(text: str) -> list[str]:
    """A normalised phrase and, when it has accents, its accent-free spelling ("salário",
    "salario"): postings typed without accents still match."""
    folded = "".join(ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch))
    return [text] if folded == text else [text, unicodedata.normalize("NFC", folded)]


def _read_vocabulary(path) -> dict[str, Any]:
    try:
        data = yamlutil.load_data(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise RuleError(f"cannot read the section vocabulary: {exc}", path=str(path)) from None
    if not isinstance(data, dict):
        raise RuleError("a section vocabulary is a mapping with 'kinds', 'front_matter' and 'cues'", path=str(path))
    return data


@dataclass
class Vocabulary:
    headings: dict[str, str]
    prefixes: list[tuple[str, str]]  # (phrase, kind), longest first
    starts: list[tuple[str, str]]  # (phrase, kind): a heading starting with it, however long
    keywords: list[tuple[re.Pattern[str], str, int]]
    fm_title: list[str]
    fm_role: list[str]
    fm_fields: dict[str, str]
    requirement_cues: list[re.Pattern[str]]
    benefit_cues: list[re.Pattern[str]]
    eeo_cues: list[re.Pattern[str]]
    verbs: frozenset[str]
    apply_cues: list[re.Pattern[str]] = field(default_factory=list)
    eligibility_cues: list[re.Pattern[str]] = field(default_factory=list)
    subjects: frozenset[str] = frozenset()  # words before a duty verb: "Du entwickelst", "Vous gérez"
    nouns: frozenset[str] = frozenset()  # nouns of action that open a duty: "Atendimento de clientes"
    job_words: frozenset[str] = frozenset()  # words that name a job, for finding an unmarked title
    job_suffixes: tuple[str, ...] = ()
    either: dict[str, tuple[str, ...]] = field(default_factory=dict)  # heading -> the kinds it may name

    @classmethod
    def load(cls, extra_headings: dict[str, Iterable[str]] | None = None) -> Vocabulary:
        """The English vocabulary (``rules/sections.yaml``) merged with every language file
        (``rules/sections/*.yaml``): headings in any of them are recognised in every posting."""
        root = rules_root()
        data = _read_vocabulary(root / "sections.yaml")
        languages = [_read_vocabulary(path) for path in sorted((root / "sections").glob("*.yaml"))]
        order = list(data["kinds"])
        headings: dict[str, str] = {}
        keywords = []
        starts: list[tuple[str, str]] = []
        for part in [data] + languages:
            for kind, spec in (part.get("kinds") or {}).items():
                if kind not in order:
                    raise RuleError(f"unknown section kind {kind!r} in the section vocabulary")
                priority = order.index(kind)
                starts.extend((normalize_heading(p), kind) for p in spec.get("starts_with") or [])
                phrases = list(spec.get("headings") or [])
                if part is data:
                    phrases += list((extra_headings or {}).get(kind, []))
                for phrase in phrases:
                    for text in _spellings(normalize_heading(phrase)):
                        headings.setdefault(text, kind)
                for word in spec.get("keywords") or []:
                    # "postul*": a stem, any ending ("postularte", "postulación")
                    stem = word.endswith("*")
                    for text in _spellings(normalize_heading(word.rstrip("*"))):
                        ending = r"\w*(?![\w'])" if stem else r"(?![\w'])"
                        keywords.append((re.compile(r"(?<![\w'])" + re.escape(text) + ending), kind, priority))
        either: dict[str, tuple[str, ...]] = {}
        for part in [data] + languages:
            for names, phrases in (part.get("either") or {}).items():
                kinds = tuple(names.split("|"))
                if any(k not in order for k in kinds):
                    raise RuleError(f"unknown section kind in {names!r} in the section vocabulary")
                for phrase in phrases:
                    for text in _spellings(normalize_heading(phrase)):
                        either.setdefault(text, kinds)
                        headings.setdefault(text, kinds[0])
        fm = {
            key: [k for part in [data] + languages for k in (part.get("front_matter") or {}).get(key) or []]
            for key in ("title", "role")
        }
        fm_fields: dict[str, str] = {}
        for part in [data] + languages:  # the first file that names a key decides its kind
            for kind, keys in ((part.get("front_matter") or {}).get("fields") or {}).items():
                for key in keys:
                    fm_fields.setdefault(field_key(key), kind)
        cues = [part.get("cues") or {} for part in [data] + languages]

        def cue_list(kind: str) -> list[re.Pattern[str]]:
            return [re.compile(p, re.I) for c in cues for p in c.get(kind) or []]

        return cls(
            headings=headings,
            prefixes=sorted(headings.items(), key=lambda kv: -len(kv[0])),
            starts=sorted(starts, key=lambda kv: -len(kv[0])),
            keywords=keywords,
            fm_title=list(dict.fromkeys(fm["title"])),
            fm_role=list(dict.fromkeys(fm["role"])),
            fm_fields=fm_fields,
            requirement_cues=cue_list("requirements"),
            benefit_cues=cue_list("benefits"),
            eeo_cues=cue_list("equal-opportunity"),
            apply_cues=cue_list("how-to-apply"),
            eligibility_cues=cue_list("eligibility"),
            verbs=frozenset(
                v
                for c in cues
                for key in ("verbs", "esco_verbs")
                for v in (c.get("responsibilities") or {}).get(key) or []
            ),
            subjects=frozenset(v for c in cues for v in (c.get("responsibilities") or {}).get("subjects") or []),
            nouns=frozenset(v for c in cues for v in (c.get("responsibilities") or {}).get("nouns") or []),
            job_words=frozenset(
                w.casefold() for part in [data] + languages for w in (part.get("job_titles") or {}).get("words") or []
            ),
            either=either,
            job_suffixes=tuple(
                x.casefold()
                for part in [data] + languages
                for x in (part.get("job_titles") or {}).get("suffixes") or []
            ),
        )

    def classify(
        self, heading: str, *, loose: bool = True, keyword_words: int = _MAX_KEYWORD_HEADING_WORDS
    ) -> str | None:
        """The section kind a heading names, or None when it is not recognised. ``loose=False``
        accepts only listed headings, not keywords (a title may mention "experience");
        ``keyword_words`` is the longest heading keywords may name (a heading in markup may be
        longer than a label line)."""
        text = _REPEATED_WORD.sub(r"\1", normalize_heading(heading))  # "What you'll be be doing"
        if not text:
            return None
        if text in self.headings:
            return self.headings[text]
        if _CLAUSE_BREAK.search(heading):  # "Sold? Apply now": the last clause names it
            last = normalize_heading(_CLAUSE_BREAK.split(heading)[-1])
            if last in self.headings:
                return self.headings[last]
        if text.endswith("'s") and text[:-2] in self.headings:
            return self.headings[text[:-2]]  # "Pre's", "Must-have's": a plural with an apostrophe
        bare = _LEADING_ARTICLE.sub("", text)
        if bare != text and bare in self.headings:
            return self.headings[bare]  # "Les missions principales", "Die Aufgaben", "The benefits"
        if not loose:
            return None
        first = text.split(" ", 1)[0]  # a phrase that starts the text starts with its first word
        for phrase, kind in self._prefixes_by_word.get(first, ()):
            if text.startswith(phrase + " ") and text[len(phrase) + 1 :].startswith(_CONNECTORS):
                return kind
        for phrase, kind in self._starts_by_word.get(first, ()):
            if text == phrase or text.startswith(phrase + " "):
                return kind
        if len(text.split()) > keyword_words:
            return None
        if _ROLE_DOES.match(text):
            return "responsibilities"
        if _MISCELLANEOUS.match(text):
            return "other"
        if _NOT_REQUIRED.search(text):
            return "nice-to-have"  # "About you - other expertise that will be useful but not required"
        if text.startswith("about ") and len(text.split()) <= 6:
            return "about-company"  # "About Acme", "About the Canadian Digital Service"
        if _DISCIPLINE.match(text):
            return None  # "User Experience": the name of a field of work, not "experience" asked for
        named = self.keyword_kinds(text)
        if named:
            return named[0]
        if _ACTIVITY_AT.match(unicodedata.normalize("NFKC", heading).strip(" #*_")):
            return "about-company"  # "Working at Acme", "Werken bij GRRR", "Travailler chez X"
        return None

    @cached_property
    def _unspaced_verbs(self) -> tuple[str, ...]:
        """Duty verbs of languages written without spaces, read at the end of an item."""
        return tuple(v for v in self.verbs if UNSPACED.search(v))

    @cached_property
    def _prefixes_by_word(self) -> dict[str, list[tuple[str, str]]]:
        """``prefixes`` by their first word, each list in the order of ``prefixes``."""
        return _by_first_word(self.prefixes)

    @cached_property
    def _starts_by_word(self) -> dict[str, list[tuple[str, str]]]:
        return _by_first_word(self.starts)

    def keyword_kinds(self, text: str) -> list[str]:
        """The kinds whose keywords a normalised heading contains, the first found first (on a
        tie, the kind listed first): "Skills and responsibilities" names two."""
        cache = self.__dict__.setdefault("_keyword_cache", {})
        if text not in cache:
            if len(cache) > _KEYWORD_CACHE_SIZE:  # a long batch run: keep memory bounded
                cache.clear()
            cache[text] = self._keyword_kinds(text)
        return list(cache[text])

    def _keyword_kinds(self, text: str) -> list[str]:
        found: dict[str, tuple[int, int]] = {}
        folded = fold(text)
        for pattern, kind, priority in self.keywords:
            m = prefilter.search(pattern, text, folded)
            if m and (kind not in found or (m.start(), priority) < found[kind]):
                found[kind] = (m.start(), priority)
        return sorted(found, key=found.__getitem__)

    def field_kind(self, key: str) -> str | None:
        """The section kind a front-matter key holds, or None for metadata. Keys compare loosely:
        a sort prefix ("b_benefits", "aa_degrees_required") or extra words ("job_description",
        "salary_text") still name their kind when one word of the key is a known field."""
        name = field_key(key)
        if name in self.fm_fields:
            return self.fm_fields[name]
        stripped = re.sub(r"^[a-z]{1,2}_", "", name)
        if stripped in self.fm_fields:
            return self.fm_fields[stripped]
        if re.search(
            r"(?:^|_)(?:url|link|href|id|date|image|thumbnail|logo|slug|layout|permalink|separator|length|format)s?$",
            name,
        ):
            # An address, an identifier or a setting ("excerpt_separator: <!--more-->"), whatever
            # the rest of the key says.
            return None
        for word in reversed(stripped.split("_")):
            if word in self.fm_fields and len(word) > 3:
                return self.fm_fields[word]
        return None

    def item_kind(self, text: str) -> str | None:
        """What one list item reads as: requirements, benefits, responsibilities or None."""
        stripped = text.strip()
        folded = fold(stripped)
        if any(prefilter.search(p, stripped, folded) for p in self.benefit_cues):
            return "benefits"
        if any(prefilter.search(p, stripped, folded) for p in self.requirement_cues):
            return "requirements"
        lead = re.match(r"[^\W\d_]+(?:\s+[^\W\d_]+){0,2}", stripped.lower())  # the item's first words
        words = lead.group(0).split() if lead else []
        while len(words) > 1 and words[0] in self.subjects:  # "Du entwickelst", "Você irá atuar"
            words.pop(0)
        if words and _verb_base(words[0], self.verbs):
            return "responsibilities"
        if _verb_last(stripped, self.verbs):
            return "responsibilities"  # "Nieuwe functionaliteiten bouwen.", "Kunden beraten"
        if self._unspaced_verbs and stripped.rstrip("。．.!！ ").endswith(self._unspaced_verbs):
            return "responsibilities"  # Japanese puts the verb last: "代理店が使うAPIを設計する"
        if words and (words[0] in self.nouns or words[0].rstrip("s") in self.nouns):
            # "Integration experience", "Evaluation skills": the noun names what is asked for.
            if len(words) < 2 or words[1] not in _ASKED_NOUNS:
                return "responsibilities"
        if any(w.endswith("ung") and (w in self.verbs or w in self.nouns) for w in words[1:]):
            return "responsibilities"  # "Eigenständige rechtliche Betreuung ...": adjectives before the noun
        if self._duty_beside_subject(stripped):
            return "responsibilities"
        return None

    def second_person_duty(self, sentence: str) -> bool:
        """A sentence that speaks to the candidate ("du", "je", "vous", "você") and names a duty
        verb anywhere in it ("Du arbeitest von Anfang an an Kundenprojekten", "Dabei lernst du,
        Lösungen zu erarbeiten"): duties written as prose in languages other than English, whose
        "you will" the English cues read. Capitalised words are German nouns, not verbs."""
        words = _WORD.findall(sentence)
        if not any(_subject(w, self.subjects) for w in words):
            return False
        return any(w[0].islower() and w not in self.subjects and _verb_base(w, self.verbs) for w in words)

    def _duty_beside_subject(self, text: str) -> bool:
        """A duty verb next to "you" further into the item: German and Dutch put the verb before
        the subject after an opening phrase ("Außerdem betreust du ...", "Daarnaast ontwikkel je
        ..."), a clause may start mid-item ("..., d. h. du koordinierst die Reinigung"), and a
        second verb may carry the duty ("Du lernst ... und unterstützt bei der Auswertung")."""
        words = _WORD.findall(text)
        for i, word in enumerate(words[1:], 1):
            if not _subject(word, self.subjects):
                continue
            near = [words[i - 1].lower()] + ([words[i + 1].lower()] if i + 1 < len(words) else [])
            if any(_verb_base(w, self.verbs) for w in near):
                return True
        if words and words[0].lower() in self.subjects:
            return any(
                w.lower() in _AND and _verb_base(nxt.lower(), self.verbs)
                for w, nxt in zip(words[2:], words[3:], strict=False)
            )
        return False


_WORD = re.compile(r"[^\W\d_]+")


def _subject(word: str, subjects: frozenset[str]) -> bool:
    """``word`` is a second-person subject ("du", "je", "vous"; German "Sie" only capitalised,
    since "sie" is "they")."""
    folded = word.lower()
    return folded in subjects and (folded != "sie" or word == "Sie")


_AND = frozenset(("und", "and", "en", "et", "e", "y"))

# English verbs that end like a Dutch or German infinitive: never read at the end of an item.
_ENGLISH_VERBS_IN_EN = frozenset("listen strengthen broaden sharpen open deepen widen shorten tighten happen".split())
_LAST_WORD = re.compile(r"([^\W\d_]+)\W*$")


def _verb_last(text: str, verbs: frozenset[str]) -> bool:
    """Dutch and German duties put the infinitive last ("Onze infrastructuur onderhouden",
    "Software für Kunden entwickeln"): an item of two to twelve words ending in one."""
    m = _LAST_WORD.search(text)
    if m is None or not 2 <= len(text.split()) <= 12:
        return False
    word = m.group(1).lower()
    return word.endswith(("en", "ern", "eln")) and word in verbs and word not in _ENGLISH_VERBS_IN_EN


# Headings recur across postings ("Requirements", "What we offer"): their keyword reading is kept.
_KEYWORD_CACHE_SIZE = 20_000

# Words after a noun of action that make the item something asked of the candidate.
_ASKED_NOUNS = frozenset(
    "experience experiences skills skill knowledge background expertise ability abilities"
    " erfahrung erfahrungen kenntnisse kenntnis expérience expériences compétences ervaring kennis"
    " experiência experiencia conhecimento conocimiento conocimientos".split()
)


# "User experience", "Customer experience design": a field of work whose name holds a keyword.
_DISCIPLINE = re.compile(
    r"^(?:the )?(?:user|customer|guest|patient|client|employee|developer|candidate|visitor|member|donor|"
    r"student|digital)\s+experience(?:\s+(?:design|designer|designers|research|researcher|team|lead))?$"
)


def _by_first_word(pairs: list[tuple[str, str]]) -> dict[str, list[tuple[str, str]]]:
    out: dict[str, list[tuple[str, str]]] = {}
    for phrase, kind in pairs:
        out.setdefault(phrase.split(" ", 1)[0], []).append((phrase, kind))
    return out


@lru_cache(maxsize=1)
def default_vocabulary() -> Vocabulary:
    """The bundled vocabulary (for facts that classify content outside a configured run)."""
    return Vocabulary.load()


# Verb endings of the other vocabulary languages, back to the infinitive listed in the verbs:
# German and Dutch "entwickelst"/"ontwikkelt"/"ontwikkel", French "développez"/"développe",
# Portuguese and Spanish "desenvolve"/"desarrollarás"/"atuando".
_FOREIGN_ENDINGS = (
    ("st", "en"),
    ("st", "n"),
    ("est", "en"),
    ("t", "en"),
    ("t", "n"),
    ("et", "en"),
    ("", "en"),
    ("", "n"),
    ("", "r"),
    ("ez", "er"),
    ("ez", ""),
    ("ons", "er"),
    ("a", ""),
    ("as", ""),
    ("á", ""),
    ("ás", ""),
    ("ndo", "r"),
)


def _verb_base(word: str, verbs: frozenset[str]) -> bool:
    if word in verbs:
        return True
    for suffix, repl in (("ing", ""), ("ing", "e"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("d", "")):
        if word.endswith(suffix) and word[: -len(suffix)] + repl in verbs:
            return True
    if word.endswith("ing") and len(word) > 5 and word[-4] == word[-5]:  # "running" -> run
        return word[:-4] in verbs
    if len(word) < 4:
        return False
    return any(
        word.endswith(suffix) and word[: len(word) - len(suffix)] + repl in verbs for suffix, repl in _FOREIGN_ENDINGS
    )


@dataclass
class _Draft:
    section: Section
    known: bool  # kind came from a recognised heading or front-matter field
    parent: _Draft | None = None
    # "opening" (prose before any heading), "run-in" (a "Label: value" field) or "after-run-ins"
    # (what follows fields that is neither the opening nor the section they interrupted).
    role: str = ""
    # Kinds a heading names together ("Skills and responsibilities"): the content picks one.
    choices: tuple[str, ...] = ()


def build(doc: Document, vocab: Vocabulary) -> None:
    """Set ``doc.title`` and ``doc.sections`` and link every block to its section."""
    doc.blocks = split_label_lines(doc.blocks, doc.source, vocab)
    title_blocks = _find_title(doc, vocab)
    doc.title_blocks = sorted(title_blocks, key=lambda b: b.span.start)
    drafts: list[_Draft] = []
    stack: list[_Draft] = []
    current: _Draft | None = None
    resume: _Draft | None = None  # the section a run-in label interrupted
    nested_labels = _nested_list_labels(doc.blocks)
    # Paragraphs that are a link's text ("[Apply](...)", a button): never headings, and not prose.
    links = frozenset(id(b) for b in doc.blocks if b.kind == "paragraph" and _link_text(b, doc.source))
    conditional = _template_conditions(doc.source)
    for block in doc.blocks:
        if block in title_blocks and block.kind == "heading" and current is not None and current.role == "opening":
            if current.section.word_count < _MAX_WORDS_ABOVE_TITLE:
                # "Noch Student/in? Dann mal hier vorbeischauen" above "<h1>Computerlinguist</h1>":
                # a pointer or a date on the page, not the role's summary; the intro follows the title.
                current.section.kind, current.section.reason = "other", "position: a few words above the title"
                current = None
        if block in title_blocks or (block.origin == "body" and _is_notice(block)):
            continue
        if block.origin == "front-matter":
            if block.kind == "key":
                kind = vocab.field_kind(block.field or "") or "other"
                current = _Draft(
                    Section(kind, heading=block, origin="front-matter", reason=f"front-matter field '{block.field}'"),
                    known=True,
                )
                drafts.append(current)
            elif current is not None:
                sub = _field_subsection(block, current.section, vocab)
                if sub is not None:  # a field that holds a whole posting: its own headings count
                    current = _Draft(sub, known=True)
                    drafts.append(current)
                else:
                    current.section.blocks.append(block)
            continue
        # plain text, not a bold line, nor a link's text ("Apply" on a button)
        lead_in = block.kind == "paragraph" and id(block) not in links and _is_label(block, vocab)
        if not lead_in and block.kind == "paragraph" and current is not None and current.section.kind == "other":
            # "## Projects" then "Initially, you will work on at least two projects:": a lead-in
            # sentence too long for a label still says what the unknown heading's section holds.
            named = _lead_kind(block, vocab)
            if (
                _label_names_heading(named, current)
                and _lead_sentence(block.text) == block.text.strip()
                and label_of(block.text) is None  # "BASIC REQUIREMENTS: Have ...": a run-in label
            ):
                current.section.kind = named or current.section.kind
                current.section.reason += f", then lead-in '{block.text}'"
                current.choices = ()
                current.section.blocks.append(block)
                continue
        if lead_in and _lead_in_under_list_heading(vocab.classify(block.text), current):
            assert current is not None
            current.section.blocks.append(block)
            continue
        if lead_in:
            block.kind, block.level, block.implied_heading = "heading", 7, True
        elif block.kind == "heading" and len(block.text.split()) > _MAX_HEADING_WORDS:
            # Prose set in a heading element for its size (an <h4> holding the role's summary).
            block.kind, block.level, block.implied_heading = "paragraph", 0, False
        if block.kind == "heading":
            while stack and stack[-1].section.level >= block.level:
                stack.pop()
            parent = stack[-1] if stack else None
            heading_kind = vocab.classify(
                block.text, keyword_words=_MAX_KEYWORD_HEADING_WORDS if block.implied_heading else _MAX_LABEL_WORDS
            )
            if lead_in and _label_names_heading(heading_kind, current):
                # "## What's the job" then "Your daily tasks will include:": the heading only
                # says this is about the job; the label right under it says what the section holds.
                assert current is not None and heading_kind is not None
                current.section.kind = heading_kind
                current.section.reason += f", then label '{block.text}'"
                current.choices = ()
                block.kind, block.level, block.implied_heading = "paragraph", 0, False
                current.section.blocks.append(block)
                continue
            if heading_kind is not None:
                draft = _Draft(
                    Section(
                        heading_kind, heading=block, level=block.level, named=True, reason=f"heading '{block.text}'"
                    ),
                    known=True,
                    parent=parent,
                    choices=_choices(block.text, heading_kind, vocab),
                )
            elif (
                parent is not None
                and parent.section.kind != "other"
                # "## Job Description & Person Specification" over the whole posting, with nothing
                # of its own: its sub-headings are the posting's sections, not more summary.
                and not (
                    parent.section.kind == "summary"
                    and not parent.section.blocks
                    and _DOCUMENT_HEADING.search(parent.section.heading_text or "")
                )
            ):
                draft = _Draft(
                    Section(
                        parent.section.kind,
                        heading=block,
                        level=block.level,
                        reason=f"sub-heading of '{parent.section.heading_text}'",
                    ),
                    known=parent.known,  # "### Within 3 months, you will..." under "What to expect"
                    parent=parent,
                )
            else:
                draft = _Draft(
                    Section(
                        "other",
                        heading=block,
                        level=block.level,
                        reason=f"heading '{block.text}' not in the vocabulary",
                    ),
                    known=False,
                )
            drafts.append(draft)
            stack.append(draft)
            current = draft
            continue
        run_in = _run_in(block, vocab, nested_labels.get(id(block)))
        if run_in is not None and (current is None or run_in[0] != current.section.kind):
            kind, label = run_in
            if current is None or current.role != "run-in":
                resume = current
            current = _Draft(
                Section(
                    kind,
                    heading=None,
                    blocks=[block],
                    level=current.section.level if current else 0,
                    named=True,
                    reason=f"run-in label '{label}'",
                ),
                known=True,
                role="run-in",
            )
            drafts.append(current)
            continue
        if (
            current is not None
            and current.role == "run-in"
            and run_in is None
            and not (block.kind == "list_item" and current.section.blocks[0].kind != "list_item")
            and not _nested_under(block, current.section.blocks[0], nested_labels)
        ):
            # Past the run-in label (and the list it introduced): back to the interrupted section.
            current = _resumed(resume, block, vocab)
            if current is not None:
                drafts.append(current)
        if (
            current is not None
            and current.role == "after-run-ins"
            and block.kind == "paragraph"
            and label_of(block.text) is None
            and not block.text.rstrip().endswith(":")
            and all(d.role in ("run-in", "after-run-ins") for d in drafts)
        ):
            if not current.section.blocks:
                drafts.remove(current)
            current = None  # prose after a block of fields ("Contract: Permanent"), before any heading
        elif current is not None and current.role == "after-run-ins" and not block.text.rstrip().endswith(":"):
            summary = _role_summary_after_details(resume, block, vocab)
            if summary is None and resume is not None and _continues_heading(resume, block):
                summary = _continuation(resume, "continues the section its job-detail lines interrupted")
            if summary is not None:
                current = summary
                drafts.append(current)
        if (current is None or current.section.origin == "front-matter") and _detail_lines(block, doc.source, vocab):
            # "Posted: June 22, 2021" / "Position Status: Open" above the intro: job details.
            current = _Draft(
                Section("other", heading=None, inferred=True, reason="position: job-detail lines before the intro"),
                known=False,
                role="after-run-ins",
            )
            drafts.append(current)
        if current is None or current.section.origin == "front-matter":
            if block.kind == "paragraph" and _only_links(doc.source[block.span.start : block.span.end]):
                continue  # "[Read this post in Spanish](...)" above the intro: a pointer, not the intro
            if conditional.overlaps(block.span.start, block.span.start + 1):
                continue  # "{% if page.state == 'upcoming' %} ... will soon be accepting": one of several texts
            current = _Draft(
                Section(
                    "summary", heading=None, inferred=True, reason="position: prose before the first section heading"
                ),
                known=False,
                role="opening",
            )
            drafts.append(current)
        current.section.blocks.append(block)
    sections: list[Section] = []
    body_known = False
    for draft in drafts:
        if doc.format == "text" and not draft.known:
            _split_lead_lines(doc, draft.section)
        if draft.section.origin == "front-matter" and draft.section.kind == "summary" and _all_notices(draft.section):
            # excerpt: "This position has been filled!": a status notice, not the role's summary.
            draft.section.kind = "other"
            draft.section.reason += " holds a status notice"
        if draft.role == "opening" and draft.section.blocks and all(b.kind == "field" for b in draft.section.blocks):
            # "Post title: ... | Reports to: ... | Status: Permanent": job details, not a summary.
            draft.section.kind, draft.section.reason = "other", "position: job-detail fields before the first heading"
        pieces = _refine(draft, vocab, links)
        if not body_known and draft.section.origin == "body":
            for piece in pieces:
                if not _is_intro(piece, draft):
                    continue
                if (
                    any(s.kind == "summary" and s.origin == "body" for s in sections)
                    and _about_us(piece)
                    and not _HIRING.search(piece.heading_text or "")
                    and not (piece.heading is not None and _names_a_role(piece, vocab))
                ):
                    # A second intro block that only describes the company (not one whose
                    # heading says who the company is looking for).
                    _mark_about_us(piece)
                else:
                    # A heading that is itself a sentence (a mission statement) opens the intro;
                    # a short one (a company or site name above it) does not.
                    piece.kind, piece.inferred = "summary", True
                    piece.heading_names_section = _sentence_heading(piece.heading) or _topic_heading(piece.heading)
                    piece.reason = "position: opening prose under an unknown heading"
            # Past the intro once a section is named by its heading or reads as a kind.
            body_known = draft.known or any(p.kind not in ("other", "summary") for p in pieces)
        elif draft.section.origin == "body":
            for piece in pieces:
                if piece.kind != "other" or draft.known or piece.heading is None:
                    continue
                if _names_a_role(piece, vocab):
                    # "### Marketing Manager" over a paragraph on a page of openings: that role's summary.
                    piece.kind, piece.inferred = "summary", True
                    piece.heading_names_section = False  # the heading names the role; the prose starts its summary
                    piece.reason = f"heading '{piece.heading_text}' names a job; its prose introduces the role"
                elif _about_us(piece):
                    _mark_about_us(piece)
        sections.extend(part for piece in pieces for part in _peel_details(piece, doc, vocab))
    for section in sections:
        if section.kind == "requirements" and _conditions_of_employment(section, vocab):
            section.kind, section.inferred = "eligibility", True
            section.reason += "; its items are conditions of employment"
    sections = _table_columns(doc, sections, vocab)
    sections = [s for s in sections if s.blocks or s.heading is not None]  # nothing to place: no section
    for section in sections:
        if section.kind != "other" and section.blocks and _role_heading_only(section, vocab):
            # "## Softwareontwikkelaar frontend" then "Als frontend ontwikkelaar zul je:": the heading
            # names the role; the section starts where its own words do.
            section.heading_names_section = False
    _tagline_above_summary(sections)
    doc.sections = _promote_first_nice_to_have(_merge(sections))
    for section in doc.sections:
        for block in ([section.heading] if section.heading else []) + section.blocks:
            block.section = section


# --- run-in labels ("**Pay rate:** $18", "Location: Dayton, OH") ---------------------------------

# "Label: value" at the start of a line: a short label (no sentence punctuation), a colon, a value.
_RUN_IN = re.compile(
    r"(?:[^\w\s*_#\[(<\"'$£€]\ufe0f?\s*){0,2}(?P<label>[^\W\d_][^\n:.!?;,()\[\]]{0,48}?)"
    r"[ \t\u00a0]*[:\uff1a][ \t\u00a0]*(?=[^\s/])"
)
_MAX_RUN_IN_WORDS = 5
# Indefinite articles: a list item that starts "A competitive salary:" describes, it does not label.
_ARTICLES = frozenset("a an un une des um uma uns umas een ein eine einen unos unas".split())


# "Salary £22,800 p.a.", "Pay $18/hour": a pay word and the amount, with no colon between.
_MONEY_RUN_IN = re.compile(
    r"\W{0,3}(?P<label>(?i:salary|pay|wages?|salaire|r[ée]mun[ée]ration|gehalt|salaris|sal[áa]rio|sueldo|salario))"
    r"[ \t\u00a0]+(?=(?:[$£€]|[A-Z]{3}\s?|R\$\s?)?\d)"
)


def _money_label(text: str) -> str | None:
    m = _MONEY_RUN_IN.match(text)
    return m.group("label") if m else None


def label_of(text: str) -> str | None:
    """The label of a "Label: value" line, or None."""
    m = _RUN_IN.match(text) or _MONEY_RUN_IN.match(text)
    if m is None:
        return None
    label = m.group("label").strip(" *_")
    if not label or len(label.split()) > _MAX_RUN_IN_WORDS:
        return None
    return label


# Kinds a run-in label may name by a keyword alone ("Base pay:", "Office location:"); the others
# need the whole label to be a known heading, since bold lead-ins of competency lists ("Core
# values alignment:", "Team leadership:") share their words.
_LOOSE_RUN_IN_KINDS = frozenset(("pay", "location", "benefits", "how-to-apply", "eligibility", "other"))
_LOOSE_RUN_IN_WORDS = 3


def label_kind(label: str, vocab: Vocabulary, *, in_list: bool = False) -> str | None:
    """What a run-in label names: a section kind, "title", or None when it names nothing known."""
    text = normalize_heading(label)
    if text in _TITLE_LABELS:
        return "title"
    kind = vocab.classify(label, loose=False)
    if kind is None and not in_list and len(text.split()) <= _LOOSE_RUN_IN_WORDS:
        kind = vocab.classify(label)
        if kind not in _LOOSE_RUN_IN_KINDS:
            kind = None
    return kind


def _nested_list_labels(blocks: list[Block]) -> dict[int, str]:
    """List items that are only a label over a deeper list ("- **Benefits**:" then "  - Childcare"),
    by ``id``, with their label: a sub-heading written as a list item."""
    labels: dict[int, str] = {}
    for block, after in zip(blocks, blocks[1:], strict=False):
        text = block.text.strip()
        if (
            block.kind == "list_item"
            and after.kind == "list_item"
            and after.level > block.level
            and text.endswith(":")
            and 0 < len(text[:-1].split()) <= _MAX_NESTED_LABEL_WORDS
        ):
            labels[id(block)] = text[:-1].strip(" *_")
    return labels


_MAX_NESTED_LABEL_WORDS = 5


def _nested_under(block: Block, label_item: Block, nested_labels: dict[int, str]) -> bool:
    """``block`` is an item of the list under a label-only list item."""
    return id(label_item) in nested_labels and block.kind == "list_item" and block.level > label_item.level


def _run_in(block: Block, vocab: Vocabulary, nested_label: str | None = None) -> tuple[str, str] | None:
    """(kind, label) when a paragraph or list item starts with a label naming a section kind, or is
    only a label over a deeper list (``nested_label``)."""
    if block.kind not in ("paragraph", "list_item", "field", "table_cell") or block.origin != "body":
        return None
    label = block.label or label_of(block.text) or nested_label
    if label is None:
        return None
    if block.kind == "list_item" and label.split()[0].casefold() in _ARTICLES:
        return None  # "- Une rémunération attractive : ..." describes an item, it labels nothing
    if block.kind == "list_item" and label == _money_label(block.text) and _RUN_IN.match(block.text) is None:
        return None  # "- Rémunération 1964 euros brut": one condition in a list, not a pay label
    kind = label_kind(label, vocab, in_list=block.kind == "list_item")
    if kind in (None, "other", "title"):
        return None
    if kind == "summary":
        at = block.text.find(label)
        value = block.text[at + len(label) :].strip(" :*_\t") if at >= 0 else ""
        if len(value.split()) <= _MAX_TITLE_VALUE_WORDS and names_a_job(value, vocab):
            return None  # "Job Description: Director of Corporate Relations": the job's name, not its summary
    return kind, label


_MAX_TITLE_VALUE_WORDS = 8


def _continues_heading(back: _Draft, block: Block) -> bool:
    """Prose after job-detail lines that sit right under a named heading ("## Overview", then
    "Location: Remote", "Start date: March 20", then the intro) goes on with that heading's section."""
    return (
        back.section.origin == "body"
        and back.section.heading is not None
        and back.section.kind != "other"
        and not back.section.blocks
        and block.kind == "paragraph"
        and label_of(block.text) is None
    )


def _role_summary_after_details(back: _Draft | None, block: Block, vocab: Vocabulary) -> _Draft | None:
    """Prose after a job title's detail lines ("### Director of Corporate Relations", "* Location:
    Remote", "* Reports to: ...", then a paragraph): the role's summary on a page of openings."""
    if back is None or back.section.kind != "other" or back.section.origin != "body":
        return None
    heading = back.section.heading
    if heading is None or block.kind != "paragraph" or label_of(block.text) is not None:
        return None
    if not job_title_heading(heading, vocab):
        return None
    return _Draft(
        Section(
            "summary",
            heading=None,
            level=back.section.level,
            inferred=True,
            reason=f"prose after the details of '{heading.text}': the role's summary",
        ),
        known=False,
    )


def _resumed(back: _Draft | None, block: Block, vocab: Vocabulary) -> _Draft | None:
    """The section that goes on after run-in labels: the one they interrupted, except after the
    opening prose (text past other sections is no longer the opening) or when a metadata field
    follows ("Horaires : 9h-17h"). Those get an unnamed section whose lists may still read as a kind."""
    label = label_of(block.text) if block.kind in ("paragraph", "list_item", "field") else None
    if back is None and label is None:
        return None
    if back is not None and back.section.origin != "body":
        return None
    # "Time commitment: 2 days/week" among job-detail fields names no section even loosely: one
    # more detail ("Compétences nécessaires :" does, loosely: requirements go on).
    kind = label_kind(label, vocab) if label is not None else None
    metadata = label is not None and (kind == "other" or (kind is None and vocab.classify(label) is None))
    if back is None or metadata or back.role in ("opening", "after-run-ins"):
        # ("Modelo de atuação: CLT" among "Salário:" and "Local:" fields: one more job detail)
        return _Draft(
            Section(
                "other",
                heading=None,
                level=back.section.level if back is not None else 0,
                inferred=True,
                reason="after run-in labels: neither the opening nor the interrupted section",
            ),
            known=False,
            role="after-run-ins",
        )
    summary = _role_summary_after_details(back, block, vocab)
    if summary is not None:
        return summary
    return _continuation(back, "continues the section a run-in label interrupted")


def _continuation(back: _Draft, reason: str) -> _Draft:
    """An unheaded section that goes on with ``back``'s kind after fields interrupted it."""
    return _Draft(
        Section(back.section.kind, heading=None, level=back.section.level, inferred=True, reason=reason),
        known=back.known,
    )


_MAX_DETAIL_LINE_WORDS = 15
# A line that is only a pay figure or range, with at most a contract word after it.
_PAY_LINE = re.compile(
    r"^[$£€]\s?\d[\d,.]*\s?[kK]?(?:\s*(?:-|–|to)\s*[$£€]?\s?\d[\d,.]*\s?[kK]?)?"
    r"(?:\s*(?:[-–|/,]\s*)?[A-Za-z]+(?:[- ][A-Za-z]+)?)?$"
)


def _detail_lines(block: Block, source: str, vocab: Vocabulary) -> bool:
    """A paragraph whose every line is a short "Label: value" job detail that names no section
    ("Posted: June 22, 2021", "Position Status: Closed", Pelican's "Title:" and "license:" lines)."""
    if block.kind != "paragraph" or block.origin != "body":
        return False
    cuts = [0, *_line_breaks(block, source), len(block.text)]
    for a, b in pairwise(cuts):
        line = block.text[a:b].strip()
        if _PAY_LINE.match(line):
            continue  # "$100,000 to $130,000 - Contract" on its own line
        label = label_of(line)
        if label is None or len(label.split()) > 3 or len(line.split()) > _MAX_DETAIL_LINE_WORDS:
            return False
        if re.search(r"[.!?]\s+\S", line):
            return False  # "We use three tools: Python, SQL and dbt. The team meets at 9:30": prose
        if label_kind(label, vocab) not in (None, "other", "title"):
            return False
    return True


def _line_breaks(block: Block, source: str) -> list[int]:
    """Text indexes where a new source line starts inside the block."""
    out = []
    text, offsets = block.text, block.offsets
    for i in newline_gaps(offsets, source):  # the only indexes either test can hold for
        if text[i - 1].isspace() and not text[i].isspace():
            out.append(i)
        elif (
            offsets[i] > offsets[i - 1] + 1
            and "\n" in source[offsets[i - 1] + 1 : offsets[i]]
            and not text[i].isspace()
        ):
            out.append(i)
    return out


def split_label_lines(blocks: list[Block], source: str, vocab: Vocabulary) -> list[Block]:
    """Split a paragraph whose lines are "Label: value" fields ("**Pay:** $18" then
    "**Location:** Dayton") into one block per field, so each label starts its own block."""
    out: list[Block] = []
    for block in blocks:
        if block.kind != "paragraph":
            out.append(block)
            continue
        breaks = _line_breaks(block, source)
        labels = [label_of(block.text[i:]) for i in breaks]
        if breaks and all(labels) and label_of(block.text) is not None:
            cuts = breaks  # every line a "Label: value" field ("Time commitment: 2 days/week"), named or not
        else:  # lines whose label names a section
            cuts = [i for i, label in zip(breaks, labels, strict=True) if label and label_kind(label, vocab)]
        if breaks and _bare_heading(block.text[breaks[-1] :], vocab):
            cuts.append(breaks[-1])  # "...improve their knowledge." then "Responsibilities" with no blank line
        cuts = _word_between(block.text, sorted(set(cuts) | set(_inline_labels(block.text, vocab))))
        if not cuts:
            out.append(block)
            continue
        bounds = [0] + cuts + [len(block.text)]
        for a, b in pairwise(bounds):
            piece = block.slice(a, b)
            if piece is not None:
                out.append(piece)
    return out


def _bare_heading(line: str, vocab: Vocabulary) -> bool:
    """A paragraph's last line that is only a heading the vocabulary lists word for word
    ("Responsibilities", "Ce que nous offrons"), typed with no blank line before it."""
    line = line.strip()
    return (
        0 < len(line.split()) <= 4
        and line[0].isupper()
        and line[-1].isalpha()
        and vocab.classify(line, loose=False) not in (None, "other")
    )


# "... per hour Benefits: Dental insurance ...": a capitalised label of up to four words before
# a colon, inside running text (scraped postings often lost their line breaks).
_INLINE_LABEL = re.compile(
    r"(?:(?<=\s)|^)(?P<words>[^\W\d_][\w'\u2019&/-]*(?:[ \t]+[\w'\u2019&/-]+){0,3})"
    r"[ \t\u00a0]*:(?=[ \t\u00a0]+\S|$)"
)


def _inline_labels(text: str, vocab: Vocabulary) -> list[int]:
    """Where labels the vocabulary lists word for word start inside a paragraph's running text:
    the text before them is not part of the field ("...6 à 9 mois Profils recherchés : ...")."""
    cuts = []
    for m in _INLINE_LABEL.finditer(text):
        words = m.group("words").split()
        starts = [
            m.start("words") + i
            for i in range(len(m.group("words")))
            if i == 0 or (m.group("words")[i - 1].isspace() and not m.group("words")[i].isspace())
        ]
        for start in starts:  # the longest label ending at this colon that names a kind
            label = text[start : m.end("words")]
            if not label[0].isupper() or len(label.split()) > len(words):
                continue
            kind = vocab.classify(label, loose=False)
            if kind is not None:
                cuts.append(_label_start(text, m.start("words"), start))
                break
    # Text before the label that holds no word is its decoration ("💰 Salário: ..."), not a piece.
    return [c for c in cuts if c > 0 and any(ch.isalnum() for ch in text[:c])]


def _label_start(text: str, first: int, start: int) -> int:
    """Where a label starts: "Entry Requirements:" at the start of a sentence is one label, though
    only "Requirements" is in the vocabulary; "... per hour Benefits:" starts at "Benefits"."""
    lead = text[first:start].split()
    before = text[:first].rstrip()
    if lead and all(w[0].isupper() for w in lead) and (not before or before[-1] in ".!?"):
        return first
    return start


def _word_between(text: str, cuts: list[int]) -> list[int]:
    """Keep the cuts that leave a word before them: a line's "🏢 " before its "Local:" label
    belongs to the label's piece."""
    kept: list[int] = []
    for cut in cuts:
        if any(ch.isalnum() for ch in text[(kept[-1] if kept else 0) : cut]):
            kept.append(cut)
    return kept


def _field_subsection(block: Block, section: Section, vocab: Vocabulary) -> Section | None:
    """A heading or label line inside a front-matter field ("Requirements:" in a description
    that holds the whole posting) that names another kind starts a section of that kind. Only
    headings the vocabulary lists word for word count: list titles in fields ("Improve the
    hiring experience") are not headings."""
    label_line = block.kind == "paragraph" and _is_label(block, vocab)
    if label_line:
        block.kind, block.level, block.implied_heading = "heading", 7, True
    if block.kind != "heading":
        return None
    kind = vocab.classify(block.text, loose=False)
    if kind is None or kind == "other":
        return None
    if kind == section.kind and (label_line or section.kind != "summary"):
        # "The position" in a description field: a heading of its own, which its list may name
        # (a summary heading over duty bullets); a label line of the field's kind stays in it.
        return None
    return Section(
        kind,
        heading=block,
        origin="front-matter",
        named=True,
        level=block.level,
        reason=f"heading '{block.text}' inside front-matter field '{block.field}'",
    )


def _choices(heading: str, kind: str, vocab: Vocabulary) -> tuple[str, ...]:
    """The kinds a heading names by keywords when it names more than one."""
    text = normalize_heading(heading)
    if text in vocab.either:
        return vocab.either[text]
    if text in vocab.headings:
        return ()
    named = vocab.keyword_kinds(text)
    if not named or named[0] != kind or kind in ("nice-to-have", "pay"):
        # "Rémunération et avantages": a heading that names pay first is the pay section.
        return ()  # "Preferred skills": what is preferred reads like what is required; the words decide
    named = [k for k in named if k != "nice-to-have"]
    return tuple(named) if len(named) >= 2 else ()


def _label_names_heading(kind: str | None, current: _Draft | None) -> bool:
    """A plain lead-in line ("Your tasks will include:", "Ce poste est pour vous si :") right under
    a heading that names the job in general or names nothing known ("What's the job", "Join us"),
    with nothing under it yet, names what that heading's section holds."""
    return (
        kind not in (None, "other", "summary")
        and current is not None
        and (current.known or current.section.kind == "other")
        and current.section.kind in ("summary", "other")
        and current.section.origin == "body"
        and current.section.heading is not None
        and not current.section.blocks
    )


def _lead_in_under_list_heading(kind: str | None, current: _Draft | None) -> bool:
    """ "**Responsibilities**" then "An excellent candidate will be able to:": a lead-in line right
    under a heading that names a list of one kind, with nothing under it yet, introduces that
    heading's list; the heading, not the lead-in's wording, says what the list is."""
    return (
        kind in _LIST_KINDS
        and current is not None
        and current.known
        and current.section.kind in _LIST_KINDS
        and kind != current.section.kind
        and current.section.origin == "body"
        and current.section.heading is not None
        and not current.section.blocks
    )


_MAX_WORDS_ABOVE_TITLE = 20  # more prose above the title heading is an intro, not page furniture


def _peel_details(section: Section, doc: Document, vocab: Vocabulary) -> list[Section]:
    """An intro read from prose under a heading that does not name it, opening with job-detail
    lines ("Posting date: 1 October 2018"): the details stay with the heading, the summary starts
    at the prose."""
    if section.kind != "summary" or not section.inferred or section.heading_names_section or section.origin != "body":
        return [section]
    n = 0
    while n < len(section.blocks) and _detail_lines(section.blocks[n], doc.source, vocab):
        n += 1
    if not n or n == len(section.blocks) or section.blocks[n].kind != "paragraph":
        return [section]
    details = Section(
        "other", heading=section.heading, blocks=section.blocks[:n], level=section.level, reason="job-detail lines"
    )
    section.heading, section.blocks = None, section.blocks[n:]
    return [details, section]


def _is_intro(section: Section, draft: _Draft) -> bool:
    """Prose under an unknown heading before any recognised section is the posting's intro
    (an aggregator's company-name heading, a page heading that repeats the title)."""
    if section.kind != "other" or draft.known or section.heading is None:
        return False
    words = sum(len(b.text.split()) for b in section.blocks if b.kind == "paragraph")
    return words >= 15


def _sentence_heading(heading: Block | None) -> bool:
    """A heading written as a sentence ("PostHog exists to increase the number of successful
    products in the world."), not a name or a label."""
    if heading is None:
        return False
    text = heading.text.strip(" *_")
    words = len(text.split())
    # A long heading is a sentence even without its full stop ("PostHog exists to increase the
    # number of successful products in the world"); a label ends with a colon.
    return (words >= 6 and text.endswith((".", "!"))) or (
        words >= 9 and not text.endswith(":") and not re.search(r"[(|;]| [-–] ", text)
    )


def _topic_heading(heading: Block | None) -> bool:
    """A heading that names a topic in common words ("Objetivos, problema e justificativa",
    "Project background"), not a proper name (a company or site name in capitals): it heads the
    prose under it."""
    if heading is None or heading.text.rstrip().endswith("!") or _HIRING.search(heading.text):
        return False  # "We are hiring!": a banner over the opening
    words = _WORD.findall(heading.text)
    return len(words) >= 2 and any(
        w.islower() and len(w) >= _MIN_TOPIC_WORD and w not in _NAME_CONNECTORS for w in words[1:]
    )


_MIN_TOPIC_WORD = 5
# Lowercase words inside proper names ("Centre for Research between Cultures", "Instituto para ...").
_NAME_CONNECTORS = frozenset("between within among about under entre através sobre durch gegen zwischen".split())


def _is_label(block: Block, vocab: Vocabulary) -> bool:
    """A short paragraph that names a section: "Responsibilities:", "You will:", or a known
    heading on its own line with stray emphasis markers ("__**Job Summary**")."""
    text = block.text.strip()
    words = len(text.split())
    if text.endswith("?") and words <= _MAX_LABEL_WORDS:
        # A question used as a heading ("Ce que l'on attend de vous ?", "Why join us?"); past
        # eight words only a listed heading or opening names it, never a keyword.
        return vocab.classify(text) not in (None, "other")
    if text.endswith((":", "…", "...")) and words <= _MAX_LABEL_WORDS:
        if normalize_heading(text) in vocab.headings:
            return True
        # A short label line in other words ("Required Experience & Skills:", "Les tâches :").
        return words <= _MAX_KEYWORD_HEADING_WORDS and vocab.classify(text) not in (None, "other")
    if words <= 5 and not text.endswith((".", "!", "?")):
        return normalize_heading(text.strip("_*~ ")) in vocab.headings
    return False


_NOTICE = re.compile(
    r"\b(?:not (?:currently )?accepting applications|no longer accepting|(?:posting|position|process) "
    r"(?:has|is) (?:now )?(?:been )?(?:closed|filled)"
    r"|please apply (?:for this (?:role|position) )?(?:at|via|through|on)"
    r"|^back to (?:all )?(?:jobs|positions|openings|careers)|see our other open (?:positions|roles|jobs)"
    # editorial notes on an old posting kept for reference ("the following template was used to
    # advertise ...", "this advert is archived")
    r"|(?:template|text) (?:was|is|has been) used to advertise|kept (?:here )?for reference"
    r"|this (?:page|posting|advert|vacancy|job description) (?:is|was|has been) archived)\b"
    # a status heading or line on its own: "## FILLED", "Position closed"
    r"|^\W*(?:(?:this )?(?:position|job|role|vacancy) )?(?:is )?(?:now )?(?:filled|closed|expired)\W*$"
    r"|\b(?:it|they) (?:has|have) (?:now )?been filled",
    re.I,
)


_LINK = r"(?:\[[^\]\n]*\]\([^)\s]*\)|<https?://[^>\s]+>|https?://\S+|<a\s[^>]*>[^<]*</a>)"
_ONLY_LINKS = re.compile(rf"[\s*_]*{_LINK}(?:[\s*_|·•,/-]*{_LINK})*[\s*_.]*", re.I)


_OPEN_ANCHOR = re.compile(r"<a\b[^<>]*>(?:\s*<(?!/?a\b)[^<>]+>)*\s*$", re.I)
_CLOSE_ANCHOR = re.compile(r"(?:\s*</?(?!a\b)[^<>]+>)*\s*</a>", re.I)


def _link_text(block: Block, source: str) -> bool:
    """The block is the whole text of a link: "[Apply](...)", or an HTML button
    ``<a class="btn"><span>Apply</span></a>``: what a reader clicks, not a heading."""
    if _only_links(source[block.span.start : block.span.end]):
        return True
    if not block.offsets:
        return False
    start, end = block.offsets[0], block.offsets[-1] + 1  # the text itself, without the tags around it
    return bool(_OPEN_ANCHOR.search(source[max(0, start - 300) : start]) and _CLOSE_ANCHOR.match(source, end))


def _only_links(source: str) -> bool:
    """A paragraph that is nothing but links (Markdown, autolinks, bare URLs, HTML anchors)."""
    return _ONLY_LINKS.fullmatch(source) is not None


def _conditions_of_employment(section: Section, vocab: Vocabulary) -> bool:
    """Most items of the section's list (at least two) are conditions of employment:
    citizenship, a background check, a work permit."""
    items = [b for b in section.blocks if b.kind == "list_item"]
    hits = sum(any(prefilter.search(p, b.text, b.folded) for p in vocab.eligibility_cues) for b in items)
    return hits >= 2 and hits >= 0.6 * len(items)


# A heading that says the company is hiring ("... zoekt Numdata een ervaren Software Engineer").
_HIRING = re.compile(
    r"\b(?:seeks?|looking for|hiring|recruit\w*|zoekt|zoeken|sucht|suchen|recrute|recherche|busca|buscamos|"
    r"procura|procuramos)\b",
    re.I,
)


def _mark_about_us(section: Section) -> None:
    section.kind, section.inferred = "about-company", True
    section.reason = "content: prose that speaks of 'we' and 'our', never to 'you'"


_TEMPLATE_CONDITION = re.compile(r"\{%-?\s*(if|unless|endif|endunless)\b")


def _template_conditions(source: str) -> Intervals:
    """The source ranges inside Liquid/Jinja ``{% if %}`` or ``{% unless %}`` blocks: text a site
    shows in one state of the page only."""
    ranges: list[tuple[int, int]] = []
    depth, opened = 0, 0
    for m in _TEMPLATE_CONDITION.finditer(source) if "{%" in source else ():
        if m.group(1) in ("if", "unless"):
            if depth == 0:
                opened = m.end()
            depth += 1
        elif depth > 0:
            depth -= 1
            if depth == 0:
                ranges.append((opened, m.start()))
    if depth > 0:
        ranges.append((opened, len(source)))
    return Intervals(ranges)


def _all_notices(section: Section) -> bool:
    content = [b for b in section.blocks if b.text.strip()]
    return bool(content) and all(len(b.text.split()) <= 25 and _NOTICE.search(b.text) for b in content)


def _is_notice(block: Block) -> bool:
    """A status or redirect notice ("We are currently not accepting applications"): no section."""
    return block.kind in ("heading", "paragraph") and len(block.text.split()) <= 25 and bool(_NOTICE.search(block.text))


_CONTACT_HEADING = re.compile(
    r"^\W*(?:contacts?|contact (?:information|info|details|us|person)|kontakt\w*|contacto|contato|"
    r"coordonnées|contactgegevens)\W*$",
    re.I,
)
_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+\.\w|https?://")
_GET_IN_TOUCH = re.compile(
    r"\b(?:contact|write|e-?mail|questions?|reach|ask|kontaktier\w*|wende\w*|contactez|neem contact|"
    r"entre em contato)\b",
    re.I,
)


def _refine(draft: _Draft, vocab: Vocabulary, links: frozenset[int] = frozenset()) -> list[Section]:
    """Split a section whose kind is not certain by what its list items read as; take a
    benefits paragraph out of a company or summary section. ``links``: ids of paragraphs that
    are only a link's text."""
    section = draft.section
    if draft.known and section.kind == "other" and section.heading is not None:
        if _prose_kind(section.blocks, vocab, links) == "how-to-apply":
            # "Contact" / "Additional information": "Send your CV to jobs@acme.org".
            section.kind, section.inferred = "how-to-apply", True
            section.reason += "; its prose says how to apply"
        elif _CONTACT_HEADING.match(section.heading.text) and any(
            _ADDRESS.search(b.text) and _GET_IN_TOUCH.search(b.text) for b in section.blocks
        ):
            # "## Contact information" / "If you have questions, contact Ann (ann@uni.dk)": how
            # candidates get in touch (a bare name and number stays a contact line)
            section.kind, section.inferred = "how-to-apply", True
            section.reason += "; it gives an address to get in touch"
        return [section]
    if draft.known:
        picked = _pick(section.blocks, draft.choices, vocab) if draft.choices else None
        if picked in draft.choices and picked != section.kind:
            section.kind = picked
            section.reason = (
                f"heading '{section.heading_text}' names {' and '.join(draft.choices)}; its list reads as {picked}"
            )
        return [piece for part in _introduced_lists(section, vocab) for piece in _benefit_paragraphs(part, vocab)]
    runs = _list_runs(section.blocks)
    out: list[Section] = []
    head_blocks: list[Block] = []
    pieces: list[Section] = []
    cursor = 0
    for start, end in runs:
        before = section.blocks[start - 1] if start > cursor else None
        introduced = (
            before is not None and before.kind == "paragraph" and before.text.rstrip().endswith((":", "…", "..."))
        )
        kind = _list_kind(before if introduced else None, section.blocks[start:end], vocab)
        if kind is None or kind == section.kind:
            continue
        lead = start
        # A lead-in paragraph ("Here's what you'll do:") belongs to the list it introduces.
        if introduced and before is not None and _lead_goes_with_list(before):
            lead = start - 1
        head_blocks.extend(section.blocks[cursor:lead])
        pieces.append(
            Section(
                kind,
                heading=None,
                blocks=section.blocks[lead:end],
                level=section.level,
                inferred=True,
                reason=f"content: its list items read as {kind}",
            )
        )
        cursor = end
    if not pieces:
        if section.heading is not None and not draft.known and section.kind == "other":
            kind = _run_kind(section.blocks, vocab) or _prose_kind(section.blocks, vocab, links)
            if kind == "how-to-apply" and _names_a_role(section, vocab):
                split = _role_then_apply(section, vocab)
                if split:
                    return split
            if kind:
                section.kind, section.inferred = kind, True
                section.reason = f"content: reads as {kind} under an unknown heading"
        return [section]
    head_blocks.extend(section.blocks[cursor:])
    if section.heading is not None and not any(b.kind == "paragraph" for b in head_blocks) and section.kind == "other":
        # An unknown heading directly over a list that reads as one kind names that list.
        first = pieces[0]
        first.heading, first.level = section.heading, section.level
        first.reason = f"content: the list under '{section.heading.text}' reads as {first.kind}"
        first.blocks = head_blocks + first.blocks
        return pieces
    section.blocks = [b for b in section.blocks if b in head_blocks]
    if section.blocks or section.heading is not None:
        out.append(section)
    out.extend(pieces)
    out.sort(key=lambda s: s.span.start)
    return out


_COLUMN_KINDS = frozenset({"requirements", "nice-to-have", "responsibilities", "benefits"})


def _table_columns(doc: Document, sections: list[Section], vocab: Vocabulary) -> list[Section]:
    """A table whose header row names kinds, such as a person specification ("Criteria |
    Essential | Desirable"), is one section per named column, each starting at its header cell;
    the other columns (the criteria, how they are assessed) go with the first named column."""
    rows: list[list[Block]] = []  # header rows: runs of consecutive header cells
    previous: Block | None = None
    for block in doc.blocks:
        if block.column is block:
            if rows and rows[-1][-1] is previous:
                rows[-1].append(block)
            else:
                rows.append([block])
        previous = block
    owner: dict[int, Section] = {}  # id(header cell) -> the section its column goes to
    made: list[Section] = []
    for row in rows:
        classified = [(cell, vocab.classify(cell.text, loose=False)) for cell in row]
        named = [(cell, kind) for cell, kind in classified if kind is not None and kind in _COLUMN_KINDS]
        if not named:
            continue
        columns = [
            Section(kind, heading=cell, named=True, reason=f"table column '{cell.text}'") for cell, kind in named
        ]
        made.extend(columns)
        for cell in row:
            owner[id(cell)] = next((c for c in columns if c.heading is cell), columns[0])
    if not made:
        return sections
    for section in sections:
        kept = []
        for block in section.blocks:
            target = owner.get(id(block.column)) if block.column is not None else None
            if target is None:
                kept.append(block)
            elif block is not target.heading:
                target.blocks.append(block)
                target.level = section.level
        section.blocks = kept
    return sorted(sections + made, key=lambda s: s.span.start if (s.blocks or s.heading) else -1)


def _split_lead_lines(doc: Document, section: Section) -> None:
    """In plain text a line is a unit: the last line of a paragraph that ends in ":" right
    before a list ("Vous avez pour missions principales de :") is the list's lead-in, not the
    end of the opening prose. Split it off so that it goes with the list."""
    for i in range(len(section.blocks) - 1, 0, -1):
        block, after = section.blocks[i - 1], section.blocks[i]
        if block.kind != "paragraph" or after.kind != "list_item" or not block.text.rstrip().endswith(":"):
            continue
        cuts = _line_breaks(block, doc.source)
        if not cuts or not block.text[cuts[-1]].isupper() or block not in doc.blocks:
            continue  # one line, or a wrapped sentence (its last line does not start one)
        line = _split_out(doc, block, cuts[-1], len(block.text))
        at = doc.blocks.index(line)
        section.blocks[i - 1 : i] = doc.blocks[at - 1 : at + 1]


_LIST_KINDS = ("responsibilities", "requirements", "benefits")
_LEAD_KINDS = _LIST_KINDS + ("nice-to-have",)
_MAX_LEAD_WORDS = 18  # a lead-in sentence ("Here's what we'd like you to bring to the team:")
_MAX_LEAD_PARAGRAPH_WORDS = 40  # a longer paragraph is prose that ends with a lead-in


def _lead_sentence(text: str) -> str:
    """The last sentence of a paragraph that ends with a colon: the part that introduces the list."""
    return re.split(r"(?<=[.!?])\s+", text.strip())[-1]


def _lead_kind(lead_in: Block, vocab: Vocabulary) -> str | None:
    """The kind a lead-in sentence names for the list after it ("Here's what our team does:",
    "We'd appreciate experience with the following, but it is not required:")."""
    sentence = _lead_sentence(lead_in.text)
    if not sentence.endswith(":") or len(sentence.split()) > _MAX_LEAD_WORDS:
        return None
    kind = vocab.classify(sentence, keyword_words=_MAX_LEAD_WORDS)
    return kind if kind in _LEAD_KINDS else None


_MIN_DUTY_ITEMS = 3  # a list of duties long enough to be the role's duties, not an example


def _top_items(blocks: list[Block]) -> int:
    return sum(1 for b in blocks if b.kind == "list_item" and b.level <= 1)


def _lead_goes_with_list(lead_in: Block) -> bool:
    """A short lead-in heads the list's section; a long paragraph that ends with one stays prose."""
    return len(lead_in.text.split()) <= _MAX_LEAD_PARAGRAPH_WORDS


# "A Research Software Engineer to work on ...", "A Community Engagement and Training Officer":
# an item that opens with an article and a capitalised job title names an opening.
_ROLE_ITEM = re.compile(
    r"^(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree)\s+((?:[A-Z][\w/-]*\s+(?:and\s+|of\s+|&\s+)?){0,5}[A-Z][\w/-]*)"
)


def _lists_roles(blocks: list[Block], vocab: Vocabulary) -> bool:
    """Every item of the list names a job to fill, not something asked of the candidate."""
    items = [b for b in blocks if b.kind == "list_item" and b.level <= 1]
    for item in items:
        m = _ROLE_ITEM.match(item.text.strip())
        if m is None or not names_a_job(m.group(1).split()[-1], vocab):
            return False
    return bool(items)


# A lead-in that asks for something: "we expect you to:", "you must:", "is required:".
_ASKS = re.compile(
    r"\b(?:we expect|you must|must have|(?<!not )(?<!n't )(?<!n’t )required|we require|you need)\b", re.I
)


def _introduced_lists(section: Section, vocab: Vocabulary) -> list[Section]:
    """A list introduced by its own lead-in ("In diesen Bereichen wirst du arbeiten:", "You
    will:") that reads as another kind than its section is a section of that kind; what follows
    the list goes back to the section's kind."""
    if section.kind not in _LEAD_KINDS + ("summary", "about-company"):
        return [section]
    if section.origin != "body" and (section.heading is None or section.heading.kind == "key"):
        return [section]  # a field's own text: only a heading inside the field opens a section
    blocks = section.blocks
    cuts: list[tuple[int, int, str, str]] = []  # (first block, end, kind, lead-in)
    for start, end in _list_runs(blocks):
        lead_in = blocks[start - 1] if start else None
        if lead_in is None or lead_in.kind != "paragraph" or not lead_in.text.rstrip().endswith(":"):
            # "## Description" over a list of duties with no lead-in: the duties are a section.
            if section.kind == "summary" and _run_kind(blocks[start:end], vocab) == "responsibilities":
                if _top_items(blocks[start:end]) >= _MIN_DUTY_ITEMS:
                    if start == 0 and all(b.kind == "list_item" for b in blocks):
                        section.kind, section.inferred = "responsibilities", True  # the heading holds only duties
                        section.reason += "; it holds only a list of duties"
                        return [section]
                    cuts.append((start, end, "responsibilities", ""))
            continue
        kind = _list_kind(lead_in, blocks[start:end], vocab)
        if section.kind == "nice-to-have" and _lead_kind(lead_in, vocab) is None and not _ASKS.search(lead_in.text):
            # nice-to-haves read like requirements: only a lead-in that asks ("As the data manager,
            # we expect you to:") ends them
            continue
        if section.kind in vocab.keyword_kinds(normalize_heading(lead_in.text)) and kind != "nice-to-have":
            # "To qualify you must have experience in:": the lead-in keeps it in its section; "Other
            # optional, bonus qualifications include:" opens the nice-to-haves.
            continue
        if (
            start == 1
            and section.kind in _LIST_KINDS
            and section.heading is not None
            and _run_kind(blocks[start:end], vocab) != kind
        ):
            # "**Responsibilities**", "An excellent candidate will be able to:", then duties: the
            # lead-in right under the heading introduces the heading's own list.
            continue
        if kind in _LEAD_KINDS and kind != section.kind:
            first = start - 1 if _lead_goes_with_list(lead_in) else start
            cuts.append((first, end, kind, _lead_sentence(lead_in.text)))
    if not cuts:
        return [section]
    out = [section]
    cursor = cuts[0][0]
    section.blocks = blocks[:cursor]
    for lead, end, kind, lead_text in cuts:
        if lead > cursor:
            out.append(
                Section(
                    section.kind,
                    heading=None,
                    blocks=blocks[cursor:lead],
                    level=section.level,
                    inferred=True,
                    reason=f"continues '{section.heading_text or section.kind}'",
                )
            )
        out.append(
            Section(
                kind,
                heading=None,
                blocks=blocks[lead:end],
                level=section.level,
                inferred=True,
                reason=(
                    f"content: the list after '{lead_text}' reads as {kind}"
                    if lead_text
                    else f"content: a list in '{section.heading_text or section.kind}' reads as {kind}"
                ),
            )
        )
        cursor = end
    if _only_a_name(section.blocks) and section.heading is not None and section.kind == "summary" and len(out) > 1:
        # "### Role description" then "As a technical writer you will:" and the duties: the general
        # heading holds nothing but that list (the job's name at most), so it heads the list's
        # section, not a summary.
        listed = out.pop(1)
        section.kind, section.inferred = listed.kind, True
        section.reason += f"; {listed.reason}"
        section.blocks = section.blocks + listed.blocks
    rest = blocks[cursor:]
    if rest and (all(b.kind == "paragraph" for b in rest) or _lines_read_as(rest, out[-1].kind, vocab)):
        # Prose that closes the section goes on about the list before it; so do duties typed as
        # one paragraph each under numbered sub-heads ("1. Gestion du lieu", "Veiller à ...").
        out[-1].blocks.extend(rest)
    elif rest:
        out.append(
            Section(
                section.kind,
                heading=None,
                blocks=rest,
                level=section.level,
                inferred=True,
                reason=f"continues '{section.heading_text or section.kind}' after a list of another kind",
            )
        )
    return [s for s in out if s.blocks or s.heading is not None]


_BENEFIT_PARAGRAPH_CUES = 3  # distinct benefit words a paragraph needs to read as a benefits block


def _benefit_paragraphs(section: Section, vocab: Vocabulary) -> list[Section]:
    """A paragraph that lists benefits ("We offer health insurance, a pension and 30 days of
    leave") inside "About us" or the summary is a benefits block of its own."""
    if section.kind not in ("about-company", "summary") or section.origin != "body":
        return [section]
    groups: list[tuple[str, list[Block]]] = [(section.kind, [])]
    for block in section.blocks:
        kind, blocks = groups[-1]
        if block.kind == "paragraph" and _benefit_cues(block.text, vocab) >= _BENEFIT_PARAGRAPH_CUES:
            groups.append(("benefits", [block]))
        elif kind == "benefits" and not (block.kind == "list_item" and blocks[-1].text.rstrip().endswith(":")):
            groups.append((section.kind, [block]))
        else:
            blocks.append(block)
    if len(groups) == 1:
        return [section]
    section.blocks = groups[0][1]
    out = [section] if section.blocks or section.heading is not None else []
    for kind, blocks in groups[1:]:
        reason = (
            "content: a paragraph that lists benefits"
            if kind == "benefits"
            else f"continues '{section.heading_text or section.kind}' after a benefits paragraph"
        )
        out.append(Section(kind, heading=None, blocks=blocks, level=section.level, inferred=True, reason=reason))
    return out


def _benefit_cues(text: str, vocab: Vocabulary) -> int:
    found: set[str] = set()
    folded = fold(text)
    for pattern in vocab.benefit_cues:
        if prefilter.of(pattern).may_match(folded):
            found.update(m.group(0).lower() for m in pattern.finditer(text))
    return len(found)


def _list_runs(blocks: list[Block]) -> list[tuple[int, int]]:
    runs = []
    i = 0
    while i < len(blocks):
        if blocks[i].kind == "list_item":
            j = i
            while j < len(blocks) and blocks[j].kind == "list_item":
                j += 1
            runs.append((i, j))
            i = j
        else:
            i += 1
    return runs


def _item_votes(blocks: list[Block], vocab: Vocabulary) -> tuple[Counter[str], int]:
    """How many top-level list items read as each kind, and how many items there are."""
    items = [b for b in blocks if b.kind == "list_item" and b.level <= 1]
    return Counter(k for k in (vocab.item_kind(item.text) for item in items) if k), len(items)


def _list_kind(lead_in: Block | None, items: list[Block], vocab: Vocabulary) -> str | None:
    """What a list reads as: what its lead-in names, else what its items read as."""
    kind = _lead_kind(lead_in, vocab) if lead_in is not None else None
    if kind is None:
        return _run_kind(items, vocab)  # (which already leaves a list of openings alone)
    if kind == "requirements" and _lists_roles(items, vocab):
        return None  # "We're looking for two people:" then "A Research Software Engineer ...": the openings
    return kind


def _only_a_name(blocks: list[Block]) -> bool:
    """Nothing, or one short line that is not a sentence ("Coordinateur.trice" repeated under a
    "Description du poste" heading)."""
    if not blocks:
        return True
    text = blocks[0].text.strip()
    return len(blocks) == 1 and blocks[0].kind == "paragraph" and len(text.split()) <= 3 and text[-1:] not in ".:!?"


def _lines_read_as(blocks: list[Block], kind: str, vocab: Vocabulary) -> bool:
    """Most of the paragraphs (two at least) are one line each that reads as ``kind``, as list
    items would ("Veiller à l'entretien des espaces", typed without a bullet)."""
    lines = [b for b in blocks if b.kind == "paragraph" and "\n" not in b.text.strip()]
    if len(lines) < 2 or len(lines) < 0.6 * sum(1 for b in blocks if b.kind == "paragraph"):
        return False
    return sum(1 for b in lines if vocab.item_kind(b.text) == kind) >= max(2, 0.6 * len(lines))


def _run_kind(blocks: list[Block], vocab: Vocabulary) -> str | None:
    votes, items = _item_votes(blocks, vocab)
    if items < 2 or not votes:
        return None
    kind, n = votes.most_common(1)[0]
    if kind == "requirements" and _lists_roles(blocks, vocab):
        return None  # "A Research Software Engineer to work on ...": the openings, not what is asked
    return kind if n >= 2 and n >= 0.6 * items else None


def _pick(blocks: list[Block], choices: tuple[str, ...], vocab: Vocabulary) -> str | None:
    """Of the kinds a heading may name, the one most of its first list's items read as (two at
    least); a later list has its own lead-in."""
    runs = _list_runs(blocks)
    votes, _ = _item_votes(blocks[runs[0][0] : runs[0][1]] if runs else blocks, vocab)
    ranked = sorted(((votes[k], k) for k in choices), reverse=True)
    if ranked and ranked[0][0] >= 2 and (len(ranked) == 1 or ranked[0][0] > ranked[1][0]):
        return ranked[0][1]
    return None


def _promote_first_nice_to_have(sections: list[Section]) -> list[Section]:
    """With no requirements section but two nice-to-have lists ("Desired qualities" then
    "Nice to have"), the first list is what the posting requires."""
    if any(s.kind == "requirements" for s in sections):
        return sections
    nice = [s for s in sections if s.kind == "nice-to-have"]
    if len(nice) >= 2:
        nice[0].kind, nice[0].inferred = "requirements", True
    return sections


def _prose_kind(blocks: list[Block], vocab: Vocabulary, links: frozenset[int] = frozenset()) -> str | None:
    """Paragraphs under an unknown heading that read as an equal-opportunity statement or a list
    of benefits ("We offer health insurance, a pension and 30 days of leave"). Prose is not read
    as requirements: a degree and years in a founder's or a lab's biography read the same.
    Paragraphs in ``links`` (an "Apply now" button) count as no prose."""
    paragraphs = [b for b in blocks if b.kind == "paragraph"]
    if not paragraphs:
        return None
    if sum(id(b) not in links for b in paragraphs) <= _APPLY_MAX_PARAGRAPHS and any(
        prefilter.search(p, b.text, b.folded) for b in paragraphs for p in vocab.apply_cues
    ):
        return "how-to-apply"  # "What happens next": "Send your CV to ..."
    eeo = sum(any(prefilter.search(p, b.text, b.folded) for p in vocab.eeo_cues) for b in paragraphs)
    if 2 * eeo >= len(paragraphs):  # one "inclusive community" in an intro is not the statement
        return "equal-opportunity"
    if all(_benefit_cues(b.text, vocab) >= _BENEFIT_PARAGRAPH_CUES for b in paragraphs):
        return "benefits"
    return None


# First-person plural and second-person words in the six vocabulary languages: prose that speaks
# only of "we" and "our", never to "you", describes the company.
_WE = re.compile(
    r"\b(?:we|we're|we've|our|ours|us|wij|ons|onze|wir|uns|unser\w*|nous|notre|nos|nosotros|"
    r"nuestr[oa]s?|nós|noss[oa]s?)\b",
    re.I,
)
_YOU = re.compile(
    r"\b(?:you|your|yours|you're|you'll|you've|je|jij|jouw|jou|du|dich|dir|dein\w*|vous|"
    r"votre|vos|tu|toi|ton|ta|tes|usted|tú|você|vocês|seu|sua)\b",
    re.I,
)
_ABOUT_US_MIN_WORDS = 25
_APPLY_MAX_PARAGRAPHS = 3  # more prose than that is about something else that ends with how to apply
# Prose about applications ("We will read every application") is about the process, not the company.
_APPLICATION_WORDS = re.compile(
    r"\b(?:applications?|applicants?|bewerbung\w*|bewerber\w*|candidatures?|candidat\w*|"
    r"sollicita\w*|solicitud\w*|candidatura\w*)\b",
    re.I,
)


def _about_us(section: Section) -> bool:
    """Paragraphs (no list) under an unknown heading that describe the company."""
    if any(b.kind != "paragraph" for b in section.blocks):
        return False
    text = " ".join(b.text for b in section.blocks)
    if _APPLICATION_WORDS.search(text):
        return False
    return len(text.split()) >= _ABOUT_US_MIN_WORDS and len(_WE.findall(text)) >= 2 and not _YOU.search(text)


def job_title_heading(block: Block, vocab: Vocabulary) -> bool:
    """A real heading (not a bold or label line) that is a job title: "Marketing Manager",
    "PhD student in Software Testing", "DevOps engineer"."""
    return (
        block.kind == "heading"
        and not block.implied_heading
        and title_like(block.text)
        and names_a_job(block.text, vocab)
    )


# "*Applications due December 6*", "Applications considered on rolling basis": a deadline line.
_DEADLINE_LINE = re.compile(
    r"^\W*(?:applications? (?:are )?(?:due|close|considered|reviewed|accepted)|deadline|closing date|closes)\b", re.I
)
_MAX_DEADLINE_WORDS = 12


def _role_then_apply(section: Section, vocab: Vocabulary) -> list[Section]:
    """A job title over a paragraph about the role and a line saying where to apply ("For more
    details and to apply: <link>"), on a page of openings: the role's summary, then how to apply.
    A deadline line under the heading belongs to neither. [] when the prose is only about applying."""
    blocks = section.blocks
    cued = [
        b.kind == "paragraph" and any(prefilter.search(p, b.text, b.folded) for p in vocab.apply_cues) for b in blocks
    ]
    tail = len(blocks)
    while tail > 0 and cued[tail - 1]:
        tail -= 1
    head = 0
    while head < tail and blocks[head].word_count <= _MAX_DEADLINE_WORDS and _DEADLINE_LINE.match(blocks[head].text):
        head += 1
    prose = blocks[head:tail]
    if tail == len(blocks) or not any(b.kind == "paragraph" for b in prose) or any(cued[head:tail]):
        return []
    why = f"heading '{section.heading_text}' names a job"
    pieces = [
        Section("other", heading=section.heading, blocks=[], level=section.level, reason=why),
        Section("other", heading=None, blocks=blocks[:head], level=section.level, reason="a deadline line"),
        Section(
            "summary",
            heading=None,
            blocks=prose,
            level=section.level,
            inferred=True,
            reason=f"{why}; its prose introduces the role",
        ),
        Section(
            "how-to-apply",
            heading=None,
            blocks=blocks[tail:],
            level=section.level,
            inferred=True,
            reason=f"{why}; its last lines say where to apply",
        ),
    ]
    return [p for p in pieces if p.blocks or p.heading is not None]


def _role_heading_only(section: Section, vocab: Vocabulary) -> bool:
    """The section's heading is a job title that names no section kind: its kind came from the
    lead-in or the content under it."""
    heading = section.heading
    return (
        heading is not None
        and heading.kind == "heading"
        and section.origin == "body"
        and vocab.classify(heading.text) in (None, "other")
        and job_title_heading(heading, vocab)
    )


def _names_a_role(section: Section, vocab: Vocabulary) -> bool:
    """A heading that is a job title over prose: that role's summary on a page of openings."""
    assert section.heading is not None
    return job_title_heading(section.heading, vocab) and any(
        b.kind == "paragraph" and label_of(b.text) is None for b in section.blocks[:2]
    )


_TAGLINE_WORDS = 15


def _tagline_above_summary(sections: list[Section]) -> None:
    """One short line of opening prose right above a heading that names the summary ("This is a
    design brief for a consultancy job." over "Summary"): a tagline, not where the summary starts."""
    for opening, named in zip(sections, sections[1:], strict=False):
        if (
            opening.kind == "summary"
            and opening.heading is None
            and opening.origin == "body"
            and len(opening.blocks) == 1
            and opening.blocks[0].kind == "paragraph"
            and len(opening.blocks[0].text.split()) <= _TAGLINE_WORDS
            and named.kind == "summary"
            and named.heading is not None
            and named.heading_names_section
        ):
            opening.kind, opening.reason = "other", "a short line above the summary heading"


def _merge(sections: list[Section]) -> list[Section]:
    """Fold a sub-section into the section above it when both are of the same kind."""
    merged: list[Section] = []
    for section in sections:
        prev = merged[-1] if merged else None
        if prev is not None and prev.origin == section.origin == "front-matter" and prev.kind == section.kind == "pay":
            prev.blocks.extend(section.blocks)  # min_payrange + max_payrange: one pay range
            continue
        if (
            prev is not None
            and section.heading is not None
            and prev.origin == section.origin == "body"
            and section.kind == prev.kind
            and section.level > prev.level
            and prev.heading is not None
        ):
            prev.blocks.append(section.heading)
            prev.blocks.extend(section.blocks)
            continue
        merged.append(section)
    return merged


# --- title ------------------------------------------------------------------------------------


# Keys that always hold the title; other title keys ("position") only when the value reads as one.
_TITLE_KEYS = frozenset({"title", "job_title", "position_title"})
_LANGUAGE_TITLE_KEY = re.compile(r"(?:job_)?title_[a-z]{2}")
# An id in a title field ("job_1", "stelle-42"): lower case, a number, no space.
_ID_VALUE = re.compile(r"[a-z]+(?:[_-][a-z]+)*[_-]?\d+")


def _find_title(doc: Document, vocab: Vocabulary) -> set[Block]:
    """Set ``doc.title``; return the body blocks that make up the title (not section content)."""
    consumed: set[Block] = set()
    # "title_de", "title_es": a record that keeps its title once per language
    by_language = [str(k) for k in doc.meta if _LANGUAGE_TITLE_KEY.fullmatch(str(k))]
    for key in [*vocab.fm_title, *by_language]:
        value = doc.meta.get(key)
        if isinstance(value, str) and _ID_VALUE.fullmatch(value.strip()):
            continue  # "title: job_1": the record's id, not its title
        if isinstance(value, str) and value.strip() and (key in _TITLE_KEYS or key in by_language or title_like(value)):
            doc.title = _front_matter_title(doc, key, value.strip())
            break
    if doc.title is not None and not names_a_job(doc.title.text, vocab):
        # "title: The Coral Project" over "role: UX/UI Designer": the field that names a job.
        for key in vocab.fm_role:
            value = doc.meta.get(key)
            if (
                isinstance(value, str)
                and " " in value.strip()
                and title_like(value.strip())
                and names_a_job(value, vocab)
            ):  # (a one-word value is a profile key: "ml-engineer")
                doc.title = _front_matter_title(doc, key, value.strip())
                break
    body = [b for b in doc.blocks if b.origin == "body"]
    if not body:
        return consumed
    if doc.title is not None and doc.title.block is not None and _browser_page_title(doc.title.text):
        # "title: Jobs - Street Support Network - Network Manager" is the browser tab's text; the
        # <h1> on the page is the title its readers see.
        h1 = next((b for b in body[:10] if b.kind == "heading" and b.level == 1 and not b.implied_heading), None)
        if h1 is not None and title_like(h1.text) and vocab.classify(h1.text, loose=False) is None:
            doc.title = Title(h1.text, h1.source_span(0, len(h1.text)), h1)
            consumed.add(h1)
            return consumed
    if doc.title is not None and doc.title.block is not None and not names_a_job(doc.title.text, vocab):
        # "title: COSMOS" (a project's code name) over "PhD student in Software Testing" set as
        # the first heading: the heading names the job.
        named = next(
            (
                b
                for b in body[:8]
                if b.level <= 2 and job_title_heading(b, vocab) and vocab.classify(b.text, loose=False) is None
            ),
            None,
        )
        if named is not None:
            doc.title = Title(named.text, named.source_span(0, len(named.text)), named)
            consumed.add(named)
            return consumed
    # The first heading, when only notices or a few words ("Back to all jobs") come before it.
    first = next((b for b in body[:6] if b.kind == "heading"), None)
    if first is not None and first.level > 1 and _page_has_h1(doc):  # "Contents" before the <h1>
        first = next((b for b in body[:8] if b.kind == "heading" and b.level == 1), first)
    first = _heading_the_page_names(doc, body, first, vocab)
    lead = body[: body.index(first)] if first is not None else []
    if (
        first is not None
        and not first.implied_heading
        and all(_is_notice(b) or len(b.text.split()) <= 6 for b in lead)
        and not _is_notice(first)  # "## FILLED"
        and not any(normalize_heading(label_of(b.text) or "") in _TITLE_LABELS for b in lead)  # "Title: ..." above
        and (first.level == 1 or (first.level == 2 and doc.title is None and not _page_has_h1(doc)))
        and vocab.classify(first.text, loose=False) is None
        and normalize_heading(first.text) not in _TITLE_LABELS
        and (doc.format != "text" or (title_like(first.text) and names_a_job(first.text, vocab)))
    ):
        # (A plain-text file's first line is a heading by layout only: a company name or a
        # slogan there is not the title.)
        consumed.add(first)
        if doc.title is None:
            doc.title = Title(first.text, first.source_span(0, len(first.text)), first)
        return consumed
    # A labelled title field: "JOB TITLE: ..." in text, "**Job title:** ..." in Markdown.
    for i, block in enumerate(body[:12]):
        if block.kind == "heading" and normalize_heading(block.text) in _TITLE_LABELS and i + 1 < len(body):
            value = body[i + 1]
            if value.kind in ("paragraph", "field") and value.text and title_like(value.text):
                consumed.update((block, value))
                if doc.title is None:
                    doc.title = Title(value.text, value.source_span(0, len(value.text)), value, "label")
                return consumed
        if (
            block.kind == "field"
            and block.label
            and normalize_heading(block.label) in _TITLE_LABELS
            and title_like(block.text)
        ):  # a "| Job title | Class Teacher |" row
            consumed.add(block)
            if doc.title is None:
                doc.title = Title(block.text, block.source_span(0, len(block.text)), block, "label")
            return consumed
        label = label_of(block.text) if block.kind in ("paragraph", "field", "list_item") else None
        if label is not None and normalize_heading(label) in _TITLE_LABELS:
            start = block.text.index(":", len(label)) + 1
            start += len(block.text[start:]) - len(block.text[start:].lstrip())
            value = block.slice(start, len(block.text))
            if value is not None and title_like(value.text):
                value.kind = "heading"
                if doc.title is None:
                    doc.title = Title(value.text, value.span, value, "label")
                    doc.blocks.insert(doc.blocks.index(block) + 1, value)
                    consumed.add(value)
                return consumed
    if doc.title is not None:
        return consumed
    prose = _marked_job(body[:3])  # before the title line: that line may be the sentence naming the job
    if prose is not None:
        doc.title = prose
        return consumed
    # A title line at the top: the first short line that names a job ("WAREHOUSE ASSOCIATE",
    # "**Senior Developer (m/w/d)**"), never a paragraph or a slogan.
    for block in body[:3]:
        if block.kind not in ("heading", "paragraph"):
            continue
        cuts = [0] + _line_breaks(block, doc.source) + [len(block.text)]
        for a, b in list(pairwise(cuts))[:3]:  # a wrapped first paragraph: its first lines
            line = block.text[a:b].strip()
            rest = block.text[b:].lstrip()
            if rest[:1].islower() or line.endswith((",", "-")):
                continue  # "Are you a data scientist, librarian, or just love finding and" / "organizing data?"
            if (
                title_like(line)
                and names_a_job(line, vocab)
                and label_of(line) is None
                and vocab.classify(line, loose=False) is None
            ):
                piece = block if (a, b) == (0, len(block.text)) else _split_out(doc, block, a, b)
                consumed.add(piece)
                doc.title = Title(piece.text, piece.source_span(0, len(piece.text)), piece, "first-line")
                return consumed
    # A page's own title: <h1>, og:title, JSON-LD, <title> (HTML readers fill page_titles).
    order = {"h1": 0, "og:title": 1, "json-ld": 2, "html-title": 3}
    for _source, text, span in sorted(doc.page_titles, key=lambda t: order.get(t[0], 9)):
        if text and title_like(text):
            doc.title = Title(text, span, None, "page")
            return consumed
    return consumed


def _page_has_h1(doc: Document) -> bool:
    """An HTML page with an <h1>: a second-level heading before it ("Contents" over a table of
    contents, a sidebar's "Menu") is page furniture, not the title."""
    return any(source == "h1" for source, _text, _span in doc.page_titles)


# A gender marker after a job name ("PORTEUR FUNERAIRE (H/F)", "Koch (m/w/d)", "chauffeurs SPL H/F").
_GENDER_MARKER = re.compile(
    r"\(?\b(?:h\s*/\s*f|f\s*/\s*h|m\s*/\s*[wf]\s*/\s*[dx]|w\s*/\s*m\s*/\s*d"
    r"|m\s*/\s*v(?:\s*/\s*x)?)\b\)?",
    re.I,
)
# Words that end the job name when reading back from the marker ("recrute des", "sucht einen").
_BEFORE_JOB = frozenset(
    """de des du d un une le la les l plusieurs recherche recherchons recrute recrutons pour
    sur en un(e) einen eine ein einer sucht suchen als für zum zur wir een zoekt zoeken zoekt als a an the
    for seeks hiring""".split()
)
_MAX_MARKED_JOB_WORDS = 5


def _marked_job(blocks: list[Block]) -> Title | None:
    """A posting with no title anywhere often names the job once in its opening prose with a
    gender marker ("Notre agence recrute des PORTEURS FUNERAIRES (H/F) ..."): the words before
    the marker, back to the article or verb that introduces them, are the title."""
    for block in blocks:
        if block.kind not in ("paragraph", "heading"):
            continue
        m = _GENDER_MARKER.search(block.text)
        if m is None:
            continue
        start, words, introduced = m.start(), 0, False
        for w in reversed(list(re.finditer(r"\S+", block.text[: m.start()]))):
            token = w.group(0)
            # "l'assembleur": the elided article starts the name; an opening quote does too
            # ("“Chargé de mission ... d’Intérêt Général (F/H)”": "d’" is inside the name).
            bare = re.sub(r"^(?:[lL]['’]|[“«\"‘„]\s*)", "", token)
            if token.casefold() in _BEFORE_JOB or token[-1] in ".,;:!?":
                introduced = True
                break
            if words == _MAX_MARKED_JOB_WORDS:
                break
            start, words = w.start() + len(token) - len(bare), words + 1
            if bare != token:
                introduced = True
                break
        if words == 0 or not introduced:
            continue  # a line that is only the name ("Koch (m/w/d)") is the title line's to take
        text = block.text[start : m.end()]
        return Title(text, block.source_span(start, m.end()), None, "prose")
    return None


def _heading_the_page_names(doc: Document, body: list[Block], first: Block | None, vocab: Vocabulary) -> Block | None:
    """On an HTML page whose first heading is the site's name ("Acme Careers"), the heading that
    the page's <title>, og:title or JSON-LD names is the job title."""
    names = [
        normalize_heading(text)
        for source, text, _ in doc.page_titles
        if source in ("html-title", "og:title", "json-ld") and text.strip()
    ]
    if first is None or not names or any(normalize_heading(first.text) in name for name in names):
        return first
    for block in body[1:12]:
        text = normalize_heading(block.text)
        if (
            block.kind == "heading"
            and block.level <= 3
            and len(text) > 3
            and any(text in name for name in names)
            and vocab.classify(text, loose=False) is None
        ):
            block.level = 1  # it is the page's title heading, whatever its level
            return block
    return first


_TITLE_MAX_WORDS = 14
_TITLE_MAX_CHARS = 120


def _split_out(doc: Document, block: Block, start: int, end: int) -> Block:
    """Cut ``block.text[start:end]`` out of a block into a block of its own (kept in doc.blocks)."""
    pieces = [block.slice(a, b) for a, b in ((0, start), (start, end), (end, len(block.text)))]
    middle = pieces[1]
    assert middle is not None
    at = doc.blocks.index(block)
    doc.blocks[at : at + 1] = [p for p in pieces if p is not None]
    return middle


# A page title's parts ("Jobs - Acme - Network Manager", "Careers | Acme"): one names the page.
_PAGE_TITLE_SEPARATOR = re.compile(r"\s+[-–—|·:»]\s+|\s*[|»]\s*")
_PAGE_NAME = re.compile(
    r"(?:jobs?|careers?|vacanc(?:y|ies)|(?:job )?openings?|open positions|work with us|join us|"
    r"stellenangebote|stellen|karriere|jobs & karriere|emplois?|carri[eè]res?|offres d['’]emploi|"
    r"vacatures|werken bij(?: \w+)?|vagas|empleos?|trabaja con nosotros)",
    re.I,
)


def _browser_page_title(text: str) -> bool:
    """A title made of parts set off by dashes or bars, one of which names a page of jobs."""
    parts = [p.strip() for p in _PAGE_TITLE_SEPARATOR.split(text) if p.strip()]
    return len(parts) >= 2 and any(_PAGE_NAME.fullmatch(p) for p in parts)


def title_like(text: str) -> bool:
    """Short enough to be a job title and not a sentence, nor a lead-in ending in ":"."""
    text = text.strip()
    return (
        bool(text)
        and len(text) <= _TITLE_MAX_CHARS
        and len(text.split()) <= _TITLE_MAX_WORDS
        and not text.endswith((".", "!", "?", ";", ":"))
    )


def names_a_job(text: str, vocab: Vocabulary) -> bool:
    """The text contains a word that names a job ("engineer", "Entwickler", "vendeur", "auxiliar")."""
    words = re.findall(r"[^\W\d_]+", unicodedata.normalize("NFKC", text).casefold())
    return any(
        w in vocab.job_words or any(w.endswith(s) for s in vocab.job_suffixes if len(w) > len(s) + 2) for w in words
    )


def _front_matter_title(doc: Document, key: str, value: str) -> Title:
    """The front-matter (or JSON record) title as a heading block, so that title rules can match in it."""
    source = doc.source
    if doc.format in ("json", "yaml"):  # a record may share its line with others (JSON Lines)
        where = frontmatter.record_field_span(source, doc.format, doc.record_span, key)
        offsets = (
            align(value, source, where.start, where.end) if where.end > where.start else [where.start] * len(value)
        )
    else:
        fm = frontmatter.find(source)
        m = frontmatter.key_line(source, key, 0, fm.end if fm else len(source))
        offsets = align(value, source, m.start(1), m.end(1)) if m else [0] * len(value)
    block = Block(
        kind="heading",
        text=value,
        offsets=array("l", offsets),
        level=1,
        origin="front-matter",
        field=key,
        span=Span(offsets[0], offsets[-1] + 1),
    )
    return Title(value, block.span, block, "front-matter")
