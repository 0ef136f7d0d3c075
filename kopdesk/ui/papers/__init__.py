"""The papers' windows: ``reports`` (the Laporan page that prints the books and
the savings papers) and ``verify_document_dialog`` (checking a printed paper
against the book's register of documents).
"""
