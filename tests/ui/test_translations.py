"""Every window string has its Indonesian translation, the compiled .qm files are
current, and the application comes up in Indonesian."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QApplication

import kopdesk.ui
from kopdesk.ui.app import setup_application
from kopdesk.ui.i18n import QT_TRANSLATION_NAME, TRANSLATION_NAME, translations_dir
from kopdesk.ui.ledger.reports_model import TrialBalanceModel

UI_DIR = Path(kopdesk.ui.__file__).parent
REPO_TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
LRELEASE = Path(sys.executable).parent / "pyside6-lrelease"

Message = tuple[str, str]
"""(context, English source)."""


class _Collector(ast.NodeVisitor):
    """``self.tr("...")`` (context: the enclosing class) and
    ``translate("Context", "...")`` calls with literal strings."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.classes: list[str] = []
        self.found: list[Message] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        name = getattr(node.func, "attr", getattr(node.func, "id", ""))
        args = node.args
        if name == "tr" and args:
            assert self.classes, f"{self.path}:{node.lineno}: tr() outside a class"
            self.found.append((self.classes[-1], self._literal(args[0], node)))
        elif name == "translate" and len(args) >= 2:
            self.found.append((self._literal(args[0], node), self._literal(args[1], node)))
        self.generic_visit(node)

    def _literal(self, arg: ast.expr, node: ast.Call) -> str:
        assert isinstance(arg, ast.Constant), (
            f"{self.path}:{node.lineno}: translate a string literal, not an expression"
        )
        assert isinstance(arg.value, str)
        return arg.value


def source_messages() -> set[Message]:
    found: set[Message] = set()
    for path in sorted(UI_DIR.rglob("*.py")):
        collector = _Collector(path)
        collector.visit(ast.parse(path.read_text(encoding="utf-8"), str(path)))
        found.update(collector.found)
    return found


def ts_messages(path: Path) -> Iterator[tuple[str, str, ET.Element]]:
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            yield name, message.findtext("source") or "", translation


def test_every_window_string_has_a_finished_indonesian_translation() -> None:
    sources = source_messages()
    assert len(sources) > 100  # the collector does find the strings
    finished = {
        (context, source)
        for context, source, translation in ts_messages(REPO_TRANSLATIONS / "kopdesk_id.ts")
        if translation.get("type") is None and (translation.text or "").strip()
    }
    missing = sorted(sources - finished)
    assert missing == [], (
        "untranslated: run sh tools/i18n/update.sh, then translate what stays unfinished "
        "in Qt Linguist (pyside6-linguist resources/translations/kopdesk_id.ts)"
    )


def test_placeholders_survive_translation() -> None:
    for _context, source, translation in ts_messages(REPO_TRANSLATIONS / "kopdesk_id.ts"):
        for placeholder in ("{path}", "{number}", "{count}", "{date}", "{amount}", "{text}"):
            assert (placeholder in source) == (placeholder in (translation.text or "")), source


def _translations(qm: Path, ts: Path) -> dict[Message, str]:
    translator = QTranslator()
    assert translator.load(str(qm))
    return {
        (context, source): translator.translate(context, source) or ""
        for context, source, _translation in ts_messages(ts)
    }


@pytest.mark.parametrize("name", [TRANSLATION_NAME, QT_TRANSLATION_NAME])
def test_committed_qm_is_up_to_date(name: str, tmp_path: Path) -> None:
    ts = REPO_TRANSLATIONS / f"{name}.ts"
    committed = REPO_TRANSLATIONS / f"{name}.qm"
    fresh = tmp_path / f"{name}.qm"
    lrelease = str(LRELEASE) if LRELEASE.exists() else shutil.which("pyside6-lrelease")
    assert lrelease is not None, "pyside6-lrelease is part of PySide6"
    subprocess.run([lrelease, "-silent", str(ts), "-qm", str(fresh)], check=True)
    if fresh.read_bytes() != committed.read_bytes():
        # lrelease output need not be byte-identical; the translations must be
        assert _translations(fresh, ts) == _translations(committed, ts)


def test_application_comes_up_in_indonesian(qapp: QApplication) -> None:
    assert (
        translations_dir() == REPO_TRANSLATIONS
        or (translations_dir() / f"{TRANSLATION_NAME}.qm").is_file()
    )
    translators = setup_application(qapp)
    try:
        assert QCoreApplication.translate("MainWindow", "Cash & Journal") == "Kas & Jurnal"
        assert QCoreApplication.translate("QWizard", "&Finish") == "&Selesai"
        model = TrialBalanceModel()  # self.tr() in a model finds its context at runtime
        assert [model.headerData(i, Qt.Orientation.Horizontal) for i in range(4)] == [
            "Kode",
            "Nama Akun",
            "Debit",
            "Kredit",
        ]
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
    assert QCoreApplication.translate("MainWindow", "Cash & Journal") == "Cash & Journal"
