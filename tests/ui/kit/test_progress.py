"""Long papers are made in a worker thread while the window keeps working."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from kopdesk.errors import StorageError
from kopdesk.ui.kit.printing import run_with_progress


def test_work_runs_off_the_gui_thread_and_the_event_loop_keeps_running(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(20)
    gui_thread = threading.get_ident()

    def work() -> int:
        time.sleep(0.5)
        return threading.get_ident()

    worker_thread = run_with_progress(parent, "Menyiapkan...", work)
    timer.stop()
    assert worker_thread != gui_thread
    assert len(ticks) >= 5  # the window repainted and handled events meanwhile


def test_errors_of_the_work_reach_the_caller(qtbot: QtBot) -> None:
    def work() -> bytes:
        raise StorageError("Disk penuh.")

    with pytest.raises(StorageError, match="Disk penuh"):
        run_with_progress(None, "Menyiapkan...", work)
