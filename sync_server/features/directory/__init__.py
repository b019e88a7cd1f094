"""Service areas, referral contacts, technical FAQ and synonym groups: one generic CRUD."""
