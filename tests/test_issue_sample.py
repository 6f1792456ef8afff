"""The posting from issue 3: jdlint flags every problem in it and nothing else."""

from __future__ import annotations

import jdlint

SAMPLE = """\
# Rockstar Machine Learning Ninja
We are a fast-paced, work hard play hard startup looking for a digital native to join our
young and energetic team.
## Responsibilities
- Own the ML stack and drive synergies across teams
- Various other duties as assigned
## Requirements
- 10+ years of experience with PyTorch
- Native English speaker
- Must be a recent graduate
"""

EXPECTED = [
    # What the posting lacks (anchored at the title).
    (1, 3, "JD101"),  # no benefits section
    (1, 3, "JD102"),  # 50 words
    (1, 3, "JD105"),  # no equal-opportunity statement
    (1, 3, "JD106"),  # no location
    (1, 3, "JD107"),  # no way to apply
    (1, 3, "JD601"),  # no pay
    (1, 3, "JD807"),  # hype title: Rockstar, Ninja
    # Wording.
    (2, 10, "JD401"),  # fast-paced
    (2, 22, "JD401"),  # work hard play hard
    (2, 64, "JD505"),  # digital native
    (3, 1, "JD504"),  # young and energetic
    (5, 30, "JD401"),  # synergies
    (6, 3, "JD402"),  # other duties as assigned
    (8, 3, "JD704"),  # 10+ years of PyTorch (released 2016)
    (9, 3, "JD509"),  # native English speaker
    (10, 13, "JD504"),  # recent graduate
]


def test_issue_sample_is_flagged_exactly():
    findings = jdlint.lint_text(SAMPLE, path="sample.md", config={})
    assert [(f.line, f.column, f.code) for f in findings] == EXPECTED


def test_no_gender_coding_from_the_responsibilities_heading():
    findings = jdlint.lint_text(SAMPLE, path="sample.md", config={"select": ["inclusion"]})
    assert "JD503" not in {f.code for f in findings}
