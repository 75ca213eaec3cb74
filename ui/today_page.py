"""The Today page: what the rep should look at first thing, in five lists.

Today's visits; follow-ups that are overdue; reminders (quotes and agreed prices running out
within two weeks, own accounts without contact for 30 days); what colleagues changed; and
the rep's overdue receivables (invoices past their due date, what is still owed).
Computed by ``sfa.app.today`` off the GUI thread whenever the page is shown or a sync ends.
Each empty list says what to do instead; Enter or a double-click opens the item.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from sfa.app.today import TodayItem, TodayView, today_view
from sfa.store.lists import scanning
from sfa.store.store import LocalStore
from ui.activity_dialog import RecordContext
from ui.qt import (
    QAction,
    QGridLayout,
    QKeySequence,
    QLabel,
    QListView,
    QModelIndex,
    QStackedWidget,
    Qt,
    QVBoxLayout,
    QWidget,
)
from ui.tasks import TaskRunner
from ui.today_model import ItemRole, TodayModel

SECTIONS = ("visits", "overdue", "reminders", "changes", "receivables")


class _Section(QWidget):
    def __init__(self, key: str) -> None:
        super().__init__()
        self.setObjectName(f"today_{key}")
        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.model = TodayModel()
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setObjectName("todayList")
        self.view.setAlternatingRowColors(True)
        self.view.setUniformItemSizes(True)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.empty = QLabel()
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.stack, 1)

    def show_items(self, items: list[TodayItem]) -> None:
        self.model.set_items(items)
        self.stack.setCurrentWidget(self.view if items else self.empty)


class TodayPage(QWidget):
    def __init__(
        self,
        store: LocalStore,
        tasks: TaskRunner,
        *,
        actor: Callable[[], str | None],
        show_record: Callable[[str, str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("todayPage")
        self._store = store
        self._tasks = tasks
        self._actor = actor
        self._show_record = show_record
        self._generation = 0
        self._reading = False
        self.heading = QLabel()
        self.heading.setObjectName("pageTitle")
        self.message = QLabel()
        self.message.setObjectName("pageMessage")
        self.message.hide()
        self.sections = {key: _Section(key) for key in SECTIONS}
        grid = QGridLayout()
        grid.setSpacing(16)
        for number, key in enumerate(SECTIONS):
            section = self.sections[key]
            grid.addWidget(section, number // 2, number % 2)
            section.view.doubleClicked.connect(self.open_item)
            enter = QAction(section.view)
            enter.setShortcuts([QKeySequence("Return"), QKeySequence("Enter")])
            enter.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            enter.triggered.connect(
                lambda _c=False, v=section.view: self.open_item(v.currentIndex())
            )
            section.view.addAction(enter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.heading)
        layout.addWidget(self.message)
        layout.addLayout(grid, 1)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Today"))
        titles = {
            "visits": self.tr("Today's visits"),
            "overdue": self.tr("Overdue follow-ups"),
            "reminders": self.tr("Reminders"),
            "changes": self.tr("Changed by colleagues"),
            "receivables": self.tr("Overdue receivables"),
        }
        empty = {
            "visits": self.tr(
                "No visits planned for today. Plan one in the Calendar, or call an account "
                "from the reminders."
            ),
            "overdue": self.tr("Nothing overdue: every past visit is checked out."),
            "reminders": self.tr(
                "No quotes or agreed prices run out in the next 14 days, and every account of "
                "yours was contacted in the last 30 days."
            ),
            "changes": self.tr("Nothing changed by colleagues yet. Press F9 to sync."),
            "receivables": self.tr("No invoice of yours is overdue: every client paid on time."),
        }
        for key, section in self.sections.items():
            section.title.setText(titles[key])
            section.empty.setText(empty[key])
            section.model.retranslate()

    def refresh(self) -> None:
        self._generation += 1
        self._reading = True
        generation, actor = self._generation, self._actor()
        now = datetime.now().astimezone()
        zone = now.tzinfo
        assert zone is not None

        def work() -> TodayView:
            with self._store.reading() as conn, scanning(conn):  # scans: keep the cache small
                return today_view(conn, actor=actor, now=now, tz=zone)

        def done(view: TodayView) -> None:
            if generation == self._generation:
                self._reading = False
                self.message.hide()
                for key, section in self.sections.items():
                    section.show_items(getattr(view, key))

        def failed(error: Exception) -> None:
            if generation == self._generation:
                self._reading = False
            self.message.setText(
                self.tr("Today's lists could not be read: {error}").format(error=error)
            )
            self.message.show()

        self._tasks.run(work, done, failed)

    def refresh_on_show(self) -> None:
        """Shown: read again, unless a read is already on its way (the page is built and
        shown at once on start-up: one read of the whole day, not two)."""
        if not self._reading:
            self.refresh()

    def selected_item(self) -> TodayItem | None:
        focused = self.focusWidget()
        for section in self.sections.values():
            if focused is section.view and section.view.currentIndex().isValid():
                return section.view.currentIndex().data(ItemRole)
        return None

    def record_context(self) -> RecordContext | None:
        item = self.selected_item()
        if item is None or not item.account_id:
            return None
        name = item.account_name or item.title
        return RecordContext(item.account_id, name)

    def open_item(self, index: QModelIndex) -> None:
        item: TodayItem | None = index.data(ItemRole) if index.isValid() else None
        if item is None:
            return
        if item.entity in ("visit", "quote", "account", "contact", "opportunity"):
            self._show_record(item.entity, item.record_id)
        elif item.account_id:
            self._show_record("account", item.account_id)
