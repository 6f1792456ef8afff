"""Literal prefilters: skip a regular expression on text that lacks the words it needs.

Python's ``re`` tries a pattern at every position of a text, and a pattern that starts with
``\\b`` or an alternation of cased words gets no fast scan, so searching every block of every
posting for every rule's pattern costs far more than the rare match. Most patterns cannot
match without some literal words: ``\\bjack[- ]of[- ]all[- ]trades\\b`` needs "jack" and
"trades", a cue list needs one of its cues. ``Prefilter`` reads those words from the parsed
pattern as clauses (sets of strings: every clause needs one of its strings in the text) and
tests them with plain substring searches, so the pattern runs only where it may match. The
result is the same as running the pattern everywhere: a prefilter only ever says "cannot
match" when that is certain.

Texts and literals are compared folded the way ``re.IGNORECASE`` compares characters (simple
lower case, plus the extra equivalences such as "ſ"/"s" and "ς"/"σ"), so one folded copy of a
block serves case-sensitive and case-insensitive patterns alike. Folding keeps every character
at its offset: a slice of a folded text is the folded slice.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any


def _internal(name: str, before_311: str) -> Any:
    """``re``'s parser modules: private, so typed Any, and named apart before Python 3.11."""
    try:
        return importlib.import_module(name)
    except ImportError:  # pragma: no cover - Python 3.10
        return importlib.import_module(before_311)


_sre_constants = _internal("re._constants", "sre_constants")
_sre_parse = _internal("re._parser", "sre_parse")

if TYPE_CHECKING:  # pragma: no cover
    from .model import Block

_LITERAL = _sre_constants.LITERAL
_SUBPATTERN = _sre_constants.SUBPATTERN
_BRANCH = _sre_constants.BRANCH
_REPEATS = tuple(
    getattr(_sre_constants, name)
    for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")  # possessive: Python 3.11+
    if hasattr(_sre_constants, name)
)
_ATOMIC = getattr(_sre_constants, "ATOMIC_GROUP", None)
_IN = _sre_constants.IN
_ZERO_WIDTH = (_sre_constants.AT, _sre_constants.ASSERT, _sre_constants.ASSERT_NOT)

_MAX_CLAUSES = 3  # the most selective clauses are enough; more would only cost tests
_MAX_RUN_SIZE = 64  # exact strings a run of items may spell before it is cut
_MAX_CLAUSE_SIZE = 512  # strings of one clause (an alternation's): more cost more than they save
# A clause of at most this many strings is tested with ``in`` (about a nanosecond per character
# each), a larger one by one search of its trie (tens of nanoseconds per character).
_SMALL = 12

Clause = frozenset[str]


def _extra_cases() -> dict[int, tuple[int, ...]]:
    """Characters ``re.IGNORECASE`` treats as equal beyond their lower case ("ı" and "i")."""
    try:
        return _internal("re._casefix", "re._casefix")._EXTRA_CASES  # Python 3.11+
    except ImportError:  # pragma: no cover - Python 3.10
        return _internal("sre_compile", "sre_compile")._ignorecase_fixes


def _fold_tables() -> tuple[dict[int, str], dict[int, str]]:
    # "İ" is the one character whose str.lower() is two characters; re lowers it to "i".
    before = {0x130: "i"}
    classes: dict[int, set[int]] = {}
    for char, others in _extra_cases().items():
        group = {char, *others}
        for member in list(group):
            group |= classes.get(member, set())
        for member in group:
            classes[member] = group
    after = {char: chr(min(group)) for char, group in classes.items() if min(group) != char}
    return before, after


_BEFORE, _AFTER = _fold_tables()
# Characters that fold differently from their str.lower(): those in the tables and those whose
# lower case is in them ("Σ" lowers to "σ", which folds to "ς"). Text without any folds fast.
_SPECIAL = re.compile(
    "["
    + re.escape(
        "".join(
            {chr(c) for c in (*_BEFORE, *_AFTER)}
            | {u for c in _AFTER for u in (chr(c).upper(), chr(c).title()) if len(u) == 1 and ord(u.lower()) in _AFTER}
        )
    )
    + "]"
)


