"""The Qt user interface: the only package of the desktop that imports PySide6 (besides the
development tools in ``desktop.devtools``, which drive it).

Widgets show what services return and hand user input back to them; business rules live in
``desktop.services``. Organised by feature (DESIGN.md, "The desktop UI by feature"):

- ``kit``: feature-neutral widgets and helpers (no services, no features);
- ``shell``: the frame, the install loop and the seam features plug into (``shell/host.py``),
  the one table of features by role (``shell/features.py``), login, settings, status;
- ``lookup``, ``contact``, ``messaging``: the features (they never import each other).

``shell.main.run_gui`` is the entry point.
"""

# PySide6 installs an import hook that inspects every module imported after it
# (shibokensupport's ``feature_imported``). A pydantic module imported for the first time
# under that hook can fail with a circular import: the inspection calls the module's
# ``__getattr__`` while pydantic is half loaded. So the contract's models (and the pydantic
# they need) are loaded before any Qt import of this package.
import sync_server.protocol  # noqa: F401
