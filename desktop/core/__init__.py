"""Plain domain code: no Qt, no database."""
