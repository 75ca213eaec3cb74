"""Regression guard for the PySide6 6.12.0 / CPython 3.11 crash (``none_dealloc``).

On that pair every Qt call returning nothing drops a reference to ``None`` and the process
aborts after a few thousand calls. We pin a PySide6 that is safe on every Python we support;
these tests fail if a dependency bump brings the bad pair back.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from importlib.metadata import version

import pytest

_MANY_VOID_CALLS = textwrap.dedent(
    """
    import os
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication, QLabel
    app = QApplication([])
    label = QLabel()
    for i in range(50_000):
        label.setText("x")        # returns None
        label.setEnabled(i % 2 == 0)  # returns None
    print("survived")
    """
)


def test_pinned_pyside_is_not_the_release_that_crashes_this_python() -> None:
    installed = version("PySide6-Essentials")
    crashes_here = installed == "6.12.0" and sys.version_info < (3, 12)
    assert not crashes_here, f"PySide6 {installed} aborts Python {sys.version.split()[0]}"


@pytest.mark.gui
def test_a_hundred_thousand_void_qt_calls_do_not_abort_the_interpreter() -> None:
    result = subprocess.run(
        [sys.executable, "-c", _MANY_VOID_CALLS],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "survived" in result.stdout
