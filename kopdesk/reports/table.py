"""Report tables laid out by hand for speed and exact paging (DESIGN §9).

Every row's height is known before reportlab sees it (wrapped text is split
into lines here, so nothing is clipped), rows are packed into page-sized
chunks, and each chunk becomes one platypus ``Table`` with fixed column widths
and row heights and its own heading row (``repeatRows=1``). Cells hold text
that is already formatted; nothing here adds numbers up."""

from __future__ import annotations

import enum
import functools
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any, Literal

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, PageBreak, Table
from reportlab.platypus.tables import CellStyle

from kopdesk.domain.money import format_number
from kopdesk.reports.page import FONT, FONT_BOLD, Align, fit_text, surely_fits, wrap_text

__all__ = ["Column", "Row", "RowKind", "TableLayout", "amount"]

BODY_SIZE = 8.0
BODY_LEADING = 9.6
PAD_X = 3.0
PAD_TOP = 2.6
PAD_BOTTOM = 2.4
INDENT_STEP = 12.0
ROW_HEIGHT = PAD_TOP + BODY_LEADING + PAD_BOTTOM
"""Height of a one-line row (and of the heading row) in points."""

SIZE_STEP = 0.5
"""How much a shrinking cell's font gets smaller per try."""

LINE_COLOR = colors.Color(0.55, 0.55, 0.55)
HEAD_FILL = colors.Color(0.9, 0.9, 0.9)
TOTAL_FILL = colors.Color(0.95, 0.95, 0.95)


def amount(value: int, *, blank_zero: bool = True) -> str:
    """An amount cell: ``1.250.000``. Zero is blank in debit/credit columns
    (``blank_zero``) and ``0`` where a figure must always show (totals)."""
    if value == 0 and blank_zero:
        return ""
    return format_number(value)


@dataclass(frozen=True)
class Column:
    """A table column; ``width`` in points is a minimum (widened when a cell
    would not fit), ``None`` takes what the others leave.

    Text in a ``wrap`` column is split over several lines when too long; with
    ``min_size`` it first shrinks (down to that font size) rather than make the
    row taller than the table's ``min_row_height``."""

    heading: str
    width: float | None
    align: Align = "LEFT"
    wrap: bool = False
    min_size: float | None = None


class RowKind(enum.Enum):
    BODY = "body"
    GROUP = "group"
    """First row of a group (a journal entry): a thin line above it."""
    TOTAL = "total"
    """Bold totals row: the label spans the text columns; kept with the row before."""
    CLOSING = "closing"
    """Bold closing row (``Saldo akhir``) under a rule; kept with the row before."""


@dataclass(frozen=True)
class Row:
    """One table row of formatted text, one cell per column.

    ``indent`` (levels) shifts the wrap column's text right; ``keep_with_next``
    keeps this row on the same page as the next one; ``continued`` fills this
    row's blank cells when it happens to open a page (an entry's date and
    number over its remaining lines)."""

    cells: tuple[str, ...]
    kind: RowKind = RowKind.BODY
    indent: int = 0
    keep_with_next: bool = False
    continued: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Laid:
    """A row with its wrapped cells and its height in points."""

    cells: list[str]
    kind: RowKind
    indent: int
    height: float
    glue: bool
    """Must stay on the same page as the next row."""
    continued: tuple[str, ...]
    sizes: tuple[tuple[int, float], ...] = ()
    """(column, font size) of cells printed smaller than ``BODY_SIZE``."""

    def opening_page(self) -> _Laid:
        """This row as the first on a page: blank cells filled from ``continued``."""
        if not self.continued:
            return self
        cells = [c or k for c, k in zip(self.cells, self.continued, strict=True)]
        return replace(self, cells=cells)


class _Table(Table):  # type: ignore[misc]
    """A platypus ``Table`` that skips empty cells when drawing.

    Debit/credit tables are half blank; not drawing ``""`` saves ~15 % of a
    long report's time. Overrides reportlab's internal ``_drawCell``."""

    def _drawCell(self, cellval: Any, cellstyle: Any, pos: Any, size: Any) -> None:
        if cellval == "":
            return
        super()._drawCell(cellval, cellstyle, pos, size)


