"""Vejviser sync server. Only :mod:`sync_server.protocol` may be imported by the desktop."""

__version__ = "0.1.0"
