"""Exact finding positions: 1-based line and column counted in characters (code points) of the
source as written, through BOMs, CRLF, non-ASCII text, Markdown markup, lists, tables, front
matter and HTML entities."""

from __future__ import annotations

import json
import random

from click.testing import CliRunner

import jdlint
from jdlint.cli import main

ONLY_CLARITY = {"ignore": ["structure", "skills", "readability"]}


def jd401(text: str, path: str = "posting.md") -> list[tuple[int, int, int, int, str]]:
    """(line, column, end_line, end_column, source slice) of every JD401 finding.

    JD401 leaves the title to hype-title (JD807); these tests are about positions through
    markup, so JD401 runs here on the title too (scope ``all``)."""
    from dataclasses import replace

    from jdlint.config import CliOptions, load_settings
    from jdlint.engine import lint_source

    settings = load_settings(None)
    # The generated text mixes languages at random; the rule under test is an English one.
    config = settings.for_path(path, CliOptions(language="en"))
    config.__dict__["rules"] = [replace(settings.ruleset.find("JD401"), scope=("all",), _check=None)]
    source = text[1:] if text.startswith("\ufeff") else text
    lines = source.split("\n")
    out = []
    for f in lint_source(text, path, config).findings:
        if f.code != "JD401":
            continue
        assert f.end_line == f.line, (f.line, f.end_line)
        out.append((f.line, f.column, f.end_line, f.end_column, lines[f.line - 1][f.column - 1 : f.end_column - 1]))
    return out


def at(line: int, column: int, word: str) -> tuple[int, int, int, int, str]:
    return (line, column, line, column + len(word), word)


# --- encodings and line endings -------------------------------------------------------------


def test_plain_baseline():
    assert jd401("# Rockstar Office Manager\n\nA rockstar.\n") == [at(1, 3, "Rockstar"), at(3, 3, "rockstar")]


def test_bom_does_not_shift_columns_in_a_file(tmp_path):
    path = tmp_path / "bom.md"
    path.write_bytes(b"\xef\xbb\xbf# Rockstar Office Manager\n\nA rockstar.\n")
    # The title's "Rockstar" is reported by hype-title (JD807), the body's by buzzword (JD401).
    found = [
        (f.line, f.column, f.end_column)
        for f in jdlint.lint_file(path, config=ONLY_CLARITY)
        if f.code in ("JD401", "JD807")
    ]
    assert sorted(found) == [(1, 3, 11), (3, 3, 11)]


def test_bom_first_word_of_the_file(tmp_path):
    path = tmp_path / "bom.md"
    path.write_bytes("\ufeffrockstar wanted\n".encode("utf-8"))
    found = [(f.line, f.column, f.end_column) for f in jdlint.lint_file(path, config=ONLY_CLARITY) if f.code == "JD401"]
    assert found == [(1, 1, 9)]


def test_bom_in_text_given_to_lint_text():
    # A str read with encoding="utf-8" keeps the BOM; it must neither hide the word nor count
    # as a column.
    assert jd401("\ufeffrockstar wanted\n") == [at(1, 1, "rockstar")]
    assert jd401("\ufeff# Rockstar Office Manager\n\nA rockstar.\n") == [at(1, 3, "Rockstar"), at(3, 3, "rockstar")]


def test_bom_through_the_cli(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "bom.md").write_bytes(b"\xef\xbb\xbfWe want a rockstar.\r\n")
    try:
        runner = CliRunner(mix_stderr=False)
    except TypeError:
        runner = CliRunner()
    result = runner.invoke(main, ["check", "--select", "JD401", "--output-format", "json", "bom.md"])
    (finding,) = json.loads(result.stdout)["files"][0]["findings"]
    assert (finding["line"], finding["column"], finding["end_column"]) == (1, 11, 19)


def test_crlf():
    text = "# Office Manager\r\n\r\nWe want a rockstar.\r\nA ninja\r\n\r\n- a guru\r\n"
    assert jd401(text) == [at(3, 11, "rockstar"), at(4, 3, "ninja"), at(6, 5, "guru")]


def test_lone_cr_free_crlf_html():
    text = "<main>\r\n<p>Line one\r\nwants a rockstar &amp; more</p>\r\n</main>"
    assert jd401(text, "p.html") == [at(3, 9, "rockstar")]


def test_non_ascii_before_the_match():
    assert jd401("Café 😀 team wants a rockstar.\n") == [at(1, 21, "rockstar")]
    assert jd401("Zürich–Genève — naïve ninja\n") == [at(1, 23, "ninja")]
    # A ZWJ sequence is three code points; columns count code points, not graphemes or bytes.
    assert jd401("👩\u200d💻 Dev: a rockstar\n") == [at(1, 12, "rockstar")]
    assert jd401("日本語のチーム rockstar\n") == [at(1, 9, "rockstar")]


