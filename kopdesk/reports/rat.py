"""The RAT book: laporan pertanggungjawaban pengurus as one A4 PDF.

Cover, table of contents with page numbers (two passes, ``multiBuild``), then
the chapters of KOPERASI.md §6.1: pendahuluan, laporan pengurus, organisation
and membership, business, financial statements, SHU, laporan pengawas, work
plan and RAPB, the signatures, and the appendices (every member's balances,
every member's SHU). Long lists are laid out one fixed table a page
(:meth:`kopdesk.reports.table.TableLayout.chunks`), so 10,000 members stay fast.
The building blocks (styles, document, cover, small layouts) live in
:mod:`kopdesk.reports.rat_blocks`. Every figure comes from
:class:`~kopdesk.domain.papers.rat.RatBook`.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from functools import partial

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
)
from reportlab.platypus.tableofcontents import TableOfContents

from kopdesk.domain.dates import format_date
from kopdesk.domain.money import format_number, format_rupiah
from kopdesk.domain.papers.common import DocumentStamp
from kopdesk.domain.papers.rat import RatBook, RatOfficer, RatText, SexCount
from kopdesk.reports.berita_acara import rat_supervision_flowables
from kopdesk.reports.health import health_summary
from kopdesk.reports.loans import pct
from kopdesk.reports.page import (
    MARGIN_X,
    PageLayout,
    draw_page,
    page_layout,
)
from kopdesk.reports.rat_blocks import (
    BODY_STYLE,
    CHAPTER_STYLE,
    EMPTY_STYLE,
    MEMBER_COLUMNS,
    NARRATIVE_STYLE,
    ROMAN,
    SECTION_STYLE,
    SMALL_STYLE,
    STATEMENT_PARTS,
    TOC_STYLES,
    TOC_TABLE_STYLE,
    TOC_TITLE_STYLE,
    Anchor,
    BookCanvas,
    Heading,
    Placeholder,
    Progress,
    RatDoc,
    blank,
    day_before,
    draw_cover,
    escape,
    fields,
    fixed_table,
    officers_table,
    rapb_rows,
    signature_rows,
    text_block,
)
from kopdesk.reports.savings import NOTE_STYLE
from kopdesk.reports.shu import (
    PART_COLUMNS,
    left_total,
    measured,
    member_columns,
    parts_rows,
    percent_text,
    shu_formulas,
    shu_member_rows,
)
from kopdesk.reports.statements import statement_story
from kopdesk.reports.table import Column, Row, RowKind, TableLayout, amount

__all__ = ["render_rat_book"]


# --- the chapters ------------------------------------------------------------------------


class _Book:
    """Builds the story of the book chapter by chapter."""

    def __init__(self, data: RatBook, width: float, room: float) -> None:
        self.data = data
        self.width = width
        self.room = room
        """Height of the body frame in points."""
        self.story: list[Flowable] = []
        self.chapters = 0
        self.keys = 0
        self.toc = TableOfContents(
            levelStyles=TOC_STYLES, tableStyle=TOC_TABLE_STYLE, dotsMinLevel=0
        )
        self.list_pages_ids: set[int] = set()
        """The page-sized tables of the appendices (ids), replaced while counting."""

    def add(self, *flowables: Flowable) -> None:
        self.story.extend(flowables)

    def heading(self, text: str, style: ParagraphStyle, level: int) -> Heading:
        self.keys += 1
        return Heading(text, style, level=level, key=f"h{self.keys}")

    def chapter(self, title: str, *, numbered: bool = True) -> None:
        if numbered:
            self.chapters += 1
            title = f"{ROMAN[self.chapters - 1]}. {title}"
        self.add(PageBreak(), self.heading(title, CHAPTER_STYLE, 0))

    def section(self, title: str) -> None:
        self.add(CondPageBreak(40 * mm), self.heading(title, SECTION_STYLE, 1))

    def text(self, key: str) -> RatText:
        return next(t for t in self.data.texts if t.key == key)

    def build(self) -> list[Flowable]:
        self.add(Spacer(1, 1), NextPageTemplate("body"), PageBreak())
        self.add(Paragraph("DAFTAR ISI", TOC_TITLE_STYLE))
        self.add(self.toc)
        self.introduction()
        self.text_chapter(self.text("laporan_pengurus"))
        self.organisation()
        self.business()
        self.statements()
        self.health()
        self.shu()
        self.text_chapter(self.text("laporan_pengawas"))
        if self.data.supervision is not None:
            self.section("Hasil pemeriksaan yang dicatat pengawas")
            self.add(*rat_supervision_flowables(self.data.supervision, self.width))
        self.add(
            Spacer(1, 6 * mm),
            KeepTogether(
                [Paragraph("Pengawas,", NOTE_STYLE), Spacer(1, 2 * mm), *self.pengawas_signatures()]
            ),
        )
        self.text_chapter(self.text("rencana_kerja"))
        self.rapb()
        for key in ("notulen", "lain_lain"):
            if self.text(key).body:
                self.text_chapter(self.text(key))
        self.approval()
        self.members_appendix()
        self.shu_appendix()
        return self.story

    def introduction(self) -> None:
        d = self.data
        self.chapter("PENDAHULUAN")
        self.add(
            Paragraph(
                "Sesuai Undang-Undang Nomor 25 Tahun 1992 tentang Perkoperasian Pasal 35, "
                f"pengurus {escape(d.header.coop_name)} menyampaikan laporan "
                f"pertanggungjawaban tahun buku {d.year} kepada Rapat Anggota Tahunan: keadaan "
                "organisasi dan usaha koperasi, perhitungan tahunan beserta penjelasannya, "
                "pembagian sisa hasil usaha, serta rencana kerja dan rencana anggaran tahun "
                f"{d.year + 1}.",
                NARRATIVE_STYLE,
            )
        )
        self.section("A. Profil Koperasi")
        pairs = [
            ("Nama koperasi", d.header.coop_name),
            ("Jenis koperasi", d.coop_type_label),
            ("Nomor badan hukum", d.header.legal_number or "-"),
            ("Tanggal badan hukum", format_date(d.legal_date) if d.legal_date else "-"),
            ("Nomor Induk Koperasi", d.header.nik_koperasi or "-"),
            ("Alamat", d.header.address or "-"),
            ("Tahun buku", f"{format_date(d.start)} s.d. {format_date(d.end)}"),
            ("Status tahun buku", "ditutup" if d.closed else "belum ditutup (angka sementara)"),
        ]
        self.add(fields(pairs, self.width))
        self.section("B. Ikhtisar Tahun Buku")
        shu = d.shu.report
        rows = [
            Row(("Anggota pada akhir tahun", f"{format_number(d.membership.at_end.total)} orang")),
            Row(("Simpanan anggota pada akhir tahun", format_rupiah(d.savings_total_end))),
            Row(("Pinjaman dicairkan selama tahun", format_rupiah(d.loans.total_disbursed))),
            Row(
                (
                    "Sisa pokok pinjaman pada akhir tahun",
                    format_rupiah(d.loans.total_outstanding_end),
                )
            ),
            Row(("Rasio pinjaman bermasalah (NPL)", pct(d.loans.npl_percent))),
            Row(("Sisa hasil usaha yang dibagi", format_rupiah(shu.pool) if shu else "-")),
        ]
        columns = (Column("Uraian", None, wrap=True), Column("Jumlah", 45 * mm, "RIGHT"))
        self.add(fixed_table(columns, rows, self.width))

    def text_chapter(self, text: RatText) -> None:
        self.chapter(text.title.upper())
        self.add(*(text_block(text.body) if text.body else blank(text.title, self.width)))

    def organisation(self) -> None:
        d, m = self.data, self.data.membership
        self.chapter("ORGANISASI DAN KEANGGOTAAN")
        self.section("A. Keanggotaan")

        def row(label: str, c: SexCount, kind: RowKind = RowKind.BODY, indent: int = 0) -> Row:
            counts = (format_number(c.men), format_number(c.women), format_number(c.total))
            return Row((label, *counts), kind, indent)

        rows = [
            row(f"Anggota pada awal tahun (per {format_date(day_before(m.start))})", m.at_start),
            row(f"Anggota masuk selama tahun {d.year}", m.joined),
            row(f"Anggota berhenti selama tahun {d.year}", m.left),
            *(row(f"karena {label.lower()}", c, indent=1) for label, c in m.left_by_status),
            row(f"Anggota pada akhir tahun (per {format_date(m.end)})", m.at_end, RowKind.CLOSING),
        ]
        columns = (
            Column("Uraian", None, wrap=True),
            Column("Laki-laki", 22 * mm, "RIGHT"),
            Column("Perempuan", 22 * mm, "RIGHT"),
            Column("Jumlah", 22 * mm, "RIGHT"),
        )
        self.add(fixed_table(columns, rows, self.width))
        note = (
            "Anggota dihitung dari riwayat status setiap anggota (status aktif); anggota yang "
            "masuk dan berhenti dalam tahun yang sama terhitung pada keduanya."
        )
        c = m.candidates_at_end
        if c.total:
            note += (
                f" Pada akhir tahun juga tercatat {format_number(c.total)} calon anggota "
                f"({format_number(c.men)} laki-laki, {format_number(c.women)} perempuan)."
            )
        self.add(Spacer(1, 1.5 * mm), Paragraph(note, SMALL_STYLE))
        self.section("B. Pengurus")
        self.add(officers_table(d.pengurus, self.width))
        self.section("C. Pengawas")
        self.add(officers_table(d.pengawas, self.width))

    def business(self) -> None:
        self.chapter("KEGIATAN USAHA")
        self.section("A. Simpanan Anggota")
        self.savings()
        self.section("B. Pinjaman Anggota")
        self.loans()
        self.section("C. Kolektibilitas Pinjaman")
        self.grades()

    def savings(self) -> None:
        d = self.data
        columns = (
            Column("Jenis simpanan", None, wrap=True),
            Column("Penyimpan awal", 25 * mm, "RIGHT"),
            Column("Saldo awal (Rp)", 28 * mm, "RIGHT"),
            Column("Penyimpan akhir", 26 * mm, "RIGHT"),
            Column("Saldo akhir (Rp)", 28 * mm, "RIGHT"),
            Column("Perubahan (Rp)", 27 * mm, "RIGHT"),
        )
        rows = [
            Row(
                (
                    r.product_name,
                    format_number(r.members_start),
                    format_number(r.balance_start),
                    format_number(r.members_end),
                    format_number(r.balance_end),
                    format_number(r.change),
                )
            )
            for r in d.savings
        ]
        rows.append(
            Row(
                (
                    "Jumlah",
                    "",
                    format_number(d.savings_total_start),
                    "",
                    format_number(d.savings_total_end),
                    format_number(d.savings_total_change),
                ),
                RowKind.TOTAL,
            )
        )
        self.add(
            fixed_table(columns, rows, self.width),
            Spacer(1, 1.5 * mm),
            Paragraph(
                f"Awal = per {format_date(day_before(d.start))}; akhir = per "
                f"{format_date(d.end)}. Penyimpan = anggota yang mempunyai saldo pada jenis "
                "simpanan itu.",
                SMALL_STYLE,
            ),
        )

    def loans(self) -> None:
        d, loans = self.data, self.data.loans
        columns = (
            Column("Produk pinjaman", None, wrap=True),
            Column("Dicairkan", 20 * mm, "RIGHT"),
            Column("Jumlah dicairkan", 30 * mm, "RIGHT"),
            Column("Berjalan", 18 * mm, "RIGHT"),
            Column("Sisa pokok (Rp)", 30 * mm, "RIGHT"),
            Column("Bermasalah (Rp)", 28 * mm, "RIGHT"),
        )
        rows = [
            Row(
                (
                    r.product_name,
                    format_number(r.disbursed_count),
                    format_number(r.disbursed),
                    format_number(r.loans_end),
                    format_number(r.outstanding_end),
                    format_number(r.npl),
                )
            )
            for r in loans.rows
        ]
        rows.append(
            Row(
                (
                    "Jumlah",
                    format_number(loans.total_disbursed_count),
                    format_number(loans.total_disbursed),
                    format_number(loans.total_loans_end),
                    format_number(loans.total_outstanding_end),
                    format_number(loans.npl),
                ),
                RowKind.TOTAL,
            )
        )
        self.add(
            fixed_table(columns, rows, self.width),
            Spacer(1, 1.5 * mm),
            Paragraph(
                f"Dicairkan = banyaknya pinjaman yang dicairkan selama tahun {d.year}, jumlah "
                f"dicairkan = pokoknya (Rp); berjalan = pinjaman yang belum lunas per "
                f"{format_date(d.end)}; bermasalah = sisa pokok pinjaman kurang lancar, diragukan "
                "dan macet.",
                SMALL_STYLE,
            ),
        )

    def grades(self) -> None:
        d, loans = self.data, self.data.loans
        columns = (
            Column("Kolektibilitas", None, wrap=True),
            Column("Kode", 13 * mm, "CENTER"),
            Column("Pinjaman", 19 * mm, "RIGHT"),
            Column("Sisa pokok (Rp)", 30 * mm, "RIGHT"),
            Column("Porsi", 17 * mm, "RIGHT"),
            Column("PPAP", 15 * mm, "RIGHT"),
            Column("PPAP wajib (Rp)", 28 * mm, "RIGHT"),
        )
        rows = [
            Row(
                (
                    g.grade,
                    g.code,
                    format_number(g.loans),
                    format_number(g.outstanding),
                    pct(g.share),
                    percent_text(g.allowance_percent),
                    format_number(g.required),
                )
            )
            for g in loans.grades
        ]
        rows.append(
            Row(
                (
                    "Jumlah",
                    "",
                    format_number(loans.total_loans_end),
                    format_number(loans.total_outstanding_end),
                    "",
                    "",
                    format_number(loans.allowance_required),
                ),
                RowKind.TOTAL,
            )
        )
        self.add(
            fixed_table(columns, rows, self.width),
            Spacer(1, 2 * mm),
            Paragraph(
                f"Rasio pinjaman bermasalah (NPL) per {format_date(d.end)}: "
                f"<b>{pct(loans.npl_percent)}</b> ({format_rupiah(loans.npl)} dari "
                f"{format_rupiah(loans.total_outstanding_end)}). Penyisihan penghapusan pinjaman "
                f"yang telah dibentuk {format_rupiah(loans.allowance_formed)}; yang wajib dibentuk "
                f"{format_rupiah(loans.allowance_required)}.",
                BODY_STYLE,
            ),
        )

    def statements(self) -> None:
        """The five statements, each from a new page, each in the contents."""
        d = self.data
        self.chapter("LAPORAN KEUANGAN")
        if d.statements is None:
            self.add(Paragraph(escape(d.statements_note), EMPTY_STYLE))
            return
        for index, (kind, title) in enumerate(STATEMENT_PARTS):
            self.keys += 1
            if index:
                self.add(PageBreak())
            self.add(Anchor(title, level=1, key=f"h{self.keys}"))
            self.add(*statement_story(d.statements, self.width, which=(kind,)))

    def health(self) -> None:
        if self.data.health is not None:
            self.section("Penilaian Kesehatan Koperasi")
            self.add(*health_summary(self.data.health, self.width))

    def shu(self) -> None:
        d = self.data
        self.chapter("PEMBAGIAN SISA HASIL USAHA")
        report = d.shu.report
        if report is None or not report.pool:
            note = d.shu.note or f"Tidak ada sisa hasil usaha tahun buku {d.year} yang dibagi."
            self.add(Paragraph(escape(note), BODY_STYLE))
            return
        state = "telah diposting" if report.posted else "rancangan, belum diposting"
        if report.non_member:
            self.add(
                Paragraph(
                    f"Sisa hasil usaha tahun buku {d.year} sebesar "
                    f"{format_rupiah(report.shu_total)}. Bagiannya dari usaha dengan non-anggota "
                    f"sebesar {format_rupiah(report.non_member)} (SHU × pendapatan non-anggota "
                    f"{format_rupiah(report.non_member_income)} dari seluruh pendapatan "
                    f"{format_rupiah(report.income_total)}) disisihkan ke cadangan dan tidak "
                    "dibagi kepada anggota (UU 25/1992 Pasal 45: SHU dibagi menurut jasa usaha "
                    "anggota).",
                    BODY_STYLE,
                )
            )
        self.add(
            Paragraph(
                f"Sisa hasil usaha tahun buku {d.year} yang dibagi sebesar "
                f"<b>{format_rupiah(report.pool)}</b> ({state}), menurut Anggaran Dasar/Anggaran "
                "Rumah Tangga dan keputusan Rapat Anggota.",
                BODY_STYLE,
            )
        )
        if report.decision:
            self.add(Paragraph(f"Dasar keputusan: {escape(report.decision)}", SMALL_STYLE))
        self.section("A. Alokasi SHU")
        self.add(fixed_table(PART_COLUMNS, parts_rows(report), self.width))
        self.section("B. Jasa Modal dan Jasa Usaha Anggota")
        self.add(*shu_formulas(report, BODY_STYLE))
        if report.undistributed:
            self.add(
                Paragraph(
                    f"Bagian anggota sebesar {format_rupiah(report.undistributed)} tidak dapat "
                    "dibagikan karena tidak ada anggota dengan dasar pembagiannya; bagian itu "
                    "dimasukkan ke cadangan.",
                    BODY_STYLE,
                )
            )
        self.add(
            Paragraph(
                f"SHU dibagikan kepada {format_number(len(report.rows))} anggota; rinciannya ada "
                "pada Lampiran 2.",
                BODY_STYLE,
            )
        )

    def rapb(self) -> None:
        d = self.data
        self.chapter(f"RENCANA ANGGARAN PENDAPATAN DAN BELANJA TAHUN {d.year + 1}")
        if not d.rapb:
            self.add(*blank("Rencana anggaran", self.width))
            return
        self.add(
            Paragraph(
                f"Rencana anggaran tahun {d.year + 1} untuk melaksanakan rencana kerja, dengan "
                f"realisasi tahun {d.year} sebagai pembanding. Angka dalam rupiah.",
                BODY_STYLE,
            )
        )
        columns = (
            Column("Uraian", None, wrap=True),
            Column(f"Realisasi {d.year}", 34 * mm, "RIGHT"),
            Column(f"Anggaran {d.year + 1}", 34 * mm, "RIGHT"),
        )
        self.add(fixed_table(columns, list(rapb_rows(d)), self.width))

    def pengawas_signatures(self) -> list[Flowable]:
        people = self.data.pengawas
        return signature_rows(
            ["Pengawas"] * max(len(people), 1), [o.name for o in people], self.width
        )

    def approval(self) -> None:
        d = self.data
        self.chapter("PENGESAHAN", numbered=False)
        self.add(
            Paragraph(
                f"Demikian laporan pertanggungjawaban pengurus tahun buku {d.year} ini disampaikan "
                "kepada Rapat Anggota Tahunan untuk dibahas dan disahkan.",
                NARRATIVE_STYLE,
            )
        )
        pengurus = d.pengurus or (RatOfficer("Ketua", "", "." * 32, d.end, None),)
        self.add(
            Spacer(1, 4 * mm),
            Paragraph(f"{'.' * 40}, {'.' * 40}", NOTE_STYLE),
            Spacer(1, 4 * mm),
            Paragraph(f"Pengurus {escape(d.header.coop_name)}", NOTE_STYLE),
            Spacer(1, 3 * mm),
            *signature_rows([o.role for o in pengurus], [o.name for o in pengurus], self.width),
            Spacer(1, 6 * mm),
            Paragraph("Mengetahui, Pengawas", NOTE_STYLE),
            Spacer(1, 3 * mm),
            *self.pengawas_signatures(),
        )

    # --- appendices ------------------------------------------------------------------

    def list_pages(
        self, title: str, note: str, columns: tuple[Column, ...], rows: list[Row]
    ) -> None:
        """An appendix on its own pages: heading, note, one fixed table a page."""
        head = [
            self.heading(title, CHAPTER_STYLE, 0),
            Paragraph(note, SMALL_STYLE),
            Spacer(1, 2 * mm),
        ]
        used = measured(head, self.width, self.room)
        chunks = TableLayout(columns).chunks(rows, self.width, self.room - used - 2, self.room - 2)
        self.list_pages_ids.update(id(c) for c in chunks if isinstance(c, Table))
        self.add(PageBreak(), *head, *left_total(chunks))

    def members_appendix(self) -> None:
        d = self.data
        rows = [
            Row(
                (
                    str(i),
                    r.number,
                    r.name,
                    amount(r.pokok),
                    amount(r.wajib),
                    amount(r.sukarela),
                    amount(r.berjangka),
                    amount(r.loan),
                    amount(r.shu),
                )
            )
            for i, r in enumerate(d.members, start=1)
        ]
        t = d.members_total
        totals = (t.pokok, t.wajib, t.sukarela, t.berjangka, t.loan, t.shu)
        rows.append(Row(("Jumlah", "", "", *map(format_number, totals)), RowKind.TOTAL))
        self.list_pages(
            "LAMPIRAN 1. DAFTAR SIMPANAN, PINJAMAN DAN SHU ANGGOTA",
            f"Saldo per {format_date(d.end)} dalam rupiah: simpanan pokok, wajib, sukarela dan "
            f"berjangka; pinjaman = sisa pokok; SHU = bagian SHU tahun buku {d.year}. Memuat "
            f"{format_number(len(d.members))} anggota: yang aktif pada akhir tahun dan setiap "
            "anggota yang masih mempunyai saldo.",
            MEMBER_COLUMNS,
            rows,
        )

    def shu_appendix(self) -> None:
        report = self.data.shu.report
        if report is None or not report.pool:
            return
        self.list_pages(
            "LAMPIRAN 2. DAFTAR PEMBAGIAN SHU ANGGOTA",
            f"SHU tahun buku {report.year} per anggota dalam rupiah. Dasar jasa modal: "
            f"{escape(report.modal_basis_label.lower())}; dasar jasa usaha: "
            f"{escape(report.usaha_basis_label.lower())}.",
            member_columns(),
            shu_member_rows(report),
        )


# --- rendering ---------------------------------------------------------------------------


def render_rat_book(data: RatBook, stamp: DocumentStamp, progress: Progress | None = None) -> bytes:
    """The RAT book as PDF bytes (A4 portrait); the same data and stamp give the
    same bytes.

    The pages are counted first with the appendices' tables left out (a page
    each), which fills the table of contents; then the book is laid out once.
    ``progress(done, total, label)`` is called along the way; ``done == total``
    at the end."""
    title = f"Laporan Pertanggungjawaban Pengurus – RAT Tahun Buku {data.year}"
    layout = page_layout(data.header, stamp, title, (), landscape=False)
    room = layout.frame_top_later - layout.frame_bottom
    if progress is not None:
        progress(0, 1, "Menyusun isi buku")
    book = _Book(data, layout.content_width, room)
    story = book.build()
    counting = [Placeholder() if id(f) in book.list_pages_ids else f for f in story]
    if progress is not None:
        progress(1, len(story) + 2, "Menghitung halaman untuk daftar isi")
    _document(io.BytesIO(), data, stamp, layout, progress=None, flowables=len(counting)).multiBuild(
        counting, canvasmaker=_canvasmaker(layout)
    )
    buffer = io.BytesIO()
    doc = _document(buffer, data, stamp, layout, progress=progress, flowables=len(story))
    doc.build(story, canvasmaker=_canvasmaker(layout))  # the contents' entries are known now
    if progress is not None:
        progress(doc.total_steps, doc.total_steps, "Selesai")
    return buffer.getvalue()


def _canvasmaker(layout: PageLayout) -> Callable[..., Canvas]:
    return partial(BookCanvas, label_x=layout.width - MARGIN_X, label_y=layout.page_label_y)


def _document(
    buffer: io.BytesIO,
    data: RatBook,
    stamp: DocumentStamp,
    layout: PageLayout,
    *,
    progress: Progress | None,
    flowables: int,
) -> RatDoc:
    """The document with its two page templates: the cover and the body pages."""
    title = f"Laporan Pertanggungjawaban Pengurus – RAT Tahun Buku {data.year}"
    doc = RatDoc(
        buffer,
        progress=progress,
        flowables=flowables,
        pagesize=(layout.width, layout.height),
        title=f"{title} – {data.header.coop_name}",
        author=stamp.made_by,
        subject=f"Rapat Anggota Tahunan Tahun Buku {data.year}",
        creator="kopdesk",
        keywords=stamp.reference or stamp.number,
        invariant=1,
        pageCompression=1,
    )
    room = layout.frame_top_later - layout.frame_bottom
    frame = partial(
        Frame,
        MARGIN_X,
        layout.frame_bottom,
        layout.content_width,
        room,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    cover = partial(draw_cover, data=data, stamp=stamp, layout=layout)
    body = partial(draw_page, layout=layout, first=False)
    doc.addPageTemplates(
        [
            PageTemplate(id="cover", frames=[frame(id="cover")], onPage=cover),
            PageTemplate(id="body", frames=[frame(id="body")], onPage=body),
        ]
    )
    return doc
