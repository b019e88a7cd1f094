"""The citizen pages: front page (with search), area, guide, QR code, images, the
"Fik du hjælp?" answer, the sitemap and the municipality's stylesheet."""

from __future__ import annotations

import hashlib
from email.utils import format_datetime
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import RedirectResponse, Response
from pydantic import ValidationError
from sqlalchemy.orm import Session, sessionmaker
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from sync_server.db.engine import transaction
from sync_server.errors import AppError, NotFound
from sync_server.features.citizen import service
from sync_server.features.citizen.limiter import AnswerLimiter
from sync_server.features.citizen.site import Site, SiteCache
from sync_server.protocol import SURVEY_THEMES, CitizenAnswer, Guide

from .render import qr_svg, render, theme_css
from .texts import texts

#: No external requests at all, no inline scripts or styles, no framing.
CSP = (
    "default-src 'self'; img-src 'self'; style-src 'self'; script-src 'self'; "
    "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'"
)
HEADERS = {
    "Content-Security-Policy": CSP,
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
}
HTML = "text/html; charset=utf-8"


class Web:
    def __init__(self, parent: FastAPI) -> None:
        self.parent = parent
        self.cache = SiteCache()
        self.limiter = AnswerLimiter()

    @property
    def factory(self) -> sessionmaker[Session]:
        factory: sessionmaker[Session] = self.parent.state.session_factory
        return factory

    def site(self, code: str) -> Site:
        with transaction(self.factory, write=False) as session:
            return service.site(session, self.cache, code)


def _lang(request: Request) -> str:
    return "en" if request.query_params.get("lang") == "en" else "da"


def _base(request: Request, site: Site) -> str:
    if site.settings.public_base_url:
        return site.settings.public_base_url.rstrip("/")
    return str(request.base_url).rstrip("/").removesuffix("/borger")


def _context(request: Request, site: Site, **extra: Any) -> dict[str, Any]:
    lang = _lang(request)
    base = _base(request, site)
    home = f"/borger/{site.code}/"
    suffix = "?lang=en" if lang == "en" else ""

    def link(path: str, **params: str) -> str:
        query = {**params, **({"lang": "en"} if lang == "en" else {})}
        return path + ("?" + urlencode(query) if query else "")

    other = "da" if lang == "en" else "en"
    switch_query = {k: v for k, v in request.query_params.items() if k not in ("lang", "tak")}
    if other == "en":
        switch_query["lang"] = "en"
    return {
        "t": texts(lang),
        "lang": lang,
        "site": site,
        "home": home,
        "base": base,
        "suffix": suffix,
        "link": link,
        "switch_url": request.url.path + ("?" + urlencode(switch_query) if switch_query else ""),
        "static": "/borger-filer",
        "q": "",
        **extra,
    }


def _etag(site: Site, request: Request, extra: str = "") -> str:
    raw = f"{site.stamp}|{request.url.path}|{request.url.query}|{_base(request, site)}|{extra}"
    return '"' + hashlib.blake2b(raw.encode(), digest_size=12).hexdigest() + '"'


def _cached(
    request: Request, site: Site, key: tuple[str, ...], make: Any, media_type: str = HTML
) -> Response:
    """An answer with ETag/Last-Modified (invalidated by any publish or settings change)
    and 304 when the browser has it already."""
    etag = _etag(site, request)
    headers = {**HEADERS, "ETag": etag, "Cache-Control": "no-cache"}
    if site.updated_at is not None:
        headers["Last-Modified"] = format_datetime(site.updated_at, usegmt=True)
    if etag in request.headers.get("if-none-match", ""):
        return Response(status_code=304, headers=headers)
    body = site.page((*key, _base(request, site)), make)
    return Response(body, media_type=media_type, headers=headers)


