"""PyInstaller entry point of the desktop client."""

from desktop.launch import main

main()
