"""Build the one-folder kopdesk program with PyInstaller (issue 19).

    pip install ".[bundle]"
    python tools/bundle.py [--dist DIR] [--smoke]

Runs PyInstaller on ``kopdesk.spec`` (a clean build) and leaves ``DIR/kopdesk/``
(default ``dist/kopdesk``) with ``kopdesk`` and ``kopdesk-cli`` in it (``.exe`` on
Windows); prints the folder's size. ``--smoke`` then runs ``tools/bundle_smoke.py``
on it: the frozen program's version, a new book, the demo, a report, the check and
the window.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def folder_size(path: Path) -> int:
    """Bytes of every file under ``path``."""
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def build(dist: Path) -> Path:
    """Run PyInstaller; returns the bundle folder."""
    work = ROOT / "build" / "pyinstaller"
    command = [
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
        "--distpath", str(dist), "--workpath", str(work), str(ROOT / "kopdesk.spec"),
    ]  # fmt: skip
    subprocess.run(command, check=True, cwd=ROOT)
    return dist / "kopdesk"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--smoke", action="store_true", help="run the smoke test after")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    bundle = build(args.dist.resolve())
    seconds = time.perf_counter() - started
    print(f"bundle: {bundle} ({folder_size(bundle) / 2**20:.0f} MB, built in {seconds:.0f} s)")
    if args.smoke:
        smoke = [sys.executable, str(ROOT / "tools" / "bundle_smoke.py"), str(bundle)]
        return subprocess.run(smoke, check=False).returncode
    return 0


if __name__ == "__main__":
    sys.exit(main())
