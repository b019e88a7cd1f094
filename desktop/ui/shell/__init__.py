"""The shell: the main window (frame and install loop), the frame (title bar, bands, nav,
detail pages), the host seam (``host.py``), the table of features by role (``features.py``),
the shortcut table, the status band and sync, login, the start and settings pages. The only
importer of features."""
