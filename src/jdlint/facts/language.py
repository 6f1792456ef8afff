"""The language a posting is written in: detected offline with py3langid, or given.

A front-matter ``lang`` / ``language`` / ``inLanguage`` field or the ``language:`` setting
(``--language``) names it; otherwise the posting's prose is classified piece by piece and the
language that covers most characters wins, so an English posting with one French paragraph is
English; a posting given in full in two languages (each at least ``BILINGUAL_SHARE``) gets the
language it opens with, as translations follow the original. Code, URLs and e-mail addresses are left
out. Text too short to tell (under ``MIN_WORDS`` words) is ``und`` and unreliable, and rules
treat an unreliable result as English-compatible: no rule is skipped on a guess.

Loading the py3langid model takes about 1.7 s (it decompresses 68 MB), so prose in which English
function words ("the", "and", "you", "will"...) make up at least ``ENGLISH_SHARE`` of the words is
taken as English without it: English postings score 0.08-0.35 on that measure, postings in the
other languages seen so far below 0.01, and the ones in between go to the model.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from ..model import Block, Document

MIN_WORDS = 20
# Below this share of the classified characters the winner is not trusted (mixed or noisy text).
MIN_CONFIDENCE = 0.5
# Prose is classified in pieces of about this many characters (a paragraph, or a run of bullets):
# single bullets are too short for character n-grams, and one piece for the whole posting would
# hide a paragraph in another language.
_PIECE_CHARS = 250
FRONT_MATTER_KEYS = ("lang", "language", "inLanguage")
ENGLISH_SHARE = 0.15
# Two languages that each cover at least this share of the prose: the posting is given twice,
# and its language is the one it opens with.
BILINGUAL_SHARE = 0.3
# Only words no other supported language uses ("a", "in", "is", "we", "as" are Dutch, Portuguese...).
_ENGLISH_WORDS = frozenset("the and of to you your with our will for are this that be from have who".split())
_WORD = re.compile(r"[^\W\d_]+")

NAMES = {
    "en": "English",
    "de": "German",
    "fr": "French",
    "nl": "Dutch",
    "pt": "Portuguese",
    "es": "Spanish",
    "it": "Italian",
    "pl": "Polish",
    "sk": "Slovak",
    "cs": "Czech",
    "sv": "Swedish",
    "da": "Danish",
    "no": "Norwegian",
    "nb": "Norwegian",
    "fi": "Finnish",
    "hu": "Hungarian",
    "ro": "Romanian",
    "el": "Greek",
    "tr": "Turkish",
    "ru": "Russian",
    "uk": "Ukrainian",
    "hy": "Armenian",
    "ja": "Japanese",
    "zh": "Chinese",
    "ko": "Korean",
    "ar": "Arabic",
    "he": "Hebrew",
    "hi": "Hindi",
    "ca": "Catalan",
    "hr": "Croatian",
    "sl": "Slovenian",
    "lt": "Lithuanian",
    "lv": "Latvian",
    "et": "Estonian",
    "bg": "Bulgarian",
    "sr": "Serbian",
    "id": "Indonesian",
    "vi": "Vietnamese",
    "th": "Thai",
}
# Names people write in a front-matter field instead of a code ("language: Deutsch").
_BY_NAME = {name.lower(): code for code, name in NAMES.items()} | {
    "deutsch": "de",
    "français": "fr",
    "francais": "fr",
    "nederlands": "nl",
    "português": "pt",
    "portugues": "pt",
    "español": "es",
    "espanol": "es",
    "castellano": "es",
    "italiano": "it",
    "polski": "pl",
    "slovenčina": "sk",
    "čeština": "cs",
}
_CODE = re.compile(r"^([a-z]{2,3})(?:[-_][a-z0-9]{2,8})*$", re.I)
_URL_OR_EMAIL = re.compile(r"\bhttps?://\S+|\bwww\.\S+|\S+@\S+\.\w+")


@dataclass(frozen=True)
class Language:
    code: str  # ISO 639-1 ("en", "de", ...), or "und" when it cannot be told
    # 0..1: the detector's probability weighted by characters; 1.0 when the language is given or
    # when English function words settle it.
    confidence: float
    reliable: bool
    source: str  # "detected", "front-matter" or "config"
    # A posting given in full in two languages: the language of the second copy.
    second: str | None = None

    @property
    def name(self) -> str:
        return NAMES.get(self.code, self.code)

    @property
    def gating_code(self) -> str:
        """The code rules are gated on: an unreliable guess counts as English, so that no rule
        is skipped on too little text."""
        return self.code if self.reliable else "en"


UNDETERMINED = Language("und", 0.0, False, "detected")


def parse_code(value: Any) -> str | None:
    """ISO 639-1 code from "de", "de-DE", "pt_BR", "German" or "Deutsch"; None otherwise."""
    if not isinstance(value, str):
        return None
    text = value.strip()
    if text.lower() in _BY_NAME:
        return _BY_NAME[text.lower()]
    m = _CODE.match(text)
    if not m:
        return None
    code = m.group(1).lower()
    return code if len(code) == 2 else _ISO_639_2.get(code)


# Three-letter codes of the languages above (ISO 639-2/B and /T) that a field may carry.
_ISO_639_2 = {
    "eng": "en",
    "deu": "de",
    "ger": "de",
    "fra": "fr",
    "fre": "fr",
    "nld": "nl",
    "dut": "nl",
    "por": "pt",
    "spa": "es",
    "ita": "it",
    "pol": "pl",
    "slk": "sk",
    "slo": "sk",
    "ces": "cs",
    "cze": "cs",
}


def detect(doc: Document, override: str | None = None) -> Language:
    """The posting's language: ``override`` (config/CLI), then front matter, then detection."""
    if override:
        return Language(override, 1.0, True, "config")
    for key in FRONT_MATTER_KEYS:
        code = parse_code(doc.meta.get(key))
        if code:
            return Language(code, 1.0, True, "front-matter")
    return detect_text(_prose_pieces(doc.prose_blocks))


