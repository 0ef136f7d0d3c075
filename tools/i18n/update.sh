#!/bin/sh
# Refresh the Indonesian translation after window strings changed, then compile it.
# Run from the repository root: sh tools/i18n/update.sh [--from OTHER.ts ...]
#
# resources/translations/kopdesk_id.ts is the one source of the translations:
# lupdate adds new self.tr() strings as "unfinished" (translate them in Qt Linguist:
# pyside6-linguist resources/translations/kopdesk_id.ts) and keeps every existing
# translation; carry.py gives a string that moved to another class the translation
# it had, then drops strings that left the code. qt_id.ts (Qt's own button texts,
# which lupdate does not extract from kopdesk) is edited by hand or in Linguist.
# --from OTHER.ts (repeatable) also copies translations from another .ts, e.g. the
# other side's file when merging a branch.
set -e
BIN=${VENV_BIN:-.venv/bin}
"$BIN/pyside6-lupdate" -extensions py -locations none kopdesk/ui \
    -ts resources/translations/kopdesk_id.ts
"$BIN/python" tools/i18n/carry.py resources/translations/kopdesk_id.ts "$@"
for name in kopdesk_id qt_id; do
    "$BIN/pyside6-lrelease" -silent resources/translations/$name.ts \
        -qm resources/translations/$name.qm
done
