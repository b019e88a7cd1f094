"""Screenshots as blobs addressed by sha256: real images in, everything else out."""

from __future__ import annotations

import base64
import hashlib
import struct
import threading
import zlib
from collections.abc import Callable, Iterator

import httpx
import pytest
from sqlalchemy import Engine, func, select
from support.world import World, guide_body

from sync_server.config import Settings
from sync_server.db.models import BlobRow
from sync_server.protocol import Role


def _chunk(kind: bytes, data: bytes) -> bytes:
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))


def png(
    width: int = 3,
    height: int = 2,
    rgb: tuple[int, int, int] = (30, 90, 200),
    padding: int = 0,
) -> bytes:
    """A real PNG (8-bit RGB, no interlace) built with zlib and struct; ``padding`` bytes
    of a private ancillary chunk make it bigger (still a whole, valid image)."""
    row = b"\x00" + bytes(rgb) * width  # filter type 0 per scan line
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    extra = _chunk(b"vjVr", b"\x00" * (padding - 12)) if padding else b""
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + extra
        + _chunk(b"IDAT", zlib.compress(row * height))
        + _chunk(b"IEND", b"")
    )


# 2×2 images written by Qt's JPEG and WebP encoders.
JPEG = base64.b64decode(
    "/9j/4AAQSkZJRgABAQEAZABkAAD/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERX"
    "RTc4UG1RV19iZ2hnPk1xeXBkeFxlZ2P/2wBDARESEhgVGC8aGi9jQjhCY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2Nj"
    "Y2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2P/wAARCAACAAIDASIAAhEBAxEB/8QAHwAAAQUBAQEBAQEAAAAAAAAAAAEC"
    "AwQFBgcICQoL/8QAtRAAAgEDAwIEAwUFBAQAAAF9AQIDAAQRBRIhMUEGE1FhByJxFDKBkaEII0KxwRVS0fAkM2Jy"
    "ggkKFhcYGRolJicoKSo0NTY3ODk6Q0RFRkdISUpTVFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWGh4iJipKTlJWW"
    "l5iZmqKjpKWmp6ipqrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uHi4+Tl5ufo6erx8vP09fb3+Pn6/8QAHwEA"
    "AwEBAQEBAQEBAQAAAAAAAAECAwQFBgcICQoL/8QAtREAAgECBAQDBAcFBAQAAQJ3AAECAxEEBSExBhJBUQdhcRMi"
    "MoEIFEKRobHBCSMzUvAVYnLRChYkNOEl8RcYGRomJygpKjU2Nzg5OkNERUZHSElKU1RVVldYWVpjZGVmZ2hpanN0"
    "dXZ3eHl6goOEhYaHiImKkpOUlZaXmJmaoqOkpaanqKmqsrO0tba3uLm6wsPExcbHyMnK0tPU1dbX2Nna4uPk5ebn"
    "6Onq8vP09fb3+Pn6/9oADAMBAAIRAxEAPwDHooorhPqD/9k="
)
WEBP = base64.b64decode(
    "UklGRjYAAABXRUJQVlA4ICoAAACQAQCdASoCAAIAAsBMJaACdLoAA5gA/u2QP4hd7G2//PTP62/j/xkAAAA="
)

IMAGES = [("image/png", png()), ("image/jpeg", JPEG), ("image/webp", WEBP)]


Post = Callable[..., httpx.Response]


@pytest.fixture
def post(world: World) -> Post:
    def send(
        data: bytes, content_type: str = "image/png", role: Role = Role.ADMIN, code: str = "101"
    ) -> httpx.Response:
        headers = {**world.headers(code, role), "Content-Type": content_type}
        return world.client.post("/api/v1/blobs", content=data, headers=headers)

    return send


