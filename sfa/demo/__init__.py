"""Demo data: a realistic Chinese office-supplies company for ``sfa-server demo`` and tests.

``generate`` streams ``(entity, fields)`` pairs in dependency order; see
:mod:`sfa.demo.company`.
"""

from __future__ import annotations

from sfa.demo.company import DEMO_USERS, generate

__all__ = ["DEMO_USERS", "generate"]
