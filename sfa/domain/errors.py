"""Errors a user can act on. Every layer raises these; the UI shows ``message`` as is."""

from __future__ import annotations


class DomainError(Exception):
    """A rule of the business was broken; the message is written for the user."""

    code = "domain"

    def __init__(self, message: str, *, details: dict[str, object] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.details = details or {}


class ValidationError(DomainError):
    """One field holds a value the product cannot accept.

    It names the field so a form can put the message next to it and the server can
    return it in a rejected mutation.
    """

    code = "invalid"

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}", details={"field": field})
        self.field = field
        self.reason = message


class NotFoundError(DomainError):
    code = "not_found"
