"""Finding messages fit one line: at most MAX characters once filled in with real values. The
detail (why, the law's full name, the list of skipped checks) goes on the suggestion line or in
`jdlint rule CODE`."""

from __future__ import annotations

import pytest

from conftest import lint
from jdlint.checks.skills import _short
from jdlint.docs import example_findings

MAX = 160


def _rules(settings):
    return settings.ruleset.rules


def test_every_rule_message_on_its_bad_examples_fits_one_line(settings):
    too_long = []
    for rule in _rules(settings):
        for example in rule.examples.get("bad", []):
            for finding in example_findings(rule, settings, example).findings:
                if finding.code == rule.code and len(finding.message) > MAX:
                    too_long.append((rule.code, len(finding.message), finding.message))
    assert not too_long, too_long


@pytest.mark.parametrize(
    "role_id",
    ["devops-engineer", "machine-learning-engineer", "frontend-engineer", "account-executive", "customer-support"],
)
def test_skill_messages_fit_with_the_longest_role_and_skill_names(settings, role_id):
    role = settings.for_path("posting.md").roles.get(role_id)
    for code in ("JD201", "JD202"):
        rule = settings.ruleset.find(code)
        for group in role.must_have_for("en"):
            message = rule.render(skill=_short(group.name), role=role.name, why=group.why, match="x" * 40)
            assert len(message) <= MAX, message


def test_language_message_lists_categories_and_leaves_the_codes_to_the_suggestion():
    text = (
        "# Desenvolvedor de software\n\nProcuramos uma pessoa para desenvolver e manter os sistemas da "
        "empresa, trabalhar com a equipa de produto e apoiar os clientes no dia a dia. Oferecemos "
        "salário competitivo, seguro de saúde e trabalho remoto dois dias por semana.\n"
    )
    result = lint(text, "vaga.md")
    (finding,) = [f for f in result.notes if f.code == "JD110"]
    assert len(finding.message) <= MAX and "JD401" not in finding.message
    assert any("JD401" in s for s in finding.suggestions)


def test_quoted_text_is_cut_to_a_few_words(settings):
    rule = settings.ruleset.find("JD602")
    message = rule.render(
        match="Salary is dependent on education, experience, and capabilities, and will be "
        "discussed on a case-by-case basis",
        detail="gives no amount",
    )
    assert len(message) <= MAX and "…" in message
