"""Municipalities (3-digit code + name) and their accounts."""
