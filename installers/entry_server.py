"""PyInstaller entry point of the sync server."""

from sync_server.cli import main

main()
