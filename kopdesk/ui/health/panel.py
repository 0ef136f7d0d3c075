"""The health panel: one assessment with its working, and the questionnaire.

Year and scheme pickers ask the injected ``load(scheme, year)`` for the
:class:`~kopdesk.domain.health.Assessment` to show (and emit ``year_changed`` /
``scheme_changed``); the table lists the indicators and the rows' formula and
sources show under it; composite and predicate stand out in the predicate's colour.
The Kuesioner tab ticks the questions it was given and emits ``answers_saved``
(key → ya) on Save; unsaved ticks are never lost without asking. Cetak opens the
paper in the print preview, Simpan writes the spreadsheet (xlsx)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from html import escape

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kopdesk.domain.health import Assessment, Indicator, Scheme
from kopdesk.domain.money import format_number
from kopdesk.domain.papers.health import PREDICATE_COLORS, percent_text, source_text
from kopdesk.errors import KopdeskError
from kopdesk.reports.health import result_text
from kopdesk.reports.health_sheets import health_workbook
from kopdesk.ui.health.model import IndicatorModel
from kopdesk.ui.kit import messages, printing
from kopdesk.ui.kit.ops import Ops

__all__ = ["HealthPanel", "Load", "MakePdf", "working_html"]

Load = Callable[[Scheme, int], Assessment]
MakePdf = Callable[[Assessment, Sequence[tuple[str, str, bool]]], bytes]
"""The registered paper of an assessment with the questionnaire's answers."""


def _sources(label: str, total: int, sources: Sequence[object]) -> str:
    parts = "".join(f"<li>{escape(source_text(s))}</li>" for s in sources)  # type: ignore[arg-type]
    return f"<p><b>{escape(label)}</b> {format_number(total)}</p>" + (
        f"<ul>{parts}</ul>" if parts else ""
    )


def working_html(i: Indicator, labels: Mapping[str, str]) -> str:
    """The formula, numerator and denominator with their sources, the ratio: HTML."""
    goal = f"<p><b>{escape(labels['goal'])}</b> {escape(i.goal)}</p>" if i.goal else ""
    return (
        f"<p><b>{escape(i.code)} {escape(i.name)}</b><br/>"
        f"{escape(labels['formula'])}: {escape(i.formula)}</p>"
        + _sources(labels["numerator"], i.numerator, i.numerator_from)
        + _sources(labels["denominator"], i.denominator, i.denominator_from)
        + f"<p><b>{escape(labels['ratio'])}</b> {percent_text(i.ratio)}</p>"
        + goal
    )


