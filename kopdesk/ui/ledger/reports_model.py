"""Table models of the books' reports: Neraca Saldo, Buku Besar, entry lines."""

from __future__ import annotations

from PySide6.QtCore import QObject

from kopdesk.domain.dates import format_date_short
from kopdesk.domain.ledger import natural_balance
from kopdesk.domain.money import format_number
from kopdesk.domain.papers.ledger import LedgerReport, TrialBalanceReport
from kopdesk.services.ledger.accounts import AccountInfo
from kopdesk.services.ledger.journal import EntryInfo
from kopdesk.ui.kit.table import TextTableModel


def _amount(value: int) -> str:
    return format_number(value) if value else ""


class TrialBalanceModel(TextTableModel):
    """Kode | Nama Akun | Debit | Kredit, with a bold total row at the end."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(frozenset({2, 3}), parent)
        self.set_headers(
            (self.tr("Code"), self.tr("Account name"), self.tr("Debit"), self.tr("Credit"))
        )

    def set_report(self, report: TrialBalanceReport) -> None:
        rows: list[tuple[str, ...]] = [
            (r.code, r.name, _amount(r.debit), _amount(r.credit)) for r in report.rows
        ]
        rows.append(
            (
                "",
                self.tr("Total"),
                format_number(report.total_debit),
                format_number(report.total_credit),
            )
        )
        self.set_rows(rows, {len(rows) - 1})


class LedgerModel(TextTableModel):
    """Tanggal | Nomor | Keterangan | Debit | Kredit | Saldo, opening and closing rows.

    The balance is shown on the account's normal side (positive when normal).
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(frozenset({3, 4, 5}), parent)
        headers = (
            self.tr("Date"),
            self.tr("Number"),
            self.tr("Description"),
            self.tr("Debit"),
            self.tr("Credit"),
            self.tr("Balance"),
        )
        self.set_headers(headers)

    def set_report(self, report: LedgerReport, account: AccountInfo) -> None:
        def natural(amount: int) -> str:
            return format_number(natural_balance(amount, account.type, contra=account.contra))

        rows: list[tuple[str, ...]] = [
            (
                format_date_short(report.date_from),
                "",
                self.tr("Opening balance"),
                "",
                "",
                natural(report.opening_balance),
            )
        ]
        rows += [
            (
                format_date_short(r.date),
                r.number,
                r.description,
                _amount(r.debit),
                _amount(r.credit),
                natural(r.balance),
            )
            for r in report.rows
        ]
        rows.append(
            (
                format_date_short(report.date_to),
                "",
                self.tr("Total and closing balance"),
                format_number(report.total_debit),
                format_number(report.total_credit),
                natural(report.closing_balance),
            )
        )
        self.set_rows(rows, {0, len(rows) - 1})


class PostedLinesModel(TextTableModel):
    """The lines of one posted entry: Akun | Nama Akun | Debit | Kredit | Memo."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(frozenset({2, 3}), parent)
        headers = (
            self.tr("Account"),
            self.tr("Account name"),
            self.tr("Debit"),
            self.tr("Credit"),
            self.tr("Memo"),
        )
        self.set_headers(headers)

    def set_entry(self, entry: EntryInfo) -> None:
        rows: list[tuple[str, ...]] = [
            (
                line.account_code,
                line.account_name,
                _amount(line.debit),
                _amount(line.credit),
                line.memo,
            )
            for line in entry.lines
        ]
        total = format_number(entry.total)
        rows.append(("", self.tr("Total"), total, total, ""))
        self.set_rows(rows, {len(rows) - 1})
