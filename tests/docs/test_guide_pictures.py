"""The guide's pictures (docs/panduan/gambar): every one the chapters link exists, every
file is linked, each with an Indonesian alt text, and tools/guide_shots.py takes exactly
these. The script itself runs here for one shot only (all of them take a minute)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from kopdesk.app.guide import guide_dir
from tools import guide_shots

GUIDE = guide_dir()
PICTURES = GUIDE / "gambar"
IMAGE = re.compile(r"!\[([^\]]*)\]\(([^)\s]+)\)")
ENGLISH = re.compile(r"\b(the|and|with|window|page|screen|button)\b", re.IGNORECASE)


def links() -> list[tuple[str, str, str]]:
    """(chapter, alt text, target) of every picture in the guide."""
    found = []
    for chapter in sorted(GUIDE.glob("*.md")):
        for alt, target in IMAGE.findall(chapter.read_text("utf-8")):
            found.append((chapter.name, alt, target))
    return found


def test_every_linked_picture_exists() -> None:
    missing = [f"{c} -> {t}" for c, _a, t in links() if not (GUIDE / t).is_file()]
    assert links()
    assert missing == []


def test_every_picture_is_linked_from_its_chapter_with_an_indonesian_alt_text() -> None:
    linked = {(c, t) for c, _a, t in links()}
    files = sorted(p.name for p in PICTURES.glob("*"))
    assert [f for f in files if not any(t == f"gambar/{f}" for _c, t in linked)] == []
    for shot in guide_shots.SHOTS:
        assert (shot.chapter, f"gambar/{shot.name}.png") in linked, shot.name
    for chapter, alt, target in links():
        assert len(alt.split()) >= 3, (chapter, target, alt)
        assert not ENGLISH.search(alt), (chapter, target, alt)


def test_the_scripts_shots_are_the_files() -> None:
    names = [s.name for s in guide_shots.SHOTS]
    assert len(names) == len(set(names))
    assert sorted(f"{n}.png" for n in names) == sorted(p.name for p in PICTURES.glob("*"))


def test_the_pictures_are_at_the_windows_size() -> None:
    """Whole-window shots are 1366×768; dialogs are smaller, never larger."""
    for path in PICTURES.glob("*.png"):
        image = QImage(str(path))
        assert not image.isNull(), path
        assert image.width() <= 1366, path
        assert image.height() <= 768, path
    assert QImage(str(PICTURES / "beranda.png")).size().toTuple() == (1366, 768)


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_the_script_takes_a_shot_of_the_real_window(
    qapp: object, tmp_path: Path, book_path: Path
) -> None:
    """One shot (the sign-in dialog) on the test's book, not the slow demo book."""
    written = guide_shots.take(
        [s for s in guide_shots.SHOTS if s.name == "masuk"],
        tmp_path / "gambar",
        demo=book_path,
        work=tmp_path / "work",
    )
    assert written == [tmp_path / "gambar" / "masuk.png"]
    image = QImage(str(written[0]))
    assert not image.isNull()
    assert 300 < image.width() < 1366
