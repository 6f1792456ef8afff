"""Full HTML pages, PHP pages, fragments, label/value layouts and page titles.

Synthetic postings written for these tests; every block's characters are checked against the
source through their offsets.
"""

from __future__ import annotations

from html import unescape

from jdlint import readers
from jdlint.model import Document

PAGE = """<?php
  $job = load_job($_GET['id']);
  if ($job->openings > 0) { $status = "open"; }
?>
<!DOCTYPE html>
<html lang="en">
<head>
  <title>Line Cook &amp; Prep | Harbor Bistro Careers</title>
  <meta property="og:title" content="Line Cook &amp; Prep">
  <meta property="og:site_name" content="Harbor Bistro">
  <script>var banner = "<p>not text</p>";</script>
  <script type="application/ld+json">
  {"@context": "https://schema.org", "@graph": [
    {"@type": "Organization", "name": "Harbor Bistro"},
    {"@type": "JobPosting", "title": "Line Cook (\\u00e9quipe du soir)", "datePosted": "2024-01-01"}]}
  </script>
</head>
<body>
  <a class="skip-link" href="#main">Skip to content</a>
  <div id="cookieConsent"><p>We use cookies to improve your experience.</p><button>Accept</button></div>
  <header><nav><ul><li><a href="/">Home</a></li><li><a href="/jobs">Jobs</a></li></ul></nav></header>
  <main id="main">
    <nav aria-label="Breadcrumb"><ol><li>Home</li><li>Jobs</li><li>Line Cook</li></ol></nav>
    <h1>Line Cook</h1>
    <p>Harbor Bistro is looking for a line cook to join our evening team.</p>
    <p><b>Salary:</b> $18 an hour<br><b>Location:</b> Portland, OR<br>
    <strong>Hours:</strong> 30 a week</p>
    <p><strong>Responsibilities:</strong></p>
    <ul><li>Prep the line before service</li><li>Keep the station clean &amp; stocked</li></ul>
    <dl><dt>Start date</dt><dd>March 1</dd><dt>Contract</dt><dd>Permanent</dd></dl>
    <table><tr><th>Shift</th><td>Evenings</td></tr><tr><th>Uniform</th><td>Provided</td></tr></table>
    <div class="share-buttons"><a href="#">Share on LinkedIn</a></div>
    <section class="related-jobs"><h2>Related jobs</h2><ul><li>Dishwasher</li></ul></section>
    <div class="newsletter-signup"><p>Get new jobs by e-mail.</p></div>
  </main>
  <footer><p>&copy; Harbor Bistro</p></footer>
</body>
</html>
"""


def _exact(doc: Document) -> None:
    for block in doc.blocks:
        assert len(block.offsets) == len(block.text)
        for ch, offset in zip(block.text, block.offsets, strict=True):
            src = doc.source[offset]
            if ch.isspace():
                assert src.isspace() or doc.source.startswith(("<br", "&nbsp;"), offset), block
            elif src == "&":  # a decoded entity maps to its "&"
                end = doc.source.index(";", offset) + 1
                assert ch in unescape(doc.source[offset:end]), block
            else:
                assert src == ch, (block, ch, offset)


def test_full_page_keeps_the_posting_and_drops_the_furniture():
    doc = readers.read(PAGE, "job.php")
    assert doc.format == "html"
    _exact(doc)
    texts = [b.text for b in doc.blocks]
    assert texts == [
        "Line Cook",
        "Harbor Bistro is looking for a line cook to join our evening team.",
        "Salary: $18 an hour",
        "Location: Portland, OR",
        "Hours: 30 a week",
        "Responsibilities:",
        "Prep the line before service",
        "Keep the station clean & stocked",
        "March 1",
        "Permanent",
        "Evenings",
        "Provided",
    ]
    for furniture in ("cookies", "Skip", "Home", "Share", "Related", "Dishwasher", "e-mail", "Harbor Bistro\u00a9"):
        assert not any(furniture in t for t in texts[2:]), furniture
    assert not any("status" in t or "load_job" in t for t in texts)  # the PHP preamble is code


def test_label_lines_tables_and_definition_lists():
    doc = readers.read(PAGE, "job.html")
    labelled = [(b.kind, b.label, b.text) for b in doc.blocks if b.kind == "field"]
    assert labelled == [
        ("field", "Start date", "March 1"),
        ("field", "Contract", "Permanent"),
        ("field", "Shift", "Evenings"),
        ("field", "Uniform", "Provided"),
    ]
    lines = [b for b in doc.blocks if b.text.startswith(("Salary", "Location", "Hours"))]
    assert [b.kind for b in lines] == ["paragraph"] * 3
    for block in lines:  # each label line starts where its bold label starts
        assert doc.source.startswith(
            "<b>" if block.text[0] in "SL" else "<strong>",
            block.offsets[0] - len("<b>" if block.text[0] in "SL" else "<strong>"),
        )
    heading = next(b for b in doc.blocks if b.text == "Responsibilities:")
    assert heading.kind == "heading"


