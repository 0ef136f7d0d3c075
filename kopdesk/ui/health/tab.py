"""The Kesehatan tab of the Pengawasan page: :class:`HealthPanel` over the book.

The panel is given the book's tahun buku (those that have begun), the schemes kopdesk
computes with the cooperative's own (setting ``health.scheme``) first, the stored
questionnaire of the scheme and year shown, and the registered paper. Answers are
saved through the health service (``health.assess``: pengawas, ketua, admin) and the
assessment is read again, since the answers count in it; for any other role the
questionnaire is shown and cannot be changed."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QVBoxLayout, QWidget

from kopdesk.app.papers import health_report_pdf
from kopdesk.domain.health import Assessment, Scheme
from kopdesk.domain.permissions import Permission
from kopdesk.services.health import schemes
from kopdesk.services.ledger.books import list_fiscal_years
from kopdesk.ui.health.panel import HealthPanel
from kopdesk.ui.kit.ops import Ops
from kopdesk.ui.kit.widgets import today

__all__ = ["HealthTab"]


class HealthTab(QWidget):
    """Penilaian kesehatan koperasi from the book, with its questionnaire."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        on = today()
        found = ops.read(
            self,
            lambda s: (
                {y.year: y.end_date for y in list_fiscal_years(s) if y.start_date <= on},
                schemes.default_scheme(s),
            ),
        )
        self._ends, chosen = found if found is not None else ({}, Scheme.KKPKK)
        years = list(self._ends)
        order = (chosen, *(s for s in schemes.available() if s is not chosen))
        self.may_answer = ops.can(Permission.HEALTH_ASSESS)
        self.panel = HealthPanel(
            ops, self._load, years=years, schemes=order, make_pdf=self._make_pdf
        )
        self.panel.year_changed.connect(lambda _year: self._questions())
        self.panel.scheme_changed.connect(lambda _scheme: self._questions())
        self.panel.answers_saved.connect(self._save)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.panel)
        self._questions()

    def _load(self, scheme: Scheme, year: int) -> Assessment:
        # a year still running is assessed as of today, like Beranda's trend
        as_of = min(self._ends[year], today())
        with self.ops.book.read() as session:
            return schemes.assess(session, scheme, year, as_of)

    def _questions(self) -> None:
        if self.panel.year.count() == 0:
            return
        scheme, year = self.panel.current_scheme(), self.panel.current_year()
        asked = self.ops.read(self, lambda s: schemes.answered(s, scheme, year)) or []
        self.panel.set_questions(asked)
        self.panel.save_answers_button.setEnabled(bool(asked) and self.may_answer)
        for box in self.panel.boxes.values():
            box.setEnabled(self.may_answer)
        if asked and not self.may_answer:
            self.panel.save_answers_button.setToolTip(
                self.tr("Only the Pengawas, the Ketua or the Admin answer these questions.")
            )

    def _save(self, values: dict[str, bool]) -> None:
        scheme, year, actor = self.panel.current_scheme(), self.panel.current_year(), self.ops.actor
        self.ops.run(self, lambda s: schemes.save_answers(s, actor, scheme, year, values))
        self._questions()  # what is stored now, saved or not
        self.panel.reload()

    def _make_pdf(self, assessment: Assessment, _answers: Sequence[tuple[str, str, bool]]) -> bytes:
        """The registered paper as the book stands: the stored answers (save first to
        print new ticks) and the trend up to the year."""
        return health_report_pdf(
            self.ops.book, assessment.scheme, assessment.year, actor=self.ops.actor,
            as_of=assessment.as_of,
        )  # fmt: skip
