"""Plain-text postings into blocks.

Plain-text postings are hard-wrapped e-mails and job-board dumps: ``LABEL:`` fields in capitals
(often with the value on the same line), ``- `` bullets whose text wraps onto following lines,
``----`` rules. The reader works line by line; every character of a block's text is copied from
the source, and a line break inside a block becomes one space mapped to the break.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from ..model import Block, Span, TextBuilder

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
_RULE = re.compile(r"\s*(?:[-=_*]\s*){3,}")
_DIRECTIVE = re.compile(r"\s*#\s*jdlint-")
_MD_HEADING = re.compile(r"(\s{0,3})(#{1,6})[ \t]+(\S.*?)(?:[ \t]+#+)?[ \t]*$")
# Bullet markers; "o", "*", numbers and letters need a following space to tell them from words.
_BULLET = re.compile(
    r"(\s*)(?:[-\u2022\u00b7\u25aa\u25e6\u2023](?![-=_*])|[*o](?=\s)|\d{1,2}[.)](?=\s)|[A-Za-z][.)](?=\s))\s*"
)
# An ALL-CAPS field label at the start of a line: "JOB RESPONSIBILITIES:", "REMUNERATION/ SALARY:",
# "DUTIES/ESSENTIAL FUNCTIONS:", "SALARY & BENEFITS:", "LICENSE (REQUIRED):".
_WORD = r"\(?[^\W\d_][\w.'\u2019]*\)?"
_LABEL = re.compile(rf"(\s*)({_WORD}(?:[ \t]*[/&,+\-][ \t]*{_WORD}|[ \t]+{_WORD})*[/&'\-]?)[ \t]*:(?=\s|$)")
_TITLE_MAX_WORDS = 12
_CAPS_HEADING_MAX_WORDS = 8
_LABEL_MAX_WORDS = 6
_SHORT_LINE = 0.6  # a line shorter than this share of the wrap width was broken by hand
_MIN_WRAP_WIDTH = 50
_SHORT_HEADING_MAX_WORDS = 8
_SENTENCE_END = (".", ";", "!", "?", ":")  # a line ending so ends its sentence (or introduces)


@dataclass(slots=True)
class _Line:
    start: int  # offset of the line's first character
    end: int  # offset just past its content (before the line break)
    text: str  # content without the line break

    @property
    def indent(self) -> int:
        return len(self.text.expandtabs(4)) - len(self.text.expandtabs(4).lstrip())


def read_text(text: str) -> list[Block]:
    """Parse a plain-text posting into headings, paragraphs and list items, in document order."""
    lines = _split_lines(text)
    short = _short_line_limit(lines)
    blocks: list[Block] = []
    current: OpenBlock | None = None
    bullet_indents: list[int] = []  # indentation of the open list levels

    def close() -> None:
        nonlocal current
        if current is not None:
            current.close_into(blocks)
        current = None

    first_line = next((i for i, line in enumerate(lines) if line.text.strip()), None)
    symbol_bullets = _symbol_bullets(lines)
    for index, line in enumerate(lines):
        content = line.text
        if not content.strip() or _RULE.fullmatch(content) or _DIRECTIVE.match(content):
            close()  # blank line, rule or jdlint directive: ends the block, adds nothing
            continue
        if index == first_line and _is_title_line(lines, index):
            first = line.start + len(content) - len(content.lstrip())
            end = line.start + len(content.rstrip())
            blocks.append(_heading(text, first, end, Span(line.start, line.end), level=1, implied=False))
            continue
        md = _MD_HEADING.match(content)
        if md:
            close()
            bullet_indents.clear()
            span = Span(line.start, line.end)
            blocks.append(_heading(text, line.start + md.start(3), line.start + md.end(3), span))
            continue
        label = _label(content)
        if label is not None:
            close()
            bullet_indents.clear()
            colon = content.index(":", label.end(2))
            span = Span(line.start, line.start + colon + 1)
            blocks.append(_heading(text, line.start + label.start(2), line.start + label.end(2), span))
            value = content[colon + 1 :]
            if value.strip():  # "JOB TITLE:  Programmer": the value starts a paragraph
                rest = line.start + colon + 1 + len(value) - len(value.lstrip())
                current = OpenBlock("paragraph", 0, rest)
                current.add(text, rest, line.end)
            continue
        if _is_caps_heading(lines, index, index == first_line):
            close()
            bullet_indents.clear()
            first = line.start + len(content) - len(content.lstrip())
            end = line.start + len(content.rstrip())
            blocks.append(_heading(text, first, end, Span(line.start, line.end)))
            continue
        bullet = _BULLET.match(content) or _symbol_bullet(content, symbol_bullets)
        if bullet:
            close()
            indent = line.indent
            while bullet_indents and bullet_indents[-1] > indent:
                bullet_indents.pop()
            if not bullet_indents or indent > bullet_indents[-1]:
                bullet_indents.append(indent)
            marker = line.start + len(bullet.group(1))
            current = OpenBlock("list_item", len(bullet_indents), marker)
            current.add(text, line.start + bullet.end(0), line.end)
            continue
        if _is_short_heading(lines, index, current):
            close()
            bullet_indents.clear()
            colon = line.start + len(content.rstrip()) - 1
            first = line.start + len(content) - len(content.lstrip())
            if content.rstrip().endswith("?"):
                colon += 1  # a question keeps its mark: it is part of the heading
            blocks.append(_heading(text, first, colon, Span(line.start, min(colon + 1, line.end))))
            continue
        if current is not None and _ended_by_hand(lines[index - 1].text, content, short):
            close()
        if current is None:
            bullet_indents.clear()
            current = OpenBlock("paragraph", 0, line.start)
        else:
            current.builder.add_space(current.last_end)  # the wrapped line break becomes a space
        current.add(text, line.start, line.end)
    close()
    return blocks


@dataclass(slots=True)
class OpenBlock:
    """A paragraph or list item still collecting lines (the text and Pug readers build them)."""

    kind: str
    level: int
    start: int
    builder: TextBuilder = field(default_factory=TextBuilder)
    last_end: int = 0

    def add(self, source: str, start: int, end: int) -> None:
        """Append ``source[start:end]`` with every whitespace run folded into one space."""
        _add_folded(self.builder, source, start, end)
        self.last_end = end

    def close_into(self, blocks: list[Block]) -> None:
        """Append the finished block to ``blocks`` (nothing when it holds no text)."""
        block = self.build()
        if block is not None:
            blocks.append(block)

    def build(self) -> Block | None:
        text, offsets, masks = self.builder.build()
        if not text:
            return None
        return Block(
            kind=self.kind,
            text=text,
            offsets=offsets,
            span=Span(self.start, self.last_end),
            level=self.level,
            masks=masks,
        )


def _add_folded(builder: TextBuilder, source: str, start: int, end: int) -> None:
    pos = start
    for m in re.finditer(r"\s+", source[start:end]):
        ws = start + m.start()
        if ws > pos:
            builder.add_run(source[pos:ws], pos)
        builder.add_space(ws)
        pos = start + m.end()
    if pos < end:
        builder.add_run(source[pos:end], pos)


def _heading(source: str, start: int, end: int, span: Span, *, level: int = 2, implied: bool = True) -> Block:
    """A heading (level 2, implied, unless said otherwise) whose text is ``source[start:end]``."""
    builder = TextBuilder()
    _add_folded(builder, source, start, end)
    text, offsets, _ = builder.build()
    return Block(kind="heading", text=text, offsets=offsets, span=span, level=level, implied_heading=implied)


def _is_caps(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 4 and all(ch.isupper() for ch in letters)


def _is_title_line(lines: list[_Line], index: int) -> bool:
    """The first line of a plain-text posting names the job ("WAREHOUSE ASSOCIATE", "Acme -
    Line Cook") when it is short, is not a sentence, a label or a bullet, and stands apart
    (a blank line follows) or is in capitals. A company name right above "JOB TITLE:" is not."""
    content = lines[index].text.strip()
    words = content.split()
    if not words or len(words) > _TITLE_MAX_WORDS or len(content) > 100:
        return False
    if content.endswith((".", ",", ";", ":", "?")) or _BULLET.match(lines[index].text) or _label(content):
        return False
    following = lines[index + 1].text if index + 1 < len(lines) else ""
    if following.strip() and _label(following):
        return False
    return not following.strip() or _is_caps(content)


def _is_caps_heading(lines: list[_Line], index: int, first: bool) -> bool:
    """An ALL-CAPS line on its own, without a colon: "HOURLY WAGE", "DUTIES/ESSENTIAL FUNCTIONS".
    It starts a block (after a blank line or a "LABEL: value" line) or introduces a list, so
    shouted words inside a paragraph stay in it."""
    content = lines[index].text.strip()
    if not _is_caps(content) or len(content.split()) > _CAPS_HEADING_MAX_WORDS:
        return False
    if content.endswith((".", ",", ";", "!", "?", ":")) or _BULLET.match(lines[index].text):
        return False  # a "LABEL:" line is read as a label
    if len(content.split()) == 1 and len([ch for ch in content if ch.isalpha()]) < 5:
        return False  # "FAX", "NOTE"
    previous = lines[index - 1].text if index else ""
    following = lines[index + 1].text if index + 1 < len(lines) else ""
    if first and following.strip() and _label(following):
        return False  # a company name in capitals above "JOB TITLE:"
    return not previous.strip() or _label(previous) is not None or bool(following.strip() and _BULLET.match(following))


def _label(content: str) -> re.Match[str] | None:
    """An ALL-CAPS ``LABEL:`` at the start of the line (one short word is not enough: "FAX:")."""
    m = _LABEL.match(content)
    if m is None:
        return None
    label = m.group(2)
    letters = [ch for ch in label if ch.isalpha()]
    if not letters or not all(ch.isupper() for ch in letters):
        return None
    words = label.split()
    if len(words) > _LABEL_MAX_WORDS or (len(words) == 1 and len(letters) < 4):
        return None
    return m


# A symbol used as a bullet ("✅ Ser comunicativo;", "➤ Drive forklifts", "• ..."): any single
# pictograph or arrow followed by a space, when the same symbol starts two or more lines.
_SYMBOL_START = re.compile(r"(\s*)([^\w\s\-*#>|`~_\[\](){}<\\/\"'.,:;!?@&%$£€+=^])\ufe0f?[ \t]+(?=\S)")


def _symbol_bullets(lines: list[_Line]) -> frozenset[str]:
    counts: dict[str, int] = {}
    for line in lines:
        m = _SYMBOL_START.match(line.text)
        if m and unicodedata.category(m.group(2))[0] in "SP" or (m and unicodedata.category(m.group(2)) == "Cn"):
            counts[m.group(2)] = counts.get(m.group(2), 0) + 1
    return frozenset(symbol for symbol, n in counts.items() if n >= 2)


def _symbol_bullet(content: str, symbols: frozenset[str]) -> re.Match[str] | None:
    if not symbols:
        return None
    m = _SYMBOL_START.match(content)
    return m if m and m.group(2) in symbols else None


def _is_short_heading(lines: list[_Line], index: int, current: OpenBlock | None) -> bool:
    """``Knowledge of:`` on its own line, introducing a list or a blank line.

    Inside a paragraph or list item the line must also start a new sentence, so a wrapped
    "...should submit the\\nfollowing:" stays part of its paragraph."""
    content = lines[index].text.strip()
    if not content.endswith((":", "?")) or len(content.split()) > _SHORT_HEADING_MAX_WORDS or len(content) < 2:
        return False
    if index + 1 == len(lines):
        return False
    following = lines[index + 1].text
    if following.strip() and not _BULLET.match(following):
        return False
    if content.endswith("?") and not following.strip():
        return False  # a question over a list ("What you'll do?") heads it; one over prose is prose
    if current is not None:  # "Experience:" after a bullet, not "...submit the\nfollowing:"
        previous = lines[index - 1].text.rstrip()
        if not content[0].isupper() or not (previous.endswith(_SENTENCE_END) or len(content.split()) <= 3):
            return False
    return True


def _ended_by_hand(previous: str, content: str, short: float) -> bool:
    """Whether a short line ends its block in a hard-wrapped posting ("- 1 color photo (3x4)"
    followed by "Please send..."): not when the text plainly runs on ("and" / "others)")."""
    previous = previous.rstrip()
    first = content.lstrip()[:1]
    return len(previous) < short and not previous.endswith((",", "-")) and not first.islower()


def _short_line_limit(lines: list[_Line]) -> float:
    """Length below which a line of a hard-wrapped posting was ended on purpose (0 if unwrapped).

    The wrap width is taken as the 80th percentile of line lengths, so a few unwrapped lines
    (pasted e-mail addresses, URLs) do not distort it."""
    lengths = sorted(len(line.text.rstrip()) for line in lines if line.text.strip())
    if len(lengths) < 5:
        return 0
    width = lengths[int(0.8 * (len(lengths) - 1))]
    return width * _SHORT_LINE if width >= _MIN_WRAP_WIDTH else 0


def _split_lines(text: str) -> list[_Line]:
    """Lines with their offsets; CRLF, CR and LF all end a line."""
    lines: list[_Line] = []
    for m in _LINE.finditer(text):
        if m.start() == len(text) and lines:
            break
        body = m.group(0).rstrip("\r\n")
        lines.append(_Line(m.start(), m.start() + len(body), body))
        if m.end() == len(text):
            break
    return lines
