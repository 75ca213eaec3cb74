"""Screenshots of the main screens on the demo company, in Chinese and English.

``make screenshots`` runs this under Xvfb (or Qt's offscreen platform where Xvfb is missing)
and writes ``docs/screenshots/<language>-<screen>.png``. The demo company lives in a
throwaway data folder, so the user's own profiles are never touched.

    python scripts/screenshots.py [--out docs/screenshots] [--accounts 300]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

LANGUAGES = ("zh_CN", "en")
SIZE = (1440, 900)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--accounts", type=int, default=300)
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="sfa-screens-"))
    os.environ["XDG_DATA_HOME"] = str(home / "data")
    os.environ["XDG_CONFIG_HOME"] = str(home / "config")

    from sfa.app.demo import load_demo_company
    from sfa.app.session import open_offline
    from ui.app import LOCAL_DEMO, _demo_rep
    from ui.i18n import Translations
    from ui.main_window import MainWindow
    from ui.qt import QApplication, QWidget
    from ui.style import apply_style
    from ui.tasks import TaskRunner

    app = QApplication(sys.argv[:1])
    app.setOrganizationName("SFA Desk Screenshots")
    app.setApplicationName("SFA Desk")
    apply_style(app)
    session = open_offline(LOCAL_DEMO)
    load_demo_company(session.store, accounts=args.accounts)
    rep = _demo_rep(session)
    args.out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []

    for language in LANGUAGES:
        translations = Translations()
        translations.apply(language)
        tasks = TaskRunner(synchronous=True)
        window = MainWindow(session.store, profile_label="rep1 · demo", tasks=tasks)
        window.attach_language(translations)
        window.set_actor(rep)
        window.resize(*SIZE)
        window.show()

        def shot(
            name: str, widget: QWidget | None = None, lang: str = language, main: QWidget = window
        ) -> None:
            for _ in range(3):
                app.processEvents()
            path = args.out / f"{lang}-{name}.png"
            (widget or main).grab().save(str(path))
            written.append(path)

        for key in [spec.key for spec in window.nav_model.specs]:
            page = window.show_page(key)
            select = getattr(page, "table", None)
            if select is not None and select.model() is not None and select.model().rowCount():
                select.selectRow(0)
            shot(key)

        window.search_box.setText("hw")
        window.search.run()
        shot("search")
        window.search_box.clear()

        dialog = window.show_page("accounts").new_account()  # type: ignore[attr-defined]
        shot("account-form", dialog)
        dialog.reject()
        with session.store.reading() as conn:
            quote = conn.exec_driver_sql(
                "SELECT id FROM quote WHERE deleted = 0 ORDER BY number LIMIT 1"
            ).scalar()
            manager = conn.exec_driver_sql(
                "SELECT id FROM user WHERE username = 'manager'"
            ).scalar()
        if quote:
            editor = window.quotes.open_quote(quote)
            editor.resize(1100, 760)
            shot("quote-editor", editor)
            editor.close()
        window.set_actor(manager)
        window.show_page("workspace")
        shot("workspace-manager")
        window.set_actor(rep)
        window.close()

    for path in written:
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    session.store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
