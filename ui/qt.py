"""The one place the UI imports Qt from, so a Qt upgrade touches one file (as Anki's aqt.qt)."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRunnable,
    QSettings,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QInputMethodEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QSplitter,
    QStatusBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

__all__ = [
    "QAbstractTableModel",
    "QAction",
    "QApplication",
    "QHeaderView",
    "QInputMethodEvent",
    "QKeySequence",
    "QLabel",
    "QLineEdit",
    "QMainWindow",
    "QModelIndex",
    "QObject",
    "QPersistentModelIndex",
    "QRunnable",
    "QSettings",
    "QSplitter",
    "QStatusBar",
    "QTableView",
    "QThreadPool",
    "QTimer",
    "QVBoxLayout",
    "QWidget",
    "Qt",
    "Signal",
    "Slot",
]
