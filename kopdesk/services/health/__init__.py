"""Penilaian kesehatan koperasi from the books: Perdep 06/2016, KKPKK (Permenkop 9/2020)
and PEARLS (credit unions). The shared types are in ``kopdesk.domain.health``."""
