"""Shared hotlines: a tenant (kind "hotline") that member municipalities admit and dismiss.
While admitted, the hotline reads the member's published staff content, registers contacts
and sends feedback for it; the member sees those contacts in its reports."""
