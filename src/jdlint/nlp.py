"""spaCy, loaded lazily and once per process: tokens and sentences for every block.

The default pipeline is spaCy's blank English tokenizer plus the rule-based sentencizer, which
needs no download. A trained pipeline is used only when the user names one that is installed.
"""

from __future__ import annotations

import warnings
from functools import lru_cache
from typing import TYPE_CHECKING, Iterable

from .errors import ConfigError
from .model import Block, Sentence, Token

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language

BLANK = "blank:en"


@lru_cache(maxsize=4)
def pipeline(model: str = BLANK) -> "Language":
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
    if "sentencizer" not in nlp.pipe_names and "parser" not in nlp.pipe_names \
            and "senter" not in nlp.pipe_names:
        nlp.add_pipe("sentencizer")
    return nlp


def _split_brackets(nlp: "Language") -> None:
    """Split brackets inside tokens too: postings glue them to words ("(Node.js)-Remote")."""
    from spacy.util import compile_infix_regex

    infixes = list(nlp.Defaults.infixes or []) + [r"[()\[\]{}]", r"(?<=[)\]])-"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


# Abbreviations that often end a sentence; spaCy keeps their period inside the token, so the
# sentencizer never splits after them ("... until 5 p.m. During the first week ...").
_SENTENCE_FINAL_ABBREVIATIONS = frozenset({"a.m.", "p.m.", "etc.", "inc.", "ltd.", "co."})


def _sentence_bounds(doc) -> list[tuple[int, int]]:
    bounds = []
    for sent in doc.sents:
        start = sent.start_char
        for i in range(sent.start, sent.end - 1):
            tok, nxt = doc[i], doc[i + 1]
            if tok.lower_ in _SENTENCE_FINAL_ABBREVIATIONS and nxt.is_title and nxt.is_alpha:
                bounds.append((start, tok.idx + len(tok.text)))
                start = nxt.idx
        bounds.append((start, sent.end_char))
    return bounds


def analyse(blocks: Iterable[Block], model: str = BLANK) -> None:
    """Tokenize and sentence-split the blocks (each block is its own text: a heading or a
    bullet never runs into the next one)."""
    todo = [b for b in blocks if b.text and b.doc is None]
    if not todo:
        return
    nlp = pipeline(model)
    for block, doc in zip(todo, nlp.pipe(b.text for b in todo)):
        block.doc = doc
        masks = block.masks
        tokens: list[Token] = []
        for t in doc:
            if t.is_space:
                continue
            start, end = t.idx, t.idx + len(t.text)
            masked = t.like_url or t.like_email or (bool(masks) and any(a < end and start < b for a, b in masks))
            is_word = any(ch.isalnum() for ch in t.text)
            tokens.append(Token(t.text, start, end, t.lower_, is_word, masked))
        block.tokens = tokens
        sentences = []
        index = 0
        for s_start, s_end in _sentence_bounds(doc):
            sent_tokens = []
            while index < len(tokens) and tokens[index].start < s_end:
                sent_tokens.append(tokens[index])
                index += 1
            if sent_tokens:
                sentences.append(Sentence(s_start, s_end, sent_tokens))
        block.sentences = sentences
