"""The user guide (docs/panduan) ships with the app and every chapter it lists exists."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from kopdesk.app import guide

ROOT = Path(__file__).resolve().parents[2]
LINK = re.compile(r"\]\(([^)\s]+\.md)(?:#([^)\s]*))?\)")


def test_the_checkout_guide_is_found_and_lists_every_chapter_file() -> None:
    folder = guide.guide_dir()
    assert folder == ROOT / "docs" / "panduan"
    listed = [c.file for c in guide.chapters()]
    assert listed[0] == guide.INDEX_FILE
    assert sorted(listed) == sorted(p.name for p in folder.glob("*.md"))
    for chapter in guide.chapters():
        text = guide.read_chapter(chapter.file)
        assert guide.headings(text)[0][0] == 1, chapter.file  # starts with its title


def test_every_link_between_chapters_finds_its_chapter_and_heading() -> None:
    broken = []
    for chapter in guide.chapters():
        for file, anchor in LINK.findall(guide.read_chapter(chapter.file)):
            target = guide.guide_dir() / file
            slugs = {guide.slug(h) for _l, h in guide.headings(target.read_text("utf-8"))}
            if not target.is_file() or (anchor and anchor not in slugs):
                broken.append(f"{chapter.file} -> {file}#{anchor}")
    assert broken == []


def test_the_glossary_chapter_is_the_glossary_module() -> None:
    """Rewrite it with: python -c "from kopdesk.app.guide import glossary_markdown as g;
    open('docs/panduan/glosarium.md', 'w', encoding='utf-8').write(g())"."""
    assert guide.read_chapter(guide.GLOSSARY_FILE) == guide.glossary_markdown()


def test_the_wheel_carries_the_guide_where_guide_dir_looks() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    included = project["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    assert included["docs/panduan"] == "kopdesk/resources/panduan"


def test_an_installed_copy_comes_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import kopdesk

    package = tmp_path / "kopdesk"
    (package / "resources" / "panduan").mkdir(parents=True)
    (package / "resources" / "panduan" / "index.md").write_text("# Panduan\n", "utf-8")
    (package / "__init__.py").write_text("", "utf-8")
    monkeypatch.setattr(kopdesk, "__file__", str(package / "__init__.py"))
    assert guide.guide_dir() == package / "resources" / "panduan"
    assert guide.chapters() == [guide.Chapter("index.md", "Daftar isi")]


def test_slugs_and_headings() -> None:
    assert guide.slug("Tutup buku & SHU") == "tutup-buku-shu"
    assert guide.slug("Jasa simpanan dan PPh") == "jasa-simpanan-dan-pph"
    assert guide.headings("# A\n```\n# not\n```\n## B ##\n") == [(1, "A"), (2, "B")]
    assert guide.split_topic("loket.md#salah-catat") == ("loket.md", "salah-catat")
    assert guide.split_topic("loket.md") == ("loket.md", "")
