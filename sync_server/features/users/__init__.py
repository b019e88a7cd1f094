"""A municipality's accounts, run by its admins: list, create, change role, reset a
password, deactivate (which logs the account out everywhere at once)."""
