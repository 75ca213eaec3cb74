"""The File menu: spreadsheets in, lists out, contacts as vCards either way.

Kept out of the main window, which only hands over what the menu needs to know: the page
on screen (whose table is exported), the record selected on it (whose contacts a vCard
export takes) and how to refresh the pages after an import. The import wizard and the list
export are imported when first opened, not with the window.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from sfa.store.store import LocalStore
from ui.qt import QAction, QKeySequence, QMainWindow, QMenu, QObject, QTableView, QWidget
from ui.tasks import TaskRunner
from ui.vcard_transfer import VCardTransfer

if TYPE_CHECKING:
    from ui.export_view import ListExport
    from ui.import_wizard import ImportDialog


class FileMenu(QObject):
    def __init__(
        self,
        window: QMainWindow,
        store: LocalStore,
        tasks: TaskRunner,
        *,
        actor: Callable[[], str | None],
        current_page: Callable[[], tuple[str, QWidget]],
        selected_account: Callable[[], str | None],
        notify: Callable[[str], None],
        refresh: Callable[[], None],
    ) -> None:
        super().__init__(window)
        self._window, self._store, self._tasks, self._actor = window, store, tasks, actor
        self._current_page, self._selected_account = current_page, selected_account
        self._notify, self._refresh = notify, refresh
        self.save_path: Callable[[str], str] | None = None
        """Answers "where to save?" instead of a file dialog (tests)."""
        self.menu = QMenu(window)
        window.menuBar().addMenu(self.menu)
        self.import_action = self._action("importSpreadsheet", "Ctrl+I", self.import_spreadsheet)
        self.export_action = self._action("exportList", "Ctrl+Shift+E", self.export_list)
        self.menu.addSeparator()
        self.vcard_in_action = self._action("importVCard", None, self.import_vcards)
        self.vcard_out_action = self._action("exportVCard", None, self.export_vcards)
        self.vcards = VCardTransfer(store, tasks, window, actor=actor)
        self.vcards.exported.connect(self._saved)
        self.vcards.imported.connect(lambda _result: self._imported())
        self.vcards.failed.connect(self._failed)

    def _action(self, name: str, keys: str | None, slot: Callable[[], object]) -> QAction:
        action = QAction(self._window)
        action.setObjectName(name)
        if keys:
            action.setShortcut(QKeySequence(keys))
        action.triggered.connect(lambda _checked=False: slot())
        self.menu.addAction(action)
        return action

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("&File"))
        self.import_action.setText(self.tr("Import from a spreadsheet…"))
        self.export_action.setText(self.tr("Export this list…"))
        self.vcard_in_action.setText(self.tr("Import contacts from vCards…"))
        self.vcard_out_action.setText(self.tr("Export contacts as vCards…"))

    def import_spreadsheet(self) -> ImportDialog:
        from ui.import_wizard import ImportDialog

        dialog = ImportDialog(self._store, self._tasks, actor=self._actor, parent=self._window)
        dialog.imported.connect(lambda _result: self._imported())
        dialog.open()
        return dialog

    def export_list(self) -> ListExport | None:
        """The table of the page on screen, with the columns it shows, as CSV or .xlsx."""
        key, page = self._current_page()
        table = getattr(page, "table", None)
        if not isinstance(table, QTableView):
            self._notify(
                self.tr(
                    "This page has no list to export; open Accounts, Contacts, Quotes or Orders."
                )
            )
            return None
        from ui.export_view import ListExport

        export = ListExport(table, self._tasks, self._window)
        if self.save_path is not None:
            export.save_path = self.save_path
        export.saved.connect(self._saved)
        export.failed.connect(self._failed)
        export.run(f"{key}.xlsx")
        return export

    def import_vcards(self) -> None:
        self.vcards.import_file(account_id=self._selected_account())

    def export_vcards(self) -> None:
        account = self._selected_account()
        self.vcards.export(None, account_id=account)

    def _imported(self) -> None:
        self._refresh()
        self._notify(self.tr("Import finished; the new records go up with the next sync."))

    def _saved(self, path: str) -> None:
        self._notify(self.tr("Saved {path}").format(path=path))

    def _failed(self, error: object) -> None:
        self._notify(
            self.tr("That did not work: {error}").format(error=getattr(error, "message", error))
        )
