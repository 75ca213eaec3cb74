"""GUI fixtures: compiled translations (make does this; plain pytest runs get it here)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from ui.i18n import translations_dir


@pytest.fixture(scope="session")
def compiled_translations() -> Path:
    folder = translations_dir()
    lrelease = shutil.which("pyside6-lrelease") or str(
        Path(__import__("sys").executable).with_name("pyside6-lrelease")
    )
    for source in folder.glob("*.ts"):
        target = source.with_suffix(".qm")
        if not target.exists() or target.stat().st_mtime < source.stat().st_mtime:
            subprocess.run([lrelease, "-silent", str(source), "-qm", str(target)], check=True)
    return folder
