"""Trust in the book: ``login_dialog``, ``users`` and ``users_dialog``,
``backups`` and ``restore_dialog``, ``supervision``, ``checks`` and
``check_report_dialog``, ``book_in_use_dialog``, ``settings`` and the models
``users_model``, ``audit_model``, ``backups_model``, ``checks_model``,
``integrity_model``."""
