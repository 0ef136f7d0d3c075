"""The Anggota page: ``members`` (the member register) and ``member_detail``
(one member: profile, status, offices, savings and loans). It composes
``members``, ``savings``, ``loans`` and ``imports``, so it sits above them."""
