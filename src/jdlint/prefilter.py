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

import re
from functools import lru_cache

try:  # Python 3.11+
    from re import _constants as _sre_constants
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _sre_constants  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

_LITERAL = _sre_constants.LITERAL
_SUBPATTERN = _sre_constants.SUBPATTERN
_BRANCH = _sre_constants.BRANCH
_REPEATS = tuple(
    getattr(_sre_constants, name)
    for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")  # possessive: Python 3.11+
    if hasattr(_sre_constants, name)
)
_ATOMIC = getattr(_sre_constants, "ATOMIC_GROUP", None)

_MAX_CLAUSES = 3  # the most selective clauses are enough; more would only cost tests
_MAX_CLAUSE_SIZE = 64  # a clause of more strings than this costs more than the pattern saves

Clause = frozenset[str]


def _extra_cases() -> dict[int, tuple[int, ...]]:
    """Characters ``re.IGNORECASE`` treats as equal beyond their lower case ("ı" and "i")."""
    try:
        from re._casefix import _EXTRA_CASES  # Python 3.11+

        return _EXTRA_CASES
    except ImportError:  # pragma: no cover - Python 3.10
        import sre_compile

        return sre_compile._ignorecase_fixes  # type: ignore[attr-defined]


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
    """Clauses every match of the parsed sequence ``items`` satisfies."""
    clauses: list[Clause] = []
    run: list[str] = []
    for op, av in items:
        if op is _LITERAL:
            run.append(chr(av))
            continue
        if run:  # any other item ends a run of literal characters
            clauses.append(frozenset({fold("".join(run))}))
            run = []
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
        # Anything else (classes, anchors, lookarounds, back references) needs no literal.
    if run:
        clauses.append(frozenset({fold("".join(run))}))
    return clauses


def _alternatives(branches) -> Clause | None:
    """One clause for an alternation: the best clause of each branch, together; None when a
    branch needs no literal."""
    out: set[str] = set()
    for branch in branches:
        clauses = _sequence(branch)
        if not clauses:
            return None
        out |= max(clauses, key=_strength)
        if len(out) > _MAX_CLAUSE_SIZE:
            return None
    return frozenset(out)


def _strength(clause: Clause) -> tuple[int, int]:
    """Longer strings are rarer in text; fewer of them are quicker to test."""
    return min(map(len, clause)), -len(clause)


def clauses(pattern: str, flags: int = 0) -> tuple[Clause, ...]:
    """The strongest clauses of ``pattern``; empty when it needs no literal (or cannot be read)."""
    try:
        parsed = _sre_parse.parse(pattern, flags)
    except Exception:  # noqa: BLE001 - an unreadable pattern is simply never skipped
        return ()
    found = [c for c in set(_sequence(parsed)) if len(c) <= _MAX_CLAUSE_SIZE]
    found.sort(key=_strength, reverse=True)
    return tuple(found[:_MAX_CLAUSES])


class Prefilter:
    """The literal clauses of one compiled pattern, tested on folded text."""

    __slots__ = ("clauses",)

    def __init__(self, regex: re.Pattern[str]) -> None:
        self.clauses = clauses(regex.pattern, regex.flags)

    def may_match(self, folded: str) -> bool:
        """False only when the pattern cannot match the text ``folded`` was folded from."""
        for clause in self.clauses:
            for literal in clause:
                if literal in folded:
                    break
            else:
                return False
        return True


@lru_cache(maxsize=4096)
def of(regex: re.Pattern[str]) -> Prefilter:
    """The prefilter of a compiled pattern, read once."""
    return Prefilter(regex)
