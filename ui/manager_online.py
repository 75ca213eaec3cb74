"""What the workspace says when a call to the server fails: offline, refused, or broken."""

from __future__ import annotations

from sfa.domain.errors import DomainError
from sfa.sync.transport import AuthExpired, Offline, ServerError, SyncError
from ui.qt import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("ManagerOnline", text)


def explain(exc: Exception) -> str:
    """A sentence for the user about ``exc``; nothing was changed when a call failed."""
    if isinstance(exc, Offline):
        return _tr(
            "You are offline. This is done on the server: connect to the network and try again."
        )
    if isinstance(exc, AuthExpired):
        return _tr("Your sign-in has expired: sync once to sign in again, then try again.")
    if isinstance(exc, ServerError):
        if exc.code == "conflict" and exc.status == 409 and "conflicts" in exc.details:
            return _tr("Someone changed this meanwhile: reload, then make your change again.")
        return _tr("The server refused: {reason}").format(reason=exc.message)
    if isinstance(exc, SyncError):  # an untrusted certificate, a server that keeps failing…
        return exc.message
    if isinstance(exc, DomainError):
        return exc.message
    return _tr("Something went wrong: {error}").format(error=exc)
