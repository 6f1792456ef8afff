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
