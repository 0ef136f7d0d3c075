"""Finding and loading the Indonesian translation of the windows.

Source strings are English (``self.tr()``); the Indonesian ``.qm`` ships in
``kopdesk/resources/translations`` inside a wheel and in
``<repo>/resources/translations`` in a checkout or editable install. Its source is
``resources/translations/kopdesk_id.ts``, refreshed by ``tools/i18n/update.sh``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

import kopdesk

TRANSLATION_NAME = "kopdesk_id"
QT_TRANSLATION_NAME = "qt_id"
"""Qt's own button and menu texts: PySide6 ships no Indonesian qtbase translation."""
LOCALE = QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)


def translations_dir() -> Path:
    """The folder holding ``kopdesk_id.qm``: the installed one, else the checkout's."""
    package = Path(kopdesk.__file__).resolve().parent
    candidates = (
        package / "resources" / "translations",
        package.parent / "resources" / "translations",
    )
    for folder in candidates:
        if (folder / f"{TRANSLATION_NAME}.qm").is_file():
            return folder
    return candidates[-1]


def install_translator(app: QCoreApplication) -> list[QTranslator]:
    """Load the Indonesian translations into ``app`` and make Indonesian the locale.

    Returns the translators (keep references: Qt does not own them). Raises
    ``FileNotFoundError`` when a ``.qm`` file is missing, a packaging bug.
    """
    QLocale.setDefault(LOCALE)
    folder = translations_dir()
    translators = []
    for name in (QT_TRANSLATION_NAME, TRANSLATION_NAME):
        translator = QTranslator(app)
        if not translator.load(name, str(folder)):
            raise FileNotFoundError(f"{name}.qm not found in {folder}")
        app.installTranslator(translator)
        translators.append(translator)
    return translators
