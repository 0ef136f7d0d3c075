"""Qt's own texts are Indonesian (issue 17, defect 9): the file dialog where the
platform's is not used, message-box buttons and a line edit's context menu
(``resources/translations/qt_id.ts``)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QToolButton,
)
from pytestqt.qtbot import QtBot

from kopdesk.ui.i18n import install_translator

ENGLISH = {
    "Look in:",
    "File name:",
    "Files of type:",
    "Save",
    "Cancel",
    "Name",
    "Size",
    "Type",
    "Date Modified",
    "Back",
    "Forward",
    "Parent Directory",
    "Create New Folder",
    "List View",
    "Detail View",
}


@pytest.fixture
def indonesian(qapp: QApplication) -> Iterator[list[QTranslator]]:
    translators = install_translator(qapp)
    yield translators
    for translator in translators:
        qapp.removeTranslator(translator)


def _plain(text: str) -> str:
    return text.replace("&", "")


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_the_non_native_save_dialog_speaks_indonesian(
    qtbot: QtBot, indonesian: list[QTranslator], tmp_path: Path
) -> None:
    (tmp_path / "neraca.pdf").write_bytes(b"%PDF")
    dialog = QFileDialog(None, "Simpan", str(tmp_path), "PDF (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    qtbot.addWidget(dialog)
    dialog.resize(900, 520)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.grab().save(str(tmp_path / "file-dialog.png"))  # looked at: all Indonesian
    labels = {_plain(label.text()) for label in dialog.findChildren(QLabel)}
    assert {"Lihat di:", "Nama berkas:", "Jenis berkas:"} <= labels
    buttons = {_plain(b.text()) for b in dialog.findChildren(QDialogButtonBox)[0].buttons()}
    assert buttons == {"Simpan", "Batal"}
    tips = {button.toolTip() for button in dialog.findChildren(QToolButton)}
    assert {"Mundur", "Maju", "Folder induk", "Buat folder baru"} <= tips
    headers = dialog.findChildren(QHeaderView)
    shown = {
        str(header.model().headerData(i, header.orientation()))
        for header in headers
        for i in range(header.count())
    }
    assert {"Nama", "Ukuran", "Jenis", "Tanggal diubah"} <= shown
    words = labels | buttons | tips | shown
    assert words & ENGLISH == set()


def test_message_box_buttons_and_line_edit_menu_are_indonesian(
    qtbot: QtBot, indonesian: list[QTranslator]
) -> None:
    box = QMessageBox()
    box.setStandardButtons(
        QMessageBox.StandardButton.Yes
        | QMessageBox.StandardButton.No
        | QMessageBox.StandardButton.Cancel
    )
    qtbot.addWidget(box)
    texts = {_plain(b.text()) for b in box.findChildren(QAbstractButton) if b.text()}
    assert texts == {"Ya", "Tidak", "Batal"}
    assert QCoreApplication.translate("QLineEdit", "Select All") == "Pilih semua"
    assert QCoreApplication.translate("QLineEdit", "&Paste") == "&Tempel"
    assert QCoreApplication.translate("QMessageBox", "Show Details...") == "Tampilkan rincian..."
