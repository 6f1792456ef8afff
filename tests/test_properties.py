"""Property-based tests (hypothesis): readers and document model, the CLI on arbitrary bytes, and
``--fix``. The settings profile comes from tests/conftest.py: "ci" by default (derandomized, a
small budget), "long" with ``HYPOTHESIS_PROFILE=long``. ``--hypothesis-show-statistics`` prints
how many examples each property ran."""

from __future__ import annotations

import codecs
import os
import re
import tempfile
from html import unescape
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import invoke
from jdlint.engine import decode, lint_source
from jdlint.errors import InputError

BOM = codecs.BOM_UTF8
_LINE_END = re.compile(r"\r\n|\r|\n")

# --- strategies ----------------------------------------------------------------------------------

# Words that rules react to (JD406 jargon, JD501 gendered, JD512 culture fit, hype, pay, ...)
# mixed with plain words, markup-like punctuation and non-ASCII text.
_WORDS = st.sampled_from(
    [
        "chairman",
        "Chairman",
        "his/her",
        "He/she",
        "salesman",
        "guys",
        "rockstar",
        "ninja",
        "circle back",
        "culture fit",
        "ideate",
        "fast-paced",
        "competitive salary",
        "must have",
        "5+ years",
        "$120,000",
        "Berlin",
        "remote",
        "the",
        "team",
        "will",
        "run",
        "Python",
        "AWS",
        "we",
        "you",
        "and",
        "naïve",
        "Zürich",
        "€",
        "中文",
        "🚀",
        "&amp;",
        "&nbsp;",
        "\t",
        ",",
        ".",
        ":",
        ";",
        "(",
        ")",
        "!",
        "'",
        '"',
    ]
)
_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=12)
_PHRASE = st.lists(st.one_of(_WORDS, _WORDS, _WORDS, _TEXT), min_size=0, max_size=8).map(" ".join)


@st.composite
def markdown(draw):
    lines = []
    for _ in range(draw(st.integers(0, 14))):
        kind = draw(
            st.sampled_from(
                ["heading", "item", "ordered", "para", "bold", "link", "quote", "blank", "fence", "table", "rule"]
            )
        )
        words = draw(_PHRASE)
        lines.append(
            {
                "heading": "#" * draw(st.integers(1, 6)) + " " + words,
                "item": draw(st.sampled_from(["- ", "* ", "  - ", "+ "])) + words,
                "ordered": f"{draw(st.integers(0, 12))}. {words}",
                "para": words,
                "bold": f"**{words}** {draw(_PHRASE)}",
                "link": f"[{words}]({draw(st.sampled_from(['https://example.com/chairman', '#x', '', 'mailto:a@b']))})",
                "quote": "> " + words,
                "blank": "",
                "fence": "```\n" + words + "\n```",
                "table": f"| {words} | x |\n|---|---|\n| a | {draw(_PHRASE)} |",
                "rule": draw(st.sampled_from(["---", "***", "___"])),
            }[kind]
        )
    return _join(draw, lines)


@st.composite
def html(draw):
    parts = []
    for _ in range(draw(st.integers(0, 14))):
        words = draw(_PHRASE)
        tag = draw(st.sampled_from(["p", "h1", "h2", "h3", "li", "b", "strong", "em", "div", "span", "td"]))
        parts.append(
            draw(
                st.sampled_from(
                    [
                        f"<{tag}>{words}</{tag}>",
                        f"<{tag}>{words}",  # unclosed
                        f"<ul><li>{words}</li></ul>",
                        f'<a href="https://example.com/?a=1&b=2">{words}</a>',
                        f"<!-- {words} -->",
                        f"<script>var x = '{words}';</script>",
                        f"<style>p {{ color: red }}</style>{words}",
                        f"&#x41;&#65;&lt;{words}&gt;",
                        f"<br>{words}<br/>",
                        words,
                    ]
                )
            )
        )
    body = _join(draw, parts)
    if draw(st.booleans()):
        body = f"<!DOCTYPE html><html><head><title>{draw(_PHRASE)}</title></head><body>{body}</body></html>"
    return body


