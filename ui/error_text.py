"""What a failed local action says to the user: one rule for every form and page."""

from __future__ import annotations

from sfa.domain.errors import DomainError


def error_text(error: Exception) -> str:
    """A rule of ours that refused the change explains itself (its message names the field
    and what is wrong); anything else is shown as it came, rather than hidden."""
    return error.message if isinstance(error, DomainError) else str(error)
