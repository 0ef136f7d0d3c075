"""The member dialogs: add, edit with a message beside the field, status change,
offices, and the Excel import's dry run and all-or-nothing import."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from kopdesk.domain.changes import Changes
from kopdesk.domain.permissions import Actor, Role
from kopdesk.domain.vocabulary import MemberStatus
from kopdesk.services.members.register import (
    MemberInfo,
    MemberInput,
    OrganKind,
    count_members,
    get_member,
    organ_terms,
    register_member,
    status_history,
)
from kopdesk.storage.db import Book
from kopdesk.ui.imports.members_dialog import ImportDialog
from kopdesk.ui.kit.ops import Ops
from kopdesk.ui.members.member_dialog import MemberDialog
from kopdesk.ui.members.member_status_dialog import AssignOrganDialog, EndOrganDialog, StatusDialog
from kopdesk.ui.register.members import MembersPage
from tests.ui.helpers import Shown
from tests.ui.member_data import HEADERS, nik, row, write_workbook

MEMBERS = Changes(members=True)
SITI_NIK = nik(1, female=True, born=dt.date(1990, 4, 15))


@pytest.fixture
def siti(book: Book, bendahara: Actor) -> MemberInfo:
    with book.unit_of_work() as session:
        return register_member(
            session,
            bendahara,
            MemberInput(
                full_name="Siti Aminah",
                nik=SITI_NIK,
                birth_date=None,
                join_date=dt.date(2024, 1, 2),
                phone="081234567890",
            ),
        )


def test_add_a_member_through_the_dialog(qtbot: QtBot, ops: Ops) -> None:
    dialog = MemberDialog(ops)
    qtbot.addWidget(dialog)
    assert dialog.edits["number"].placeholderText() == "automatic"
    dialog.edits["full_name"].setText("Budi Santoso")
    dialog.edits["nik"].setText(nik(2, born=dt.date(1985, 7, 1)))
    # the NIK fills the birth date and tells the sex before anything is saved
    assert dialog.birth_date.value() == dt.date(1985, 7, 1)
    assert dialog.nik_hint.text() == "From the NIK: born 01-07-1985, male"
    assert dialog.sex_combo.itemText(0) == "As in the NIK (L)"
    dialog.edits["phone"].setText("0857 1111 2222")
    dialog.edits["kelurahan"].setText("Cigadung")
    dialog.edits["heir_name"].setText("Rina")
    dialog.edits["heir_relation"].setText("Istri")
    dialog.join_date.set_value(dt.date(2024, 3, 1))
    assert dialog.save()
    assert dialog.saved is not None
    assert dialog.saved.number == "A-0001"
    with ops.book.read() as session:
        saved = get_member(session, "A-0001")
    assert (saved.full_name, saved.sex, saved.phone) == ("Budi Santoso", "L", "+6285711112222")
    assert saved.birth_date == dt.date(1985, 7, 1)
    assert saved.heir_relation == "Istri"


def test_the_new_member_appears_selected_in_the_list(
    qtbot: QtBot, ops: Ops, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = MembersPage(ops)
    qtbot.addWidget(page)

    def ask(_cls: type, ops: Ops, parent: object = None, *, member: object = None) -> MemberInfo:
        with ops.book.unit_of_work() as session:
            info = register_member(
                session,
                ops.actor,
                MemberInput("Ani Wijaya", nik(3, female=True), None, dt.date(2024, 1, 1)),
            )
        ops.changes_applied.emit(MEMBERS)
        return info

    monkeypatch.setattr(MemberDialog, "ask", classmethod(ask))
    page.add_member()
    assert page.model.rowCount() == 1
    assert page.detail.member is not None
    assert page.detail.member.full_name == "Ani Wijaya"


def test_edit_shows_the_error_beside_the_field_then_saves(
    qtbot: QtBot, ops: Ops, siti: MemberInfo, snapshot: Any
) -> None:
    dialog = MemberDialog(ops, member=siti)
    qtbot.addWidget(dialog)
    assert dialog.edits["number"].text() == "A-0001"
    assert dialog.edits["number"].isReadOnly()
    assert dialog.birth_date.value() == dt.date(1990, 4, 15)
    before = snapshot()
    dialog.edits["postal_code"].setText("4012")
    assert not dialog.save()
    assert dialog.errors["postal_code"].text() == "Kode pos harus 5 angka."
    assert not dialog.errors["postal_code"].isHidden()
    assert dialog.errors["nik"].isHidden()
    dialog.edits["nik"].setText("3273015504")
    dialog.edits["phone"].setText("0812")
    assert not dialog.save()
    # the identity numbers are checked too, so each bad field says so at once
    assert dialog.errors["nik"].text() == "NIK harus 16 angka; yang diketik 10 angka."
    assert "tidak lengkap" in dialog.errors["phone"].text()
    assert dialog.errors["postal_code"].text() == "Kode pos harus 5 angka."
    assert snapshot() == before  # nothing written
    dialog.edits["nik"].setText(SITI_NIK)
    dialog.edits["phone"].setText("0812-3456-7890")
    dialog.edits["postal_code"].setText("40123")
    dialog.edits["address"].setText("Jl. Cempaka No. 12")
    assert dialog.save()
    assert dialog.errors["nik"].isHidden()
    with ops.book.read() as session:
        saved = get_member(session, "A-0001")
    assert (saved.postal_code, saved.address) == ("40123", "Jl. Cempaka No. 12")


def test_a_field_is_checked_when_leaving_it(qtbot: QtBot, ops: Ops) -> None:
    dialog = MemberDialog(ops)
    qtbot.addWidget(dialog)
    dialog.edits["phone"].setText("12345")
    dialog.edits["phone"].editingFinished.emit()
    assert "harus diawali 08" in dialog.errors["phone"].text()
    dialog.edits["phone"].setText("0812-3456-7890")
    dialog.edits["phone"].editingFinished.emit()
    assert dialog.errors["phone"].isHidden()


def test_a_duplicate_nik_is_shown_beside_the_nik(
    qtbot: QtBot, ops: Ops, siti: MemberInfo, shown: Shown
) -> None:
    dialog = MemberDialog(ops)
    qtbot.addWidget(dialog)
    dialog.edits["full_name"].setText("Siti Lain")
    dialog.edits["nik"].setText(SITI_NIK)
    dialog.join_date.set_value(dt.date(2024, 1, 2))
    assert not dialog.save()
    assert "sudah terdaftar atas nama Siti Aminah" in dialog.errors["nik"].text()
    assert shown.errors == []


def test_warnings_are_shown_before_saving(qtbot: QtBot, ops: Ops, shown: Shown) -> None:
    dialog = MemberDialog(ops)
    qtbot.addWidget(dialog)
    dialog.edits["full_name"].setText("Siti Aminah")
    dialog.edits["nik"].setText(SITI_NIK)
    dialog.join_date.set_value(dt.date(2024, 1, 2))
    dialog.sex_combo.setCurrentIndex(dialog.sex_combo.findData("L"))
    assert "tidak cocok dengan NIK" in dialog.warning_label.text()
    assert not dialog.warning_label.isHidden()
    shown.answer = False
    assert not dialog.save()
    assert "tidak cocok dengan NIK" in shown.questions[0]
    with ops.book.read() as session:
        assert count_members(session) == 0
    shown.answer = True
    assert dialog.save()
    assert dialog.saved is not None
    assert dialog.saved.sex == "L"


def test_status_change_is_recorded_in_the_history(qtbot: QtBot, ops: Ops, siti: MemberInfo) -> None:
    page = MembersPage(ops)
    qtbot.addWidget(page)
    page.select_row(0)
    dialog = StatusDialog(ops, siti)
    qtbot.addWidget(dialog)
    offered = [dialog.status_combo.itemData(i) for i in range(dialog.status_combo.count())]
    assert offered == [MemberStatus.KELUAR, MemberStatus.MENINGGAL, MemberStatus.DIBERHENTIKAN]
    dialog.date_edit.set_value(dt.date(2025, 3, 3))
    assert not dialog.save()  # no reason
    assert dialog.errors["reason"].text() == "Alasan perubahan status wajib diisi."
    dialog.reason_edit.setText("Surat pengunduran diri 1 Maret")
    dialog.date_edit.set_value(dt.date(2023, 1, 1))
    assert not dialog.save()
    assert "sebelum perubahan status terakhir" in dialog.errors["date"].text()
    dialog.date_edit.set_value(dt.date(2025, 3, 3))
    assert dialog.save()
    with ops.book.read() as session:
        history = status_history(session, "A-0001")
    assert [(e.status, e.date, e.reason) for e in history][-1] == (
        MemberStatus.KELUAR,
        dt.date(2025, 3, 3),
        "Surat pengunduran diri 1 Maret",
    )
    # the open page followed: the detail shows the new status and history row
    assert page.detail.member is not None
    assert page.detail.member.status is MemberStatus.KELUAR
    assert page.detail.history_model.rowCount() == 2
    assert page.detail.history_model.cell(1, 1) == "Keluar"
    assert page.detail.status_button.isEnabled()  # keluar -> aktif (re-joining) remains


def test_offices_assigned_and_ended(qtbot: QtBot, ops_as: Any, siti: MemberInfo) -> None:
    ops = ops_as(Role.KETUA)
    assign = AssignOrganDialog(ops, siti)
    qtbot.addWidget(assign)
    assign.role_combo.setCurrentIndex(assign.role_combo.findData(OrganKind.BENDAHARA))
    assign.start_edit.set_value(dt.date(2024, 6, 1))
    assign.end_check.setChecked(True)
    assign.end_edit.set_value(dt.date(2024, 5, 1))
    assert not assign.save()
    assert "sebelum awalnya" in assign.errors["term_end"].text()
    assign.end_check.setChecked(False)
    assert assign.save()
    assert assign.term is not None
    end = EndOrganDialog(ops, [assign.term])
    qtbot.addWidget(end)
    assert end.term_combo.itemText(0) == "Bendahara since 01-06-2024"
    end.end_edit.set_value(dt.date(2025, 5, 31))
    assert end.save()
    with ops.book.read() as session:
        terms = organ_terms(session)
    assert [(t.role, t.term_end) for t in terms] == [(OrganKind.BENDAHARA, dt.date(2025, 5, 31))]


def bad_rows() -> list[list[object]]:
    rows = [row(n) for n in range(1, 6)]
    rows[1][2] = "3273015504"  # row 3: short NIK
    rows[3][1] = ""  # row 5: no name
    rows[4][2] = rows[0][2]  # row 6: same NIK as row 2
    rows[4][9] = "31-02-2024"  # (its join date is bad too; the NIK duplicate is not reached)
    return rows


def test_dry_run_lists_every_problem_and_blocks_the_import(
    qtbot: QtBot, ops: Ops, tmp_path: Path, qtmodeltester: Any, snapshot: Any
) -> None:
    path = write_workbook(tmp_path / "anggota.xlsx", bad_rows())
    dialog = ImportDialog(ops)
    qtbot.addWidget(dialog)
    assert not dialog.check_button.isEnabled()
    assert dialog.load_file(path)
    qtmodeltester.check(dialog.mapping_model)
    mapping = dialog.mapping_model.mapping
    assert mapping["full_name"] == "Nama Lengkap"
    assert mapping["nik"] == "NIK"
    assert "npwp" not in mapping
    before = snapshot()
    plan = dialog.check()
    assert plan is not None
    model = dialog.problems_model
    qtmodeltester.check(model)
    found = [
        tuple(model.data(model.index(r, c)) for c in range(3)) for r in range(model.rowCount())
    ]
    assert [(r, c) for r, c, _ in found] == [
        ("3", "NIK"),
        ("5", "Nama Lengkap"),
        ("6", "Tanggal Masuk"),
    ]
    assert "16 angka" in found[0][2]
    assert not dialog.import_button.isEnabled()
    assert "3 problems must be fixed" in dialog.summary.text()
    assert dialog.import_members() is None
    assert snapshot() == before


def test_mapping_change_needs_a_new_check(qtbot: QtBot, ops: Ops, tmp_path: Path) -> None:
    headers = ["Nomor", "Nama", "No KTP", *HEADERS[3:]]
    path = write_workbook(tmp_path / "a.xlsx", [row(1), row(2)], headers)
    dialog = ImportDialog(ops)
    qtbot.addWidget(dialog)
    dialog.load_file(path)
    model = dialog.mapping_model
    assert "number" not in model.mapping  # "Nomor" is not a known spelling
    assert model.mapping["nik"] == "No KTP"
    dialog.check()
    assert dialog.import_button.isEnabled()
    assert dialog.import_button.text() == "Import 2 members"
    number_row = model.fields.index("number")
    assert model.setData(model.index(number_row, model.COLUMN), "Nomor")
    assert dialog.plan is None
    assert not dialog.import_button.isEnabled()
    assert model.data(model.index(number_row, model.EXAMPLE)) == ""
    nik_row = model.fields.index("nik")
    assert model.setData(model.index(nik_row, model.COLUMN), "")
    plan = dialog.check()
    assert plan is not None
    assert plan.errors[0].column == "NIK"
    assert "Kolom wajib" in plan.errors[0].message


def test_importing_a_good_workbook(qtbot: QtBot, ops: Ops, tmp_path: Path, shown: Shown) -> None:
    path = write_workbook(tmp_path / "anggota.xlsx", [row(n) for n in range(1, 251)])
    page = MembersPage(ops)
    qtbot.addWidget(page)
    dialog = ImportDialog(ops)
    qtbot.addWidget(dialog)
    dialog.load_file(path)
    plan = dialog.check()
    assert plan is not None
    assert plan.ok
    assert dialog.problems_model.rowCount() == 0
    assert dialog.import_button.isEnabled()
    assert dialog.import_button.text() == "Import 250 members"
    result = dialog.import_members()
    assert result is not None
    assert (result.count, result.first_number, result.last_number) == (250, "A-0001", "A-0250")
    assert shown.infos == ["250 members imported: numbers A-0001 to A-0250."]
    assert page.model.rowCount() == 250  # the list followed
    with ops.book.read() as session:
        assert status_history(session, "A-0100")[0].reason == "Impor dari anggota.xlsx"


def test_template_download(qtbot: QtBot, ops: Ops, tmp_path: Path, shown: Shown) -> None:
    dialog = ImportDialog(ops)
    qtbot.addWidget(dialog)
    shown.save_to = tmp_path / "template.xlsx"
    dialog.save_template()
    assert shown.save_to.read_bytes().startswith(b"PK")
    assert dialog.load_file(shown.save_to)
    assert dialog.mapping_model.mapping["full_name"] == "Nama Lengkap"


def test_the_dry_run_and_the_import_run_off_the_window_thread(
    qtbot: QtBot, ops: Ops, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kopdesk.services.imports import members as services
    from kopdesk.ui.imports import members_dialog as module

    threads: list[int] = []
    real_plan, real_commit = services.plan_import, services.commit_import

    def plan(*args: Any, **kwargs: Any) -> Any:
        threads.append(threading.get_ident())
        return real_plan(*args, **kwargs)

    def commit(*args: Any, **kwargs: Any) -> Any:
        threads.append(threading.get_ident())
        return real_commit(*args, **kwargs)

    monkeypatch.setattr(module, "plan_import", plan)
    monkeypatch.setattr(module, "commit_import", commit)
    dialog = ImportDialog(ops)
    qtbot.addWidget(dialog)
    dialog.load_file(write_workbook(tmp_path / "a.xlsx", [row(n) for n in range(1, 4)]))
    dialog.check()
    assert dialog.import_members() is not None
    assert len(threads) == 2
    assert threading.get_ident() not in threads
