"""The windows never touch ORM models (DESIGN.md §1): they call services."""

from __future__ import annotations

import ast
from pathlib import Path

import kopdesk.ui

UI_DIR = Path(kopdesk.ui.__file__).parent


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def test_ui_never_imports_models() -> None:
    offenders = {
        str(path.relative_to(UI_DIR)): sorted(
            name for name in imported_modules(path) if name.startswith("kopdesk.models")
        )
        for path in UI_DIR.rglob("*.py")
    }
    assert {path: names for path, names in offenders.items() if names} == {}
    assert len(offenders) > 20  # the walk did see the package
