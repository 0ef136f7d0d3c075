"""Carry finished translations to window strings that moved to another class.

``update.sh`` runs this between ``pyside6-lupdate`` and ``pyside6-lrelease``::

    python tools/i18n/carry.py resources/translations/kopdesk_id.ts [--from OTHER.ts ...]

lupdate names a message by its context (the Python class whose ``self.tr()`` holds
it) and its source text. When code moves ``self.tr("Save")`` from a window into a
shared base class, lupdate marks the old message ``vanished`` and adds the new one
``unfinished``. This tool fills such an unfinished message with a finished
translation of the same source text (same disambiguation comment, same plural
flag), looked for in this order:

1. the same context in an ``--from`` file (another branch's .ts, when merging);
2. a vanished message of the file (the string that moved);
3. a finished message in another context of the file;
4. a finished message in any context of an ``--from`` file.

Where several translations qualify at one step, the most frequent wins (ties: the
first in file order). It only copies translations that exist; a string that is new
stays ``unfinished`` for a translator (Qt Linguist) and the completeness test
(tests/ui/test_translations.py) fails until it is translated. Vanished and obsolete
messages are then dropped, as ``lupdate -no-obsolete`` would, and the file is
written in lupdate's own layout, so a run that changes nothing leaves it byte for
byte as it was.
"""

from __future__ import annotations

import argparse
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

Key = tuple[str, str, bool]
"""(source text, disambiguation comment, plural)."""
Text = tuple[str, ...]
"""A translation: one text, or one text per plural form."""

UNFINISHED = "unfinished"
GONE = ("vanished", "obsolete")
"""lupdate's types for messages no longer in the code (finished / unfinished ones)."""
LINGUIST = "pyside6-linguist"

_TEXT_TAGS = ("source", "oldsource", "comment", "oldcomment", "extracomment")
_NOTE_TAGS = ("translatorcomment",)
_MESSAGE_TAGS = {"location", "translation", "userdata", *_TEXT_TAGS, *_NOTE_TAGS}


class TsError(ValueError):
    """The file is not a .ts file this tool can rewrite without losing anything."""


@dataclass
class Report:
    """What a run did: ``carried`` as "Context: 'source'", still ``unfinished``."""

    carried: list[str] = field(default_factory=list)
    unfinished: list[str] = field(default_factory=list)
    dropped: int = 0


def read(path: Path) -> ET.Element:
    """The ``<TS>`` root of ``path``, refusing entity declarations."""
    text = path.read_text(encoding="utf-8")
    if "<!ENTITY" in text:
        raise TsError(f"{path}: entity declarations are not part of a .ts file")
    root = ET.fromstring(text)  # noqa: S314 - the repository's own file, entities refused
    if root.tag != "TS":
        raise TsError(f"{path}: not a .ts file (root <{root.tag}>)")
    return root


def messages(root: ET.Element) -> Iterator[tuple[str, ET.Element]]:
    """(context name, ``<message>``) for every message, in file order."""
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            yield name, message


def key(message: ET.Element) -> Key:
    return (
        message.findtext("source") or "",
        message.findtext("comment") or "",
        message.get("numerus") == "yes",
    )


def _translation(message: ET.Element) -> ET.Element:
    translation = message.find("translation")
    if translation is None:
        raise TsError(f"message {key(message)[0]!r} has no <translation>")
    return translation


def text_of(message: ET.Element) -> Text | None:
    """The message's translation, or None when it is empty (or only blanks)."""
    translation = _translation(message)
    if message.get("numerus") == "yes":
        forms = tuple(form.text or "" for form in translation.findall("numerusform"))
    else:
        forms = (translation.text or "",)
    return forms if forms and all(form.strip() for form in forms) else None


def is_finished(message: ET.Element) -> bool:
    return _translation(message).get("type") is None and text_of(message) is not None


def _pick(*steps: list[Text] | None) -> Text | None:
    """The most frequent translation of the first step that has any (ties: first seen)."""
    for candidates in steps:
        if candidates:
            return Counter(candidates).most_common(1)[0][0]
    return None


def _translated(root: ET.Element) -> Iterator[tuple[str, Key, Text, str | None]]:
    """(context, key, translation, type) of every message that has a translation."""
    for context, message in messages(root):
        text = text_of(message)
        if text is not None:
            yield context, key(message), text, _translation(message).get("type")


def _set_text(message: ET.Element, text: Text) -> None:
    translation = _translation(message)
    translation.attrib.pop("type", None)
    if message.get("numerus") == "yes":
        for form in list(translation):
            translation.remove(form)
        for value in text:
            ET.SubElement(translation, "numerusform").text = value
    else:
        translation.text = text[0]
    for note in ("oldsource", "oldcomment"):  # lupdate's guess, now replaced
        for element in message.findall(note):
            message.remove(element)