@pytest.mark.parametrize(("content_type", "data"), IMAGES, ids=["png", "jpeg", "webp"])
def test_images_are_stored_by_sha256(
    world: World, post: Post, content_type: str, data: bytes
) -> None:
    digest = hashlib.sha256(data).hexdigest()
    response = post(data, content_type)
    assert response.status_code == 201, response.text
    assert response.json() == {"sha256": digest, "size": len(data), "content_type": content_type}

    for role in Role:
        got = world.call("GET", f"/blobs/{digest}", role=role)
        assert got.status_code == 200
        assert got.content == data
        assert got.headers["content-type"] == content_type
        assert got.headers["etag"] == f'"{digest}"'
        assert "immutable" in got.headers["cache-control"]
    assert world.call("GET", f"/blobs/{digest.upper()}").content == data


def test_the_declared_content_type_is_not_trusted(post: Post) -> None:
    response = post(JPEG, "image/png")
    assert response.status_code == 201
    assert response.json()["content_type"] == "image/jpeg"


def test_same_blob_twice_is_stored_once(world: World, post: Post, engine: Engine) -> None:
    data = png(5, 5)
    first = post(data)
    second = post(data)
    other = post(data, code="202")
    assert first.status_code == second.status_code == other.status_code == 201
    assert first.json() == second.json() == other.json()
    post(png(6, 5))
    with engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(BlobRow)) == 2
        stored = conn.scalar(select(BlobRow.data).where(BlobRow.sha256 == first.json()["sha256"]))
    assert stored == data


def test_too_large_is_413(world: World, post: Post, settings: Settings, engine: Engine) -> None:
    assert settings.max_blob_bytes == 5 * 1024 * 1024
    big = png(padding=settings.max_blob_bytes + 1 - len(png()))
    response = post(big)
    assert response.status_code == 413
    assert response.json()["error"] == "blob_too_large"
    assert "5 MB" in response.json()["detail"]

    def chunks() -> Iterator[bytes]:  # no Content-Length: the stream itself is counted
        yield png()
        for _ in range(6):
            yield b"\x00" * (1024 * 1024)

    streamed = world.client.post(
        "/api/v1/blobs",
        content=chunks(),
        headers={**world.headers("101", Role.ADMIN), "Content-Type": "image/png"},
    )
    assert streamed.status_code == 413
    with engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(BlobRow)) == 0


def test_exactly_the_limit_is_accepted(post: Post, settings: Settings) -> None:
    data = png(padding=settings.max_blob_bytes - len(png()))
    assert len(data) == settings.max_blob_bytes
    response = post(data)
    assert response.status_code == 201
    assert response.json()["size"] == settings.max_blob_bytes


@pytest.mark.parametrize(
    "data",
    [
        b"Dette er en tekstfil, der hedder skaermbillede.png\n",
        b"%PDF-1.7\n",
        b"GIF89a\x01\x00\x01\x00",
        b"<svg xmlns='http://www.w3.org/2000/svg'/>",
        b"RIFF\x00\x00\x00\x00WAVEfmt ",
    ],
    ids=["text", "pdf", "gif", "svg", "wav"],
)
def test_other_files_are_415(post: Post, data: bytes, engine: Engine) -> None:
    response = post(data, "image/png")
    assert response.status_code == 415
    assert response.json()["error"] == "unsupported_image"
    with engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(BlobRow)) == 0


def test_empty_upload_is_refused(post: Post) -> None:
    response = post(b"")
    assert response.status_code == 422
    assert response.json()["error"] == "empty_blob"


@pytest.mark.parametrize("role", [Role.AGENT, Role.MANAGER])
def test_only_admins_upload(world: World, post: Post, role: Role) -> None:
    response = post(png(), role=role)
    assert response.status_code == 403
    assert response.json()["error"] == "forbidden_role"
    digest = post(png()).json()["sha256"]
    assert world.call("GET", f"/blobs/{digest}", role=role).status_code == 200


def test_unknown_and_malformed_addresses(world: World) -> None:
    missing = world.call("GET", "/blobs/" + "0" * 64, role=Role.AGENT)
    assert missing.status_code == 404
    assert missing.json()["error"] == "blob_not_found"
    assert world.call("GET", "/blobs/abc").status_code == 422
    assert world.call("GET", "/blobs/" + "g" * 64).status_code == 422