def test_tab_before_the_match_is_one_column():
    assert jd401("A\trockstar\n") == [at(1, 3, "rockstar")]


# --- Markdown ---------------------------------------------------------------------------------


def test_emphasis_links_and_escapes_before_the_match():
    text = "**Bold** _it_ [link](http://x.y) \\*esc a rockstar.\n"
    assert jd401(text) == [at(1, 42, "rockstar")]


def test_match_inside_markup():
    text = "A [**rockstar**](http://x) here and [ninja][ref]\n\n[ref]: http://y\n"
    assert jd401(text) == [at(1, 6, "rockstar"), at(1, 38, "ninja")]


def test_entities_and_code_spans_in_markdown():
    assert jd401("Caf&eacute; &amp; a rockstar\n") == [at(1, 21, "rockstar")]
    assert jd401("Some `code rockstar` and a ninja\n") == [at(1, 28, "ninja")]  # code is not prose


def test_hard_breaks():
    text = "Line one  \nhard break then rockstar\\\nand ninja\n"
    assert jd401(text) == [at(2, 17, "rockstar"), at(3, 5, "ninja")]


def test_nested_list_item():
    text = "- one\n  - two\n    1. three\n       - a rockstar here\n"
    assert jd401(text) == [at(4, 12, "rockstar")]


def test_lazy_continuation_and_blockquotes():
    assert jd401("- item\ncontinued rockstar\n") == [at(2, 11, "rockstar")]
    assert jd401("> quoted\n> > nested rockstar\n") == [at(2, 12, "rockstar")]


def test_gfm_table_cell():
    text = "| Role | Notes |\n|------|-------|\n| Café | a **rockstar** |\n| x | ninja |\n"
    assert jd401(text) == [at(3, 14, "rockstar"), at(4, 7, "ninja")]


def test_heading_setext_and_atx():
    text = "Rockstar wanted\n===============\n\n### Ninja ###\n"
    assert jd401(text) == [at(1, 1, "Rockstar"), at(4, 5, "Ninja")]


# --- front matter -------------------------------------------------------------------------


def test_yaml_block_scalar():
    text = (
        "---\ntitle: Office Manager\nrole_summary: |\n  We run the office.\n  You are a rockstar.\n---\n\nBody text.\n"
    )
    assert jd401(text) == [at(5, 13, "rockstar")]


def test_yaml_list_of_mappings():
    text = (
        "---\ntitle: Office Manager\nkey_objectives:\n  - title: Be a guru of filing\n    items:\n"
        "      - Keep the office tidy\n      - Be a ninja at filing\n---\n\nBody.\n"
    )
    assert jd401(text) == [at(4, 17, "guru"), at(7, 14, "ninja")]


def test_yaml_quoted_folded_and_listed_scalars():
    text = (
        "---\ntitle: Office Manager\nsummary: 'It''s a rockstar job'\n"
        'responsibilities: "Say \\"hi\\" \\u00e9 like a ninja"\n'
        "benefits: >\n  Free coffee for\n  every guru\n"
        "requirements:\n  - plain rockstar item\n  - >-\n    folded\n    ninja\n---\n\nBody.\n"
    )
    assert jd401(text) == [
        at(3, 19, "rockstar"),
        at(4, 45, "ninja"),
        at(7, 9, "guru"),
        at(9, 11, "rockstar"),
        at(12, 5, "ninja"),
    ]


def test_yaml_front_matter_crlf():
    text = "---\r\ntitle: Office Manager\r\nrole_summary: |\r\n  You are a rockstar.\r\n---\r\n\r\nBody.\r\n"
    assert jd401(text) == [at(4, 13, "rockstar")]


def test_toml_front_matter_array():
    text = '+++\ntitle = "Office Manager"\nwork_description = ["Run things", "Be a rockstar here"]\n+++\n\nBody.\n'
    assert jd401(text) == [at(3, 41, "rockstar")]


def test_toml_multiline_strings():
    text = (
        '+++\ntitle = "Office Manager"\nsummary = """\nWe run things.\nYou are a rockstar.\n"""\n'
        "duties = [\n  \"Be a ninja\",\n  'Be a guru',\n]\n+++\n\nBody.\n"
    )
    assert jd401(text) == [at(5, 11, "rockstar"), at(8, 9, "ninja"), at(9, 9, "guru")]


def test_heading_after_front_matter_title():
    # The body's first heading is read as a second title line, but rules still check it.
    text = "---\ntitle: Office Manager\n---\n\n# Rockstar Office Manager\n\nWe run the office.\n"
    assert jd401(text) == [at(5, 3, "Rockstar")]


