"""Posting content kept in front-matter fields: exact positions through YAML/TOML escapes.

Every block's text is read back from the source through its offsets (decoding the escape
sequence an offset points at) and must equal the block text; words are located against
``source.index``.
"""

from __future__ import annotations

import pytest
import yaml

from jdlint import readers
from jdlint.model import Document
from jdlint.readers import frontmatter
from jdlint.readers.scalars import toml_string, yaml_block, yaml_double, yaml_plain, yaml_single

FIELDS = [
    "description",
    "qualifications",
    "responsibilities",
    "how_to_apply",
    "salary",
    "benefits",
    "key_objectives",
    "hours",
    "about",
]

_ESCAPES = {
    "n": "\n",
    "r": "\r",
    "t": "\t",
    '"': '"',
    "\\": "\\",
    "/": "/",
    "0": "\0",
    " ": " ",
    "_": "\xa0",
    "e": "\x1b",
    "b": "\b",
    "f": "\f",
}


def _decoded_at(source: str, offset: int) -> str:
    """The character the source produces at ``offset``: an escape is decoded."""
    ch = source[offset]
    if ch == "\\" and offset + 1 < len(source):
        nxt = source[offset + 1]
        width = {"x": 2, "u": 4, "U": 8}.get(nxt)
        if width:
            return chr(int(source[offset + 2 : offset + 2 + width], 16))
        return _ESCAPES.get(nxt, ch)
    return ch


def _read_back(source: str, block) -> str:
    chars = []
    for ch, offset in zip(block.text, block.offsets, strict=True):
        got = _decoded_at(source, offset)
        # A folded line break or a run of whitespace is one space in the block text.
        chars.append(ch if ch.isspace() and got.isspace() else got)
    return "".join(chars)


def _read(source: str, path: str = "posting.md") -> Document:
    return readers.read(source, path, content_fields=FIELDS)


def _assert_exact(doc: Document) -> None:
    assert doc.blocks
    for block in doc.blocks:
        assert len(block.offsets) == len(block.text)
        assert _read_back(doc.source, block) == block.text, block
        assert list(block.offsets) == sorted(block.offsets), block  # source order inside a block


def _locate_word(doc: Document, word: str, occurrence: int = 0):
    """(line, column) jdlint gives ``word``, and the expected one from the source."""
    block = next(b for b in doc.blocks if word in b.text)
    i = block.text.index(word)
    got = doc.locate(block.offsets[i])
    at = -1
    for _ in range(occurrence + 1):
        at = doc.source.index(word, at + 1)
    want = doc.locate(at)
    return (got.line, got.column), (want.line, want.column)


DOUBLE_QUOTED = (
    "---\n"
    'title: "Staff Nurse"\n'
    'description: "We are hiring a nurse for the caf\\u00e9 ward.\\r\\n\\r\\nDuties:\\r\\n'
    '- Plan \\"rounds\\" with the team\\r\\n- Keep\\trecords \\\\ notes\\r\\n\\r\\n'
    'Pay is \\u00a325k, paid \\x41nnually."\n'
    'qualifications: "A nursing degree\n'
    "  and a registration\n"
    "\n"
    '  with the council."\n'
    "---\n"
    "Body text.\n"
)


def test_double_quoted_escapes_become_blocks_with_exact_offsets():
    doc = _read(DOUBLE_QUOTED)
    _assert_exact(doc)
    texts = [b.text for b in doc.blocks if b.field == "description"]
    assert texts == [
        "description",
        "We are hiring a nurse for the café ward.",
        "Duties:",
        'Plan "rounds" with the team',
        "Keep\trecords \\ notes",
        "Pay is £25k, paid Annually.",
    ]
    kinds = [b.kind for b in doc.blocks if b.field == "description"]
    assert kinds == ["key", "paragraph", "paragraph", "list_item", "list_item", "paragraph"]


@pytest.mark.parametrize("word", ["rounds", "records", "notes", "Pay is", "registration", "council"])
def test_word_inside_escaped_string_locates_to_its_line_and_column(word):
    got, want = _locate_word(_read(DOUBLE_QUOTED), word)
    assert got == want


def test_escape_maps_to_the_escape_sequence():
    doc = _read(DOUBLE_QUOTED)
    block = next(b for b in doc.blocks if "café" in b.text)
    offset = block.offsets[block.text.index("é")]
    assert doc.source.startswith("\\u00e9", offset)


