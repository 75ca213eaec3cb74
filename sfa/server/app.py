"""The FastAPI application: thin routes over the services, errors in the contract's shape."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from sfa.server.db import make_engine
from sfa.server.middleware import BodySizeLimit
from sfa.server.responses import install_error_handlers
from sfa.server.routes import admin, auth, calendar, health, manage, sync, workspace
from sfa.server.settings import Settings
from sfa.server.state import ServerState


def create_app(settings: Settings) -> FastAPI:
    """An app serving the database in ``settings`` (already initialised by ``init``)."""
    engine = make_engine(settings.database_url)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        engine.dispose()

    app = FastAPI(title="SFA Desk server", version="1", lifespan=lifespan)
    app.state.sfa = ServerState(settings, engine)
    install_error_handlers(app)
    for module in (health, auth, sync, manage, admin, calendar, workspace):
        app.include_router(module.router)
    app.add_middleware(BodySizeLimit, max_bytes=settings.max_body_bytes)
    return app


def app_from_env() -> FastAPI:
    """Factory for ``uvicorn --factory`` (each worker builds its app from the environment)."""
    return create_app(Settings.from_env())
