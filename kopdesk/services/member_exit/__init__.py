"""A member leaving (anggota keluar); imports the features up to ``loans``.

Modules: ``settlement`` (the exit plan, settling savings against loans, paying
out or recording the payable, the exit paper's DTO).
"""
