"""Contact registrations: idempotent batch ingest; corrections keep the highest version."""
