"""Use cases of the desktop (one transaction per write); no Qt."""
