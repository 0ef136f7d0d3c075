"""Windows of the health assessment (penilaian kesehatan): the panel that shows an
assessment with its working and the questionnaire, and the Beranda tile."""
