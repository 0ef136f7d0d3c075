"""The Qt binding keeps Python's reference counts: PySide6 6.12.0 on Python 3.11 dropped
one reference to ``None`` on every call of a Qt method that returns nothing, so after a
few thousand clicks the app aborted ("none_dealloc"). pyproject.toml keeps 6.12 out;
this test fails on any binding that loses references again."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QComboBox, QLabel

CALLS = 2000


def test_void_qt_calls_keep_the_references_to_none(qapp: object) -> None:
    combo = QComboBox()
    combo.addItems(["Simpanan pokok", "Simpanan wajib"])
    label = QLabel()
    before = sys.getrefcount(None)
    for index in range(CALLS):
        combo.setCurrentIndex(index % 2)  # returns void
        label.setText("Rp 1.000")  # returns void
    after = sys.getrefcount(None)
    # Python itself may take or free a few references meanwhile; a leaky binding
    # loses one per call, thousands here.
    assert abs(after - before) < CALLS // 10
