"""The desktop's shared-hotline world on a live server: hotline 990 admitted by 101 (the
Danish test content) and 102 (its own "pas" guide and a guide of its own); 103 has guides
but never admitted it."""

from __future__ import annotations

from typing import Any

from support.guides_da import guide
from sync_server.db.engine import make_session_factory, transaction
from sync_server.features.hotline import service as hotline_service

HOTLINE = "990"
HOTLINE_NAME = "Fælles Hotline"
MEMBER_NAMES = {"101": "Kommune 101", "102": "Nordby Kommune"}


def pas(title: str) -> dict[str, Any]:
    """A municipality's own version of the "pas" guide (the same id as 101's)."""
    return guide(
        "pas",
        title,
        "Pas og kørekort",
        ["rejsepas"],
        [f"{title}: bestil tid i Borgerservice."],
        [("Bestil tid", "Bestil tid til pas i Borgerservice.")],
    )


def seed_hotline(server: Any, password: str) -> None:
    """Hotline 990 with an agent ``agent`` and its own guide; members 101 and 102; 103
    outside. ``server`` already holds 101's content (``seed_agent_content``)."""
    with transaction(make_session_factory(server.engine)) as session:
        hotline_service.create_hotline(session, HOTLINE, HOTLINE_NAME)
    server.create_municipality("102", MEMBER_NAMES["102"])
    server.create_municipality("103", "Sydby Kommune")
    server.create_account(HOTLINE, "agent", password, "agent", "Hanne Hotline")
    own = server.admin_api(HOTLINE)
    own.create_guide(pas("Pas – hotlinens vejledning"))
    own.create_guide(
        guide(
            "mitid-hjaelp",
            "Hjælp til MitID",
            "MitID",
            ["mitid kode"],
            ["Hotlinen hjælper med MitID."],
            [("Åbn MitID-appen", "Åbn appen og følg vejledningen.")],
        )
    )
    nordby = server.admin_api("102")
    nordby.create_guide(pas("Pas i Nordby"))
    nordby.create_guide(
        guide(
            "nordby-affald",
            "Affald i Nordby",
            "Affald",
            ["skrald", "storskrald"],
            ["Nordby henter storskrald hver måned."],
            [("Bestil afhentning", "Bestil afhentning af storskrald.")],
        )
    )
    sydby = server.admin_api("103")
    sydby.create_guide(pas("Pas i Sydby"))
    for member in ("101", "102"):
        admit(server, member)


def admit(server: Any, member: str) -> None:
    with transaction(make_session_factory(server.engine)) as session:
        hotline_service.admit(session, HOTLINE, member, "test")


def dismiss(server: Any, member: str) -> None:
    with transaction(make_session_factory(server.engine)) as session:
        hotline_service.dismiss(session, HOTLINE, member)
