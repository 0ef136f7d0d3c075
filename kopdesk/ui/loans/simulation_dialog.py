"""Simulasi angsuran: a live schedule for any principal, rate, tenor and method,
with totals, yearly subtotals and the effective rate next to the stated one.

:class:`SchedulePreview` is the table-and-summary part, reused by the
application dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kopdesk.app import papers as documents
from kopdesk.domain import clock
from kopdesk.domain.loans import MAX_TENOR, Method, RatePeriod, Simulation, Terms, simulate
from kopdesk.domain.money import Rounding, format_number, format_rupiah
from kopdesk.domain.permissions import Permission
from kopdesk.domain.savings import parse_percent, percent_text
from kopdesk.errors import ValidationError
from kopdesk.services.loans.products import LoanProductInfo, list_products
from kopdesk.ui.kit.ops import Ops
from kopdesk.ui.kit.printing import save_document
from kopdesk.ui.kit.table import TextTableModel
from kopdesk.ui.kit.widgets import AmountEdit, DateField, add_field_row, bold, setup_table
from kopdesk.ui.loans.loans_model import SchedulePreviewModel

ROUNDING_LABEL = {
    Rounding.HALF_UP: "Ke rupiah terdekat",
    Rounding.DOWN: "Ke bawah (rupiah)",
    Rounding.UP_100: "Ke atas Rp100",
    Rounding.UP_500: "Ke atas Rp500",
    Rounding.UP_1000: "Ke atas Rp1.000",
}
TWO_PLACES = Decimal("0.01")
YEAR_ROWS_SHOWN = 5


def rate_text(value: Decimal) -> str:
    """'1,79' — a rate for people, two decimals at most."""
    return percent_text(value.quantize(TWO_PLACES).normalize())


def fill_rate_period(combo: QComboBox) -> None:
    for period in RatePeriod:
        combo.addItem(period.label, period.value)


def fill_method(combo: QComboBox) -> None:
    for method in Method:
        combo.addItem(method.label, method.value)


def fill_rounding(combo: QComboBox) -> None:
    for rule in Rounding:
        combo.addItem(ROUNDING_LABEL[rule], rule.value)


def simulation_printer() -> Callable[..., bytes] | None:
    """``documents.loan_simulation_pdf`` when this version has it."""
    make: Callable[..., bytes] | None = getattr(documents, "loan_simulation_pdf", None)
    return make


class YearlyModel(TextTableModel):
    """Tahun ke | Pokok | Jasa | Angsuran."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(frozenset({0, 1, 2, 3}), parent)
        self.set_headers(
            (self.tr("Year"), self.tr("Principal"), self.tr("Interest"), self.tr("Installments"))
        )


