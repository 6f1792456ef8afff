"""Requirements: the must-have items of a posting, whether it says what is optional, and which
list items or paragraphs are one of several alternatives (a paragraph followed by "or,").

Counting must-haves is harder than counting bullets. US federal postings put a list of examples
under each qualification ("1. Experience X. This experience must include ALL of the following:"
then "- a", "- b"), list conditions of employment (citizenship, background check) under "Key
Requirements", and tell applicants what to put on their resume in the same section. Those are not
qualifications a writer could move to nice-to-have, so ``must_haves`` leaves them out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import prefilter
from ..model import Block, Document
from .base import Fact, in_block

# A list marker at the start of a block's source: ordered ("1.", "a)") or a bullet.
_MARKER = re.compile(r"\s*(?:(?P<ordered>\d{1,3}[.)]|[a-zA-Z][.)])|(?P<bullet>[-*+•●▪◦o]))\s")

# Conditions of employment rather than qualifications: they cannot move to nice-to-have.
_CONDITION = re.compile(
    r"\b(?:citizens?(?:hip)?|nationals?\b|background (?:check|investigation|screening)|selective service|"
    r"direct deposit|trial period|probationary period|security clearance|e-verify|drug (?:test|screen)|"
    r"authori[sz]ed to work|work (?:authori[sz]ation|permit)|right to work|vaccinat\w*|financial disclosure|"
    r"suitab(?:le|ility) for federal employment)",
    re.I,
)

# Sections that hold conditions or application steps, not qualifications.
_CONDITION_HEADING = re.compile(
    r"\b(?:physical|cognitive|working conditions|work environment|submission|"
    r"required documents|application|how to apply)\b",
    re.I,
)

# A heading or lead-in whose list is not a list of must-haves: resume instructions, optional
# extras, the federal series' standard competencies ("BASIC REQUIREMENTS").
_NOT_MUST = re.compile(
    r"\b(?:resume|résumé|cv|cover letter|application|apply|optional|nice[- ]to[- ]haves?|bonus|a plus|preferred|"
    r"desirable|(?:would|we['\u2019]d) love|able to learn|learn on the job|we use|our (?:tech )?stack|links?|"
    r"basic requirements)\b",
    re.I,
)

# A paragraph that tells candidates the list below is not a checklist.
_FLEXIBLE = re.compile(
    r"\b(?:(?:do not|don['\u2019]t) (?:need|have|expect)|not expect(?:ing)? (?:you|candidates)|not all of|some of the|"
    r"scope to develop|(?:don['\u2019]t|do not) meet|even if you|"
    # "An interest in the problems we face is much more important than having experience in everything listed"
    r"(?:more important|matters more) than (?:having|ticking|meeting|knowing))\b",
    re.I,
)

# An item that says it is optional ("Kubernetes experience is a plus").
_OPTIONAL_ITEM = re.compile(
    r"(?:\b(?:a (?:big |huge |strong |definite )?plus|an? (?:added |additional |real |big |great |definite )?"
    r"(?:asset|advantage|bonus)|(?:nice|good) to have|preferred|desirable|advantageous|beneficial|"
    # French, German, Dutch, Portuguese, Spanish: "un atout", "von Vorteil", "een pré", "um diferencial"
    r"(?:un )?atout|von vorteil|(?:ein )?plus|(?:een )?pr[ée]|(?:um )?diferencial|se valorar[áa])|\bplus\b)"
    r"[\s.,;:!)]*$",
    re.I,
)

# An item left open by "such as" / "including": the short items after it complete it.
_DANGLING = re.compile(r"\b(?:such as|including|like|e\.g\.|for example|especially|namely)[\s:]*$", re.I)
_OPENER = re.compile(
    r"(?:\d|experience|knowledge|ability|able|strong|excellent|good|solid|deep|proven|familiar|understanding|"
    r"proficien|expert|bachelor|master|degree|an? |you|have|must|working|demonstrated|hands-on)\b",
    re.I,
)

# A footnote or a definition, not a requirement ("*Enterprise defined as 1000+ users").
_NOTE = re.compile(r"\*|[^.]{0,60}\b(?:is|are) defined\b", re.I)

# "...at least ONE of the following:" makes the list a menu: only N of its items are required.
_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_CHOOSE = re.compile(
    r"\b(?:at least |any )?(?P<n>one|two|three|four|five|six|\d)\b(?: or more)? of the following", re.I
)

# A heading or lead-in naming a grade: multi-grade postings list one set of qualifications per
# grade ("GS14 qualifications:", "GS-15 LEVEL ..."), and a candidate meets only one of them.
_GRADE = re.compile(r"\bGS[-\u2013 ]?\d{1,2}\b|\b(?:level|grade) \d\b", re.I)

# "You will work closely with..." is a duty filed under requirements, not a qualification
# ("You will have", "You'll bring" and "You will be able to" are qualifications).
_DUTY = re.compile(
    r"(?:you will|you['\u2019]ll)\s+(?!have\b|need\b|bring\b|be\b|possess|hold\b|already\b|ideally\b|"
    r"also\b|likely\b|demonstrate)",
    re.I,
)

# An item that only links to a part of the page ("[Qualifications](#qualifications)").
_ANCHOR_LINK = re.compile(r"\s*(?:[-*+]\s+)?\[[^\]]*\]\(#")

# A requirement list that also names what is optional: the posting already separates the two.
_OPTIONAL_WORDING = re.compile(
    r"\b(?:nice[- ]to[- ]haves?|preferred|preferably|bonus|a plus|desirable|ideally|not required|optional|"
    r"is an asset|(?:an? (?:added |additional )?)advantage|would be great|able to learn|(?:would|we['\u2019]d) love|"
    r"priority (?:will be|is) given|"
    # German, French, Dutch, Portuguese, Spanish
    r"von vorteil|kein muss|ein plus|wünschenswert|idealerweise|vorzugsweise|un (?:plus|atout)|souhaitée?s?|"
    r"appréciée?s?|idéalement|een pré|pluspunt|bij voorkeur|diferencial|desejáve(?:l|is)|deseable|valorable|"
    r"added plus(?:es)?|keine (?:Voraussetzung|Bedingung)|nicht zwingend)\b"
    r"|\bvalued(?=\s*(?:\)|[.;,]?\s*$))",
    re.I,
)


# An item that opens by saying it is hoped for, not required.
_IDEALLY = re.compile(
    r"\W*(?:(?:ideally|preferably|idéalement|de préférence|idealerweise|vorzugsweise|bij voorkeur|idealiter|"
    r"idealmente|preferencialmente|preferiblemente|de preferencia)\b"
    # an item labelled optional: "Plus: Du kennst dich mit Grafikprogrammen aus", "Bonus: Rust"
    r"|(?:plus|bonus|optional|nice to have|a plus|nice-to-have|wünschenswert|atout|un plus|pluspunt)\s*:)",
    re.I,
)


def _optional_item(text: str) -> bool:
    """The whole item is optional: "Kubernetes is a plus", not "A degree in CS. A PhD is a plus"."""
    if re.search(r"\b(?:is|are) (?:also )?welcomed?\b", text, re.I):  # "A portfolio is welcome"
        return True
    if _IDEALLY.match(text):  # "Ideally, you're fluent in French and English"
        return True
    m = _OPTIONAL_ITEM.search(text)
    if not m:
        return False
    head = text[: m.start()]
    return not re.search(r"[.;]\s|\b(?:required|must|minimum)\b", head, re.I)


def _marker(doc: Document, block: Block) -> str | None:
    """``ordered``, ``bullet`` or None (HTML, or no marker found) for a list item."""
    m = _MARKER.match(doc.source, block.span.start)
    if not m:
        return None
    return "ordered" if m.group("ordered") else "bullet"


def _lead_in(block: Block) -> bool:
    return block.text.rstrip().endswith(":")


# A list that offers alternatives: a lead-in such as "You should either:" / "Designers might",
# or an item that starts (or its predecessor ends) with "or".
_ALTERNATIVES_LEAD = re.compile(r"\b(?:either|one of|any of|might|may|could)\b", re.I)
_OR_START = re.compile(r"\W*or\b", re.I)
_OR_END = re.compile(r"\bor\W*$", re.I)


def _runs(doc: Document) -> dict[int, list[Block]]:
    """id(list item) -> the run of consecutive top-level list items it belongs to."""
    runs: dict[int, list[Block]] = {}
    run: list[Block] = []
    for block in doc.blocks + [None]:
        if block is not None and block.kind == "list_item":
            if block.level <= 1:
                run.append(block)
            continue
        for item in run:
            runs[id(item)] = run
        run = []
    return runs


def _offers_alternatives(doc: Document, run: list[Block]) -> bool:
    """Does the run of list items offer alternatives rather than requirements each on its own?"""
    i = doc.blocks.index(run[0])
    lead = doc.blocks[i - 1] if i > 0 else None
    if (
        lead is not None
        and lead.kind != "list_item"
        and len(lead.text.split()) <= 12
        and _ALTERNATIVES_LEAD.search(lead.text)
    ):
        return True
    return any(_OR_START.match(b.text) for b in run[1:]) or any(_OR_END.search(b.text) for b in run[:-1])


# "or," alone between two paragraphs of qualifications (civil-service postings): the first one
# is one route of several.
_OR_LINE = re.compile(r"\W*or\W*$", re.I)


def _paragraph_alternatives(doc: Document) -> set[int]:
    """ids of paragraphs followed by an "or" line, or by a paragraph that opens with "or"."""
    out: set[int] = set()
    blocks = [b for b in doc.blocks if b.text.strip()]
    for block, after in zip(blocks, blocks[1:], strict=False):
        if block.kind == "paragraph" and (_OR_LINE.match(after.text) or _OR_START.match(after.text)):
            out.add(id(block))
    return out


class _Counter:
    """Walks the blocks of the requirements sections in order and keeps the must-have items."""

    def __init__(self, doc: Document, runs: dict[int, list[Block]], alternatives: set[int]) -> None:
        self.doc = doc
        self.runs = runs
        self.alternatives = alternatives  # ids of list items that are one of several alternatives
        self.common: list[Block] = []  # items before any grade-specific list
        self.grades: list[list[Block]] = []  # one list per grade, when the posting has several
        self.heading_skip = False  # under a heading whose content is not must-haves ("Nice to have")
        self.lead_skip = False  # under a lead-in whose list is not must-haves ("On your resume, provide:")
        self.choose: int | None = None  # under "one of the following:": count this many
        self.detail_of: str | None = None  # marker of a list-item lead-in whose followers are details
        self.completing = False  # after an item ending in "such as": short items complete it

    @property
    def target(self) -> list[Block]:
        return self.grades[-1] if self.grades else self.common

    def context(self, block: Block) -> None:
        """A heading or paragraph: it ends the current list and may introduce the next one."""
        self.lead_skip, self.choose, self.detail_of, self.completing = False, None, None, False
        if block.is_heading:
            self.heading_skip = bool(_NOT_MUST.search(block.text))
        elif _lead_in(block):
            self.lead_skip = bool(_NOT_MUST.search(block.text) or _FLEXIBLE.search(block.text))
        else:
            self.lead_skip = bool(_FLEXIBLE.search(block.text))
        if block.is_heading or _lead_in(block):
            m = _CHOOSE.search(block.text)
            if m and not re.search(r"\ball of\b", block.text, re.I):
                self.choose = _NUMBERS.get(m.group("n").lower()) or int(m.group("n"))
        if _GRADE.search(block.text) and (block.is_heading or _lead_in(block)):
            self.grades.append([])

    def item(self, block: Block) -> None:
        if block.level > 1 or self.heading_skip or self.lead_skip:  # nested bullets are details
            return
        if id(block) in self.alternatives and self.runs[id(block)][0] is not block:
            return  # "have a degree; be a graduate of a course; or already work as a designer": one
        marker = _marker(self.doc, block)
        if self.detail_of is not None:
            if marker is None or marker == self.detail_of:
                self.detail_of = None  # back in the lead-in's own list: a new item
            else:
                return  # a separate list right under "...the following:" holds its details
        if self.completing:
            short = len(block.text.split()) <= 12 or block.text.count(",") >= 3  # a name or a list of names
            if short and not _OPENER.match(block.text):
                return
            self.completing = False
        if (
            _CONDITION.search(block.text)
            or _DUTY.match(block.text)
            or _NOTE.match(block.text)
            or _optional_item(block.text)
            or _ANCHOR_LINK.match(self.doc.source, block.span.start)
        ):
            return
        if self.choose is not None:
            if self.choose <= 0:
                return
            self.choose -= 1
        self.target.append(block)
        if _lead_in(block) and marker is not None:
            self.detail_of = marker
        self.completing = bool(_DANGLING.search(block.text))

    def result(self) -> list[Block]:
        return self.common + max(self.grades, key=len, default=[])


def _heading_before(doc: Document, section) -> Block | None:
    """The heading right before a section found from its content (its own heading was taken
    for an empty section of another kind: "Would Love For You To Have")."""
    if not section.blocks:
        return None
    i = doc.blocks.index(section.blocks[0])
    return doc.blocks[i - 1] if i > 0 and doc.blocks[i - 1].is_heading else None


def _must_haves(doc: Document, runs: dict[int, list[Block]], alternatives: set[int]) -> list[Block]:
    counter = _Counter(doc, runs, alternatives)
    for section in doc.checked_sections:
        if section.kind != "requirements":
            continue
        counter.heading_skip = False  # a "Nice to have" sub-heading ends with its section
        heading = section.heading or _heading_before(doc, section)
        if heading is not None:
            if _CONDITION_HEADING.search(heading.text):
                continue
            counter.context(heading)
        for block in section.blocks:
            if block.kind == "list_item":
                counter.item(block)
            elif block.is_prose or block.is_heading:
                counter.context(block)
    return counter.result()


# "Apply even if you don't meet every requirement": the posting tells candidates the list is not
# a checklist, which is what a nice-to-have split is for (Behavioural Insights Team, Hewlett
# Packard's internal report). English, German, French, Dutch, Portuguese, Spanish.
_APPLY_ANYWAY = re.compile(
    r"\b(?:even if|if) you (?:don['\u2019]t|do not) (?:meet|tick|check|match|have) (?:every|all|each|100\s?%)"
    r"|\bdon['\u2019]t (?:meet|match) (?:every|all) (?:the )?(?:requirements?|qualifications?|criteria)"
    r"|\b(?:apply|applying) anyway\b"
    # "An interest in the problems is much more important than having experience in everything
    # listed", "We don't expect you to have all the skills", "You don't need all of these"
    r"|\b(?:more important than|matters more than) (?:having|ticking|meeting|knowing) (?:experience (?:in|with|of) )?"
    r"(?:everything|all|every)\b"
    r"|\b(?:don['\u2019]t|do not|won['\u2019]t|will not) (?:expect|need) (?:you )?(?:to (?:have|know|meet|tick) )?"
    r"(?:all|every|everything|each)\b"
    r"|\bnot (?:expected|required) to (?:have|know|meet) (?:all|every|everything)\b"
    # "We understand that no one person has all the qualifications listed here"
    r"|\b(?:no (?:one|single)(?: (?:person|candidate|applicant))?|nobody) (?:has|will have|meets|ticks|checks) "
    r"(?:all|every|each)\b"
    r"|\bauch wenn (?:du|sie) nicht (?:alle|jede)|\bnicht (?:alle|jede) (?:Punkte|Anforderungen|Kriterien)\b[^.]{0,40}"
    r"\b(?:erfüllst|erfüllen)|\bnicht (?:zu )?100\s?%(?:ig)?(?: zu)? (?:erfüllst|erfüllen|passt|passen)"
    r"|\b(?:bewirb dich|bewerben Sie sich)\b[^.!]{0,30}\btrotzdem\b"
    r"|\bmême si (?:vous ne|tu ne) (?:remplissez|remplis|cochez|coches|correspondez|corresponds) pas"
    r"|\b(?:postulez|postule|candidatez|candidate)[- ]?(?:quand même|malgré tout)\b"
    r"|\bne coche(?:z|nt)? pas toutes les cases\b"
    r"|\b(?:checks?|ticks?|tick|check) (?:all|every) (?:the |of the )?boxes\b"
    r"|\book als je niet (?:aan )?(?:alle|elke)"
    r"|\bmesmo que (?:você )?não (?:atenda|tenha|cumpra)"
    r"|\baunque no (?:cumplas|tengas|reúnas)",
    re.I,
)


def separates_optional(doc: Document) -> bool:
    """The posting says what is optional: a nice-to-have section, "preferred"/"a plus" wording
    in its requirements, or an invitation to apply without meeting every point."""
    if prefilter.any_block(_APPLY_ANYWAY, (b for b in doc.blocks if b.text and (b.is_prose or b.is_heading))):
        return True
    for section in doc.checked_sections:
        if section.kind == "nice-to-have" and (section.word_count or section.origin == "front-matter"):
            return True
        if section.kind == "requirements":
            texts = [b.text for b in section.blocks] + ([section.heading.text] if section.heading else [])
            if any(_OPTIONAL_WORDING.search(t) for t in texts):
                return True
            if any(b.kind == "list_item" and _optional_item(b.text) for b in section.blocks):
                return True  # "Plus: you have read a few lines of code", "Ideally, ..."
            framing = [section.heading.text] if section.heading else []
            framing += [b.text for b in section.blocks if b.kind == "paragraph" and b.text.rstrip().endswith(":")]
            if any(_IDEAL_FRAMING.search(t) for t in framing):
                return True
    return False


# A list framed as a portrait or as what is assessed, not as a checklist: "An excellent candidate
# will have:", "You'll fit right in if:", "We'll evaluate you based on:", "Un(e) excellent(e)
# candidat(e) aura :", "Ihr Profil als ideale Kandidatin".
_IDEAL_FRAMING = re.compile(
    r"\b(?:ideal|excellent|great|perfect) (?:candidate|applicant|person|match)s?\b|\bfit right in\b|"
    r"\b(?:good|great) fit\b|\b(?:evaluate|assess) you\b|\b(?:evaluated|assessed) (?:on|against|based on)\b|"
    r"\b(?:candidat|candidate|candidat\(e\)|personne) idéale?\b|\bexcellent(?:e|\(e\))? candidat|"
    r"\bcandidature sera évaluée\b|\bideale[nr]? (?:Kandidat|Kandidatin|Bewerber|Bewerberin)|"
    r"\bideale kandidaat\b|\bcandidat[oa] ideal\b",
    re.I,
)


@dataclass(frozen=True, kw_only=True)
class MustHave(Fact):
    """A requirement item a candidate must meet."""

    text: str


@dataclass(frozen=True)
class RequirementFacts:
    must_haves: tuple[MustHave, ...] = ()
    separates_optional: bool = False  # the posting says what is optional
    alternatives: frozenset[int] = frozenset()  # ids of list items that are one of several alternatives

    def is_alternative(self, block: Block) -> bool:
        return id(block) in self.alternatives


def read(doc: Document) -> RequirementFacts:
    runs = _runs(doc)
    distinct = {id(run[0]): run for run in runs.values()}
    alternatives = {id(b) for run in distinct.values() if _offers_alternatives(doc, run) for b in run}
    alternatives |= _paragraph_alternatives(doc)
    items = _must_haves(doc, runs, alternatives)
    return RequirementFacts(
        tuple(MustHave(text=b.text, **in_block(b, 0, len(b.text))) for b in items),
        separates_optional(doc),
        frozenset(alternatives),
    )
