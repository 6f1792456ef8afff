"""A self-contained HTML report for people who never open a terminal.

One page: an index of the postings with their scores (when there are several), then per posting
the score, the category breakdown, the posting's source line by line with every problem span
highlighted and labelled with its rule code, and beside it each finding with its message,
suggestion and the rule's explanation. Notes about jdlint's run (checks skipped for the posting's
language, no title found) get their own box above the posting, grey and unnumbered: they are
not problems with the posting, so they are neither highlighted in the text nor counted.

Everything taken from a posting, a path or a message is escaped, and the page carries a
Content-Security-Policy that forbids scripts and remote resources as a second line of defence:
a posting containing ``<script>`` shows the text and runs nothing. The page needs no script and
loads nothing from the network (inline CSS only).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from html import escape

from .. import __version__
from ..checks import Finding
from ..engine import FileResult
from .common import RuleIndex, unwrap
from .summary import summarize

_RANK = {"info": 0, "warning": 1, "error": 2}
_WIDE = 160  # spans longer than this (a whole sentence) are underlined, not painted


def _e(text: object) -> str:
    return escape(str(text), quote=True)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _tally(counts: Counter | dict) -> str:
    """``2 errors, 1 warning, 3 info`` (info is a mass noun), skipping zero counts."""
    parts = [
        _plural(counts[s], s) if s != "info" else f"{counts[s]} info" for s in ("error", "warning", "info") if counts[s]
    ]
    return ", ".join(parts) or "no findings"


def _grade(score: int) -> str:
    return "good" if score >= 85 else "fair" if score >= 60 else "poor"


def _paragraphs(text: str) -> str:
    return "".join(f"<p>{_e(p)}</p>" for p in unwrap(text).split("\n\n"))


def _line_ranges(f: Finding, line: int, length: int) -> tuple[int, int]:
    """0-based ``[start, end)`` character range of ``f`` on ``line`` (of ``length`` characters)."""
    start = f.column - 1 if line == f.line else 0
    end = f.end_column - 1 if line == f.end_line else length
    return max(0, min(start, length)), max(0, min(end, length))


def _source(result: FileResult, pid: str) -> str:
    """The posting's source, one row per line, with marks over the finding spans."""
    doc = result.doc
    assert doc is not None
    lines = doc.source.split("\n")
    on_line: dict[int, list[tuple[int, Finding]]] = defaultdict(list)
    last: dict[int, int] = {}  # finding number -> the line its label goes on
    for n, f in enumerate(result.findings, 1):
        # A span that stops at the very start of a line (a paragraph up to its line break)
        # ends, for the reader, on the line before.
        last[n] = f.end_line - 1 if f.end_line > f.line and f.end_column <= 1 else max(f.end_line, f.line)
        for line in range(f.line, last[n] + 1):
            on_line[line].append((n, f))
    rows = []
    for number, raw in enumerate(lines, 1):
        text = raw.rstrip("\r")
        here = on_line.get(number, [])
        ranges = {n: _line_ranges(f, number, len(text)) for n, f in here}
        cuts = sorted({0, len(text)} | {p for r in ranges.values() for p in r})
        html: list[str] = []
        for i, pos in enumerate(cuts):
            # Rule-code labels go where a finding's span ends (on its last line), one per code.
            ending: dict[str, list[tuple[int, Finding]]] = {}
            for n, f in here:
                if number == last[n] and ranges[n][1] == pos:
                    ending.setdefault(f.code, []).append((n, f))
            for code, group in ending.items():
                n, f = group[0]
                severity = max((g for _, g in group), key=lambda g: _RANK[g.severity]).severity
                count = f" &times;{len(group)}" if len(group) > 1 else ""
                tip = "\n".join(g.message for _, g in group)
                html.append(
                    f'<a class="tag {severity}" href="#{pid}-f{n}" title="{_e(code)}: {_e(tip)}">{_e(code)}{count}</a>'
                )
            if i + 1 == len(cuts):
                break
            end = cuts[i + 1]
            segment = text[pos:end]
            covering = [
                (n, f) for n, f in here if ranges[n][0] <= pos and end <= ranges[n][1] and ranges[n][0] < ranges[n][1]
            ]
            if not covering:
                html.append(_e(segment))
                continue
            worst = max((f for _, f in covering), key=lambda f: _RANK[f.severity])
            wide = all(len(doc.source[f.span.start : f.span.end]) > _WIDE for _, f in covering)
            classes = [worst.severity] + (["wide"] if wide else []) + (["multi"] if len(covering) > 1 else [])
            tip = "\n".join(f"{f.code} {f.name}: {f.message}" for _, f in covering)
            codes = " ".join(f.code for _, f in covering)
            html.append(
                f'<mark class="{" ".join(classes)}" data-codes="{_e(codes)}" title="{_e(tip)}">{_e(segment)}</mark>'
            )
        starts = [f for _, f in here if f.line == number]
        gutter = f' class="{max(starts, key=lambda f: _RANK[f.severity]).severity}"' if starts else ""
        rows.append(
            f'<div class="row" id="{pid}-L{number}"><span class="no"{gutter}>{number}</span>'
            f'<span class="tx">{"".join(html) or "&#8203;"}</span></div>'
        )
    return f'<div class="source">{"".join(rows)}</div>'


