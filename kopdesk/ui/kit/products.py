"""The skeleton of a products dialog (Produk Simpanan, Produk Pinjaman).

:class:`ProductsDialog` puts the product list on top and the chosen product's
terms below, asks before a change is dropped, saves one product and says so;
a feature's dialog declares its fields (:meth:`ProductsDialog.build_form`),
fills them, reads them back and writes them through its service. Its texts
come from the feature's dialog (:class:`ProductTexts`) so each keeps its own
translation. :class:`ProductListModel` is the list's model, :class:`AccountChoice`
the account picker both forms use.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar, Generic, Protocol, TypeVar

from PySide6.QtCore import QItemSelection, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from kopdesk.domain.ledger import AccountType
from kopdesk.domain.permissions import Permission
from kopdesk.errors import ValidationError
from kopdesk.services.ledger.accounts import AccountInfo, list_accounts
from kopdesk.ui.kit import messages
from kopdesk.ui.kit.ops import Ops
from kopdesk.ui.kit.table import TextTableModel
from kopdesk.ui.kit.widgets import AmountEdit, ErrorLabel, setup_table

__all__ = [
    "AccountChoice",
    "Product",
    "ProductListModel",
    "ProductTexts",
    "ProductsDialog",
    "inline",
]


class Product(Protocol):
    """What the dialog needs of a product: its code and its name."""

    @property
    def code(self) -> str: ...

    @property
    def name(self) -> str: ...


P = TypeVar("P", bound=Product)
I = TypeVar("I")  # noqa: E741 - the input a service's update_product takes


class AccountChoice(QComboBox):
    """Postable, active accounts of some types by "code name"; optionally "(none)"."""

    def __init__(self, none_text: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._none_text = none_text
        self._accounts: list[AccountInfo] = []
        self.setMinimumContentsLength(30)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_accounts(self, accounts: list[AccountInfo], types: set[AccountType]) -> None:
        """List the accounts of ``types``, keeping the current choice."""
        current = self.code()
        self._accounts = [a for a in accounts if a.postable and a.active and a.type in types]
        self.blockSignals(True)
        self.clear()
        if self._none_text is not None:
            self.addItem(self._none_text, "")
        for a in self._accounts:
            self.addItem(a.label, a.code)
        self.blockSignals(False)
        self.set_code(current)

    def set_code(self, code: str | None) -> None:
        """Choose ``code``; an account not in the list (of another type) is added so
        the form shows what is stored and the service can say what is wrong."""
        index = self.findData(code or "")
        if index < 0 and code:
            self.addItem(code, code)
            index = self.count() - 1
        self.setCurrentIndex(max(index, 0))

    def code(self) -> str | None:
        data = self.currentData()
        return str(data) if data else None


class ProductListModel(TextTableModel, Generic[P]):
    """The products as rows of text (:meth:`cells`), found again by code."""

    def __init__(self, right: frozenset[int], parent: QObject | None = None) -> None:
        super().__init__(right, parent)
        self.products: list[P] = []

    def cells(self, product: P) -> tuple[str, ...]:
        """The row of ``product``."""
        raise NotImplementedError

    def set_products(self, products: list[P]) -> None:
        self.products = list(products)
        self.set_rows([self.cells(p) for p in self.products])

    def product(self, row: int) -> P | None:
        return self.products[row] if 0 <= row < len(self.products) else None

    def row_of(self, code: str) -> int:
        return next((i for i, p in enumerate(self.products) if p.code == code), -1)


@dataclass(frozen=True)
class ProductTexts:
    """The dialog's words, translated by the feature's dialog."""

    title: str
    save: str
    saved: str
    """``{name}`` is the product's name."""
    discard: str
    """Asked before another product is shown; ``{name}`` is the changed product's."""
    close: str
    """Asked before the dialog closes over changes."""
    note: str
    """Under the list (empty: no note)."""


def inline(*widgets: QWidget) -> QWidget:
    """``widgets`` side by side on one form row, pushed to the left."""
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch(1)
    return box


