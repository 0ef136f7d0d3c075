"""One renderer base for every printed report (template method, pretix style).

A report module subclasses :class:`ReportRenderer`, names its ``title`` and
``columns``, and implements :meth:`~ReportRenderer.subtitle_lines` and
:meth:`~ReportRenderer.rows`, whose cells are already-formatted text. The base
does the rest once for all papers: A4 page templates (first page with the QR
code, later pages without), header and footer (:mod:`kopdesk.reports.page`),
the table in page-sized chunks (:mod:`kopdesk.reports.table`) and
``Halaman x dari y``. Output is deterministic: the same DTO and stamp give the
same bytes, so a paper's SHA-256 identifies it.

Renderers never add numbers up: every total comes from the report DTO.
"""

from __future__ import annotations

import datetime as dt
import io
from abc import ABC, abstractmethod
from collections.abc import Iterable
from functools import partial
from typing import ClassVar

from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from kopdesk.domain.dates import format_date
from kopdesk.domain.papers.common import BookHeader, DocumentStamp
from kopdesk.reports.page import MARGIN_X, NumberedCanvas, PageLayout, draw_page, page_layout
from kopdesk.reports.table import Column, Row, RowKind, TableLayout, amount

__all__ = [
    "Column",
    "PageLayout",
    "ReportRenderer",
    "Row",
    "RowKind",
    "amount",
    "page_template",
    "period_text",
]


def period_text(start: dt.date, end: dt.date) -> str:
    """``Periode 1 Januari 2025 s.d. 31 Desember 2025``."""
    return f"Periode {format_date(start)} s.d. {format_date(end)}"


class ReportRenderer(ABC):
    """Template method: :meth:`generate` lays out one report as PDF bytes.

    Subclasses set ``title`` and ``columns`` (and ``landscape`` to change the
    default orientation), implement :meth:`subtitle_lines` and :meth:`rows`,
    and may override :meth:`story` for papers that are more than one table."""

    title: ClassVar[str]
    columns: ClassVar[tuple[Column, ...]]
    landscape: ClassVar[bool] = False

    def __init__(
        self, header: BookHeader, stamp: DocumentStamp, *, landscape: bool | None = None
    ) -> None:
        self.header = header
        self.stamp = stamp
        self._landscape = type(self).landscape if landscape is None else landscape

    # --- hooks -----------------------------------------------------------------

    @abstractmethod
    def subtitle_lines(self) -> tuple[str, ...]:
        """Lines under the title: ``Per 31 Desember 2025``, a period, an account."""

    @abstractmethod
    def rows(self) -> Iterable[Row]:
        """Table rows in print order, totals last (numbers taken from the DTO)."""

    def story(self, layout: PageLayout) -> list[Flowable]:
        """The body's flowables; by default the report's table, one chunk a page."""
        return self.table().chunks(
            list(self.rows()),
            layout.content_width,
            layout.frame_top_first - layout.frame_bottom,
            layout.frame_top_later - layout.frame_bottom,
        )

    def table(self) -> TableLayout:
        """The table layout for :attr:`columns`."""
        return TableLayout(self.columns)

    # --- template method -------------------------------------------------------

    def generate(self) -> bytes:
        """Lay out the report and return the PDF; same inputs give the same bytes."""
        subtitles = self.subtitle_lines()
        layout = page_layout(
            self.header, self.stamp, self.title, subtitles, landscape=self._landscape
        )
        buffer = io.BytesIO()
        doc = BaseDocTemplate(
            buffer,
            pagesize=(layout.width, layout.height),
            title=f"{self.title} – {self.header.coop_name}",
            author=self.stamp.made_by,
            subject=" ".join(subtitles),
            creator="kopdesk",
            keywords=self.stamp.reference or self.stamp.number,
            invariant=1,
            pageCompression=1,
        )
        doc.addPageTemplates(
            [
                page_template("first", layout, layout.frame_top_first, first=True),
                page_template("later", layout, layout.frame_top_later, first=False),
            ]
        )
        canvasmaker = partial(
            NumberedCanvas, label_x=layout.width - MARGIN_X, label_y=layout.page_label_y
        )
        doc.build(self.story(layout), canvasmaker=canvasmaker)
        return buffer.getvalue()


def page_template(name: str, layout: PageLayout, frame_top: float, *, first: bool) -> PageTemplate:
    """One frame between header and footer, no padding (heights are exact)."""
    frame = Frame(
        MARGIN_X,
        layout.frame_bottom,
        layout.content_width,
        frame_top - layout.frame_bottom,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id=name,
    )
    return PageTemplate(
        id=name,
        frames=[frame],
        onPage=partial(draw_page, layout=layout, first=first),
        autoNextPageTemplate="later" if first else None,
    )
