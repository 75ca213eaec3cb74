"""The status-bar notice after a sync: a manager decided on one of the rep's requests.

Also queues again any refused line whose exception was approved (the server now holds its
price), so the line goes up with the next sync even if the rep never opens the quote. Runs
on the task runner; ``notify`` receives the text to show (nothing when nothing was decided).
"""

from __future__ import annotations

from collections.abc import Callable

from sfa.app.price_exceptions import (
    DecisionNotice,
    decision_notices,
    mark_notices_seen,
    settle_decided,
)
from sfa.store.store import LocalStore
from ui.qt import QCoreApplication
from ui.tasks import TaskRunner


def notice_text(notices: list[DecisionNotice]) -> str:
    translate = QCoreApplication.translate
    if not notices:
        return ""
    if len(notices) > 1:
        return translate(
            "ApprovalNotices", "{n} of your requests were decided: see the quotes."
        ).format(n=len(notices))
    [notice] = notices
    if notice.kind == "discount":
        text = (
            translate("ApprovalNotices", "Your manager approved the discount.")
            if notice.status == "approved"
            else translate("ApprovalNotices", "Your manager refused the discount.")
        )
    else:
        text = (
            translate(
                "ApprovalNotices",
                "Your manager approved the price exception: the line goes up at the next sync.",
            )
            if notice.status == "approved"
            else translate("ApprovalNotices", "Your manager refused the price exception.")
        )
    if notice.comment:
        text += " " + translate("ApprovalNotices", "“{comment}”").format(comment=notice.comment)
    return text


def check_decisions(
    store: LocalStore, tasks: TaskRunner, user_id: str | None, notify: Callable[[str], None]
) -> None:
    """After each sync: settle approved exceptions and tell the rep what was decided."""

    def work() -> list[DecisionNotice]:
        with store.transaction() as conn:
            settle_decided(conn)
            notices = decision_notices(conn, user_id)
            mark_notices_seen(conn, notices)
        return notices

    def done(notices: list[DecisionNotice]) -> None:
        text = notice_text(notices)
        if text:
            notify(text)

    tasks.run(work, done, lambda exc: notify(str(exc)))
