"""Vejviser desktop client (package ``desktop``)."""
