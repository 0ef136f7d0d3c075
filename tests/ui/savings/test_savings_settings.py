"""Pengaturan → Simpanan: the Admin changes the PPh 4(2) rule and the wajib billing start."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kopdesk.domain.permissions import Role
from kopdesk.services.base import settings
from kopdesk.storage.db import Book
from kopdesk.ui.kit.ops import Ops
from kopdesk.ui.savings.settings import SavingsSettingsPanel
from tests.helpers import take_snapshot


def test_admin_changes_the_tax_rule_and_billing_start(
    qtbot: QtBot, book: Book, ops_as: Callable[[Role], Ops], tmp_path: Path
) -> None:
    from PySide6.QtCore import QCoreApplication

    from kopdesk.ui.i18n import install_translator

    app = QCoreApplication.instance()
    assert app is not None
    translators = install_translator(app)
    panel = SavingsSettingsPanel(ops_as(Role.ADMIN))
    qtbot.addWidget(panel)
    panel.resize(900, 320)
    panel.grab().save(str(tmp_path / "savings-settings.png"))  # looked at, in Indonesian
    for translator in translators:
        app.removeTranslator(translator)
    assert panel.spins["savings.tax_threshold"].value() == 240_000
    panel.spins["savings.tax_threshold"].setValue(300_000)
    panel.billing_start.setText("01-04-2025")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    with book.read() as s:
        assert settings.get_int(s, settings.SAVINGS_TAX_THRESHOLD) == 300_000
        start = settings.get_text(s, settings.WAJIB_BILLING_START)
    assert dt.date.fromisoformat(start) == dt.date(2025, 4, 1)


def test_a_bad_date_is_refused_beside_the_field_and_nothing_is_saved(
    qtbot: QtBot, book: Book, ops_as: Callable[[Role], Ops]
) -> None:
    panel = SavingsSettingsPanel(ops_as(Role.ADMIN))
    qtbot.addWidget(panel)
    before = take_snapshot(book)
    panel.spins["savings.tax_rate_percent"].setValue(15)
    panel.billing_start.setText("31-02-2025")
    assert not panel.save()
    assert panel.billing_error.text()
    assert take_snapshot(book) == before


def test_others_see_the_rules_but_cannot_change_them(
    qtbot: QtBot, ops_as: Callable[[Role], Ops]
) -> None:
    panel = SavingsSettingsPanel(ops_as(Role.BENDAHARA))
    qtbot.addWidget(panel)
    assert panel.spins["savings.tax_rate_percent"].value() == 10
    assert not panel.save_button.isEnabled()
    assert not panel.spins["savings.tax_rate_percent"].isEnabled()
