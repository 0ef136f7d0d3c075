"""Who is at the keyboard: sign-in with lockout, the first Admin of an old book,
and the forced password change of a new user."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from kopdesk.app.auth import sign_in
from kopdesk.domain.permissions import Role
from kopdesk.services.base.users import get_user
from kopdesk.storage.db import Book, open_book
from kopdesk.ui.kit.ops import Ops
from kopdesk.ui.trust.login_dialog import ChangePasswordDialog, FirstAdminDialog, LoginDialog
from tests.conftest import PASSWORD


def _login(qtbot: QtBot, book: Book, username: str, password: str) -> LoginDialog:
    dialog = LoginDialog(book)
    qtbot.addWidget(dialog)
    dialog.username_edit.setText(username)
    dialog.password_edit.setText(password)
    return dialog


def test_right_password_signs_in(qtbot: QtBot, book: Book) -> None:
    dialog = _login(qtbot, book, "  Bendahara ", PASSWORD)
    assert dialog.windowTitle() == "Sign in to kopdesk"
    assert dialog.sign_in()
    assert dialog.result() == LoginDialog.DialogCode.Accepted
    assert dialog.actor is not None
    assert (dialog.actor.username, dialog.actor.role) == ("bendahara", Role.BENDAHARA)


def test_wrong_password_is_explained_in_indonesian(qtbot: QtBot, book: Book) -> None:
    dialog = _login(qtbot, book, "bendahara", "salah-sekali-1")
    assert not dialog.sign_in()
    assert dialog.actor is None
    assert dialog.error_label.text() == ("Nama pengguna atau kata sandi salah. Sisa percobaan: 4.")
    assert not dialog.error_label.isHidden()
    assert dialog.password_edit.text() == ""  # typed again, not kept
    dialog.username_edit.setText("")
    assert not dialog.sign_in()
    assert dialog.error_label.text() == "Type your user name."


def test_five_wrong_passwords_lock_the_user(qtbot: QtBot, book: Book) -> None:
    dialog = _login(qtbot, book, "kasir", "")
    for _ in range(5):
        dialog.password_edit.setText("bukan-sandinya-1")
        assert not dialog.sign_in()
    assert dialog.error_label.text().startswith(
        "Akun dikunci karena terlalu banyak salah kata sandi"
    )
    dialog.password_edit.setText(PASSWORD)  # even the right password waits now
    assert not dialog.sign_in()
    assert "dikunci" in dialog.error_label.text()
    with book.read() as session:
        assert get_user(session, "kasir").locked_until is not None


def test_first_admin_of_a_book_without_users(qtbot: QtBot, book_path: Path) -> None:
    book = open_book(book_path)
    with book.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM app_user")  # as kopdesk 0.1 left it
    dialog = FirstAdminDialog(book)
    qtbot.addWidget(dialog)
    form = dialog.form
    form.username_edit.setText("ketua.koperasi")
    form.full_name_edit.setText("Bapak Harun")
    form.password_edit.setText("harun-2026!")
    form.repeat_edit.setText("harun-2026?")
    assert not dialog.create_admin()
    assert form.errors["password_repeat"].text() == "The two passwords are not the same."
    form.repeat_edit.setText("harun-2026!")
    assert dialog.create_admin()
    assert dialog.actor is not None
    assert dialog.actor.role is Role.ADMIN
    assert sign_in(book, "ketua.koperasi", "harun-2026!").display == "Bapak Harun"
    book.close()


def test_new_user_changes_the_temporary_password(qtbot: QtBot, book: Book) -> None:
    kasir = sign_in(book, "kasir", PASSWORD)
    ops = Ops(book, kasir)
    dialog = ChangePasswordDialog(ops, forced=True)
    qtbot.addWidget(dialog)
    dialog.old_edit.setText("tebakan-salah-1")
    dialog.new_edit.setText("kasir-baru-77")
    dialog.repeat_edit.setText("kasir-baru-77")
    assert not dialog.change()
    assert dialog.errors["old_password"].text() == "Kata sandi lama salah."
    dialog.old_edit.setText(PASSWORD)
    dialog.new_edit.setText("pendek")
    dialog.repeat_edit.setText("pendek")
    assert not dialog.change()
    assert "paling sedikit 8" in dialog.errors["new_password"].text()
    dialog.new_edit.setText("kasir-baru-77")
    dialog.repeat_edit.setText("kasir-baru-77")
    assert dialog.change()
    with book.read() as session:
        assert not get_user(session, "kasir").must_change_password
    assert sign_in(book, "kasir", "kasir-baru-77").username == "kasir"
