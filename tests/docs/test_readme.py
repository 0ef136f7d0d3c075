"""README.md: Indonesian first, the two commands .ci/run relies on, and every relative
link (files, pictures, headings) resolves."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")
LINK = re.compile(r"!?\[[^\]]*\]\(([^)\s]+)\)")
INSTALL_AND_START = "python -m pip install . && kopdesk"
INSTALL_AND_TEST = 'python -m pip install ".[test]" && python -m pytest'


def github_slug(heading: str) -> str:
    """The anchor GitHub gives a heading: lower case, punctuation dropped, spaces to -."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def headings(markdown: str) -> set[str]:
    found, fenced = set(), False
    for line in markdown.splitlines():
        if line.startswith("```"):
            fenced = not fenced
        elif not fenced and (match := re.match(r"#{1,6}\s+(.+)", line)):
            found.add(github_slug(match.group(1)))
    return found


def test_every_relative_link_resolves() -> None:
    broken = []
    for target in LINK.findall(README):
        if re.match(r"[a-z]+:", target):
            continue  # https:, mailto:
        path, _, anchor = target.partition("#")
        file = ROOT / path if path else ROOT / "README.md"
        found = file.exists()
        if found and anchor and file.suffix == ".md":
            found = anchor in headings(file.read_text("utf-8"))
        if not found:
            broken.append(target)
    assert LINK.findall(README)
    assert broken == []


def test_the_slug_is_githubs() -> None:
    assert github_slug("Windows: installer dan program tanpa Python") == (
        "windows-installer-dan-program-tanpa-python"
    )
    assert github_slug("Tutup buku, SHU and the RAT") == "tutup-buku-shu-and-the-rat"


def test_indonesian_first_with_the_two_commands_the_ci_runs() -> None:
    indonesian, english = README.index("## Bahasa Indonesia"), README.index("## English")
    assert indonesian < english
    assert README.index("docs/screenshot-main.png") < indonesian
    part = README[indonesian:english]
    assert f"```sh\n{INSTALL_AND_START}\n```" in part
    assert f"```sh\n{INSTALL_AND_TEST}\n```" in part
    for topic in ("Windows", "kopdesk.sqlite", "cadangan", "kopdesk-2026", "docs/panduan"):
        assert topic in part, topic


def test_the_readme_names_the_windows_folders() -> None:
    """The Windows rows of the README's table (checked on every platform; that they are
    the code's own is platformdirs' CSIDL_LOCAL_APPDATA, the call the Linux test checks)."""
    from kopdesk.ui.wizard import DEMO_FILE

    assert r"`%LOCALAPPDATA%\kopdesk\kopdesk.sqlite`" in README
    assert r"`%LOCALAPPDATA%\kopdesk\cadangan\`" in README
    assert f"`%LOCALAPPDATA%\\kopdesk\\{DEMO_FILE}`" in README


@pytest.mark.skipif(
    sys.platform != "linux",
    reason="paths.default_book_path gives the Linux folder (~/.local/share) only on Linux; "
    "the Windows rows are checked by test_the_readme_names_the_windows_folders",
)
def test_the_book_folders_named_are_the_codes(monkeypatch: pytest.MonkeyPatch) -> None:
    """The README's table states where paths.default_book_path, the wizard's demo book
    and backups.backup_folder put them (Linux checked here; Windows is platformdirs'
    CSIDL_LOCAL_APPDATA, the same user_data_dir call)."""
    from kopdesk.storage import backups, paths
    from kopdesk.ui.wizard import DEMO_FILE

    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    book = paths.default_book_path()
    assert book == Path.home() / ".local" / "share" / "kopdesk" / "kopdesk.sqlite"
    assert backups.backup_folder(book) == book.parent / "cadangan"
    assert "`~/.local/share/kopdesk/kopdesk.sqlite`" in README
    assert "`~/.local/share/kopdesk/cadangan/`" in README
    assert f"`~/.local/share/kopdesk/{DEMO_FILE}`" in README
    assert r"`%LOCALAPPDATA%\kopdesk\kopdesk.sqlite`" in README
    assert r"`%LOCALAPPDATA%\kopdesk\cadangan\`" in README
    assert f"`%LOCALAPPDATA%\\kopdesk\\{DEMO_FILE}`" in README
