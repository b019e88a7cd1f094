"""Import and export of the exchange format ``vejviser.guides/1`` (all or nothing)."""
