"""The layer rules of DESIGN.md §1, checked on every module's imports."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "kopdesk"


def imports_of(path: Path) -> set[str]:
    """Every module name a file imports (absolute names)."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def modules(layer: str) -> list[Path]:
    found = sorted((PACKAGE / layer).rglob("*.py"))
    assert found, layer
    return found


def offending(layer: str, forbidden: tuple[str, ...]) -> list[str]:
    return [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in modules(layer)
        for name in sorted(imports_of(path))
        if any(name == f or name.startswith(f + ".") for f in forbidden)
    ]


@pytest.mark.parametrize(
    ("layer", "forbidden"),
    [
        (
            "services",
            (
                "PySide6",
                "reportlab",
                "kopdesk.reports",
                "kopdesk.ui",
                "kopdesk.app.papers",
                "kopdesk.demo",
            ),
        ),
        (
            "reports",
            ("kopdesk.models", "kopdesk.services", "kopdesk.storage.db", "PySide6", "kopdesk.ui"),
        ),
        ("ui", ("kopdesk.models",)),
        ("models", ("kopdesk.services", "kopdesk.reports", "kopdesk.ui", "PySide6", "reportlab")),
        ("domain", ("PySide6", "reportlab", "sqlalchemy", "kopdesk.models", "kopdesk.services")),
        # The demo only calls the services, so it obeys every rule they enforce.
        (
            "demo",
            (
                "PySide6",
                "reportlab",
                "kopdesk.models",
                "kopdesk.storage.db",
                "kopdesk.ui",
                "kopdesk.cli",
            ),
        ),
    ],
)
def test_layer_does_not_import(layer: str, forbidden: tuple[str, ...]) -> None:
    assert offending(layer, forbidden) == []


def test_domain_uses_only_the_standard_library() -> None:
    allowed = set(sys.stdlib_module_names) | {"kopdesk"}
    bad = [
        f"{path.name} imports {name}"
        for path in modules("domain")
        for name in imports_of(path)
        if name.split(".")[0] not in allowed
        or (
            name.startswith("kopdesk.")
            and not name.startswith(("kopdesk.domain", "kopdesk.errors"))
        )
    ]
    assert bad == []


def test_the_checker_sees_a_forbidden_import(tmp_path: Path) -> None:
    sample = tmp_path / "x.py"
    sample.write_text("from kopdesk.models import Account\nimport PySide6.QtCore\n")
    assert imports_of(sample) == {"kopdesk.models", "PySide6.QtCore"}
