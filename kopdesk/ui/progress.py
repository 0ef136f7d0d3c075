"""Long work in a worker thread while a progress dialog keeps the window alive.

The window keeps repainting and the treasurer sees how far kopdesk is (an
import of 10,000 members, a year's ledger). The work reports ``(done, total)``
through the callback it is given; the dialog polls the last report, so the
worker never touches a widget.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import wait as wait_for
from typing import Any, TypeVar, cast

from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from kopdesk.errors import KopdeskError

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


class _Delivery(QObject):
    """Lives on the window thread; the worker's result reaches it as a queued signal."""

    arrived = Signal(object, object)

    def __init__(
        self,
        done: Callable[[Any], None],
        failed: Callable[[KopdeskError], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._done = done
        self._failed = failed
        self.arrived.connect(self.deliver)

    @Slot(object, object)
    def deliver(self, result: object, error: BaseException | None) -> None:
        self.deleteLater()
        if error is None:
            self._done(result)
        elif isinstance(error, KopdeskError):
            self._failed(error)
        else:  # a bug: let the crash dialog show it
            raise error


class BackgroundTasks(QObject):
    """Work that must not hold up the window at all (no dialog): the daily backup and
    the quick check after opening. The results come back on the window thread."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="kopdesk-background")
        self._pending: set[Future[None]] = set()

    def start(
        self,
        work: Callable[[], T],
        done: Callable[[T], None],
        failed: Callable[[KopdeskError], None],
    ) -> None:
        """Run ``work()`` in a worker thread; then ``done(result)`` or ``failed(error)``
        on the window thread (a bug reaches the crash dialog)."""
        delivery = _Delivery(cast(Callable[[Any], None], done), failed, self)

        def run() -> None:
            try:
                result = work()
            except BaseException as exc:  # handed to the window thread
                delivery.arrived.emit(None, exc)
            else:
                delivery.arrived.emit(result, None)

        future = self._pool.submit(run)
        self._pending.add(future)
        future.add_done_callback(self._pending.discard)

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def wait(self) -> None:
        """Block until every started work has finished (before closing the book)."""
        wait_for(list(self._pending))

    def shutdown(self) -> None:
        self._pool.shutdown(wait=True)
