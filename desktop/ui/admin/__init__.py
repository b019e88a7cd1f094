"""Admin mode (role admin): the municipality's guides, feedback, accounts and templates."""
