"""The first-run wizard creates the first Admin and the book in one unit of work,
or shows what is wrong beside the field."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from kopdesk.app.auth import sign_in
from kopdesk.demo import DemoSummary, build_demo
from kopdesk.demo.agenda import Progress
from kopdesk.domain.ledger import CoopType
from kopdesk.domain.permissions import Role
from kopdesk.services.base.audit import list_audit
from kopdesk.services.base.users import list_users
from kopdesk.services.ledger.books import get_profile, list_fiscal_years
from kopdesk.storage.db import Book, open_book
from kopdesk.ui.wizard import SetupWizard


def _wizard(qtbot: QtBot, path: Path) -> SetupWizard:
    wizard = SetupWizard(path)
    qtbot.addWidget(wizard)
    wizard.restart()
    return wizard


def _fill(wizard: SetupWizard, *, nik: str = "3404012345678901") -> None:
    wizard.next()
    wizard.name_edit.setText("  Koperasi   Simpan Pinjam Sido Makmur ")
    wizard.type_combo.setCurrentIndex(wizard.type_combo.findData(CoopType.KOPDIT))
    wizard.legal_number_edit.setText("AHU-0001234.AH.01.26.TAHUN 2019")
    wizard.legal_date_edit.setText("12-03-2019")
    wizard.nik_edit.setText(nik)
    wizard.address_edit.setPlainText("Jl. Kaliurang Km 7, Sleman")
    wizard.next()
    wizard.month_combo.setCurrentIndex(6)  # Juli
    wizard.year_spin.setValue(2025)
    wizard.next()
    _fill_admin(wizard)


def _fill_admin(wizard: SetupWizard, *, repeat: str = "sido-makmur-1") -> None:
    form = wizard.admin_form
    form.username_edit.setText("Siti.Admin")
    form.full_name_edit.setText("Siti Rahayu")
    form.password_edit.setText("sido-makmur-1")
    form.repeat_edit.setText(repeat)


def test_finishing_creates_the_admin_and_the_book(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "baru" / "buku.sqlite"
    wizard = _wizard(qtbot, path)
    _fill(wizard)
    assert wizard.currentId() == wizard.admin_id
    assert wizard.validateCurrentPage()
    assert wizard.book is not None
    assert wizard.actor is not None
    assert (wizard.actor.username, wizard.actor.role) == ("siti.admin", Role.ADMIN)
    wizard.book.close()
    book = open_book(path)
    with book.read() as session:
        profile = get_profile(session)
        years = list_fiscal_years(session)
        [user] = list_users(session)
        created_by = [e.username for e in list_audit(session, user.actor())]
    assert sign_in(book, "siti.admin", "sido-makmur-1").user_id == user.id
    book.close()
    assert (user.full_name, user.must_change_password) == ("Siti Rahayu", False)
    assert created_by[-2:] == ["siti.admin", "siti.admin"]  # book.create, user.create
    assert profile.name == "Koperasi Simpan Pinjam Sido Makmur"
    assert profile.coop_type is CoopType.KOPDIT
    assert profile.legal_date == dt.date(2019, 3, 12)
    assert profile.nik_koperasi == "3404012345678901"
    assert profile.fiscal_year_start_month == 7
    assert [(y.year, y.start_date) for y in years] == [(2025, dt.date(2025, 7, 1))]


def _created_book(wizard: SetupWizard) -> Book | None:
    # read through a function so mypy does not keep the earlier "is None" narrowing
    return wizard.book


def test_bad_nik_is_shown_beside_its_field_and_nothing_is_created(
    qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "buku.sqlite"
    wizard = _wizard(qtbot, path)
    _fill(wizard, nik="12345")
    assert not wizard.validateCurrentPage()
    assert wizard.currentId() == wizard.profile_id
    assert "16 angka" in wizard.errors["nik_koperasi"].text()
    assert not wizard.errors["nik_koperasi"].isHidden()
    assert wizard.errors["name"].isHidden()
    assert wizard.book is None
    assert not path.exists()  # bad input writes nothing, not even an empty file
    # fixing the field and finishing again creates the book
    wizard.nik_edit.setText("")
    wizard.next()
    wizard.next()
    assert wizard.currentId() == wizard.admin_id
    assert wizard.validateCurrentPage()
    created = _created_book(wizard)
    assert created is not None
    with created.read() as session:
        assert get_profile(session).nik_koperasi == ""
    created.close()


def test_unreadable_legal_date_is_shown_beside_its_field(qtbot: QtBot, tmp_path: Path) -> None:
    wizard = _wizard(qtbot, tmp_path / "buku.sqlite")
    _fill(wizard)
    wizard.legal_date_edit.setText("31-02-2019")
    assert not wizard.validateCurrentPage()
    assert "tidak ada di kalender" in wizard.errors["legal_date"].text()
    wizard.reject()
    assert wizard.book is None


def test_admin_is_checked_beside_each_field_before_anything_is_written(
    qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "buku.sqlite"
    wizard = _wizard(qtbot, path)
    _fill(wizard)
    form = wizard.admin_form
    form.username_edit.setText("x")
    assert not wizard.validateCurrentPage()
    assert "Nama pengguna 3 sampai 32" in form.errors["username"].text()
    form.username_edit.setText("siti")
    form.password_edit.setText("pendek")
    form.repeat_edit.setText("pendek")
    assert not wizard.validateCurrentPage()
    assert "paling sedikit 8" in form.errors["password"].text()
    assert form.errors["username"].isHidden()
    _fill_admin(wizard, repeat="lain-sama-sekali-9")
    assert not wizard.validateCurrentPage()
    assert not form.errors["password_repeat"].isHidden()
    assert wizard.currentId() == wizard.admin_id
    assert wizard.book is None
    assert not path.exists()


def _small_demo(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The wizard builds a small demo (the full one is tested in tests/demo); returns
    the progress it reported."""
    from kopdesk.ui import wizard as wizard_module

    told: list[str] = []

    def small(session: Session, *, progress: Progress | None = None) -> DemoSummary:
        def tell(done: int, total: int, month: str) -> None:
            told.append(month)
            if progress is not None:
                progress(done, total, month)

        return build_demo(session, today=dt.date(2025, 3, 20), members=40, progress=tell)

    monkeypatch.setattr(wizard_module, "build_demo", small)
    return told