def _finding(f: Finding, n: int, pid: str, rules: RuleIndex) -> str:
    rule = rules.get(f.code)
    where = f"line {f.line}, column {f.column}"
    parts = [
        f'<li class="finding {f.severity}" id="{pid}-f{n}">',
        f'<div class="fhead"><span class="pill {f.severity}">{_e(f.severity)}</span> '
        f'<span class="code">{_e(f.code)}</span> <span class="rname">{_e(f.name)}</span>'
        f'<a class="where" href="#{pid}-L{f.line}">{_e(where)}</a></div>',
        f'<p class="msg">{_e(f.message)}</p>',
    ]
    for suggestion in f.suggestions:
        parts.append(f'<p class="suggestion"><b>Suggestion:</b> {_e(suggestion)}</p>')
    if rule is not None and rule.summary:
        parts.append(f'<p class="summary">{_e(rule.summary)}</p>')
    if rule is not None and rule.why:
        parts.append(f"<details><summary>Why it matters</summary>{_paragraphs(rule.why)}</details>")
    parts.append("</li>")
    return "".join(parts)


def _notes(result: FileResult, pid: str) -> str:
    """The notes about jdlint's run on this posting, apart from the findings."""
    if not result.notes:
        return ""
    items = []
    for n in result.notes:
        extra = "".join(f'<p class="summary">{_e(s)}</p>' for s in n.suggestions)
        items.append(
            f'<li><span class="code">{_e(n.code)}</span> <span class="rname">{_e(n.name)}</span>'
            f'<a class="where" href="#{pid}-L{n.line}">line {n.line}</a><p class="msg">{_e(n.message)}</p>{extra}</li>'
        )
    return (
        '<div class="notes"><h3>Notes about this check</h3><p class="nlead">What jdlint did with this '
        f"posting; these are not problems with the posting and do not count in its score.</p><ul>{''.join(items)}</ul></div>"
    )


def _categories(result: FileResult) -> str:
    assert result.score is not None
    counts = Counter(f.category for f in result.findings)
    rows = []
    for category, value in sorted(result.score.categories.items(), key=lambda kv: (kv[1], kv[0])):
        rows.append(
            f'<tr><th scope="row">{_e(category)}</th>'
            f'<td class="bar"><span class="{_grade(value)}" style="width:{int(value)}%"></span></td>'
            f'<td class="num">{int(value)}</td>'
            f'<td class="cnt">{_plural(counts[category], "finding") if counts[category] else ""}</td></tr>'
        )
    return f'<table class="cats"><caption>Score by category</caption>{"".join(rows)}</table>'


def _counts(findings: list[Finding]) -> Counter:
    return Counter(f.severity for f in findings)


def _posting(result: FileResult, pid: str, rules: RuleIndex) -> str:
    doc = result.doc
    title = doc.title.text if doc is not None and doc.title else None
    head = (
        f'<header class="phead"><div><h2>{_e(title or result.path)}</h2>'
        f'<p class="path">{_e(result.path)}'
        + (f" &middot; role: {_e(doc.role)}" if doc is not None and doc.role else "")
        + "</p></div>"
    )
    if result.error is not None or doc is None:
        message = result.error.message if result.error is not None else "not checked"
        line = f" (line {result.error.line})" if result.error is not None and result.error.line else ""
        return (
            f'<section class="posting" id="{pid}">{head}</header>'
            f'<p class="fileerror"><b>This file could not be checked{_e(line)}:</b> {_e(message)}</p></section>'
        )
    assert result.score is not None
    sev = _counts(result.findings)
    head += (
        f'<div class="score {_grade(result.score.total)}"><span>{result.score.total}</span>'
        "<small>/100</small></div></header>"
    )
    tally = _tally(sev)
    findings = "".join(_finding(f, n, pid, rules) for n, f in enumerate(result.findings, 1))
    findings_html = (
        f'<ol class="findings">{findings}</ol>'
        if findings
        else '<p class="clean">No findings: this posting passes every active rule.</p>'
    )
    return (
        f'<section class="posting" id="{pid}">{head}'
        f'<div class="overview"><p class="tally">{_e(tally)}</p>{_categories(result)}</div>{_notes(result, pid)}'
        f'<div class="columns"><div class="text"><h3>Posting</h3>{_source(result, pid)}</div>'
        f'<aside class="side"><h3>Findings</h3>{findings_html}</aside></div></section>'
    )


