"""Starting the desktop app: arguments, the profile's database, the main window."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from sfa.app.demo import has_data, load_demo_company
from sfa.store.database import StoreError
from sfa.store.profiles import database_path
from sfa.store.store import LocalStore
from ui.main_window import MainWindow
from ui.qt import QApplication
from ui.tasks import TaskRunner

DEFAULT_SERVER = "http://127.0.0.1:8765"


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="sfa", description="SFA Desk")
    parser.add_argument("--server", default=DEFAULT_SERVER, help="sync server URL")
    parser.add_argument("--user", default="rep1", help="profile user name")
    parser.add_argument(
        "--demo", action="store_true", help="fill an empty profile with the demo company"
    )
    parser.add_argument("--demo-accounts", type=int, default=300)
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    app = QApplication(sys.argv[:1])
    app.setOrganizationName("SFA Desk")
    app.setApplicationName("SFA Desk")
    try:
        store = LocalStore.open(database_path(args.server, args.user))
    except StoreError as exc:
        print(exc, file=sys.stderr)
        return 2
    if args.demo and not has_data(store):
        load_demo_company(store, accounts=args.demo_accounts)
    window = MainWindow(store, profile_label=f"{args.user} @ {args.server}", tasks=TaskRunner(app))
    window.show_status(app.tr("Working offline on this laptop's data"))
    window.show()
    code = app.exec()
    store.close()
    return code
