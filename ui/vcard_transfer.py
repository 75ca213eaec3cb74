"""vCard export and import for the contact pages: where to (asked once), then done on the
task runner. Export writes version 3.0 unless the rep picks 4.0 in the file dialog's filter;
import puts each card under the account its company names, else under ``account_id``."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from sfa.app.importing import ImportResult
from sfa.app.vcards import export_vcards, import_vcards
from sfa.store.store import LocalStore
from ui.qt import QFileDialog, QObject, QWidget, Signal
from ui.tasks import TaskRunner


class VCardTransfer(QObject):
    exported = Signal(str)
    """The path written."""
    imported = Signal(object)
    """The :class:`ImportResult` (refused cards are in its plan's problems)."""
    failed = Signal(object)

    def __init__(
        self,
        store: LocalStore,
        tasks: TaskRunner,
        window: QWidget,
        *,
        actor: Callable[[], str | None],
    ) -> None:
        super().__init__(window)
        self._store, self._tasks, self._window, self._actor = store, tasks, window, actor
        self.save_path: Callable[[str], tuple[str, str]] = self._ask_save_path
        """Suggested name → (path, vCard version); ("", "") to give up."""
        self.open_path: Callable[[], str] = self._ask_open_path

    def export(
        self,
        contact_ids: Sequence[str] | None = None,
        *,
        account_id: str | None = None,
        suggested: str = "contacts.vcf",
    ) -> None:
        path, version = self.save_path(suggested)
        if not path:
            return
        store, ids = self._store, list(contact_ids) if contact_ids is not None else None

        def work() -> str:
            with store.reading() as conn:
                data = export_vcards(conn, ids, account_id=account_id, version=version)
            target = Path(path)
            target.write_bytes(data)
            return str(target)

        self._tasks.run(work, self.exported.emit, self.failed.emit)

    def import_file(self, *, account_id: str | None = None, valid_only: bool = False) -> None:
        path = self.open_path()
        if not path:
            return
        store, actor = self._store, self._actor()

        def work() -> ImportResult:
            data = Path(path).read_bytes()
            with store.transaction() as conn:
                return import_vcards(
                    conn, data, actor=actor, account_id=account_id, valid_only=valid_only
                )

        self._tasks.run(work, self.imported.emit, self.failed.emit)

    def _ask_save_path(self, suggested: str) -> tuple[str, str]:
        v3, v4 = self.tr("vCard 3.0 (*.vcf)"), self.tr("vCard 4.0 (*.vcf)")
        path, chosen = QFileDialog.getSaveFileName(
            self._window, self.tr("Export contacts"), suggested, f"{v3};;{v4}"
        )
        return path, "4.0" if chosen == v4 else "3.0"

    def _ask_open_path(self) -> str:
        path, _chosen = QFileDialog.getOpenFileName(
            self._window, self.tr("Import contacts"), "", self.tr("vCard files (*.vcf *.vcard)")
        )
        return path
