"""Indonesian for the savings fields in the member windows (merged by fill_ts.py)."""

from __future__ import annotations

ID: dict[str, str] = {
    "Wajib class": "Golongan wajib",
    "none: the product's monthly amount": "kosong: jumlah bulanan produk",
}
