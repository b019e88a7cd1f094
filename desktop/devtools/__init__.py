"""Development tools: the screenshot tour (``vejviser tour``), the demo (``make demo``), the
demo server both start, and the translation build (``make translations``).

Never shipped: the installer's PyInstaller spec leaves this package out, and nothing in the
product imports it but the command line's ``tour`` command, which says so when it is missing.
"""
