"""The window opens with Beranda alone: every other page is built on its first visit,
in its place in the navigation; and the window's modules load no printing, sheet or
migration library."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from kopdesk.domain.permissions import Actor
from kopdesk.storage.db import Book
from kopdesk.ui.main_window import PAGES, MainWindow
from kopdesk.ui.register.members import MembersPage
from kopdesk.ui.trust.settings import SettingsPage


@pytest.fixture
def window(qtbot: QtBot, book: Book, bendahara: Actor) -> MainWindow:
    main = MainWindow(book, bendahara)
    qtbot.addWidget(main)
    return main


def _built(window: MainWindow) -> list[str]:
    return [name for name in PAGES if name in window._built]


def test_only_home_is_built_with_the_window(window: MainWindow) -> None:
    assert _built(window) == ["home"]
    assert window.stack.count() == window.nav.count() == len(PAGES)
    assert window.stack.currentWidget() is window.home


def test_a_page_is_built_on_its_first_visit_in_its_place(window: MainWindow) -> None:
    window.nav.setCurrentRow(PAGES.index("members"))
    assert _built(window) == ["home", "members"]
    page = window.stack.currentWidget()
    assert isinstance(page, MembersPage)
    assert window.members is page
    assert window.stack.count() == len(PAGES)
    window.nav.setCurrentRow(0)
    window.nav.setCurrentRow(PAGES.index("members"))
    assert window.stack.currentWidget() is page  # built once


def test_using_a_page_builds_it_without_changing_what_is_shown(window: MainWindow) -> None:
    settings = window.settings
    assert isinstance(settings, SettingsPage)
    assert window.stack.currentWidget() is window.home
    assert window.stack.indexOf(settings) == PAGES.index("settings")
    window.show_page(settings)
    assert window.nav.currentRow() == PAGES.index("settings")
    assert window.stack.currentWidget() is settings


def test_every_page_sits_at_its_row(window: MainWindow) -> None:
    pages: list[QWidget] = [getattr(window, name) for name in PAGES]
    assert [window.stack.indexOf(page) for page in pages] == list(range(len(PAGES)))
    assert len({id(page) for page in pages}) == len(PAGES)
    assert _built(window) == list(PAGES)


def test_the_window_modules_load_no_printing_sheet_or_migration_library() -> None:
    script = (
        "import sys\n"
        "import kopdesk.ui.app, kopdesk.ui.main_window\n"
        "print(sorted({m.split('.')[0] for m in sys.modules}"
        " & {'reportlab', 'openpyxl', 'alembic'}))\n"
        "print(sorted(m for m in sys.modules if m.startswith('kopdesk.ui.')"
        " and m.split('.')[2] in {'closing', 'loans', 'savings', 'papers', 'register'}))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, env=env
    )
    assert done.stdout.split("\n")[:2] == ["[]", "[]"]


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_painted_says_once_that_the_window_has_painted_itself(
    qtbot: QtBot, window: MainWindow
) -> None:
    started: list[bool] = []
    window.painted.connect(lambda: started.append(window.isVisible()))
    with qtbot.waitSignal(window.painted, timeout=10_000):
        window.show()
    window.update()
    qtbot.wait(50)
    assert started == [True]
