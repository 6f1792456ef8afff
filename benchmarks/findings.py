"""Recall of jdlint's findings: how many of the problems a careful reviewer marked it reports.

The unseen-source label sets (see benchmarks/accuracy.py) list, for each posting, the problems a
reviewer would flag (``problems: [{line, category, note}]``), written blind. A problem counts as
found when jdlint reports a finding of the same category on a line within ``--slack`` lines of
it (a problem about something missing is labelled on the title line or line 1, and jdlint reports
it at the title: a finding on either line matches it). Reviewer categories map to jdlint's:
``bias`` is ``inclusion``; ``legal`` is ``pay``.

Precision cannot come from these labels: a finding the reviewer did not list may still be right.
It needs a reviewer to judge each finding (``--list`` prints them for that). Verdicts are kept in
``tests/corpus/review/*-verdicts.tsv`` (set, path, line, code, category, verdict, note; verdict
right, wrong or debatable); for each set the benchmark prints the share of today's findings that
a reviewer judged, and of those judged right or wrong, the share right, per category.

Usage: python benchmarks/findings.py [--set NAME ...] [--slack N] [--list] [--misses]
"""

from __future__ import annotations

import argparse
import datetime as _dt
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from accuracy import DEFAULT_CORPUS, SETS, labelled  # noqa: E402

_CATEGORY = {"bias": "inclusion", "legal": "pay"}


REVIEW = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "review"


def verdicts() -> dict[tuple[str, str, int, str], list[str]]:
    """(set, path, line, code) -> verdicts in report order (two findings of one rule may share a
    line), from every ``*-verdicts.tsv`` review file."""
    out: dict[tuple[str, str, int, str], list[str]] = {}
    for path in sorted(REVIEW.glob("*-verdicts.tsv")):
        for row in path.read_text(encoding="utf-8").splitlines():
            parts = row.split("\t")
            if row.startswith("#") or len(parts) < 6 or parts[0] == "set" or not parts[2].isdigit():
                continue
            out.setdefault((parts[0], parts[1], int(parts[2]), parts[3]), []).append(parts[5].strip())
    return out


def evaluate(
    corpus: Path, set_name: str, slack: int, listing: bool, misses: bool = False, judged: Counter | None = None
) -> tuple[Counter, Counter, int]:
    """Problems wanted and found per category, and findings reported. ``judged`` (when given)
    counts today's findings by (category, verdict), "unjudged" where no reviewer saw them."""
    from jdlint.config import load_settings
    from jdlint.engine import lint_path

    root, entries = labelled(corpus, set_name)
    settings = load_settings(None)
    wanted: Counter = Counter()
    found: Counter = Counter()
    reported = 0
    table = verdicts() if judged is not None else {}
    for entry in entries:
        path = root / entry["path"]
        if not path.is_file():
            continue
        result = lint_path(path, settings.for_path(str(path)), display=entry["path"])
        findings = result.findings if result.error is None else []
        reported += len(findings)
        if judged is not None:
            for f in findings:
                left = table.get((set_name, entry["path"], f.line, f.code)) or ["unjudged"]
                judged[(f.category, left.pop(0) if len(left) > 1 else left[0])] += 1
        title_line = (entry.get("title") or {}).get("line") or 1
        for problem in entry.get("problems") or []:
            category = _CATEGORY.get(problem.get("category"), problem.get("category"))
            wanted[category] += 1
            line = problem.get("line") or title_line
            # A problem about the posting as a whole (something missing) is labelled on the title
            # line or line 1, and jdlint reports it at the title: either line matches either.
            whole = {1, title_line}
            if any(
                f.category == category and (abs(f.line - line) <= slack or (line in whole and f.line in whole))
                for f in findings
            ):
                found[category] += 1
            elif misses:
                near = sorted({f.code for f in findings if abs(f.line - line) <= slack})
                print(f"MISSED {entry['path']}:{line}: {category}: {problem.get('note', '')} [near: {' '.join(near)}]")
        if listing:
            for f in findings:
                print(f"{entry['path']}:{f.line}:{f.column}: {f.code} {f.category} {f.message}")
    return wanted, found, reported


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--set", dest="sets", action="append", choices=sorted(SETS))
    parser.add_argument("--slack", type=int, default=2, help="lines between a problem and a finding (default 2)")
    parser.add_argument("--list", action="store_true", help="print every finding, for a reviewer to judge")
    parser.add_argument(
        "--misses", action="store_true", help="print each labelled problem not found (not on blind sets)"
    )
    args = parser.parse_args(argv)
    if args.misses and (not args.sets or any(SETS[n].blind for n in args.sets)):
        parser.error("--misses reads the labels: name the spent sets with --set (a blind set must stay unseen)")
    default = [
        "heldout",
        "heldout26",
        "heldout25",
        "heldout24",
        "heldout23",
        "heldout22",
        "heldout21",
        "heldout20",
        "heldout19",
        "heldout18",
        "heldout17",
        "heldout16",
        "heldout15",
        "heldout14",
        "heldout13",
        "heldout12",
        "heldout10",
        "heldout9",
        "heldout8",
        "heldout7",
        "heldout6",
        "heldout4",
        "heldout5",
        "heldout3",
        "heldout2",
        "heldout1",
        "tuning",
    ]
    names = [n for n in args.sets or default if (SETS[n].root or args.corpus).is_dir()]
    if not names:
        print(f"corpus not found at {args.corpus}; nothing to measure")
        return 0
    print(
        f"jdlint findings recall, {_dt.date.today().isoformat()} (a problem is found by a finding of its "
        f"category within {args.slack} lines)\n"
    )
    for name in names:
        judged: Counter = Counter()
        wanted, found, reported = evaluate(args.corpus, name, args.slack, args.list, args.misses, judged)
        total_w, total_f = sum(wanted.values()), sum(found.values())
        rate = f"{total_f / total_w:.1%}" if total_w else "-"
        print(f"{name}: {total_f}/{total_w} problems found = {rate}; {reported} findings reported")
        for category in sorted(wanted):
            print(f"  {category}: {found[category]}/{wanted[category]}")
        seen = reported - sum(n for (_, v), n in judged.items() if v == "unjudged")
        if seen:
            right = sum(n for (_, v), n in judged.items() if v == "right")
            wrong = sum(n for (_, v), n in judged.items() if v == "wrong")
            print(f"  precision: {right}/{right + wrong} judged right or wrong are right; {seen}/{reported} judged")
            for category in sorted({c for c, _ in judged}):
                r, w = judged[(category, "right")], judged[(category, "wrong")]
                d, u = judged[(category, "debatable")], judged[(category, "unjudged")]
                print(f"    {category}: {r}/{r + w} right ({d} debatable, {u} not judged)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