def fold(text: str) -> str:
    """``text`` with every character replaced by the one ``re.IGNORECASE`` compares it as;
    the same length, so offsets into ``text`` hold in the result."""
    if text.isascii():
        return text.lower()
    if _SPECIAL.search(text) is None:
        return text.lower()
    return text.translate(_BEFORE).lower().translate(_AFTER)


def _sequence(items) -> list[Clause]:
    """Clauses every match of the parsed sequence ``items`` satisfies. Items that spell a few
    exact strings are joined into longer, rarer strings ("(?:in|at) our " gives "in our " and
    "at our "), and the single strings inside such a run are clauses too (" our "); zero-width
    items (``\\b``, lookarounds) consume nothing and do not break a run."""
    clauses: list[Clause] = []
    run = {""}  # the strings the items read so far spell, one after the other
    single = ""  # the run's current stretch of items that spell one string each

    def end_single() -> None:
        nonlocal single
        if single:
            clauses.append(frozenset({fold(single)}))
        single = ""

    def end_run() -> None:
        nonlocal run
        end_single()
        if "" not in run and len(run) > 1:
            clauses.append(frozenset(map(fold, run)))
        run = {""}

    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        strings = _exact(op, av)
        if strings is not None:
            if len(run) * len(strings) > _MAX_RUN_SIZE:
                end_run()
            run = {a + b for a in run for b in strings}
            if len(strings) == 1:
                single += next(iter(strings))
            else:
                end_single()
            continue
        end_run()
        if op is _SUBPATTERN:
            clauses.extend(_sequence(av[-1]))
        elif op is _ATOMIC:
            clauses.extend(_sequence(av))
        elif op in _REPEATS:
            if av[0] >= 1:  # repeated at least once: what the body needs, the match needs
                clauses.extend(_sequence(av[2]))
        elif op is _BRANCH:
            either = _alternatives(av[1])
            if either is not None:
                clauses.append(either)
        # Anything else (wide classes, back references) needs no literal.
    end_run()
    return clauses


def _exact(op, av) -> set[str] | None:
    """The few strings one parsed item can spell, or None when it can spell others or many."""
    if op is _LITERAL:
        return {chr(av)}
    if op is _IN:
        if len(av) <= 8 and all(o is _LITERAL for o, _ in av):
            return {chr(c) for _, c in av}
        return None
    if op is _SUBPATTERN or op is _ATOMIC:
        return _exact_sequence(av[-1] if op is _SUBPATTERN else av)
    if op is _BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            strings = _exact_sequence(branch)
            if strings is None:
                return None
            out |= strings
        return out if len(out) <= _MAX_RUN_SIZE else None
    if op in _REPEATS and av[1] <= 1:  # "s?" and the like
        body = _exact_sequence(av[2])
        if body is None:
            return None
        return (body if av[1] == 1 else set()) | ({""} if av[0] == 0 else set())
    return None


def _exact_sequence(items) -> set[str] | None:
    run = {""}
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        strings = _exact(op, av)
        if strings is None or len(run) * len(strings) > _MAX_RUN_SIZE:
            return None
        run = {a + b for a in run for b in strings}
    return run


def _alternatives(branches) -> Clause | None:
    """One clause for an alternation: the strongest clause of each branch, together; None when a
    branch needs no literal."""
    options = [_sequence(branch) for branch in branches]
    if not all(options):
        return None
    out: set[str] = set()
    for clauses in options:
        out |= max(clauses, key=_strength)  # type: ignore[arg-type]  # a Clause is a frozenset
    return frozenset(out) if len(out) <= _MAX_CLAUSE_SIZE else None


def _strength(clause: Clause) -> tuple[int, int]:
    """Longer strings are rarer in text; fewer of them are quicker to test."""
    return min(map(len, clause)), -len(clause)