_YAML_VALUE = st.one_of(
    _PHRASE.map(lambda s: '"' + s.replace("\\", "").replace('"', "") + '"'),
    st.sampled_from(
        [
            "123",
            "[a, b]",
            "{x: 1}",
            "null",
            "true",
            "2026-01-01",
            "!!python/object:os.system x",
            "&a [1, 2]",
            "*a",
            "|\n  multi\n  line",
            "'quoted: value'",
            "",
        ]
    ),
)


@st.composite
def front_matter(draw):
    keys = draw(
        st.lists(
            st.sampled_from(["title", "role", "location", "salary", "company", "language", "employment_type", "x"]),
            max_size=6,
        )
    )
    head = "\n".join(f"{k}: {draw(_YAML_VALUE)}" for k in keys)
    if draw(st.booleans()):
        head = draw(st.sampled_from(["- a\n- b", "just a scalar", "[", "a: [", "a: &x\n  b: *x"]))
    close = draw(st.sampled_from(["---\n", "---\n", "...\n", ""]))  # "" leaves it unclosed
    return f"---\n{head}\n{close}" + draw(markdown())


def _join(draw, lines: list[str]) -> str:
    end = draw(st.sampled_from(["\n", "\n", "\r\n", "\r"]))
    text = end.join(lines)
    if draw(st.booleans()):
        text += end
    return text


# (text, path): the path's extension picks the reader.
documents = st.one_of(
    st.tuples(st.text(max_size=400), st.sampled_from(["job.md", "job.txt", "job.html"])),
    st.tuples(markdown(), st.sampled_from(["job.md", "job.txt"])),
    st.tuples(html(), st.sampled_from(["job.html", "job.md"])),
    st.tuples(front_matter(), st.just("job.md")),
).map(lambda tp: (("\ufeff" if tp[0].startswith("\ufeff") else "") + tp[0], tp[1]))


# --- readers and document model ------------------------------------------------------------------


@pytest.fixture(scope="module")
def default_settings():
    from jdlint.config import load_settings

    return load_settings(None)


def _starts(source: str) -> list[int]:
    """Line starts counted independently of jdlint: CRLF, LF and a lone CR end a line."""
    return [0] + [m.end() for m in _LINE_END.finditer(source)]


def _fold(text: str) -> str:
    return " ".join(text.split())


def _inside(needle: str, haystack: str) -> bool:
    """``needle`` is a subsequence of ``haystack`` (ignoring spaces, which markup may replace)."""
    rest = iter(haystack)
    return all(ch in rest for ch in needle if ch != " ")


def _offset(starts: list[int], source: str, line: int, column: int) -> int:
    assert 1 <= line <= len(starts), (line, len(starts))
    end = starts[line] if line < len(starts) else len(source)
    content_end = len(_LINE_END.sub("", source[starts[line - 1] : end])) + starts[line - 1]
    assert 1 <= column <= content_end - starts[line - 1] + 1 or (column == end - starts[line - 1] + 1), (
        line,
        column,
    )  # just past the line: an end position
    return starts[line - 1] + column - 1


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(documents)
def test_property_lint_source_never_raises_and_points_inside_the_file(default_settings, document):
    text, path = document
    config = default_settings.for_path(path)
    result = lint_source(text, path, config)  # raises nothing: problems come back as result.error
    if result.error is not None:
        # A reader may refuse a posting (nested too deeply, bad front matter), but a bug is
        # reported as an internal error: that is what this property hunts for.
        assert "internal error" not in str(result.error), result.error
        return
    source = text[1:] if text.startswith("\ufeff") else text
    assert result.doc.source == source
    starts = _starts(source)
    for f in result.findings:
        start = _offset(starts, source, f.line, f.column)
        end = _offset(starts, source, f.end_line, f.end_column)
        assert 0 <= f.span.start <= f.span.end <= len(source), f
        assert (start, end) == (f.span.start, f.span.end), f
        if f.match:
            # The match is the text as the rule read it (a block's text: line breaks and runs of
            # spaces folded, entities decoded, markup dropped), so compare as the reports do
            # (output.common.matched_text): the same text (entities decoded), or -- when markup sits
            # between matched words -- the matched text in order inside a span that starts and ends
            # with it.
            # CommonMark reads a NUL as U+FFFD (the CLI refuses such a file as binary anyway).
            pointed, matched = _fold(source[start:end].replace("\x00", "\ufffd")), _fold(f.match)
            decoded = unescape(pointed)  # character references read as what they stand for
            assert (
                pointed == matched
                or decoded == matched
                or (_inside(matched, decoded) and decoded[:1] == matched[:1] and decoded[-1:] == matched[-1:])
            ), (f.code, pointed, matched)


