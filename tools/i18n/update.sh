#!/bin/sh
# Refresh the Indonesian translation: extract strings, fill them, compile .qm files.
# Run from the repository root: sh tools/i18n/update.sh
set -e
BIN=${VENV_BIN:-.venv/bin}
"$BIN/pyside6-lupdate" -extensions py -locations none -no-obsolete kopdesk/ui \
    -ts resources/translations/kopdesk_id.ts
"$BIN/python" tools/i18n/fill_ts.py
for name in kopdesk_id qt_id; do
    "$BIN/pyside6-lrelease" -silent resources/translations/$name.ts \
        -qm resources/translations/$name.qm
done
