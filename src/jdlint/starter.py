"""The commented configuration that ``jdlint init`` writes."""

STARTER_CONFIG = """\
# jdlint configuration: https://github.com/jdlint/jdlint#configuration
# jdlint uses the closest .jdlint.yaml (or [tool.jdlint] in pyproject.toml) above each posting.

# Rules to run in addition to the defaults, and rules to skip: codes (JD401), code prefixes
# (JD4), names (buzzword) or categories (clarity). `jdlint rules` lists them.
# select: [JD3]
# ignore: [long-sentence]

# Change a rule's severity (error, warning, info) or its options.
# severity:
#   JD101: error
# rules:
#   hard-to-read-section: {max: 12}
#   long-sentence: {max: 35}

# Sections every posting must have (summary, responsibilities, requirements, benefits,
# nice-to-have, pay, location, how-to-apply, equal-opportunity, about-company).
# required_sections: [summary, responsibilities, requirements, benefits]

# Role profile for the must-have skills check (else taken from each posting's title or its
# front matter `role:`). `ls rules/roles` in the jdlint repository lists the profiles.
# role: machine-learning-engineer

# Pay-transparency laws to apply (US-CO, US-NYC, CA-ON, EU-AT...; `rules/data/jurisdictions.yaml`
# in the jdlint repository lists them). Without this, jdlint detects them from the location.
# jurisdictions: [US-CO]

# Your own rule packs and role profiles (paths relative to this file). Codes JD990-JD999 are yours.
# packs: [./jdlint-rules/house-style.yaml]
# roles: [./jdlint-roles]

# Extra headings that name a section.
# sections:
#   headings:
#     responsibilities: ["Your mission"]

# Settings for some files only.
# overrides:
#   - files: ["internships/*.md"]
#     ignore: [JD201]

# Lowest severity that makes `jdlint check` exit 1 (default: warning).
# fail_level: warning

# Files to skip when walking folders.
# exclude: ["drafts/*"]

# Weights of the categories in the 0-100 score, and points lost per finding.
# score:
#   weights: {inclusion: 30, schema: 0}
#   penalties: {error: 40, warning: 10, info: 2}

# A trained spaCy pipeline you installed yourself (the default needs none).
# nlp: {model: en_core_web_sm}
"""
