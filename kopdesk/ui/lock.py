"""Idle lock: after some minutes without keyboard or mouse the window hides the
books behind a screen that asks the signed-in user's password again."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kopdesk.errors import KopdeskError
from kopdesk.ui.kit.ops import Ops
from kopdesk.ui.kit.widgets import ErrorLabel, bold, password_edit
from kopdesk.ui.trust.login_dialog import sign_in_to_book

CARD_WIDTH = 460
_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class IdleWatcher(QObject):
    """Emits :attr:`idle` once ``timeout_ms`` pass without keyboard or mouse input
    anywhere in the application; any input starts the count again."""

    idle = Signal()

    def __init__(self, timeout_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(timeout_ms)
        self.timer.timeout.connect(self.idle)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS and self.timer.isActive():
            self.timer.start()
        return False


class LockScreen(QWidget):
    """Covers the books until the same user types their password.

    Wrong passwords go through ``kopdesk.app.auth.sign_in``, so they count toward
    the user's lockout like any sign-in.
    """

    unlocked = Signal()
    quit_requested = Signal()
    switch_requested = Signal()
    """Another user wants to sign in here (Ganti pengguna)."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.setAutoFillBackground(True)
        self.setStyleSheet("LockScreen { background: #eef2f5; }")
        title = QLabel(self.tr("kopdesk is locked"))
        font = bold(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        title.setFont(font)
        self.note = note = QLabel()
        note.setWordWrap(True)
        self._show_user()
        self.password_edit = password_edit(self.tr("Password"))
        self.password_edit.returnPressed.connect(self.unlock)
        self.error_label = ErrorLabel()
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.unlock)
        self.quit_button = QPushButton(self.tr("Close kopdesk"))
        self.quit_button.clicked.connect(self.quit_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.quit_button)
        self.switch_button = QPushButton(self.tr("Switch user…"))
        self.switch_button.clicked.connect(self.switch_requested)
        buttons.addWidget(self.switch_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        card = QFrame()
        card.setObjectName("lockCard")
        card.setStyleSheet(
            "#lockCard { background: white; border: 1px solid #c8d1d9; border-radius: 6px; }"
        )
        card.setFixedWidth(CARD_WIDTH)
        column = QVBoxLayout(card)
        column.setContentsMargins(24, 20, 24, 20)
        column.setSpacing(10)
        column.addWidget(title)
        column.addWidget(note)
        column.addWidget(self.password_edit)
        column.addWidget(self.error_label)
        column.addLayout(buttons)
        # a word-wrapped label in a fixed-width card needs its height told up front
        note.setMinimumHeight(note.heightForWidth(CARD_WIDTH - 48))
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)

    def _show_user(self) -> None:
        self.note.setText(
            self.tr(
                "The window was locked to protect the books. {user} ({role}), type your "
                "password to continue."
            ).format(user=self.ops.actor.display, role=self.ops.actor.role.label)
        )

    def reset(self) -> None:
        self._show_user()
        self.password_edit.clear()
        self.error_label.show_message("")
        self.password_edit.setFocus()

    def unlock(self) -> bool:
        """Check the password of the signed-in user; emit :attr:`unlocked` when right."""
        try:
            actor = sign_in_to_book(
                self.ops.book, self.ops.actor.username, self.password_edit.text()
            )
        except KopdeskError as exc:
            self.password_edit.clear()
            self.error_label.show_message(exc.message)
            return False
        if actor.user_id != self.ops.actor.user_id:  # same name, another user: refuse
            return False
        self.unlocked.emit()
        return True
