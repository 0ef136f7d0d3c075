"""Finding anything in the book from one typed text (Ctrl+K in the window): members,
journal entries, loans, receipts and printed documents (``find``)."""
