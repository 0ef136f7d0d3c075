"""The treasurer's overview: Beranda's figures and to-do list, and the month-end
checklist ("Rutin akhir bulan"), read from the other features' services."""
