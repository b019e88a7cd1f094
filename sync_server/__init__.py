"""Vejviser sync server. Only :mod:`sync_server.protocol` may be imported by the desktop."""
