"""Anggota: the member list (search, filters, sorting, lazy pages), the detail
panel, the actions by role, and the keyboard."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kopdesk.domain.permissions import Actor, Role
from kopdesk.domain.vocabulary import MemberStatus
from kopdesk.services.members.register import MemberInput, OrganKind, assign_organ, register_member
from kopdesk.storage.db import Book
from kopdesk.ui.kit.ops import Ops
from kopdesk.ui.members.member_dialog import MemberDialog
from kopdesk.ui.members.members_model import (
    MemberListModel,
    OrganTermsModel,
    StatusHistoryModel,
)
from kopdesk.ui.register.members import MembersPage
from tests.ui.helpers import Shown
from tests.ui.member_data import import_members, nik

SITI = MemberInput(
    full_name="Siti Aminah",
    nik=nik(1, female=True, born=dt.date(1990, 4, 15)),
    birth_date=None,
    join_date=dt.date(2024, 1, 2),
    phone="0812-3456-7890",
    kelurahan="Sukaluyu",
)
BUDI = MemberInput(
    full_name="Budi Santoso",
    nik=nik(2, born=dt.date(1985, 7, 1)),
    birth_date=None,
    join_date=dt.date(2023, 5, 6),
    phone="0857-1111-2222",
    kelurahan="Cigadung",
)
ANI = MemberInput(
    full_name="Ani Wijaya",
    nik=nik(3, female=True, born=dt.date(1979, 11, 30)),
    birth_date=None,
    join_date=dt.date(2025, 2, 3),
    status=MemberStatus.CALON,
)


@pytest.fixture
def registered(book: Book, bendahara: Actor) -> list[str]:
    """Siti (A-0001), Budi (A-0002), Ani (A-0003, calon)."""
    with book.unit_of_work() as session:
        return [register_member(session, bendahara, m).number for m in (SITI, BUDI, ANI)]


@pytest.fixture
def page(qtbot: QtBot, ops: Ops, registered: list[str]) -> MembersPage:
    widget = MembersPage(ops)
    qtbot.addWidget(widget)
    return widget


def names(page: MembersPage) -> list[str]:
    model = page.model
    return [model.data(model.index(r, MemberListModel.NAME)) for r in range(model.rowCount())]


def test_list_shows_members_formatted(page: MembersPage, qtmodeltester: Any) -> None:
    qtmodeltester.check(page.model)
    model = page.model
    assert names(page) == ["Siti Aminah", "Budi Santoso", "Ani Wijaya"]
    cells = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert cells == [
        "A-0001",
        "Siti Aminah",
        "3273 0155 0490 0001",
        "0812-3456-7890",
        "P",
        "Sukaluyu",
        "02-01-2024",
        "Aktif",
    ]
    assert model.data(model.index(2, MemberListModel.STATUS)) == "Calon anggota"
    assert page.count_label.text() == "3 members"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("siti", ["Siti Aminah"]),
        ("SANTOSO", ["Budi Santoso"]),
        (SITI.nik[6:12], ["Siti Aminah"]),  # digits of the NIK
        ("0857-1111", ["Budi Santoso"]),  # the phone as people write it
        ("A-0003", ["Ani Wijaya"]),
        ("tidak ada", []),
    ],
)
def test_search_as_you_type_narrows_the_list(
    page: MembersPage, qtbot: QtBot, text: str, expected: list[str]
) -> None:
    page.search_edit.setText(text)
    assert page.search_timer.isActive()  # debounced: the query waits for a pause
    assert len(names(page)) == 3
    qtbot.waitUntil(lambda: names(page) == expected, timeout=2000)
    assert page.count_label.text() == f"{len(expected)} members"


def test_status_and_office_filters(page: MembersPage, book: Book, admin: Actor) -> None:
    page.status_combo.setCurrentIndex(page.status_combo.findText("Candidates"))
    assert names(page) == ["Ani Wijaya"]
    page.status_combo.setCurrentIndex(page.status_combo.findText("Active"))
    assert names(page) == ["Siti Aminah", "Budi Santoso"]
    page.status_combo.setCurrentIndex(0)
    with book.unit_of_work() as session:
        assign_organ(session, admin, "A-0002", OrganKind.KETUA, term_start=dt.date(2024, 1, 1))
        assign_organ(session, admin, "A-0001", OrganKind.PENGAWAS, term_start=dt.date(2024, 1, 1))
    page.organ_combo.setCurrentIndex(1)  # pengurus: ketua counts
    assert names(page) == ["Budi Santoso"]
    page.organ_combo.setCurrentIndex(2)
    assert names(page) == ["Siti Aminah"]


def test_header_clicks_sort_on_the_server(page: MembersPage) -> None:
    page.sort_by(MemberListModel.NAME)
    assert names(page) == ["Ani Wijaya", "Budi Santoso", "Siti Aminah"]
    page.sort_by(MemberListModel.NAME)
    assert names(page) == ["Siti Aminah", "Budi Santoso", "Ani Wijaya"]
    page.sort_by(MemberListModel.JOIN_DATE)
    assert names(page) == ["Budi Santoso", "Siti Aminah", "Ani Wijaya"]
    page.sort_by(MemberListModel.NIK)  # not a sort column: nothing changes
    assert names(page) == ["Budi Santoso", "Siti Aminah", "Ani Wijaya"]
    header = page.view.horizontalHeader()
    assert header.sortIndicatorSection() == MemberListModel.JOIN_DATE


def test_detail_shows_the_selected_member(page: MembersPage, qtmodeltester: Any) -> None:
    assert page.detail.member is None
    assert not page.detail.edit_button.isEnabled()
    page.select_row(0)
    detail = page.detail
    assert detail.member is not None
    assert detail.member.number == "A-0001"
    assert detail.title.text() == "Siti Aminah  ·  A-0001"
    assert detail.fields["nik"].text() == "3273 0155 0490 0001"
    assert detail.fields["phone"].text() == "0812-3456-7890"
    assert detail.fields["born"].text() == "15-04-1990"
    assert detail.fields["address"].text() == "Kel. Sukaluyu"
    assert detail.history_model.cell(0, 2) == "Pendaftaran"
    assert isinstance(detail.history_model, StatusHistoryModel)
    assert isinstance(detail.terms_model, OrganTermsModel)
    qtmodeltester.check(detail.history_model)
    qtmodeltester.check(detail.terms_model)
    assert detail.edit_button.isEnabled()
    assert detail.status_button.isEnabled()


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_the_list_fetches_pages_lazily(
    qtbot: QtBot, ops: Ops, book: Book, bendahara: Actor, tmp_path: Path, qtmodeltester: Any
) -> None:
    result = import_members(book, bendahara, 3000, tmp_path)
    assert result.count == 3000
    fetched: list[int] = []
    page = MembersPage(ops)
    qtbot.addWidget(page)
    original = page.model._rows._fetch
    page.model._rows._fetch = lambda ids: fetched.append(len(ids)) or original(ids)  # type: ignore[func-returns-value]
    page.refresh()
    model = page.model
    assert model.rowCount() == 3000
    assert model.fetched_pages() == 0
    assert model.data(model.index(0, MemberListModel.NUMBER)) == "A-0001"
    assert model.data(model.index(2999, MemberListModel.NUMBER)) == "A-3000"
    assert fetched == [200, 200]  # the first and the last page only
    page.resize(1000, 700)
    page.show()
    page.view.scrollToBottom()
    qtbot.waitUntil(lambda: model.fetched_pages() >= 2)
    assert model.fetched_pages() <= 3
    qtmodeltester.check(model)


def test_roles_see_only_what_they_may_do(qtbot: QtBot, ops_as: Any, registered: list[str]) -> None:
    pengawas = MembersPage(ops_as(Role.PENGAWAS))
    qtbot.addWidget(pengawas)
    assert pengawas.add_button.isHidden()
    assert pengawas.import_button.isHidden()
    assert not pengawas.export_button.isHidden()
    assert not pengawas.register_button.isHidden()
    assert pengawas.detail.edit_button.isHidden()
    assert pengawas.detail.status_button.isHidden()
    assert pengawas.detail.organ_button.isHidden()
    assert not pengawas.detail.profile_button.isHidden()
    ketua = MembersPage(ops_as(Role.KETUA))
    qtbot.addWidget(ketua)
    assert ketua.add_button.isHidden()
    assert not ketua.detail.organ_button.isHidden()
    kasir = MembersPage(ops_as(Role.KASIR))
    qtbot.addWidget(kasir)
    assert not kasir.add_button.isHidden()
    assert kasir.detail.organ_button.isHidden()


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_keyboard(page: MembersPage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[object] = []

    def ask(_cls: type, _ops: Ops, _parent: object = None, *, member: object = None) -> None:
        opened.append(member)

    monkeypatch.setattr(MemberDialog, "ask", classmethod(ask))
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    page.view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.view)
    qtbot.keyClick(page.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search_edit.hasFocus()
    qtbot.keyClicks(page.search_edit, "budi")
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)  # search now, go to the first match
    assert names(page) == ["Budi Santoso"]
    assert page.view.hasFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert page.detail.member is not None
    assert opened == [page.detail.member]
    qtbot.keyClick(page.view, Qt.Key.Key_Insert)
    qtbot.keyClick(page.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert opened[1:] == [None, None]


def test_export_and_register_print(page: MembersPage, shown: Shown, tmp_path: Path) -> None:
    page.search_edit.setText("siti")
    page.refresh()
    shown.save_to = tmp_path / "anggota.csv"
    page.export("csv")
    text = shown.save_to.read_text(encoding="utf-8-sig")
    assert "Siti Aminah" in text
    assert "Budi Santoso" not in text  # the list as shown
    shown.save_to = tmp_path / "anggota.xlsx"
    page.export("xlsx")
    assert shown.save_to.read_bytes().startswith(b"PK")
    shown.save_to = tmp_path / "buku-daftar-anggota.pdf"
    page.print_register()
    assert shown.save_to.read_bytes().startswith(b"%PDF")
    page.select_row(0)
    shown.save_to = tmp_path / "profil.pdf"
    page.detail.print_profile()
    assert shown.save_to.read_bytes().startswith(b"%PDF")
    shown.save_to = tmp_path / "kartu.pdf"
    page.detail.print_cards()
    assert shown.save_to.read_bytes().startswith(b"%PDF")
    assert shown.errors == []


def test_member_detail_offers_the_exit_settlement_to_the_bendahara(
    qtbot: QtBot, ops_as: Any, book: Book, bendahara: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kopdesk.domain.permissions import Role
    from kopdesk.services.members.register import MemberInput, register_member
    from kopdesk.ui.register.member_detail import MemberDetail

    with book.unit_of_work() as s:
        number = register_member(
            s, bendahara, MemberInput("Siti Aminah", "3273015504900002", None, dt.date(2024, 1, 2))
        ).number
    asked: list[str] = []
    monkeypatch.setattr(
        "kopdesk.ui.register.member_detail.MemberExitDialog.ask",
        lambda _ops, member, _parent=None: asked.append(member),
    )
    detail = MemberDetail(ops_as(Role.BENDAHARA))
    qtbot.addWidget(detail)
    detail.show_member(number)
    assert detail.exit_button.isEnabled()
    detail.settle_exit()
    assert asked == [number]
    kasir = MemberDetail(ops_as(Role.KASIR))
    qtbot.addWidget(kasir)
    assert kasir.exit_button.isHidden()