# --- the CLI on arbitrary bytes ------------------------------------------------------------------

_PREFIXES = st.sampled_from(
    [
        b"",
        b"",
        b"",
        BOM,
        codecs.BOM_UTF16_LE,
        codecs.BOM_UTF16_BE,
        codecs.BOM_UTF32_LE,
        b"\x89PNG\r\n\x1a\n",
        b"%PDF-1.7\n",
        b"\x1f\x8b\x08",
        b"PK\x03\x04",
        b"---\n",
        b"<html>",
        b"# Title\n",
    ]
)
_BYTES = st.one_of(
    st.binary(max_size=600),
    st.text(max_size=300).map(lambda s: s.encode("utf-8", "surrogatepass")),
    markdown().map(lambda s: s.encode("utf-8", "surrogatepass")),
    st.text(max_size=200).map(lambda s: s.encode("utf-16", "surrogatepass")),
)


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _check(path: Path, *args: str):
    result = invoke(["check", str(path), "--isolated", "--color", "never", *args])
    out = result.stdout + result.stderr
    assert result.exit_code in (0, 1, 2), (result.exit_code, out)
    assert "Traceback" not in out, out
    return result


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(
    _PREFIXES,
    _BYTES,
    st.sampled_from(["job.md", "job.txt", "job.html", "job.htm", "job"]),
    st.sampled_from([(), ("--output-format", "json"), ("--output-format", "github"), ("--fix",)]),
)
def test_property_cli_on_arbitrary_bytes(folder, prefix, data, name, args):
    with tempfile.TemporaryDirectory(dir=folder) as where:
        path = Path(where) / name
        path.write_bytes(prefix + data)
        _check(path, *args)


# --- fixes ---------------------------------------------------------------------------------------

_FIXABLE = [
    "chairman",
    "Chairman",
    "CHAIRMAN",
    "his/her",
    "He/she",
    "salesman",
    "circle back",
    "culture fit",
    "ideate",
    "touch base with",
]
_KEEP = "\r\n\t\ufeff"  # characters no fix matches or writes


def _skeleton(text: str) -> str:
    """The characters a fix never touches, in order: line ends, tabs, BOMs and non-ASCII text."""
    return "".join(c for c in text if c in _KEEP or ord(c) > 127)


@st.composite
def fixable_files(draw, *, fixable: bool = True):
    pieces = st.sampled_from(_FIXABLE) if fixable else st.nothing()
    words = st.one_of(
        pieces,
        st.sampled_from(
            [
                "the",
                "team",
                "will",
                "run",
                "Zürich",
                "€",
                "中文",
                "🚀",
                "naïve",
                "\t",
                ",",
                ".",
                "**bold**",
                "# ",
                "- ",
                "[a](#b)",
                "&amp;",
            ]
        ),
        st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\n"), max_size=6),
    )
    lines = draw(st.lists(st.lists(words, max_size=10).map(" ".join), max_size=10))
    text = _join(draw, lines)
    return (BOM if draw(st.booleans()) else b"") + text.encode("utf-8")


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(fixable_files(), st.sampled_from(["job.md", "job.txt"]), st.booleans())
def test_property_fix_is_idempotent_and_keeps_other_bytes(folder, data, name, unsafe):
    path = folder / name
    path.write_bytes(data)
    extra = ("--unsafe-fixes",) if unsafe else ()
    _check(path, "--fix", *extra)
    once = path.read_bytes()
    try:
        decode(data, name)
    except InputError:  # not a text posting (a NUL byte): reported, never touched
        assert once == data
        return
    # Bytes outside the fixed spans are kept: the BOM, every line end in order, tabs and
    # non-ASCII text (no fix in the rule packs matches or writes any of them).
    assert once.startswith(BOM) == data.startswith(BOM)
    assert _skeleton(once.decode("utf-8")) == _skeleton(data.decode("utf-8"))
    assert _LINE_END.findall(once.decode("utf-8")) == _LINE_END.findall(data.decode("utf-8"))
    # A second --fix has nothing left to do.
    _check(path, "--fix", *extra)
    assert path.read_bytes() == once
    # And what was fixed is what the engine says it fixes: nothing fixable is left.
    source = decode(once, name)
    from jdlint.config import load_settings

    findings = lint_source(source, name, load_settings(None).for_path(name)).findings
    assert not [f for f in findings if f.fix and (unsafe or f.fix.applicability == "safe")], findings


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(
    st.one_of(
        fixable_files(fixable=False),
        st.binary(max_size=600),
        st.text(max_size=300).map(lambda s: s.encode("utf-8", "surrogatepass")),
    ),
    st.sampled_from(["job.md", "job.txt", "job.html"]),
)
def test_property_fix_without_a_fix_leaves_the_file_byte_for_byte(folder, data, name):
    path = folder / name
    path.write_bytes(data)
    before = os.stat(path)
    _check(path, "--fix", "--unsafe-fixes")
    assert path.read_bytes() == data
    assert os.stat(path).st_ino == before.st_ino  # not even rewritten with the same bytes


