"""The arrows of ../shared/docs/architecture.md, checked on every import statement."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _imports(package: str) -> list[tuple[Path, str]]:
    found: list[tuple[Path, str]] = []
    for path in sorted((ROOT / package).rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                found.extend((path, alias.name) for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                found.append((path, node.module))
    return found


def _violations(package: str, forbidden: tuple[str, ...]) -> list[str]:
    return [
        f"{path.relative_to(ROOT)} imports {module}"
        for path, module in _imports(package)
        if module.split(".")[0] in forbidden or module.startswith(forbidden)
    ]


def test_sfa_never_imports_qt_or_the_ui() -> None:
    assert _violations("sfa", ("PySide6", "shiboken6", "ui")) == []


@pytest.mark.parametrize(
    ("package", "forbidden"),
    [
        (
            "sfa/domain",
            (
                "sfa.store",
                "sfa.sync",
                "sfa.app",
                "sfa.server",
                "sfa.io",
                "sfa.analytics",
                "sfa.wire",
                "sfa.demo",
            ),
        ),
        ("sfa/store", ("sfa.server", "sfa.sync", "sfa.app")),
        ("sfa/server", ("sfa.store", "sfa.sync", "sfa.app")),
    ],
)
def test_layers_point_one_way(package: str, forbidden: tuple[str, ...]) -> None:
    assert _violations(package, forbidden) == []
