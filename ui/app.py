"""Starting the desktop app: which profile, signing in if needed, the main window, sync."""

from __future__ import annotations

import argparse
import gc
import os
import sys
import tempfile
from collections.abc import Callable, Sequence
from datetime import date
from importlib.metadata import entry_points, version
from pathlib import Path

import keyring
from sqlalchemy import select

from sfa.app import keychain
from sfa.app.demo import has_data, load_demo_company
from sfa.app.session import Session, open_offline, sign_in, sign_in_again
from sfa.store import search_pinyin
from sfa.store.database import StoreError
from sfa.store.profiles import Profile, last_profile
from sfa.store.store import LocalStore
from sfa.store.tables import User
from sfa.sync.transport import SyncError
from ui.i18n import Translations, preferred_language
from ui.login_dialog import LoginDialog
from ui.main_window import MainWindow
from ui.qt import QApplication, QCoreApplication, QEvent, QObject, QTimer, QWidget
from ui.style import apply_style
from ui.sync_controller import SyncController
from ui.tasks import TaskRunner

DEFAULT_SERVER = "http://127.0.0.1:8765"
PASSWORD_ENV = "SFA_DESK_PASSWORD"  # lets `make run` sign in to its local demo server
LOCAL_DEMO = Profile("local-demo", "demo")
DEMO_REP = "rep1"


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="sfa", description="SFA Desk")
    parser.add_argument("--server", help="sync server URL (default: the last profile used)")
    parser.add_argument("--user", help="user name on that server")
    parser.add_argument(
        "--demo", action="store_true", help="work on a local demo company, without a server"
    )
    parser.add_argument("--demo-accounts", type=int, default=300)
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="open a throw-away database and the main window offscreen, then quit (installers)",
    )
    return parser.parse_args(argv)


def _session(args: argparse.Namespace, tasks: TaskRunner) -> Session | None:
    if args.demo:
        session = open_offline(LOCAL_DEMO)
        if not has_data(session.store):
            load_demo_company(session.store, accounts=args.demo_accounts)
        return session
    if args.server and args.user:
        password = os.environ.get(PASSWORD_ENV)
        if password:
            try:
                return sign_in(
                    args.server, args.user, password, remember_login=keychain.keyring_available()
                )
            except SyncError as exc:
                print(f"Sign-in failed: {exc.message}", file=sys.stderr)
        profile: Profile | None = Profile(args.server.rstrip("/"), args.user)
    else:
        profile = last_profile()
    if profile is not None and (
        args.server or keychain.load(profile.server_url, profile.username, "refresh-token")
    ):
        return open_offline(profile)
    dialog = LoginDialog(
        tasks,
        server_url=args.server or (profile.server_url if profile else DEFAULT_SERVER),
        username=args.user or (profile.username if profile else ""),
    )
    return dialog.session if dialog.exec() else None


def _demo_rep(session: Session) -> str | None:
    """The local demo company is worked as its first rep, so Today shows a rep's own day."""
    users = User.__table__
    with session.store.reading() as conn:
        found = conn.execute(select(users.c.id).where(users.c.username == DEMO_REP)).first()
    return found.id if found else None


class _AfterFirstPaint(QObject):
    """Runs ``work`` once, as soon as ``window`` has painted for the first time."""

    def __init__(self, window: QWidget, work: Callable[[], None]) -> None:
        super().__init__(window)
        self._work = work
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._work)  # queued: this paint completes first
        return False


def _smoke_test(app: QApplication, translations: Translations, tasks: TaskRunner) -> int:
    """What ``make installer`` runs in the built bundle: every file the app opens by path and
    every module it loads by name must be inside, or this fails (exit code not 0). A start
    imports only what its first page needs, so every page is opened here: the others import
    their modules (charts, PDF, calendar) when first built."""
    from fpdf import FPDF  # here, not at the top: a normal start never needs them

    from sfa.domain.holidays import day_marks
    from sfa.io.fonts import add_fonts, font_dir

    with tempfile.TemporaryDirectory(prefix="sfa-smoke-") as folder:
        print(f"SFA Desk {version('sfa-desk')}, profile folder {folder}")
        store = LocalStore.open(Path(folder) / "store.db")  # runs the migrations
        print(f"database migrated; demo records loaded: {load_demo_company(store, accounts=5)}")
        print(f"Chinese interface loaded: {translations.apply('zh_CN')}")
        print(f"quote font: {add_fonts(FPDF())} from {font_dir()}")
        year = date.today().year
        print(f"holidays marked in {year}: {len(day_marks(date(year, 1, 1), date(year, 12, 31)))}")
        backends = sorted(ep.name for ep in entry_points(group="keyring.backends"))
        print(f"keyring backends: {backends}; in use: {type(keyring.get_keyring()).__module__}")
        if not backends:
            return 1
        window = MainWindow(store, profile_label="smoke test", tasks=tasks)
        window.show()
        remembered = window.current_page_key()
        for spec in window.nav_model.specs:
            window.show_page(spec.key)
            app.processEvents()
        window.show_page(remembered)  # closing saves the page to open on next start
        tasks.wait()
        app.processEvents()
        print(f"pages opened: {len(window.nav_model.specs)}")
        window.close()
        store.close()
    print("smoke test passed")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    app = QApplication(sys.argv[:1])
    app.setOrganizationName("SFA Desk")
    app.setApplicationName("SFA Desk")
    apply_style(app)
    translations = Translations()
    translations.apply(preferred_language())
    tasks = TaskRunner(app)
    if args.smoke_test:
        return _smoke_test(app, translations, tasks)
    try:
        session = _session(args, tasks)
    except StoreError as exc:
        print(exc, file=sys.stderr)
        return 2
    if session is None:
        return 1
    profile = session.profile
    window = MainWindow(
        session.store, profile_label=f"{profile.username} @ {profile.server_url}", tasks=tasks
    )
    window.attach_language(translations)
    if profile != LOCAL_DEMO:
        controller = SyncController(session, tasks)
        window.attach_sync(controller, actor=profile.user_id)

        def ask_to_sign_in(message: str) -> None:
            dialog = LoginDialog(
                tasks,
                server_url=profile.server_url,
                username=profile.username,
                message=message,
                attempt=lambda _s, _u, password, remember: sign_in_again(
                    session, password, remember_login=remember
                ),
                parent=window,
            )
            if dialog.exec():
                controller.sync_now()

        controller.sign_in_needed.connect(ask_to_sign_in)
        controller.refresh_status()
        if session.signed_in:
            controller.sync_now()
        controller.start_auto_sync()
    else:
        window.set_actor(_demo_rep(session))
        window.show_status(
            QCoreApplication.translate("app", "Local demo company — not connected to a server")
        )
    # pypinyin's phrase tables take ~0.5 s to load, some of it in one C call that holds the
    # GIL: loaded on a worker once the window has painted (before, they would hold the GUI
    # thread back by ~0.4 s of the start), ahead of the first search. Then frozen out of the
    # garbage collector: scanning their ~10^6 objects in every full collection would stall
    # the GUI for over half a second during a large sync.
    _AfterFirstPaint(
        window, lambda: tasks.run(search_pinyin.warm, lambda _r: gc.freeze(), lambda _e: None)
    )
    window.show()
    code = app.exec()
    tasks.wait()
    session.close()
    return code
