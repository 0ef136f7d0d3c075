"""What every window shares: ``ops`` (the one door to the services),
``approval`` (dual control), ``table`` (column tables, the read-only view),
``paging`` (lazy lists), ``products`` (the products dialog skeleton),
``posting`` (choose a month → preview → post), ``widgets``, ``messages``,
``progress`` (work in the background) and ``printing`` (saving papers)."""
