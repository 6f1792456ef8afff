"""Regenerate the rule table between the <!-- rules-table --> markers of README.md."""

from __future__ import annotations

import re
from pathlib import Path

from jdlint.cli import rules_table
from jdlint.config import load_settings

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    path = ROOT / "README.md"
    text = path.read_text(encoding="utf-8")
    table = rules_table(load_settings(None).ruleset.rules)
    new = re.sub(
        r"(<!-- rules-table:start -->\n).*?(<!-- rules-table:end -->)",
        lambda m: m.group(1) + table + m.group(2),
        text,
        flags=re.S,
    )
    path.write_text(new, encoding="utf-8")


if __name__ == "__main__":
    main()
