"""The indicators of an assessment as a table model (read only)."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from kopdesk.domain.health import Assessment, Indicator
from kopdesk.domain.papers.health import decimal_text, percent_text

__all__ = ["IndicatorModel"]

Index = QModelIndex | QPersistentModelIndex


def _headings() -> tuple[str, ...]:
    return (
        QCoreApplication.translate("IndicatorModel", "Aspect"),
        QCoreApplication.translate("IndicatorModel", "Indicator"),
        QCoreApplication.translate("IndicatorModel", "Ratio"),
        QCoreApplication.translate("IndicatorModel", "Value"),
        QCoreApplication.translate("IndicatorModel", "Score"),
        QCoreApplication.translate("IndicatorModel", "Weight"),
    )


class IndicatorModel(QAbstractTableModel):
    """Aspect | Indicator | Ratio | Nilai | Score | Weight, one row an indicator."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: tuple[Indicator, ...] = ()

    def set_assessment(self, assessment: Assessment | None) -> None:
        self.beginResetModel()
        self._rows = assessment.indicators if assessment is not None else ()
        self.endResetModel()

    def indicator(self, row: int) -> Indicator:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _headings()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        i = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                i.aspect,
                f"{i.code} {i.name}".strip(),
                percent_text(i.ratio),
                decimal_text(i.nilai),
                decimal_text(i.score),
                decimal_text(i.weight),
            )[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == 1:
            return i.formula
        return None
