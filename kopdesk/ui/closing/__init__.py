"""Closing the year: ``closing`` (the page), ``assets`` (register and
depreciation), ``year`` (checklist, close, reopen), ``statements``, ``shu``,
``shu_scenario``, ``shu_members``, ``rat`` and ``settings``."""
