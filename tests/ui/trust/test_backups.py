"""Backups in the windows: the daily backup and quick check after opening (in the
background), the backup on closing, warnings in a banner, the Cadangan tab."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from kopdesk.app import maintenance
from kopdesk.domain.permissions import Actor, Role
from kopdesk.services.base import settings
from kopdesk.services.supervision.checks import CheckReport
from kopdesk.storage import backups as backups_module
from kopdesk.storage.db import Book
from kopdesk.ui.kit.ops import Ops
from kopdesk.ui.main_window import MainWindow
from kopdesk.ui.trust import backups as backups_page
from kopdesk.ui.trust.backups import BackupPanel
from kopdesk.ui.trust.backups_model import BackupsModel, reason_text
from kopdesk.ui.trust.check_report_dialog import CheckReportDialog
from kopdesk.ui.trust.settings import SettingsPage
from tests.conftest import TODAY, PostFn
from tests.ui.helpers import Shown

OpsAs = Any


def _window(qtbot: QtBot, book: Book, actor: Actor) -> MainWindow:
    window = MainWindow(book, actor)
    qtbot.addWidget(window)
    return window


def _reasons(book: Book) -> list[str]:
    return [b.reason for b in maintenance.list_book_backups(book)]


def _set_second_folder(book: Book, admin: Actor, folder: Path) -> None:
    with book.unit_of_work() as session:
        settings.change_text_setting(session, admin, settings.BACKUP_SECOND_FOLDER, str(folder))


def test_start_up_makes_the_daily_backup_and_the_quick_check_in_the_background(
    qtbot: QtBot, book: Book, admin: Actor
) -> None:
    window = _window(qtbot, book, admin)
    window.start_up()
    qtbot.waitUntil(lambda: window.last_check is not None and not window.tasks.busy)
    assert window.last_check is not None
    assert window.last_check.ok
    assert _reasons(book) == ["harian"]
    assert window.statusBar().currentMessage().startswith("Daily backup made: buku-harian-")
    assert not window.notice.text()
    window.start_up()  # the day's backup exists: no second one
    qtbot.waitUntil(lambda: not window.tasks.busy)
    assert _reasons(book) == ["harian"]


def test_missing_second_folder_is_a_dismissible_warning(
    qtbot: QtBot, book: Book, admin: Actor, tmp_path: Path
) -> None:
    _set_second_folder(book, admin, tmp_path / "flashdisk-belum-dipasang")
    window = _window(qtbot, book, admin)
    window.start_up()
    qtbot.waitUntil(lambda: bool(window.notice.text()))
    assert "flashdisk belum dipasang" in window.notice.text()
    assert _reasons(book) == ["harian"]  # the backup itself was made
    window.notice.close_button.click()
    assert not window.notice.text()


def test_closing_the_window_makes_a_backup(qtbot: QtBot, book: Book, admin: Actor) -> None:
    window = _window(qtbot, book, admin)
    window.close()
    assert window.closing_backup is not None
    assert window.closing_backup.info.reason == "tutup"
    assert window.closing_backup.info.verified
    assert _reasons(book) == ["tutup"]
    window.close()  # closing twice makes no second backup
    assert _reasons(book) == ["tutup"]


def _tamper(book: Book) -> None:
    """Raise one line by 1000, and its month's total with it (balances read the month
    totals of revision 0009), so the books no longer add up."""
    with book.engine.begin() as conn:
        conn.exec_driver_sql("DROP TRIGGER trg_journal_line_no_update")
        conn.exec_driver_sql("DROP TRIGGER trg_account_month_total_guard")
        conn.exec_driver_sql(
            "UPDATE journal_line SET amount = amount + 1000 WHERE id = "
            "(SELECT min(id) FROM journal_line)"
        )
        conn.exec_driver_sql(
            "UPDATE account_month_total SET debit = debit + 1000 WHERE account_id = "
            "(SELECT account_id FROM journal_line WHERE id = (SELECT min(id) FROM journal_line))"
        )


def test_failed_quick_check_shows_the_report_and_offers_a_restore(
    qtbot: QtBot,
    book: Book,
    admin: Actor,
    post: PostFn,
    monkeypatch: pytest.MonkeyPatch,
    shown: Shown,
) -> None:
    post("2025-01-05", [("1101", 100_000), ("3201", -100_000)])
    maintenance.backup_now(book, "manual")
    _tamper(book)
    reports: list[CheckReport] = []
    restores: list[bool] = []

    def ask(_cls: type, _ops: Ops, report: CheckReport, _parent: object = None) -> bool:
        reports.append(report)
        return True

    monkeypatch.setattr(CheckReportDialog, "ask", classmethod(ask))
    window = _window(qtbot, book, admin)
    # the pages could not add up the books: said once, and the window still opens
    [damaged] = shown.errors
    assert "does not balance" in damaged.message  # Indonesian once translated
    monkeypatch.setattr(
        window, "restore_from_backup", lambda *, newest=False: restores.append(newest)
    )
    window.start_up()
    qtbot.waitUntil(lambda: bool(reports) and not window.tasks.busy)
    [report] = reports
    assert not report.ok
    failed = [item.name for item in report.items if not item.ok]
    assert "Setiap jurnal seimbang" in failed
    assert restores == [True]


def test_check_report_dialog_shows_restore_only_to_those_allowed(
    qtbot: QtBot, book: Book, ops_as: OpsAs, post: PostFn
) -> None:
    post("2025-01-05", [("1101", 100_000), ("3201", -100_000)])
    _tamper(book)
    report = maintenance.check(book, full=False)
    allowed = CheckReportDialog(ops_as(Role.KETUA), report)
    refused = CheckReportDialog(ops_as(Role.KASIR), report)
    for dialog in (allowed, refused):
        qtbot.addWidget(dialog)
        assert dialog.report_view.model.rowCount() == len(report.items)
    assert not allowed.restore_button.isHidden()
    assert refused.restore_button.isHidden()


def test_backup_now_adds_a_row_for_every_role(
    qtbot: QtBot, ops_as: OpsAs, book: Book, qtmodeltester: Any, shown: Shown
) -> None:
    for role in Role:
        panel = BackupPanel(ops_as(role))
        qtbot.addWidget(panel)
        before = panel.model.rowCount()
        assert panel.backup_button.isEnabled()
        result = panel.back_up_now()
        assert result is not None
        assert panel.model.rowCount() == before + 1
        assert result.info.path in {b.path for b in panel.model.backups()}
    model = panel.model
    qtmodeltester.check(model)
    assert model.index(0, BackupsModel.REASON).data() == reason_text("manual")
    assert model.index(0, BackupsModel.VERIFIED).data() == "✓"
    assert model.index(0, BackupsModel.FOLDER).data() == str(book.path.parent / "cadangan")  # type: ignore[union-attr]
    assert model.index(0, BackupsModel.SIZE).data().count(",") == 1
    assert shown.errors == []


def test_a_backup_changed_since_it_was_made_is_shown_unchecked_after_a_background_look(
    qtbot: QtBot, ops_as: OpsAs, book: Book, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = maintenance.backup_now(book, "manual").info.path
    data = bytearray(made.read_bytes())
    data[-100] ^= 0x01
    made.write_bytes(bytes(data))
    hashed: list[tuple[Path, bool]] = []
    real = backups_module.current_sha256

    def counting(path: Path) -> str:
        hashed.append((path, threading.current_thread() is threading.main_thread()))
        return real(path)

    monkeypatch.setattr(backups_module, "current_sha256", counting)
    ops = ops_as(Role.ADMIN)
    panel = BackupPanel(ops)
    qtbot.addWidget(panel)
    assert panel.model.rowCount() == 1  # listed at once, without reading every backup
    qtbot.waitUntil(lambda: not ops.tasks.busy)
    assert hashed == [(made, False)]  # compared with its note in a worker thread
    assert panel.model.index(0, BackupsModel.VERIFIED).data() == "✗"
    assert "0 of them checked" in panel.count_label.text()


def test_reasons_in_words() -> None:
    assert reason_text("harian") == "Daily (automatic)"  # Indonesian once translated
    assert reason_text("pra-tutup-tahun") == "Before: tutup-tahun"


def test_restore_button_and_settings_by_role(qtbot: QtBot, ops_as: OpsAs) -> None:
    panels = {role: BackupPanel(ops_as(role)) for role in Role}
    for panel in panels.values():
        qtbot.addWidget(panel)
    assert {r for r, p in panels.items() if not p.restore_button.isHidden()} == {
        Role.ADMIN,
        Role.KETUA,
    }
    assert {r for r, p in panels.items() if not p.save_button.isHidden()} == {Role.ADMIN}
    kasir = panels[Role.KASIR]
    assert not any(spin.isEnabled() for spin in kasir.spins.values())
    assert kasir.folder_edit.isReadOnly()


def test_admin_changes_the_backup_settings(
    qtbot: QtBot, ops_as: OpsAs, book: Book, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = BackupPanel(ops_as(Role.ADMIN))
    qtbot.addWidget(panel)
    assert panel.spins[settings.BACKUP_DAILY.key].value() == 7
    monkeypatch.setattr(backups_page, "ask_folder", lambda *_a: tmp_path / "usb")
    panel.choose_folder()
    assert panel.folder_edit.text() == str(tmp_path / "usb")
    assert not panel.folder_error.isHidden()  # not there (yet)
    (tmp_path / "usb").mkdir()  # the flashdisk is plugged in
    panel.check_folder()  # as when the tab is shown again
    assert panel.folder_error.isHidden()
    panel.spins[settings.BACKUP_DAILY.key].setValue(14)
    assert panel.save_settings()
    with book.read() as session:
        assert settings.get_int(session, settings.BACKUP_DAILY) == 14
        assert settings.get_text(session, settings.BACKUP_SECOND_FOLDER) == str(tmp_path / "usb")
    result = panel.back_up_now()
    assert result is not None
    assert result.copied_to is not None
    assert result.copied_to.parent == tmp_path / "usb"
    assert {b.path.parent for b in panel.model.backups()} == {
        tmp_path / "usb",
        book.path.parent / "cadangan",  # type: ignore[union-attr]
    }


def test_open_folder_opens_the_backup_folder(
    qtbot: QtBot, ops: Ops, book: Book, shown: Shown
) -> None:
    panel = BackupPanel(ops)
    qtbot.addWidget(panel)
    panel.open_folder()
    assert shown.opened == [book.path.parent / "cadangan"]  # type: ignore[union-attr]


def test_backups_tab_in_settings_and_no_backup_settings_under_security(
    qtbot: QtBot, ops_as: OpsAs
) -> None:
    page = SettingsPage(ops_as(Role.ADMIN))
    qtbot.addWidget(page)
    assert page.backups is not None
    assert page.tabs.indexOf(page.backups) == page.tabs.count() - 1
    assert page.security is not None
    assert not any(key.startswith("backup.") for key in page.security.spins)


def test_daily_backup_of_another_day_is_no_reason_to_skip(book: Book) -> None:
    maintenance.backup_now(book, "manual")
    assert maintenance.daily_backup_if_due(book, TODAY + dt.timedelta(days=1))
