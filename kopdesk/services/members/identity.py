"""Identity numbers of members: NIK (KTP), NPWP and phone numbers (KOPERASI.md §8).

NIK and NPWP checks use python-stdnum (the validators KOPERASI.md cites),
with Indonesian messages saying exactly what is wrong.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from stdnum.exceptions import ValidationError as StdnumError
from stdnum.id import nik as stdnum_nik
from stdnum.id import npwp as stdnum_npwp

from kopdesk.domain import clock
from kopdesk.errors import ValidationError

_SCIENTIFIC = re.compile(r"^\d(?:[.,]\d+)?[eE]\+?\d+$")


@dataclass(frozen=True)
class NikInfo:
    nik: str
    birth_date: dt.date
    sex: str
    """``L`` (laki-laki) or ``P`` (perempuan): women's birth day is stored + 40."""
    region: str
    """The first 4 digits: province and kabupaten/kota of issue."""


def check_nik(text: str, *, field: str = "nik") -> NikInfo:
    """A valid NIK with what it tells; ``ValidationError`` naming the problem."""
    raw = str(text).strip()
    if _SCIENTIFIC.match(raw):
        raise ValidationError(
            field,
            f"NIK {raw} dirusak Excel (ditulis sebagai angka ilmiah). Format kolom NIK "
            "sebagai Teks di Excel, lalu ketik ulang NIK lengkap 16 angka.",
        )
    number = re.sub(r"[\s.\-]", "", raw)
    if not number:
        raise ValidationError(field, "NIK (KTP) wajib diisi: 16 angka.")
    if not number.isdigit():
        raise ValidationError(field, f"NIK {raw} hanya boleh berisi angka.")
    if len(number) != 16:
        raise ValidationError(field, f"NIK harus 16 angka; yang diketik {len(number)} angka.")
    birth = _birth_date(number)
    if birth is None:
        raise ValidationError(
            field,
            f"NIK {number} tidak valid: tanggal lahir di dalamnya (angka ke-7 s.d. 12) mustahil.",
        )
    if not _region_known(number):
        raise ValidationError(
            field, f"NIK {number} tidak valid: kode wilayah {number[:4]} tidak dikenal."
        )
    sex = "P" if int(number[6:8]) > 40 else "L"
    return NikInfo(number, birth, sex, number[:4])


_REGIONS: dict[str, bool] = {}
"""Region code (first 4 digits) -> whether python-stdnum knows it (at most 10,000)."""


def _region_known(number: str) -> bool:
    """Whether python-stdnum accepts ``number`` (16 digits whose birth date is valid).

    Its check then depends on the region code only: the birth date it also checks
    is valid whenever :func:`_birth_date` found one, in either century. The region
    lookup costs a tenth of a millisecond, so an import of 10,000 members asks it
    once per region."""
    region = number[:4]
    known = _REGIONS.get(region)
    if known is None:
        try:
            stdnum_nik.validate(number)
        except StdnumError:
            known = False
        else:
            known = True
        _REGIONS[region] = known
    return known


def _birth_date(number: str) -> dt.date | None:
    """DDMMYY at digits 7–12; women's day is + 40. The century is the one that
    puts the date in the past (a member born in 2001 is not 125 years old)."""
    day, month, yy = int(number[6:8]) % 40, int(number[8:10]), int(number[10:12])
    for century in (2000, 1900):
        try:
            born = dt.date(century + yy, month, day)
        except ValueError:
            return None
        if born <= clock.today():
            return born
    return None  # pragma: no cover - 19YY is always in the past


def check_npwp(text: str, *, field: str = "npwp") -> str:
    """A valid NPWP (15 digits, or 16 since 2024) as digits only; '' stays ''."""
    raw = str(text).strip()
    if not raw:
        return ""
    if _SCIENTIFIC.match(raw):
        raise ValidationError(field, f"NPWP {raw} dirusak Excel; format kolom sebagai Teks.")
    try:
        number = stdnum_npwp.compact(raw)
    except StdnumError as exc:  # pragma: no cover - compact only strips separators
        raise ValidationError(field, f"NPWP {raw} tidak valid.") from exc
    if not number.isdigit() or len(number) not in (15, 16):
        raise ValidationError(field, "NPWP harus 15 angka (lama) atau 16 angka (sejak 2024).")
    if len(number) == 16 and not number.startswith("0"):
        check_nik(number, field=field)  # a citizen's 16-digit NPWP is the NIK
        return number
    try:
        stdnum_npwp.validate(number)
    except StdnumError as exc:
        raise ValidationError(
            field, f"NPWP {raw} tidak valid: angka pemeriksanya (ke-9) tidak cocok."
        ) from exc
    return number


def format_npwp(number: str) -> str:
    """``013121660091000`` → ``01.312.166.0-091.000`` (15-digit form)."""
    n = number[-15:] if len(number) == 16 and number.startswith("0") else number
    if len(n) != 15:
        return number
    return f"{n[:2]}.{n[2:5]}.{n[5:8]}.{n[8]}-{n[9:12]}.{n[12:]}"


def normalize_phone(text: str, *, field: str = "phone") -> str:
    """An Indonesian phone number in E.164 (``+628123456789``); '' stays ''.

    Accepts ``08…``, ``628…``, ``+62 8…`` with spaces, dots or dashes, and
    landlines ``0`` + area code. 9 to 13 digits after the country code [U].
    """
    raw = str(text).strip()
    if not raw:
        return ""
    if _SCIENTIFIC.match(raw):
        raise ValidationError(field, f"Nomor HP {raw} dirusak Excel; format kolom sebagai Teks.")
    digits = re.sub(r"[\s.\-()]", "", raw)
    if digits.startswith("+"):
        digits = digits[1:]
    if not digits.isdigit():
        raise ValidationError(field, f"Nomor HP {raw} hanya boleh berisi angka, spasi atau +.")
    if digits.startswith("62"):
        national = digits[2:]
    elif digits.startswith("0"):
        national = digits[1:]
    else:
        raise ValidationError(field, f"Nomor HP {raw} harus diawali 08, 62 atau +62.")
    if national.startswith("0") or not 8 <= len(national) <= 12:
        raise ValidationError(
            field, f"Nomor HP {raw} tidak lengkap atau terlalu panjang (contoh 0812-3456-7890)."
        )
    return f"+62{national}"


def format_phone(e164: str) -> str:
    """``+6281234567890`` → ``0812-3456-7890`` for display and print."""
    if not e164.startswith("+62"):
        return e164
    local = "0" + e164[3:]
    if local.startswith("08"):
        return "-".join(local[i : i + 4] for i in range(0, len(local), 4))
    return local
