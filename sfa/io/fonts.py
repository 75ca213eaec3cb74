"""Where the embedded CJK font lives, and loading it into a PDF.

Reps' laptops may have no Chinese font at all, and a PDF that relies on the reader's fonts
shows boxes on the client's machine; so the app ships Noto Sans SC (SIL OFL, see
``resources/fonts/README.md``) and every quote PDF embeds a subset of it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from fpdf import FPDF

FONT_DIR_ENV = "SFA_FONT_DIR"
FAMILY = "NotoSansSC"
FONT_FILES: dict[str, str] = {"": "NotoSansSC-Regular.ttf", "B": "NotoSansSC-Bold.ttf"}
"""fpdf2 style → file name; regular and bold are real weights (no faked bold)."""


class FontMissingError(FileNotFoundError):
    """The shipped font is not where the app looked: a broken install, not a user error."""


def font_dir() -> Path:
    """``$SFA_FONT_DIR``, else ``resources/fonts`` in the PyInstaller bundle or the checkout.

    The override serves installs that keep data files elsewhere (a wheel, a distro package).
    """
    override = os.environ.get(FONT_DIR_ENV)
    if override:
        return Path(override)
    bundle = getattr(sys, "_MEIPASS", None)  # set by a PyInstaller one-file/one-folder app
    root = Path(bundle) if bundle else Path(__file__).resolve().parents[2]
    return root / "resources" / "fonts"


def add_fonts(pdf: FPDF) -> str:
    """Register the regular and bold faces with ``pdf``; return the family name to use."""
    directory = font_dir()
    for style, name in FONT_FILES.items():
        path = directory / name
        if not path.is_file():
            raise FontMissingError(
                f"quote font {name} not found in {directory} (set {FONT_DIR_ENV} to its folder)"
            )
        pdf.add_font(FAMILY, style, str(path))
    return FAMILY
