"""Municipalities (3- or 4-digit code + name) and their accounts."""