def test_download_and_upload_need_a_token(world: World) -> None:
    assert world.client.post("/api/v1/blobs", content=png()).status_code == 401
    digest = hashlib.sha256(png()).hexdigest()
    assert world.client.get(f"/api/v1/blobs/{digest}").status_code == 401


def test_the_same_image_uploaded_concurrently_is_stored_once(post: Post, engine: Engine) -> None:
    data = png(40, 40)
    barrier = threading.Barrier(6)
    statuses: list[int] = []

    def send() -> None:
        barrier.wait()
        statuses.append(post(data).status_code)

    threads = [threading.Thread(target=send) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert statuses == [201] * 6
    with engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(BlobRow)) == 1


HTML = b"<html><script>alert(document.cookie)</script></html>"


def _corrupt_idat() -> bytes:
    data = bytearray(png(8, 8))
    start = data.index(b"IDAT") + 4
    data[start : start + 6] = b"\x00" * 6  # the compressed pixels are garbage now
    return bytes(data)  # (the chunk's CRC no longer matches either)


@pytest.mark.parametrize(
    "data",
    [
        png() + HTML,
        JPEG + HTML,
        WEBP + HTML,
        png()[:-20],
        JPEG[: len(JPEG) // 2],
        _corrupt_idat(),
        b"\x89PNG\r\n\x1a\n" + HTML,
    ],
    ids=["png+html", "jpeg+html", "webp+html", "png-cut", "jpeg-cut", "png-garbage", "png-head"],
)
def test_only_a_whole_image_is_stored(post: Post, engine: Engine, data: bytes) -> None:
    """The whole file is read as an image: a valid header followed by HTML (which a
    browser might run) or a broken image is refused."""
    response = post(data)
    assert response.status_code == 415, response.text
    assert response.json()["error"] in ("unsupported_image", "invalid_image")
    assert "billede" in response.json()["detail"]
    with engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(BlobRow)) == 0


def test_a_blob_is_sent_with_nosniff(world: World, post: Post) -> None:
    digest = post(png()).json()["sha256"]
    got = world.call("GET", f"/blobs/{digest}", role=Role.AGENT)
    assert got.headers["x-content-type-options"] == "nosniff"


def test_a_screenshot_is_readable_only_where_a_visible_guide_uses_it(
    world: World, post: Post
) -> None:
    """101's admin uploads a screenshot for a draft: 101 sees it, 202 does not — until
    101 publishes the guide to the shared library (or 202 copies it into its own); once
    the guide is local-only, only 101 (and 202's own copy) show it."""
    digest = post(png(7, 7)).json()["sha256"]
    url = f"/blobs/{digest}"

    def status(code: str) -> int:
        return int(world.call("GET", url, code=code, role=Role.AGENT).status_code)

    assert status("101") == 200  # the uploader's municipality, before any guide uses it
    assert status("202") == 404
    step = {"title": "Log ind", "text": "Log ind med MitID.", "image": digest}
    draft = guide_body("pas", status="draft", steps=[step])
    assert world.call("POST", "/guides", json=draft).status_code == 201
    assert status("202") == 404  # a draft of another municipality
    published = {**draft, "status": "published", "base_revision": 1}
    assert world.call("PUT", "/guides/pas", json=published).status_code == 200
    assert status("202") == 200  # in the shared library now
    assert world.call("POST", "/library/101/pas/copy", code="202").status_code == 201
    local = {**draft, "status": "published", "local_only": True, "base_revision": 2}
    assert world.call("PUT", "/guides/pas", json=local).status_code == 200
    assert status("202") == 200  # 202's own copy uses it
    copy = world.call("GET", "/guides/pas", code="202").json()["revision"]
    gone = world.call("DELETE", "/guides/pas", code="202", params={"base_revision": copy})
    assert gone.status_code == 204
    assert status("202") == 404  # 101's guide is local-only now: not 202's to see
    assert status("101") == 200