# --- what the properties found (kept as plain regression tests) -------------------------------------


@pytest.mark.parametrize(
    "text,path",
    [
        ("&#x41;&#65;&lt;chairman AWS&gt;", "job.html"),  # a decoded "A" was aligned to the "A" of "AWS"
        ("**&#65;** chairman &amp; co", "job.md"),
        ("---\nrole_summary: |\n  R&amp;D chairman\n---\n", "job.md"),  # YAML keeps "&amp;" as written
    ],
)
def test_regression_character_references_do_not_shift_offsets(default_settings, text, path):
    findings = [f for f in lint_source(text, path, default_settings.for_path(path)).findings if f.code == "JD501"]
    assert [text[f.span.start : f.span.end] for f in findings] == ["chairman"]


def test_regression_gendered_title_match_is_the_text_it_points_at(default_settings):
    text = "# chairman  and salesman\n"
    [f] = [f for f in lint_source(text, "job.md", default_settings.for_path("job.md")).findings if f.code == "JD808"]
    assert text[f.span.start : f.span.end] == "chairman  and salesman" and _fold(f.match) == "chairman and salesman"
    assert f.message == "The title is gendered: 'chairman', 'salesman'"


def test_regression_a_finding_never_points_into_a_crlf(default_settings):
    for f in lint_source("\r\n\r\n", "job.md", default_settings.for_path("job.md")).findings:
        assert (f.span.start, f.span.end) == (0, 0), f


def test_regression_fixes_that_a_fix_makes_appear_are_applied_in_the_same_run(folder):
    # Fixing "ideate" stops the first line reading as the title; its JD501 words then have fixes.
    path = folder / "job.md"
    path.write_bytes(b"chairman chairman chairman chairman chairman chairman salesman ideate ideate")
    _check(path, "--fix", "--unsafe-fixes")
    once = path.read_bytes()
    assert b"chairman" not in once and b"ideate" not in once
    _check(path, "--fix", "--unsafe-fixes")
    assert path.read_bytes() == once


# Found by the long profile: a block maps each character to one source offset, so a span ending
# with a decoded reference ended at its '&'.
def test_a_span_ending_in_a_character_reference_covers_all_of_it(default_settings):
    text = "# " + "chairman " * 12 + "&gt;\n"  # a title too long (JD801) that ends with "&gt;"
    [f] = [f for f in lint_source(text, "job.md", default_settings.for_path("job.md")).findings if f.code == "JD801"]
    assert text[f.span.start : f.span.end].endswith("&gt;")


# Found by the long profile: with a repeated front-matter key the value read is the last one, but
# the span pointed at the first.
def test_a_repeated_front_matter_key_points_at_the_value_read(default_settings):
    text = '---\ntitle: ""\ntitle: "chairman"\n---\n'
    [f] = [f for f in lint_source(text, "job.md", default_settings.for_path("job.md")).findings if f.code == "JD808"]
    assert text[f.span.start : f.span.end] == "chairman"
