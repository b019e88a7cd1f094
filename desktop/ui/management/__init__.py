"""Ledelse: the management view for the manager and admin roles (figures, charts, exports)."""