class HealthPanel(QWidget):
    """Shows the assessment ``load`` returns for the picked scheme and year."""

    year_changed = Signal(int)
    scheme_changed = Signal(str)
    answers_saved = Signal(dict)

    def __init__(
        self,
        ops: Ops,
        load: Load,
        *,
        years: Sequence[int],
        schemes: Sequence[Scheme] = (Scheme.KKPKK, Scheme.PERDEP_2016, Scheme.PEARLS),
        make_pdf: MakePdf | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self._load = load
        self._make_pdf = make_pdf
        self.assessment: Assessment | None = None
        self._questions: tuple[tuple[str, str, bool], ...] = ()
        self._saved: dict[str, bool] = {}
        self.boxes: dict[str, QCheckBox] = {}
        self._shown: tuple[Scheme, int] | None = None
        self._build(years, schemes)
        self.reload()

    # --- layout ---------------------------------------------------------------------

    def _build(self, years: Sequence[int], schemes: Sequence[Scheme]) -> None:
        self.year = QComboBox()
        for y in sorted(years, reverse=True):
            self.year.addItem(str(y), y)
        self.scheme = QComboBox()
        for s in schemes:
            self.scheme.addItem(s.label, s)
        self.print_button = QPushButton(self.tr("Print…"))
        self.save_button = QPushButton(self.tr("Save as spreadsheet…"))
        self.print_button.clicked.connect(self.print_paper)
        self.save_button.clicked.connect(self.save_sheet)
        pickers = QHBoxLayout()
        pickers.addWidget(QLabel(self.tr("Financial year")))
        pickers.addWidget(self.year)
        pickers.addSpacing(12)
        pickers.addWidget(QLabel(self.tr("Scheme")))
        pickers.addWidget(self.scheme)
        pickers.addStretch(1)
        pickers.addWidget(self.print_button)
        pickers.addWidget(self.save_button)
        self.result = QLabel()
        self.result.setTextFormat(Qt.TextFormat.RichText)
        self.result.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._indicators_tab(), self.tr("Indicators"))
        self.tabs.addTab(self._questions_tab(), self.tr("Questionnaire"))
        layout = QVBoxLayout(self)
        layout.addLayout(pickers)
        layout.addWidget(self.result)
        layout.addWidget(self.tabs, 1)
        self.year.currentIndexChanged.connect(self._picked)
        self.scheme.currentIndexChanged.connect(self._picked)

    def _indicators_tab(self) -> QWidget:
        self.model = IndicatorModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.details = QTextBrowser()
        self.details.setPlaceholderText(
            self.tr("Choose an indicator to see its formula and where its figures come from.")
        )
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.details)
        split.setSizes([330, 260])
        return split

    def _questions_tab(self) -> QWidget:
        page = QWidget()
        self.question_area = QScrollArea()
        self.question_area.setWidgetResizable(True)
        self.save_answers_button = QPushButton(self.tr("Save answers"))
        self.save_answers_button.clicked.connect(self.save_answers)
        self.no_questions = QLabel(self.tr("This scheme has no questions to answer."))
        bar = QHBoxLayout()
        bar.addWidget(self.no_questions)
        bar.addStretch(1)
        bar.addWidget(self.save_answers_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.question_area, 1)
        layout.addLayout(bar)
        self.set_questions(())
        return page

    # --- the assessment -------------------------------------------------------------

    def current_scheme(self) -> Scheme:
        return Scheme(self.scheme.currentData())

    def current_year(self) -> int:
        return int(self.year.currentData())

    def _picked(self) -> None:
        if self._shown is not None and self.dirty() and not self._may_discard():
            self._put_back(*self._shown)
            return
        scheme, year = self.current_scheme(), self.current_year()
        previous = self._shown
        self.reload()
        if previous is None or previous[1] != year:
            self.year_changed.emit(year)
        if previous is None or previous[0] != scheme:
            self.scheme_changed.emit(scheme.value)

    def _put_back(self, scheme: Scheme, year: int) -> None:
        for combo, value in ((self.scheme, scheme), (self.year, year)):
            combo.blockSignals(True)
            combo.setCurrentIndex(combo.findData(value))
            combo.blockSignals(False)

    def _may_discard(self) -> bool:
        return messages.confirm(
            self,
            self.tr("Unsaved answers"),
            self.tr("The questionnaire has ticks that are not saved. Discard them?"),
        )

    def reload(self) -> None:
        """Ask ``load`` for the picked scheme and year and show it (asks first when
        ticks are unsaved and the shown year or scheme stays)."""
        if self.year.count() == 0 or self.scheme.count() == 0:
            self.show_assessment(None)
            return
        scheme, year = self.current_scheme(), self.current_year()
        if self._shown == (scheme, year) and self.dirty() and not self._may_discard():
            return
        try:
            assessment = self._load(scheme, year)
        except KopdeskError as exc:
            messages.show_error(self, exc)
            assessment = None
        self._shown = (scheme, year)
        self.show_assessment(assessment)
        self.set_questions(self._questions)

    def show_assessment(self, assessment: Assessment | None) -> None:
        self.assessment = assessment
        self.model.set_assessment(assessment)
        self.details.clear()
        self.print_button.setEnabled(assessment is not None and self._make_pdf is not None)
        self.save_button.setEnabled(assessment is not None)
        if assessment is None:
            self.result.setText(self.tr("No assessment for this year."))
            return
        colour = (
            PREDICATE_COLORS[assessment.predicate] if assessment.predicate is not None else "#444"
        )
        self.result.setText(
            f'<span style="font-size:17pt; font-weight:600; color:{colour}">'
            f"{escape(result_text(assessment))}</span>"
            f'<br/><span style="color:#555">{escape(assessment.scheme.label)} · '
            + self.tr("financial year {year}").format(year=assessment.year)
            + "</span>"
        )
        if self.model.rowCount():
            self.table.selectRow(0)

    def _selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = {i.row() for i in selected.indexes()}
        if not rows:
            return
        labels = {
            "formula": self.tr("Formula"),
            "numerator": self.tr("Numerator"),
            "denominator": self.tr("Denominator"),
            "ratio": self.tr("Ratio"),
            "goal": self.tr("Goal"),
        }
        self.details.setHtml(working_html(self.model.indicator(min(rows)), labels))

    # --- the questionnaire ----------------------------------------------------------

    def set_questions(self, questions: Sequence[tuple[str, str, bool]]) -> None:
        """Show ``questions`` ((key, question, ya)) as saved: no unsaved ticks after."""
        self._questions = tuple(questions)
        self._saved = {key: bool(yes) for key, _q, yes in self._questions}
        holder = QWidget()
        column = QVBoxLayout(holder)
        self.boxes = {}
        for key, question, yes in self._questions:
            box = QCheckBox(question)
            box.setChecked(bool(yes))
            box.setToolTip(key)
            column.addWidget(box)
            self.boxes[key] = box
        column.addStretch(1)
        self.question_area.setWidget(holder)
        self.no_questions.setVisible(not self._questions)
        self.save_answers_button.setEnabled(bool(self._questions))

    def answers(self) -> dict[str, bool]:
        return {key: box.isChecked() for key, box in self.boxes.items()}

    def dirty(self) -> bool:
        """Ticks changed since the questions were set or saved."""
        return self.answers() != self._saved

    def save_answers(self) -> None:
        answers = self.answers()
        self._saved = dict(answers)
        self._questions = tuple((k, q, answers[k]) for k, q, _y in self._questions)
        self.answers_saved.emit(answers)

    # --- papers -----------------------------------------------------------------------

    def _name(self, extension: str) -> str:
        a = self.assessment
        assert a is not None
        return f"penilaian-kesehatan-{a.scheme.value}-{a.year}.{extension}"

    def print_paper(self) -> None:
        """The registered paper in the print preview (Print and Save as PDF are there)."""
        a, make = self.assessment, self._make_pdf
        if a is None or make is None:
            return
        answered = tuple((k, q, self.answers().get(k, y)) for k, q, y in self._questions)
        printing.show_pdf(self, self.ops, self._name("pdf"), lambda: make(a, answered))

    def save_sheet(self) -> None:
        """The indicators as an Excel workbook (numbers as numbers)."""
        a = self.assessment
        if a is None:
            return
        pattern = self.tr("Excel workbooks (*.xlsx)")
        printing.save_document(
            self,
            self.ops,
            self._name("xlsx"),
            lambda: health_workbook(a),
            pdf=False,
            pattern=pattern,
        )
