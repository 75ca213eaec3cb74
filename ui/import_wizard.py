"""The import wizard: pick a file → check the column mapping → see the dry run → import.

Reading the file, the dry run and the import run on the task runner; the import reports its
progress. By default it is all-or-nothing: with any refused row the Import button stays off
until the rep fixes the file or ticks “import only the valid rows”. The report of refused
rows can be saved as CSV or Excel before and after importing.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sfa.app.importing import ImportResult, dry_run, open_sheet, run_import, save_report, suggest
from sfa.io.import_mapping import IMPORTABLE
from sfa.io.import_plan import Action, ImportPlan, ImportRefused
from sfa.io.tabular import Table
from sfa.store.store import LocalStore
from ui.import_mapping_model import MappingModel, TargetDelegate
from ui.import_result_models import PlanModel, ProblemsModel
from ui.page_table import make_table
from ui.qt import (
    QT_TRANSLATE_NOOP,
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCoreApplication,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QObject,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.tasks import TaskRunner

_ENTITIES = {
    "account": QT_TRANSLATE_NOOP("ImportDialog", "Accounts"),
    "contact": QT_TRANSLATE_NOOP("ImportDialog", "Contacts"),
    "opportunity": QT_TRANSLATE_NOOP("ImportDialog", "Opportunities"),
    "product": QT_TRANSLATE_NOOP("ImportDialog", "Products"),
}


class _Progress(QObject):
    """Carries the worker's progress to the GUI thread (a queued signal)."""

    moved = Signal(int, int)


