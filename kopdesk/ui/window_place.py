"""Where the main window opens: as the person left it, else a size that fits the screen.

A 1366×768 laptop has about 1366×728 for windows once the taskbar is taken, less
than the 1200×760 window plus its title bar: there the window opens maximised.
Size, position and the maximised state are kept in the user's ``kopdesk.ini``
(``QSettings``, ini format in the user's settings folder) when the window closes.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QMargins, QPoint, QRect, QSettings, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

DEFAULT_SIZE = QSize(1200, 760)
"""The window's inside (without the frame) on a screen with room for it."""
FRAME = QMargins(8, 32, 8, 8)
"""Room kept for the frame and title bar that the window system adds around the
window (Windows 10/11 at 100 %: 8 px borders, a 31 px title bar)."""
GEOMETRY_KEY = "window/geometry"


def window_settings() -> QSettings:
    """The user's own kopdesk settings (not the book's): ``kopdesk.ini``."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "kopdesk", "kopdesk")


def default_placement(available: QRect) -> tuple[QRect, bool]:
    """The window's inside rectangle on a screen whose free area is ``available``, and
    whether to maximise: centred at :data:`DEFAULT_SIZE` when that fits with its frame,
    else maximised (the rectangle then fits inside ``available`` frame and all, for
    when the person restores it from maximised)."""
    frame = QSize(FRAME.left() + FRAME.right(), FRAME.top() + FRAME.bottom())
    fits = (
        DEFAULT_SIZE.width() + frame.width() <= available.width()
        and DEFAULT_SIZE.height() + frame.height() <= available.height()
    )
    size = DEFAULT_SIZE if fits else DEFAULT_SIZE.boundedTo(available.size() - frame)
    framed = QRect(QPoint(0, 0), size + frame)
    framed.moveCenter(available.center())
    return framed.marginsRemoved(FRAME), not fits


def place(
    window: QWidget, settings: QSettings | None = None, available: QRect | None = None
) -> None:
    """Give ``window`` the geometry it had when it last closed (restoreGeometry keeps it
    on a screen that is still there), else :func:`default_placement` on its screen's
    free area (``available`` overrides it). Call before showing the window."""
    settings = settings if settings is not None else window_settings()
    saved = settings.value(GEOMETRY_KEY)
    if isinstance(saved, QByteArray) and not saved.isEmpty() and window.restoreGeometry(saved):
        return
    if available is None:
        screen = window.screen() or QGuiApplication.primaryScreen()
        available = screen.availableGeometry()
    inside, maximised = default_placement(available)
    window.setGeometry(inside)
    if maximised:
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)


def remember(window: QWidget, settings: QSettings | None = None) -> None:
    """Keep ``window``'s size, position and maximised state for :func:`place`."""
    settings = settings if settings is not None else window_settings()
    settings.setValue(GEOMETRY_KEY, window.saveGeometry())
    settings.sync()
