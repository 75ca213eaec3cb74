"""The pipeline's rules: which stages a board shows, what a stage move does, what a deal weighs.

The stages and their default probabilities are declared once, in :mod:`sfa.domain.enums`;
this module holds what follows from them so the board, the list, the forecast and the server
agree on one answer.
"""

from __future__ import annotations

from decimal import Decimal

from sfa.domain.enums import STAGE_PROBABILITY, Stage
from sfa.domain.errors import ValidationError
from sfa.domain.money import round_money

PIPELINE: tuple[Stage, ...] = tuple(Stage)
"""Board columns, left to right: the open stages in sales order, then won and lost."""

OPEN_STAGES: tuple[Stage, ...] = tuple(stage for stage in PIPELINE if not stage.is_closed)

CLOSE_REASON_MAX = 200


def probability_of(stage: Stage, recorded: Decimal | None) -> Decimal:
    """The probability a deal is weighted by: the one a rep set, else the stage's default.

    A closed deal is certain either way — won counts whole, lost counts nothing — whatever
    an old record still holds.
    """
    if stage.is_closed or recorded is None:
        return STAGE_PROBABILITY[stage]
    return recorded


def weighted_amount(amount: Decimal, probability: Decimal, currency: str) -> Decimal:
    """Amount × probability, half-up to the currency's smallest coin (the forecast figure)."""
    return round_money(amount * probability, currency)


def stage_change(stage: Stage, reason: str | None) -> dict[str, object]:
    """The fields a move to ``stage`` sets.

    Won and lost need the reason the team learns from (“price”, “lost to a competitor”);
    the probability becomes the stage's default (100 % won, 0 % lost). Reopening a deal
    clears the old reason, which no longer explains anything.
    """
    changes: dict[str, object] = {"stage": stage.value, "probability": STAGE_PROBABILITY[stage]}
    if stage.is_closed:
        text = (reason or "").strip()
        if not text:
            word = "won" if stage is Stage.WON else "lost"
            raise ValidationError("close_reason", f"say why the deal was {word}")
        if len(text) > CLOSE_REASON_MAX:
            raise ValidationError("close_reason", f"is longer than {CLOSE_REASON_MAX} characters")
        changes["close_reason"] = text
    else:
        changes["close_reason"] = None
    return changes
