"""The app's look: one stylesheet and the rail's icons, from ``resources/``.

Icons are SVG, so they stay sharp at any device pixel ratio (Qt renders them at the size
and scale the screen asks for).
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

from ui.qt import QApplication, QIcon


def resources_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    return (Path(bundle) if bundle else Path(__file__).resolve().parents[1]) / "resources"


@cache
def icon(name: str) -> QIcon:
    return QIcon(str(resources_dir() / "icons" / f"{name}.svg"))


def stylesheet() -> str:
    """Every ``resources/style/*.qss`` file, in name order (base rules first); ``@ICONS@``
    stands for the icons folder, since Qt reads ``url()`` relative to the working directory."""
    folder = resources_dir() / "style"
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.qss")))
    return text.replace("@ICONS@", (resources_dir() / "icons").as_posix())


def apply_style(app: QApplication) -> None:
    app.setStyle("Fusion")  # the same widgets on every platform, so the stylesheet fits
    app.setStyleSheet(stylesheet())