def detect_text(pieces: list[str]) -> Language:
    """Majority language by characters over pieces of prose."""
    words = [w for piece in pieces for w in _WORD.findall(piece.lower())]
    if len(words) < MIN_WORDS:
        return UNDETERMINED
    # English throughout, not only on the whole: a posting given twice opens in one language and
    # ends in the other.
    third = max(MIN_WORDS, len(words) // 3)
    parts = (words, words[:third], words[-third:])
    if all(sum(w in _ENGLISH_WORDS for w in part) >= ENGLISH_SHARE * len(part) for part in parts):
        return Language("en", 1.0, True, "detected")
    identifier = _identifier()
    chars: dict[str, float] = {}
    belief: dict[str, float] = {}
    first: dict[str, int] = {}
    for index, piece in enumerate(pieces):
        code, probability = identifier.classify(piece)
        first.setdefault(code, index)
        chars[code] = chars.get(code, 0) + len(piece)
        belief[code] = belief.get(code, 0.0) + len(piece) * float(probability)
    total = sum(chars.values())
    code = max(chars, key=lambda c: (chars[c], belief[c]))
    # A posting given twice, in two languages ("Ver post en castellano" and the Spanish copy
    # after the English one): the original comes first, the translation follows.
    halves = [c for c in chars if chars[c] >= BILINGUAL_SHARE * total]
    second = None
    if len(halves) == 2:
        code, second = sorted(halves, key=first.__getitem__)
        confidence = round(sum(belief[c] for c in halves) / total, 3)  # both copies are told apart
    else:
        confidence = round(belief[code] / total, 3)
    return Language(code, confidence, confidence >= MIN_CONFIDENCE, "detected", second)


_TRANSLATION_MIN_CHARS = 80  # a section with less prose is not classified on its own
_TRANSLATION_SHARE = 0.7  # of the prose from there on, in the second language


def translation_start(doc: Document, found: Language) -> int | None:
    """Where the second copy of a posting given in two languages begins: the section after the
    last one in the posting's language, from which on most of the prose is in the second one."""
    if found.second is None:
        return None
    identifier = _identifier()
    scored: list[tuple[int, str, int]] = []  # (index in doc.sections, language, characters)
    for i, section in enumerate(doc.sections):
        text = " ".join(filter(None, (_clean(b) for b in section.blocks if b.is_prose)))
        if len(text) >= _TRANSLATION_MIN_CHARS:
            scored.append((i, identifier.classify(text)[0], len(text)))
    for k, (_, code, _) in enumerate(scored):
        if k == 0 or code != found.second:
            continue
        rest = scored[k:]
        second = sum(n for _, c, n in rest if c == found.second)
        if second >= _TRANSLATION_SHARE * sum(n for _, _, n in rest):
            # The copy starts at the first short section after the original's last long one
            # that reads as the second language ("## Versión en español"), else at this one.
            for section in doc.sections[scored[k - 1][0] + 1 : scored[k][0]]:
                text = " ".join(filter(None, (_clean(b) for b in [section.heading, *section.blocks] if b)))
                if text and identifier.classify(text)[0] == found.second:
                    return section.span.start
            return doc.sections[scored[k][0]].span.start
    return None


def _prose_pieces(blocks: list[Block]) -> list[str]:
    """Prose without code, URLs and e-mail addresses, joined into pieces of consecutive blocks
    (a new piece starts at a section boundary once the current one is a third full)."""
    pieces: list[str] = []
    current: list[str] = []
    size = 0
    section = None
    for block in blocks:
        text = _clean(block)
        if not text:
            continue
        if current and (size >= _PIECE_CHARS or (block.section is not section and size >= _PIECE_CHARS // 3)):
            pieces.append(" ".join(current))
            current, size = [], 0
        section = block.section
        current.append(text)
        size += len(text) + 1
    if current:
        if pieces and size < _PIECE_CHARS:
            pieces[-1] += " " + " ".join(current)  # a short tail joins the piece before it
        else:
            pieces.append(" ".join(current))
    return pieces


def _clean(block: Block) -> str:
    text = block.text
    ranges = sorted(block.masked_ranges)
    if ranges:
        out, cursor = [], 0
        for start, end in ranges:
            if start > cursor:
                out.append(text[cursor:start])
            cursor = max(cursor, end)
        out.append(text[cursor:])
        text = " ".join(out)
    return " ".join(_URL_OR_EMAIL.sub(" ", text).split())


_lock = threading.Lock()
_IDENTIFIER: Any = None


def _identifier() -> Any:
    """The py3langid model, loaded once per process on first use (it takes a few hundred ms)."""
    global _IDENTIFIER
    if _IDENTIFIER is None:
        with _lock:
            if _IDENTIFIER is None:
                from py3langid.langid import MODEL_FILE, LanguageIdentifier

                # py3langid 0.4 renamed the loader; 0.3 has only from_pickled_model.
                load = getattr(LanguageIdentifier, "from_model_file", None) or LanguageIdentifier.from_pickled_model
                _IDENTIFIER = load(MODEL_FILE, norm_probs=True)
    return _IDENTIFIER
