"""The one place the main window's pages are registered, in rail order.

Each entry names a factory taking a :class:`PageContext`; a page needs only a
``retranslate()`` method, and may offer ``refresh()`` (after a sync or an edit elsewhere),
``show_record(entity, record_id)`` (a search hit, a Today item), ``record_context()`` (what
Ctrl+L logs an activity against) and ``save_layout(settings)``/``restore_layout(settings)``.

Pages that follow the signed-in user through an ``actor`` attribute (the pipeline and the
calendar) get it when built and again whenever it changes (``MainWindow.set_actor``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sfa.store.store import LocalStore
from ui.account_page import AccountsPage
from ui.calendar_page import CalendarPage
from ui.contact_page import ContactsPage
from ui.dashboard_page import DashboardPage
from ui.manager_page import ManagerPage
from ui.nav_model import PageSpec
from ui.orders_page import OrdersPage
from ui.pipeline_page import PipelinePage
from ui.qt import QT_TRANSLATE_NOOP, QWidget
from ui.quote_launcher import QuoteLauncher
from ui.quotes_page import QuotesPage
from ui.tasks import TaskRunner
from ui.today_page import TodayPage


@dataclass(frozen=True)
class PageContext:
    store: LocalStore
    tasks: TaskRunner
    window: QWidget
    quotes: QuoteLauncher
    actor: Callable[[], str | None]
    """The signed-in user's id (None for the local demo company without a user)."""
    show_record: Callable[[str, str], None]
    """Open a record on the page that shows it (entity, id)."""


def pages() -> list[PageSpec]:
    return [
        PageSpec(
            "today",
            QT_TRANSLATE_NOOP("Navigation", "Today"),
            "today",
            1,
            lambda c: TodayPage(c.store, c.tasks, actor=c.actor, show_record=c.show_record),
        ),
        PageSpec(
            "accounts",
            QT_TRANSLATE_NOOP("Navigation", "Accounts"),
            "accounts",
            2,
            lambda c: AccountsPage(
                c.store, c.tasks, quotes=c.quotes, actor=c.actor, show_record=c.show_record
            ),
            ("account",),
        ),
        PageSpec(
            "contacts",
            QT_TRANSLATE_NOOP("Navigation", "Contacts"),
            "contacts",
            3,
            lambda c: ContactsPage(c.store, c.tasks, actor=c.actor, show_record=c.show_record),
            ("contact",),
        ),
        PageSpec(
            "opportunities",
            QT_TRANSLATE_NOOP("Navigation", "Opportunities"),
            "opportunities",
            4,
            lambda c: _following(PipelinePage(c.store, c.tasks), c),
            ("opportunity",),
        ),
        PageSpec(
            "quotes",
            QT_TRANSLATE_NOOP("Navigation", "Quotes"),
            "quotes",
            5,
            lambda c: QuotesPage(c.store, c.tasks, quotes=c.quotes),
        ),
        PageSpec(
            "orders",
            QT_TRANSLATE_NOOP("Navigation", "Orders"),
            "orders",
            6,
            lambda c: _following(OrdersPage(c.store, c.tasks), c),
            ("order",),
        ),
        PageSpec(
            "calendar",
            QT_TRANSLATE_NOOP("Navigation", "Calendar"),
            "calendar",
            7,
            lambda c: _following(CalendarPage(c.store, c.tasks), c),
            ("visit",),
        ),
        PageSpec(
            "dashboards",
            QT_TRANSLATE_NOOP("Navigation", "Dashboards"),
            "dashboards",
            8,
            lambda c: _following(DashboardPage(c.store, c.tasks), c),
        ),
        PageSpec(
            "workspace",
            QT_TRANSLATE_NOOP("Navigation", "Team & numbers"),
            "workspace",
            9,
            lambda c: _following(ManagerPage(c.store, c.tasks), c),
        ),
    ]


def _following(
    page: PipelinePage | CalendarPage | DashboardPage | ManagerPage | OrdersPage,
    context: PageContext,
) -> QWidget:
    page.actor = context.actor()
    page.refresh()
    return page
