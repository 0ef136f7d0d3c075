"""Pengaturan by role: the Admin manages users and settings; others see their own part."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from kopdesk.app.auth import sign_in
from kopdesk.domain.permissions import Role
from kopdesk.services.base import settings
from kopdesk.services.base.users import get_user, list_users
from kopdesk.ui.kit.ops import Ops
from kopdesk.ui.ledger.accounts import AccountsPanel
from kopdesk.ui.ledger.journal import JournalPanel
from kopdesk.ui.trust.settings import SettingsPage
from kopdesk.ui.trust.users_dialog import NewUserDialog
from kopdesk.ui.trust.users_model import UsersModel
from tests.ui.helpers import Shown

OpsAs = Callable[[Role], Ops]


def _page(qtbot: QtBot, ops: Ops) -> SettingsPage:
    page = SettingsPage(ops)
    qtbot.addWidget(page)
    return page


def test_admin_adds_a_user_who_must_change_the_password(
    qtbot: QtBot, ops_as: OpsAs, monkeypatch: pytest.MonkeyPatch
) -> None:
    ops = ops_as(Role.ADMIN)
    page = _page(qtbot, ops)
    panel = page.users
    assert panel is not None
    assert page.tabs.count() == 7  # profile, users, security, savings, loans, closing, backups
    assert panel.model.rowCount() == 5

    def fill(_cls: type, ops_: Ops, _parent: object = None) -> object:
        dialog = NewUserDialog(ops_)
        qtbot.addWidget(dialog)
        dialog.form.username_edit.setText("Dewi.Kasir")
        dialog.form.full_name_edit.setText("Dewi Lestari")
        dialog.role_combo.setCurrentIndex(dialog.role_combo.findData(Role.KASIR))
        dialog.form.password_edit.setText("sementara-1")
        dialog.form.repeat_edit.setText("sementara-1")
        assert dialog.add_user()
        return dialog.created

    monkeypatch.setattr(NewUserDialog, "ask", classmethod(fill))
    created = panel.add_user()
    assert created is not None
    assert panel.model.rowCount() == 6
    selected = panel.selected()
    assert selected is not None
    assert (selected.username, selected.role) == ("dewi.kasir", Role.KASIR)
    row = panel.model.row_of("dewi.kasir")
    status = panel.model.index(row, UsersModel.STATUS).data()
    assert status == "Active, must change password"
    assert sign_in(ops.book, "dewi.kasir", "sementara-1").role is Role.KASIR


def test_new_user_dialog_shows_a_taken_name_beside_the_field(qtbot: QtBot, ops_as: OpsAs) -> None:
    dialog = NewUserDialog(ops_as(Role.ADMIN))
    qtbot.addWidget(dialog)
    dialog.form.username_edit.setText("kasir")
    dialog.form.password_edit.setText("sementara-1")
    dialog.form.repeat_edit.setText("sementara-1")
    assert not dialog.add_user()
    assert dialog.form.errors["username"].text() == "Nama pengguna kasir sudah dipakai."


def test_admin_deactivates_and_reactivates_a_user(
    qtbot: QtBot, ops_as: OpsAs, shown: Shown
) -> None:
    ops = ops_as(Role.ADMIN)
    page = _page(qtbot, ops)
    panel = page.users
    assert panel is not None
    panel.select("admin")
    assert not panel.deactivate_button.isEnabled()  # not oneself
    panel.select("kasir")
    assert panel.set_active(False) is not None
    assert shown.questions == ["Deactivate kasir? They can no longer sign in."]
    row = panel.model.row_of("kasir")
    assert panel.model.index(row, UsersModel.STATUS).data() == "Deactivated"
    assert panel.reactivate_button.isEnabled()
    assert panel.set_active(True) is not None
    with ops.book.read() as session:
        assert get_user(session, "kasir").active


def test_admin_changes_a_security_setting(qtbot: QtBot, ops_as: OpsAs) -> None:
    ops = ops_as(Role.ADMIN)
    page = _page(qtbot, ops)
    security = page.security
    assert security is not None
    security.spins[settings.REVERSAL_APPROVAL_DAYS.key].setValue(60)
    assert security.save()
    with ops.book.read() as session:
        assert settings.get_int(session, settings.REVERSAL_APPROVAL_DAYS) == 60


@pytest.mark.parametrize("role", [Role.KASIR, Role.PENGAWAS, Role.BENDAHARA])
def test_others_see_no_user_management(qtbot: QtBot, ops_as: OpsAs, role: Role) -> None:
    page = _page(qtbot, ops_as(role))
    assert page.users is None
    assert page.security is None
    assert [page.tabs.widget(i) for i in range(page.tabs.count())] == [
        page.profile,
        page.savings,
        page.loans,
        page.closing,
        page.backups,
    ]
    assert not page.password_button.isHidden()  # everyone changes their own password
    assert page.profile.name_edit.isReadOnly()
    assert page.profile.save_button.isHidden()


def test_ketua_edits_the_profile(qtbot: QtBot, ops_as: OpsAs) -> None:
    ops = ops_as(Role.KETUA)
    page = _page(qtbot, ops)
    profile = page.profile
    assert not profile.name_edit.isReadOnly()
    profile.nik_edit.setText("123")
    assert profile.save() is None
    assert "16 angka" in profile.errors["nik_koperasi"].text()
    profile.nik_edit.setText("")
    profile.name_edit.setText("KSP Sejahtera Bersama Mandiri")
    saved = profile.save()
    assert saved is not None
    assert saved.name == "KSP Sejahtera Bersama Mandiri"


def test_pengawas_sees_the_books_read_only(qtbot: QtBot, ops_as: OpsAs) -> None:
    ops = ops_as(Role.PENGAWAS)
    journal = JournalPanel(ops)
    accounts = AccountsPanel(ops)
    qtbot.addWidget(journal)
    qtbot.addWidget(accounts)
    assert journal.new_button.isHidden()
    assert journal.reverse_button.isHidden()
    assert accounts.add_button.isHidden()
    assert accounts.rename_button.isHidden()


def test_kasir_posts_but_does_not_reverse(qtbot: QtBot, ops_as: OpsAs) -> None:
    journal = JournalPanel(ops_as(Role.KASIR))
    qtbot.addWidget(journal)
    assert not journal.new_button.isHidden()
    assert journal.reverse_button.isHidden()


def test_users_model(qtmodeltester: Any, ops: Ops) -> None:
    model = UsersModel()
    with ops.book.read() as session:
        model.set_users(list_users(session))
    qtmodeltester.check(model)
    assert [model.index(r, UsersModel.USERNAME).data() for r in range(model.rowCount())] == [
        "admin",
        "bendahara",
        "kasir",
        "ketua",
        "pengawas",
    ]
