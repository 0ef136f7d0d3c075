"""Terbilang: amounts in Indonesian words (KOPERASI.md §9.2)."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kopdesk.domain.terbilang import MAX_TERBILANG, terbilang, terbilang_rupiah


@pytest.mark.parametrize(
    ("amount", "words"),
    [
        # KOPERASI.md §9.2 [terbilang-js], [masrizalw-terbilang], [kalderanews]
        (12_500, "dua belas ribu lima ratus"),
        (11, "sebelas"),
        (100, "seratus"),
        (1000, "seribu"),
        (1_000_000, "satu juta"),
        (0, "nol"),
        # table below twelve, then belas / puluh
        (1, "satu"),
        (9, "sembilan"),
        (10, "sepuluh"),
        (12, "dua belas"),
        (19, "sembilan belas"),
        (20, "dua puluh"),
        (21, "dua puluh satu"),
        (99, "sembilan puluh sembilan"),
        # seratus / seribu only for exactly one hundred / one thousand
        (101, "seratus satu"),
        (110, "seratus sepuluh"),
        (111, "seratus sebelas"),
        (119, "seratus sembilan belas"),
        (200, "dua ratus"),
        (1001, "seribu satu"),
        (1100, "seribu seratus"),
        (1999, "seribu sembilan ratus sembilan puluh sembilan"),
        (2000, "dua ribu"),
        (10_000, "sepuluh ribu"),
        (11_000, "sebelas ribu"),
        (21_000, "dua puluh satu ribu"),
        (100_000, "seratus ribu"),
        (101_000, "seratus satu ribu"),
        (1_001_000, "satu juta seribu"),
        (1_250_000, "satu juta dua ratus lima puluh ribu"),
        (1_000_001, "satu juta satu"),
        (1_240_000, "satu juta dua ratus empat puluh ribu"),
        # standard spelling miliar / triliun, never milyar / trilyun
        (1_000_000_000, "satu miliar"),
        (2_500_000_000, "dua miliar lima ratus juta"),
        (1_000_000_000_000, "satu triliun"),
        (1_000_000_001_000, "satu triliun seribu"),
        (
            MAX_TERBILANG,
            "sembilan ratus sembilan puluh sembilan triliun "
            "sembilan ratus sembilan puluh sembilan miliar "
            "sembilan ratus sembilan puluh sembilan juta "
            "sembilan ratus sembilan puluh sembilan ribu "
            "sembilan ratus sembilan puluh sembilan",
        ),
        (-12_500, "minus dua belas ribu lima ratus"),
        (-1, "minus satu"),
    ],
)
def test_terbilang_examples(amount: int, words: str) -> None:
    assert terbilang(amount) == words


@pytest.mark.parametrize(
    ("amount", "words"),
    [
        (12_500, "Dua belas ribu lima ratus rupiah"),  # KOPERASI.md §9.2 receipt example
        (0, "Nol rupiah"),
        (1000, "Seribu rupiah"),
        (-5000, "Minus lima ribu rupiah"),
        # The edge amounts a kuitansi must get right (issue Simpanan): written out by hand.
        (11, "Sebelas rupiah"),
        (1_000_000, "Satu juta rupiah"),
        (1_000_000_000, "Satu miliar rupiah"),
        (
            999_999_999_999,
            "Sembilan ratus sembilan puluh sembilan miliar sembilan ratus sembilan puluh "
            "sembilan juta sembilan ratus sembilan puluh sembilan ribu sembilan ratus "
            "sembilan puluh sembilan rupiah",
        ),
    ],
)
def test_terbilang_rupiah(amount: int, words: str) -> None:
    assert terbilang_rupiah(amount) == words


@pytest.mark.parametrize("amount", [MAX_TERBILANG + 1, -MAX_TERBILANG - 1, 10**18])
def test_terbilang_refuses_beyond_triliun(amount: int) -> None:
    with pytest.raises(ValueError, match="at most"):
        terbilang(amount)


@pytest.mark.parametrize("amount", [1.0, True, "12", None])
def test_terbilang_rejects_non_int(amount: object) -> None:
    with pytest.raises(TypeError):
        terbilang(amount)  # type: ignore[arg-type]


# An independent reader of Indonesian number words: it shares no code or table
# with kopdesk.domain.terbilang and reads token by token.
_UNITS = {
    "satu": 1,
    "dua": 2,
    "tiga": 3,
    "empat": 4,
    "lima": 5,
    "enam": 6,
    "tujuh": 7,
    "delapan": 8,
    "sembilan": 9,
}
_WHOLE = {"sepuluh": 10, "sebelas": 11, "seratus": 100}
_MULTIPLIERS = {"belas": None, "puluh": 10, "ratus": 100}
_SCALES = {"ribu": 10**3, "juta": 10**6, "miliar": 10**9, "triliun": 10**12}


def read_words(text: str) -> int:
    """Read words like "dua belas ribu lima ratus" back to 12500."""
    tokens = text.split(" ")
    if tokens == ["nol"]:
        return 0
    if tokens[0] == "minus":
        return -read_words(" ".join(tokens[1:]))
    total = group = last = 0
    for token in tokens:
        if token in _UNITS:
            assert last == 0, f"two units in a row in {text!r}"
            last = _UNITS[token]
        elif token in _WHOLE:
            group += _WHOLE[token]
        elif token == "belas":
            group, last = group + 10 + last, 0
        elif token in _MULTIPLIERS:
            group, last = group + last * (_MULTIPLIERS[token] or 0), 0
        elif token == "seribu":
            total, group, last = total + 1000, 0, 0
        else:
            total, group, last = total + (group + last) * _SCALES[token], 0, 0
    return total + group + last


@given(st.integers(min_value=-MAX_TERBILANG, max_value=MAX_TERBILANG))
def test_words_read_back_to_the_number(amount: int) -> None:
    words = terbilang(amount)
    assert read_words(words) == amount
    assert words == words.strip()
    assert "  " not in words
    assert words.islower()


@given(st.integers(min_value=1, max_value=MAX_TERBILANG))
def test_words_follow_the_standard_forms(amount: int) -> None:
    words = terbilang(amount).split(" ")
    assert "nol" not in words
    assert not {"milyar", "trilyun", "sejuta", "semiliar"} & set(words)
    pairs = set(itertools.pairwise(words))
    assert not {("satu", "puluh"), ("satu", "belas"), ("satu", "ratus")} & pairs
    for i in range(len(words) - 1):
        if words[i : i + 2] == ["satu", "ribu"]:  # only as in "dua puluh satu ribu"
            assert i > 0
            assert words[i - 1] in {"puluh", "ratus", "seratus"}


@given(st.integers(min_value=1000, max_value=1999))
def test_one_thousand_to_1999_start_with_seribu(amount: int) -> None:
    assert terbilang(amount).split(" ")[0] == "seribu"


def test_reader_reads_known_words() -> None:
    """The reader itself, on hand-written words, so the round trip checks both sides."""
    assert read_words("dua belas ribu lima ratus") == 12_500
    assert read_words("seratus sebelas juta seribu") == 111_001_000
    assert read_words("minus tiga puluh") == -30
