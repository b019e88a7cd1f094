"""'Fik du hjælp?': anonymous answers from citizens, refused with personal data or in floods,
and summed up for the municipality's admins and managers."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, select
from support.world import World, guide_body

from sync_server.db.models import CitizenAnswerRow
from sync_server.features.citizen.limiter import PER_CLIENT
from sync_server.protocol import Role

URL = "/borger/101/sygedagpenge/svar"


@pytest.fixture
def site(world: World) -> World:
    body = guide_body(
        "sygedagpenge", title="Sygedagpenge", area="Arbejde", published_to_citizens=True
    )
    assert world.call("POST", "/guides", json=body).status_code == 201
    flyt = guide_body("melde-flytning", published_to_citizens=True)
    assert world.call("POST", "/guides", json=flyt).status_code == 201
    return world


def answer(client: TestClient, url: str = URL, **form: str) -> Any:
    return client.post(url, data=form, follow_redirects=False)


def rows(engine: Engine) -> list[CitizenAnswerRow]:
    with engine.connect() as conn:
        return list(conn.execute(select(CitizenAnswerRow.__table__)).all())  # type: ignore[arg-type]


def test_an_answer_is_stored_without_personal_data_and_thanked(site: World, engine: Engine) -> None:
    survey = {"satisfaction": "4", "ease": "3", "task_completed": "5"}
    response = answer(site.client, helped="ja", reason="Let at forstå", **survey)
    assert response.status_code == 303
    assert response.headers["location"] == "/borger/101/sygedagpenge?tak=1#fik-du-hjaelp"
    assert "set-cookie" not in response.headers
    thanked = site.client.get(response.headers["location"])
    assert "Tak for dit svar" in thanked.text
    (row,) = rows(engine)
    assert row.helped is True and row.reason == "Let at forstå"
    assert (row.satisfaction, row.ease, row.task_completed) == (4, 3, 5)
    assert row.help_available is None and row.language_understood is None
    assert "testclient" not in str(tuple(row))  # the client's address is not kept


@pytest.mark.parametrize(
    ("form", "message"),
    [
        ({"helped": "nej", "reason": "Mit cpr er 010203-1234"}, "CPR-nummer"),
        ({"helped": "nej", "reason": "ring på 20 30 40 50"}, "telefonnummer"),
        ({"helped": "nej", "reason": "skriv til a@b.dk"}, "e-mail"),
        ({"helped": "nej", "reason": "x" * 301}, "højst 300 tegn"),
        ({"helped": "ja", "ease": "9"}, "fra 1 til 5"),
        ({"reason": "ingen ja/nej"}, "Vælg ja eller nej"),
    ],
)
def test_personal_data_and_bad_input_are_refused_and_nothing_is_stored(
    site: World, engine: Engine, form: dict[str, str], message: str
) -> None:
    response = answer(site.client, **form)
    assert response.status_code == 400
    assert message in response.text
    assert 'role="alert"' in response.text
    if "reason" in form and len(form["reason"]) <= 300:
        assert form["reason"] in response.text  # what the citizen wrote is not lost
    assert rows(engine) == []


def test_answers_only_for_guides_citizens_can_see(world: World, engine: Engine) -> None:
    staff = guide_body("intern", title="Intern")
    assert world.call("POST", "/guides", json=staff).status_code == 201
    response = answer(world.client, "/borger/101/intern/svar", helped="ja")
    assert response.status_code == 404
    assert rows(engine) == []


def test_a_flood_from_one_client_is_refused(site: World, engine: Engine) -> None:
    for _ in range(PER_CLIENT):
        assert answer(site.client, helped="ja").status_code == 303
    refused = answer(site.client, helped="ja")
    assert refused.status_code == 429
    assert "mange svar" in refused.text
    assert len(rows(engine)) == PER_CLIENT


def test_admins_and_managers_read_the_answers_by_guide_area_and_check_area(
    site: World,
) -> None:
    answer(site.client, helped="ja", satisfaction="5", ease="4")
    answer(site.client, helped="nej", reason="Svært at finde knappen", satisfaction="2")
    answer(site.client, "/borger/101/melde-flytning/svar", helped="ja")
    for role in (Role.ADMIN, Role.MANAGER):
        summary = site.call("GET", "/citizen/feedback", role=role)
        assert summary.status_code == 200
    body = summary.json()
    by_guide = {g["key"]: g for g in body["by_guide"]}
    sick = by_guide["sygedagpenge"]
    assert (sick["answers"], sick["helped"], sick["not_helped"]) == (2, 1, 1)
    assert sick["means"]["satisfaction"] == 3.5 and sick["means"]["ease"] == 4.0
    assert sick["means"]["language_understood"] is None
    assert sick["reasons"] == ["Svært at finde knappen"]
    assert {a["key"] for a in body["by_area"]} == {"Arbejde", "Flytning"}
    checks = {c["key"]: c["answers"] for c in body["by_self_service_check_area"]}
    assert checks == {"Sygedagpenge": 2, "Flytning": 1}
    assert site.call("GET", "/citizen/feedback", role=Role.AGENT).status_code == 403
    other = site.call("GET", "/citizen/feedback", code="202").json()
    assert other["by_guide"] == []


def test_an_oversized_answer_is_refused_before_it_is_read(site: World, engine: Engine) -> None:
    response = answer(site.client, helped="ja", reason="x" * 20_000)
    assert response.status_code == 413
    assert rows(engine) == []
