"""Rapportindstillinger (admin): the goal, the cost rates and the KOMHEN mapping."""
