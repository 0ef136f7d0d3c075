"""``kopdesk --help``, every sub-command's help and the usage mistakes are Indonesian
(issue 17, defect 9): argparse's own English words never reach the user."""

from __future__ import annotations

import argparse
from collections.abc import Iterator

import pytest

from kopdesk.cli import app
from kopdesk.cli.argparse_id import METAVARS

ENGLISH = (
    "usage:",
    "options:",
    "positional arguments",
    "optional arguments",
    "show this help",
    "show program's version",
    "the following arguments are required",
    "invalid choice",
    "unrecognized arguments",
    "expected one argument",
    "not allowed with argument",
    "is required",
    "could match",
)


def _every_parser(parser: argparse.ArgumentParser) -> Iterator[argparse.ArgumentParser]:
    yield parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in action.choices.values():
                yield from _every_parser(child)


def _said(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    app.main(argv)
    out, err = capsys.readouterr()
    return out + err


@pytest.mark.parametrize(
    "argv",
    [["--help"], ["report", "--help"], ["report", "trial-balance", "--help"], ["journal", "-h"]],
)
def test_help_is_indonesian(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    said = _said(argv, capsys)
    assert said.startswith("cara pakai: kopdesk")
    assert "tampilkan bantuan ini lalu keluar" in said
    assert [word for word in ENGLISH if word in said] == []


def test_the_top_level_names_its_version_option_in_indonesian(
    capsys: pytest.CaptureFixture[str],
) -> None:
    said = _said(["--help"], capsys)
    assert "--version     tampilkan versi kopdesk lalu keluar" in said
    assert "\nargumen:\n" in said
    assert "\nopsi:\n" in said


def test_no_help_of_any_command_has_an_english_heading_or_placeholder() -> None:
    english_placeholders = {f" {name}" for name in METAVARS if name != METAVARS[name]}
    helps = [parser.format_help() for parser in _every_parser(app.build_parser())]
    assert len(helps) > 50  # the walk did reach the sub-commands
    for text in helps:
        assert [word for word in ENGLISH if word in text] == [], text
        shown = {word for word in english_placeholders if f"{word}\n" in text or f"{word} " in text}
        assert shown == set(), text


@pytest.mark.parametrize(
    ("argv", "indonesian"),
    [
        (["report"], "argumen wajib belum diisi: AKSI"),
        (["lapor"], "pilihan 'lapor' tidak dikenal"),
        (["--bogus"], "argumen tidak dikenal: --bogus"),
        (["report", "trial-balance", "--as-of"], "perlu satu nilai"),
        (["report", "trial-balance", "--out", "x.pdf"], "argumen wajib belum diisi: --as-of"),
    ],
)
def test_usage_mistakes_are_indonesian(
    argv: list[str], indonesian: str, capsys: pytest.CaptureFixture[str]
) -> None:
    said = _said(argv, capsys)
    assert said.startswith("kesalahan: ")
    assert indonesian in said
    assert [word for word in ENGLISH if word in said] == []
