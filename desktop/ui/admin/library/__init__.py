"""Admin mode: the shared library (browse, preview, copy, follow the origin, offer back)."""
