"""What a rep does with a finished quote: send it, ask for approval, record the client's yes,
revise it, turn an accepted quote into an order — and where it stands (revisions, requests,
a superseded price).

Every action is a ``sfa.app`` use case in one store transaction; when a use case refuses
(``send_blockers``), its reasons are shown as they are, one per line. The bar never decides
what is allowed: buttons follow the quote's status, the use cases have the last word.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import Connection

from sfa.app.approvals import request_discount_approval
from sfa.app.orders import create_order_from_quote
from sfa.app.quotes import mark_accepted, mark_sent, new_revision, reprice_superseded
from sfa.domain.enums import ApprovalKind, ApprovalStatus, QuoteStatus
from sfa.domain.errors import DomainError
from sfa.io import formatting
from sfa.store.store import LocalStore
from ui.qt import (
    QAbstractListModel,
    QComboBox,
    QCoreApplication,
    QHBoxLayout,
    QLabel,
    QModelIndex,
    QPersistentModelIndex,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.quote_context import QuoteAuthor
from ui.quote_reason_dialog import ReasonDialog
from ui.quote_snapshot import QuoteSnapshot, RequestRow
from ui.quote_status import STATUS_TEXT

T = TypeVar("T")
QuoteIdRole = Qt.ItemDataRole.UserRole + 1


def _done(use_case: Callable[..., None], *args: Any, **kwargs: Any) -> bool:
    """Run a use case that returns nothing; True once it has succeeded."""
    use_case(*args, **kwargs)
    return True


REVISABLE = {QuoteStatus.APPROVED, QuoteStatus.SENT, QuoteStatus.REJECTED, QuoteStatus.EXPIRED}
SENDABLE = {
    QuoteStatus.DRAFT,
    QuoteStatus.PROVISIONAL,
    QuoteStatus.PENDING_APPROVAL,
    QuoteStatus.APPROVED,
}


class RevisionsModel(QAbstractListModel):
    """The revisions of one quote, oldest first: “Revision 2 · Superseded”."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[tuple[str, int, str]] = []

    def set_revisions(self, rows: list[tuple[str, int, str]]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_of(self, quote_id: str) -> int:
        return next((i for i, row in enumerate(self._rows) if row[0] == quote_id), -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        quote_id, revision, status = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            text = STATUS_TEXT.get(status)
            words = QCoreApplication.translate("QuoteEditor", text).split(" — ")[0] if text else ""
            return QCoreApplication.translate("QuoteActions", "Revision {n} · {status}").format(
                n=revision, status=words or status
            )
        if role == QuoteIdRole:
            return quote_id
        return None


class QuoteActions(QWidget):
    open_quote = Signal(str)
    """The editor should show this quote (a new revision, or an older one read-only)."""
    changed = Signal()
    message = Signal(str)
    order_created = Signal(str)
    """An accepted quote became this order (its id): the Orders page can show it."""

    def __init__(
        self, store: LocalStore, author: QuoteAuthor, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._store, self._author, self._today = store, author, today
        self.snapshot: QuoteSnapshot | None = None
        self.dialog: ReasonDialog | None = None
        self.notice = QLabel()
        self.notice.setObjectName("quoteNotice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("color: #8c1d18;")
        self.revisions_model = RevisionsModel()
        self.revisions = QComboBox()
        self.revisions.setObjectName("quoteRevisions")
        self.revisions.setModel(self.revisions_model)
        self.revisions.activated.connect(self._revision_chosen)
        self.send_button = QPushButton()
        self.approval_button = QPushButton()
        self.accept_button = QPushButton()
        self.revise_button = QPushButton()
        self.reprice_button = QPushButton()
        self.order_button = QPushButton()
        self.order_button.setObjectName("createOrder")
        row = QHBoxLayout()
        self._revisions_label = QLabel()
        row.addWidget(self._revisions_label)
        row.addWidget(self.revisions)
        row.addStretch()
        for button, handler in (
            (self.reprice_button, self._reprice_superseded),
            (self.approval_button, self._ask_approval),
            (self.revise_button, self._revise),
            (self.send_button, self._send),
            (self.accept_button, self._accept),
            (self.order_button, self._create_order),
        ):
            button.setAutoDefault(False)
            button.clicked.connect(handler)
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.notice)
        layout.addLayout(row)
        self.retranslate()

    def retranslate(self) -> None:
        self._revisions_label.setText(self.tr("Revisions:"))
        self.send_button.setText(self.tr("Mark as sent"))
        self.send_button.setToolTip(self.tr("The quote was handed or sent to the client."))
        self.approval_button.setText(self.tr("Request approval…"))
        self.accept_button.setText(self.tr("Mark accepted"))
        self.accept_button.setToolTip(self.tr("The client said yes: the opportunity is won."))
        self.revise_button.setText(self.tr("New revision"))
        self.reprice_button.setText(self.tr("Re-price at the approved price (new revision)"))
        self.order_button.setText(self.tr("Create order"))
        self.order_button.setToolTip(
            self.tr("Turn the accepted quote into a confirmed order at the same prices.")
        )
        if self.snapshot is not None:
            self.show_snapshot(self.snapshot)

    def show_snapshot(self, snap: QuoteSnapshot) -> None:
        self.snapshot = snap
        status = QuoteStatus(snap.status)
        waiting = any(
            r.kind == ApprovalKind.DISCOUNT and r.status == ApprovalStatus.REQUESTED
            for r in snap.requests
        )
        self.send_button.setVisible(status in SENDABLE)
        self.approval_button.setVisible(
            snap.needs_approval and not snap.approved_by and status in SENDABLE and not waiting
        )
        self.accept_button.setVisible(status == QuoteStatus.SENT)
        self.order_button.setVisible(status == QuoteStatus.ACCEPTED)
        self.revise_button.setVisible(status in REVISABLE)
        self.reprice_button.setVisible(bool(snap.superseded) and status != QuoteStatus.SUPERSEDED)
        self.revisions_model.set_revisions(
            [(r.quote_id, r.revision, r.status) for r in snap.revisions]
        )
        self.revisions.setCurrentIndex(self.revisions_model.row_of(snap.quote_id))
        self.revisions.setEnabled(len(snap.revisions) > 1)
        self.notice.setText("\n".join(self._notices(snap)))
        self.notice.setVisible(bool(self.notice.text()))

    def _notices(self, snap: QuoteSnapshot) -> list[str]:
        notes = []
        if snap.status == QuoteStatus.SUPERSEDED:
            notes.append(self.tr("This is an older revision, kept for reference: read only."))
        for line in snap.superseded:
            notes.append(
                self.tr(
                    "Price superseded: {manager} approved {price} for {product} on {day}."
                    " Re-price this quote before sending it."
                ).format(
                    manager=line.decided_by or self.tr("a manager"),
                    price=formatting.unit_price(line.new_price, snap.currency),
                    product=line.product,
                    day=line.decided_on.isoformat() if line.decided_on else "—",
                )
            )
        discount = next((r for r in snap.requests if r.kind == ApprovalKind.DISCOUNT), None)
        if discount is not None:
            notes.append(self._discount_note(discount, snap))
        return notes

    def _discount_note(self, request: RequestRow, snap: QuoteSnapshot) -> str:
        if request.status == ApprovalStatus.REQUESTED:
            return self.tr("Approval requested: waiting for the manager (it arrives by sync).")
        who = request.decided_by or self.tr("the manager")
        if request.status == ApprovalStatus.APPROVED:
            text = self.tr("Discount approved by {name}.").format(name=who)
        else:
            text = self.tr("Discount refused by {name}.").format(name=who)
        if request.comment:
            text += " " + self.tr("Comment: {comment}").format(comment=request.comment)
        return text

    # ---- actions --------------------------------------------------------------------------

    def _run(self, work: Callable[[Connection], T]) -> T | None:
        """The use case's result, or None when it refused (its reasons are then shown)."""
        try:
            with self._store.transaction() as conn:
                return work(conn)
        except DomainError as exc:
            reasons = exc.details.get("reasons")
            if isinstance(reasons, list):
                self.notice.setText(
                    self.tr("This quote cannot be sent yet:")
                    + "".join(f"\n• {QCoreApplication.translate('QuoteRules', r)}" for r in reasons)
                )
                self.notice.show()
            else:
                self.message.emit(exc.message)
            return None

    def _quote_id(self) -> str:
        assert self.snapshot is not None
        return self.snapshot.quote_id

    def _send(self) -> None:
        author = self._author
        done = self._run(
            lambda conn: _done(
                mark_sent,
                conn,
                self._quote_id(),
                actor=author.actor,
                role=author.role,
                on=self._today,
            )
        )
        if done:
            self.message.emit(self.tr("Marked as sent; the server confirms it at the next sync."))
            self.changed.emit()

    def _accept(self) -> None:
        done = self._run(
            lambda conn: _done(mark_accepted, conn, self._quote_id(), actor=self._author.actor)
        )
        if done:
            won = self.snapshot is not None and self.snapshot.opportunity_id
            self.message.emit(
                self.tr("Accepted by the client; its opportunity is won.")
                if won
                else self.tr("Accepted by the client.")
            )
            self.changed.emit()

    def _create_order(self) -> None:
        author = self._author
        order_id = self._run(
            lambda conn: create_order_from_quote(
                conn,
                self._quote_id(),
                actor=author.actor,
                rep_code=author.rep_code,
                today=self._today,
            )
        )
        if order_id:
            self.message.emit(
                self.tr("Order created at the quote's prices; it goes up with the next sync.")
            )
            self.order_created.emit(order_id)

    def _ask_approval(self) -> None:
        self.dialog = ReasonDialog(
            self.tr("Request approval"),
            self.tr(
                "This quote goes beyond your discount limit. Tell your manager why the"
                " client should get it; the request goes up with the next sync."
            ),
            parent=self,
        )
        self.dialog.submitted.connect(self._request_approval)
        self.dialog.open()

    def _request_approval(self, reason: str) -> None:
        needs = self.snapshot is not None and self.snapshot.needs_approval
        done = self._run(
            lambda conn: request_discount_approval(
                conn, self._quote_id(), reason, actor=self._author.actor, needs_approval=needs
            )
        )
        if done:
            self.message.emit(self.tr("Approval requested; it goes up with the next sync."))
            self.changed.emit()

    def _revise(self) -> None:
        revision = self._run(
            lambda conn: new_revision(conn, self._quote_id(), actor=self._author.actor)
        )
        if revision:
            self.open_quote.emit(revision)

    def _reprice_superseded(self) -> None:
        revision = self._run(
            lambda conn: reprice_superseded(conn, self._quote_id(), actor=self._author.actor)
        )
        if revision:
            self.open_quote.emit(revision)

    def _revision_chosen(self, row: int) -> None:
        quote_id = self.revisions_model.index(row, 0).data(QuoteIdRole)
        if quote_id and self.snapshot is not None and quote_id != self.snapshot.quote_id:
            self.open_quote.emit(quote_id)
