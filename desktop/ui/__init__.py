"""The Qt user interface: the only package of the desktop that imports PySide6.

Widgets show what services return and hand user input back to them; business rules live in
``desktop.services``. ``main.run_gui`` is the entry point, ``tour.run_tour`` the screenshot tour.
"""

# PySide6 installs an import hook that inspects every module imported after it
# (shibokensupport's ``feature_imported``). A pydantic module imported for the first time
# under that hook can fail with a circular import: the inspection calls the module's
# ``__getattr__`` while pydantic is half loaded. So the contract's models (and the pydantic
# they need) are loaded before any Qt import of this package.
import sync_server.protocol  # noqa: F401
