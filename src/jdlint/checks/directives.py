"""``directives``: ``jdlint-disable`` comments that name no rule.

A typo in a suppression comment (``jdlint-disable JD4O1``) silently suppresses nothing, and
the finding the author meant to silence keeps coming back. The comment is the posting's own
text, so this is a finding on the comment, not an error that stops the run.
"""

from __future__ import annotations

from collections.abc import Iterator

from .. import suppress
from ..model import Span
from ..yamlutil import did_you_mean
from .base import CheckKind, Context, Finding, register


@register("directives")
class Directives(CheckKind):
    summary = "Reports jdlint-disable/enable comments that name no known rule, code prefix or category."
    options = {}

    def run(self, ctx: Context) -> Iterator[Finding]:
        ruleset = ctx.config.settings.ruleset
        for name, start, end in suppress.named_rules(ctx.doc.source):
            if not ruleset.is_known(name):
                hint = did_you_mean(name, ruleset.known_refs())
                yield ctx.finding(Span(start, end), self.rule.render(match=name, hint=hint), match=name)
