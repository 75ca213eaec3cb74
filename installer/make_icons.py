"""Render the app icon (``installer/linux/sfa-desk.svg``) into the PNG sizes a Linux desktop
looks for and the ``.ico`` Windows puts on the executable and in the Start menu.

The outputs are committed, so a build needs neither this script nor Pillow; run it again
(``.venv/bin/python installer/make_icons.py``) only after changing the SVG.
"""

from __future__ import annotations

import sys
from io import BytesIO
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent
SVG = HERE / "linux" / "sfa-desk.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO = HERE / "windows" / "sfa-desk.ico"


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"cannot read {SVG}", file=sys.stderr)
        return 1
    for size in PNG_SIZES:
        target = HERE / "linux" / "icons" / f"{size}x{size}" / "sfa-desk.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        render(renderer, size).save(str(target))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    render(renderer, 256).save(buffer, "PNG")
    buffer.close()
    Image.open(BytesIO(bytes(data.data()))).save(
        ICO, sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]
    )
    print(f"wrote {len(PNG_SIZES)} PNG sizes and {ICO.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
