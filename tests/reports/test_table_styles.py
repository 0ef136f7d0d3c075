"""Report tables get their cell styles without reportlab's per-cell ``setStyle`` (for
speed); every cell must end up styled exactly as ``setStyle`` would style it."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Table

from kopdesk.reports.table import Column, Row, RowKind, TableLayout

FIELDS = (
    "fontname", "fontsize", "leading", "alignment", "valign",
    "leftPadding", "rightPadding", "topPadding", "bottomPadding", "color",
)  # fmt: skip


def _fields(table: Table) -> list[list[tuple[Any, ...]]]:
    return [[tuple(getattr(c, f) for f in FIELDS) for c in row] for row in table._cellStyles]


def _reference(table: Table, style: list[tuple[Any, ...]]) -> Table:
    """The same table styled by reportlab itself."""
    again = Table(table._cellvalues, colWidths=table._colWidths, rowHeights=table._rowHeights)
    again.setStyle(style)
    return again


def test_cell_styles_equal_reportlabs_own() -> None:
    columns = (
        Column("No.", 20, "CENTER"),
        Column("Uraian", None, wrap=True, min_size=6),
        Column("Debit", 60, "RIGHT"),
        Column("Kredit", 60, "RIGHT"),
    )
    rows = [
        Row(("1", "Kas " * 40, "1.000", ""), RowKind.GROUP),
        Row(("2", "Bank", "", "2.000"), indent=2),
        Row(("3", "Piutang", "5", "")),
        Row(("", "Jumlah", "1.005", "2.000"), RowKind.TOTAL),
        Row(("", "Saldo akhir", "", "995"), RowKind.CLOSING),
    ]
    for layout in (TableLayout(columns), TableLayout(columns, ruled=True, valign="MIDDLE")):
        (table,) = layout.chunks(rows, 400, 700, 700)
        laid = layout._lay_rows(rows, layout.column_widths(400, rows), 700)
        style = layout._table_style(laid)
        assert _fields(table) == _fields(_reference(table, style))
        # A later setStyle on one cell changes that cell alone, as on reportlab's own.
        late = [("ALIGN", (0, -1), (0, -1), "LEFT"), ("FONT", (1, 1), (2, 2), "Courier", 7)]
        table.setStyle(late)
        assert _fields(table) == _fields(_reference(table, style + late))
