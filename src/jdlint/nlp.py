"""spaCy, loaded lazily and once per process: tokens and sentences for every block.

The default pipeline is spaCy's blank English tokenizer plus the rule-based sentencizer, which
needs no download. A trained pipeline is used only when the user names one that is installed.
"""

from __future__ import annotations

import re
import warnings
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from functools import lru_cache
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from .errors import ConfigError
from .model import Block, Intervals, Sentence, Token

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language

BLANK = "blank:en"


@lru_cache(maxsize=4)
def pipeline(model: str = BLANK) -> Language:
    """The spaCy pipeline: ``blank:en`` (default) or an installed trained pipeline's name."""
    import spacy

    if model == BLANK:
        nlp = spacy.blank("en")
    else:
        if not spacy.util.is_package(model):
            raise ConfigError(
                f"spaCy pipeline {model!r} is not installed; jdlint never downloads models. "
                f"Install it yourself (pip install <wheel>) or use the default {BLANK!r}."
            )
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            nlp = spacy.load(model, exclude=["ner", "textcat", "textcat_multilabel"])
    _split_brackets(nlp)
    if "sentencizer" not in nlp.pipe_names and "parser" not in nlp.pipe_names and "senter" not in nlp.pipe_names:
        nlp.add_pipe("sentencizer")
    return nlp


def _split_brackets(nlp: Language) -> None:
    """Split brackets inside tokens too: postings glue them to words ("(Node.js)-Remote")."""
    from spacy.util import compile_infix_regex

    infixes = list(nlp.Defaults.infixes or []) + [r"[()\[\]{}]", r"(?<=[)\]])-"]
    # spaCy types the tokenizer as any callable; it is spacy.tokenizer.Tokenizer (compiled, no stubs).
    tokenizer: Any = nlp.tokenizer
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


# Abbreviations that often end a sentence; spaCy keeps their period inside the token, so the
# sentencizer never splits after them ("... until 5 p.m. During the first week ...").
_SENTENCE_FINAL_ABBREVIATIONS = frozenset({"a.m.", "p.m.", "etc.", "inc.", "ltd.", "co."})


def _sentence_bounds(doc, abbreviations: list[int]) -> list[tuple[int, int]]:
    """Sentence ``(start, end)`` character offsets of a spaCy doc; ``abbreviations`` are the
    indexes of its tokens in ``_SENTENCE_FINAL_ABBREVIATIONS``, in order."""
    bounds = []
    k = 0
    for sent in doc.sents:
        start = sent.start_char
        while k < len(abbreviations) and abbreviations[k] < sent.start:
            k += 1
        while k < len(abbreviations) and abbreviations[k] < sent.end - 1:
            tok, nxt = doc[abbreviations[k]], doc[abbreviations[k] + 1]
            if nxt.is_title and nxt.is_alpha:
                bounds.append((start, tok.idx + len(tok.text)))
                start = nxt.idx
            k += 1
        bounds.append((start, sent.end_char))
    return bounds


# A token is a word when it has a letter or a digit: [^\W_] is str.isalnum() for one character.
_ALNUM = re.compile(r"[^\W_]").search
_LETTERS = re.compile(r"[A-Za-z]+").fullmatch


# Text is given to spaCy in pieces of at most this many characters: its pipeline refuses text
# over ``max_length`` (1,000,000) and its memory grows with the text, while a posting may be
# one 10 MB line. Pieces end at a sentence end or a space where there is one, so sentences and
# tokens are the same as for the whole text except at a forced cut.
CHUNK = 100_000
_CUTS = (re.compile(r"[.!?]\s"), re.compile(r"\n"), re.compile(r"\s"))  # sentence end, line break, space
# A run without spaces this long is no word (a long URL, a hash, base64, ``]]]]...``): spaCy's
# affix search is quadratic in a token's length, so such a run goes in short pieces whose
# tokens are masked, like a URL, from wording rules.
LONG_RUN = 200
_LONG_RUN = re.compile(rf"\S{{{LONG_RUN},}}")
_RUN_PIECE = 50


def chunks(text: str, size: int = CHUNK) -> list[tuple[int, int, bool]]:
    """``(start, end, masked)`` pieces of ``text``: each at most ``size`` characters, and long
    runs without spaces cut into masked pieces."""
    pieces: list[tuple[int, int, bool]] = []
    at = 0
    for run in [*_LONG_RUN.finditer(text), None]:
        stop = run.start() if run else len(text)
        pieces.extend((a, b, False) for a, b in _sized(text, at, stop, size))
        if run:
            pieces.extend((a, min(a + _RUN_PIECE, run.end()), True) for a in range(run.start(), run.end(), _RUN_PIECE))
            at = run.end()
    return pieces


