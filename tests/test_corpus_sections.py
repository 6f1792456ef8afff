"""Section accuracy on the hand-labelled dev set; skipped when ../shared/corpus is absent."""

from __future__ import annotations

import sys

import pytest

from conftest import CORPUS, ROOT

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not available")

# The issue asks for at least 95% of labelled sections with the right kind and start line.
FLOOR = 0.95


@pytest.mark.parametrize("labels", ["sections_devset.yaml", "sections_heldout.yaml"])
def test_section_accuracy(labels):
    sys.path.insert(0, str(ROOT / "scripts"))
    from section_accuracy import evaluate

    result = evaluate(CORPUS, labels)
    print(f"\nsection accuracy {result['found']}/{result['sections']} = {result['accuracy']:.1%}")
    assert result["postings"] >= (40 if "devset" in labels else 20)
    assert result["accuracy"] >= FLOOR, "\n".join(result["misses"])
    assert result["titles"] >= result["postings"] - 3


@pytest.mark.slow
def test_no_corpus_posting_stops_the_run():
    """Every posting of the shared corpus reads without a file error or a traceback (exit 2 is
    for jdlint's own configuration and usage, never for what a posting says)."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from accuracy import corpus_errors

    assert corpus_errors(CORPUS) == []


def test_unseen_source_sets_meet_their_floors():
    """The blind-labelled unseen-source sets (benchmarks/accuracy.py): the figures measured when
    this test was written, so that a change that loses ground on them fails."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from accuracy import evaluate

    tuning = evaluate(CORPUS, "tuning")
    assert tuning.errors == []
    assert tuning.section_recall().rate >= 0.84 and tuning.section_precision().rate >= 0.89
    assert tuning.title.rate >= 0.92 and tuning.language.rate == 1.0
    # 0.88: its labels call a single town the candidate must live in no location, unlike the labels
    # of held-out sets 3, 4 and 7, which jdlint follows (a job that asks its people to live in X is done there)
    assert tuning.pay.rate >= 0.92 and tuning.location.rate >= 0.88
    spent2 = evaluate(CORPUS, "heldout2")  # the second held-out set, spent on 2026-12-06 and 2026-12-07
    assert spent2.errors == [] and spent2.language.rate == 1.0
    assert spent2.section_recall().rate >= 0.89 and spent2.section_precision().rate >= 0.87
    assert spent2.title.rate >= 0.95 and spent2.pay.rate >= 0.95 and spent2.location.rate >= 0.9
    spent3 = evaluate(CORPUS, "heldout3")  # the third held-out set, spent on 2026-12-07
    assert spent3.errors == [] and spent3.language.rate == 1.0
    assert spent3.section_recall().rate >= 0.78 and spent3.section_precision().rate >= 0.77
    assert spent3.title.rate >= 0.94 and spent3.pay.rate >= 0.9 and spent3.location.rate >= 0.95
    spent = evaluate(CORPUS, "heldout1")  # the first held-out set, spent on 2026-12-06 and tuned on since
    assert spent.errors == [] and spent.language.rate == 1.0
    assert spent.section_recall().rate >= 0.87 and spent.section_precision().rate >= 0.93
    assert spent.title.rate >= 0.96 and spent.pay.rate >= 0.96 and spent.location.rate >= 0.92
