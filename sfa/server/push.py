"""Push: apply a batch of mutations in order, each once, in one transaction.

The transaction starts by taking the change-counter lock, so revs are handed out in commit
order. Each mutation runs in its own savepoint (:func:`sfa.server.mutations.apply_mutation`)
and its result is stored with it: a retried ``mutation_id`` gets the stored result back and
changes nothing, even when the first attempt's response was lost.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from sfa.server.db import lock_counter
from sfa.server.mutations import Context, apply_mutation, rejected
from sfa.server.records import Actor
from sfa.server.tables import StoredResult, User
from sfa.server.visibility import viewer_for
from sfa.wire.schemas import MutationResult, PushRequest, PushResponse

VIEW_CHANGING = frozenset({"territory", "user"})


def push(session: Session, user: User, request: PushRequest) -> PushResponse:
    """Apply ``request`` for ``user``; the caller commits."""
    lock_counter(session)
    viewer = viewer_for(session, user)
    results: list[MutationResult] = []
    for mutation in request.mutations:
        stored = session.get(StoredResult, mutation.mutation_id)
        if stored is not None:
            if stored.user_id == user.id:
                results.append(MutationResult.model_validate(stored.result))
            else:
                results.append(
                    rejected(mutation.mutation_id, "invalid", "this mutation_id is already used")
                )
            continue
        actor = Actor(user.id, request.client_id, mutation.mutation_id)
        result = apply_mutation(Context(session, actor, viewer), mutation)
        session.add(
            StoredResult(
                mutation_id=mutation.mutation_id,
                user_id=user.id,
                client_id=request.client_id,
                result=result.model_dump(mode="json", exclude_none=True),
            )
        )
        session.flush()
        if mutation.entity in VIEW_CHANGING and result.status != "rejected":
            viewer = viewer_for(session, user)
        results.append(result)
    return PushResponse(results=results)
