"""Fixes as text edits: build one from a phrase match, apply a set of them, show them as a diff.

Everything here works on the decoded source string and its character offsets; reading and
writing files (encoding, BOM, atomic replace) is ``jdlint.autofix``. A fix replaces exactly the
characters of a finding's span, so text outside the spans, line endings included, is never
touched.
"""

from __future__ import annotations

import difflib
import html
import re
from collections.abc import Iterable

from .checks.base import Finding, Fix
from .model import Document, Span

# Characters a phrase match may span that are not part of the words ("man-hours", "man hours").
_JOINERS = re.compile(r"[\s\-\u2010\u2011\u2013]+")
_ARTICLE_BEFORE = re.compile(r"(?:^|[^\w])(an?)\s+$", re.I)
_LAST_WORD = re.compile(r"([^\W\d_]+)$")
_WORD = re.compile(r"[^\W\d_]+")
# Replacement text that offers a choice or an explanation is advice, not a fix.
AMBIGUOUS = re.compile(r",|;|/|\(|\)|\bor\b|\n")


def match_case(original: str, replacement: str) -> str:
    """Give ``replacement`` the capitalisation of ``original``: CHAIRMAN -> CHAIR, Chairman ->
    Chair, Office Girl -> Office Assistant; lower-case originals keep the replacement as written."""
    letters = [c for c in original if c.isalpha()]
    if not letters:
        return replacement
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return replacement.upper()
    if not letters[0].isupper():
        return replacement
    words = _WORD.findall(original)
    if len(words) > 1 and all(w[0].isupper() for w in words):
        return _WORD.sub(lambda m: m.group(0)[0].upper() + m.group(0)[1:], replacement)
    first = next((i for i, c in enumerate(replacement) if c.isalpha()), 0)
    return replacement[:first] + replacement[first : first + 1].upper() + replacement[first + 1 :]


def pluralize(text: str) -> str | None:
    """Regular plural of the last word of ``text``; None when it cannot be formed reliably
    (the word already ends in s: "ideas", "themselves")."""
    m = _LAST_WORD.search(text)
    if m is None:
        return None
    word = m.group(1)
    lower = word.lower()
    if lower.endswith("s"):
        return None
    if lower.endswith("person"):
        plural = word[:-6] + "people"
    elif lower.endswith(("x", "z", "ch", "sh")):
        plural = word + "es"
    elif lower.endswith("y") and len(lower) > 1 and lower[-2] not in "aeiou":
        plural = word[:-1] + "ies"
    else:
        plural = word + "s"
    return text[: m.start(1)] + plural


def _norm(text: str) -> str:
    return _JOINERS.sub("", text.lower())


def phrase_fix(
    doc: Document, span: Span, matched: str, phrase: str, replacement: str, applicability: str
) -> Fix | None:
    """The fix for a phrase match, or None when the text cannot be rewritten safely by offsets.

    - The source must hold exactly the matched text (no markup, entity or line break inside).
    - The base form of the phrase gets the replacement with the original's capitalisation.
    - A regular plural of the phrase ("deep dives") gets the plural of the replacement, always
      as an unsafe fix: the data does not say whether the replacement is a noun. Other
      inflections ("ideating") get no fix.
    - "a"/"an" before the match that would no longer fit ("a middleman" -> "a intermediary")
      turns the fix unsafe: the article lies outside the span and is left to the reader.
    """
    original = doc.source[span.start : span.end]
    if not original or original != matched or "\n" in original:
        return None
    base, got = _norm(phrase), _norm(matched)
    if got != base:
        plural_forms = {base + "s", base + "es"} | ({base[:-1] + "ies"} if base.endswith("y") else set())
        plural = pluralize(replacement) if got in plural_forms else None
        if plural is None:
            return None
        replacement, applicability = plural, "unsafe"
    text = match_case(original, replacement)
    before = _ARTICLE_BEFORE.search(doc.source[max(0, span.start - 4) : span.start])
    if before is not None and (original[0].lower() in "aeiou") != (text[:1].lower() in "aeiou"):
        applicability = "unsafe"
    if doc.format == "html":
        text = html.escape(text, quote=False)
    if text == original:
        return None
    return Fix(span, text, applicability)


def applicable(fix: Fix | None, unsafe: bool) -> bool:
    """Would ``--fix`` (with ``--unsafe-fixes`` when ``unsafe``) apply this fix?"""
    return fix is not None and (fix.applicability == "safe" or unsafe)


def apply_edits(text: str, fixes: Iterable[Fix]) -> tuple[str, list[Fix], list[Fix]]:
    """Apply non-overlapping edits by their offsets into ``text``.

    Returns the new text, the edits applied and the edits skipped because they overlap an
    earlier one (by position) or fall outside the text. All offsets refer to the original
    text, so the result is the same as applying the edits one by one from the end.
    """
    kept: list[Fix] = []
    skipped: list[Fix] = []
    reached = 0
    for fix in sorted(fixes, key=lambda f: (f.span.start, f.span.end)):
        start, end = fix.span.start, fix.span.end
        if not 0 <= start <= end <= len(text) or start < reached:
            skipped.append(fix)
            continue
        kept.append(fix)
        reached = end
    pieces: list[str] = []
    pos = 0
    for fix in kept:
        pieces += [text[pos : fix.span.start], fix.replacement]
        pos = fix.span.end
    pieces.append(text[pos:])
    return "".join(pieces), kept, skipped


def apply_findings(text: str, findings: Iterable[Finding], unsafe: bool) -> tuple[str, list[Finding], list[Finding]]:
    """Apply the fixes of ``findings`` that ``--fix`` would apply; returns the new text, the
    findings fixed and the fixable findings skipped (overlaps)."""
    by_fix = {id(f.fix): f for f in findings if applicable(f.fix, unsafe)}
    # applicable() is False for a finding without a fix, so the filter drops nothing.
    new, kept, skipped = apply_edits(text, [f.fix for f in by_fix.values() if f.fix is not None])
    return new, [by_fix[id(x)] for x in kept], [by_fix[id(x)] for x in skipped]


def _lines(text: str) -> list[str]:
    return re.findall(r"[^\n]*\n|[^\n]+$", text)


def unified_diff(path: str, old: str, new: str) -> str:
    """A unified diff of one file (``patch -p0`` applies it); lines are split at LF only so that
    CRLF line endings show as they are."""
    out = []
    for line in difflib.unified_diff(_lines(old), _lines(new), fromfile=path, tofile=path):
        out.append(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n")
    return "".join(out)
