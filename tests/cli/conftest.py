"""CLI tests sign in as ``admin`` with the test password from the environment."""

from __future__ import annotations

import pytest

from tests.conftest import PASSWORD


@pytest.fixture(autouse=True)
def cli_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KOPDESK_PASSWORD", PASSWORD)
    monkeypatch.delenv("KOPDESK_USER", raising=False)
    monkeypatch.delenv("KOPDESK_APPROVER_PASSWORD", raising=False)
    monkeypatch.delenv("KOPDESK_NEW_PASSWORD", raising=False)
