"""PyInstaller entry point of the desktop client."""

from desktop.cli import main

main()
