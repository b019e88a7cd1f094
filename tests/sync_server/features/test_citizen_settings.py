"""The citizen web's settings: partial changes, the contrast rule, the logo, and the public
address synced to the desktops."""

from __future__ import annotations

import hashlib

from support.images import PNG
from support.world import World

from sync_server.protocol import Role, contrast_ratio


def test_a_partial_change_keeps_the_other_settings(world: World) -> None:
    first = {
        "public_base_url": "https://vejviser.kommune.dk",
        "accessibility_statement_url": "https://was.digst.dk/vejviser-kommune-dk",
    }
    assert world.call("PATCH", "/citizen/settings", json=first).status_code == 200
    changed = world.call("PATCH", "/citizen/settings", json={"brand_colour": "#004B87"})
    assert changed.status_code == 200
    assert changed.json() == {**first, "brand_colour": "#004b87", "logo_sha256": None}
    assert world.call("GET", "/citizen/settings").json() == changed.json()
    cleared = world.call("PATCH", "/citizen/settings", json={"public_base_url": None})
    assert cleared.json()["public_base_url"] is None
    assert cleared.json()["accessibility_statement_url"] == first["accessibility_statement_url"]
    assert cleared.json()["brand_colour"] == "#004b87"


def test_a_colour_without_enough_contrast_is_refused(world: World) -> None:
    assert contrast_ratio("#ffcc00", "#ffffff") < 4.5
    refused = world.call("PATCH", "/citizen/settings", json={"brand_colour": "#ffcc00"})
    assert refused.status_code == 422
    assert "kontrast" in refused.text
    malformed = world.call("PATCH", "/citizen/settings", json={"brand_colour": "blå"})
    assert malformed.status_code == 422
    assert world.call("GET", "/citizen/settings").json()["brand_colour"] == "#1f4e79"


def test_the_logo_must_be_an_uploaded_image_and_is_shown(world: World) -> None:
    sha = hashlib.sha256(PNG).hexdigest()
    refused = world.call("PATCH", "/citizen/settings", json={"logo_sha256": sha})
    assert refused.status_code == 422
    assert refused.json()["error"] == "logo_not_found"
    headers = {**world.headers("101", Role.ADMIN), "Content-Type": "image/png"}
    assert world.client.post("/api/v1/blobs", content=PNG, headers=headers).status_code in (
        200,
        201,
    )
    assert world.call("PATCH", "/citizen/settings", json={"logo_sha256": sha}).status_code == 200
    html = world.client.get("/borger/101/").text
    assert f'src="/borger/101/billede/{sha}"' in html and "Kommune 101s logo" in html
    logo = world.client.get(f"/borger/101/billede/{sha}")
    assert logo.status_code == 200 and logo.content == PNG
    assert world.client.get(f"/borger/202/billede/{sha}").status_code == 404


def test_the_public_address_reaches_the_desktops_in_every_pull(world: World) -> None:
    assert world.call("GET", "/sync/pull").json()["public_base_url"] == ""
    url = "https://vejviser.kommune.dk"
    world.call("PATCH", "/citizen/settings", json={"public_base_url": url})
    assert world.call("GET", "/sync/pull").json()["public_base_url"] == url
    assert world.call("GET", "/sync/pull", code="202").json()["public_base_url"] == ""
