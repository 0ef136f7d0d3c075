"""Settings that make no sense are refused, whichever way they arrive (issue 14, item 6):
kolektibilitas day limits must grow (kurang lancar < diragukan < macet) and a worse
grade never needs a smaller allowance (PPAP lancar ≤ kurang lancar ≤ diragukan ≤ macet).
Refused means nothing written."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kopdesk.domain.permissions import Actor
from kopdesk.errors import ValidationError
from kopdesk.services.base import settings
from kopdesk.services.loans import quality as loan_quality
from kopdesk.storage.db import Book
from tests.helpers import Snapshot

KL, D, M = settings.LOAN_GRADE_KL, settings.LOAN_GRADE_D, settings.LOAN_GRADE_M


def test_a_kurang_lancar_limit_beyond_diragukan_is_refused(
    book: Book, admin: Actor, snapshot: Callable[[], Snapshot]
) -> None:
    # The audit's case: kurang lancar 500 beside diragukan 180 and macet 360.
    for setting, value in ((KL, 500), (KL, 180), (D, 90), (D, 360), (M, 180)):
        before = snapshot()
        with pytest.raises(ValidationError) as caught, book.unit_of_work() as s:
            settings.change_setting(s, admin, setting, value)
        assert caught.value.field == setting.key
        assert "kurang lancar" in caught.value.message
        assert snapshot() == before
    with book.unit_of_work() as s:  # in order: accepted
        settings.change_setting(s, admin, KL, 60)
    with book.read() as s:
        assert loan_quality.grade_rule(s).kurang_lancar_after == 60


def test_the_limits_move_together_when_changed_at_once(
    book: Book, admin: Actor, snapshot: Callable[[], Snapshot]
) -> None:
    # 90/180/360 → 200/300/400: one at a time the first step (200 > 180) is out of
    # order; changed together the result is in order and is accepted.
    with book.unit_of_work() as s:
        settings.change_settings(s, admin, {KL: 200, D: 300, M: 400})
    with book.read() as s:
        rule = loan_quality.grade_rule(s)
    assert (rule.kurang_lancar_after, rule.diragukan_after, rule.macet_after) == (200, 300, 400)
    before = snapshot()
    with pytest.raises(ValidationError), book.unit_of_work() as s:
        settings.change_settings(s, admin, {KL: 500, D: 450})
    assert snapshot() == before


def test_a_worse_grade_never_needs_a_smaller_allowance(
    book: Book, admin: Actor, snapshot: Callable[[], Snapshot]
) -> None:
    # Defaults 0,5 / 10 / 50 / 100: kurang lancar 60% would exceed diragukan's 50%.
    for setting, value in ((settings.LOAN_PPAP_KL, "60"), (settings.LOAN_PPAP_L, "20"),
                           (settings.LOAN_PPAP_M, "40")):  # fmt: skip
        before = snapshot()
        with pytest.raises(ValidationError) as caught, book.unit_of_work() as s:
            settings.change_text_setting(s, admin, setting, value)
        assert caught.value.field == setting.key
        assert "PPAP" in caught.value.message
        assert snapshot() == before
    with book.unit_of_work() as s:  # equal to the next grade is allowed
        settings.change_text_setting(s, admin, settings.LOAN_PPAP_KL, "50")
    with book.read() as s:
        assert loan_quality.allowance_rule(s).kurang_lancar == 50
