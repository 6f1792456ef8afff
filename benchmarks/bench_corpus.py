"""Benchmark: lint every posting in the shared corpus in one process and report throughput.

Usage: python benchmarks/bench_corpus.py [--corpus DIR] [--repeat N]
Reports start-up (imports + spaCy pipeline), parse+lint time per file, and files per second.
The corpus is read in place and never copied into the project.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--corpus", type=Path, default=Path(os.environ.get("JDLINT_CORPUS", ROOT.parent / "shared" / "corpus"))
    )
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    if not args.corpus.is_dir():
        print(f"corpus not found at {args.corpus}; nothing to measure", file=sys.stderr)
        return 0
    t0 = time.perf_counter()
    from jdlint.cli import iter_postings
    from jdlint.config import load_settings
    from jdlint.engine import lint_path
    from jdlint.nlp import pipeline

    settings = load_settings(None)
    config = settings.for_path("posting.md")
    _ = config.rules, settings.roles, settings.vocabulary, pipeline()
    startup = time.perf_counter() - t0
    files = iter_postings([str(args.corpus)])
    size = sum(f.stat().st_size for f in files)
    runs, counts, errors = [], Counter(), 0
    for i in range(args.repeat):
        t = time.perf_counter()
        for f in files:
            result = lint_path(f, config)
            if i == 0:
                errors += result.error is not None
                counts.update(x.code for x in result.findings)
        runs.append(time.perf_counter() - t)
    best = min(runs)
    print(f"files: {len(files)} ({size / 1e6:.1f} MB), errors: {errors}")
    print(f"start-up (imports, rules, spaCy blank pipeline): {startup:.2f} s")
    print(f"lint all files: best {best:.2f} s, median {statistics.median(runs):.2f} s over {len(runs)} runs")
    print(
        f"throughput: {len(files) / best:.0f} files/s, {size / best / 1e6:.2f} MB/s, "
        f"{best / len(files) * 1000:.1f} ms per file"
    )
    print("findings per rule:", dict(sorted(counts.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
