"""The citizen web: server-rendered pages under ``/borger/{code}/`` (a mounted sub-app with
HTML errors) and their static files under ``/borger-filer/``. No cookies, no scripts or
fonts from elsewhere, a strict Content-Security-Policy, and everything works without
JavaScript."""

from __future__ import annotations

from fastapi import FastAPI
from starlette.staticfiles import StaticFiles

from .pages import create_web_app
from .render import STATIC

PREFIX = "/borger"
STATIC_PREFIX = "/borger-filer"


def mount_citizen_web(app: FastAPI) -> None:
    app.mount(STATIC_PREFIX, StaticFiles(directory=STATIC), name="borger-filer")
    app.mount(PREFIX, create_web_app(app), name="borger")


__all__ = ["PREFIX", "STATIC_PREFIX", "mount_citizen_web"]
