"""Beranda's health tile: the last health result (predicate, composite, scheme, year)
in the predicate's colour and the composites of the years before it as a small line.

The home page gives it the assessments (:meth:`HealthTile.show_assessments`); a click
asks for the health page (``clicked("health")``), like the other tiles."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import QCategoryAxis, QLineSeries
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPen
from PySide6.QtWidgets import QWidget

from kopdesk.domain.health import Assessment
from kopdesk.domain.papers.health import PREDICATE_COLORS, decimal_text, trend_points
from kopdesk.ui.dashboard import LINE_COLOUR, PLACEHOLDER, Tile, TrendChart

__all__ = ["HealthTile", "YearChart"]


class YearChart(TrendChart):
    """The trend chart with years under it instead of months."""

    def plot_years(self, years: Sequence[int], values: Sequence[float]) -> None:
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
        small = QFont(self.font())
        small.setPointSizeF(max(small.pointSizeF() * 0.8, 7))
        along = QCategoryAxis()
        along.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        along.setLabelsFont(small)
        along.setGridLineVisible(False)
        for index, year in enumerate(years):
            along.append(str(year), index)
        along.setStartValue(-0.5)
        along.setRange(-0.5, max(len(years) - 1, 1) + 0.5)
        low, high = (min(values), max(values)) if values else (0.0, 100.0)
        pad = (high - low) * 0.15 or 5.0
        up = QCategoryAxis()
        up.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        up.setLabelsFont(small)
        up.setStartValue(low - pad)
        up.setRange(low - pad, high + pad)
        up.append(f"{low:.1f}".replace(".", ","), low)
        if high != low:
            up.append(f"{high:.1f}".replace(".", ","), high)
        chart.addAxis(along, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(up, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(along)
        series.attachAxis(up)


class HealthTile(Tile):
    """Kesehatan koperasi: the last result and the composites over the years."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("health", "", parent)
        self.caption.setText(self.tr("Cooperative health"))
        layout = self.layout()
        assert layout is not None
        layout.removeWidget(self.chart)
        self.chart.deleteLater()
        self.chart = YearChart()
        layout.addWidget(self.chart)
        self.show_assessments(())

    def show_assessments(self, assessments: Sequence[Assessment]) -> None:
        """The latest of ``assessments`` and the trend of all of them, one point a year."""
        if not assessments:
            self.value.setText(PLACEHOLDER)
            self.value.setStyleSheet("")
            self.detail.setText(self.tr("No health assessment yet."))
            self.chart.setVisible(False)
            return
        last = max(assessments, key=lambda a: (a.year, a.as_of))
        points = trend_points(assessments)
        shown = last.predicate.value if last.predicate is not None else self.tr("PEARLS")
        colour = PREDICATE_COLORS[last.predicate] if last.predicate is not None else "#333"
        self.value.setText(shown)
        self.value.setStyleSheet(f"color: {colour}")
        self.detail.setText(
            self.tr("Score {score} · {scheme} · {year}").format(
                score=decimal_text(last.composite), scheme=last.scheme.label, year=last.year
            )
        )
        self.chart.setVisible(len(points) > 1)
        assert isinstance(self.chart, YearChart)
        self.chart.plot_years([p.year for p in points], [float(p.composite) for p in points])
