"""``front_matter``: what jdlint could not use in a posting's front matter, said once.

Front matter is the posting's data, so nothing in it stops a run: a role that names no profile
is checked without one, and front matter that is not valid YAML/TOML (or not key: value fields)
leaves the body to be read as the posting. These findings say so where it happened.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..readers import frontmatter
from ..yamlutil import did_you_mean
from .base import CheckKind, Context, Finding, register, start_span

_REPORTS = ("role", "syntax")


@register("front_matter")
class FrontMatterCheck(CheckKind):
    summary = "Reports front matter jdlint could not use: a role naming no profile, broken YAML/TOML."
    # `report: role`: a front-matter role field that matches no role profile (by id, name or as a
    # title). `report: syntax`: front matter that is not valid YAML/TOML or not key: value fields.
    options = {"report": "role"}

    @classmethod
    def validate(cls, rule) -> None:
        if rule.options["report"] not in _REPORTS:
            raise ValueError(f"'report' must be one of {', '.join(_REPORTS)}")

    def run(self, ctx: Context) -> Iterator[Finding]:
        doc = ctx.doc
        if self.report == "syntax":
            problem = frontmatter.problem(doc.source)
            if problem is not None:
                fields = "read field by field" if problem.kept else "its fields were not read"
                yield ctx.finding(problem.span, self.rule.render(problem=problem.message, fields=fields))
            return
        keys = ctx.config.vocabulary.fm_role
        found = frontmatter.role_field(doc.meta, keys)
        if found is None or doc.role_source == "front-matter":
            return
        key, value = found
        if doc.format in ("json", "yaml"):
            from ..facts.base import meta_span

            span = meta_span(doc, key)
        else:
            span = frontmatter.field_span(doc.source, key) or start_span(doc)
        if doc.role:
            instead = f"the '{doc.role}' profile ({'from the title' if doc.role_source == 'title' else 'configured'})"
        else:
            instead = "no role profile"
        hint = did_you_mean(value, ctx.config.roles.roles) if isinstance(value, str) else ""
        yield ctx.finding(
            span, self.rule.render(key=key, value=str(value), instead=instead, hint=hint), match=str(value)
        )
