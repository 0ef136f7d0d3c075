"""``kopdesk --help`` and ``--version`` answer without loading the book's machinery,
and say exactly what the whole parser would: the table of commands they print from,
and the choices the parser shows for the services, equal the real ones."""

from __future__ import annotations

import argparse
import subprocess
import sys

import pytest

from kopdesk.cli import app, choices
from kopdesk.services.assets import register as assets
from kopdesk.services.base import settings
from kopdesk.services.closing import rat_inputs
from kopdesk.services.imports import loans_rows, payroll
from kopdesk.services.loans import records
from kopdesk.services.member_exit import settlement

HEAVY = ("sqlalchemy", "alembic", "reportlab", "PySide6", "argon2", "openpyxl")
HEAVY_KOPDESK = ("kopdesk.services", "kopdesk.models", "kopdesk.storage.db", "kopdesk.app")


def _commands(parser: argparse.ArgumentParser) -> list[tuple[str, str | None]]:
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    assert list(sub.choices) == [c.dest for c in sub._choices_actions]
    return [(c.dest, c.help) for c in sub._choices_actions]


def test_the_command_table_is_what_the_parser_registers() -> None:
    assert _commands(app.build_parser()) == list(app.COMMANDS)


def test_the_top_level_help_is_the_whole_parsers() -> None:
    assert app.index_parser().format_help() == app.build_parser().format_help()


@pytest.mark.parametrize(
    ("argv", "whole"),
    [
        (["--help"], False),
        (["--version"], False),
        ([], False),
        (["lapor"], False),
        (["--bogus"], False),
        (["report", "--help"], True),
        (["-h", "report"], True),
        (["--", "report"], True),
    ],
)
def test_only_a_named_command_builds_the_whole_parser(argv: list[str], whole: bool) -> None:
    assert app._names_a_command(argv) is whole


def test_help_and_errors_of_the_top_level_are_unchanged(
    capsys: pytest.CaptureFixture[str],
) -> None:
    for argv in (["--help"], ["--version"], ["lapor"], ["--bogus"]):
        lean = app.main(argv)
        lean_out = capsys.readouterr()
        with pytest.raises(SystemExit) as whole:
            app.build_parser().parse_args(argv)
        whole_out = capsys.readouterr()
        assert (lean, lean_out) == (whole.value.code, whole_out), argv


def test_the_parsers_choices_are_the_services() -> None:
    assert tuple(records.STATUS_LABEL) == choices.LOAN_STATUSES
    assert choices.ASSET_OPENING_ACCOUNT == assets.OPENING_ACCOUNT
    assert choices.RAT_TEXT_KEYS == rat_inputs.TEXT_KEYS
    assert choices.PAYROLL_ACCOUNT == payroll.PAYROLL_ACCOUNT
    assert tuple(loans_rows.FIELDS) == choices.LOAN_IMPORT_FIELDS
    assert tuple(s.key for s in settings.ALL) == choices.SETTING_KEYS
    assert choices.MEMBER_EXIT_STATUSES == settlement.EXIT_STATUSES
    assert choices.HEALTH_SCHEMES == settings.HEALTH_SCHEMES
    assert tuple(s.key for s in settings.HEALTH_TEXT_SETTINGS) == choices.HEALTH_TEXT_KEYS
    assert choices.MEMBER_EXIT_PAYABLE == settlement.PAYABLE_ACCOUNT


def _loaded_after(code: str) -> list[str]:
    """The heavy modules a fresh interpreter has loaded after running ``code``."""
    script = (
        "import contextlib, io, sys\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    {code}\n"
        f"heavy = {HEAVY!r}\n"
        f"ours = {HEAVY_KOPDESK!r}\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in heavy"
        " or m.startswith(ours)))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=120
    )
    return list(eval(done.stdout))


@pytest.mark.parametrize(
    "code",
    [
        "from kopdesk.cli import main; main(['--version'])",
        "from kopdesk.cli import main; main(['--help'])",
        "from kopdesk.cli.app import build_parser; build_parser()",
    ],
)
def test_the_parser_loads_no_service_nor_library(code: str) -> None:
    assert _loaded_after(code) == []


def test_writing_a_csv_report_loads_no_paper_service() -> None:
    from kopdesk.app import document_files, papers

    assert papers.write_document is document_files.write_document
    loaded = _loaded_after("from kopdesk.app.document_files import write_document")
    assert loaded == ["kopdesk.app", "kopdesk.app.document_files"]


def _tree(
    parser: argparse.ArgumentParser, path: tuple[str, ...] = ()
) -> dict[tuple[str, ...], str]:
    """The help of ``parser`` and of every sub-command under it, by command path."""
    helps = {path: parser.format_help()}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                helps |= _tree(child, (*path, name))
    return helps


def test_a_command_built_alone_is_the_same_as_in_the_whole_parser() -> None:
    whole = _tree(app.build_parser())
    for name, _help in app.COMMANDS:
        alone = _tree(app.command_parser(name))
        under = {path: text for path, text in alone.items() if path[:1] == (name,)}
        assert under == {path: text for path, text in whole.items() if path[:1] == (name,)}, name
        assert len(under) >= 1


def test_each_command_is_made_by_the_modules_named_for_it() -> None:
    named = [c for commands in app.MODULES.values() for c in commands]
    assert sorted(named) == sorted(name for name, _help in app.COMMANDS)
    for name, _help in app.COMMANDS:
        only = _commands(app.command_parser(name))
        assert name in dict(only)
        assert len(only) < len(app.COMMANDS)


@pytest.mark.parametrize(
    ("argv", "commands"),
    [
        (["--help"], len(app.COMMANDS)),
        (["report", "trial-balance", "--help"], None),
        (["-h", "report"], len(app.COMMANDS)),
        (["member", "list"], None),
    ],
)
def test_the_parser_for_the_words(argv: list[str], commands: int | None) -> None:
    parser = app._parser_for(argv)
    found = _commands(parser)
    if commands is None:
        assert argv[0] in dict(found)
        assert len(found) < len(app.COMMANDS)
    else:
        assert len(found) == commands
