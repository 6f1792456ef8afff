"""Section-detection accuracy on the hand-labelled sets in tests/corpus/ (dev and held-out).

A labelled section counts as found when jdlint reports a section of the same kind starting on
the same line. Usage: python scripts/section_accuracy.py [--set devset|heldout] [--corpus DIR] [--verbose]
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = Path(os.environ.get("JDLINT_CORPUS", ROOT.parent / "shared" / "corpus"))


def evaluate(corpus: Path, labels_file: str = "sections_devset.yaml"):
    from jdlint.config import load_settings
    from jdlint.engine import decode, parse_document

    labels = yaml.safe_load((ROOT / "tests" / "corpus" / labels_file).read_text(encoding="utf-8"))
    config = load_settings(None).for_path("posting.md")
    total = found = titles_ok = extra = 0
    misses: list[str] = []
    per_kind: Counter = Counter()
    per_kind_found: Counter = Counter()
    for entry in labels:
        path = corpus / entry["path"]
        doc = parse_document(decode(path.read_bytes(), str(path)), str(path), config)
        got = {(s.kind, doc.locate(s.span.start).line) for s in doc.sections}
        want = {(s["kind"], s["line"]) for s in entry["sections"]}
        for kind, line in sorted(want, key=lambda x: x[1]):
            total += 1
            per_kind[kind] += 1
            if (kind, line) in got:
                found += 1
                per_kind_found[kind] += 1
            else:
                near = sorted(g for g in got if abs(g[1] - line) <= 2)
                misses.append(f"{entry['path']}:{line}: expected {kind}; got nearby {near}")
        extra += len({g for g in got if g[0] != "other"} - want)
        title = entry.get("title")
        if title and doc.title and doc.locate(doc.title.span.start).line == title["line"]:
            titles_ok += 1
    return {
        "postings": len(labels),
        "sections": total,
        "found": found,
        "accuracy": found / total if total else 0.0,
        "titles": titles_ok,
        "unlabelled_extra_sections": extra,
        "per_kind": {k: f"{per_kind_found[k]}/{n}" for k, n in sorted(per_kind.items())},
        "misses": misses,
    }


def main() -> int:
    import signal

    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # quiet when piped into head
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument(
        "--set",
        choices=["devset", "heldout"],
        default="devset",
        help="devset (used for tuning) or heldout (never used for tuning)",
    )
    args = parser.parse_args()
    if not args.corpus.is_dir():
        print(f"corpus not found at {args.corpus}", file=sys.stderr)
        return 2
    result = evaluate(args.corpus, f"sections_{args.set}.yaml")
    print(
        f"{result['found']}/{result['sections']} sections found with the right kind and start line "
        f"({result['accuracy']:.1%}) in {result['postings']} postings; titles on the right line: "
        f"{result['titles']}/{result['postings']}; sections reported but not labelled: "
        f"{result['unlabelled_extra_sections']}"
    )
    print("per kind:", result["per_kind"])
    if args.verbose:
        print("\n".join(result["misses"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
