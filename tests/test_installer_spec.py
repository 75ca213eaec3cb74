"""The installer ships what the app opens by path: a folder missing from the PyInstaller spec
only shows on a rep's laptop (no fonts in the quote PDF, no translations, no migrations).
``make installer`` proves it by building and smoke-running the bundle; this test catches the
omission in seconds, and checks that the desktop entry and the Windows script name the same
program as the spec."""

from __future__ import annotations

import ast
import configparser
import sys
from pathlib import Path

import pytest

from sfa.io.fonts import font_dir
from sfa.store.database import MIGRATIONS_DIR
from ui.i18n import translations_dir
from ui.style import resources_dir

ROOT = Path(__file__).resolve().parents[1]
INSTALLER = ROOT / "installer"


def _spec_constant(name: str) -> object:
    tree = ast.parse((INSTALLER / "sfa-desk.spec").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id == name for target in node.targets
        ):
            return ast.literal_eval(node.value)
    raise AssertionError(f"{name} is not a literal in installer/sfa-desk.spec")


DATA_DIRS = dict(_spec_constant("DATA_DIRS"))  # type: ignore[arg-type]
APP_NAME = _spec_constant("APP_NAME")


def _folders_the_app_reads() -> list[Path]:
    resources = resources_dir()
    return [
        translations_dir(),
        font_dir(),
        resources / "icons",
        resources / "style",
        MIGRATIONS_DIR,
    ]


def test_every_folder_the_app_reads_is_bundled_where_the_app_looks() -> None:
    for folder in _folders_the_app_reads():
        source = folder.relative_to(ROOT).as_posix()
        assert source in DATA_DIRS, f"{source} is not in the spec's DATA_DIRS"
        assert DATA_DIRS[source] == source, "the frozen app looks at the same relative path"
        assert any(folder.iterdir()), f"{source} is empty"


def test_every_resources_folder_is_bundled() -> None:
    for folder in sorted(p for p in (ROOT / "resources").iterdir() if p.is_dir()):
        assert folder.relative_to(ROOT).as_posix() in DATA_DIRS


def test_the_frozen_app_finds_its_resources_inside_the_bundle(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """PyInstaller unpacks data under ``sys._MEIPASS``; the lookups must follow it there."""
    for variable in ("SFA_FONT_DIR", "SFA_TRANSLATIONS_DIR"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    for folder in _folders_the_app_reads()[:-1]:  # the migrations sit beside their module
        assert folder.relative_to(tmp_path).as_posix() in DATA_DIRS.values()


def test_the_desktop_entry_starts_the_bundled_program_with_its_icon() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(INSTALLER / "linux" / "sfa-desk.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Exec"] == APP_NAME
    assert desktop["Icon"] == APP_NAME
    assert (INSTALLER / "linux" / f"{APP_NAME}.svg").is_file()
    for size in (16, 32, 48, 128, 256):
        assert (INSTALLER / "linux" / "icons" / f"{size}x{size}" / f"{APP_NAME}.png").is_file()


def test_the_windows_installer_takes_the_version_and_keeps_one_app_id() -> None:
    script = (INSTALLER / "windows" / "sfa-desk.iss").read_text(encoding="utf-8")
    assert "#ifndef AppVersion" in script and "#error" in script  # never a typed-in version
    assert '#define AppExe "sfa-desk.exe"' in script
    assert f"dist\\{APP_NAME}\\*" in script
    assert "AppId={#AppId}" in script and '#define AppId "{{5CD9AF63-' in script
    assert (INSTALLER / "windows" / "sfa-desk.ico").is_file()