def test_page_titles_from_title_og_json_ld_and_h1():
    doc = readers.read(PAGE, "job.html")
    got = [(name, text) for name, text, _ in doc.page_titles]
    assert got == [
        ("html-title", "Line Cook & Prep"),
        ("og:title", "Line Cook & Prep"),
        ("json-ld", "Line Cook (\u00e9quipe du soir)"),
        ("h1", "Line Cook"),
    ]
    spans = {name: doc.source[span.start : span.end] for name, _, span in doc.page_titles}
    assert spans["html-title"] == "Line Cook &amp; Prep"  # without " | Harbor Bistro Careers"
    assert spans["og:title"] == "Line Cook &amp; Prep"
    assert spans["json-ld"] == "Line Cook (\\u00e9quipe du soir)"
    assert spans["h1"] == "Line Cook"
    assert doc.structured_data and doc.structured_data[0][1] is None  # kept for the JSON-LD rules


def test_site_name_suffixes():
    from jdlint.readers.html import _site_suffix

    assert _site_suffix("UX Designer | Acme Careers", set()) == "UX Designer"
    assert _site_suffix("UX Designer - Jobs at Acme", set()) == "UX Designer"
    assert _site_suffix("Careers at Acme \u2013 UX Designer", set()) == "UX Designer"
    assert _site_suffix("Senior Engineer - Backend | Acme", set()) == "Senior Engineer - Backend"
    assert _site_suffix("Recruiting Coordinator - Acme", {"acme"}) == "Recruiting Coordinator"
    assert _site_suffix("Line Cook - Evenings", set()) == "Line Cook - Evenings"


def test_fragment_with_entities_and_bold_labels():
    source = (
        "<p><strong>Pay Rate:</strong> $18&nbsp;/ hour<br><strong>Schedule:</strong> Mon&ndash;Fri</p>\n"
        "<p>We&rsquo;re a family bakery.</p>\n"
    )
    doc = readers.read(source, "cell.txt")
    assert doc.format == "html"
    _exact(doc)
    assert [b.text for b in doc.blocks] == [
        "Pay Rate: $18 / hour",
        "Schedule: Mon\u2013Fri",
        "We\u2019re a family bakery.",
    ]


def test_plain_text_with_a_line_break_is_not_split():
    doc = readers.read("<p>First line<br>second line of the same sentence.</p>", "x.html")
    assert [b.text for b in doc.blocks] == ["First line second line of the same sentence."]


def test_gfm_two_column_table_rows_are_fields():
    source = (
        "# Class Teacher\n\n"
        "| Job title | Class Teacher |\n|---|---|\n| Salary | \u00a330,000 to \u00a338,000 |\n"
        "| Contract | Permanent |\n\n"
        "| Name | Team | Room |\n|---|---|---|\n| Ann | Year 2 | 4 |\n"
    )
    doc = readers.read(source, "post.md")
    _exact(doc)
    fields = [(b.label, b.text) for b in doc.blocks if b.kind == "field"]
    assert fields == [
        ("Job title", "Class Teacher"),
        ("Salary", "\u00a330,000 to \u00a338,000"),
        ("Contract", "Permanent"),
    ]
    assert [b.kind for b in doc.blocks[-6:]] == ["table_cell"] * 6  # three columns: a real table
    salary = next(b for b in doc.blocks if b.label == "Salary")
    line = doc.locate(salary.offsets[0])
    assert (line.line, line.column) == (5, 12)


def test_html_blocks_inside_markdown_are_read():
    source = (
        "# Designer\n\n<p>We make <strong>maps</strong>.</p>\n\n<ul>\n<li>Draw icons</li>\n</ul>\n\n## Pay\n\n$50k\n"
    )
    doc = readers.read(source, "post.md")
    _exact(doc)
    assert [b.text for b in doc.blocks] == ["Designer", "We make maps.", "Draw icons", "Pay", "$50k"]
    assert [b.kind for b in doc.blocks][2] == "list_item"


def test_markdown_inside_a_template_filter_is_read_as_markdown():
    """A Django/Jinja page that renders its body with "{% filter markdown %}": its "##" headings
    and "*" bullets are Markdown, not text that starts with "##"."""
    source = (
        "{% extends 'base.html' %}\n{% block page_heading %}<h1>Jobs</h1>{% endblock %}\n"
        "{% block main_content %}\n{% filter markdown %}\n\n## Python Developer\n\n"
        "We are looking for a developer.\n\n### What you need\n\n* Python\n* Django\n"
        "{% endfilter %}\n{% endblock %}\n"
    )
    doc = readers.read(source, "jobs.html")
    found = [(b.kind, b.text) for b in doc.blocks]
    assert found == [
        ("heading", "Jobs"),
        ("heading", "Python Developer"),
        ("paragraph", "We are looking for a developer."),
        ("heading", "What you need"),
        ("list_item", "Python"),
        ("list_item", "Django"),
    ]
    heading = doc.blocks[1]
    assert source[heading.span.start :].startswith("## Python Developer")
