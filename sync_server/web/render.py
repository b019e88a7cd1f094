"""Rendering the citizen pages: Jinja2 templates (autoescaped), guide text sanitised with
nh3, QR codes with segno, and the municipality's colour as a stylesheet (a strict
Content-Security-Policy allows no inline styles)."""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote
from zoneinfo import ZoneInfo

import nh3
import segno
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from sync_server.features.citizen.site import citizen_text

HERE = Path(__file__).parent
TEMPLATES = HERE / "templates"
STATIC = HERE / "static"
DANISH_TIME = ZoneInfo("Europe/Copenhagen")

#: What guide text may keep of HTML: emphasis, line breaks and links (http, https, mail,
#: phone). Scripts, styles, event handlers and ``javascript:`` links are removed.
ALLOWED_TAGS = {"a", "b", "strong", "i", "em", "br", "p", "ul", "ol", "li"}
ALLOWED_ATTRIBUTES = {"a": {"href"}}
URL_SCHEMES = {"http", "https", "mailto", "tel"}


def sanitise(text: str | None) -> Markup:
    """Guide text as safe HTML (staff notes "[Udfyldes lokalt: …]" left out)."""
    if not text:
        return Markup("")
    cleaned = nh3.clean(
        citizen_text(text),
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer",
    )
    return Markup(cleaned)


def danish_date(value: datetime | None) -> str:
    if value is None:
        return ""
    return value.astimezone(DANISH_TIME).strftime("%d-%m-%Y")


def qr_svg(url: str, title: str) -> bytes:
    """The QR code of ``url`` as SVG, dark on white, with a quiet zone."""
    out = io.BytesIO()
    segno.make(url, error="m").save(
        out, kind="svg", scale=6, border=4, dark="#000000", light="#ffffff", title=title
    )
    return out.getvalue()


def theme_css(colour: str) -> bytes:
    """The municipality's colour (checked for ≥ 4.5:1 against white when it was set)."""
    return (
        f":root {{ --brand: {colour}; }}\n"
        "header.site, .button.primary, .search button { background: var(--brand); }\n"
        "a, .crumbs a, h1, h2 { color: var(--brand); }\n"
        ".button.secondary { border-color: var(--brand); color: var(--brand); }\n"
    ).encode()


def mailto(title: str, url: str) -> str:
    return f"mailto:?subject={quote(title)}&body={quote(title + chr(10) + url)}"


def sms(title: str, url: str) -> str:
    # "sms:?&body=" opens the messages app with the text on both Android and iOS.
    return f"sms:?&body={quote(title + ' ' + url)}"


def environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(["html", "xml"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["rich"] = sanitise
    env.filters["danish_date"] = danish_date
    env.globals["mailto"] = mailto
    env.globals["sms"] = sms
    return env


ENV = environment()


def render(template: str, **context: Any) -> bytes:
    return ENV.get_template(template).render(**context).encode()