class TableLayout:
    """Lays rows out under ``columns`` as one fixed ``Table`` per page.

    ``min_row_height`` makes every body row at least that tall (a register's
    rows to sign in), ``ruled`` draws a line between body rows, ``valign``
    places the text in its cell."""

    def __init__(
        self,
        columns: tuple[Column, ...],
        *,
        min_row_height: float = 0.0,
        ruled: bool = False,
        valign: Literal["TOP", "MIDDLE", "BOTTOM"] = "TOP",
    ) -> None:
        self.columns = columns
        self.min_row_height = min_row_height
        self.ruled = ruled
        self.valign = valign
        # a total's label spans the columns before the first amount column
        self._first_amount = next(
            (i for i, c in enumerate(columns) if c.align == "RIGHT"), len(columns)
        )

    def chunks(
        self, rows: Sequence[Row], content_width: float, first_room: float, later_room: float
    ) -> list[Flowable]:
        """Tables for the pages, ``first_room`` then ``later_room`` points high.

        Pages end with an explicit break: a page left short (rows kept together
        moved on) must not be filled by reportlab splitting the next chunk."""
        for row in rows:
            if len(row.cells) != len(self.columns):
                raise ValueError(f"row has {len(row.cells)} cells, table has {len(self.columns)}")
        widths = self.column_widths(content_width, rows)
        body_first, body_later = first_room - ROW_HEIGHT, later_room - ROW_HEIGHT
        laid = self._lay_rows(rows, widths, min(body_first, body_later))
        story: list[Flowable] = []
        for number, page in enumerate(_paginate(laid, body_first, body_later)):
            if number:
                page[0] = page[0].opening_page()
                story.append(PageBreak())
            story.append(self._table(page, widths))
        return story

    def flowing(
        self, rows: Sequence[Row], content_width: float, *, heading: bool = True
    ) -> Flowable:
        """One table for a short list placed anywhere in a story (a profile's
        status history): reportlab splits it over pages itself, repeating the
        heading row. ``heading=False`` leaves the heading row out."""
        widths = self.column_widths(content_width, rows)
        laid = self._lay_rows(rows, widths, 20 * ROW_HEIGHT)
        return self._table(laid, widths, heading=heading)

    def column_widths(self, content_width: float, rows: Sequence[Row] = ()) -> list[float]:
        """Widths in points: each fixed column widened if its heading or a cell
        of ``rows`` would not fit; the ``None`` column takes the rest."""
        widths = [c.width or 0.0 for c in self.columns]
        for i, column in enumerate(self.columns):
            if column.width is None or column.wrap:
                continue
            room = widths[i] - 2 * PAD_X - 0.5
            widest = stringWidth(column.heading, FONT_BOLD, BODY_SIZE)
            measured: set[tuple[str, bool]] = set()  # amounts repeat: measure each once
            for row in rows:
                text = row.cells[i]
                if surely_fits(text, BODY_SIZE, room):
                    continue
                if row.kind is RowKind.TOTAL and i < self._first_amount:
                    continue  # the label spans the text columns
                bold = row.kind in (RowKind.TOTAL, RowKind.CLOSING)
                if (text, bold) in measured:
                    continue
                measured.add((text, bold))
                widest = max(widest, stringWidth(text, FONT_BOLD if bold else FONT, BODY_SIZE))
            widths[i] = max(widths[i], widest + 2 * PAD_X + 0.5)
        flexible = [i for i, c in enumerate(self.columns) if c.width is None]
        rest = (content_width - sum(widths)) / len(flexible) if flexible else 0.0
        for i in flexible:
            widths[i] = rest
        return widths

    def _lay_rows(self, rows: Sequence[Row], widths: list[float], room: float) -> list[_Laid]:
        """Wrap the wrap columns and measure each row; a row never outgrows a page."""
        wrap_cols = [i for i, c in enumerate(self.columns) if c.wrap]
        text_room = room - PAD_TOP - PAD_BOTTOM
        min_text = max(BODY_LEADING, self.min_row_height - PAD_TOP - PAD_BOTTOM)
        out: list[_Laid] = []
        for row in rows:
            cells = list(row.cells)
            bold = row.kind in (RowKind.TOTAL, RowKind.CLOSING)
            font = FONT_BOLD if bold else FONT
            text_height = BODY_LEADING
            sizes: list[tuple[int, float]] = []
            for i in wrap_cols:
                width = widths[i] - 2 * PAD_X - row.indent * INDENT_STEP
                parts = wrap_text(cells[i], font, BODY_SIZE, width)
                size = BODY_SIZE
                min_size = self.columns[i].min_size
                if min_size is not None and len(parts) * BODY_LEADING > min_text + 1e-6:
                    parts, size = _shrink(cells[i], font, width, min_text, min_size)
                    sizes.append((i, size))
                leading = size * BODY_LEADING / BODY_SIZE
                lines = max(1, int(text_room // leading))
                if len(parts) > lines:
                    last = fit_text(parts[lines - 1] + "…", font, size, width, size)
                    parts = [*parts[: lines - 1], last[0]]
                cells[i] = "\n".join(parts)
                text_height = max(text_height, len(parts) * leading)
            if out and bold:
                out[-1] = replace(out[-1], glue=True)
            height = max(PAD_TOP + text_height + PAD_BOTTOM, self.min_row_height)
            out.append(
                _Laid(
                    cells,
                    row.kind,
                    row.indent,
                    height,
                    row.keep_with_next,
                    row.continued,
                    tuple(sizes),
                )
            )
        return out

    def _table(
        self, chunk: Sequence[_Laid], widths: list[float], *, heading: bool = True
    ) -> _Table:
        head = [[c.heading for c in self.columns]] if heading else []
        data = head + [r.cells for r in chunk]
        heights = [ROW_HEIGHT] * len(head) + [r.height for r in chunk]
        style = self._table_style(chunk, first=len(head))
        cells = _cell_styles(len(data), len(widths), [c for c in style if c[0] in _CELL_OPS])
        table = _Table(
            data, colWidths=widths, rowHeights=heights, repeatRows=len(head), cellStyles=cells
        )
        table.setStyle([c for c in style if c[0] not in _CELL_OPS])
        return table

    def _table_style(self, chunk: Sequence[_Laid], *, first: int = 1) -> list[tuple[Any, ...]]:
        """Style commands; body rows start at row ``first`` (1 under a heading row)."""
        style: list[tuple[Any, ...]] = [
            ("FONT", (0, 0), (-1, -1), FONT, BODY_SIZE, BODY_LEADING),
            ("VALIGN", (0, 0), (-1, -1), self.valign),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD_X),
            ("RIGHTPADDING", (0, 0), (-1, -1), PAD_X),
            ("TOPPADDING", (0, 0), (-1, -1), PAD_TOP),
            ("BOTTOMPADDING", (0, 0), (-1, -1), PAD_BOTTOM),
            ("BOX", (0, 0), (-1, -1), 0.6, colors.black),
            ("LINEAFTER", (0, 0), (-2, -1), 0.3, LINE_COLOR),
        ]
        if first:
            style += [
                ("FONT", (0, 0), (-1, 0), FONT_BOLD, BODY_SIZE, BODY_LEADING),
                ("ALIGN", (0, 0), (-1, 0), "CENTER"),
                ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
            ]
        if self.ruled:
            style.append(("LINEBELOW", (0, first), (-1, -2), 0.3, LINE_COLOR))
        for col, column in enumerate(self.columns):
            if column.align != "LEFT":
                style.append(("ALIGN", (col, first), (col, -1), column.align))
        for index, row in enumerate(chunk, start=first):
            style.extend(self._row_style(index, row, first=first))
        return style

    def _row_style(self, index: int, row: _Laid, *, first: int = 1) -> list[tuple[Any, ...]]:
        at = (0, index), (-1, index)
        style: list[tuple[Any, ...]] = []
        if row.indent:
            pad = PAD_X + row.indent * INDENT_STEP
            for col, column in enumerate(self.columns):
                if column.wrap:
                    style.append(("LEFTPADDING", (col, index), (col, index), pad))
        if row.kind is RowKind.GROUP and index > first:
            style.append(("LINEABOVE", *at, 0.3, LINE_COLOR))
        elif row.kind is RowKind.TOTAL:
            style.append(("FONT", *at, FONT_BOLD, BODY_SIZE, BODY_LEADING))
            style.append(("LINEABOVE", *at, 0.6, colors.black))
            style.append(("BACKGROUND", *at, TOTAL_FILL))
            if self._first_amount > 1:
                style.append(("SPAN", (0, index), (self._first_amount - 1, index)))
        elif row.kind is RowKind.CLOSING:
            style.append(("FONT", *at, FONT_BOLD, BODY_SIZE, BODY_LEADING))
            style.append(("LINEABOVE", *at, 0.6, colors.black))
        bold = row.kind in (RowKind.TOTAL, RowKind.CLOSING)
        for col, size in row.sizes:  # after the row's font, which it overrides
            font = FONT_BOLD if bold else FONT
            leading = size * BODY_LEADING / BODY_SIZE
            style.append(("FONT", (col, index), (col, index), font, size, leading))
        return style


_CELL_OPS = {
    "FONT": ("fontname", "fontsize", "leading"),
    "ALIGN": ("alignment",),
    "VALIGN": ("valign",),
    "LEFTPADDING": ("leftPadding",),
    "RIGHTPADDING": ("rightPadding",),
    "TOPPADDING": ("topPadding",),
    "BOTTOMPADDING": ("bottomPadding",),
}
"""The cell-style commands this module gives, and the ``CellStyle`` fields each sets."""


def _cell_styles(nrows: int, ncols: int, ops: Sequence[tuple[Any, ...]]) -> list[list[CellStyle]]:
    """The cell styles reportlab's ``setStyle`` would make of ``ops``, made faster.

    reportlab makes one style per cell and applies every command to every cell it
    covers (most of a long report's layout time). Here the fields are worked out
    once per distinct set of commands covering a row (a page's body rows share one)
    and each cell gets its own style with them: a later ``setStyle`` on one cell
    (a totals label moved left) still changes that cell alone."""
    covering: list[list[tuple[Any, ...]]] = [[] for _ in range(nrows)]
    for op, (c0, r0), (c1, r1), *values in ops:  # negative: from the end, as reportlab
        sc, ec = max(0, c0 + ncols if c0 < 0 else c0), min(ncols - 1, c1 + ncols if c1 < 0 else c1)
        sr, er = max(0, r0 + nrows if r0 < 0 else r0), min(nrows - 1, r1 + nrows if r1 < 0 else r1)
        command = (sc, ec, _fields(op, values))
        for i in range(sr, er + 1):
            covering[i].append(command)
    out = []
    for i in range(nrows):
        cells = []
        for fields in _row_fields(tuple(covering[i]), ncols):
            cell = CellStyle.__new__(CellStyle)
            cell.__dict__.update(fields)
            cells.append(cell)
        out.append(cells)
    return out


@functools.lru_cache(maxsize=256)
def _row_fields(
    commands: tuple[tuple[int, int, tuple[tuple[str, Any], ...]], ...], ncols: int
) -> tuple[dict[str, Any], ...]:
    """Each cell's fields in a row covered by ``commands`` (first column, last, fields)."""
    row: tuple[dict[str, Any], ...] = tuple({"name": "kopdesk"} for _ in range(ncols))
    for sc, ec, fields in commands:
        for j in range(sc, ec + 1):
            row[j].update(fields)
    return row


def _fields(op: str, values: Sequence[Any]) -> tuple[tuple[str, Any], ...]:
    """The ``CellStyle`` fields one command sets (reportlab's rules: a font without a
    leading gets 1,2 × its size)."""
    if op == "FONT" and len(values) == 2:
        values = (*values, values[1] * 1.2)
    return tuple(zip(_CELL_OPS[op], values, strict=False))


def _shrink(
    text: str, font: str, width: float, room: float, min_size: float
) -> tuple[list[str], float]:
    """Wrap ``text`` at the largest size (from ``BODY_SIZE`` down to ``min_size``)
    whose lines fit ``room`` points high; at ``min_size`` if none does (the row
    then grows: nothing is clipped)."""
    size = BODY_SIZE
    while True:
        parts = wrap_text(text, font, size, width)
        if size - SIZE_STEP < min_size - 1e-6:
            return parts, size
        if len(parts) * size * BODY_LEADING / BODY_SIZE <= room + 1e-6:
            return parts, size
        size -= SIZE_STEP


def _paginate(rows: list[_Laid], first_room: float, later_room: float) -> list[list[_Laid]]:
    """Pack rows into pages of ``first_room`` then ``later_room`` points.

    A row glued to the next (an entry's heading, the row before a total) moves
    to the next page with it, unless the glued run would not fit a page."""
    pages: list[list[_Laid]] = []
    page: list[_Laid] = []
    used, room = 0.0, first_room
    for row in rows:
        if page and used + row.height > room + 1e-6:
            carry = _glued_tail(page)
            if carry and sum(r.height for r in carry) + row.height <= later_room:
                del page[len(page) - len(carry) :]
            else:
                carry = []
            pages.append(page)
            page, used, room = carry, sum(r.height for r in carry), later_room
        page.append(row)
        used += row.height
    if page or not pages:
        pages.append(page)
    return pages


def _glued_tail(page: list[_Laid]) -> list[_Laid]:
    """Trailing rows of ``page`` glued to whatever comes next (never the whole page)."""
    start = len(page)
    while start > 1 and page[start - 1].glue:
        start -= 1
    return page[start:]
