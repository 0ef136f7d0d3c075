"""The member list: holds member ids, fetches rows a page at a time."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, ClassVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from kopdesk.domain.dates import format_date_short
from kopdesk.domain.vocabulary import MemberStatus
from kopdesk.services.imports.base import RowError
from kopdesk.services.imports.members import FIELDS, REQUIRED
from kopdesk.services.members.identity import format_phone
from kopdesk.services.members.register import (
    MemberRow,
    MemberSort,
    OrganTerm,
    StatusEvent,
    status_label,
)
from kopdesk.ui.kit.paging import ERROR_COLOR, PagedTableModel
from kopdesk.ui.kit.table import Cell, Column, TextTableModel
from kopdesk.ui.kit.widgets import LEFT, RIGHT, bold

__all__ = [
    "CALON_COLOR",
    "ERROR_COLOR",
    "MUTED_COLOR",
    "WARNING_COLOR",
    "MappingModel",
    "MemberListModel",
    "OrganTermsModel",
    "ProblemsModel",
    "StatusHistoryModel",
    "format_nik",
]

Index = QModelIndex | QPersistentModelIndex
Fetch = Callable[[Sequence[int]], list[MemberRow]]
MUTED_COLOR = QColor(120, 120, 120)
CALON_COLOR = QColor(31, 95, 139)
WARNING_COLOR = QColor(138, 90, 0)
_LEFT_STATUSES = (MemberStatus.KELUAR, MemberStatus.MENINGGAL, MemberStatus.DIBERHENTIKAN)


def format_nik(nik: str) -> str:
    """``3273015504900002`` → ``3273 0155 0490 0002`` (read aloud in fours)."""
    if len(nik) != 16 or not nik.isdigit():
        return nik
    return " ".join(nik[i : i + 4] for i in range(0, 16, 4))


class MemberListModel(PagedTableModel[MemberRow]):
    """No. Anggota | Nama | NIK | No. HP | L/P | Kelurahan | Tgl Masuk | Status.

    Only the ordered ids are held; ``fetch`` (a read of ``member_rows``) is
    called for one page of ids when a row of that page is first shown, so a
    register of tens of thousands of members opens at once. A failed fetch
    shows an error row instead of raising inside ``data()``. Members who left
    are shown grey.
    """

    NUMBER, NAME, NIK, PHONE, SEX, KELURAHAN, JOIN_DATE, STATUS = range(8)
    COLUMNS = 8
    MESSAGE_COLUMN = NAME
    ALIGN_HEADERS = False
    SORT_KEYS: ClassVar[dict[int, MemberSort]] = {
        NUMBER: MemberSort.NUMBER,
        NAME: MemberSort.NAME,
        JOIN_DATE: MemberSort.JOIN_DATE,
    }
    """The columns a click on the header sorts by (the query sorts, not the model)."""

    def __init__(self, fetch: Fetch, parent: QObject | None = None) -> None:
        super().__init__(fetch, parent)
        self.set_columns(
            [
                Column(self.tr("Member no."), lambda m: m.number),
                Column(self.tr("Name"), lambda m: m.full_name),
                Column(self.tr("NIK"), lambda m: format_nik(m.nik)),
                Column(self.tr("Phone"), lambda m: format_phone(m.phone)),
                Column(self.tr("Sex"), lambda m: m.sex),
                Column(self.tr("Kelurahan"), lambda m: m.kelurahan),
                Column(self.tr("Joined"), lambda m: format_date_short(m.join_date)),
                Column(self.tr("Status"), lambda m: status_label(m.status)),
            ]
        )

    def member_id(self, row: int) -> int:
        return self.id_at(row)

    def member(self, row: int) -> MemberRow | None:
        """The row ``row`` (fetching its page), None if it cannot be read."""
        return self.row_item(row)

    def missing_text(self) -> str:
        return self.tr("(member no longer exists)")

    def style(self, cell: Cell[MemberRow], role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole:
            if cell.item.status in _LEFT_STATUSES:
                return MUTED_COLOR
            return CALON_COLOR if cell.item.status is MemberStatus.CALON else None
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.ToolTipRole
            and section in self.SORT_KEYS
        ):
            return self.tr("Click to sort")
        return super().headerData(section, orientation, role)


class StatusHistoryModel(TextTableModel):
    """Tanggal | Status | Alasan | Dicatat oleh, oldest first (the history only grows)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(frozenset(), parent)
        self.set_headers((self.tr("Date"), self.tr("Status"), self.tr("Reason"), self.tr("By")))

    def set_events(self, events: Sequence[StatusEvent]) -> None:
        self.set_rows(
            [
                (format_date_short(e.date), status_label(e.status), e.reason, e.recorded_by)
                for e in events
            ]
        )


