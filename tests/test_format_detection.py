"""The format comes from the content when the extension disagrees; plain-text titles and labels."""

from __future__ import annotations

import pytest

from jdlint import readers
from jdlint.readers import POSTING_EXTENSIONS, detect_format

JEKYLL_HTML = "---\nlayout: job\ntitle: Barista\n---\n\n## What you'll do\n\n- Pull shots\n- Greet guests\n"
HTML_CELL = (
    "<p>We are hiring a <strong>warehouse associate</strong>.</p><p><b>Pay:</b> $17/hour<br>"
    "<b>Shift:</b> nights</p><ul><li>Lift 25 kg</li><li>Drive a forklift</li></ul>"
)
MD_PAGE = "<!DOCTYPE html>\n<html><body><main><h1>Welder</h1><p>Join our shop.</p></main></body></html>\n"
MD_WITH_SOME_HTML = (
    '# Welder\n\n<p align="center"><img src="logo.png"></p>\n\n## Duties\n\n- Weld frames\n'
    "- Read drawings\n- Grind seams\n\n**Pay:** $25/hour\n"
)
PHP_PAGE = "<?php include 'header.php'; if ($a > 1) { echo 'x'; } ?>\n<!DOCTYPE html>\n<html><body><h1>Driver</h1></body></html>\n"


@pytest.mark.parametrize(
    "path, source, expected",
    [
        ("job.html", JEKYLL_HTML, "markdown"),  # Jekyll: Markdown with front matter in an .html file
        ("job.html", "---\ntitle: Driver\n---\n<!DOCTYPE html>\n<html><body><p>x</p></body></html>", "html"),
        ("job.html", "<p>Drive the van.</p>", "html"),
        ("cell.txt", HTML_CELL, "html"),  # a .txt cell holding HTML
        ("cell.txt", "WAREHOUSE ASSOCIATE\n\nPAY: $17/hour\n", "text"),
        ("cell.txt", "Lift <25 kg> boxes & keep <b>safe</b>.\n", "text"),  # one tag is not an HTML posting
        ("post.md", MD_PAGE, "html"),  # a saved page with a .md name
        ("post.md", HTML_CELL, "html"),
        ("post.md", MD_WITH_SOME_HTML, "markdown"),  # Markdown with an HTML banner stays Markdown
        ("job.php", PHP_PAGE, "html"),
        ("job.aspx", "<html><body><p>x</p></body></html>", "html"),
        ("stdin", HTML_CELL, "html"),
        ("stdin", "# Title\n\nText", "markdown"),
    ],
)
def test_detect_format(path, source, expected):
    assert detect_format(path, source) == expected


def test_page_extensions_are_postings():
    for ext in (".php", ".shtml", ".aspx", ".jsp"):
        assert ext in POSTING_EXTENSIONS
    assert ".liquid" not in POSTING_EXTENSIONS  # layouts, not postings


def test_jekyll_html_is_read_as_markdown():
    doc = readers.read(JEKYLL_HTML, "job.html")
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("heading", "What you'll do"),
        ("list_item", "Pull shots"),
        ("list_item", "Greet guests"),
    ]


def test_php_preamble_is_never_text():
    doc = readers.read(PHP_PAGE, "job.php")
    assert [b.text for b in doc.blocks] == ["Driver"]
    assert doc.locate(doc.blocks[0].offsets[0]).line == 3


CRLF_TEXT = (
    "MAINTENANCE WORKER II\r\n"
    "\r\n"
    "HOURLY WAGE\r\n"
    "$18.50 to $22.10\r\n"
    "\r\n"
    "DUTIES/ESSENTIAL FUNCTIONS:\r\n"
    "- Repair park benches\r\n"
    "- Mow and edge lawns\r\n"
    "\r\n"
    "SALARY & BENEFITS: Paid leave and a pension\r\n"
    "LICENSE (REQUIRED): Class C\r\n"
    "MINIMUM QUALIFICATIONS\r\n"
    "High school diploma. PLEASE NOTE\r\n"
    "that shifts rotate.\r\n"
)


def test_all_caps_crlf_text_titles_labels_and_headings():
    doc = readers.read(CRLF_TEXT, "bulletin.txt")
    got = [(b.kind, b.level, b.text) for b in doc.blocks]
    assert got == [
        ("heading", 1, "MAINTENANCE WORKER II"),
        ("heading", 2, "HOURLY WAGE"),
        ("paragraph", 0, "$18.50 to $22.10"),
        ("heading", 2, "DUTIES/ESSENTIAL FUNCTIONS"),
        ("list_item", 1, "Repair park benches"),
        ("list_item", 1, "Mow and edge lawns"),
        ("heading", 2, "SALARY & BENEFITS"),
        ("paragraph", 0, "Paid leave and a pension"),
        ("heading", 2, "LICENSE (REQUIRED)"),
        ("paragraph", 0, "Class C"),
        ("heading", 2, "MINIMUM QUALIFICATIONS"),
        ("paragraph", 0, "High school diploma. PLEASE NOTE that shifts rotate."),
    ]
    assert not doc.blocks[0].implied_heading  # the title line is the posting's title heading
    for block in doc.blocks:
        for ch, offset in zip(block.text, block.offsets, strict=True):
            assert doc.source[offset] == ch or (ch == " " and doc.source[offset].isspace())
    wage = next(b for b in doc.blocks if b.text.startswith("$18.50"))
    assert (doc.locate(wage.offsets[0]).line, doc.locate(wage.offsets[0]).column) == (4, 1)


@pytest.mark.parametrize(
    "source, title",
    [
        ("Acme Logistics - Forklift Driver\n\nWe move freight.\n", "Acme Logistics - Forklift Driver"),
        ("COORDENADOR DP\n- Presencial: Porto Alegre\n", "COORDENADOR DP"),
        ("Acme Logistics\nJOB TITLE: Forklift Driver\n", None),  # a company name above the title label
        ("We are hiring drivers for our depot in Leeds.\n\nApply now.\n", None),  # a sentence
    ],
)
def test_first_line_title(source, title):
    doc = readers.read(source, "post.txt")
    first = doc.blocks[0]
    got = first.text if first.kind == "heading" and first.level == 1 else None
    assert got == title


def test_cr_only_line_endings():
    doc = readers.read("DRIVER\r\rHOURLY WAGE\r$20\r\rDUTIES:\r- Drive\r", "old-mac.txt")
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("heading", "DRIVER"),
        ("heading", "HOURLY WAGE"),
        ("paragraph", "$20"),
        ("heading", "DUTIES"),
        ("list_item", "Drive"),
    ]
