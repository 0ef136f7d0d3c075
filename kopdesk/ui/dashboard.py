"""Beranda's tiles (a figure, a line under it and a small trend chart over the last twelve
month-ends) and its to-do list. The figures are read in a worker thread
(:func:`read_board`); until they arrive the tiles show placeholders."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from decimal import Decimal

from PySide6.QtCharts import QCategoryAxis, QChart, QChartView, QLineSeries
from PySide6.QtCore import QMargins, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kopdesk.domain.dates import MONTHS_ID, format_date
from kopdesk.domain.health import Assessment
from kopdesk.domain.loans import Grade
from kopdesk.domain.money import format_rupiah
from kopdesk.errors import KopdeskError
from kopdesk.services.health import schemes
from kopdesk.services.overview import dashboard
from kopdesk.services.overview.dashboard import Dashboard, Todo
from kopdesk.storage.db import Book
from kopdesk.ui.kit.widgets import bold

PLACEHOLDER = "…"
CHART_HEIGHT = 96
LINE_COLOUR = QColor("#1f5f8b")


def _last_backup(book: Book) -> dt.datetime | None:
    """When the book's newest backup was made; None without one (or without a file)."""
    if book.path is None:
        return None
    from kopdesk.app import maintenance

    try:
        found = maintenance.list_book_backups(book, compare_hashes=False)
    except KopdeskError:
        return None
    return max((b.made_at for b in found), default=None)


def read_board(book: Book, on: dt.date) -> Dashboard:
    """Beranda's figures and to-do list as of ``on`` (run in a worker thread)."""
    last = _last_backup(book)
    with book.read() as session:
        return dashboard.read_dashboard(session, on, last_backup=last)


def read_npl_trend(book: Book, on: dt.date) -> tuple[Decimal, ...]:
    """The NPL at each month-end (a loan-quality read per month: seconds on a big book,
    so read after the rest has shown)."""
    with book.read() as session:
        return dashboard.npl_trend(session, on)


def read_health(book: Book) -> list[Assessment]:
    """The health assessment of every tahun buku by the cooperative's scheme (setting
    ``health.scheme``), oldest first (run in a worker thread)."""
    with book.read() as session:
        return schemes.history(session, schemes.default_scheme(session))


def month_label(key: str, *, with_year: bool) -> str:
    """``2026-03`` → ``Mar`` or ``Mar 26``: the chart's short Indonesian month names."""
    name = MONTHS_ID[int(key[5:7]) - 1][:3]
    return f"{name} {key[2:4]}" if with_year else name


def percent(value: Decimal) -> str:
    return f"{value:.2f}".replace(".", ",") + "%"


def compact(amount: float) -> str:
    """A chart's scale label: ``1,38 M``, ``457 jt``, ``12 rb`` (Indonesian short units:
    miliar, juta, ribu)."""
    for size, unit in ((1e12, "T"), (1e9, "M"), (1e6, "jt"), (1e3, "rb")):
        if abs(amount) >= size:
            figure = amount / size
            text = f"{figure:.0f}"
            if abs(figure) < 10:  # two decimals, without trailing zeros: 1,38 / 1,4 / 2
                text = f"{figure:.2f}".rstrip("0").rstrip(".")
            return text.replace(".", ",") + f" {unit}"
    return f"{amount:.0f}"


def count(value: float) -> str:
    return f"{value:,.0f}".replace(",", ".")


def percent_label(value: float) -> str:
    return f"{value:.1f}".replace(".", ",") + "%"