def create_web_app(parent: FastAPI) -> FastAPI:
    web = Web(parent)
    app = FastAPI(openapi_url=None, docs_url=None, redoc_url=None)
    app.state.web = web

    def not_found(request: Request, code: str | None) -> Response:
        site = None
        if code is not None:
            try:
                site = web.site(code)
            except AppError:
                site = None
        lang = _lang(request)
        body = render(
            "not_found.html",
            t=texts(lang),
            lang=lang,
            site=site,
            home=f"/borger/{site.code}/" if site else None,
            static="/borger-filer",
            suffix="?lang=en" if lang == "en" else "",
            q="",
            switch_url=request.url.path,
        )
        return Response(body, status_code=404, media_type=HTML, headers=HEADERS)

    @app.exception_handler(NotFound)
    async def app_not_found(request: Request, exc: NotFound) -> Response:
        return not_found(request, request.path_params.get("code"))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if exc.status_code == 404:
            return not_found(request, None)
        return Response(
            str(exc.detail), status_code=exc.status_code, media_type="text/plain", headers=HEADERS
        )

    app.include_router(router)
    return app


#: The pages, module-level functions reading the site from ``request.app.state.web``: a page
#: function defined inside :func:`create_web_app` would be a new closure for every app, and
#: FastAPI's process-wide caches of callables (4,096 entries) would keep every app ever made
#: alive (in the tests, hundreds of apps and millions of objects: seconds-long GC pauses).
router = APIRouter()


def _web(request: Request) -> Web:
    web: Web = request.app.state.web
    return web


@router.api_route("/{code}", methods=["GET", "HEAD"], include_in_schema=False)
def front_redirect(code: str, request: Request) -> Response:
    _web(request).site(code)
    query = f"?{request.url.query}" if request.url.query else ""
    return RedirectResponse(f"/borger/{code}/{query}", status_code=308, headers=HEADERS)


@router.api_route("/{code}/", methods=["GET", "HEAD"], include_in_schema=False)
def front(code: str, request: Request) -> Response:
    site = _web(request).site(code)
    q = request.query_params.get("q", "").strip()[:200]
    lang = _lang(request)
    if q:

        def make_results() -> bytes:
            guides, weak = site.search(q)
            return render("search.html", **_context(request, site, q=q, results=guides, weak=weak))

        return _cached(request, site, ("search", lang, q), make_results)
    return _cached(
        request,
        site,
        ("front", lang),
        lambda: render("front.html", **_context(request, site)),
    )


@router.api_route("/{code}/tema.css", methods=["GET", "HEAD"], include_in_schema=False)
def theme(code: str, request: Request) -> Response:
    site = _web(request).site(code)
    return _cached(
        request,
        site,
        ("theme",),
        lambda: theme_css(site.settings.brand_colour),
        media_type="text/css; charset=utf-8",
    )


@router.api_route("/{code}/sitemap.xml", methods=["GET", "HEAD"], include_in_schema=False)
def sitemap(code: str, request: Request) -> Response:
    site = _web(request).site(code)
    return _cached(
        request,
        site,
        ("sitemap",),
        lambda: render("sitemap.xml", **_context(request, site)),
        media_type="application/xml",
    )


@router.api_route("/{code}/omraade/{area_slug}", methods=["GET", "HEAD"], include_in_schema=False)
def area(code: str, area_slug: str, request: Request) -> Response:
    site = _web(request).site(code)
    found = site.area(area_slug)
    if found is None:
        raise NotFound("Emnet findes ikke.", code="area_not_found")
    return _cached(
        request,
        site,
        ("area", _lang(request), area_slug),
        lambda: render("area.html", **_context(request, site, area=found)),
    )


@router.api_route("/{code}/billede/{sha256}", methods=["GET", "HEAD"], include_in_schema=False)
def image(code: str, sha256: str, request: Request) -> Response:
    site = _web(request).site(code)
    with transaction(_web(request).factory, write=False) as session:
        row = service.image(session, site, sha256)
        data, content_type = bytes(row.data), row.content_type
    headers = {**HEADERS, "ETag": f'"{sha256}"', "Cache-Control": "public, max-age=86400"}
    if f'"{sha256}"' in request.headers.get("if-none-match", ""):
        return Response(status_code=304, headers=headers)
    return Response(data, media_type=content_type, headers=headers)