def test_body_after_front_matter():
    text = "---\ntitle: Office Manager\n---\n\n## About\n\nWe want a rockstar.\n"
    assert jd401(text) == [at(7, 11, "rockstar")]


# --- HTML ---------------------------------------------------------------------------------------


def test_html_entities_before_the_match():
    assert jd401("<p>Caf&eacute; &amp; co want a rockstar.</p>\n", "p.html") == [at(1, 32, "rockstar")]


def test_html_numeric_entities_tags_and_nbsp():
    text = "<div><p>Caf&#233; &#x26; co<br>want a <b>rockstar</b>.</p><ul><li>&nbsp;a ninja</li></ul></div>\n"
    assert jd401(text, "p.html") == [at(1, 42, "rockstar"), at(1, 75, "ninja")]


def test_html_multiline_and_skipped_elements():
    text = (
        "<html>\n<head><title>x</title></head>\n<body>\n  <h1>Office Manager</h1>\n"
        "  <p>We are\n     looking for a\n     rockstar.</p>\n  <pre>a guru</pre>\n"
        "  <script>var ninja = 1;</script>\n</body>\n</html>\n"
    )
    assert jd401(text, "p.html") == [at(7, 6, "rockstar")]


def test_plain_text_positions():
    text = "Office Manager\n\n  • We want a rockstar\n  – and a ninja\n"
    assert jd401(text, "p.txt") == [at(3, 15, "rockstar"), at(4, 11, "ninja")]


# --- property-style: random Markdown around "rockstar" ----------------------------------------

WORDS = [
    "we",
    "build",
    "data",
    "pipelines",
    "café",
    "naïve",
    "Zürich",
    "team",
    "office",
    "ship",
    "the",
    "and",
    "😀",
    "日本",
    "weekly",
    "code",
    "review",
    "with",
    "à",
    "plus",
    "—",
    "R&D",
    "50%",
    "C++",
    "e.g.",
    "it's",
]
VARIANTS = ["rockstar", "Rockstar", "ROCKSTAR"]
WRAPS = [
    "{}",
    "**{}**",
    "__{}__",
    "*{}*",
    "_{}_",
    "[{}](https://example.com/a_b)",
    "~~{}~~",
    "<b>{}</b>",
    "({})",
    '"{}"',
    "“{}”",
    "{}.",
    "{},",
    "{}!",
    "\\*{}\\*",
    "[**{}**](/x)",
    "***{}***",
    "{}'s",
]
PREFIXES = ["", "", "- ", "* ", "  - ", "- parent\n  - ", "1. x\n   - ", "1. ", "> ", "> - ", "## ", "# "]


def _inline(rng: random.Random, want: bool) -> tuple[str, int]:
    parts, count = [], 0
    for _ in range(rng.randint(1, 8)):
        word = rng.choice(WORDS)
        if rng.random() < 0.25:
            word = rng.choice(["**{}**", "_{}_", "`{}`", "[{}](http://x.y)", "&amp; {}", "\\_{}"]).format(word)
        parts.append(word)
    if want:
        for _ in range(rng.randint(1, 2)):
            parts.insert(rng.randint(0, len(parts)), rng.choice(WRAPS).format(rng.choice(VARIANTS)))
            count += 1
    return " ".join(parts), count


def _document(rng: random.Random) -> tuple[str, int]:
    lines, expected = [], 0
    if rng.random() < 0.2:
        summary, n = _inline(rng, rng.random() < 0.7)
        lines += ["---", "title: Office Manager", "role_summary: |", f"  {summary}", "---", ""]
        expected += n
    for _ in range(rng.randint(1, 6)):
        kind = rng.random()
        if kind < 0.15:
            cell, n = _inline(rng, rng.random() < 0.6)
            lines += ["| Role | Notes |", "| --- | --- |", f"| {rng.choice(WORDS)} | {cell.replace('|', '/')} |", ""]
        elif kind < 0.22:
            code, _ = _inline(rng, True)
            lines += ["```", code, "```", ""]  # code: never a finding
            n = 0
        else:
            text, n = _inline(rng, rng.random() < 0.6)
            lines += [rng.choice(PREFIXES) + text, ""]
        expected += n
    eol = "\r\n" if rng.random() < 0.3 else "\n"
    text = eol.join(lines)
    if rng.random() < 0.1:
        text = "\ufeff" + text
    return text, expected


def test_random_markdown_positions_slice_to_the_word():
    rng = random.Random(20240611)
    total = 0
    for i in range(300):
        text, expected = _document(rng)
        found = jd401(text)
        for line, column, _end_line, _end_column, sliced in found:
            assert sliced.lower() == "rockstar", (i, text, line, column, sliced)
        assert len(found) == expected, (i, text, found)
        total += len(found)
    assert total > 200  # the generator really produces findings