class OrganTermsModel(TextTableModel):
    """Jabatan | Mulai | Sampai of one member's terms of office."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(frozenset(), parent)
        self.set_headers((self.tr("Office"), self.tr("From"), self.tr("Until")))
        self.terms: list[OrganTerm] = []

    def set_terms(self, terms: Sequence[OrganTerm]) -> None:
        self.terms = list(terms)
        self.set_rows(
            [
                (
                    t.role.label,
                    format_date_short(t.term_start),
                    format_date_short(t.term_end) if t.term_end else self.tr("now"),
                )
                for t in terms
            ]
        )


class MappingModel(QAbstractTableModel):
    """Data in kopdesk | Column in the file | Example: which file column fills which field.

    The second column is edited with a list of the file's columns; required
    fields are marked with ``*`` and bold.
    """

    FIELD, COLUMN, EXAMPLE = range(3)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.fields = list(FIELDS)
        self.headers: tuple[str, ...] = ()
        self.examples: dict[str, str] = {}
        self.mapping: dict[str, str] = {}
        self._titles = (
            self.tr("Data in kopdesk"),
            self.tr("Column in the file"),
            self.tr("Example"),
        )

    def set_file(
        self, headers: Sequence[str], examples: dict[str, str], mapping: dict[str, str]
    ) -> None:
        """The file's column labels, an example value of each, and the starting mapping."""
        self.beginResetModel()
        self.headers = tuple(headers)
        self.examples = dict(examples)
        self.mapping = {k: v for k, v in mapping.items() if v in self.headers}
        self.endResetModel()

    def not_imported(self) -> str:
        return self.tr("(not imported)")

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.fields)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == self.COLUMN and self.headers:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        name = self.fields[index.row()]
        column = index.column()
        required = name in REQUIRED
        if role == Qt.ItemDataRole.FontRole and required and column == self.FIELD:
            return bold(QFont())
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.EXAMPLE:
                return MUTED_COLOR
            if column == self.COLUMN and required and name not in self.mapping:
                return ERROR_COLOR
            return None
        if role == Qt.ItemDataRole.EditRole and column == self.COLUMN:
            return self.mapping.get(name, "")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == self.FIELD:
            return FIELDS[name][0] + (" *" if required else "")
        if column == self.COLUMN:
            return self.mapping.get(name, self.not_imported())
        column_label = self.mapping.get(name)
        return self.examples.get(column_label, "") if column_label else ""

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != self.COLUMN or role != Qt.ItemDataRole.EditRole:
            return False
        name = self.fields[index.row()]
        label = str(value or "")
        if label and label not in self.headers:
            return False
        if label:
            self.mapping[name] = label
        else:
            self.mapping.pop(name, None)
        first, last = self.index(index.row(), self.COLUMN), self.index(index.row(), self.EXAMPLE)
        self.dataChanged.emit(first, last)
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < 3:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._titles[section]
        return None


class ProblemsModel(QAbstractTableModel):
    """Row | Column | Problem of a dry run: every error (red), then every warning."""

    ROW, COLUMN, MESSAGE = range(3)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.problems: list[tuple[RowError, bool]] = []
        self._titles = (self.tr("Row"), self.tr("Column"), self.tr("Problem"))

    def set_problems(self, errors: Sequence[RowError], warnings: Sequence[RowError]) -> None:
        self.beginResetModel()
        self.problems = [(e, False) for e in errors] + [(w, True) for w in warnings]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.problems)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        problem, warning = self.problems[index.row()]
        if role == Qt.ItemDataRole.ForegroundRole:
            return WARNING_COLOR if warning else ERROR_COLOR
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.MESSAGE:
            return problem.message
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if index.column() == self.ROW else LEFT
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if index.column() == self.ROW:
            return str(problem.row)
        if index.column() == self.COLUMN:
            return problem.column
        if warning:
            return self.tr("Check: {text}").format(text=problem.message)
        return problem.message

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < 3:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._titles[section]
        return None