def guide_page(
    request: Request,
    site: Site,
    guide: Guide,
    *,
    errors: list[str] | None = None,
    form: dict[str, str] | None = None,
    status: int = 200,
) -> Response:
    context = _context(
        request,
        site,
        guide=guide,
        area=site.area_of(guide),
        related=site.related(guide),
        short_url=f"{_base(request, site)}/borger/{site.code}/{guide.id}",
        thanks=request.query_params.get("tak") == "1",
        errors=errors or [],
        form=form or {},
        themes=SURVEY_THEMES,
    )
    if errors:
        return Response(
            render("guide.html", **context),
            status_code=status,
            media_type=HTML,
            headers=HEADERS,
        )
    return _cached(
        request,
        site,
        ("guide", _lang(request), guide.id, str(context["thanks"])),
        lambda: render("guide.html", **context),
    )


@router.api_route("/{code}/{guide_id}", methods=["GET", "HEAD"], include_in_schema=False)
def guide(code: str, guide_id: str, request: Request) -> Response:
    site = _web(request).site(code)
    return guide_page(request, site, service.guide(site, guide_id))


@router.api_route("/{code}/{guide_id}/qr.svg", methods=["GET", "HEAD"], include_in_schema=False)
def qr(code: str, guide_id: str, request: Request) -> Response:
    site = _web(request).site(code)
    found = service.guide(site, guide_id)
    url = f"{_base(request, site)}/borger/{site.code}/{found.id}"
    return _cached(
        request,
        site,
        ("qr", found.id),
        lambda: qr_svg(url, found.title),
        media_type="image/svg+xml",
    )


@router.post("/{code}/{guide_id}/svar", include_in_schema=False)
async def answer(code: str, guide_id: str, request: Request) -> Response:
    async with request.form(max_files=0, max_fields=20) as data:
        form = {k: str(v)[:1000] for k, v in data.items()}
    return await run_in_threadpool(record, code, guide_id, request, form)


def record(code: str, guide_id: str, request: Request, form: dict[str, str]) -> Response:
    site = _web(request).site(code)
    found = service.guide(site, guide_id)
    t = texts(_lang(request))
    if form.get("helped") not in ("ja", "nej"):
        return guide_page(request, site, found, errors=[t["error_choose"]], form=form, status=400)
    values: dict[str, Any] = {"helped": form["helped"] == "ja"}
    if form.get("reason", "").strip():
        values["reason"] = form["reason"].strip()
    for theme in SURVEY_THEMES:
        if form.get(theme, "").strip():
            values[theme] = form[theme].strip()
    try:
        answer = CitizenAnswer.model_validate(values)
    except ValidationError as exc:
        messages = [_message(err, t) for err in exc.errors()]
        return guide_page(request, site, found, errors=messages, form=form, status=400)
    client = request.client.host if request.client else "unknown"
    if not _web(request).limiter.allow(client, site.code):
        return guide_page(request, site, found, errors=[t["too_many"]], form=form, status=429)
    with transaction(_web(request).factory, write=True) as session:
        service.record_answer(session, site, found.id, answer)
    query = {"tak": "1", **({"lang": "en"} if _lang(request) == "en" else {})}
    return RedirectResponse(
        f"/borger/{site.code}/{found.id}?{urlencode(query)}#fik-du-hjaelp",
        status_code=303,
        headers=HEADERS,
    )


def _message(err: Any, t: dict[str, str]) -> str:
    """A refusal the citizen can act on: the CPR and contact guards say what to remove."""
    loc = err.get("loc") or ("",)
    if loc[0] == "reason":
        if err.get("type") == "string_too_long":
            return t["reason_too_long"]
        return str(err.get("msg", t["error_title"]))
    return t["error_score"]
