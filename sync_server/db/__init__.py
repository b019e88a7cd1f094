"""Server persistence: ORM models, engine and sessions (never imported by the desktop)."""
