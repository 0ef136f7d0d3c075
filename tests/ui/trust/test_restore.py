"""The restore wizard: a damaged or foreign file is refused with the reason; a
restore approved by a second user brings the book back to the backup's content."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QWizard
from pytestqt.qtbot import QtBot

from kopdesk.app import maintenance
from kopdesk.app.auth import request_approval, sign_in
from kopdesk.domain.permissions import Actor, Permission, Role
from kopdesk.errors import ApprovalRequiredError
from kopdesk.services.base.audit import AuditFilter, list_audit
from kopdesk.services.ledger.journal import entry_ids, entry_summaries
from kopdesk.storage.db import Book, open_book
from kopdesk.ui import app as app_module
from kopdesk.ui.kit.approval import ApprovalDialog
from kopdesk.ui.kit.ops import Ops
from kopdesk.ui.main_window import MainWindow
from kopdesk.ui.trust.login_dialog import LoginDialog
from kopdesk.ui.trust.restore_dialog import RestoreWizard
from tests.conftest import PASSWORD, PostFn, make_book
from tests.ui.helpers import Shown

OpsAs = Any


def _wizard(qtbot: QtBot, ops: Ops, *, newest_verified: bool = False) -> RestoreWizard:
    wizard = RestoreWizard(ops, newest_verified=newest_verified)
    qtbot.addWidget(wizard)
    wizard.restart()
    return wizard


def test_damaged_file_is_refused_with_the_reason(
    qtbot: QtBot, ops_as: OpsAs, tmp_path: Path, book: Book
) -> None:
    good = maintenance.backup_now(book, "manual").info.path
    damaged = tmp_path / "rusak.sqlite"
    damaged.write_bytes(good.read_bytes()[:6000])  # a copy cut off halfway
    wizard = _wizard(qtbot, ops_as(Role.KETUA))
    wizard.choose_page.use_file(damaged)
    assert wizard.choose_page.isComplete()
    wizard.next()
    page = wizard.check_page
    assert wizard.currentPage() is page
    assert wizard.info is None
    assert not page.isComplete()
    assert "rusak.sqlite rusak atau bukan buku kopdesk" in page.verdict.text()
    not_sqlite = tmp_path / "foto.sqlite"
    not_sqlite.write_bytes(b"\x89PNG\r\n" + b"0" * 200)
    wizard.back()
    wizard.choose_page.use_file(not_sqlite)
    wizard.next()
    assert "foto.sqlite bukan cadangan buku kopdesk" in page.verdict.text()
    assert not page.isComplete()


def test_another_cooperatives_backup_is_refused(
    qtbot: QtBot, ops_as: OpsAs, tmp_path: Path
) -> None:
    other = tmp_path / "lain" / "buku-lain.sqlite"
    other.parent.mkdir()
    make_book(other)
    wizard = _wizard(qtbot, ops_as(Role.KETUA))
    wizard.choose_page.use_file(other)
    wizard.next()
    assert wizard.info is None
    assert "Cadangan buku-lain.sqlite berasal dari buku koperasi lain" in (
        wizard.check_page.verdict.text()
    )


def test_a_backup_changed_since_it_was_made_is_refused_with_the_reason(
    qtbot: QtBot, ops_as: OpsAs, book: Book, post: PostFn
) -> None:
    post("2025-01-05", [("1101", 100_000), ("3201", -100_000)], memo="Setoran Bu Ani")
    made = maintenance.backup_now(book, "manual").info.path
    made.write_bytes(made.read_bytes().replace(b"Setoran Bu Ani", b"Setoran Bu Ana"))
    wizard = _wizard(qtbot, ops_as(Role.KETUA))
    wizard.choose_page.use_file(made)
    wizard.next()
    assert wizard.info is None
    assert not wizard.check_page.isComplete()
    assert "telah berubah sejak dibuat" in wizard.check_page.verdict.text()
    assert wizard.check_page.checked_value.text() == "Failed"


def test_newest_checked_backup_is_chosen_and_its_check_shown(
    qtbot: QtBot, ops_as: OpsAs, book: Book
) -> None:
    maintenance.backup_now(book, "harian")
    newest = maintenance.backup_now(book, "manual").info
    wizard = _wizard(qtbot, ops_as(Role.ADMIN), newest_verified=True)
    assert wizard.chosen in {b.path for b in maintenance.list_book_backups(book)}
    wizard.choose_page.select_row(
        [b.path for b in wizard.choose_page.model.backups()].index(newest.path)
    )
    assert wizard.chosen == newest.path
    wizard.next()
    info = wizard.info
    assert info is not None
    assert info.verified
    assert wizard.check_page.isComplete()
    assert wizard.check_page.made_value.text() == newest.made_at.strftime("%d-%m-%Y %H.%M")
    assert wizard.check_page.reason_value.text() == "Made by hand"
    assert "the SHA-256 noted when it was made" in wizard.check_page.checked_value.text()
    wizard.next()
    confirm = wizard.confirm_page
    assert wizard.currentPage() is confirm
    assert not confirm.isComplete()  # the explicit confirmation is needed
    assert newest.made_at.strftime("%d-%m-%Y %H.%M") in confirm.warning.text()
    confirm.confirm_check.setChecked(True)
    assert confirm.isComplete()


def _approve_as(monkeypatch: pytest.MonkeyPatch, approver: str) -> list[str]:
    asked: list[str] = []

    def ask(
        _cls: type, ops: Ops, error: ApprovalRequiredError, what: str, _parent: object = None
    ) -> int | None:
        asked.append(what)
        return request_approval(
            ops.book, ops.actor, approver, PASSWORD, Permission(error.permission)
        )

    monkeypatch.setattr(ApprovalDialog, "ask", classmethod(ask))
    return asked


def _entry_numbers(path: Path) -> list[str]:
    reopened = open_book(path)
    try:
        with reopened.read() as session:
            return sorted(e.number for e in entry_summaries(session, entry_ids(session)))
    finally:
        reopened.close()


def test_restore_with_a_second_users_approval_brings_the_backup_back(
    qtbot: QtBot,
    book: Book,
    book_path: Path,
    actors: dict[Role, Actor],
    post: PostFn,
    monkeypatch: pytest.MonkeyPatch,
    shown: Shown,
) -> None:
    post("2025-01-05", [("1101", 100_000), ("3201", -100_000)])
    backup = maintenance.backup_now(book, "manual").info
    post("2025-01-06", [("1101", 250_000), ("3201", -250_000)], memo="setelah cadangan")
    assert len(_entry_numbers(book_path)) == 2
    asked = _approve_as(monkeypatch, "bendahara")
    ops = Ops(book, actors[Role.KETUA])
    restored: list[object] = []
    ops.book_restored.connect(restored.append)
    wizard = _wizard(qtbot, ops, newest_verified=True)
    assert wizard.chosen == backup.path
    wizard.next()
    wizard.next()
    wizard.confirm_page.confirm_check.setChecked(True)
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.isEnabled()
    finish.click()
    assert shown.errors == []
    assert len(asked) == 1
    assert backup.path.name in asked[0]
    assert wizard.safety is not None
    assert restored == [wizard.safety]
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert _entry_numbers(book_path) == ["JU-2025-000001"]
    reasons = {b.reason for b in maintenance.list_book_backups(open_book(book_path))}
    assert "pra-pulih" in reasons
    assert _entry_numbers(wizard.safety) == ["JU-2025-000001", "JU-2025-000002"]
    reopened = open_book(book_path)
    try:
        with reopened.read() as session:
            actions = [
                a.action
                for a in list_audit(session, actors[Role.ADMIN], AuditFilter(action="backup"))
            ]
        assert "backup.restored" in actions
    finally:
        reopened.close()


def test_without_approval_nothing_is_restored(
    qtbot: QtBot, book: Book, book_path: Path, ops_as: OpsAs, post: PostFn, shown: Shown
) -> None:
    maintenance.backup_now(book, "manual")
    post("2025-01-06", [("1101", 250_000), ("3201", -250_000)])
    wizard = _wizard(qtbot, ops_as(Role.ADMIN), newest_verified=True)
    wizard.next()
    wizard.next()
    wizard.confirm_page.confirm_check.setChecked(True)
    assert wizard.restore() is None  # the (replaced) approval dialog declines
    assert len(shown.approvals) == 1
    assert wizard.safety is None
    assert _entry_numbers(book_path) == ["JU-2025-000001"]
    with book.read() as session:  # the book stays open and usable
        assert len(entry_ids(session)) == 1


def test_after_a_restore_the_app_asks_to_sign_in_again(
    qapp: QApplication, book_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    sign_ins: list[Book] = []

    def ask(_cls: type, book: Book, _parent: object = None) -> Actor | None:
        sign_ins.append(book)
        return sign_in(book, "admin", PASSWORD) if len(sign_ins) == 1 else None

    monkeypatch.setattr(LoginDialog, "ask", classmethod(ask))
    windows: list[MainWindow] = []
    # the lambda is needed: a bare list.append would not receive the window as self
    monkeypatch.setattr(MainWindow, "show", lambda self: windows.append(self))  # noqa: PLW0108
    monkeypatch.setattr(MainWindow, "start_up", lambda _self: None)

    def exec_(_self: QApplication) -> int:
        window = windows[-1]
        window.ops.book_restored.emit(book_path.with_name("aman.sqlite"))
        assert window.restored
        return 0

    monkeypatch.setattr(QApplication, "exec", exec_)
    assert app_module.run_gui(book_path) == 0
    assert len(sign_ins) == 2  # signed in, restored, asked again (then cancelled)
    assert windows[0].closing_backup is None  # the replaced book gets no closing backup
