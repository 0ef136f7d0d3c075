"""Sampel tab: the pengawas draw N journal entries or members of a period at random
(the seed is kept, so the RAT can see the same sample drawn again) and tick each as
checked with a note. Other roles see the samples read-only."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kopdesk.domain import clock
from kopdesk.domain.permissions import Permission
from kopdesk.domain.supervision import SampleKind
from kopdesk.services.supervision import samples
from kopdesk.services.supervision.samples import SampleInfo, SampleItemInfo
from kopdesk.ui.kit.dates import DateField
from kopdesk.ui.kit.ops import Ops
from kopdesk.ui.kit.read_only import set_read_only
from kopdesk.ui.kit.widgets import setup_table

Index = QModelIndex | QPersistentModelIndex


class SampleItemsModel(QAbstractTableModel):
    """No. | Nomor | Uraian | Diperiksa (check box) | Catatan (editable for the Pengawas)."""

    POSITION, REF, LABEL, CHECKED, NOTE = range(5)

    def __init__(self, panel: SamplePanel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.panel = panel
        self.items: list[SampleItemInfo] = []
        self.editable = False
        self.headers = (
            self.tr("No."),
            self.tr("Number"),
            self.tr("Description"),
            self.tr("Checked"),
            self.tr("Note"),
        )

    def set_items(self, items: tuple[SampleItemInfo, ...], *, editable: bool) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.editable = editable
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.items[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == self.CHECKED:
            return Qt.CheckState.Checked if item.checked else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            values = (str(item.position), item.ref, item.label, "", item.note)
            if column == self.CHECKED:
                return self.tr("Yes") if item.checked else self.tr("Not yet")
            return values[column]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.editable and index.column() == self.CHECKED:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if self.editable and index.column() == self.NOTE:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not self.editable:
            return False
        item = self.items[index.row()]
        checked, note = item.checked, item.note
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == self.CHECKED:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role == Qt.ItemDataRole.EditRole and index.column() == self.NOTE:
            note = str(value)
        else:
            return False
        updated = self.panel.tick(item.position, checked=checked, note=note)
        if updated is None:
            return False
        self.items[index.row()] = updated
        row = index.row()
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.NOTE))
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None


class SamplePanel(QWidget):
    """Draw a sample, choose one drawn before, tick its items."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.editable = ops.can(Permission.SUPERVISION_RECORD)
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("Journal entries"), SampleKind.JURNAL.value)
        self.kind_combo.addItem(self.tr("Members"), SampleKind.ANGGOTA.value)
        today = clock.today()
        self.from_edit = DateField(dt.date(today.year, 1, 1))
        self.to_edit = DateField(today)
        self.size_spin = QSpinBox()
        self.size_spin.setRange(1, samples.MAX_SAMPLE)
        self.size_spin.setValue(10)
        self.draw_button = QPushButton(self.tr("Draw sample"))
        self.draw_button.clicked.connect(self.draw)
        self.sample_combo = QComboBox()
        self.sample_combo.setMinimumWidth(320)
        self.sample_combo.currentIndexChanged.connect(self.show_current)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model = SampleItemsModel(self, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        setup_table(self.view)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(SampleItemsModel.LABEL, QHeaderView.ResizeMode.Stretch)
        self.view.setColumnWidth(SampleItemsModel.POSITION, 50)
        self.view.setColumnWidth(SampleItemsModel.REF, 150)
        self.view.setColumnWidth(SampleItemsModel.CHECKED, 110)
        self.view.setColumnWidth(SampleItemsModel.NOTE, 300)
        bar = QHBoxLayout()
        for widget in (
            QLabel(self.tr("Kind")),
            self.kind_combo,
            QLabel(self.tr("From")),
            self.from_edit,
            QLabel(self.tr("to")),
            self.to_edit,
            QLabel(self.tr("Size")),
            self.size_spin,
            self.draw_button,
        ):
            bar.addWidget(widget)
        bar.addStretch(1)
        chooser = QHBoxLayout()
        chooser.addWidget(QLabel(self.tr("Sample")))
        chooser.addWidget(self.sample_combo)
        chooser.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(chooser)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        if not self.editable:
            for field in (self.kind_combo, self.size_spin):
                set_read_only(field)
            self.from_edit.setEnabled(False)
            self.to_edit.setEnabled(False)
            self.draw_button.setVisible(False)
        self.samples: list[SampleInfo] = []
        self.refresh()

    def refresh(self, select: str | None = None) -> None:
        self.samples = self.ops.read(self, samples.list_samples) or []
        chosen = select or self.sample_combo.currentData()
        self.sample_combo.blockSignals(True)
        self.sample_combo.clear()
        for s in reversed(self.samples):
            self.sample_combo.addItem(
                self.tr("{number}: {kind}, {start} to {end}").format(
                    number=s.number,
                    kind=s.kind.label,
                    start=f"{s.date_from:%d-%m-%Y}",
                    end=f"{s.date_to:%d-%m-%Y}",
                ),
                s.number,
            )
        self.sample_combo.setCurrentIndex(max(0, self.sample_combo.findData(chosen)))
        self.sample_combo.blockSignals(False)
        self.show_current()

    def current(self) -> SampleInfo | None:
        number = self.sample_combo.currentData()
        return next((s for s in self.samples if s.number == number), None)

    def show_current(self) -> None:
        sample = self.current()
        if sample is None:
            self.summary.setText(self.tr("No sample has been drawn yet."))
            self.model.set_items((), editable=False)
            return
        self.update_summary(sample)
        self.model.set_items(sample.items, editable=self.editable)

    def update_summary(self, sample: SampleInfo) -> None:
        self.summary.setText(
            self.tr(
                "{size} of {population} drawn at random with seed {seed} by {who}; "
                "{checked} checked."
            ).format(
                size=len(sample.items),
                population=sample.population,
                seed=sample.seed,
                who=sample.created_by,
                checked=sample.checked_count,
            )
        )

    def draw(self) -> SampleInfo | None:
        kind = SampleKind(self.kind_combo.currentData())
        start, end, size = self.from_edit.value(), self.to_edit.value(), self.size_spin.value()
        info = self.ops.run(
            self,
            lambda s: samples.draw_sample(s, self.ops.actor, kind, start, end, size=size),
        )
        if info is not None:
            self.refresh(select=info.number)
        return info

    def tick(self, position: int, *, checked: bool, note: str) -> SampleItemInfo | None:
        sample = self.current()
        if sample is None:
            return None
        number = sample.number
        item = self.ops.run(
            self,
            lambda s: samples.tick_item(
                s, self.ops.actor, number, position, checked=checked, note=note
            ),
        )
        if item is not None:
            self.samples = self.ops.read(self, samples.list_samples) or self.samples
            current = self.current()
            if current is not None:
                self.update_summary(current)
        return item
