"""The glossary names the terms a treasurer meets and explains them in Indonesian."""

from __future__ import annotations

import pytest

from kopdesk.domain.glossary import TERMS, find_terms, tooltip_for


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("PPAP wajib dibentuk", ["PPAP"]),
        ("Kolektibilitas", ["Kolektibilitas"]),
        ("Diperpanjang otomatis (ARO)", ["ARO"]),
        ("Daftar PPh 4(2)", ["PPh Pasal 4(2)"]),
        ("Jasa modal", ["Jasa modal"]),
        ("Dasar jasa usaha", ["Jasa usaha"]),
        ("SHU anggota", ["SHU"]),
        ("Simpanan berjangka", ["Simpanan berjangka"]),
        ("Tunggakan wajib", ["Simpanan wajib"]),
        ("NPL dan kolektibilitas", ["Kolektibilitas", "NPL"]),
    ],
)
def test_labels_name_their_terms(text: str, names: list[str]) -> None:
    assert [t.name for t in find_terms(text)] == names


@pytest.mark.parametrize("text", ["Sisa pokok", "Pokok", "Nama", "Tarif", "Jumlah", "Faro"])
def test_words_that_are_no_term_name_none(text: str) -> None:
    """ "Pokok" is also a loan's principal; "Faro" only contains "aro"."""
    assert find_terms(text) == []
    assert tooltip_for(text) == ""


def test_the_terms_of_the_issue_are_all_explained() -> None:
    names = {t.name for t in TERMS}
    wanted = {"PPAP", "ARO", "PPh Pasal 4(2)", "Kolektibilitas", "Jasa modal", "Jasa usaha",
              "SHU", "Simpanan pokok", "Simpanan wajib", "Simpanan sukarela",
              "Simpanan berjangka", "NPL"}  # fmt: skip
    assert wanted <= names
    assert all(len(t.meaning) > 40 and t.meaning.endswith(".") for t in TERMS)
    assert "Rp240.000" in tooltip_for("PPh 4(2)")
    assert "90 hari" in tooltip_for("Kolektibilitas")