class ProductsDialog(QDialog, Generic[P, I]):
    """The product list on top, the chosen product's terms below; Save writes one product.

    A subclass gives :meth:`texts`, :meth:`build_form`, :meth:`set_editable`,
    :meth:`fill_form`, :meth:`form_input`, :meth:`stored_input`, :meth:`write`
    and :meth:`show_error`.
    """

    PERMISSION: ClassVar[Permission]
    """The right to change the products (others see them read-only)."""
    MIN_WIDTH: ClassVar[int] = 980

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.editable = ops.can(self.PERMISSION)
        self.saved = False
        self.product: P | None = None
        self.accounts: list[AccountInfo] = ops.read(self, list_accounts) or []
        self.words = self.texts()
        self.setWindowTitle(self.words.title)
        self.model = self.make_model()
        self.view = QTableView()
        self.view.setModel(self.model)
        setup_table(self.view)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.errors: dict[str, ErrorLabel] = {}
        self._build_layout(self.build_form())
        for label in self.errors.values():
            # take the column's whole width instead of wrapping after a few words
            label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        # never narrower than the form needs: a squeezed form cuts its labels
        self.setMinimumWidth(max(self.MIN_WIDTH, self.minimumSizeHint().width()))
        self.set_editable(self.editable)
        self.reload()
        self.view.selectionModel().selectionChanged.connect(self._on_selection)
        self.view.setFocus()

    # --- what a feature's dialog gives -----------------------------------------------

    def texts(self) -> ProductTexts:
        raise NotImplementedError

    def make_model(self) -> ProductListModel[P]:
        """The list's model (a child of the dialog)."""
        raise NotImplementedError

    def list_products(self, session: Session) -> list[P]:
        """The products, read in ``session`` through the feature's service."""
        raise NotImplementedError

    def build_form(self) -> QLayout:
        """Make the fields (their error labels in :attr:`errors`); the form below the list."""
        raise NotImplementedError

    def set_editable(self, editable: bool) -> None:
        raise NotImplementedError

    def fill_form(self, product: P) -> None:
        raise NotImplementedError

    def form_input(self) -> I:
        """What the form says; ValidationError for an amount that is not rupiah."""
        raise NotImplementedError

    def stored_input(self, product: P) -> I:
        """The product's terms as the form would send them unchanged."""
        raise NotImplementedError

    def write(self, product: P, data: I) -> P | None:
        """Save ``data`` as ``product``'s terms through the service; None when it was not."""
        raise NotImplementedError

    def show_error(self, error: ValidationError) -> None:
        raise NotImplementedError

    # --- building --------------------------------------------------------------------

    @staticmethod
    def group(title: str) -> tuple[QGroupBox, QFormLayout]:
        """A titled box of form rows, labels on the left."""
        box = QGroupBox(title)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return box, form

    @staticmethod
    def two_columns(left: list[QWidget], right: list[QWidget]) -> QHBoxLayout:
        """The boxes of the form in two columns of equal width."""
        columns = QHBoxLayout()
        for index, widgets in enumerate((left, right)):
            column = QVBoxLayout()
            for widget in widgets:
                column.addWidget(widget)
            column.addStretch(1)
            if index:
                columns.addSpacing(8)
            columns.addLayout(column, 1)
        return columns

    def _build_layout(self, form: QLayout) -> None:
        self.general_error = ErrorLabel()
        self.saved_label = QLabel()
        self.saved_label.setStyleSheet("color: #1b5e20;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = QPushButton(self.words.save)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.save_button.setVisible(self.editable)
        note = QLabel(self.words.note)
        note.setWordWrap(True)
        note.setVisible(bool(self.words.note))
        bottom = QHBoxLayout()
        bottom.addWidget(self.general_error, 1)
        bottom.addWidget(self.saved_label, 1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(note)
        layout.addLayout(form, 1)
        layout.addLayout(bottom)

    # --- showing a product -----------------------------------------------------------

    def reload(self, code: str | None = None) -> None:
        """Read the products again and show ``code`` (default: the one shown, or the first)."""
        products = self.ops.read(self, self.list_products) or []
        self.model.set_products(products)
        self.view.setFixedHeight(
            self.view.horizontalHeader().height()
            + self.view.verticalHeader().defaultSectionSize() * max(len(products), 1)
            + 2 * self.view.frameWidth()
        )
        wanted = code or (self.product.code if self.product else None)
        row = max(self.model.row_of(wanted) if wanted else 0, 0)
        self.view.selectRow(row)
        self.show_product(self.model.product(row))

    def _on_selection(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        rows = selected.indexes()
        chosen = self.model.product(rows[0].row()) if rows else None
        if chosen is None or (self.product and chosen.code == self.product.code):
            return
        if self.is_modified() and not messages.confirm(
            self,
            self.words.title,
            self.words.discard.format(name=self.product.name if self.product else ""),
        ):
            previous = deselected.indexes()
            if previous:
                self.view.selectionModel().blockSignals(True)
                self.view.selectRow(previous[0].row())
                self.view.selectionModel().blockSignals(False)
            return
        self.show_product(chosen)

    def select_product(self, code: str) -> None:
        """Show the product ``code`` (as if chosen in the list)."""
        row = self.model.row_of(code)
        if row >= 0:
            self.view.selectRow(row)

    def show_product(self, product: P | None) -> None:
        self.product = product
        self._clear_errors()
        self.saved_label.clear()
        if product is not None:
            self.fill_form(product)

    # --- saving ----------------------------------------------------------------------

    @staticmethod
    def amount(edit: AmountEdit, field: str) -> int:
        """The rupiah in ``edit``; a ValidationError names ``field``."""
        try:
            return edit.amount()
        except ValidationError as exc:
            raise ValidationError(field, exc.message) from None

    def is_modified(self) -> bool:
        """Whether the form differs from the stored product (unreadable text counts)."""
        if self.product is None or not self.editable:
            return False
        try:
            return bool(self.form_input() != self.stored_input(self.product))
        except ValidationError:
            return True

    def _clear_errors(self) -> None:
        for label in self.errors.values():
            label.show_message("")
        self.general_error.show_message("")

    def save(self) -> bool:
        """Save the shown product; True when saved."""
        if self.product is None or not self.editable:
            return False
        self._clear_errors()
        self.saved_label.clear()
        try:
            data = self.form_input()
        except ValidationError as exc:
            self.show_error(exc)
            return False
        code = self.product.code
        saved = self.write(self.product, data)
        if saved is None:
            return False
        self.saved = True
        self.product = saved
        self.reload(code)
        self.saved_label.setText(self.words.saved.format(name=saved.name))
        return True

    def reject(self) -> None:
        if self.is_modified() and not messages.confirm(self, self.words.title, self.words.close):
            return
        super().reject()

    @classmethod
    def ask(cls, parent: QWidget | None, ops: Ops) -> bool:
        """Show the products; True when at least one product was saved."""
        dialog = cls(ops, parent)
        dialog.exec()
        return dialog.saved
