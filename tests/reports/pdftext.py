"""Read rendered PDFs back: text with pypdf (pure Python, a test dependency),
pixels with poppler's ``pdftoppm`` where it is installed (``.ci/run`` installs it).
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess

import pypdf
import pytest

_MEDIA_BOX = re.compile(rb"/MediaBox \[ ?0 0 ([0-9.]+) ([0-9.]+) ?\]")
_PGM_HEADER = re.compile(rb"P5\s+([0-9]+)\s+([0-9]+)\s+255\s")


def pdf_pages(pdf: bytes) -> list[str]:
    """The text of each page, laid out roughly as printed."""
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return [page.extract_text(extraction_mode="layout") for page in reader.pages]


def pdf_text(pdf: bytes) -> str:
    """All pages' text in one string."""
    return "\n".join(pdf_pages(pdf))


def page_size(pdf: bytes) -> tuple[float, float]:
    """Width and height of the first page in points."""
    match = _MEDIA_BOX.search(pdf)
    assert match is not None, "no /MediaBox in the PDF"
    return float(match.group(1)), float(match.group(2))


def dark_share(pdf: bytes, page: int, box: tuple[float, float, float, float]) -> float:
    """Share of dark pixels on ``page`` (1-based) inside ``box``.

    ``box`` is (left, top, right, bottom) as fractions of the page, measured
    from the top-left corner; the page is rasterised in grey at 36 dpi."""
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed; .ci/run installs it")
    result = subprocess.run(
        ["pdftoppm", "-gray", "-r", "36", "-f", str(page), "-l", str(page), "-"],
        input=pdf,
        capture_output=True,
        check=True,
    )
    width, height, pixels = _read_pgm(result.stdout)
    left, top = int(box[0] * width), int(box[1] * height)
    right, bottom = int(box[2] * width), int(box[3] * height)
    dark = total = 0
    for y in range(top, bottom):
        row = pixels[y * width + left : y * width + right]
        dark += sum(1 for value in row if value < 128)
        total += len(row)
    return dark / total


def _read_pgm(data: bytes) -> tuple[int, int, bytes]:
    """Width, height and 8-bit pixels of a binary PGM (P5) image."""
    header = _PGM_HEADER.match(data)
    assert header is not None, "pdftoppm did not write a PGM"
    width, height = int(header.group(1)), int(header.group(2))
    return width, height, data[header.end() : header.end() + width * height]
