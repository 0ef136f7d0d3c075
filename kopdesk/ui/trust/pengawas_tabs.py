"""The pengawas' tabs of the Pengawasan page: Kas opname, Sampel, Temuan."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTabWidget

from kopdesk.domain.permissions import Permission
from kopdesk.ui.kit.ops import Ops
from kopdesk.ui.trust.cash_count_panel import CashCountPanel
from kopdesk.ui.trust.findings_panel import FindingsPanel
from kopdesk.ui.trust.sample_panel import SamplePanel


def add_pengawas_tabs(
    tabs: QTabWidget, ops: Ops
) -> tuple[CashCountPanel, SamplePanel, FindingsPanel]:
    """Add the three tabs to ``tabs`` for the Pengawas (who write) and the pengurus (who
    read and respond); the Kasir does not get them."""
    panels = (CashCountPanel(ops), SamplePanel(ops), FindingsPanel(ops))
    actor = ops.actor
    if not any(actor.can(p) for p in (Permission.SUPERVISION_RECORD, Permission.FINDING_RESPOND)):
        return panels
    for panel, title in zip(
        panels,
        (
            QCoreApplication.translate("pengawas", "Cash count"),
            QCoreApplication.translate("pengawas", "Samples"),
            QCoreApplication.translate("pengawas", "Findings"),
        ),
        strict=True,
    ):
        tabs.addTab(panel, title)
    return panels
