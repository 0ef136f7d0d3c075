"""Fill kopdesk_id.ts from id_strings.py and write qt_id.ts (Qt's own strings)."""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
TRANSLATIONS = HERE.parent.parent / "resources" / "translations"
sys.path.insert(0, str(HERE))

import importlib  # noqa: E402

from id_strings import ID, ID_BY_CONTEXT, QT_ID  # noqa: E402

# One more module per area of the windows (id_savings.py, id_loans.py, ...), each
# with an ``ID`` dict and optionally ``ID_BY_CONTEXT``, so that people working on
# different windows do not edit the same file.
for _extra in sorted(HERE.glob("id_*.py")):
    if _extra.stem == "id_strings":
        continue
    _module = importlib.import_module(_extra.stem)
    _clash = set(_module.ID) & set(ID)
    if _clash:
        raise SystemExit(f"{_extra.name}: already translated elsewhere: {sorted(_clash)}")
    ID.update(_module.ID)
    ID_BY_CONTEXT.update(getattr(_module, "ID_BY_CONTEXT", {}))

HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'


def fill(path: Path) -> list[str]:
    tree = ET.parse(path)  # noqa: S314 - our own .ts file, not untrusted input
    root = tree.getroot()
    root.set("language", "id_ID")
    root.set("sourcelanguage", "en")
    missing = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            text = ID_BY_CONTEXT.get((name, source), ID.get(source))
            if text is None:
                missing.append(f"{name}: {source!r}")
                translation.set("type", "unfinished")
                continue
            translation.text = text
            translation.attrib.pop("type", None)
    ET.indent(tree, "    ")
    path.write_text(HEADER + ET.tostring(root, encoding="unicode") + "\n", encoding="utf-8")
    return missing


def write_qt(path: Path) -> None:
    root = ET.Element("TS", {"version": "2.1", "language": "id_ID", "sourcelanguage": "en"})
    contexts: dict[str, ET.Element] = {}
    for (context, source), text in QT_ID.items():
        if context not in contexts:
            contexts[context] = ET.SubElement(root, "context")
            ET.SubElement(contexts[context], "name").text = context
        message = ET.SubElement(contexts[context], "message")
        ET.SubElement(message, "source").text = source
        ET.SubElement(message, "translation").text = text
    tree = ET.ElementTree(root)
    ET.indent(tree, "    ")
    path.write_text(HEADER + ET.tostring(root, encoding="unicode") + "\n", encoding="utf-8")


if __name__ == "__main__":
    gaps = fill(TRANSLATIONS / "kopdesk_id.ts")
    write_qt(TRANSLATIONS / "qt_id.ts")
    for gap in gaps:
        print("untranslated:", gap)
    sys.exit(1 if gaps else 0)
