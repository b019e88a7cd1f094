"""HTTP: upload (admin) and download (any account) of screenshots."""

from __future__ import annotations

from fastapi import APIRouter, Path, Query, Request, Response
from fastapi.concurrency import run_in_threadpool

from ...deps import AdminCaller, AnyCaller, AppSettings, DbSession, UnitOfWork
from ...errors import PayloadTooLarge
from . import service
from .service import BlobInfo

router = APIRouter(prefix="/blobs", tags=["blobs"], route_class=UnitOfWork)


@router.post(
    "",
    response_model=BlobInfo,
    status_code=201,
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                "image/png": {"schema": {"type": "string", "format": "binary"}},
                "image/jpeg": {"schema": {"type": "string", "format": "binary"}},
                "image/webp": {"schema": {"type": "string", "format": "binary"}},
            },
        }
    },
)
async def upload_blob(
    request: Request, caller: AdminCaller, session: DbSession, settings: AppSettings
) -> BlobInfo:
    declared = int(request.headers.get("content-length") or 0)
    if declared > settings.max_blob_bytes:
        raise PayloadTooLarge("Billedet er for stort (højst 5 MB).", code="blob_too_large")
    data = bytearray()
    async for chunk in request.stream():
        data.extend(chunk)
        if len(data) > settings.max_blob_bytes:
            raise PayloadTooLarge("Billedet er for stort (højst 5 MB).", code="blob_too_large")
    # The database work runs in the thread pool like every other endpoint's: done on the
    # event loop, a wait for SQLite's write lock would stall every other request.
    return await run_in_threadpool(
        service.store, session, caller, bytes(data), settings.max_blob_bytes
    )


@router.get(
    "/{sha256}",
    response_class=Response,
    responses={200: {"content": {"image/png": {}, "image/jpeg": {}, "image/webp": {}}}},
)
def download_blob(
    caller: AnyCaller,
    session: DbSession,
    sha256: str = Path(pattern=r"^[0-9a-fA-F]{64}$"),
    member: str | None = Query(
        default=None,
        pattern=r"^[0-9]{3,4}$",
        description="A hotline: an admitted member's (omitted: the caller's own).",
    ),
) -> Response:
    row = service.fetch(session, caller, sha256, member)
    return Response(
        content=row.data,
        media_type=row.content_type,
        headers={
            "Cache-Control": "private, max-age=31536000, immutable",
            "ETag": f'"{row.sha256}"',
        },
    )
