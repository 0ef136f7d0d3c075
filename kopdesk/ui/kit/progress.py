"""Long work in a worker thread while a progress dialog keeps the window alive.

The window keeps repainting and the treasurer sees how far kopdesk is (an
import of 10,000 members, a year's ledger). The work reports ``(done, total)``
through the callback it is given; the dialog polls the last report, so the
worker never touches a widget.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import wait as wait_for
from typing import Any, TypeVar, cast

import shiboken6
from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

from kopdesk.errors import KopdeskError

T = TypeVar("T")
Report = Callable[[int, int], None]
"""``report(done, total)``: how far the work is; called from the worker thread."""
PROGRESS_DELAY_MS = 400
"""Work done sooner than this shows no dialog at all."""
POLL_MS = 30


class _GarbageHold:
    """No automatic garbage collection while workers run.

    Python's collector runs in whichever thread happens to allocate. Run in a
    worker, it may free a cycle holding a Qt object, and a Qt object destroyed
    off the window thread crashes the program. So the window thread collects
    first and the collector waits until the workers are done (reference counting
    still frees almost everything meanwhile). Used from the window thread only.
    """

    def __init__(self) -> None:
        self.holds = 0
        self.was_enabled = True

    def hold(self) -> None:
        if self.holds == 0:
            self.was_enabled = gc.isenabled()
            gc.collect()
            gc.disable()
        self.holds += 1

    def release(self) -> None:
        self.holds -= 1
        if self.holds == 0 and self.was_enabled:
            gc.enable()


GARBAGE = _GarbageHold()


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
    GARBAGE.hold()
    try:
        return _run(parent, label, work, progress)
    finally:
        GARBAGE.release()


def _run(parent: QWidget | None, label: str, work: Callable[[Report], T], progress: _Progress) -> T:
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
        # Deleted now, not later: a deferred delete may wait for an event loop that
        # never comes and leave the dialog to be torn down at exit (a Qt warning).
        shiboken6.delete(dialog)
        return future.result()


class BackgroundTasks(QObject):
    """Work that must not hold up the window at all (no dialog): the daily backup and
    the quick check after opening. A timer on the window thread polls the workers and
    hands each result over there, so no worker ever touches a Qt object."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="kopdesk-background")
        self._pending: list[
            tuple[Future[Any], Callable[[Any], None], Callable[[KopdeskError], None]]
        ] = []
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.deliver)

    def start(
        self,
        work: Callable[[], T],
        done: Callable[[T], None],
        failed: Callable[[KopdeskError], None],
    ) -> None:
        """Run ``work()`` in a worker thread; then ``done(result)`` or ``failed(error)``
        on the window thread (a bug reaches the crash dialog)."""
        GARBAGE.hold()
        future = self._pool.submit(work)
        self._pending.append((future, cast(Callable[[Any], None], done), failed))
        self._timer.start()

    @property
    def busy(self) -> bool:
        """Some work has not been handed over yet."""
        return bool(self._pending)

    def deliver(self) -> None:
        """Hand every finished work's result to its callback (called by the timer)."""
        finished = [entry for entry in self._pending if entry[0].done()]
        self._pending = [entry for entry in self._pending if not entry[0].done()]
        if not self._pending:
            self._timer.stop()
        for future, done, failed in finished:
            GARBAGE.release()
            error = future.exception()
            if error is None:
                done(future.result())
            elif isinstance(error, KopdeskError):
                failed(error)
            else:  # a bug: let the crash dialog show it
                raise error

    def wait(self) -> None:
        """Block until every started work has finished (before closing the book);
        the results are handed over by the next :meth:`deliver`."""
        wait_for([entry[0] for entry in self._pending])

    def shutdown(self) -> None:
        """Wait for the workers and drop results not handed over yet (the window closes)."""
        self._timer.stop()
        self._pool.shutdown(wait=True)
        for _entry in self._pending:
            GARBAGE.release()
        self._pending = []