class ImportDialog(QDialog):
    imported = Signal(object)
    """The :class:`ImportResult` of a finished import (the window refreshes its lists)."""

    FILE, MAPPING, CHECK = range(3)

    def __init__(
        self,
        store: LocalStore,
        tasks: TaskRunner,
        *,
        actor: Callable[[], str | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import from a spreadsheet"))
        self._store, self._tasks, self._actor = store, tasks, actor
        self._sheet: Table | None = None
        self._plan: ImportPlan | None = None
        self.open_path: Callable[[], str] = self._ask_open_path
        self.save_path: Callable[[str], str] = self._ask_save_path
        """File dialogs; tests answer with paths of their own."""
        self._progress = _Progress(self)
        self._progress.moved.connect(self._moved)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._file_page())
        self.pages.addWidget(self._mapping_page())
        self.pages.addWidget(self._check_page())
        self.message = QLabel()
        self.message.setObjectName("importMessage")
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.message)
        self.resize(760, 520)

    # -- pages ---------------------------------------------------------------------------
    def _file_page(self) -> QWidget:
        page = QWidget()
        self.entity = QComboBox()
        for entity in IMPORTABLE:
            self.entity.addItem(
                QCoreApplication.translate("ImportDialog", _ENTITIES[entity]), entity
            )
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("A .csv (UTF-8 or GBK) or .xlsx file"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        self.read_button = QPushButton(self.tr("Next"))
        self.read_button.setObjectName("primaryButton")
        self.read_button.clicked.connect(self._read)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Import"), self.entity)
        form.addRow(self.tr("File"), row)
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.read_button)
        return page

    def _mapping_page(self) -> QWidget:
        page = QWidget()
        self.file_info = QLabel()
        self.mapping = MappingModel()
        self.mapping_view = make_table(self.mapping)
        self.mapping_view.setObjectName("mappingTable")
        self.mapping_view.setItemDelegateForColumn(MappingModel.TARGET, TargetDelegate(self))
        self.mapping_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.mapping_view.setColumnWidth(MappingModel.HEADER, 220)
        self.mapping_view.setColumnWidth(MappingModel.SAMPLE, 220)
        back = QPushButton(self.tr("Back"))
        back.clicked.connect(lambda: self.pages.setCurrentIndex(self.FILE))
        self.check_button = QPushButton(self.tr("Check"))
        self.check_button.setObjectName("primaryButton")
        self.check_button.clicked.connect(self._check)
        buttons = QHBoxLayout()
        buttons.addWidget(back)
        buttons.addStretch(1)
        buttons.addWidget(self.check_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.file_info)
        layout.addWidget(
            QLabel(self.tr("Check which field each column goes into (double-click to change)."))
        )
        layout.addWidget(self.mapping_view, 1)
        layout.addLayout(buttons)
        return page

    def _check_page(self) -> QWidget:
        page = QWidget()
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.plan_model = PlanModel()
        self.problems = ProblemsModel()
        self.plan_view = make_table(self.plan_model)
        self.problems_view = make_table(self.problems)
        self.problems_view.setObjectName("problemsTable")
        self.tabs = QTabWidget()
        self.tabs.addTab(self.problems_view, self.tr("Problems"))
        self.tabs.addTab(self.plan_view, self.tr("All rows"))
        self.valid_only = QCheckBox(
            self.tr("Import only the valid rows (the others stay in the report)")
        )
        self.valid_only.toggled.connect(lambda _on: self._update_buttons())
        self.progress = QProgressBar()
        self.progress.hide()
        back = QPushButton(self.tr("Back"))
        back.clicked.connect(lambda: self.pages.setCurrentIndex(self.MAPPING))
        self.report_button = QPushButton(self.tr("Save report…"))
        self.report_button.clicked.connect(self._save_report)
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setObjectName("primaryButton")
        self.import_button.clicked.connect(self._import)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(back)
        buttons.addWidget(self.report_button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.valid_only)
        layout.addWidget(self.progress)
        layout.addLayout(buttons)
        return page

    # -- steps ---------------------------------------------------------------------------
    def _browse(self) -> None:
        path = self.open_path()
        if path:
            self.path.setText(path)

    def _read(self) -> None:
        text = self.path.text().strip()
        if not text:
            self._say(self.tr("Choose the file to import."))
            return
        entity = str(self.entity.currentData())
        path = Path(text)

        def work() -> tuple[Table, dict[str, str | None]]:
            sheet = open_sheet(path)
            return sheet, suggest(entity, sheet)

        self._busy(self.tr("Reading the file…"))
        self._tasks.run(work, lambda found: self._read_done(entity, *found), self._failed)

    def _read_done(self, entity: str, sheet: Table, mapping: dict[str, str | None]) -> None:
        self._sheet = sheet
        self.mapping.set_mapping(entity, sheet, mapping)
        where = sheet.sheet or (sheet.encoding or "").upper()
        self.file_info.setText(
            self.tr("{rows} rows, {columns} columns ({where})").format(
                rows=len(sheet.rows), columns=len(sheet.headers), where=where
            )
        )
        self._say("")
        self.pages.setCurrentIndex(self.MAPPING)

    def _check(self) -> None:
        sheet, entity, mapping, actor = (
            self._sheet,
            self.mapping.entity,
            self.mapping.mapping(),
            self._actor(),
        )
        store = self._store
        assert sheet is not None

        def work() -> ImportPlan:
            with store.reading() as conn:
                return dry_run(conn, entity, sheet, mapping, actor=actor)

        self._busy(self.tr("Checking every row…"))
        self._tasks.run(work, self._checked, self._failed)

    def _checked(self, plan: ImportPlan) -> None:
        self._plan = plan
        self.plan_model.set_plan(plan)
        self.problems.set_problems(plan.problems)
        self.tabs.setCurrentIndex(0 if plan.problems else 1)
        self.summary.setText(
            self.tr(
                "{create} to create, {update} to update, {same} unchanged, {refused} refused."
            ).format(
                create=plan.count(Action.CREATE),
                update=plan.count(Action.UPDATE),
                same=plan.count(Action.UNCHANGED),
                refused=plan.refused,
            )
        )
        self.valid_only.setChecked(False)
        self.valid_only.setVisible(plan.refused > 0)
        self.progress.hide()
        self._say(
            self.tr("Nothing is imported while a row is refused, unless you choose to.")
            if plan.refused
            else ""
        )
        self.pages.setCurrentIndex(self.CHECK)
        self._update_buttons()

    def _update_buttons(self) -> None:
        plan = self._plan
        writes = bool(plan and plan.writes())
        allowed = plan is not None and (not plan.refused or self.valid_only.isChecked())
        self.import_button.setEnabled(writes and allowed)
        self.report_button.setEnabled(bool(plan and plan.problems))

    def _import(self) -> None:
        sheet, entity, mapping, actor = (
            self._sheet,
            self.mapping.entity,
            self.mapping.mapping(),
            self._actor(),
        )
        store, valid_only, progress = self._store, self.valid_only.isChecked(), self._progress
        assert sheet is not None

        def work() -> ImportResult:
            with store.transaction() as conn:
                return run_import(
                    conn,
                    entity,
                    sheet,
                    mapping,
                    actor=actor,
                    valid_only=valid_only,
                    progress=progress.moved.emit,
                )

        self.import_button.setEnabled(False)
        self.progress.setValue(0)
        self.progress.show()
        self._busy(self.tr("Importing…"))
        self._tasks.run(work, self._imported, self._failed)

    def _moved(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _imported(self, result: ImportResult) -> None:
        self._plan = result.plan
        self.problems.set_problems(result.plan.problems)
        self.progress.setValue(self.progress.maximum())
        self._say(
            self.tr(
                "Imported: {created} created, {updated} updated, {contacts} contacts added; "
                "{refused} rows left out. The changes sync like any edit."
            ).format(
                created=result.created,
                updated=result.updated,
                contacts=result.contacts_created,
                refused=result.refused,
            )
        )
        self.import_button.setEnabled(False)
        self.valid_only.setEnabled(False)
        self.imported.emit(result)

    def _save_report(self) -> None:
        plan = self._plan
        if plan is None:
            return
        path = self.save_path("import-problems.csv")
        if not path:
            return
        headers = self.problems.headers()
        self._tasks.run(
            lambda: str(save_report(plan, Path(path), headers)),
            lambda saved: self._say(self.tr("Report saved to {path}").format(path=saved)),
            self._failed,
        )

    # -- helpers -------------------------------------------------------------------------
    def _busy(self, text: str) -> None:
        self._say(text)

    def _say(self, text: str) -> None:
        self.message.setText(text)

    def _failed(self, error: Exception) -> None:
        if isinstance(error, ImportRefused):  # the data changed since the check
            self._checked(error.plan)
        self.progress.hide()
        self._update_buttons()
        self._say(str(getattr(error, "message", None) or error))

    def _ask_open_path(self) -> str:
        path, _chosen = QFileDialog.getOpenFileName(
            self,
            self.tr("Import from a spreadsheet"),
            "",
            self.tr("Spreadsheets (*.csv *.xlsx *.txt)"),
        )
        return path

    def _ask_save_path(self, suggested: str) -> str:
        path, _chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the report"),
            suggested,
            self.tr("CSV, UTF-8 (*.csv);;Excel workbook (*.xlsx)"),
        )
        return path
