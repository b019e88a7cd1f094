"""Borgerweb (admin): the citizen web's public address, brand colour, logo and statement."""
