"""The Laporan page's Dinas box and the Buku administrasi tab with its registers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from pytestqt.qtbot import QtBot

from kopdesk.domain.health import Scheme
from kopdesk.domain.permissions import Actor, Role
from kopdesk.errors import ValidationError
from kopdesk.services.dinas import registers
from kopdesk.services.dinas.books import ADMIN_BOOKS, REGISTERS
from kopdesk.services.health import schemes
from kopdesk.services.members import register as members
from kopdesk.services.members.register import MemberInput, OrganKind
from kopdesk.storage.db import Book
from kopdesk.ui.kit.ops import Ops
from kopdesk.ui.papers.admin_books import AdminBooksPage
from kopdesk.ui.papers.dinas_box import DinasBox
from kopdesk.ui.papers.register_forms import OfficerForm
from kopdesk.ui.papers.registers import RegisterDialog
from kopdesk.ui.papers.reports import ReportsPage
from tests.ui.helpers import Shown


def test_the_laporan_page_has_the_dinas_box_and_the_books_tab(qtbot: QtBot, ops: Ops) -> None:
    page = ReportsPage(ops)
    qtbot.addWidget(page)
    assert page.tabs.count() == 2
    assert page.tabs.widget(1) is page.admin_books
    assert page.findChild(DinasBox) is not None


def test_the_dinas_file_is_saved_as_a_workbook(
    qtbot: QtBot, ops: Ops, shown: Shown, tmp_path: Path
) -> None:
    box = DinasBox(ops)
    qtbot.addWidget(box)
    assert box.year.currentData() == 2025
    shown.save_to = tmp_path / "dinas.xlsx"
    assert box.save() == shown.save_to
    assert shown.opened == [shown.save_to]
    sheet = openpyxl.load_workbook(shown.save_to)["Data Tahunan"]
    values = {r[0]: r[2] for r in sheet.iter_rows(min_row=2, values_only=True)}
    assert values["tahun_buku"] == 2025
    with ops.book.read() as s:
        expected = schemes.assess(s, Scheme.KKPKK, 2025).predicate
    assert expected is not None
    assert values["predikat_kesehatan"] == expected.value


def test_another_file_name_is_refused(qtbot: QtBot, ops: Ops, shown: Shown, tmp_path: Path) -> None:
    box = DinasBox(ops)
    qtbot.addWidget(box)
    shown.save_to = tmp_path / "dinas.pdf"
    assert box.save() is None
    assert isinstance(shown.errors[0], ValidationError)
    assert not shown.save_to.exists()


def test_every_book_is_listed_and_those_kept_can_be_opened(qtbot: QtBot, ops: Ops) -> None:
    page = AdminBooksPage(ops)
    qtbot.addWidget(page)
    kept = {b.key for b in ADMIN_BOOKS if b.target is not None}
    assert set(page.buttons) == kept
    assert set(REGISTERS) <= kept


def test_a_register_is_kept_from_its_window(
    qtbot: QtBot, ops_as: Callable[[Role], Ops], book: Book, shown: Shown
) -> None:
    dialog = RegisterDialog(ops_as(Role.KETUA), "karyawan")
    qtbot.addWidget(dialog)
    assert dialog.add_button.isEnabled()
    assert dialog.board_note.isHidden()
    form = OfficerForm("karyawan", parent=dialog)
    form.name.setText("Hasan Basri")
    form.position.setText("Manajer")
    form.start.set_value(dt.date(2024, 1, 1))
    assert dialog.save(form, None)
    assert dialog.model.rowCount() == 1
    assert dialog.model.data(dialog.model.index(0, 0), 0) == "Hasan Basri"
    # bad input: refused with its message, nothing written
    form.nik.setText("123")
    assert not dialog.save(form, None)
    assert isinstance(shown.errors[-1], ValidationError)
    with book.read() as s:
        assert len(registers.list_officers(s)) == 1


@pytest.mark.parametrize("key", ["pengurus", "pengawas"])
def test_the_board_registers_show_the_members_offices_read_only(
    qtbot: QtBot, ops_as: Callable[[Role], Ops], book: Book, actors: dict[Role, Actor], key: str
) -> None:
    """The board is kept in Anggota → Jabatan: the register lists it, says where it is
    recorded, offers no Add or Edit, and its button leads to Anggota."""
    with book.unit_of_work() as s:
        ani = members.register_member(
            s, actors[Role.BENDAHARA],
            MemberInput("Ani Suryani", "3273015504900002", None, dt.date(2024, 1, 1)),
        ).number  # fmt: skip
        office = OrganKind.BENDAHARA if key == "pengurus" else OrganKind.PENGAWAS
        members.assign_organ(s, actors[Role.KETUA], ani, office, term_start=dt.date(2024, 2, 1))
    dialog = RegisterDialog(ops_as(Role.KETUA), key)
    qtbot.addWidget(dialog)
    row = [dialog.model.data(dialog.model.index(0, c), 0) for c in range(7)]
    assert row == [ani, "Ani Suryani", office.label, "P", "3273015504900002", "01-02-2024",
                   "serving"]  # fmt: skip
    assert not dialog.board_note.isHidden()
    assert "Offices" in dialog.board_note.text()
    for button in (dialog.add_button, dialog.edit_button):
        assert button.isHidden()
        assert not button.isEnabled()
    assert dialog.print_button.isEnabled()
    dialog.add()  # a stray shortcut opens no form
    dialog.members_button.click()
    assert dialog.follow == "members"


def test_the_books_page_follows_the_register_to_anggota(
    qtbot: QtBot, ops: Ops, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = AdminBooksPage(ops)
    qtbot.addWidget(page)
    went: list[str] = []

    class Window:
        go = staticmethod(went.append)

    monkeypatch.setattr(page, "window", Window)

    def register_dialog(key: str) -> RegisterDialog:
        dialog = RegisterDialog(ops, key, page)
        monkeypatch.setattr(dialog, "exec", dialog.open_members)
        return dialog

    monkeypatch.setattr(page, "register_dialog", register_dialog)
    page.buttons["pengurus"].click()
    assert went == ["members"]


@pytest.mark.parametrize("role", [Role.PENGAWAS, Role.KASIR, Role.BENDAHARA])
def test_who_may_not_record_sees_the_register_read_only(
    qtbot: QtBot, ops_as: Callable[[Role], Ops], role: Role
) -> None:
    dialog = RegisterDialog(ops_as(role), "notulen")
    qtbot.addWidget(dialog)
    assert not dialog.add_button.isEnabled()
    assert not dialog.attach_button.isEnabled()
    assert dialog.print_button.isEnabled()


def test_models_pass_the_model_tester(qtbot: QtBot, ops: Ops, qtmodeltester: object) -> None:
    for key in REGISTERS:
        dialog = RegisterDialog(ops, key)
        qtbot.addWidget(dialog)
        qtmodeltester.check(dialog.model)  # type: ignore[attr-defined]


def test_minutes_take_a_file_and_give_it_back(
    qtbot: QtBot,
    ops_as: Callable[[Role], Ops],
    shown: Shown,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from kopdesk.ui.kit import printing
    from kopdesk.ui.papers.register_forms import MeetingForm

    dialog = RegisterDialog(ops_as(Role.KETUA), "notulen")
    qtbot.addWidget(dialog)
    form = MeetingForm(parent=dialog)
    form.title.setText("Rapat pengurus Maret")
    assert dialog.save(form, None)
    dialog.view.selectRow(0)
    scan = tmp_path / "notulen.pdf"
    scan.write_bytes(b"%PDF-1.4 notulen")
    hostile = tmp_path / "notulen.exe"
    hostile.write_bytes(b"MZ")
    for given in (hostile, scan):
        monkeypatch.setattr(printing, "ask_open_path", lambda *_a, g=given: g)
        dialog.attach()
    assert "ditolak" in shown.errors[0].message  # one line, the file's kind
    assert dialog.model.data(dialog.model.index(0, 3), 0) == "notulen.pdf"
    dialog.view.selectRow(0)
    shown.save_to = tmp_path / "salinan.pdf"
    assert dialog.save_files() == [shown.save_to]
    assert shown.save_to.read_bytes() == b"%PDF-1.4 notulen"
