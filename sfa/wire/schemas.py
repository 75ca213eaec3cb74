"""The contract's payloads (push, pull, auth, errors) as pydantic models, shared by both ends.

Envelopes are strict where a mistake means nothing can be processed (a batch without
``mutations``); the content of a single mutation (entity, op, fields) is checked by the
server one mutation at a time, so that one bad mutation is rejected and the rest still go
through. Unknown extra keys are ignored: a newer client may send more than this version knows.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SerializerFunctionWrapHandler,
    model_serializer,
)

PROTOCOL_VERSION = 1
"""The version this code speaks (header ``X-SFA-Protocol``)."""

NO_NUL = r"^[^\x00]*$"
"""Pattern of text that may be stored: PostgreSQL text cannot hold NUL characters, so the
server refuses them everywhere (on SQLite too, so both backends behave alike)."""

Text = Annotated[str, Field(pattern=NO_NUL)]

MutationStatus = Literal["applied", "merged", "conflict", "rejected"]


class ErrorBody(BaseModel):
    code: str
    message: str
    details: dict[str, Any] = Field(default_factory=dict)


class ErrorResponse(BaseModel):
    error: ErrorBody


class Mutation(BaseModel):
    """One change of one record. ``entity``/``op``/``fields`` are judged per mutation."""

    mutation_id: Text = Field(min_length=1, max_length=64)
    entity: str = Field(max_length=64)
    id: str = Field(max_length=64)
    op: str = Field(default="upsert", max_length=16)
    base_rev: int | None = Field(default=None, ge=0)
    fields: dict[str, Any] = Field(default_factory=dict)


class PushRequest(BaseModel):
    client_id: Text = Field(min_length=1, max_length=64)
    mutations: list[Mutation] = Field(max_length=5000)


class FieldConflict(BaseModel):
    """Both sides of a clashing field; ``null`` is a value here, so it is always sent."""

    field: str
    server: Any
    client: Any

    @model_serializer(mode="wrap")
    def _keep_nulls(self, handler: SerializerFunctionWrapHandler):  # type: ignore[no-untyped-def]
        # exclude_none (used for results) must not drop a side whose value is null
        data = handler(self)
        if not isinstance(data, dict):
            return data
        return {"field": data.get("field"), "server": data.get("server"), **data}


class MutationResult(BaseModel):
    mutation_id: str
    status: MutationStatus
    rev: int | None = None
    conflicts: list[FieldConflict] | None = None
    error: ErrorBody | None = None


class PushResponse(BaseModel):
    results: list[MutationResult]


class Change(BaseModel):
    entity: str
    id: str
    rev: int
    deleted: bool
    fields: dict[str, Any]


class RecordRef(BaseModel):
    entity: str
    id: str


class PullProgress(BaseModel):
    """Where a page stands in the server's change sequence, for a progress bar: it covers
    changes numbered ``after`` < rev ≤ ``through``, and the server stood at ``head`` when it
    was read. A client remembers the first page's ``after`` and shows
    (through − after₀) / (head − after₀)."""

    after: int
    through: int
    head: int


class PullResponse(BaseModel):
    """A page of changes. ``reset`` asks the client for a fresh snapshot (cursor is then null)."""

    changes: list[Change]
    revoked: list[RecordRef] = Field(default_factory=list)
    cursor: str | None
    has_more: bool
    reset: bool = False
    progress: PullProgress | None = None


class LoginRequest(BaseModel):
    model_config = ConfigDict(str_max_length=1024)

    username: Text = Field(min_length=1)
    password: Text = Field(min_length=1)


class RefreshRequest(BaseModel):
    refresh_token: Text = Field(min_length=1, max_length=1024)


class UserOut(BaseModel):
    id: str
    username: str
    role: str


class TokenResponse(BaseModel):
    access_token: str
    refresh_token: str
    token_type: Literal["bearer"] = "bearer"
    expires_in: int
    user: UserOut
