"""The Qt user interface: the only package of the desktop that imports PySide6.

Widgets show what services return and hand user input back to them; business rules live in
``desktop.services``. ``main.run_gui`` is the entry point, ``tour.run_tour`` the screenshot tour.
"""
