"""Readability runs offline: textstat never reaches for NLTK's downloader."""

from __future__ import annotations

import importlib
import socket

import pytest

from conftest import lint


def test_private_textstat_hook_still_exists():
    module = importlib.import_module("textstat.backend.counts._count_syllables")
    assert hasattr(module, "get_cmudict"), "textstat moved get_cmudict: update jdlint/readability.py"


def test_readability_rules_work_without_network(monkeypatch):
    def no_network(*args, **kwargs):
        raise OSError("network disabled in this test")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    import nltk

    monkeypatch.setattr(nltk, "download", lambda *a, **k: pytest.fail("nltk.download was called"))
    from jdlint import readability

    text = readability.prose(
        [
            "The committee deliberated extensively regarding organizational restructuring",
            "We ship small changes every day",
        ]
    )
    assert 0 < readability.flesch_kincaid_grade(text) < 30
    from jdlint.config import load_settings

    rule = load_settings(None).ruleset.find("JD301")
    result = lint(rule.examples["bad"][0].text, only="JD301")
    assert [f.code for f in result.findings] == ["JD301"]


def test_headings_are_not_glued_to_bullets():
    from jdlint import readability

    joined = readability.prose(["Write code", "Review code", "Ship it"])
    assert joined == "Write code. Review code. Ship it."