def _sized(text: str, start: int, stop: int, size: int) -> list[tuple[int, int]]:
    """``text[start:stop]`` in pieces of at most ``size`` characters."""
    pieces = []
    while stop - start > size:
        end = 0
        for cut in _CUTS:  # the last one in the second half of the window
            found = [m.end() for m in cut.finditer(text, start + size // 2, start + size)]
            if found:
                end = found[-1]
                break
        end = end or start + size
        pieces.append((start, end))
        start = end
    if stop > start:
        pieces.append((start, stop))
    return pieces


def analyse(blocks: Iterable[Block], model: str = BLANK, source: str | None = None) -> None:
    """Tokenize and sentence-split the blocks (each block is its own text: a heading or a
    bullet never runs into the next one). With the ``source`` the blocks were read from, a
    paragraph typed as a list without markers is split at its line breaks."""
    todo = [b for b in blocks if b.text and not b.analysed]
    if not todo:
        return
    nlp = pipeline(model)
    size = min(CHUNK, nlp.max_length)
    pieces = [(block, start, end, masked) for block in todo for start, end, masked in chunks(block.text, size)]
    # A piece of a long run that is letters only is one token and one sentence, as spaCy would
    # make it (unless it is a tokenizer exception such as "cannot"); spaCy is not asked, as each
    # such piece is a new word to it and costs a new lexeme (a 10 MB run is 200,000 pieces).
    special = getattr(nlp.tokenizer, "rules", None) or {}  # spaCy's Tokenizer (typed as a callable)
    plain = [
        run and _LETTERS(block.text, start, end) is not None and block.text[start:end] not in special
        for block, start, end, run in pieces
    ]
    docs = iter(
        nlp.pipe(block.text[start:end] for (block, start, end, _), p in zip(pieces, plain, strict=True) if not p)
    )
    masks = Intervals()
    for (block, shift, stop, run), is_plain in zip(pieces, plain, strict=True):
        if not block.analysed:  # the block's first piece
            block.tokens, block.sentences, block.analysed = [], [], True
            masks = Intervals(block.masks)
        if is_plain:
            text = block.text[shift:stop]
            token = Token(text, shift, stop, text.lower(), True, True)
            block.tokens.append(token)
            block.sentences.append(Sentence(shift, stop, [token]))
            continue
        doc = next(docs)
        # One pass over spaCy's tokens, attributes read once each: a posting may hold millions.
        tokens: list[Token] = []
        starts: list[int] = []
        abbreviations: list[int] = []
        overlaps = masks.overlaps if block.masks else None
        for t in doc:
            if t.is_space:
                continue
            text, lower = t.text, t.lower_
            start = shift + t.idx
            end = start + len(text)
            masked = run or t.like_url or t.like_email or (overlaps is not None and overlaps(start, end))
            tokens.append(Token(text, start, end, lower, _ALNUM(text) is not None, masked))
            starts.append(start)
            if lower in _SENTENCE_FINAL_ABBREVIATIONS:
                abbreviations.append(t.i)
        index = 0
        for s_start, s_end in _sentence_bounds(doc, abbreviations):
            stop = bisect_left(starts, shift + s_end, index)
            if stop > index:
                block.sentences.append(Sentence(shift + s_start, shift + s_end, tokens[index:stop]))
            index = stop
        block.tokens.extend(tokens)
    if source is not None:
        for block in todo:
            starts = sorted(set(_item_line_starts(block, source)) | set(_hard_break_starts(block, source)))
            if starts:
                block.sentences = [
                    part for sentence in block.sentences for part in _split_at(block.text, sentence, starts)
                ]


# A paragraph of three or more source lines that all start with a capital letter or a digit is a
# list typed without markers (one duty per line, as pasted from a word processor), not prose
# wrapped at a fixed width, whose next lines go on in lower case: each line ends a sentence, with
# or without its period ("... del servizio" then "Parteciperai a ...", "produttivo.." then "La").
def _item_line_starts(block: Block, source: str) -> list[int]:
    """Text offsets where a new source line of such a paragraph starts; [] for other blocks."""
    text, offsets = block.text, block.offsets
    if block.kind != "paragraph" or len(text) < 3 or source.count("\n", block.span.start, block.span.end) < 2:
        return []
    starts = []
    at = source.find("\n", block.span.start, block.span.end)
    while at != -1:
        brk = at - 1 if at > block.span.start and source[at - 1] == "\r" else at  # CRLF: either character
        i = bisect_left(offsets, brk)  # the character the line break became (a space), if any
        if i < len(text) - 1 and offsets[i] in (brk, at) and not text[i + 1].isspace():
            starts.append(i + 1)
        at = source.find("\n", at + 1, block.span.end)
    if len(starts) < 2:
        return []
    # A line may also be a bare link ("www.example.com"): no prose goes on there either.
    return starts if all(_item_start(text, i) for i in [0, *starts]) else []


# A line ended by an explicit break ("<br>", "<br />", two trailing spaces, a backslash) and no
# sentence mark is a line of its own: an italic sub-heading over its text, a label over a value.
_HARD_BREAK_END = re.compile(r"(?:<br\s*/?>|  |\\)\s*$", re.I)


def _hard_break_starts(block: Block, source: str) -> list[int]:
    """Text offsets where a line after such a break starts, inside one block."""
    text, offsets = block.text, block.offsets
    if len(text) < 3 or "\n" not in source[block.span.start : block.span.end]:
        return []
    starts = []
    at = source.find("\n", block.span.start, block.span.end)
    while at != -1:
        line_start = source.rfind("\n", 0, at) + 1
        if _HARD_BREAK_END.search(source, line_start, at):
            i = bisect_right(offsets, at)  # the first character of the block after the break
            while i < len(text) and text[i].isspace():
                i += 1
            before = text[:i].rstrip(" *_")
            if 0 < i < len(text) and before and before[-1] not in ".!?:;," and _item_start(text, i):
                starts.append(i)
        at = source.find("\n", at + 1, block.span.end)
    return starts


def _item_start(text: str, i: int) -> bool:
    return text[i].isupper() or text[i].isdigit() or text.startswith(("www.", "http"), i)


def _split_at(text: str, sentence: Sentence, starts: list[int]) -> list[Sentence]:
    cuts = starts[bisect_right(starts, sentence.start) : bisect_left(starts, sentence.end)]
    if not cuts:
        return [sentence]
    out: list[Sentence] = []
    bounds = [sentence.start, *cuts, sentence.end]
    tokens = sentence.tokens
    k = 0
    for start, cut in pairwise(bounds):
        first = k
        while k < len(tokens) and tokens[k].start < cut:
            k += 1
        if k > first:
            out.append(Sentence(start, start + len(text[start:cut].rstrip()), tokens[first:k]))
    return out