def test_single_quoted_plain_and_block_scalars():
    source = (
        "---\n"
        "responsibilities: 'Lead the team''s\n"
        "  daily rounds'\n"
        "salary: $30,000 to\n"
        "  $35,000 a year\n"
        "benefits: |\n"
        "  - Health insurance\n"
        "  - 25 days of leave\n"
        "\n"
        "  Ask us about the pension.\n"
        "about: >-\n"
        "    Acme runs\n"
        "    three clinics.\n"
        "\n"
        "    We are growing.\n"
        "hours: |2\n"
        "     Monday to Friday\n"
        "---\n"
    )
    doc = _read(source)
    _assert_exact(doc)
    by_field = {}
    for b in doc.blocks:
        if b.kind != "key":
            by_field.setdefault(b.field, []).append(b.text)
    assert by_field["responsibilities"] == ["Lead the team's daily rounds"]
    assert by_field["salary"] == ["$30,000 to $35,000 a year"]
    assert by_field["benefits"] == ["Health insurance", "25 days of leave", "Ask us about the pension."]
    assert by_field["about"] == ["Acme runs three clinics. We are growing."]
    assert by_field["hours"] == ["Monday to Friday"]
    for word in ("daily", "35,000", "pension", "clinics", "growing", "Friday"):
        got, want = _locate_word(doc, word)
        assert got == want, word


def test_lists_of_strings_and_objectives():
    source = (
        "---\n"
        "how_to_apply:\n"
        '  - "Send your CV to\\r\\njobs@example.com"\n'
        "  - Call 555 0100\n"
        "key_objectives:\n"
        '  - title: "Objective \\"one\\""\n'
        "    items:\n"
        "      - 'Run the ''night'' shift'\n"
        "---\n"
    )
    doc = _read(source)
    _assert_exact(doc)
    items = [(b.kind, b.text) for b in doc.blocks if b.kind != "key"]
    assert items == [
        ("list_item", "Send your CV to jobs@example.com"),
        ("list_item", "Call 555 0100"),
        ("heading", 'Objective "one"'),
        ("list_item", "Run the 'night' shift"),
    ]
    got, want = _locate_word(doc, "jobs@example.com")
    assert got == want


def test_toml_strings():
    source = (
        "+++\n"
        'title = "Designer"\n'
        'description = """\n'
        'We hire.\\r\\n\\r\\nDuties:\\n- Draw \\"icons\\"\\n- Caf\\u00e9 menus \\\n'
        "   and signs\n"
        '"""\n'
        "how_to_apply = [\n"
        '  "Send a portfolio",  # a comment\n'
        "  'C:\\path stays literal',\n"
        "]\n"
        "salary = '''\n"
        "$50k\n"
        "a year'''\n"
        'location = { city = "Leeds" }\n'
        "\n"
        "[params]\n"
        'description = "nested, not top-level"\n'
        "+++\n"
        "Body.\n"
    )
    doc = _read(source)
    _assert_exact(doc)
    items = [(b.field, b.kind, b.text) for b in doc.blocks if b.kind != "key" and b.origin == "front-matter"]
    assert items == [
        ("description", "paragraph", "We hire."),
        ("description", "paragraph", "Duties:"),
        ("description", "list_item", 'Draw "icons"'),
        ("description", "list_item", "Café menus and signs"),
        ("how_to_apply[0]", "list_item", "Send a portfolio"),
        ("how_to_apply[1]", "list_item", "C:\\path stays literal"),
        ("salary", "paragraph", "$50k a year"),
    ]
    for word in ("icons", "signs", "portfolio", "year"):
        got, want = _locate_word(doc, word)
        assert got == want, word


def test_typed_line_breaks_in_unquoted_text_are_line_breaks():
    source = "---\ndescription: We need a designer.\\r\\n\\r\\nYou will:\\r\\n- Draw icons\\r\\n- Test them\n---\n"
    doc = _read(source)
    texts = [b.text for b in doc.blocks if b.kind != "key"]
    assert texts == ["We need a designer.", "You will:", "Draw icons", "Test them"]
    got, want = _locate_word(doc, "Test them")
    assert got == want


def test_one_typed_sequence_stays_text():
    doc = _read("---\ndescription: Save to C:\\new folder\n---\n")
    assert [b.text for b in doc.blocks if b.kind != "key"] == ["Save to C:\\new folder"]


def test_mixed_crlf_and_lf_lines():
    source = (
        "---\r\n"
        'description: "Line one.\\r\\n\\r\\nLine two."\r\n'
        "benefits: |\n"
        "  - Pension\r\n"
        "  - Dental\n"
        "salary: £30k\r\n"
        "---\r\n"
        "# Nurse\r\n"
        "\n"
        "Body with **care**.\r\n"
    )
    doc = _read(source)
    _assert_exact(doc)
    assert [b.text for b in doc.blocks if b.kind != "key"] == [
        "Line one.",
        "Line two.",
        "Pension",
        "Dental",
        "£30k",
        "Nurse",
        "Body with care.",
    ]
    for word in ("two", "Dental", "£30k", "care"):
        got, want = _locate_word(doc, word)
        assert got == want, word