def test_open_the_demo_book_builds_it_beside_the_real_one_and_finishes(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    told = _small_demo(monkeypatch)
    path = tmp_path / "data" / "kopdesk.sqlite"
    wizard = _wizard(qtbot, path)
    assert wizard.demo_button.text() == "Open the demo book"  # Indonesian in the app
    assert "kopdesk-2026" in wizard.currentPage().findChildren(QLabel)[1].text()
    wizard.demo_button.click()
    demo = tmp_path / "data" / "kopdesk-demo.sqlite"
    assert wizard.result() == QDialog.DialogCode.Accepted
    assert wizard.demo_path == demo
    assert (told[0], told[-1]) == ("01/2023", "03/2025")
    assert not path.exists()  # the real book is not made
    book = open_book(demo)
    with book.read() as session:
        assert get_profile(session).name == "KSP Sejahtera Bersama (Contoh)"
        people = {u.username: u.must_change_password for u in list_users(session)}
    book.close()
    assert people == dict.fromkeys(("admin", "ketua", "bendahara", "kasir", "pengawas"), True)


def test_an_existing_demo_book_is_opened_again_not_rebuilt(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    told = _small_demo(monkeypatch)
    path = tmp_path / "kopdesk.sqlite"
    demo = tmp_path / "kopdesk-demo.sqlite"
    demo.write_bytes(b"")  # stands for the book built last time
    wizard = _wizard(qtbot, path)
    wizard.demo_button.click()
    assert (wizard.demo_path, told) == (demo, [])
