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


ORDER = (
    "kit",
    "ledger",
    "members",
    "imports",
    "savings",
    "loans",
    "register",
    "closing",
    "health",
    "papers",
    "trust",
)
"""The UI packages in import order (kopdesk/ui/__init__.py); the shell modules
at the top of ``kopdesk.ui`` come after all of them."""


def test_packages_import_only_earlier_packages() -> None:
    rank = {name: n for n, name in enumerate(ORDER)}
    shell = len(ORDER)
    packages = {p.name for p in UI_DIR.iterdir() if p.is_dir() and (p / "__init__.py").exists()}
    assert packages == set(ORDER)
    offenders: list[str] = []
    for path in UI_DIR.rglob("*.py"):
        parts = path.relative_to(UI_DIR).parts
        own = rank[parts[0]] if len(parts) > 1 else shell
        for name in imported_modules(path):
            if not name.startswith("kopdesk.ui."):
                continue
            target = name.split(".")[2]
            used = rank.get(target, shell if (UI_DIR / f"{target}.py").exists() else None)
            if used is not None and used > own:
                offenders.append(f"{path.relative_to(UI_DIR)} -> {name}")
    assert offenders == []
