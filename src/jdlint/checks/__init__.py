"""Check kinds. Every module in this package registers its kinds when imported."""

from __future__ import annotations

import importlib
import pkgutil

from .base import KINDS, CheckKind, Context, Finding, Findings, Fix, register

for _module in pkgutil.iter_modules(__path__):
    if _module.name != "base":
        importlib.import_module(f"{__name__}.{_module.name}")

__all__ = ["KINDS", "CheckKind", "Context", "Finding", "Findings", "Fix", "register"]