def _index(results: list[FileResult]) -> str:
    rows = []
    for i, result in enumerate(results, 1):
        doc = result.doc
        title = doc.title.text if doc is not None and doc.title else ""
        if result.score is None:
            score, tally = '<td class="num">&ndash;</td>', '<td colspan="3">not checked</td>'
        else:
            sev = _counts(result.findings)
            score = f'<td class="num"><span class="chip {_grade(result.score.total)}">{result.score.total}</span></td>'
            tally = "".join(f'<td class="num">{sev[s] or ""}</td>' for s in ("error", "warning", "info"))
        rows.append(f'<tr><td><a href="#p{i}">{_e(result.path)}</a></td><td>{_e(title)}</td>{score}{tally}</tr>')
    return (
        '<nav class="index"><h2>Postings</h2><table><thead><tr><th>File</th><th>Title</th><th>Score</th>'
        "<th>Errors</th><th>Warnings</th><th>Info</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table></nav>"
    )


def render(results: list[FileResult], *, rules: RuleIndex | None = None) -> str:
    rules = rules or {}
    summary = summarize(results)
    sev = summary["by_severity"]
    if len(results) == 1 and results[0].doc is not None and results[0].doc.title:
        page_title = f"jdlint report: {results[0].doc.title.text}"
    else:
        page_title = f"jdlint report: {_plural(len(results), 'posting')}"
    line = f"{_plural(summary['files'], 'posting')}, {_plural(summary['findings'], 'finding')}"
    if summary["findings"]:
        line += f" ({_tally(sev)})"
    if summary["errors"]:
        line += f"; {summary['errors']} could not be checked"
    body = [f'<header class="top"><h1>jdlint report</h1><p>{_e(line)}</p></header>']
    if len(results) > 1:
        body.append(_index(results))
    body.extend(_posting(r, f"p{i}", rules) for i, r in enumerate(results, 1))
    body.append(
        f"<footer>Generated by jdlint {_e(__version__)}. Run <code>jdlint rule CODE</code> "
        "for a rule's full documentation.</footer>"
    )
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_e(page_title)}</title><style>{CSS}</style></head>\n<body><main>"
        + "\n".join(body)
        + "</main></body></html>\n"
    )


