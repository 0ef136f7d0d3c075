"""The house rules of DESIGN.md §1 and docs/architecture.md, checked on every module.

The layers are the outer walls (domain, models, storage, services, reports, app, cli,
ui, demo); inside ``services/`` and ``ui/`` each feature has its folder and imports
only the features declared before it. No module is part of an import cycle, none
imports another module's private (``_name``) names, none is longer than
:data:`MAX_LINES`, and the book's words — account codes, statuses and kinds — are
written only where they are defined: the chart of accounts (``domain/coa.py``), the
vocabulary (``domain/vocabulary.py``), the ORM models' CHECK constraints and the
frozen migrations.

Each rule is a function returning what breaks it; the last tests feed each rule a
small sample that breaks it, so a rule that silently stops seeing is caught too.
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from kopdesk.domain import coa, vocabulary

PACKAGE = Path(__file__).resolve().parent.parent / "kopdesk"
MIGRATIONS = PACKAGE / "storage" / "migrations"
MAX_LINES = 700
"""No application module is longer (issue 15): a module a newcomer can read."""

SERVICE_FEATURES = (
    "base",
    "ledger",
    "members",
    "savings",
    "loans",
    "member_exit",
    "assets",
    "supervision",
    "closing",
    "health",
    "dinas",
    "imports",
    "setup",
    "overview",
    "finder",
)
"""Service features, lowest first: each imports only the ones before it."""
UI_FEATURES = (
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
"""Window features, lowest first; the shell (``ui/*.py``) sits above them all."""

LAYER_WALLS: dict[str, tuple[str, ...]] = {
    "domain": (
        "kopdesk.models",
        "kopdesk.storage",
        "kopdesk.services",
        "kopdesk.reports",
        "kopdesk.app",
        "kopdesk.cli",
        "kopdesk.ui",
        "kopdesk.demo",
    ),
    "models": (
        "kopdesk.storage",
        "kopdesk.services",
        "kopdesk.reports",
        "kopdesk.app",
        "kopdesk.cli",
        "kopdesk.ui",
        "kopdesk.demo",
        "PySide6",
        "reportlab",
    ),
    "storage": (
        "kopdesk.services",
        "kopdesk.reports",
        "kopdesk.app",
        "kopdesk.cli",
        "kopdesk.ui",
        "kopdesk.demo",
        "PySide6",
        "reportlab",
    ),
    "services": (
        "kopdesk.reports",
        "kopdesk.app",
        "kopdesk.cli",
        "kopdesk.ui",
        "kopdesk.demo",
        "PySide6",
        "reportlab",
    ),
    "reports": (
        "kopdesk.models",
        "kopdesk.storage",
        "kopdesk.services",
        "kopdesk.app",
        "kopdesk.cli",
        "kopdesk.ui",
        "kopdesk.demo",
        "PySide6",
    ),
    "app": ("kopdesk.cli", "kopdesk.ui", "kopdesk.demo", "kopdesk.models", "PySide6"),
    # The demo only calls the services, so it obeys every rule they enforce.
    "demo": (
        "kopdesk.models",
        "kopdesk.storage.db",
        "kopdesk.reports",
        "kopdesk.app",
        "kopdesk.cli",
        "kopdesk.ui",
        "PySide6",
        "reportlab",
    ),
    "cli": ("kopdesk.models", "PySide6", "reportlab"),
    "ui": ("kopdesk.models", "kopdesk.cli", "reportlab"),
}
"""What each layer must never import. The CLI starts the windows only through
``kopdesk.ui.app`` (lazily); papers reach the CLI and the windows through
``kopdesk.app.papers``."""

ALLOWED_CROSSINGS = {
    ("storage/migrations", "kopdesk.services.base.seals"): (
        "revision 0008 seals the rows of an existing book with the sealing code"
    ),
    ("cli", "kopdesk.ui.app"): "`kopdesk` without a command opens the window",
}


# --- reading the code ----------------------------------------------------------------


@dataclass(frozen=True)
class Module:
    path: Path
    name: str
    tree: ast.Module
    lines: int

    @property
    def rel(self) -> str:
        return self.path.relative_to(PACKAGE).as_posix()


def module_name(path: Path, root: Path = PACKAGE) -> str:
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def read(paths: Iterable[Path], root: Path = PACKAGE) -> list[Module]:
    found = []
    for path in sorted(paths):
        text = path.read_text(encoding="utf-8")
        found.append(Module(path, module_name(path, root), ast.parse(text), text.count("\n")))
    return found


def application(root: Path = PACKAGE) -> list[Module]:
    """Every module of the application, the frozen migrations left out."""
    migrations = root / "storage" / "migrations"
    return read(p for p in root.rglob("*.py") if migrations not in p.parents)


def imports_of(module: Module) -> Iterator[tuple[str, int]]:
    """Every absolute name a module imports (also inside functions), with its line;
    ``from a import b`` yields ``a`` and ``a.b``."""
    for node in ast.walk(module.tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, node.lineno
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.module, node.lineno
            for alias in node.names:
                yield f"{node.module}.{alias.name}", node.lineno


def under(name: str, prefix: str) -> bool:
    return name == prefix or name.startswith(prefix + ".")


# --- the rules -----------------------------------------------------------------------


def wall_breaches(modules: list[Module]) -> list[str]:
    bad = []
    for m in modules:
        layer = m.rel.split("/")[0]
        for name, line in imports_of(m):
            for forbidden in LAYER_WALLS.get(layer, ()):
                if under(name, forbidden) and not any(
                    m.rel.startswith(where) and under(name, allowed)
                    for where, allowed in ALLOWED_CROSSINGS
                ):
                    bad.append(f"{m.rel}:{line} imports {name}")
    return sorted(set(bad))


def feature_order_breaches(modules: list[Module], layer: str, order: tuple[str, ...]) -> list[str]:
    bad = []
    prefix = f"kopdesk.{layer}."
    for m in modules:
        parts = m.rel.split("/")
        if parts[0] != layer or len(parts) < 3:
            continue
        own = parts[1]
        if own not in order:
            bad.append(f"{m.rel}: the feature {own!r} is not in the declared order")
            continue
        for name, line in imports_of(m):
            if not name.startswith(prefix):
                continue
            other = name[len(prefix) :].split(".")[0]
            if other in order and order.index(other) > order.index(own):
                bad.append(f"{m.rel}:{line} imports {name} (a later feature)")
    return sorted(set(bad))


def cycles(modules: list[Module]) -> list[list[str]]:
    """Import cycles between modules (Tarjan's strongly connected components)."""
    names = {m.name for m in modules}
    graph: dict[str, set[str]] = {m.name: set() for m in modules}
    for m in modules:
        for name, _line in imports_of(m):
            target = name if name in names else name.rpartition(".")[0]
            if target in names and target != m.name and not m.name.startswith(target + "."):
                graph[m.name].add(target)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            part = []
            while True:
                w = stack.pop()
                part.append(w)
                if w == v:
                    break
            if len(part) > 1:
                found.append(sorted(part))

    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10_000))
    for v in sorted(graph):
        if v not in index:
            visit(v)
    return sorted(found)


def private_imports(modules: list[Module]) -> list[str]:
    """``from other import _name`` and ``other._name`` where ``other`` is a kopdesk
    module imported by name."""
    bad = []
    for m in modules:
        module_aliases: dict[str, str] = {}
        for node in ast.walk(m.tree):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                if not under(node.module, "kopdesk"):
                    continue
                for alias in node.names:
                    if alias.name.startswith("_") and not alias.name.startswith("__"):
                        bad.append(f"{m.rel}:{node.lineno} imports {node.module}.{alias.name}")
                    if alias.name[:1].islower():
                        module_aliases[alias.asname or alias.name] = f"{node.module}.{alias.name}"
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    if under(alias.name, "kopdesk") and alias.asname:
                        module_aliases[alias.asname] = alias.name
        for node in ast.walk(m.tree):
            if (
                isinstance(node, ast.Attribute)
                and node.attr.startswith("_")
                and not node.attr.startswith("__")
                and isinstance(node.value, ast.Name)
                and node.value.id in module_aliases
            ):
                target = module_aliases[node.value.id]
                bad.append(f"{m.rel}:{node.lineno} uses {target}.{node.attr}")
    return sorted(set(bad))


def long_modules(modules: list[Module]) -> list[str]:
    return [f"{m.rel}: {m.lines} lines" for m in modules if m.lines > MAX_LINES]


ACCOUNT_CODES = frozenset(a.code for a in coa.KOPERASI_CHART if len(a.code) == 4)
STATE_WORDS = frozenset(
    str(member)
    for kind in (
        vocabulary.MemberStatus,
        vocabulary.SavingsAccountStatus,
        vocabulary.SavingsTxKind,
        vocabulary.LoanStatus,
        vocabulary.LoanEventKind,
    )
    for member in kind
)
WORDS_AT_HOME = ("domain/coa.py", "domain/vocabulary.py", "models/")
STATE_FIELDS = frozenset({"status", "kind", "statuses", "kinds"})


def _strings(node: ast.AST) -> Iterator[ast.Constant]:
    """String constants that are the node itself or direct elements of it."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        yield node
    elif isinstance(node, ast.Tuple | ast.List | ast.Set):
        for element in node.elts:
            yield from _strings(element)


def _state_positions(tree: ast.Module) -> Iterator[ast.Constant]:
    """Strings used as a state: compared, a dict key, a tuple/list/set element, a
    ``status=``/``kind=`` argument or assigned to ``.status``/``.kind``."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Compare):
            for side in (node.left, *node.comparators):
                yield from _strings(side)
        elif isinstance(node, ast.Dict):
            for key in node.keys:
                if key is not None:
                    yield from _strings(key)
        elif isinstance(node, ast.Tuple | ast.List | ast.Set):
            yield from _strings(node)
        elif isinstance(node, ast.keyword) and node.arg in STATE_FIELDS:
            yield from _strings(node.value)
        elif isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Attribute) and target.attr in STATE_FIELDS:
                    yield from _strings(node.value)


def words_away_from_home(modules: list[Module]) -> list[str]:
    bad = []
    for m in modules:
        if m.rel.startswith(WORDS_AT_HOME):
            continue
        for node in ast.walk(m.tree):
            if isinstance(node, ast.Constant) and node.value in ACCOUNT_CODES:
                bad.append(f"{m.rel}:{node.lineno} account code {node.value!r}")
        for node in _state_positions(m.tree):
            if node.value in STATE_WORDS:
                bad.append(f"{m.rel}:{node.lineno} state {node.value!r}")
    return sorted(set(bad))


def undocumented_packages(root: Path = PACKAGE) -> list[str]:
    return [
        init.parent.relative_to(root).as_posix()
        for layer in ("services", "ui")
        for init in sorted((root / layer).rglob("__init__.py"))
        if ast.get_docstring(ast.parse(init.read_text(encoding="utf-8"))) is None
    ]


# --- the house as it is ----------------------------------------------------------------


@pytest.fixture(scope="module")
def house() -> list[Module]:
    modules = application()
    assert len(modules) > 150  # the walk did see the package
    return modules


def test_no_layer_imports_through_its_walls(house: list[Module]) -> None:
    assert wall_breaches(house) == []


def test_the_domain_uses_only_the_standard_library(house: list[Module]) -> None:
    allowed = set(sys.stdlib_module_names) | {"kopdesk"}
    bad = [
        f"{m.rel} imports {name}"
        for m in house
        if m.rel.startswith("domain/")
        for name, _line in imports_of(m)
        if name.split(".")[0] not in allowed
        or (
            (name.startswith("kopdesk.") and not under(name, "kopdesk.domain"))
            and not under(name, "kopdesk.errors")
        )
    ]
    assert bad == []


@pytest.mark.parametrize(("layer", "order"), [("services", SERVICE_FEATURES), ("ui", UI_FEATURES)])
def test_features_import_only_the_features_before_them(
    house: list[Module], layer: str, order: tuple[str, ...]
) -> None:
    folders = {p.name for p in (PACKAGE / layer).iterdir() if (p / "__init__.py").exists()}
    assert folders == set(order)
    assert feature_order_breaches(house, layer, order) == []


def test_no_module_is_part_of_an_import_cycle(house: list[Module]) -> None:
    assert cycles(house) == []


def test_no_module_uses_another_modules_private_names(house: list[Module]) -> None:
    assert private_imports(house) == []


def test_no_module_is_too_long_to_read(house: list[Module]) -> None:
    assert long_modules(house) == []


def test_account_codes_and_states_are_written_only_where_they_are_defined(
    house: list[Module],
) -> None:
    assert words_away_from_home(house) == []


def test_every_feature_package_says_what_it_holds() -> None:
    assert undocumented_packages() == []


# --- each rule sees what breaks it -------------------------------------------------------


def sample(tmp_path: Path, files: dict[str, str]) -> list[Module]:
    root = tmp_path / "kopdesk"
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return read(root.rglob("*.py"), root)


def _rel(modules: list[Module], tmp_path: Path) -> list[Module]:
    root = tmp_path / "kopdesk"
    return [Module(PACKAGE / m.path.relative_to(root), m.name, m.tree, m.lines) for m in modules]


def test_the_rules_see_what_breaks_them(tmp_path: Path) -> None:
    modules = _rel(
        sample(
            tmp_path,
            {
                "services/base/x.py": "from kopdesk.services.loans import core\nimport PySide6\n",
                "services/loans/core.py": (
                    "from kopdesk.services.savings import counter\n"
                    "from kopdesk.services.savings.counter import _spendable\n"
                    "if counter._minimum() > 0 and status == 'aktif':\n"
                    "    code = '1101'\n"
                ),
                "services/savings/counter.py": "from kopdesk.services.loans import core\n",
                "reports/y.py": "from kopdesk.models import Member\n",
                "ui/kit/z.py": "import kopdesk.models\n" + "x = 1\n" * (MAX_LINES + 1),
            },
        ),
        tmp_path,
    )
    assert wall_breaches(modules) == [
        "reports/y.py:1 imports kopdesk.models",
        "reports/y.py:1 imports kopdesk.models.Member",
        "services/base/x.py:2 imports PySide6",
        "ui/kit/z.py:1 imports kopdesk.models",
    ]
    assert feature_order_breaches(modules, "services", SERVICE_FEATURES) == [
        "services/base/x.py:1 imports kopdesk.services.loans (a later feature)",
        "services/base/x.py:1 imports kopdesk.services.loans.core (a later feature)",
        "services/savings/counter.py:1 imports kopdesk.services.loans (a later feature)",
        "services/savings/counter.py:1 imports kopdesk.services.loans.core (a later feature)",
    ]
    assert cycles(modules) == [["kopdesk.services.loans.core", "kopdesk.services.savings.counter"]]
    assert private_imports(modules) == [
        "services/loans/core.py:2 imports kopdesk.services.savings.counter._spendable",
        "services/loans/core.py:3 uses kopdesk.services.savings.counter._minimum",
    ]
    assert long_modules(modules) == [f"ui/kit/z.py: {MAX_LINES + 2} lines"]
    assert words_away_from_home(modules) == [
        "services/loans/core.py:3 state 'aktif'",
        "services/loans/core.py:4 account code '1101'",
    ]


def test_an_undocumented_feature_package_is_named(tmp_path: Path) -> None:
    for rel in ("services/base/__init__.py", "ui/kit/__init__.py"):
        path = tmp_path / rel
        path.parent.mkdir(parents=True)
    (tmp_path / "services/base/__init__.py").write_text('"""The shared base."""\n')
    (tmp_path / "ui/kit/__init__.py").write_text("")
    assert undocumented_packages(tmp_path) == ["ui/kit"]
