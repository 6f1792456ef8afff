"""Benchmark: lint one very long posting and show that time grows linearly with its size.

Usage: python benchmarks/bench_long_input.py [--sizes 1,2,4,8,10] [--kinds prose,random,word,markdown]
Each kind is generated at each size (in megabytes of text, 10 MB being the default size limit)
and linted in one process after start-up, as ``jdlint check`` would:

- prose: English sentences repeated on one line, no line break;
- random: random made-up words on one line (a vocabulary far larger than spaCy's cache);
- word: one "word" of random letters with no space at all;
- markdown: a multi-line Markdown posting (headings, paragraphs, bullets) of that size.

Reports seconds and seconds per megabyte for each; a per-megabyte figure that stays flat as the
size grows is linear time. Nothing is written to disk.
"""

from __future__ import annotations

import argparse
import random
import sys
import time

SENTENCES = (
    "We are looking for a friendly engineer who enjoys working with customers and colleagues.",
    "You will build reliable services, review code and mentor junior developers on the team.",
    "The salary is competitive and we offer flexible hours, remote work and a generous pension.",
    "Candidates should have five years of experience with Python, SQL and cloud platforms.",
)


def prose(size: int, rng: random.Random) -> str:
    text = " ".join(SENTENCES)
    return (text + " ") * (size // (len(text) + 1)) + text[: size % (len(text) + 1)]


def random_words(size: int, rng: random.Random) -> str:
    syllables = ["ba", "ker", "lo", "mi", "na", "per", "qui", "ro", "sa", "tel", "u", "ven", "wex", "yo", "zan"]
    vocabulary = sorted({"".join(rng.choices(syllables, k=rng.randint(1, 4))) for _ in range(30_000)})
    words: list[str] = []
    length = 0
    while length < size:
        word = rng.choice(vocabulary)
        words.append(word)
        length += len(word) + 1
    return " ".join(words)[:size]


def one_word(size: int, rng: random.Random) -> str:
    return "".join(rng.choices("abcdefghijklmnopqrstuvwxyz", k=size))


def markdown(size: int, rng: random.Random) -> str:
    parts = ["# Senior Engineer\n\n"]
    length = len(parts[0])
    k = 0
    while length < size:
        k += 1
        body = " ".join(rng.choice(SENTENCES) for _ in range(4))
        bullets = "".join(f"- {rng.choice(SENTENCES)}\n" for _ in range(3))
        part = f"## Section {k}\n\n{body}\n\n{bullets}\n"
        parts.append(part)
        length += len(part)
    return "".join(parts)


KINDS = {"prose": prose, "random": random_words, "word": one_word, "markdown": markdown}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1,2,4,8,10", help="sizes in megabytes (10^6 characters)")
    parser.add_argument("--kinds", default=",".join(KINDS), help="comma-separated: " + ", ".join(KINDS))
    args = parser.parse_args()
    sizes = [float(s) for s in args.sizes.split(",")]
    kinds = args.kinds.split(",")
    unknown = set(kinds) - set(KINDS)
    if unknown:
        parser.error(f"unknown kinds: {', '.join(sorted(unknown))}")

    t0 = time.perf_counter()
    from jdlint.config import load_settings
    from jdlint.engine import lint_source
    from jdlint.nlp import pipeline

    config = load_settings(None).for_path("posting.md")
    _ = config.rules, pipeline()
    lint_source("# Engineer\n\nWe ship small changes every day.\n", "warm-up.md", config)
    print(f"start-up (imports, rules, spaCy, a first posting): {time.perf_counter() - t0:.2f} s")
    print(f"{'kind':10} {'MB':>5} {'seconds':>8} {'s/MB':>6} {'findings':>8}")
    for kind in kinds:
        for mb in sizes:
            text = KINDS[kind](int(mb * 1_000_000), random.Random(7))
            started = time.perf_counter()
            result = lint_source(text, f"long-{kind}.md", config)
            elapsed = time.perf_counter() - started
            if result.error is not None:
                print(f"{kind:10} {mb:5g}  error: {result.error}")
                continue
            print(f"{kind:10} {mb:5g} {elapsed:8.1f} {elapsed / mb:6.2f} {len(result.findings):8}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
