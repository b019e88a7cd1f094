"""Synced content of a municipality (guides, areas, FAQ, contacts, synonyms) with revisions.

Every write numbers a change in the municipality's change sequence (that drives sync pull),
keeps the full revision history, and refuses a stale ``base_revision`` with 409.

The shared content kernel: guides, directory, library, exchange and sync build on it, so it
lives beside ``features/`` rather than in it, and any feature's service may use it.
"""
