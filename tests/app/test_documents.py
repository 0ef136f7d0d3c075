"""Writing a paper to disk: whole or not at all."""

from __future__ import annotations

from pathlib import Path

import pytest

from kopdesk.app.papers import write_document
from kopdesk.errors import StorageError


def test_write_replaces_the_file_whole(tmp_path: Path) -> None:
    target = tmp_path / "neraca.pdf"
    target.write_bytes(b"lama")
    write_document(target, b"%PDF-baru")
    assert target.read_bytes() == b"%PDF-baru"
    assert [p.name for p in tmp_path.iterdir()] == ["neraca.pdf"]


def test_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="tidak ada"):
        write_document(tmp_path / "tidak-ada" / "x.pdf", b"x")


def test_unwritable_folder_leaves_nothing_behind(tmp_path: Path) -> None:
    folder = tmp_path / "arsip"
    folder.mkdir()
    target = folder / "x.pdf"
    target.mkdir()  # a folder where the file should go: the rename must fail
    with pytest.raises(StorageError, match="tidak dapat ditulis"):
        write_document(target, b"x")
    assert [p.name for p in folder.iterdir()] == ["x.pdf"]
