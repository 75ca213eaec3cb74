"""Schemathesis fuzzing of the served OpenAPI spec, in process, on SQLite and PostgreSQL.

Every operation of ``/openapi.json`` gets a bounded, derandomised run of generated requests
— valid ones, and (negative mode) ones that break the spec — carrying an admin's bearer
token. Each response must not be a 5xx and must conform to the spec: a documented status, a
documented content type and a body matching the documented schema (errors included, in the
contract's error shape). In positive mode, operations on one record are pointed at records
that exist, so the generated bodies reach validation and the write path rather than a 404.
"""

from __future__ import annotations

from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.python.asgi import get_client
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from tests.server.conftest import Api, World, mutation, new_id

MAX_EXAMPLES = 25
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]


def _describe(exc: BaseException) -> str:
    """The failure with its sub-exceptions (Hypothesis and Schemathesis group them)."""
    lines = [str(exc)]
    for sub in getattr(exc, "exceptions", ()):
        lines.append("  - " + _describe(sub).replace("\n", "\n    "))
    return "\n".join(lines)


def _existing_ids(api: Api, world: World) -> dict[str, str]:
    """A live record for each ``/{plural}/{record_id}`` resource."""
    quota = new_id()
    results = api.push(
        "admin",
        mutation(
            "quota",
            quota,
            {"user_id": api.users["rep1"], "period_start": "2026-01-01", "amount": "1000.00"},
        ),
    )
    assert results[0]["status"] == "applied", results
    return {"territories": world.south, "users": api.users["rep1"], "quotas": quota}


def _fuzz(
    operation: Any,
    mode: GenerationMode,
    session: Any,
    headers: dict[str, str],
    path_parameters: dict[str, str] | None,
) -> None:
    """Run ``operation``'s generated cases; raise on the first (shrunk) failing one."""

    @settings(
        max_examples=MAX_EXAMPLES,
        derandomize=True,
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(case=operation.as_strategy(generation_mode=mode, path_parameters=path_parameters))
    def run(case: Any) -> None:
        case.call_and_validate(session=session, headers=headers, checks=CHECKS)

    run()


def test_every_operation_answers_valid_requests_within_its_spec(api: Api, world: World) -> None:
    _fuzz_all(api, world, GenerationMode.POSITIVE)


# Requests that break the spec are refused before they reach the database, so one backend
# is enough for them (and keeps the suite fast).
@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_every_operation_refuses_invalid_requests_within_its_spec(api: Api, world: World) -> None:
    _fuzz_all(api, world, GenerationMode.NEGATIVE)


def _fuzz_all(api: Api, world: World, mode: GenerationMode) -> None:
    ids = _existing_ids(api, world)
    app = api.client.app
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 19, [operation.label for operation in operations]
    session = get_client(app)
    headers = {**api.headers("admin"), "X-SFA-Protocol": "1"}
    failures: list[str] = []
    fuzzed = 0
    for operation in operations:
        path_parameters = None
        if mode is GenerationMode.POSITIVE and "{record_id}" in operation.path:
            path_parameters = {"record_id": ids[operation.path.split("/")[3]]}
        try:
            _fuzz(operation, mode, session, headers, path_parameters)
            fuzzed += 1
        except Unsatisfiable:
            # Nothing of it can be made invalid (GET /healthz takes no input at all).
            if mode is GenerationMode.POSITIVE:
                raise
        except (Exception, BaseExceptionGroup) as exc:
            failures.append(f"{operation.label}: {_describe(exc)}")
    assert not failures, "\n\n".join(failures)
    assert fuzzed >= len(operations) - 1
