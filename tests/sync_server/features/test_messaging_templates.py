"""Message templates per municipality: Danish defaults, admin writes, everyone reads;
and the HTML alternative made from the plain text."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from support.world import World

from sync_server.config import Settings
from sync_server.features.messaging.render import render_html, text_blocks
from sync_server.features.messaging.templates import default_sms_sender
from sync_server.protocol import CPR_MESSAGE, Role
from sync_server.resources import resources_dir

DEFAULTS = resources_dir() / "templates" / "messages"


def get(world: World, code: str = "101", role: Role = Role.AGENT) -> dict[str, Any]:
    response = world.call("GET", "/messaging/templates", code=code, role=role)
    assert response.status_code == 200, response.text
    return dict(response.json())


def test_defaults_come_from_resources(world: World) -> None:
    for role in Role:
        got = get(world, role=role)
        assert got["revision"] == 0 and got["customised"] is False
        assert got["sender_name"] == "Kommune 101"
        assert got["sms_sender"] == "Kommune101"
        assert got["reply_to"] is None
        assert got["sms_text"] == (DEFAULTS / "sms.txt").read_text("utf-8").strip("\n")
        assert got["mail_text"] == (DEFAULTS / "mail.txt").read_text("utf-8").strip("\n")
        assert got["mail_subject"] == "Vejledning fra {kommune}: {titel}"
        assert got["signature"].startswith("Venlig hilsen")
        for placeholder in ("{vejledning}", "{link}", "{signatur}"):
            assert placeholder in got["sms_text"] and placeholder in got["mail_text"]


def test_admin_writes_everyone_reads(world: World) -> None:
    body = get(world) | {
        "sender_name": "Borgerservice Ørby",
        "sms_sender": "OrbyKommune",
        "reply_to": "Borgerservice@Orby.dk",
        "signature": "Mange hilsner\nBorgerservice Ørby – tlf. 70 10 20 30",
    }
    for role in (Role.AGENT, Role.MANAGER):
        refused = world.call("PUT", "/messaging/templates", role=role, json=body)
        assert refused.status_code == 403
    saved = world.call("PUT", "/messaging/templates", role=Role.ADMIN, json=body)
    assert saved.status_code == 200, saved.text
    assert saved.json()["revision"] == 1 and saved.json()["customised"] is True
    assert saved.json()["reply_to"] == "Borgerservice@orby.dk"  # domain normalised
    for role in Role:
        assert get(world, role=role) == saved.json()
    # Another municipality keeps its own (default) templates.
    other = get(world, code="202")
    assert other["revision"] == 0 and other["sender_name"] == "Kommune 202"


def test_stale_revision_is_a_conflict(world: World) -> None:
    base = get(world)
    first = world.call("PUT", "/messaging/templates", json=base | {"signature": "A"})
    assert first.status_code == 200
    stale = world.call("PUT", "/messaging/templates", json=base | {"signature": "B"})
    assert stale.status_code == 409
    detail = stale.json()["detail"]
    assert detail["current_revision"] == 1
    assert detail["current"]["signature"] == "A"
    newer = world.call("PUT", "/messaging/templates", json=first.json() | {"signature": "C"})
    assert newer.status_code == 200 and newer.json()["revision"] == 2


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("sms_sender", "Ørby Kommune", "SMS-afsenderen skal være højst 11 tegn"),
        ("sms_sender", "BorgerserviceX", "SMS-afsenderen skal være højst 11 tegn"),
        ("reply_to", "ikke en adresse", "er ikke en gyldig e-mailadresse"),
        ("signature", "Ring 010180-1234", CPR_MESSAGE),
        ("sms_text", " ", "Teksten må ikke være tom."),
        ("mail_text", "x" * 5001, "Mailens tekst må højst være 5000 tegn."),
    ],
)
def test_invalid_templates_are_refused(world: World, field: str, value: str, message: str) -> None:
    response = world.call("PUT", "/messaging/templates", json=get(world) | {field: value})
    assert response.status_code == 422
    assert message in response.json()["detail"][0]["msg"]


def test_numeric_sms_sender_is_allowed(world: World) -> None:
    saved = world.call(
        "PUT", "/messaging/templates", json=get(world) | {"sms_sender": "+4570102030"}
    )
    assert saved.status_code == 200


def test_server_default_sms_sender(world: World, app: Any, settings: Settings) -> None:
    app.state.settings = settings.model_copy(update={"sms_sender": "Kommunen"})
    assert get(world)["sms_sender"] == "Kommunen"


def test_templates_need_a_login(world: World) -> None:
    assert world.client.get("/api/v1/messaging/templates").status_code == 401


@pytest.mark.parametrize(
    ("name", "sender"),
    [
        ("København", "Koebenhavn"),
        ("Ærø Kommune", "AeroeKommun"),
        ("Lyngby-Taarbæk", "LyngbyTaarb"),
        ("!!!", "Kommune"),
    ],
)
def test_default_sms_sender(name: str, sender: str) -> None:
    assert default_sms_sender(name) == sender


def test_html_blocks_lists_and_links() -> None:
    text = (
        "Hej\n\nVejledning:\n- Log ind på https://www.borger.dk/flyt.\n- Vælg <læge>\n"
        "  fortsat linje\n\nLæs mere (https://lifeindenmark.dk/x?a=1&b=2).\nHilsen"
    )
    blocks = text_blocks(text)
    assert [b.kind for b in blocks] == ["paragraph", "paragraph", "list", "paragraph"]
    assert str(blocks[2].lines[0]) == (
        'Log ind på <a href="https://www.borger.dk/flyt" style="color:#005a9c;">'
        "https://www.borger.dk/flyt</a>."
    )
    assert str(blocks[2].lines[1]) == "Vælg &lt;læge&gt;<br>fortsat linje"
    assert 'href="https://lifeindenmark.dk/x?a=1&amp;b=2"' in str(blocks[3].lines[0])
    assert str(blocks[3].lines[0]).endswith("</a>).")


def test_html_escapes_everything_else() -> None:
    html = render_html(
        '<script>alert("x")</script>\n\n- <b>fed</b>',
        subject="Emne & <tegn>",
        sender_name="Kommune <101>",
        reply_to=None,
    )
    assert "<script>" not in html and "<b>fed</b>" not in html
    assert "&lt;script&gt;" in html and "&lt;b&gt;fed&lt;/b&gt;" in html
    assert "<title>Emne &amp; &lt;tegn&gt;</title>" in html
    assert "Kommune &lt;101&gt;" in html
    assert 'lang="da"' in html and 'charset="utf-8"' in html


def test_html_footer_depends_on_reply_to() -> None:
    assert "kan du svare på e-mailen" in render_html(
        "x", subject="s", sender_name="K", reply_to="a@b.dk"
    )
    assert "Svar ikke på denne e-mail" in render_html(
        "x", subject="s", sender_name="K", reply_to=None
    )


def test_default_files_exist() -> None:
    for name in ("sms.txt", "mail.txt", "mail_subject.txt", "signature.txt", "mail.html"):
        assert Path(DEFAULTS / name).is_file(), name
