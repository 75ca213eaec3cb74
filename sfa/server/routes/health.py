"""Liveness probe (no auth)."""

from __future__ import annotations

from fastapi import APIRouter

from sfa.server.responses import error_responses

router = APIRouter(responses=error_responses())


@router.get("/healthz")
def healthz() -> dict[str, str]:
    return {"status": "ok"}
