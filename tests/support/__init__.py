"""Test support: throwaway PostgreSQL, live uvicorn server, in-memory keyring."""
