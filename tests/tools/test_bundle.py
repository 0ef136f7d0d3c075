"""The PyInstaller bundle (issue 19).

The spec is read here with PyInstaller's build steps replaced by recorders, so a
data file the program reads at run time and the spec leaves out fails in seconds:
Alembic's migrations, the translations, the guide, every lazily loaded module.

Building the bundle takes minutes, so the default test command does not: ``.ci/run``
builds it once (``tools/bundle.py``) and names it in ``KOPDESK_BUNDLE``; then
:func:`test_the_frozen_program_passes_the_smoke_test` runs ``tools/bundle_smoke.py``
on it (the frozen ``--version``, ``init``, ``demo``, a PDF report, ``check``, the
window offscreen). In CI a missing bundle fails; elsewhere it is skipped, saying how
to build one.
"""

from __future__ import annotations

import os
import subprocess
import sys
from functools import partial
from pathlib import Path
from typing import Any

import pytest

import kopdesk

ROOT = Path(__file__).resolve().parents[2]
BUNDLE_ENV = "KOPDESK_BUNDLE"
PACKAGE = Path(kopdesk.__file__).resolve().parent


class Recorder:
    """Stands for one of PyInstaller's build steps: keeps what it was given."""

    made: dict[str, list[Recorder]]

    def __init__(self, kind: str, *args: Any, **kwargs: Any) -> None:
        self.args, self.kwargs = args, kwargs
        self.binaries: list[tuple[str, str, str]] = []
        self.pure: list[object] = []
        self.scripts: list[object] = []
        self.datas: list[object] = []
        Recorder.made.setdefault(kind, []).append(self)


def read_spec() -> dict[str, list[Recorder]]:
    pytest.importorskip("PyInstaller", reason='PyInstaller is in the "bundle" extra')
    Recorder.made = {}
    steps = {name: partial(Recorder, name) for name in ("Analysis", "PYZ", "EXE", "COLLECT")}
    spec = ROOT / "kopdesk.spec"
    exec(compile(spec.read_text(encoding="utf-8"), str(spec), "exec"),
         {"SPECPATH": str(ROOT), "__file__": str(spec), **steps})  # fmt: skip
    return Recorder.made


@pytest.fixture(scope="module")
def spec() -> dict[str, list[Recorder]]:
    return read_spec()


def bundled(spec: dict[str, list[Recorder]]) -> set[tuple[str, str]]:
    """(file name, folder in the bundle) of every data file (by name: PyInstaller may
    find the package installed rather than in this checkout)."""
    (analysis,) = spec["Analysis"]
    return {(Path(src).name, dst.replace("\\", "/")) for src, dst in analysis.kwargs["datas"]}


def test_the_migrations_travel_where_alembic_looks_for_them(
    spec: dict[str, list[Recorder]],
) -> None:
    from kopdesk.storage.db import MIGRATIONS_DIR

    datas = bundled(spec)
    files = [p for p in MIGRATIONS_DIR.rglob("*.py") if "__pycache__" not in p.parts]
    assert len(files) > 10
    for path in [*files, MIGRATIONS_DIR / "script.py.mako"]:
        # the bundle's kopdesk/ is the package folder: the same path from kopdesk.__file__
        folder = path.parent.relative_to(PACKAGE.parent).as_posix()
        assert (path.name, folder) in datas, path


def test_the_translations_travel_where_the_windows_look_for_them(
    spec: dict[str, list[Recorder]],
) -> None:
    datas = bundled(spec)
    qms = sorted((ROOT / "resources" / "translations").glob("*.qm"))
    assert [q.name for q in qms] == ["kopdesk_id.qm", "qt_id.qm"]
    for qm in qms:
        # kopdesk/ui/i18n.py: PACKAGE / "resources" / "translations" comes first
        assert (qm.name, "kopdesk/resources/translations") in datas


def test_the_guide_travels_when_there_is_one(spec: dict[str, list[Recorder]]) -> None:
    guide = ROOT / "docs" / "panduan"
    files = [p for p in guide.rglob("*") if p.is_file()] if guide.is_dir() else []
    datas = bundled(spec)
    for path in files:
        folder = ("kopdesk/resources/panduan" / path.parent.relative_to(guide)).as_posix()
        assert (path.name, folder.rstrip("/.")) in datas, path


def test_every_kopdesk_module_and_the_qt_modules_are_in(spec: dict[str, list[Recorder]]) -> None:
    (analysis,) = spec["Analysis"]
    hidden = set(analysis.kwargs["hiddenimports"])
    modules = {
        ".".join(p.relative_to(PACKAGE.parent).with_suffix("").parts).removesuffix(".__init__")
        for p in PACKAGE.rglob("*.py")
        if "__pycache__" not in p.parts and "migrations" not in p.parts
    }
    assert {m for m in modules if m.startswith("kopdesk.reports.")} <= hidden
    assert modules - hidden <= {"kopdesk.__main__"}
    assert {"PySide6.QtCharts", "PySide6.QtPdf", "PySide6.QtPdfWidgets"} <= hidden


def test_two_programs_share_one_folder(spec: dict[str, list[Recorder]]) -> None:
    names = [exe.kwargs["name"] for exe in spec["EXE"]]
    assert names == ["kopdesk", "kopdesk-cli"]
    assert [exe.kwargs["console"] for exe in spec["EXE"]][1] is True
    (collect,) = spec["COLLECT"]
    assert collect.kwargs["name"] == "kopdesk"


@pytest.mark.slow
def test_the_frozen_program_passes_the_smoke_test() -> None:
    folder = os.environ.get(BUNDLE_ENV)
    if not folder:
        if os.environ.get("CI"):
            pytest.fail(f".ci/run builds the bundle and names it in {BUNDLE_ENV}")
        pytest.skip(f"no bundle: python tools/bundle.py, then {BUNDLE_ENV}=dist/kopdesk")
    done = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "bundle_smoke.py"), folder],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        timeout=1200,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "smoke test of the bundle passed" in done.stdout
