"""Tests for the HTML and plain-text readers: block kinds, levels and exact source offsets."""

from __future__ import annotations

from jdlint.model import Block
from jdlint.readers.html import read_html
from jdlint.readers.text import read_text


def _word_span(block: Block, word: str) -> tuple[int, int]:
    i = block.text.index(word)
    span = block.source_span(i, i + len(word))
    return span.start, span.end


def _check_offsets(source: str, blocks: list[Block]) -> None:
    """Every non-space character of a block is the source character at its offset."""
    for block in blocks:
        assert len(block.offsets) == len(block.text)
        assert list(block.offsets) == sorted(block.offsets)
        assert block.span.start <= block.offsets[0] and block.offsets[-1] < block.span.end
        for ch, off in zip(block.text, block.offsets, strict=True):
            if not ch.isspace() and source[off] != "&":
                assert source[off] == ch


def _kinds(blocks: list[Block]) -> list[tuple[str, int, str]]:
    return [(b.kind, b.level, b.text) for b in blocks]


# -- HTML ------------------------------------------------------------------------------------


def test_html_offsets_map_words_to_source():
    src = "<html><body>\n<h1>Data  Engineer</h1>\n<p>You will\n   build <a href='/x'>pipelines</a>.</p>\n</body></html>"
    blocks = read_html(src)
    assert _kinds(blocks) == [("heading", 1, "Data Engineer"), ("paragraph", 0, "You will build pipelines.")]
    para = blocks[1]
    start, end = _word_span(para, "pipelines")
    assert src[start:end] == "pipelines"
    assert "/x" not in para.text
    # A whitespace run (newline + indentation) is one space mapped to its first character.
    space = para.text.index(" build")
    assert src[para.offsets[space]] == "\n"
    # Only the tag before the text: the block starts at its text, where an annotation points.
    assert src[para.span.start :].startswith("You")
    _check_offsets(src, blocks)


def test_html_crlf_positions():
    src = "<main>\r\n<p>Line one\r\nline two &amp; more</p>\r\n</main>"
    (para,) = read_html(src)
    assert para.text == "Line one line two & more"
    start, end = _word_span(para, "two")
    assert src[start:end] == "two"
    assert src[para.offsets[para.text.index(" line")]] == "\r"
    _check_offsets(src, [para])


def test_html_entities_map_to_ampersand():
    src = "<p>R&amp;D at AT&T &#8212; caf&eacute; &nbsp;now</p>"
    (para,) = read_html(src)
    assert para.text == "R&D at AT&T \u2014 caf\u00e9 now"
    amp = para.text.index("&")
    assert src.startswith("&amp;", para.offsets[amp])
    assert para.offsets[amp + 1] == src.index("D at")
    dash = para.text.index("\u2014")
    assert src.startswith("&#8212;", para.offsets[dash])
    assert src.startswith("&eacute;", para.offsets[para.text.index("\u00e9")])
    # "AT&T" is not an entity: copied verbatim.
    start, end = _word_span(para, "AT&T")
    assert src[start:end] == "AT&T"


def test_html_main_content_only():
    src = (
        "<html><head><title>Job</title><style>p{}</style></head><body>"
        "<nav><a href='/'>Home</a></nav><header><p>Site banner</p></header>"
        "<main><h1>Engineer</h1><script>var x = 1;</script><p>Real content.</p>"
        "<form><label>Email</label></form></main>"
        "<footer><p>Copyright</p></footer></body></html>"
    )
    assert [b.text for b in read_html(src)] == ["Engineer", "Real content."]


def test_html_without_main_drops_chrome():
    src = (
        "<body><nav>Menu</nav><header>Logo</header><!-- note -->"
        "<h2>Role summary</h2><p>Build things.</p><noscript>Enable JS</noscript>"
        "<button>Apply</button><aside>Related jobs</aside><footer>Contact</footer></body>"
    )
    assert _kinds(read_html(src)) == [("heading", 2, "Role summary"), ("paragraph", 0, "Build things.")]


def test_html_role_main_and_article():
    src = "<div>Outside</div><div role='main'><p>Inside</p></div>"
    assert [b.text for b in read_html(src)] == ["Inside"]
    src = "<aside><h1>Search</h1></aside><article><header><h1>Title</h1></header><p>Body</p></article>"
    assert [b.text for b in read_html(src)] == ["Title", "Body"]


def test_html_bold_only_paragraph_is_implied_heading():
    src = "<p><strong>What you'll do</strong></p><p><strong>Location:</strong> Remote</p><div> <b>Benefits</b> </div>"
    blocks = read_html(src)
    assert [(b.kind, b.level, b.implied_heading, b.text) for b in blocks] == [
        ("heading", 7, True, "What you'll do"),
        ("paragraph", 0, False, "Location: Remote"),
        ("heading", 7, True, "Benefits"),
    ]
    long_bold = "<p><strong>" + " ".join(["word"] * 16) + "</strong></p>"
    assert read_html(long_bold)[0].kind == "paragraph"


def test_html_misnested_heading_is_closed():
    src = "<h1>Title</h2><p>Text after</p><h3>Sub<p>para inside unclosed heading"
    blocks = read_html(src)
    assert _kinds(blocks) == [
        ("heading", 1, "Title"),
        ("paragraph", 0, "Text after"),
        ("heading", 3, "Sub"),
        ("paragraph", 0, "para inside unclosed heading"),
    ]
    _check_offsets(src, blocks)


def test_html_nested_lists_depth_and_unclosed_items():
    src = "<ul><li>One<ul><li>One A<li>One B</ul>tail<li>Two</ul><ol><li><p>Three</p></li></ol>"
    assert _kinds(read_html(src)) == [
        ("list_item", 1, "One"),
        ("list_item", 2, "One A"),
        ("list_item", 2, "One B"),
        ("list_item", 1, "tail"),
        ("list_item", 1, "Two"),
        ("list_item", 1, "Three"),
    ]