class SchedulePreview(QWidget):
    """The schedule of a :class:`Simulation` (or nothing), its totals and rates."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.simulation: Simulation | None = None
        self.model = SchedulePreviewModel(self)
        self.view = _table(self.model)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.years_model = YearlyModel(self)
        self.years_view = _table(self.years_model)
        self.installment_label = QLabel()
        self.installment_label.setFont(bold(self.font()))
        self.installment_label.setStyleSheet("font-size: 11pt;")
        self.totals_label = QLabel()
        self.totals_label.setWordWrap(True)
        self.rate_label = QLabel()
        self.rate_label.setWordWrap(True)
        self.rate_label.setStyleSheet("color: #1f5f8b;")
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.installment_label)
        column.addWidget(self.totals_label)
        column.addWidget(self.rate_label)
        column.addWidget(self.view, 1)
        caption = QLabel(self.tr("Per year"))
        caption.setStyleSheet("color: #555;")
        column.addWidget(caption)
        column.addWidget(self.years_view)

    def show_simulation(self, sim: Simulation | None) -> None:
        self.simulation = sim
        self.model.set_simulation(sim)
        self.years_model.set_rows(
            [
                (str(y.year), format_number(y.principal), format_number(y.interest),
                 format_number(y.total))
                for y in (sim.years if sim else ())
            ]
        )  # fmt: skip
        rows = min(max(self.years_model.rowCount(), 1), YEAR_ROWS_SHOWN)
        header = self.years_view.horizontalHeader().sizeHint().height()
        row_height = self.years_view.verticalHeader().defaultSectionSize()
        self.years_view.setFixedHeight(header + rows * row_height + 4)
        if sim is None:
            for label in (self.installment_label, self.totals_label, self.rate_label):
                label.clear()
            return
        first, last = sim.rows[0].total, sim.rows[-1].total
        if sim.terms.method is Method.MENURUN:
            text = self.tr("Installment {first} (first) down to {last} (last)").format(
                first=format_rupiah(first), last=format_rupiah(last)
            )
        else:
            text = self.tr("Installment {amount} per month").format(amount=format_rupiah(first))
        self.installment_label.setText(text)
        self.totals_label.setText(
            self.tr(
                "{n} installments: principal {principal}, interest {interest}, together {total}"
            ).format(
                n=len(sim.rows),
                principal=format_rupiah(sim.total_principal),
                interest=format_rupiah(sim.total_interest),
                total=format_rupiah(sim.total),
            )
        )
        terms = sim.terms
        flat = Decimal(sim.total_interest) * 100 / terms.principal / terms.tenor
        self.rate_label.setText(
            self.tr(
                "Stated rate {rate}% {period}, method {method}. Flat equivalent {flat}% per month; "
                "effective rate {eff_month}% per month = {eff_year}% per year."
            ).format(
                rate=percent_text(terms.rate_percent),
                period=terms.rate_period.label,
                method=terms.method.label,
                flat=rate_text(flat),
                eff_month=rate_text(sim.effective_monthly_percent),
                eff_year=rate_text(sim.effective_yearly_percent),
            )
        )


def _table(model: TextTableModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    setup_table(view)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    return view


class SimulationDialog(QDialog):
    """Principal, rate (per month or year), tenor, method, rounding and start date;
    the schedule follows as you type. No member needed."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.setWindowTitle(self.tr("Installment simulation"))
        self.resize(1040, 660)
        self.products: list[LoanProductInfo] = ops.read(self, list_products) or []
        self.product_combo = QComboBox()
        self.product_combo.addItem(self.tr("(own terms)"), "")
        for p in self.products:
            self.product_combo.addItem(p.name, p.code)
        self.principal_edit = AmountEdit()
        self.principal_edit.setText("10.000.000")
        self.rate_edit = QLineEdit("12")
        self.period_combo = QComboBox()
        fill_rate_period(self.period_combo)
        self.period_combo.setCurrentIndex(self.period_combo.findData(RatePeriod.YEAR.value))
        self.tenor_spin = QSpinBox()
        self.tenor_spin.setRange(1, MAX_TENOR)
        self.tenor_spin.setValue(12)
        self.tenor_spin.setSuffix(self.tr(" months"))
        self.method_combo = QComboBox()
        fill_method(self.method_combo)
        self.method_combo.setCurrentIndex(self.method_combo.findData(Method.ANUITAS.value))
        self.rounding_combo = QComboBox()
        fill_rounding(self.rounding_combo)
        self.start_edit = DateField()
        self.preview = SchedulePreview()
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.clicked.connect(self.print_simulation)
        self._layout()
        self._connect()
        self.refresh()

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Take terms of"), self.product_combo)
        self.errors = {
            "principal": add_field_row(form, self.tr("Principal (Rp)"), self.principal_edit),
        }
        rate_row = QHBoxLayout()
        rate_row.setContentsMargins(0, 0, 0, 0)
        rate_row.addWidget(self.rate_edit, 1)
        rate_row.addWidget(QLabel("%"))
        rate_row.addWidget(self.period_combo, 2)
        rate_box = QWidget()
        rate_box.setLayout(rate_row)
        self.errors["rate"] = add_field_row(form, self.tr("Interest rate"), rate_box)
        self.errors["tenor"] = add_field_row(form, self.tr("Tenor"), self.tenor_spin)
        form.addRow(self.tr("Method"), self.method_combo)
        form.addRow(self.tr("Rounding"), self.rounding_combo)
        self.errors["start"] = add_field_row(form, self.tr("Disbursed on"), self.start_edit)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        if self._can_print():
            buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        else:
            self.print_button.hide()
        buttons.rejected.connect(self.reject)
        left.addWidget(buttons)
        row = QHBoxLayout(self)
        row.addLayout(left, 2)
        row.addWidget(self.preview, 3)

    def _connect(self) -> None:
        self.product_combo.currentIndexChanged.connect(self._product_chosen)
        self.principal_edit.textChanged.connect(self.refresh)
        self.rate_edit.textChanged.connect(self.refresh)
        for combo in (self.period_combo, self.method_combo, self.rounding_combo):
            combo.currentIndexChanged.connect(self.refresh)
        self.tenor_spin.valueChanged.connect(self.refresh)
        self.start_edit.dateChanged.connect(self.refresh)

    def _product_chosen(self) -> None:
        code = self.product_combo.currentData()
        product = next((p for p in self.products if p.code == code), None)
        if product is None:
            return
        self.rate_edit.setText(percent_text(product.rate_percent))
        self.period_combo.setCurrentIndex(self.period_combo.findData(product.rate_period.value))
        self.method_combo.setCurrentIndex(self.method_combo.findData(product.method.value))
        self.rounding_combo.setCurrentIndex(self.rounding_combo.findData(product.rounding.value))
        self.tenor_spin.setValue(
            min(max(self.tenor_spin.value(), product.min_tenor), product.max_tenor)
        )

    def _product_name(self) -> str:
        return self.product_combo.currentText() if self.product_combo.currentData() else ""

    def _can_print(self) -> bool:
        return simulation_printer() is not None and self.ops.can(Permission.REPORTS_PRINT)

    def terms(self) -> Terms:
        """The terms typed; ``ValidationError`` naming the field when one is not readable."""
        return Terms(
            principal=self.principal_edit.amount(),
            rate_percent=parse_percent(self.rate_edit.text(), field="rate"),
            rate_period=RatePeriod(self.period_combo.currentData()),
            tenor=self.tenor_spin.value(),
            method=Method(self.method_combo.currentData()),
            rounding=Rounding(self.rounding_combo.currentData()),
        )

    def refresh(self) -> Simulation | None:
        for error in self.errors.values():
            error.show_message("")
        try:
            sim = simulate(self.terms(), self.start_edit.value())
        except ValidationError as exc:
            field = exc.field if exc.field in self.errors else "principal"
            if exc.field == "jumlah":
                field = "principal"
            self.errors[field].show_message(exc.message)
            sim = None
        self.preview.show_simulation(sim)
        return sim

    def print_simulation(self) -> None:
        make = simulation_printer()
        sim = self.preview.simulation
        if make is None or sim is None:
            return
        save_document(
            self,
            self.ops,
            f"simulasi-angsuran-{clock.today():%Y%m%d}.pdf",
            lambda: make(
                sim.terms,
                sim.start,
                book=self.ops.book,
                actor=self.ops.actor,
                product_name=self._product_name(),
            ),
        )

    @classmethod
    def ask(cls, ops: Ops, parent: QWidget | None = None) -> None:
        """Show the simulation until closed (it records nothing)."""
        cls(ops, parent).exec()