class TrendChart(QChartView):
    """A small line over the twelve month-ends: no legend, the lowest and highest value
    at the left, every third month's short name under it (the tile's tooltip says
    which months)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        chart = QChart()
        chart.legend().hide()
        chart.setBackgroundVisible(False)
        chart.setMargins(QMargins(0, 0, 0, 0))
        chart.layout().setContentsMargins(0, 0, 0, 0)
        super().__init__(chart, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(CHART_HEIGHT)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setStyleSheet("background: transparent")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.values: tuple[float, ...] = ()

    def plot(
        self, months: Sequence[str], values: Sequence[float], shown: Callable[[float], str]
    ) -> None:
        """Draw ``values`` (one per month of ``months``, oldest first); the lowest and
        highest are named at the left, as ``shown`` writes them."""
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        self.values = tuple(values)
        series = QLineSeries()
        series.setPen(QPen(LINE_COLOUR, 2))
        for index, value in enumerate(values):
            series.append(index, value)
        chart.addSeries(series)
        months_axis = QCategoryAxis()
        months_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        small = QFont(self.font())
        small.setPointSizeF(max(small.pointSizeF() * 0.8, 7))
        months_axis.setLabelsFont(small)
        months_axis.setGridLineVisible(False)
        for index, key in enumerate(months):
            if index in (0, len(months) - 1) or index % 3 == 0:
                months_axis.append(month_label(key, with_year=False), index)
        # half a month of room at both ends, so the first and last names are not cut
        months_axis.setStartValue(-0.6)
        months_axis.setRange(-0.6, max(len(months) - 1, 1) + 0.6)
        low, high = (min(values), max(values)) if values else (0.0, 1.0)
        pad = (high - low) * 0.1 or abs(high) * 0.1 or 1.0
        values_axis = QCategoryAxis()
        values_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        values_axis.setLabelsFont(small)
        values_axis.setStartValue(low - pad)
        values_axis.setRange(low - pad, high + pad)
        values_axis.append(shown(low), low)
        if high != low:
            values_axis.append(shown(high), high)
        values_axis.setGridLinePen(QPen(QColor("#e3e8ec"), 1))
        chart.addAxis(months_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(values_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(months_axis)
        series.attachAxis(values_axis)


class Tile(QFrame):
    """One figure; a click (or Enter) asks for its page (``clicked``)."""

    clicked = Signal(str)

    def __init__(self, target: str, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.target = target
        self.setObjectName("tile")
        self.setStyleSheet(
            "#tile { border: 1px solid #c9d3dc; border-radius: 6px; background: white; }"
            "#tile:hover, #tile:focus { border: 1px solid #1f5f8b; }"
        )
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.caption = QLabel(caption)
        self.caption.setWordWrap(True)
        self.value = QLabel(PLACEHOLDER)
        font = bold(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.45)
        self.value.setFont(font)
        self.detail = QLabel("")
        self.detail.setWordWrap(True)
        self.detail.setStyleSheet("color: #4a5661")
        self.chart = TrendChart()
        column = QVBoxLayout(self)
        column.setContentsMargins(12, 10, 12, 6)
        column.setSpacing(2)
        column.addWidget(self.caption)
        column.addWidget(self.value)
        column.addWidget(self.detail)
        column.addWidget(self.chart, 1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def click(self) -> None:
        self.clicked.emit(self.target)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.click()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.click()
            return
        super().keyPressEvent(event)


class TodoList(QListWidget):
    """The to-do lines; activating one asks for its page (``open_requested``)."""

    open_requested = Signal(str)
    TARGET = Qt.ItemDataRole.UserRole

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setSpacing(2)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setStyleSheet("QListWidget::item { padding: 6px 4px; }")
        self.itemActivated.connect(self._open)
        self.itemClicked.connect(self._open)

    def _open(self, item: QListWidgetItem) -> None:
        target = item.data(self.TARGET)
        if target:
            self.open_requested.emit(str(target))

    def show_placeholder(self) -> None:
        self.clear()
        self.addItem(self.tr("Reading the book…"))

    def show_items(self, items: Sequence[Todo]) -> None:
        self.clear()
        for todo in items:
            item = QListWidgetItem(("⚠ " if todo.urgent else "• ") + self.text(todo))
            item.setData(self.TARGET, todo.target)
            item.setToolTip(self.tr("Open the page"))
            if todo.urgent:
                item.setForeground(QBrush(QColor("#a33a00")))
            self.addItem(item)
        if not items:
            self.addItem(self.tr("Nothing is waiting."))

    def text(self, todo: Todo) -> str:
        day = format_date(todo.day) if todo.day else ""
        if todo.kind == "loan_applications":
            return self.tr("{count} loan application(s) waiting for a decision").format(
                count=todo.count
            )
        if todo.kind == "candidates":
            return self.tr("{count} prospective member(s) waiting to be activated").format(
                count=todo.count
            )
        if todo.kind == "month_end":
            month = f"{MONTHS_ID[todo.day.month - 1]} {todo.day.year}" if todo.day else ""
            return self.tr("Month-end routines of {month}: {count} not run yet").format(
                month=month, count=todo.count
            )
        if todo.kind == "wajib_arrears":
            return self.tr("{count} member(s) behind on simpanan wajib, {amount} in total").format(
                count=todo.count, amount=format_rupiah(todo.amount)
            )
        if todo.kind == "loans_due":
            return self.tr("{count} loan installment(s) fall due by {date}").format(
                count=count(todo.count), date=day
            )
        if todo.kind == "backup":
            return self._backup(todo, day)
        if todo.kind == "year_close":
            return self.tr("Fiscal year {year} has ended and is not closed yet").format(
                year=todo.year
            )
        if todo.urgent:
            return self.tr("The RAT for fiscal year {year} was due by {date}").format(
                year=todo.year, date=day
            )
        return self.tr("RAT for fiscal year {year}: hold it by {date}").format(
            year=todo.year, date=day
        )

    def _backup(self, todo: Todo, day: str) -> str:
        if todo.day is None:
            return self.tr("This book has no backup yet")
        if todo.count == 0:
            return self.tr("Last backup: today, {date}").format(date=day)
        return self.tr("Last backup: {date}, {days} day(s) ago").format(date=day, days=todo.count)


class DashboardView(QWidget):
    """The tiles (three by two) and the to-do list beside them."""

    open_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.members = Tile("members", self.tr("Active members"))
        self.savings = Tile("savings", self.tr("Members' savings"))
        self.loans = Tile("loans", self.tr("Loans outstanding"))
        self.npl = Tile("loan_quality", self.tr("NPL and kolektibilitas"))
        self.cash = Tile("cash_journal", self.tr("Cash and bank"))
        self.shu = Tile("shu", self.tr("SHU this fiscal year so far"))
        self.tiles = (self.members, self.savings, self.loans, self.npl, self.cash, self.shu)
        self.todo = TodoList()
        self.todo.open_requested.connect(self.open_requested)
        for tile in self.tiles:
            tile.clicked.connect(self.open_requested)
        self.board: Dashboard | None = None

    def show_placeholders(self) -> None:
        for tile in self.tiles:
            if tile is not self.cash:  # the cash figure is read with the window
                tile.value.setText(PLACEHOLDER)
            tile.detail.setText("")
        self.todo.show_placeholder()

    def show_board(self, board: Dashboard) -> None:
        """Fill the tiles and the list from what the worker read (the NPL line comes
        later: :meth:`show_npl_trend`)."""
        self.board = board
        figures = board.figures
        months = figures.months
        self.members.value.setText(count(figures.members_active))
        self.members.detail.setText(
            self.tr("New this month: {new} · leaving: {left}").format(
                new=figures.members_new, left=figures.members_leaving
            )
        )
        self.members.chart.plot(months, figures.members_trend, count)
        self._savings(board)
        loans = board.loans
        self.loans.value.setText(format_rupiah(loans.outstanding_total))
        running = self.tr("{count} running loan(s)")
        self.loans.detail.setText(running.format(count=count(len(loans.rows))))
        self.loans.chart.plot(months, figures.loans_outstanding_trend, compact)
        self.npl.value.setText(percent(loans.npl_percent))
        counts = {g.grade: g.loans for g in loans.grades}
        self.npl.detail.setText(
            self.tr("L {l} · KL {kl} · D {d} · M {m} loan(s)").format(
                l=count(counts.get(Grade.LANCAR, 0)),
                kl=count(counts.get(Grade.KURANG_LANCAR, 0)),
                d=count(counts.get(Grade.DIRAGUKAN, 0)),
                m=count(counts.get(Grade.MACET, 0)),
            )
        )
        self.cash.value.setText(format_rupiah(figures.cash))
        self.cash.detail.setText(self.tr("Cash, banks and deposits ≤ 3 months"))
        self.cash.chart.plot(months, figures.cash_trend, compact)
        self.shu.value.setText(format_rupiah(figures.shu_year))
        self.shu.detail.setText(self.tr("Income less expenses since the year began"))
        self.shu.chart.plot(months, figures.shu_trend, compact)
        self.todo.show_items(board.todo)
        first, last = dashboard.month_ends(figures.on)[0], figures.on
        span = self.tr("The line: each month-end from {first} to {last}").format(
            first=format_date(first), last=format_date(last)
        )
        for tile in self.tiles:
            tile.setToolTip(span)
        npl = self.tr("Non-performing loans: kurang lancar, diragukan and macet, {amount}")
        self.npl.setToolTip(npl.format(amount=format_rupiah(loans.npl)) + "\n" + span)

    def show_npl_trend(self, trend: Sequence[Decimal]) -> None:
        if self.board is not None:
            months = self.board.figures.months
            self.npl.chart.plot(months, [float(v) for v in trend], percent_label)

    def _savings(self, board: Dashboard) -> None:
        figures = board.figures
        s = figures.savings
        self.savings.value.setText(format_rupiah(figures.savings_total))
        self.savings.detail.setText(
            self.tr("Pokok {p}\nWajib {w}\nSukarela {s}\nBerjangka {b}").format(
                p=format_rupiah(s.get("pokok", 0)),
                w=format_rupiah(s.get("wajib", 0)),
                s=format_rupiah(s.get("sukarela", 0)),
                b=format_rupiah(s.get("berjangka", 0)),
            )
        )
        total = [sum(v) for v in zip(*figures.savings_trend.values(), strict=True)]
        self.savings.chart.plot(figures.months, total, compact)
