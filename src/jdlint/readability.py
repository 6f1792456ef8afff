"""Readability scores from textstat, offline.

textstat 0.7.9+ looks words up in NLTK's CMUdict and calls ``nltk.download`` when the corpus is
missing, which fails (or hangs) without network. jdlint switches the dictionary off so textstat
counts syllables with its bundled pyphen hyphenation fallback: no download ever, and the same
scores on every machine. The patched name is private textstat API, so the version is pinned
(<0.8) and ``tests/test_readability.py`` fails loudly if it moves. For the same reason NLTK is
not even imported when textstat loads (see ``textstat()``).
"""

from __future__ import annotations

import sys
import types
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from .nlp import LONG_RUN

_SYLLABLE_MODULE = "textstat.backend.counts._count_syllables"


@lru_cache(maxsize=1)
def textstat():
    import importlib

    # textstat imports NLTK when it loads, only for the CMUdict lookup switched off below, and
    # NLTK loads SciPy: 1.5 s or more of start-up. A stand-in takes NLTK's place while textstat
    # loads; it imports the real NLTK if anything ever reads from it.
    stand_in = "nltk" not in sys.modules
    if stand_in:
        nltk = types.ModuleType("nltk", "stands in for NLTK, imported on first use (jdlint.readability)")
        nltk.__getattr__ = lambda name: getattr(importlib.import_module("nltk"), name)  # type: ignore[method-assign]
        sys.modules["nltk"] = nltk
    try:
        import textstat as ts

        module: Any = importlib.import_module(_SYLLABLE_MODULE)  # untyped; its functions are patched below
    finally:
        if stand_in and sys.modules.get("nltk") is nltk:
            del sys.modules["nltk"]
    if not hasattr(module, "get_cmudict"):  # pragma: no cover - guarded by a test
        raise RuntimeError(f"textstat changed: {_SYLLABLE_MODULE}.get_cmudict is gone")
    module.get_cmudict = lambda lang: None  # pyphen only; never nltk.download
    pyphen = module.get_pyphen("en_US")
    positions = lru_cache(maxsize=65536)(pyphen.positions)
    module.get_pyphen = lambda lang: _CachedHyphenator(positions)  # words repeat a lot
    ts.set_lang("en_US")
    ts.set_rounding_points(None)
    return ts


class _CachedHyphenator:
    """pyphen.Pyphen's ``positions`` with a per-word cache (textstat asks once per word).

    A run longer than ``nlp.LONG_RUN`` characters is no word (a URL, a hash, one letter typed
    for pages): only its first characters are hyphenated, as hyphenation takes time in
    proportion to the word's length and a posting may be one 10 MB run."""

    def __init__(self, positions) -> None:
        self._positions = positions

    def positions(self, word: str) -> list[int]:
        return self._positions(word[:LONG_RUN])


def prose(texts: Iterable[str]) -> str:
    """Join block texts so that every block (a bullet, a paragraph) ends as a sentence."""
    parts = []
    for text in texts:
        text = text.strip()
        if text:
            parts.append(text if text[-1] in ".!?" else text + ".")
    return " ".join(parts)


def flesch_reading_ease(text: str) -> float:
    return float(textstat().flesch_reading_ease(text))


def flesch_kincaid_grade(text: str) -> float:
    return float(textstat().flesch_kincaid_grade(text))


METRICS = {
    "flesch_reading_ease": (flesch_reading_ease, "Flesch reading ease"),
    "flesch_kincaid_grade": (flesch_kincaid_grade, "Flesch-Kincaid grade"),
}
