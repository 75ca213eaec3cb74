"""Errors of the server's services, free of HTTP: routes turn them into responses.

:class:`Rejected` refuses one mutation (it becomes a ``rejected`` result, the rest of the
batch goes on); :class:`ApiError` fails a whole request with a status and the contract's
error shape.
"""

from __future__ import annotations

from typing import Any


class Rejected(Exception):
    """A mutation that cannot be applied; ``code`` is the contract's (invalid, forbidden…)."""

    def __init__(self, code: str, message: str, details: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.details = details or {}


class ApiError(Exception):
    """A request that fails as a whole."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        details: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.details = details or {}
        self.headers = headers or {}


REJECTION_STATUS: dict[str, int] = {
    "invalid": 400,
    "forbidden": 403,
    "not_found": 404,
    "deleted": 409,
    "conflict": 409,
    "price_conflict": 409,
}
"""HTTP status of a rejection when a resource endpoint (not a push) makes the change."""


def from_rejection(rejected: Rejected) -> ApiError:
    status = REJECTION_STATUS.get(rejected.code, 400)
    return ApiError(status, rejected.code, rejected.message, rejected.details)
