"""tools/i18n/carry.py: a string that moved to another class keeps its translation, a
new one stays unfinished, strings gone from the code are dropped, and the file keeps
lupdate's layout."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from tools.i18n import carry

REPO_TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "kopdesk_id.ts"
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"

HEAD = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
"""


def _message(source: str, translation: str, kind: str = "", extra: str = "") -> str:
    kind = f' type="{kind}"' if kind else ""
    return (
        f"    <message>\n        <source>{source}</source>\n{extra}"
        f"        <translation{kind}>{translation}</translation>\n    </message>\n"
    )


def _context(name: str, *messages: str) -> str:
    return f"<context>\n    <name>{name}</name>\n{''.join(messages)}</context>\n"


def _ts(*contexts: str) -> str:
    return HEAD + "".join(contexts) + "</TS>\n"


def _run(path: Path, *others: Path) -> None:
    args = [str(path)]
    for other in others:
        args += ["--from", str(other)]
    assert carry.main(args) == 0


def test_a_moved_string_is_carried_a_new_one_stays_unfinished_gone_ones_dropped(
    tmp_path: Path,
) -> None:
    path = tmp_path / "t.ts"
    path.write_text(
        _ts(
            _context(
                "BaseDialog",
                _message("Save", "", "unfinished"),
                _message("Close", "", "unfinished"),
                _message("Brand new", "", "unfinished"),
            ),
            _context(
                "MemberDialog",
                _message("Close", "Tutup"),
                _message("Save", "Simpan", "vanished"),
                _message("Draft", "Konsep?", "obsolete"),
            ),
            _context("OldDialog", _message("Gone", "Hilang", "vanished")),
        ),
        encoding="utf-8",
    )
    _run(path)
    assert path.read_text(encoding="utf-8") == _ts(
        _context(
            "BaseDialog",
            _message("Save", "Simpan"),  # from the vanished message: it moved here
            _message("Close", "Tutup"),  # from a finished message in another class
            _message("Brand new", "", "unfinished"),  # nothing to copy: a translator's job
        ),
        _context("MemberDialog", _message("Close", "Tutup")),
    )


def test_the_moved_translation_wins_over_other_classes_and_the_majority_decides(
    tmp_path: Path,
) -> None:
    path = tmp_path / "t.ts"
    path.write_text(
        _ts(
            _context("AssetBase", _message("Code", "", "unfinished")),
            _context("AssetDialog", _message("Code", "Kode aset", "vanished")),
            _context("AccountDialog", _message("Code", "Kode")),
            _context("MemberDialog", _message("Code", "Kode")),
            _context("ReportBase", _message("Name", "", "unfinished")),
            _context("AssetList", _message("Name", "Nama aset")),
            _context("MemberList", _message("Name", "Nama")),
            _context("UserList", _message("Name", "Nama")),
        ),
        encoding="utf-8",
    )
    _run(path)
    root = carry.read(path)
    found = {(name, carry.key(m)[0]): carry.text_of(m) for name, m in carry.messages(root)}
    assert found[("AssetBase", "Code")] == ("Kode aset",)
    assert found[("ReportBase", "Name")] == ("Nama",)


def test_only_the_same_text_comment_and_plural_is_copied(tmp_path: Path) -> None:
    path = tmp_path / "t.ts"
    path.write_text(
        _ts(
            _context(
                "Base",
                _message("Save", "", "unfinished", "        <comment>verb</comment>\n"),
                _message("save", "", "unfinished"),
            ),
            _context("Other", _message("Save", "Simpan")),
        ),
        encoding="utf-8",
    )
    _run(path)
    assert all(
        not carry.is_finished(message)
        for name, message in carry.messages(carry.read(path))
        if name == "Base"
    )


def test_another_branchs_file_gives_its_translations(tmp_path: Path) -> None:
    path = tmp_path / "t.ts"
    path.write_text(
        _ts(
            _context("Base", _message("Save", "", "unfinished"), _message("New", "", "unfinished"))
        ),
        encoding="utf-8",
    )
    other = tmp_path / "other.ts"
    other.write_text(
        _ts(
            _context("Base", _message("Save", "Simpan data"), _message("Draft", "", "unfinished")),
            _context("Elsewhere", _message("Save", "Simpan"), _message("New", "Baru")),
        ),
        encoding="utf-8",
    )
    _run(path, other)
    assert path.read_text(encoding="utf-8") == _ts(
        _context("Base", _message("Save", "Simpan data"), _message("New", "Baru"))
    )


def test_the_repository_file_is_in_lupdate_layout_so_a_no_op_run_changes_nothing() -> None:
    text = REPO_TS.read_text(encoding="utf-8")
    assert carry.render(carry.read(REPO_TS)) == text


def test_entity_declarations_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "t.ts"
    path.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE TS [<!ENTITY a "aaaa">]>\n<TS>&a;</TS>\n',
        encoding="utf-8",
    )
    before = path.read_bytes()
    assert carry.main([str(path)]) == 2
    assert path.read_bytes() == before


def test_with_lupdate_a_string_moved_to_a_base_class_stays_translated(tmp_path: Path) -> None:
    """What update.sh does: lupdate (keeping vanished messages), then carry.py."""
    lupdate = str(LUPDATE) if LUPDATE.exists() else shutil.which("pyside6-lupdate")
    assert lupdate is not None, "pyside6-lupdate comes with PySide6, a dependency"
    code = tmp_path / "windows.py"
    ts = tmp_path / "t.ts"

    def update(source: str) -> None:
        code.write_text(source, encoding="utf-8")
        command = [lupdate, "-extensions", "py", "-locations", "none", str(code), "-ts", str(ts)]
        subprocess.run(command, check=True, capture_output=True)
        _run(ts)

    ts.write_text(HEAD + "</TS>\n", encoding="utf-8")
    update(
        "class MemberDialog:\n"
        "    def f(self, n: int) -> None:\n"
        '        self.tr("Save")\n'
        '        self.tr("%n member(s)", "", n)\n'
    )
    root = carry.read(ts)
    for _name, message in carry.messages(root):
        translation = message.find("translation")
        assert translation is not None
        del translation.attrib["type"]
        if message.get("numerus") == "yes":
            translation[0].text = "%n anggota"
        else:
            translation.text = "Simpan"
    ts.write_text(carry.render(root), encoding="utf-8")

    update(
        "class BaseDialog:\n"
        "    def f(self, n: int) -> None:\n"
        '        self.tr("Save")\n'
        '        self.tr("%n member(s)", "", n)\n'
        '        self.tr("Brand new")\n'
        "class MemberDialog(BaseDialog):\n"
        "    pass\n"
    )
    assert ts.read_text(encoding="utf-8") == _ts(
        _context(
            "BaseDialog",
            _message("Save", "Simpan"),
            '    <message numerus="yes">\n        <source>%n member(s)</source>\n'
            "        <translation>\n            <numerusform>%n anggota</numerusform>\n"
            "        </translation>\n    </message>\n",
            _message("Brand new", "", "unfinished"),
        )
    )
    before = ts.read_bytes()
    update(code.read_text(encoding="utf-8"))
    assert ts.read_bytes() == before  # a run with nothing to do changes nothing
