"""Co-signing in place: an authorised second person signs one decision at this
window without switching user (the ketua approves a loan the treasurer entered).

Unlike :mod:`.approval` (a one-time grant the service consumes), the decision is
then made *as* the co-signer: the service checks their rights and records their
name. The window stays with the user signed in.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from kopdesk.app.auth import sign_in
from kopdesk.domain.permissions import Actor, Permission
from kopdesk.errors import KopdeskError
from kopdesk.ui.kit.second_user import SecondUserDialog, SignedIn
from kopdesk.ui.kit.widgets import accepted

__all__ = ["CoSignDialog"]


class CoSignDialog(SecondUserDialog):
    """The co-signer's user name and password; :attr:`actor` is who signed.

    A wrong password counts toward the co-signer's lockout; the user at the
    window, or one without ``permission``, is refused.
    """

    def __init__(
        self, ops: SignedIn, what: str, permission: Permission, parent: QWidget | None = None
    ) -> None:
        super().__init__(ops, parent)
        self.permission = permission
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Co-sign"))
        who = self.tr(
            "{user} entered this, so another person decides. They type their own user "
            "name and password here; the decision is recorded under their name and "
            "{user} stays signed in."
        ).format(user=ops.actor.display)
        self.lay_out(
            what,
            (who,),
            (self.tr("Co-signer's user name"), self.tr("Co-signer's password")),
            self.tr("Sign"),
            self.co_sign,
        )

    def co_sign(self) -> bool:
        """Check the co-signer; accept with :attr:`actor` set, or show why not."""
        typed = self.typed(self.tr("Type the co-signer's user name and password."), lower=True)
        if typed is None:
            return False
        username, password = typed
        if username == self.ops.actor.username:
            self.error_label.show_message(
                self.tr("Another person must sign, not {user}.").format(user=self.ops.actor.display)
            )
            return False
        try:
            actor = sign_in(self.ops.book, username, password, record_session=False)
        except KopdeskError as exc:
            return self.refused(exc)
        if not actor.can(self.permission):
            self.error_label.show_message(
                self.tr("{user} ({role}) may not decide this.").format(
                    user=actor.display, role=actor.role.label
                )
            )
            return False
        self.actor = actor
        self.accept()
        return True

    @classmethod
    def ask(
        cls, ops: SignedIn, what: str, permission: Permission, parent: QWidget | None = None
    ) -> Actor | None:
        """The co-signer, or None when cancelled."""
        dialog = cls(ops, what, permission, parent)
        return accepted(dialog, lambda: dialog.actor)
