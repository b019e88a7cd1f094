"""Accounts, login tokens and failed-login rate limiting."""