def test_one_line_value_is_a_field_with_its_key_as_label():
    doc = _read('---\nsalary: "£30,000 a year"\n---\n')
    block = next(b for b in doc.blocks if b.kind == "field")
    assert (block.text, block.label) == ("£30,000 a year", "salary")


# --- the decoders agree with the YAML and TOML libraries ---------------------------------------

YAML_SCALARS = [
    '"a\\tb\\\\c\\"d\\u00e9\\x41\\U0001F600 e"',
    '"folded\n  over lines\n\n  with a blank"',
    '"joined \\\n  without space"',
    "'it''s\n  folded'",
    "plain words\n  that fold\n\n  twice",
    "|\n  literal\n   more\n\n  end\n",
    "|-\n  stripped\n",
    "|+\n  kept\n\n",
    ">\n  folded\n  text\n\n  para\n    indented\n  back\n",
    ">-\n\n  leading blank\n",
]


@pytest.mark.parametrize("scalar", YAML_SCALARS)
def test_yaml_decoders_match_pyyaml(scalar):
    text = "key: " + scalar.replace("\n", "\n") + ("\n" if not scalar.endswith("\n") else "")
    node = yaml.compose(text, Loader=yaml.SafeLoader).value[0][1]
    start, end = node.start_mark.index, node.end_mark.index
    decode = {'"': yaml_double, "'": yaml_single}.get(node.style)
    if node.style in ("|", ">"):
        value, offsets = yaml_block(text, start, end, 0)
    elif decode:
        value, offsets = decode(text, start, end)
    else:
        value, offsets = yaml_plain(text, start, end)
    assert value == node.value
    assert len(offsets) == len(value) and all(start <= o < end for o in offsets)


@pytest.mark.parametrize(
    "literal",
    [
        '"a\\tb\\\\c\\"d\\u00e9"',
        "'C:\\\\raw'",
        '"""\nfirst\\nsecond \\\n   joined"""',
        "'''\nraw ''quoted''\nlines'''",
        '""""quoted" text"""',
    ],
)
def test_toml_decoder_matches_tomllib(literal):
    import tomllib

    text = f"k = {literal}\n"
    value, offsets, end = toml_string(text, 4)
    assert value == tomllib.loads(text)["k"]
    assert len(offsets) == len(value) and end == len(text) - 1


# --- a front-matter field is never fatal -------------------------------------------------------


@pytest.mark.parametrize(
    "front",
    [
        "title: [a, b]\nrole: 123\n",
        "location: {city: Leeds}\nopens: 2024-01-02\nsalary: null\n",
        "description: 2024-01-02\nqualifications: {a: 1, b: [x, y]}\nhow_to_apply: [1, true, ~]\n",
        "- a list\n- of things\n",
        "just one value\n",
        'title: "never closed\nrole: x\n',
        "? [complex, key]\n: value\n",
    ],
)
def test_odd_front_matter_never_raises_and_the_body_is_read(front):
    doc = _read(f"---\n{front}---\n# Nurse\n\nCare for patients.\n")
    assert [b.text for b in doc.blocks if b.origin == "body"] == ["Nurse", "Care for patients."]
    assert isinstance(doc.meta, dict)


def test_broken_front_matter_is_a_problem_not_an_error():
    source = '---\ntitle: ok\nlocation: "Remote, "UK"\n---\nBody.\n'
    problem = frontmatter.problem(source)
    assert problem is not None and "Invalid YAML" in problem.message
    assert source[problem.span.start : problem.span.end] == 'location: "Remote, "UK"'
    assert frontmatter.problem("---\ntitle: ok\n---\nBody.\n") is None
    assert "list" in frontmatter.problem("---\n- a\n---\n").message
    assert frontmatter.problem('+++\ntitle = "x\n+++\n').message.startswith("Invalid TOML")


def test_front_matter_on_one_line_is_front_matter():
    """ "--- layout: default ---": front matter whose line breaks were lost is metadata, not the intro."""
    from jdlint import readers

    source = "--- layout: default ---\n\nAre you a librarian who loves finding and organizing data?\n"
    doc = readers.read(source, "curator.md")
    assert doc.meta == {"layout": "default"}
    assert [b.text for b in doc.blocks if b.origin == "body"] == [
        "Are you a librarian who loves finding and organizing data?"
    ]
    assert readers.read("--- not front matter\n\nText.\n", "x.md").meta == {}
