"""Long work in a worker thread while a progress dialog keeps the window alive.

The window keeps repainting and the treasurer sees how far kopdesk is (an
import of 10,000 members, a year's ledger). The work reports ``(done, total)``
through the callback it is given; the dialog polls the last report, so the
worker never touches a widget.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

T = TypeVar("T")
Report = Callable[[int, int], None]
"""``report(done, total)``: how far the work is; called from the worker thread."""
PROGRESS_DELAY_MS = 400
"""Work done sooner than this shows no dialog at all."""
POLL_MS = 30


class _Progress:
    """The last ``(done, total)`` reported by the worker (read by the GUI thread)."""

    def __init__(self) -> None:
        self.last: tuple[int, int] | None = None

    def report(self, done: int, total: int) -> None:
        self.last = (done, total)


def run_in_worker(parent: QWidget | None, label: str, work: Callable[[Report], T]) -> T:
    """Run ``work(report)`` in a worker thread; a window-modal dialog shows its progress.

    Exceptions of the work reach the caller.
    """
    progress = _Progress()
    with ThreadPoolExecutor(max_workers=1) as pool:
        future = pool.submit(work, progress.report)
        dialog = QProgressDialog(label, "", 0, 0, parent)
        dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(PROGRESS_DELAY_MS)
        dialog.setMinimumWidth(360)
        loop = QEventLoop()

        def poll() -> None:
            if progress.last is not None:
                done, total = progress.last
                dialog.setMaximum(max(total, 1))
                dialog.setValue(min(done, max(total, 1)))
            if future.done():
                loop.quit()

        timer = QTimer()
        timer.timeout.connect(poll)
        timer.start(POLL_MS)
        if not future.done():
            loop.exec()
        timer.stop()
        dialog.reset()
        dialog.deleteLater()
        return future.result()
