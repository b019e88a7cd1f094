"""Sharing: other municipalities' published guides are readable and can be copied."""
