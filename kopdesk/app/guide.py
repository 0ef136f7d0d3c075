"""The user guide (panduan): Indonesian Markdown chapters, one per job, read inside the app.

The single source is ``docs/panduan/`` in the repository; the wheel carries it as
``kopdesk/resources/panduan`` (pyproject.toml's force-include), so :func:`guide_dir`
looks there first and then in the checkout, like ``ui/i18n.py`` finds the translations.
``index.md`` lists the chapters in order as ``- [Title](file.md)`` lines; a topic is
``file.md`` or ``file.md#anchor``, the anchor being the :func:`slug` of a heading.
The glossary chapter is written from :mod:`kopdesk.domain.glossary`
(:func:`glossary_markdown`), so tooltips and guide say the same.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import kopdesk
from kopdesk.domain.glossary import TERMS

__all__ = [
    "GLOSSARY_FILE",
    "INDEX_FILE",
    "Chapter",
    "chapters",
    "glossary_markdown",
    "guide_dir",
    "headings",
    "read_chapter",
    "slug",
    "split_topic",
]

INDEX_FILE = "index.md"
GLOSSARY_FILE = "glosarium.md"
_LINK = re.compile(r"^\s*[-*]\s*\[([^\]]+)\]\(([^)#\s]+\.md)\)")
_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")


@dataclass(frozen=True)
class Chapter:
    file: str
    title: str


def guide_dir() -> Path:
    """The folder of the guide: the installed copy, else the checkout's ``docs/panduan``."""
    package = Path(kopdesk.__file__).resolve().parent
    candidates = (package / "resources" / "panduan", package.parent / "docs" / "panduan")
    for folder in candidates:
        if (folder / INDEX_FILE).is_file():
            return folder
    return candidates[-1]


def read_chapter(file: str, folder: Path | None = None) -> str:
    """The Markdown of one chapter. Raises ``FileNotFoundError`` for a missing file
    (a packaging bug: the tests check every chapter ships)."""
    return ((folder or guide_dir()) / file).read_text(encoding="utf-8")


def chapters(folder: Path | None = None) -> list[Chapter]:
    """The index page and then the chapters it lists, in its order."""
    found = [Chapter(INDEX_FILE, "Daftar isi")]
    for line in read_chapter(INDEX_FILE, folder).splitlines():
        match = _LINK.match(line)
        if match:
            found.append(Chapter(match.group(2), match.group(1)))
    return found


def slug(heading: str) -> str:
    """A heading's anchor: lower case ASCII words joined by hyphens
    ("Tutup buku & SHU" → "tutup-buku-shu")."""
    ascii_text = unicodedata.normalize("NFKD", heading).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def headings(markdown: str) -> list[tuple[int, str]]:
    """The (level, text) of each ATX heading outside code blocks."""
    found = []
    fenced = False
    for line in markdown.splitlines():
        if line.lstrip().startswith("```"):
            fenced = not fenced
            continue
        match = None if fenced else _HEADING.match(line)
        if match:
            found.append((len(match.group(1)), match.group(2)))
    return found


def split_topic(topic: str) -> tuple[str, str]:
    """``"file.md#anchor"`` → ``("file.md", "anchor")``; the anchor may be empty."""
    file, _, anchor = topic.partition("#")
    return file, anchor


def glossary_markdown() -> str:
    """The glossary chapter, written from :data:`kopdesk.domain.glossary.TERMS`."""
    lines = [
        "# Glosarium",
        "",
        "Istilah koperasi yang muncul di kopdesk. Arahkan tetikus ke label atau judul "
        "kolom yang memuat istilah ini untuk melihat penjelasannya.",
        "",
    ]
    for term in TERMS:
        lines += [f"## {term.name}", "", term.meaning, ""]
    return "\n".join(lines)
