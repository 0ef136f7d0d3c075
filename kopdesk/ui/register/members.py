"""Anggota: the member register with search, filters, the selected member's
details, and the actions on the register (add, import, export, print)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from kopdesk.app.papers import member_register_pdf
from kopdesk.domain.changes import Changes
from kopdesk.domain.money import format_number
from kopdesk.domain.permissions import Permission
from kopdesk.domain.vocabulary import MemberStatus
from kopdesk.services.imports.members import export_members
from kopdesk.services.members.register import (
    MemberFilter,
    MemberRow,
    MemberSort,
    OrganKind,
    member_ids,
    member_rows,
)
from kopdesk.ui.imports.members_dialog import ImportDialog
from kopdesk.ui.kit.ops import Ops
from kopdesk.ui.kit.printing import save_document
from kopdesk.ui.kit.visibility import show_if
from kopdesk.ui.kit.widgets import bold, setup_table, today
from kopdesk.ui.members.member_dialog import MemberDialog
from kopdesk.ui.members.members_model import MemberListModel
from kopdesk.ui.register.member_detail import MemberDetail

__all__ = [
    "PENGURUS",
    "SEARCH_DELAY_MS",
    "MembersPage",
]

SEARCH_DELAY_MS = 250
PENGURUS = tuple(k for k in OrganKind if not k.is_pengawas)


def _ids(session: Session, flt: MemberFilter, organs: Sequence[OrganKind]) -> list[int]:
    """Members matching ``flt`` in its order; with ``organs``, only those serving
    today in one of those offices."""
    ids = member_ids(session, flt)
    if not organs:
        return ids
    serving: set[int] = set()
    for kind in organs:
        serving.update(member_ids(session, MemberFilter(organ=kind, organ_on=today())))
    return [i for i in ids if i in serving]


class MembersPage(QWidget):
    """Every member, found as you type, with the selected member below the list."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.sort = MemberSort.NUMBER
        self.descending = False
        self.model = MemberListModel(self._fetch, self)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search number, name, NIK or phone (Ctrl+F)"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.refresh)
        self.search_edit.textChanged.connect(self.search_timer.start)
        self.search_edit.returnPressed.connect(self._search_now)
        self.status_combo = self._status_combo()
        self.organ_combo = self._organ_combo()
        self.count_label = QLabel()
        self.view = self._make_view()
        self.detail = MemberDetail(ops)
        self.detail.selected_numbers = self.selected_numbers
        self._make_actions()
        self._layout()
        self._shortcuts()
        ops.changes_applied.connect(self._on_changes)
        self.refresh()

    # --- building ---------------------------------------------------------------

    def _status_combo(self) -> QComboBox:
        combo = QComboBox()
        s = MemberStatus
        for text, statuses in (
            (self.tr("All statuses"), ()),
            (self.tr("Active and candidates"), (s.AKTIF, s.CALON)),
            (self.tr("Active"), (s.AKTIF,)),
            (self.tr("Candidates"), (s.CALON,)),
            (self.tr("Left"), (s.KELUAR,)),
            (self.tr("Deceased"), (s.MENINGGAL,)),
            (self.tr("Expelled"), (s.DIBERHENTIKAN,)),
        ):
            combo.addItem(text, statuses)
        combo.currentIndexChanged.connect(self.refresh)
        return combo

    def _organ_combo(self) -> QComboBox:
        combo = QComboBox()
        combo.addItem(self.tr("Any office"), ())
        combo.addItem(self.tr("Pengurus (board)"), PENGURUS)
        combo.addItem(self.tr("Pengawas (supervisors)"), (OrganKind.PENGAWAS,))
        combo.currentIndexChanged.connect(self.refresh)
        return combo

    def _make_view(self) -> QTableView:
        view = QTableView()
        view.setModel(self.model)
        setup_table(view)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = view.horizontalHeader()
        header.setSectionResizeMode(MemberListModel.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(MemberListModel.NUMBER, Qt.SortOrder.AscendingOrder)
        header.setSectionsClickable(True)
        header.sectionClicked.connect(self._header_clicked)
        for column, width in (
            (MemberListModel.NUMBER, 110),
            (MemberListModel.NIK, 170),
            (MemberListModel.PHONE, 130),
            (MemberListModel.SEX, 44),
            (MemberListModel.KELURAHAN, 140),
            (MemberListModel.JOIN_DATE, 100),
            (MemberListModel.STATUS, 120),
        ):
            view.setColumnWidth(column, width)
        view.selectionModel().selectionChanged.connect(self._selection_changed)
        view.activated.connect(self.open_member)
        view.doubleClicked.connect(self.open_member)
        return view

    def _make_actions(self) -> None:
        manage = self.ops.can(Permission.MEMBERS_MANAGE)
        self.add_button = QPushButton(self.tr("Add member"))
        self.add_button.setToolTip(self.tr("Ins or Ctrl+N"))
        self.add_button.clicked.connect(self.add_member)
        self.import_button = QPushButton(self.tr("Import from Excel"))
        self.import_button.clicked.connect(self.import_members)
        show_if(self.add_button, manage)
        show_if(self.import_button, manage)
        self.export_button = QPushButton(self.tr("Export"))
        menu = QMenu(self.export_button)
        menu.addAction(self.tr("Excel workbook (.xlsx)")).triggered.connect(
            lambda: self.export("xlsx")
        )
        menu.addAction(self.tr("CSV file (.csv)")).triggered.connect(lambda: self.export("csv"))
        self.export_button.setMenu(menu)
        self.register_button = QPushButton(self.tr("Print member register"))
        self.register_button.setToolTip(self.tr("Buku Daftar Anggota, as PDF"))
        self.register_button.clicked.connect(self.print_register)
        printing = self.ops.can(Permission.REPORTS_PRINT)
        show_if(self.export_button, printing)
        show_if(self.register_button, printing)

    def _layout(self) -> None:
        title = QLabel(self.tr("Members"))
        title.setFont(bold(title.font()))
        title.setStyleSheet("font-size: 14pt;")
        actions = QHBoxLayout()
        actions.addWidget(title)
        actions.addStretch(1)
        for button in (
            self.add_button,
            self.import_button,
            self.export_button,
            self.register_button,
        ):
            actions.addWidget(button)
        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 1)
        filters.addWidget(self.status_combo)
        filters.addWidget(self.organ_combo)
        filters.addWidget(self.count_label)
        top = QWidget()
        column = QVBoxLayout(top)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.view, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([440, 250])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)

    def _shortcuts(self) -> None:
        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.activated.connect(self.focus_search)
        if self.ops.can(Permission.MEMBERS_MANAGE):
            for key in (QKeySequence(Qt.Key.Key_Insert), QKeySequence("Ctrl+N")):
                QShortcut(key, self).activated.connect(self.add_member)

    # --- the list ----------------------------------------------------------------

    def _fetch(self, ids: Sequence[int]) -> list[MemberRow]:
        with self.ops.book.read() as session:
            return member_rows(session, ids)

    def current_filter(self) -> MemberFilter:
        """The search, status and sort shown; the office too when it is one kind
        (the list itself also handles "any pengurus", see :func:`_ids`)."""
        organs = tuple(self.organ_combo.currentData())
        return MemberFilter(
            search=self.search_edit.text(),
            statuses=tuple(self.status_combo.currentData()),
            organ=organs[0] if len(organs) == 1 else None,
            organ_on=today() if organs else None,
            sort=self.sort,
            descending=self.descending,
        )

    def refresh(self) -> None:
        """Query the ids again (keeping the selected member selected when still listed)."""
        self.search_timer.stop()
        flt, organs = self.current_filter(), tuple(self.organ_combo.currentData())
        ids = self.ops.read(self, lambda s: _ids(s, flt, organs))
        if ids is None:
            return
        keep = self.detail.member.id if self.detail.member else None
        self.model.set_ids(ids)
        self.count_label.setText(self.tr("{count} members").format(count=format_number(len(ids))))
        row = self.model.row_of(keep) if keep is not None else -1
        if row >= 0:
            self.select_row(row)
        else:
            self.detail.show_member(None)

    def _search_now(self) -> None:
        self.refresh()
        if self.model.rowCount() > 0:
            self.select_row(0)
            self.view.setFocus()

    def _header_clicked(self, column: int) -> None:
        sort = MemberListModel.SORT_KEYS.get(column)
        if sort is not None:
            self.descending = not self.descending if sort == self.sort else False
            self.sort = sort
            self.refresh()
        current = next(c for c, s in MemberListModel.SORT_KEYS.items() if s == self.sort)
        order = Qt.SortOrder.DescendingOrder if self.descending else Qt.SortOrder.AscendingOrder
        self.view.horizontalHeader().setSortIndicator(current, order)

    def sort_by(self, column: int) -> None:
        """What a click on the header does (tests call it directly)."""
        self._header_clicked(column)

    def _on_changes(self, changes: Changes) -> None:
        if changes.members:
            self.refresh()
            if self.detail.member is not None:
                self.detail.show_member(self.detail.member.number)

    def select_row(self, row: int) -> None:
        self.view.selectRow(row)
        self.view.scrollTo(self.model.index(row, 0))

    def select_member(self, member_id: int) -> bool:
        row = self.model.row_of(member_id)
        if row >= 0:
            self.select_row(row)
        return row >= 0

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        index = self.view.currentIndex()
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            self.detail.show_member(None)
            return
        row = (
            index.row()
            if index.isValid() and self.view.selectionModel().isRowSelected(index.row())
            else rows[0].row()
        )
        member = self.model.member(row)
        self.detail.show_member(member.number if member else None)

    def selected_numbers(self) -> list[str]:
        rows = sorted(i.row() for i in self.view.selectionModel().selectedRows())
        found = (self.model.member(r) for r in rows)
        return [m.number for m in found if m is not None]

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    # --- actions -------------------------------------------------------------------

    def open_member(self, _index: QModelIndex | None = None) -> None:
        """Enter on a member: correct their data (or just show them, read-only)."""
        if self.detail.member is not None and self.ops.can(Permission.MEMBERS_MANAGE):
            self.detail.edit()

    def add_member(self) -> None:
        if not self.ops.can(Permission.MEMBERS_MANAGE):
            return
        saved = MemberDialog.ask(self.ops, self)
        if saved is not None and not self.select_member(saved.id):
            self.search_edit.clear()
            self.status_combo.setCurrentIndex(0)
            self.organ_combo.setCurrentIndex(0)
            self.refresh()
            self.select_member(saved.id)

    def import_members(self) -> None:
        if self.ops.can(Permission.MEMBERS_MANAGE):
            ImportDialog.ask(self.ops, self)

    def export(self, kind: str) -> None:
        """The members shown (search and filters apply) as .xlsx or .csv."""
        flt = self.current_filter()
        pattern = (
            self.tr("Excel workbooks (*.xlsx)") if kind == "xlsx" else self.tr("CSV files (*.csv)")
        )

        def make() -> bytes:
            with self.ops.book.read() as session:
                return export_members(session, kind, flt)

        save_document(
            self, self.ops, f"anggota-{today().isoformat()}.{kind}", make, pattern=pattern
        )

    def print_register(self) -> None:
        """Buku Daftar Anggota of every member (the register, whatever the list shows)."""
        save_document(
            self,
            self.ops,
            f"buku-daftar-anggota-{today().isoformat()}.pdf",
            lambda: member_register_pdf(self.ops.book, actor=self.ops.actor),
        )
