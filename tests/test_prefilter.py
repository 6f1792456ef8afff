"""Literal prefilters never skip a pattern on text it matches (jdlint.prefilter)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from jdlint import prefilter
from jdlint.facts import boilerplate, location
from jdlint.prefilter import Prefilter, _trie, clauses, fold


def test_the_words_a_pattern_needs_are_read_from_it():
    assert frozenset({"trades"}) in clauses(r"\bjack[- ]of[- ]all[- ]trades\b", re.I)
    assert frozenset({"jack of all trades", "jack-of-all-trades"}) <= clauses(r"\bjack[- ]of[- ]all[- ]trades\b")[0]
    assert frozenset({"in our ", "at our "}) in clauses(r"\b(?:in|at) our \w+", re.I)  # short words joined
    assert frozenset({"regardless of", "without regard to"}) in clauses(
        r"\b(?:regardless of|without regard to)\b[^.;]{0,160}\b(?:race|religion)", re.I
    )
    assert clauses(r"(?-i:\bEEO\b)", re.I) == (frozenset({"eeo"}),)  # compared folded


def test_a_long_list_is_tested_as_one_trie():
    assert _trie(["eeo", "eoe", "equal", "agg", "eq"]) == "(?:agg|e(?:eo|oe|q))"
    regex = re.compile("|".join(f"\\b{w}\\b" for w in ("alpha", "beta", "gamma", "delta", "epsilon")), re.I)
    assert Prefilter(regex).may_match("the delta x") and not Prefilter(regex).may_match("nothing")


def test_a_pattern_that_needs_no_word_is_never_skipped():
    for pattern in (r"\d+", r"[A-Z]\w*", r"(?:foo)?\s", r"a|\d", r"(?=abc)\w+", "(?("):
        assert clauses(pattern) == ()
    assert Prefilter(re.compile(r"\d+")).may_match("")


def test_optional_and_repeated_parts():
    assert frozenset({"bc"}) in clauses(r"a?bc")
    assert frozenset({"ab"}) in clauses(r"(?:ab){2,}c")
    assert all("ab" not in c for c in clauses(r"(?:ab)*c"))


def test_folding_is_what_ignorecase_compares_and_keeps_offsets():
    for text in ("Straße İstanbul", "ΟΔΟΣ σ ς", "ſtreet", "KELVIN \u212a", "plain ascii"):
        assert len(fold(text)) == len(text)
    assert fold("ſ") == fold("s") == fold("S")
    assert fold("ı") == fold("i") == fold("İ")
    assert fold("ΟΔΟΣ") == fold("οδοσ") == fold("οδος")
    assert Prefilter(re.compile(r"\bstreet\b", re.I)).may_match(fold("ſtreet"))
    assert re.search(r"\bstreet\b", "ſtreet", re.I)  # what the prefilter must allow for


def test_every_character_folds_as_ignorecase_compares_it():
    for char in map(chr, range(0x80, 0x3000)):
        lower = "i" if char == "İ" else char.lower()
        for other in {char.upper(), lower, char.title()}:
            if len(other) == 1 and re.fullmatch(re.escape(other), char, re.I):
                assert fold(other) == fold(char), char


_WORDS = st.sampled_from(
    ["equal", "opportunity", "employer", "race", "regardless of", "based in", "Leeds", "We", "are", ".", ",", " "]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORDS, max_size=25).map(" ".join))
def test_a_prefilter_never_hides_a_match(text):
    patterns = [regex for _, regex, _ in boilerplate.cues()] + list(location._vocabulary().job)
    for regex in patterns:
        if regex.search(text):
            assert prefilter.of(regex).may_match(fold(text)), regex.pattern
