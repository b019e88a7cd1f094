"""The admin overview: what needs work, at a glance."""
