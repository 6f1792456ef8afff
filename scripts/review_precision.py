"""Precision of the rules on the real corpus, from findings reviewed by hand.

Reviews live in tests/corpus/review/*.tsv, one row per finding a person read in context:

    file<TAB>line<TAB>code<TAB>match<TAB>verdict<TAB>note

`file` is relative to the corpus folder, `match` is the text the finding points at (its source
line slice), `verdict` is `ok` (a right finding) or `fp` (a false positive). This script lints the
corpus again, pairs every current finding with its review row and reports, per rule and per
category: reviewed findings still produced, how many are right, and findings nobody reviewed yet.

Usage:
    python scripts/review_precision.py                 # the precision table
    python scripts/review_precision.py --sample 40 --rule JD501   # print unreviewed findings to review
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import signal
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REVIEW_DIR = ROOT / "tests" / "corpus" / "review"
DEFAULT_CORPUS = Path(os.environ.get("JDLINT_CORPUS", ROOT.parent / "shared" / "corpus"))
FIELDS = ["file", "line", "code", "match", "verdict", "note"]


def load_reviews() -> dict[tuple[str, int, str, str], dict]:
    reviews = {}
    for path in sorted(REVIEW_DIR.glob("*.tsv")):
        if path.name.endswith("-verdicts.tsv"):
            continue  # the unseen sets' verdicts (benchmarks/findings.py reads those)
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                if not row.get("file") or row["file"].startswith("#"):
                    continue
                key = (row["file"], int(row["line"]), row["code"], row["match"])
                reviews[key] = row
    return reviews


def current_findings(corpus: Path, select: list[str] | None = None):
    """(file, line, code, match, finding, category) for every finding on the corpus."""
    from jdlint.cli import iter_postings
    from jdlint.config import CliOptions, load_settings
    from jdlint.engine import lint_path

    settings = load_settings(None)
    config = settings.for_path("posting.md", CliOptions(select=select or []))
    out = []
    for file in iter_postings([str(corpus)]):
        result = lint_path(file, config)
        if result.doc is None:
            continue
        rel = file.relative_to(corpus).as_posix()
        for f in result.findings:
            line = result.doc.line_text(f.line)
            end = f.end_column - 1 if f.end_line == f.line else len(line)
            match = line[f.column - 1 : end].strip()[:80]
            out.append((rel, f.line, f.code, match, f, result.doc))
    return out


def main() -> int:
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--sample", type=int, default=0, help="print N unreviewed findings (with context) to review")
    parser.add_argument("--rule", action="append", default=[], help="limit to rules (codes, names, categories)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    if not args.corpus.is_dir():
        print(f"corpus not found at {args.corpus}", file=sys.stderr)
        return 2
    reviews = load_reviews()
    findings = current_findings(args.corpus, args.rule or None)
    if args.sample:
        todo = [x for x in findings if x[:4] not in reviews]
        random.Random(args.seed).shuffle(todo)
        for rel, line, code, match, f, doc in sorted(todo[: args.sample], key=lambda x: (x[2], x[0], x[1])):
            near = range(max(1, line - 1), min(line + 2, len(doc.line_starts) + 1))
            context = " / ".join(doc.line_text(n).strip() for n in near)
            print(f"{rel}\t{line}\t{code}\t{match}\t\t# {f.message[:120]} || {context[:300]}")
        return 0
    stats: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    categories: dict[str, str] = {}
    for rel, line, code, match, f, _ in findings:
        categories[code] = f.category
        row = reviews.get((rel, line, code, match))
        bucket = stats[code]
        bucket["findings"] += 1
        if row is None:
            bucket["unreviewed"] += 1
        else:
            bucket["reviewed"] += 1
            bucket["ok" if row["verdict"] == "ok" else "fp"] += 1
    print(f"{'rule':<7} {'category':<13} {'findings':>8} {'reviewed':>8} {'right':>6} {'precision':>9}")
    per_cat: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for code in sorted(stats):
        s = stats[code]
        cat = categories[code]
        for k, v in s.items():
            per_cat[cat][k] += v
        prec = f"{s['ok'] / s['reviewed']:.0%}" if s["reviewed"] else "-"
        print(f"{code:<7} {cat:<13} {s['findings']:>8} {s['reviewed']:>8} {s['ok']:>6} {prec:>9}")
    print()
    total = defaultdict(int)
    for cat in sorted(per_cat):
        s = per_cat[cat]
        for k, v in s.items():
            total[k] += v
        prec = f"{s['ok'] / s['reviewed']:.1%}" if s["reviewed"] else "-"
        print(f"{cat:<13} reviewed {s['reviewed']:>4} of {s['findings']:>4}, right {s['ok']:>4}, precision {prec}")
    prec = f"{total['ok'] / total['reviewed']:.1%}" if total["reviewed"] else "-"
    print(
        f"{'all':<13} reviewed {total['reviewed']:>4} of {total['findings']:>4}, right {total['ok']:>4}, "
        f"precision {prec}"
    )
    codes = {x[2] for x in findings} if args.rule else {k[2] for k in reviews}
    stale = len({k for k in reviews if k[2] in codes} - {x[:4] for x in findings})
    if stale:
        print(f"({stale} reviewed findings are no longer produced: fixed rules or moved text)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
