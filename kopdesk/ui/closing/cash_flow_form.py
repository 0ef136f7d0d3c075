"""The cash-flow mapping as a form: one row per account group, the cash-flow line
chosen from a list, instead of ``4=pendapatan`` text.

Each row maps an account or account group (its code prefix, the longest wins;
:mod:`kopdesk.domain.cashflow`) to a line of the Laporan Arus Kas.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kopdesk.domain import cashflow
from kopdesk.services.ledger.accounts import AccountInfo
from kopdesk.ui.kit.read_only import set_read_only

COMBO_CHARS = 26
"""Combo boxes size to this many characters, not to their longest item."""


def account_prefix(account: AccountInfo) -> str:
    """The code prefix that stands for ``account`` and everything under it: a group's
    code without its trailing zeros (1300 → 13, 2320 → 232), a postable account's code."""
    return account.code if account.postable else account.code.rstrip("0") or account.code


def prefix_choices(accounts: list[AccountInfo]) -> list[tuple[str, str]]:
    """(prefix, "prefix — name") for every account outside cash, groups and accounts."""
    seen: dict[str, str] = {}
    for account in accounts:
        prefix = account_prefix(account)
        if cashflow.is_cash(prefix) or prefix in seen:
            continue
        seen[prefix] = f"{prefix} — {account.name}"
    return sorted(seen.items())


def _combo() -> QComboBox:
    combo = QComboBox()
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(COMBO_CHARS)
    return combo


class CashFlowMapForm(QWidget):
    """Rows of (account or group → cash-flow line) with a remove button, and "Add a row"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choices: list[tuple[str, str]] = []
        self._rows: list[tuple[QComboBox, QComboBox, QPushButton]] = []
        self._pending: dict[str, str] | None = None
        """A mapping not yet laid out: the rows are built when first shown or read."""
        self.editable = True
        self.grid = QGridLayout()
        self.grid.setColumnStretch(0, 1)
        self.grid.setColumnStretch(1, 1)
        self.grid.addWidget(QLabel(self.tr("Account or group")), 0, 0)
        self.grid.addWidget(QLabel(self.tr("Shown in the statement under")), 0, 1)
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.setContentsMargins(0, 0, 4, 0)
        column.addLayout(self.grid)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.add_button = QPushButton(self.tr("Add a row"))
        self.add_button.clicked.connect(self._add_empty_row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)

    def set_accounts(self, accounts: list[AccountInfo]) -> None:
        self.choices = prefix_choices(accounts)

    def set_mapping(self, mapping: dict[str, str]) -> None:
        """Show ``mapping`` (prefix → line key), rows in the order of the codes.

        The rows (some eighty widgets) are built when the form is first shown or its
        rows are read, not with the settings page."""
        self._pending = dict(mapping)
        if self.isVisible():
            self._build()

    @property
    def rows(self) -> list[tuple[QComboBox, QComboBox, QPushButton]]:
        """(account, line, remove button) of each row, top to bottom."""
        self._build()
        return self._rows

    def showEvent(self, event: QShowEvent) -> None:
        self._build()
        super().showEvent(event)

    def _build(self) -> None:
        if self._pending is None:
            return
        mapping, self._pending = self._pending, None
        for row in list(self._rows):
            self.remove_row(row)
        for prefix, key in sorted(mapping.items()):
            self.add_row(prefix, key)

    def _add_empty_row(self) -> None:
        self.add_row("", cashflow.FALLBACK)

    def add_row(self, prefix: str, key: str) -> None:
        account = _combo()
        account.addItem(self.tr("(choose an account)"), "")
        for code, text in self.choices:
            account.addItem(text, code)
        if prefix and account.findData(prefix) < 0:
            account.addItem(prefix, prefix)  # a prefix typed before the form existed
        account.setCurrentIndex(max(account.findData(prefix), 0))
        line = _combo()
        for item in cashflow.LINES:
            activity = cashflow.ACTIVITIES[item.activity].removeprefix("Arus kas dari aktivitas ")
            line.addItem(f"{item.label} ({activity})", item.key)
        line.setCurrentIndex(max(line.findData(key), 0))
        remove = QPushButton("✕")
        remove.setToolTip(self.tr("Remove this row"))
        remove.setFixedWidth(32)
        entry = (account, line, remove)
        remove.clicked.connect(self._remove_clicked)  # no closure over the row's widgets
        self._build()
        at = len(self._rows) + 1
        self.grid.addWidget(account, at, 0)
        self.grid.addWidget(line, at, 1)
        self.grid.addWidget(remove, at, 2)
        self._rows.append(entry)
        self._apply_editable(entry)

    def _remove_clicked(self) -> None:
        button = self.sender()
        for entry in self.rows:
            if entry[2] is button:
                self.remove_row(entry)
                return

    def remove_row(self, entry: tuple[QComboBox, QComboBox, QPushButton]) -> None:
        self._rows.remove(entry)
        for widget in entry:
            self.grid.removeWidget(widget)
            widget.deleteLater()

    def set_editable(self, editable: bool) -> None:
        self.editable = editable
        self.add_button.setVisible(editable)
        for entry in self._rows:
            self._apply_editable(entry)

    def _apply_editable(self, entry: tuple[QComboBox, QComboBox, QPushButton]) -> None:
        set_read_only(entry[0], not self.editable)
        set_read_only(entry[1], not self.editable)
        entry[2].setVisible(self.editable)

    def pairs(self) -> list[tuple[str, str]]:
        """(prefix, line key) of every row with an account chosen, in the rows' order."""
        return [
            (str(account.currentData()), str(line.currentData()))
            for account, line, _remove in self.rows
            if account.currentData()
        ]

    def text(self) -> str:
        """The setting's text (``prefix=line`` joined by ``;``)."""
        return ";".join(f"{prefix}={key}" for prefix, key in self.pairs())

    def repeated(self) -> list[str]:
        """Prefixes chosen on more than one row."""
        seen: set[str] = set()
        twice: list[str] = []
        for prefix, _key in self.pairs():
            if prefix in seen and prefix not in twice:
                twice.append(prefix)
            seen.add(prefix)
        return twice
