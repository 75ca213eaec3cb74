"""Schemathesis fuzzing of the served OpenAPI spec, in process, on SQLite and PostgreSQL.

Every operation of ``/openapi.json`` gets a bounded, derandomised run of generated requests
(valid ones and ones that break the schema) with an admin's bearer token. Each response must
not be a 5xx and must conform to the spec: a documented status, a documented content type,
a body matching the documented schema (errors included, in the contract's error shape).
"""

from __future__ import annotations

import time
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from tests.server.conftest import Api, World

MAX_EXAMPLES = 25
STATS: dict = {}
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]


def _operations(api: Api) -> list[Any]:
    schema = schemathesis.openapi.from_asgi("/openapi.json", api.client.app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 19, [op.label for op in operations]
    return operations


def _describe(exc: BaseException) -> str:
    """The failure with its sub-exceptions (Hypothesis and Schemathesis group them)."""
    lines = [str(exc)]
    for sub in getattr(exc, "exceptions", ()):
        lines.append("  - " + _describe(sub).replace("\n", "\n    "))
    return "\n".join(lines)


def _fuzz(operation: Any, mode: GenerationMode, headers: dict[str, str]) -> None:
    """Run ``operation``'s generated cases; raise on the first (shrunk) failing one."""

    @settings(
        max_examples=MAX_EXAMPLES,
        derandomize=True,
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(case=operation.as_strategy(generation_mode=mode))
    def run(case: Any) -> None:
        r = case.call_and_validate(headers=headers, checks=CHECKS)
        STATS[(operation.label, r.status_code)] = STATS.get((operation.label, r.status_code), 0) + 1

    run()


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
def test_every_operation_answers_within_its_spec(
    api: Api, world: World, mode: GenerationMode
) -> None:
    headers = {**api.headers("admin"), "X-SFA-Protocol": "1"}
    failures: list[str] = []
    fuzzed = 0
    for operation in _operations(api):
        started = time.perf_counter()
        try:
            _fuzz(operation, mode, headers)
            fuzzed += 1
        except Unsatisfiable:
            # Nothing to break: no parameter or body can be made invalid (GET /healthz).
            if mode is GenerationMode.POSITIVE:
                raise
        except (Exception, BaseExceptionGroup) as exc:
            failures.append(f"{operation.label}: {_describe(exc)}")
        print(operation.label, mode, round(time.perf_counter() - started, 2))
    assert not failures, "\n\n".join(failures)
    assert fuzzed >= 15
    print(STATS)
