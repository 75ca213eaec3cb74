"""Desktop figures on a laptop holding a big territory (100,000 accounts by default).

1. Cold start: a fresh process runs the real ``sfa`` start-up (``ui.app.main``) on the local
   demo profile and reports when the main window first painted and when its first page
   showed data; plus the process's peak resident memory (targets: ≤ 2 s, ≤ 300 MB).
2. The accounts list: time to first paint of the page, then a scroll from top to bottom one
   screen at a time (rows fetched lazily as they come into view), each step's
   event processing + repaint timed (target: no frame over 50 ms).

    python bench/bench_desktop.py [--accounts 100000] [--runs 3]

The demo company is written once per size through the pull path (``apply_remote``, full-text
index rebuilt once at the end) into a cached folder under the system's temp directory.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DRIVER = r"""
import json, os, resource, sys, time
started = float(os.environ["BENCH_T0"])
import ui.app as app
from ui.qt import QTimer, QApplication

marks = {}
Window = app.MainWindow

class Timed(Window):
    def paintEvent(self, event):
        super().paintEvent(event)
        if "painted" not in marks:
            marks["painted"] = time.time() - started
            QTimer.singleShot(0, self._wait_for_data)

    def _wait_for_data(self):
        page = self.stack.currentWidget()
        model = getattr(page, "model", None)
        rows = model.rowCount() if model is not None else 1
        if rows == 0 and time.time() - started < 30:
            QTimer.singleShot(5, self._wait_for_data)
            return
        marks["data"] = time.time() - started
        marks["page"] = self.current_page_key()
        marks["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print("BENCH " + json.dumps(marks), flush=True)
        QApplication.instance().exit(0)

app.MainWindow = Timed
sys.exit(app.main(["--demo"]))
"""


def data_home(accounts: int) -> Path:
    """An XDG data folder whose local demo profile holds ``accounts`` accounts (made once)."""
    folder = Path(tempfile.gettempdir()) / f"sfa-bench-desktop-{accounts}"
    marker = folder / "ready"
    if marker.exists():
        return folder
    os.environ["XDG_DATA_HOME"] = str(folder)
    from sfa.app.demo import load_demo_company
    from sfa.app.session import open_offline
    from sfa.store.search import catch_up, defer_fts
    from ui.app import LOCAL_DEMO

    started = time.perf_counter()
    session = open_offline(LOCAL_DEMO)
    with session.store.transaction() as conn:
        defer_fts(conn)
    records = load_demo_company(session.store, accounts=accounts)
    with session.store.transaction() as conn:
        catch_up(conn)
    session.store.close()
    marker.write_text("ok")
    print(f"  (wrote {records:,} demo records in {time.perf_counter() - started:.0f} s)")
    return folder


def cold_start(home: Path, runs: int) -> None:
    results = []
    for _ in range(runs):
        env = {
            **os.environ,
            "XDG_DATA_HOME": str(home),
            "XDG_CONFIG_HOME": str(home / "config"),
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            "BENCH_T0": repr(time.time()),
        }
        done = subprocess.run(
            [sys.executable, "-c", DRIVER],
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        )
        line = next(x for x in done.stdout.splitlines() if x.startswith("BENCH "))
        results.append(json.loads(line[6:]))
    painted = statistics.median(r["painted"] for r in results)
    data = statistics.median(r["data"] for r in results)
    rss = max(r["rss_mb"] for r in results)
    print(
        f"cold start ({results[0]['page']} page): first paint {painted:.2f} s, "
        f"data shown {data:.2f} s (median of {runs}; target <= 2 s); "
        f"peak memory {rss:.0f} MB (target <= 300 MB)"
    )


def scroll(home: Path) -> None:
    os.environ["XDG_DATA_HOME"] = str(home)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from sfa.app.session import open_offline
    from ui.app import LOCAL_DEMO
    from ui.main_window import MainWindow
    from ui.qt import QApplication, QModelIndex
    from ui.tasks import TaskRunner

    app = QApplication.instance() or QApplication([])
    session = open_offline(LOCAL_DEMO)
    tasks = TaskRunner(synchronous=True)
    window = MainWindow(session.store, profile_label="bench", tasks=tasks)
    window.resize(1366, 768)
    window.show()
    started = time.perf_counter()
    window.show_page("accounts")
    view = window.accounts_view
    model = window.accounts_model
    while model.rowCount() == 0:
        app.processEvents()
    view.viewport().repaint()
    first_paint = time.perf_counter() - started
    bar = view.verticalScrollBar()
    frames: list[float] = []
    began = time.perf_counter()
    while True:
        step = time.perf_counter()
        if model.canFetchMore(QModelIndex()) and bar.value() >= bar.maximum():
            model.fetchMore(QModelIndex())
        bar.setValue(bar.value() + bar.pageStep())
        app.processEvents()
        view.viewport().repaint()
        frames.append(time.perf_counter() - step)
        if bar.value() >= bar.maximum() and not model.canFetchMore(QModelIndex()):
            break
    total = time.perf_counter() - began
    frames.sort()
    print(
        f"accounts list, {model.rowCount():,} rows: first paint {first_paint * 1000:.0f} ms; "
        f"scrolled top to bottom in {len(frames):,} screens, {total:.1f} s; "
        f"frame p50 {frames[len(frames) // 2] * 1000:.1f} ms, p99 "
        f"{frames[int(len(frames) * 0.99)] * 1000:.1f} ms, worst {frames[-1] * 1000:.1f} ms "
        f"(target: none over 50 ms)"
    )
    window.close()
    session.store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--accounts", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    home = data_home(args.accounts)
    cold_start(home, args.runs)
    scroll(home)


if __name__ == "__main__":
    main()
