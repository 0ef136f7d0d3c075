"""Setting up a new book, above every feature whose defaults it seeds.

Modules: ``book`` (create a book: the cooperative's profile, the koperasi chart
of accounts, the default savings and loan products, the first fiscal year).

In the order of the service features it comes after ``loans`` (it seeds their
products) and no service imports it: the CLI, the first-run wizard, the demo
and the tests call it.
"""
