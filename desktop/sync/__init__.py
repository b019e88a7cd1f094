"""Talking to the sync server: transport (requests) and the sync engine (pull and push)."""
