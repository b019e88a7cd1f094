"""Staff feedback on guides: idempotent ingest, answers with revision history."""