def clauses(pattern: str, flags: int = 0) -> tuple[Clause, ...]:
    """The strongest clauses of ``pattern``; empty when it needs no literal (or cannot be read)."""
    try:
        parsed = _sre_parse.parse(pattern, flags)
    except Exception:  # noqa: BLE001 - an unreadable pattern is simply never skipped
        return ()
    found = [_minimal(c) for c in set(_sequence(parsed)) if len(c) <= _MAX_CLAUSE_SIZE and "" not in c]
    found.sort(key=_strength, reverse=True)
    return tuple(found[:_MAX_CLAUSES])


def _minimal(clause: Clause) -> Clause:
    """The clause without strings that hold another of its strings ("is based" holds "based"):
    a text with the longer one has the shorter one too, so testing it is wasted."""
    ordered = sorted(clause, key=len)
    kept: list[str] = []
    for string in ordered:
        if not any(shorter in string for shorter in kept):
            kept.append(string)
    return frozenset(kept)


def _trie(strings: Iterable[str]) -> str:
    """A regular expression that finds any of ``strings``, factored as a trie ("e(?:eo|oe)"):
    ``re`` then skips positions whose character starts none of them, and tries one branch per
    character instead of one per string."""
    root: dict = {}
    for string in strings:
        node = root
        for char in string:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict) -> str:
        if "" in node:
            return ""  # a shorter string ends here: finding it is enough
        branches = [re.escape(char) + emit(child) for char, child in sorted(node.items())]
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return emit(root)


class Prefilter:
    """The literal clauses of one compiled pattern, tested on folded text."""

    __slots__ = ("clauses", "_tests")

    def __init__(self, regex: re.Pattern[str]) -> None:
        self.clauses = clauses(regex.pattern, regex.flags)
        # A few strings are quickest tested with ``in``; many with one search of their trie. The
        # quick tests go first: any failing test settles it.
        small = [tuple(sorted(c, key=len)) for c in self.clauses if len(c) <= _SMALL]
        large = [re.compile(_trie(c)).search for c in self.clauses if len(c) > _SMALL]
        self._tests: tuple[tuple[str, ...] | Callable[[str], re.Match[str] | None], ...] = (*small, *large)

    def may_match(self, folded: str) -> bool:
        """False only when the pattern cannot match the text ``folded`` was folded from."""
        for test in self._tests:
            if isinstance(test, tuple):
                for literal in test:
                    if literal in folded:
                        break
                else:
                    return False
            elif test(folded) is None:
                return False
        return True


def joined(blocks: Iterable[Block]) -> str:
    """The folded texts of ``blocks`` as one string: a prefilter that fails on it fails on every
    one of them, so a pattern is ruled out for a whole posting in one test."""
    return "\x00".join(b.folded for b in blocks)


_KNOWN: dict[int, tuple[re.Pattern[str], Prefilter]] = {}  # by id(): hashing a pattern costs microseconds


def of(regex: re.Pattern[str]) -> Prefilter:
    """The prefilter of a compiled pattern, read once per pattern."""
    known = _KNOWN.get(id(regex))
    if known is not None and known[0] is regex:
        return known[1]
    if len(_KNOWN) > 8192:  # patterns are compiled once each; this only bounds a pathological run
        _KNOWN.clear()
    prefilter = Prefilter(regex)
    _KNOWN[id(regex)] = (regex, prefilter)
    return prefilter


def search(regex: re.Pattern[str], text: str, folded: str) -> re.Match[str] | None:
    """``regex.search(text)``, skipped when the prefilter rules it out; ``folded`` is
    ``fold(text)``."""
    return regex.search(text) if of(regex).may_match(folded) else None


def any_block(regex: re.Pattern[str], blocks: Iterable[Block]) -> bool:
    """Whether ``regex`` matches in the text of any of ``blocks``: one prefilter test for all of
    them, then a search only in the blocks that may match."""
    blocks = list(blocks)
    needs = of(regex)
    if not needs.may_match(joined(blocks)):
        return False
    return any(needs.may_match(b.folded) and regex.search(b.text) for b in blocks)