def test_html_code_masked_pre_skipped_br_space_tables():
    src = (
        "<p>Use <code>git rebase</code> daily.<br>Next line</p><pre>code block</pre>"
        "<table><tr><th>Pay</th><td>$100</td></tr></table>"
    )
    blocks = read_html(src)
    assert _kinds(blocks) == [
        ("paragraph", 0, "Use git rebase daily. Next line"),
        ("table_cell", 0, "Pay"),
        ("table_cell", 0, "$100"),
    ]
    para = blocks[0]
    for word in ("git", "rebase"):
        start = para.text.index(word)
        assert any(a <= start and start + len(word) <= b for a, b in para.masks)
    assert not any(a <= para.text.index("daily") < b for a, b in para.masks)


def test_html_broken_markup_never_crashes():
    broken = [
        "",
        "<",
        "<p",
        "</div></p></li>",
        "<![if x]><p>a",
        "<p>a &",
        "<div><svg><path/></svg>b",
        "<table><td>x</div>y",
        "<![foo[ x ]]><p>after",
        "<p>x</br>y",
    ]
    for src in broken:
        _check_offsets(src, read_html(src))
    # The stdlib parser rejects unknown marked sections; the rest of the page is still read.
    assert [b.text for b in read_html("<![foo[ x ]]><p>after</p>")] == ["after"]
    assert [b.text for b in read_html("<p>x</br>y</p>")] == ["x y"]


# -- plain text -----------------------------------------------------------------------------


def test_text_label_with_value_on_same_line_crlf():
    src = "Acme Ltd\r\nJOB TITLE:  Data Engineer\r\nJOB DESCRIPTION:   We are\r\nhiring now.\r\n"
    blocks = read_text(src)
    assert [(b.kind, b.level, b.implied_heading, b.text) for b in blocks] == [
        ("paragraph", 0, False, "Acme Ltd"),
        ("heading", 2, True, "JOB TITLE"),
        ("paragraph", 0, False, "Data Engineer"),
        ("heading", 2, True, "JOB DESCRIPTION"),
        ("paragraph", 0, False, "We are hiring now."),
    ]
    desc = blocks[4]
    # The wrapped line break becomes one space mapped to the "\r" of the CRLF.
    assert src[desc.offsets[desc.text.index(" hiring")]] == "\r"
    start, end = _word_span(desc, "hiring")
    assert src[start:end] == "hiring"
    heading = blocks[3]
    assert src[heading.span.start : heading.span.end] == "JOB DESCRIPTION:"
    _check_offsets(src, blocks)


def test_text_wrapped_bullets_and_nesting():
    src = (
        "JOB RESPONSIBILITIES:\n"
        "- Build data pipelines and\n"
        "maintain them;\n"
        "  * nested point\n"
        "- Second item.\n"
        "\n"
        "Closing paragraph line one\n"
        "line two.\n"
    )
    blocks = read_text(src)
    assert _kinds(blocks) == [
        ("heading", 2, "JOB RESPONSIBILITIES"),
        ("list_item", 1, "Build data pipelines and maintain them;"),
        ("list_item", 2, "nested point"),
        ("list_item", 1, "Second item."),
        ("paragraph", 0, "Closing paragraph line one line two."),
    ]
    item = blocks[1]
    start, end = _word_span(item, "maintain")
    assert src[start:end] == "maintain"
    assert src[item.span.start] == "-"
    _check_offsets(src, blocks)


def test_text_short_colon_lines_rules_directives_and_markdown_headings():
    src = (
        "# Senior Engineer\n"
        "# jdlint-disable passive-voice\n"
        "Intro text.\n"
        "Knowledge of:\n"
        "1. Python\n"
        "a) SQL\n"
        "\n"
        "Please submit the\n"
        "following:\n"
        "o CV\n"
        "----------\n"
        "Footer text\n"
    )
    blocks = read_text(src)
    assert [(b.kind, b.level, b.text) for b in blocks] == [
        ("heading", 2, "Senior Engineer"),
        ("paragraph", 0, "Intro text."),
        ("heading", 2, "Knowledge of"),
        ("list_item", 1, "Python"),
        ("list_item", 1, "SQL"),
        ("paragraph", 0, "Please submit the following:"),
        ("list_item", 1, "CV"),
        ("paragraph", 0, "Footer text"),
    ]
    assert all(b.implied_heading for b in blocks if b.kind == "heading")
    _check_offsets(src, blocks)


def test_text_label_rules():
    blocks = read_text("REMUNERATION/ SALARY: Negotiable\nFAX: 123\nNote: lower case\n")
    assert _kinds(blocks) == [
        ("heading", 2, "REMUNERATION/ SALARY"),
        ("paragraph", 0, "Negotiable FAX: 123 Note: lower case"),
    ]
    assert read_text("") == [] and read_text("\r\n\r\n") == []


def test_a_line_break_before_any_text_does_not_start_the_block():
    """ "<br />" on its own line before a paragraph: the block (and its section) starts at the text."""
    from jdlint.readers.html import read_html

    source = "<br />\nThe Foundation is hiring.\n"
    (block,) = read_html(source)
    assert source[block.span.start :].startswith("The Foundation")
    (block,) = read_html("<p>Hello<br />\nworld</p>")
    assert block.span.start == 3 and block.text == "Hello world"
    (block,) = read_html("<p>\n  <em>Hello</em> world</p>")
    assert block.span.start == 10, "tags and white space before the text are not the block"
