"""The first-run wizard creates the book, or shows what is wrong beside the field."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pytestqt.qtbot import QtBot

from kopdesk.db import Book, open_book
from kopdesk.domain.ledger import CoopType
from kopdesk.services.books import get_profile, list_fiscal_years
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


def test_finishing_creates_the_book(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "baru" / "buku.sqlite"
    wizard = _wizard(qtbot, path)
    _fill(wizard)
    assert wizard.currentId() == wizard.year_id
    assert wizard.validateCurrentPage()
    assert wizard.book is not None
    wizard.book.close()
    book = open_book(path)
    with book.read() as session:
        profile = get_profile(session)
        years = list_fiscal_years(session)
    book.close()
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
