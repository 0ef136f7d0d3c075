"""Dual control: a second user types their password to approve one risky action.

The dialog needs only the open book and the signed-in user (:class:`SignedIn`),
so :mod:`kopdesk.ui.kit.ops` can open it without this module importing ops; the
user name and password part is :class:`~kopdesk.ui.kit.second_user.SecondUserDialog`.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from kopdesk.app.auth import request_approval
from kopdesk.domain.permissions import Permission
from kopdesk.errors import ApprovalRequiredError, KopdeskError
from kopdesk.ui.kit.second_user import SecondUserDialog, SignedIn
from kopdesk.ui.kit.widgets import accepted

__all__ = ["ApprovalDialog", "SignedIn"]


class ApprovalDialog(SecondUserDialog):
    """ "Persetujuan pengguna kedua": the approver's user name and password.

    :meth:`approve` checks them through ``kopdesk.app.auth.request_approval``
    (a wrong password counts toward the approver's lockout) and keeps the
    one-time grant id in :attr:`grant`.
    """

    def __init__(
        self, ops: SignedIn, error: ApprovalRequiredError, what: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(ops, parent)
        self.permission = Permission(error.permission)
        self.grant: int | None = None
        self.setWindowTitle(self.tr("Second user approval"))
        who = self.tr(
            "Requested by {user}. Ask a Ketua, Bendahara or Admin to type their own "
            "user name and password here. The approval is valid for this action only "
            "and is recorded in the audit trail."
        ).format(user=ops.actor.display)
        self.lay_out(
            what,
            (error.message, who),
            (self.tr("Approver's user name"), self.tr("Approver's password")),
            self.tr("Approve"),
            self.approve,
        )

    def approve(self) -> bool:
        """Check the approver; accept the dialog with :attr:`grant` set, or show why not."""
        typed = self.typed(self.tr("Type the approver's user name and password."))
        if typed is None:
            return False
        username, password = typed
        try:
            self.grant = request_approval(
                self.ops.book, self.ops.actor, username, password, self.permission
            )
        except KopdeskError as exc:
            return self.refused(exc)
        self.accept()
        return True

    @classmethod
    def ask(
        cls, ops: SignedIn, error: ApprovalRequiredError, what: str, parent: QWidget | None = None
    ) -> int | None:
        """The id of a fresh approval grant, or None when cancelled."""
        dialog = cls(ops, error, what, parent)
        return accepted(dialog, lambda: dialog.grant)
