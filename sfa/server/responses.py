"""The contract's error shape, ``{"error": {"code", "message", "details"}}``, as responses."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from sfa.server.errors import ApiError
from sfa.wire.schemas import ErrorResponse

STATUS_CODES: dict[int, str] = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    413: "too_large",
    415: "unsupported_media_type",
    422: "schema",
    426: "upgrade_required",
    429: "rate_limited",
}


DESCRIPTIONS: dict[int, str] = {
    400: "Bad request (validation failed, or a malformed header)",
    401: "Not logged in, or the token is invalid or expired",
    403: "Not allowed for this user",
    404: "No such record (or not visible to this user)",
    409: "Conflict with the server's current data",
    413: "Request body larger than the server accepts",
    422: "Request does not match the schema",
    426: "Client too old for this server: update it",
    429: "Too many failed logins: wait for Retry-After seconds",
}

_HEADERS: dict[int, dict[str, Any]] = {
    401: {"WWW-Authenticate": {"description": "Bearer", "schema": {"type": "string"}}},
    429: {"Retry-After": {"description": "Seconds to wait", "schema": {"type": "string"}}},
}


def error_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses`` documenting ``statuses`` with the contract's error shape.

    Every request can get 400 (malformed ``Content-Length``) and 413 (body over the cap), so
    those are always included. Documenting 422 replaces FastAPI's own validation schema,
    which is not the shape the server answers with.
    """
    documented: dict[int | str, dict[str, Any]] = {}
    for status in sorted({400, 413, *statuses}):
        entry: dict[str, Any] = {"model": ErrorResponse, "description": DESCRIPTIONS[status]}
        if status in _HEADERS:
            entry["headers"] = _HEADERS[status]
        documented[status] = entry
    return documented


def error_response(error: ApiError) -> JSONResponse:
    body = {"error": {"code": error.code, "message": error.message, "details": error.details}}
    return JSONResponse(body, status_code=error.status, headers=error.headers or None)


def _field_path(loc: tuple[Any, ...]) -> str:
    parts = [str(part) for part in loc if part not in ("body", "query", "header", "path")]
    return ".".join(parts) or "body"


def _validation_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = [
        {"field": _field_path(tuple(item.get("loc", ()))), "message": str(item.get("msg", ""))}
        for item in exc.errors()
    ]
    first = errors[0] if errors else {"field": "body", "message": "invalid request"}
    message = f"{first['field']}: {first['message']}"
    return error_response(ApiError(422, "schema", message, {"errors": errors}))


def _api_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ApiError)
    return error_response(exc)


def _http_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, HTTPException)
    code = STATUS_CODES.get(exc.status_code, "error")
    error = ApiError(exc.status_code, code, str(exc.detail), headers=dict(exc.headers or {}))
    return error_response(error)


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(ApiError, _api_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(HTTPException, _http_error)
