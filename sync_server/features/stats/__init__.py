"""Management statistics over registered contacts (admin and manager of the municipality)."""