CSS = """
:root{--err:#b42318;--err-bg:#fde2df;--warn:#a15c07;--warn-bg:#fdecc8;--info:#175cd3;--info-bg:#dbe8fe;
--good:#1a7f37;--fair:#b54708;--poor:#b42318;--line:#e4e7ec;--muted:#667085;--ink:#1d2939}
*{box-sizing:border-box}
body{margin:0;background:#f6f7f9;color:var(--ink);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,
"Helvetica Neue",Arial,sans-serif}
main{max-width:1280px;margin:0 auto;padding:24px}
h1{font-size:26px;margin:0}h2{font-size:20px;margin:0}h3{font-size:13px;text-transform:uppercase;
letter-spacing:.06em;color:var(--muted);margin:0 0 8px}
.top{margin-bottom:20px}.top p{margin:4px 0 0;color:var(--muted)}
.index,.posting{background:#fff;border:1px solid var(--line);border-radius:10px;padding:20px;margin-bottom:24px}
table{border-collapse:collapse}
.index table{width:100%}.index th,.index td{text-align:left;padding:6px 10px;border-bottom:1px solid var(--line)}
.index th{font-size:12px;color:var(--muted);text-transform:uppercase}.index td.num,.index th:nth-child(n+3){text-align:center}
a{color:var(--info)}
.phead{display:flex;justify-content:space-between;align-items:flex-start;gap:16px;border-bottom:1px solid var(--line);
padding-bottom:12px;margin-bottom:12px}
.path{margin:2px 0 0;color:var(--muted);font-size:13px;word-break:break-all}
.score{min-width:92px;text-align:center;border-radius:10px;padding:6px 10px;color:#fff}
.score span{font-size:32px;font-weight:700}.score small{opacity:.85}
.score.good,.chip.good,.bar .good{background:var(--good)}.score.fair,.chip.fair,.bar .fair{background:var(--fair)}
.score.poor,.chip.poor,.bar .poor{background:var(--poor)}
.chip{display:inline-block;min-width:36px;border-radius:12px;color:#fff;font-weight:600;padding:0 8px}
.overview{display:flex;gap:32px;align-items:flex-start;flex-wrap:wrap;margin-bottom:16px}
.tally{margin:0;font-weight:600}
.cats caption{text-align:left;font-size:12px;color:var(--muted);text-transform:uppercase;letter-spacing:.06em;padding-bottom:4px}
.cats th{text-align:left;font-weight:500;padding:2px 12px 2px 0}.cats td{padding:2px 6px}
.cats .bar{width:180px}.cats .bar span{display:block;height:8px;border-radius:4px;min-width:2px}
.cats .num{text-align:right;font-variant-numeric:tabular-nums;width:36px}.cats .cnt{color:var(--muted);font-size:13px}
.columns{display:grid;grid-template-columns:minmax(0,3fr) minmax(300px,2fr);gap:20px}
@media (max-width:900px){.columns{grid-template-columns:1fr}}
.source{font:13px/1.6 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;border:1px solid var(--line);
border-radius:8px;background:#fcfcfd;padding:8px 0;overflow:hidden}
.row{display:flex}.row:target{background:#fff8db}
.no{flex:0 0 48px;text-align:right;padding-right:10px;color:#98a2b3;user-select:none;border-right:3px solid transparent;margin-right:10px}
.no.error{border-right-color:var(--err)}.no.warning{border-right-color:var(--warn)}.no.info{border-right-color:var(--info)}
.tx{white-space:pre-wrap;overflow-wrap:anywhere;padding-right:10px;min-width:0}
mark{color:inherit;border-radius:3px;padding:1px 0}
mark.error{background:var(--err-bg);box-shadow:inset 0 -2px var(--err)}
mark.warning{background:var(--warn-bg);box-shadow:inset 0 -2px var(--warn)}
mark.info{background:var(--info-bg);box-shadow:inset 0 -2px var(--info)}
mark.wide{background:transparent;box-shadow:none;text-decoration:underline wavy;text-underline-offset:3px}
mark.wide.error{text-decoration-color:var(--err)}mark.wide.warning{text-decoration-color:var(--warn)}
mark.wide.info{text-decoration-color:var(--info)}mark.multi:not(.wide){font-weight:600}
.tag{font:600 10px/1 system-ui,sans-serif;vertical-align:super;margin:0 2px;padding:1px 3px;border-radius:3px;
color:#fff;text-decoration:none}
.tag.error{background:var(--err)}.tag.warning{background:var(--warn)}.tag.info{background:var(--info)}
.side{min-width:0}
@media (min-width:901px){.side{position:sticky;top:12px;align-self:start;max-height:calc(100vh - 24px);overflow:auto}}
.findings{list-style:none;margin:0;padding:0}
.finding{border:1px solid var(--line);border-left:4px solid;border-radius:6px;padding:8px 12px;margin-bottom:10px;background:#fff}
.finding.error{border-left-color:var(--err)}.finding.warning{border-left-color:var(--warn)}.finding.info{border-left-color:var(--info)}
.finding:target{outline:2px solid var(--info)}
.fhead{display:flex;flex-wrap:wrap;align-items:baseline;gap:6px;font-size:13px}
.pill{font-size:11px;font-weight:700;text-transform:uppercase;border-radius:10px;padding:0 7px}
.pill.error{background:var(--err-bg);color:var(--err)}.pill.warning{background:var(--warn-bg);color:var(--warn)}
.pill.info{background:var(--info-bg);color:var(--info)}
.code{font-weight:700}.rname{color:var(--muted)}.where{margin-left:auto;font-size:12px}
.msg{margin:4px 0;font-weight:500}.suggestion{margin:4px 0;color:#054f31}.summary{margin:4px 0;color:var(--muted);font-size:13px}
details{font-size:13px;color:#344054}details summary{cursor:pointer;color:var(--info)}details p{margin:6px 0}
.notes{border:1px dashed var(--line);border-radius:8px;background:#f9fafb;padding:8px 12px;margin-bottom:16px;color:#344054}
.notes ul{list-style:none;margin:0;padding:0}.notes li{display:flex;flex-wrap:wrap;align-items:baseline;gap:6px;font-size:13px;padding:2px 0}
.notes .msg,.notes .summary{flex-basis:100%;margin:0}.nlead{margin:0 0 6px;color:var(--muted);font-size:13px}
.clean{color:var(--good);font-weight:600}.fileerror{color:var(--err)}
footer{color:var(--muted);font-size:13px;text-align:center;padding:8px}
@media print{body{background:#fff}.side{position:static;max-height:none}.columns{grid-template-columns:1fr}
.posting{break-inside:auto;border:none}}
"""
