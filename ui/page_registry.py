"""The one place the main window's pages are registered, in rail order.

Each entry names a factory taking a :class:`PageContext`; a page needs only a
``retranslate()`` method, and may offer ``refresh()`` (after a sync or an edit elsewhere),
``show_record(entity, record_id)`` (a search hit, a Today item), ``record_context()`` (what
Ctrl+L logs an activity against) and ``save_layout(settings)``/``restore_layout(settings)``.

Pages that follow the signed-in user through an ``actor`` attribute (the pipeline and the
calendar) get it when built and again whenever it changes (``MainWindow.set_actor``).

A factory imports its page's module when it runs: most pages (and the charts, PDF and
calendar libraries behind them) are not needed to show the first one, and importing them
all would add about 0.4 s to every start.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ui.nav_model import PageSpec
from ui.qt import QT_TRANSLATE_NOOP, QWidget

if TYPE_CHECKING:
    from sfa.store.store import LocalStore
    from ui.calendar_page import CalendarPage
    from ui.dashboard_page import DashboardPage
    from ui.manager_page import ManagerPage
    from ui.orders_page import OrdersPage
    from ui.pipeline_page import PipelinePage
    from ui.quote_launcher import QuoteLauncher
    from ui.tasks import TaskRunner


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
        PageSpec("today", QT_TRANSLATE_NOOP("Navigation", "Today"), "today", 1, _today),
        PageSpec(
            "accounts",
            QT_TRANSLATE_NOOP("Navigation", "Accounts"),
            "accounts",
            2,
            _accounts,
            ("account",),
        ),
        PageSpec(
            "contacts",
            QT_TRANSLATE_NOOP("Navigation", "Contacts"),
            "contacts",
            3,
            _contacts,
            ("contact",),
        ),
        PageSpec(
            "opportunities",
            QT_TRANSLATE_NOOP("Navigation", "Opportunities"),
            "opportunities",
            4,
            _pipeline,
            ("opportunity",),
        ),
        PageSpec("quotes", QT_TRANSLATE_NOOP("Navigation", "Quotes"), "quotes", 5, _quotes),
        PageSpec(
            "orders", QT_TRANSLATE_NOOP("Navigation", "Orders"), "orders", 6, _orders, ("order",)
        ),
        PageSpec(
            "calendar",
            QT_TRANSLATE_NOOP("Navigation", "Calendar"),
            "calendar",
            7,
            _calendar,
            ("visit",),
        ),
        PageSpec(
            "dashboards",
            QT_TRANSLATE_NOOP("Navigation", "Dashboards"),
            "dashboards",
            8,
            _dashboards,
        ),
        PageSpec(
            "workspace",
            QT_TRANSLATE_NOOP("Navigation", "Team & numbers"),
            "workspace",
            9,
            _workspace,
        ),
    ]


def _today(c: PageContext) -> QWidget:
    from ui.today_page import TodayPage

    return TodayPage(c.store, c.tasks, actor=c.actor, show_record=c.show_record)


def _accounts(c: PageContext) -> QWidget:
    from ui.account_page import AccountsPage

    return AccountsPage(c.store, c.tasks, quotes=c.quotes, actor=c.actor, show_record=c.show_record)


def _contacts(c: PageContext) -> QWidget:
    from ui.contact_page import ContactsPage

    return ContactsPage(c.store, c.tasks, actor=c.actor, show_record=c.show_record)


def _pipeline(c: PageContext) -> QWidget:
    from ui.pipeline_page import PipelinePage

    return _following(PipelinePage(c.store, c.tasks), c)


def _quotes(c: PageContext) -> QWidget:
    from ui.quotes_page import QuotesPage

    return QuotesPage(c.store, c.tasks, quotes=c.quotes)


def _orders(c: PageContext) -> QWidget:
    from ui.orders_page import OrdersPage

    return _following(OrdersPage(c.store, c.tasks), c)


def _calendar(c: PageContext) -> QWidget:
    from ui.calendar_page import CalendarPage

    return _following(CalendarPage(c.store, c.tasks), c)


def _dashboards(c: PageContext) -> QWidget:
    from ui.dashboard_page import DashboardPage

    return _following(DashboardPage(c.store, c.tasks), c)


def _workspace(c: PageContext) -> QWidget:
    from ui.manager_page import ManagerPage

    return _following(ManagerPage(c.store, c.tasks), c)


def _following(
    page: PipelinePage | CalendarPage | DashboardPage | ManagerPage | OrdersPage,
    context: PageContext,
) -> QWidget:
    page.actor = context.actor()
    page.refresh()
    return page
