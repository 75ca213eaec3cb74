"""What a worker process holds: settings, an engine, and the (database-kept) signing secret.

Nothing here is state that matters between requests: the secret is read from the database,
so every worker signs and checks tokens the same way.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Engine

from sfa.server.schema import server_info
from sfa.server.settings import Settings


@dataclass(slots=True)
class ServerState:
    settings: Settings
    engine: Engine
    _facts: dict[str, str] = field(default_factory=dict)

    def _fact(self, key: str) -> str:
        if key not in self._facts:
            self._facts[key] = server_info(self.engine, key)
        return self._facts[key]

    @property
    def secret(self) -> str:
        return self.settings.jwt_secret or self._fact("jwt_secret")

    @property
    def server_id(self) -> str:
        return self._fact("server_id")
