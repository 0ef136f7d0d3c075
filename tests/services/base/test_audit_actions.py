"""Every audit action a service records has an Indonesian label and a category
(issue 17, defect 6). The codes are read from the source: each ``audit.record``
call's action, a constant, a variable set from constants, a parameter filled by
its callers, or an f-string over one of the enumerations below."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

from kopdesk.domain.vocabulary import LoanEventKind, SavingsTxKind
from kopdesk.services.base.audit_actions import (
    ACTION_LABELS,
    CATEGORIES,
    action_label,
    category_of,
)

PACKAGE = Path(__file__).resolve().parents[3] / "kopdesk"
AUDIT_MODULE_NAMES = {"audit", "audit_log"}
F_STRINGS: dict[str, tuple[str, ...]] = {
    "savings.{kind}": tuple(SavingsTxKind),
    "loan.{kind}": tuple(LoanEventKind),
    "{purpose}.failed": ("login", "approval"),
    "{purpose}.ok": ("login", "approval"),
    "rat.{...}": ("rapb", "text"),
}
"""The values each f-string action takes (a new f-string must be taught here)."""


def _modules() -> Iterator[tuple[Path, ast.Module]]:
    for path in sorted(PACKAGE.rglob("*.py")):
        if "migrations" not in path.parts:
            yield path, ast.parse(path.read_text(encoding="utf-8"))


def _is_audit_record(node: ast.Call) -> bool:
    f = node.func
    return (
        isinstance(f, ast.Attribute)
        and f.attr == "record"
        and isinstance(f.value, ast.Name)
        and f.value.id in AUDIT_MODULE_NAMES
    )


def _constants(node: ast.expr) -> list[str]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.IfExp):
        return _constants(node.body) + _constants(node.orelse)
    return []


def _f_string(node: ast.JoinedStr) -> list[str]:
    shape = "".join(
        str(part.value) if isinstance(part, ast.Constant) else "{" + _hole(part) + "}"
        for part in node.values
    )
    assert shape in F_STRINGS, f"teach F_STRINGS the values of the audit action f'{shape}'"
    return [
        shape.replace("{" + shape.split("{")[1].split("}")[0] + "}", v) for v in F_STRINGS[shape]
    ]


def _hole(part: ast.expr) -> str:
    assert isinstance(part, ast.FormattedValue)
    return part.value.id if isinstance(part.value, ast.Name) else "..."


class _Finder:
    """Resolves the action argument of each audit call to the codes it can be."""

    def __init__(self) -> None:
        self.modules = list(_modules())
        self.functions: dict[str, list[ast.FunctionDef]] = {}
        self.calls: list[ast.Call] = []
        self.owner: dict[int, ast.FunctionDef] = {}
        for _path, tree in self.modules:
            for node in ast.walk(tree):
                if isinstance(node, ast.FunctionDef):
                    self.functions.setdefault(node.name, []).append(node)
                    for inner in ast.walk(node):  # the innermost function wins: walked last
                        if isinstance(inner, ast.Call):
                            self.owner[id(inner)] = node
                if isinstance(node, ast.Call):
                    self.calls.append(node)

    def codes(self) -> set[str]:
        found: set[str] = set()
        for _path, tree in self.modules:
            for fn in (n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)):
                for call in (n for n in ast.walk(fn) if isinstance(n, ast.Call)):
                    if _is_audit_record(call):
                        action = call.args[2] if len(call.args) > 2 else None
                        assert action is not None, ast.unparse(call)
                        found |= set(self.resolve(action, fn, depth=0))
        return found

    def resolve(self, node: ast.expr, fn: ast.FunctionDef, depth: int) -> list[str]:
        if isinstance(node, ast.JoinedStr):
            return _f_string(node)
        if consts := _constants(node):
            return consts
        assert isinstance(node, ast.Name), ast.unparse(node)
        assert depth < 5, ast.unparse(node)
        assigned = [
            c
            for a in ast.walk(fn)
            if isinstance(a, ast.Assign)
            and any(isinstance(t, ast.Name) and t.id == node.id for t in a.targets)
            for c in _constants(a.value)
        ]
        if assigned:
            return assigned
        return self.from_callers(fn, node.id, depth)

    def from_callers(self, fn: ast.FunctionDef, param: str, depth: int) -> list[str]:
        names = [a.arg for a in fn.args.args]
        position = names.index(param) if param in names else None
        codes: list[str] = []
        for call in self.calls:
            f = call.func
            name = f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", None)
            if name != fn.name:
                continue
            passed = [k.value for k in call.keywords if k.arg == param]
            if position is not None and len(call.args) > position:
                passed.append(call.args[position])
            for value in passed:
                caller = self.enclosing(call)
                codes += self.resolve(value, caller, depth + 1) if caller else _constants(value)
        assert codes, f"no caller gives {fn.name}({param}=...) a constant"
        return codes

    def enclosing(self, call: ast.Call) -> ast.FunctionDef | None:
        return self.owner.get(id(call))


def test_every_action_a_service_records_has_a_label_and_a_category() -> None:
    codes = _Finder().codes()
    # the scan sees the actions of every feature, the f-strings' included
    assert {"loan.apply", "savings.setor", "member.register", "journal.post", "login.failed",
            "user.activate", "savings.import_payroll", "backup.restored"} <= codes  # fmt: skip
    assert sorted(codes - set(ACTION_LABELS)) == []
    assert [c for c in sorted(codes) if category_of(c) is None] == []


def test_labels_are_words_and_every_label_has_a_category() -> None:
    assert action_label("loan.apply") == "Pinjaman diajukan"
    assert action_label("savings.setor") == "Setoran simpanan"
    assert action_label("member.register") == "Anggota didaftarkan"
    assert action_label("xyz.unknown") == "xyz.unknown"
    for code, label in ACTION_LABELS.items():
        assert "." not in label, code
        assert label[0].isupper(), code
        assert category_of(code) is not None, code
    assert {"Simpanan", "Pinjaman", "Anggota"} <= {c.label for c in CATEGORIES}
    assert len(set(ACTION_LABELS.values())) == len(ACTION_LABELS)
