"""Co-signing in place: another person signs one decision without switching user."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from kopdesk.domain.permissions import Actor, Permission, Role
from kopdesk.ui.kit.cosign import CoSignDialog
from kopdesk.ui.kit.ops import Ops
from tests.conftest import PASSWORD


def dialog(qtbot: QtBot, ops: Ops) -> CoSignDialog:
    made = CoSignDialog(ops, "Setujui pinjaman PJ-2025-0001", Permission.LOANS_APPROVE)
    qtbot.addWidget(made)
    return made


def sign(made: CoSignDialog, username: str, password: str = PASSWORD) -> bool:
    made.username_edit.setText(username)
    made.password_edit.setText(password)
    return made.co_sign()


def test_the_ketua_co_signs_and_the_window_keeps_its_user(
    qtbot: QtBot, ops: Ops, actors: dict[Role, Actor]
) -> None:
    made = dialog(qtbot, ops)
    assert sign(made, "ketua")
    assert made.actor == actors[Role.KETUA]
    assert ops.actor == actors[Role.BENDAHARA]


def test_the_user_at_the_window_a_kasir_or_a_wrong_password_cannot_co_sign(
    qtbot: QtBot, ops: Ops
) -> None:
    made = dialog(qtbot, ops)
    assert not sign(made, "bendahara")
    assert "Another person must sign" in made.error_label.text()
    assert not sign(made, "kasir")
    assert "may not decide this" in made.error_label.text()
    assert not sign(made, "ketua", "bukan-sandinya-1")
    assert "salah" in made.error_label.text()
    assert made.password_edit.text() == ""
    assert made.actor is None
