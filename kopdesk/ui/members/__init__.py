"""Members: ``member_dialog`` (add, edit), ``member_status_dialog`` (status,
offices), ``member_exit_dialog`` (settlement), ``member_finder`` (pick a member)
and ``members_model`` (the member list and the import mapping). The Anggota page
itself is in :mod:`kopdesk.ui.register`."""