def carry(root: ET.Element, others: Iterable[ET.Element] = ()) -> Report:
    """Fill ``root``'s unfinished messages from existing translations, drop gone ones."""
    exact: dict[tuple[str, Key], list[Text]] = {}
    elsewhere: dict[Key, list[Text]] = {}
    for other in others:
        for context, found, text, kind in _translated(other):
            if kind is None:
                exact.setdefault((context, found), []).append(text)
                elsewhere.setdefault(found, []).append(text)
    vanished: dict[Key, list[Text]] = {}
    finished: dict[Key, list[Text]] = {}
    for _context, found, text, kind in _translated(root):
        if kind is None:
            finished.setdefault(found, []).append(text)
        elif kind == "vanished":
            vanished.setdefault(found, []).append(text)

    report = Report()
    for context, message in messages(root):
        if _translation(message).get("type") != UNFINISHED:
            continue
        found = key(message)
        label = f"{context}: {found[0]!r}"
        copy = _pick(
            exact.get((context, found)),
            vanished.get(found),
            finished.get(found),
            elsewhere.get(found),
        )
        if copy is None:
            report.unfinished.append(label)
        else:
            _set_text(message, copy)
            report.carried.append(label)
    report.dropped = _drop_gone(root)
    return report


def _drop_gone(root: ET.Element) -> int:
    dropped = 0
    for context in root.findall("context"):
        for message in context.findall("message"):
            if _translation(message).get("type") in GONE:
                context.remove(message)
                dropped += 1
        if context.find("message") is None:
            root.remove(context)
    return dropped


# Writing: the layout of Qt's own .ts writer (qttools src/linguist/shared/ts.cpp).


def _protect(text: str) -> str:
    out = []
    for char in text:
        code = ord(char)
        if char in _ENTITIES:
            out.append(_ENTITIES[char])
        elif (code < 0x20 or (code > 0x7F and char.isspace())) and char not in "\n\t":
            out.append(f'<byte value="x{code:x}"/>' if code <= 0x20 else f"&#x{code:x};")
        else:
            out.append(char)
    return "".join(out)


_ENTITIES = {'"': "&quot;", "&": "&amp;", ">": "&gt;", "<": "&lt;", "'": "&apos;"}


def _plain(element: ET.Element) -> str:
    if len(element):
        raise TsError(f"<{element.tag}> holds markup this tool does not rewrite")
    return element.text or ""


def _message_lines(message: ET.Element) -> Iterator[str]:
    unknown = {child.tag for child in message} - _MESSAGE_TAGS
    if unknown or set(message.attrib) - {"id", "numerus"}:
        raise TsError(f"message {key(message)[0]!r}: unsupported {sorted(unknown)}")
    ident = message.get("id")
    numerus = message.get("numerus") == "yes"
    head = (f' id="{_protect(ident)}"' if ident else "") + (' numerus="yes"' if numerus else "")
    yield f"    <message{head}>"
    for location in message.findall("location"):
        where = "".join(
            f' {name}="{_protect(location.get(name) or "")}"' for name in location.attrib
        )
        yield f"        <location{where}/>"
    yield f"        <source>{_protect(message.findtext('source') or '')}</source>"
    for tag in (*_TEXT_TAGS[1:], *_NOTE_TAGS):
        element = message.find(tag)
        if element is not None and _plain(element):
            yield f"        <{tag}>{_protect(_plain(element))}</{tag}>"
    translation = _translation(message)
    kind = translation.get("type")
    attributes = f' type="{kind}"' if kind in (UNFINISHED, *GONE) else ""
    if numerus:
        forms = "".join(
            f"\n            <numerusform>{_protect(_plain(form))}</numerusform>"
            for form in translation.findall("numerusform")
        )
        yield f"        <translation{attributes}>{forms}\n        </translation>"
    else:
        yield f"        <translation{attributes}>{_protect(_plain(translation))}</translation>"
    userdata = message.findtext("userdata")
    if userdata:
        yield f"        <userdata>{_protect(userdata)}</userdata>"
    yield "    </message>"


def render(root: ET.Element) -> str:
    """``root`` as lupdate writes a .ts file."""
    unknown = {child.tag for child in root} - {"context"}
    if unknown:
        raise TsError(f"<TS> holds unsupported {sorted(unknown)}")
    head = "".join(
        f' {name}="{_protect(value)}"'
        for name in ("version", "language", "sourcelanguage")
        if (value := root.get(name))
    )
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>", f"<TS{head}>"]
    for context in root.findall("context"):
        lines += ["<context>", f"    <name>{_protect(context.findtext('name') or '')}</name>"]
        for message in context.findall("message"):
            lines.extend(_message_lines(message))
        lines.append("</context>")
    lines.append("</TS>")
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("ts", type=Path, help="the .ts file lupdate just updated")
    parser.add_argument(
        "--from",
        dest="others",
        type=Path,
        action="append",
        default=[],
        metavar="OTHER.ts",
        help="another .ts (e.g. a branch's, when merging) whose translations may be copied",
    )
    args = parser.parse_args(argv)
    try:
        root = read(args.ts)
        report = carry(root, [read(other) for other in args.others])
        text = render(root)
    except (TsError, ET.ParseError) as error:
        print(f"carry.py: {error}", file=sys.stderr)
        return 2
    args.ts.write_bytes(text.encode("utf-8"))
    for label in report.carried:
        print("carried:", label)
    if report.dropped:
        print(f"dropped {report.dropped} message(s) no longer in the code")
    for label in report.unfinished:
        print("untranslated:", label)
    if report.unfinished:
        print(f"Translate them in Qt Linguist: {LINGUIST} {args.ts}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
