"""The exchange format vejviser.guides/1: all-or-nothing import, lossless export, round trips."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from sqlalchemy import Engine, func, select
from support.world import World, guide_body

from sync_server.cli import main
from sync_server.db.engine import make_session_factory, transaction
from sync_server.db.models import ContentRow, MunicipalityRow
from sync_server.features.exchange.service import (
    ImportRefused,
    ImportReport,
    export_file,
    import_file,
)
from sync_server.features.municipalities.service import require_municipality
from sync_server.protocol import CPR_MESSAGE, Role

DATA = Path(__file__).resolve().parent.parent / "data"


def independent() -> dict[str, Any]:
    return dict(json.loads((DATA / "independent_guides.json").read_text("utf-8")))


def run_import(engine: Engine, code: str, raw: Any) -> ImportReport:
    with transaction(make_session_factory(engine)) as session:
        return import_file(session, require_municipality(session, code), raw)


def run_export(engine: Engine, code: str, include_directory: bool = False) -> dict[str, Any]:
    with transaction(make_session_factory(engine)) as session:
        return export_file(session, require_municipality(session, code), include_directory)


def content_count(engine: Engine, code: str | None = None) -> int:
    query = select(func.count()).select_from(ContentRow)
    if code is not None:
        query = query.join(MunicipalityRow).where(MunicipalityRow.code == code)
    with engine.connect() as conn:
        return int(conn.scalar(query) or 0)


def simple_file(count: int = 4) -> dict[str, Any]:
    guides = [guide_body(f"g{i}", title=f"Vejledning {i}") for i in range(1, count + 1)]
    for guide in guides:
        del guide["status"]
    return {
        "format": "vejviser.guides/1",
        "guides": guides,
        "areas": [{"name": "Flytning", "description": "Alt om flytning."}],
        "faq": [{"id": "mitid", "question": "MitID virker ikke", "answer": ["Genstart appen."]}],
        "synonyms": [{"term": "MitID", "words": ["NemID"]}],
    }


# -- import -------------------------------------------------------------------------------


def test_import_creates_everything(world: World, engine: Engine) -> None:
    report = run_import(engine, "101", simple_file())
    assert report.created == 7  # 4 guides, 1 area, 1 faq entry, 1 synonym group
    assert report.by_kind == {"guide": 4, "area": 1, "faq": 1, "synonym": 1}
    guides = world.call("GET", "/guides", role=Role.AGENT).json()
    assert [g["id"] for g in guides] == ["g1", "g2", "g3", "g4"]
    assert {g["status"] for g in guides} == {"published"}  # a file's guides default to published
    assert world.call("GET", "/areas").json()[0]["description"] == "Alt om flytning."
    assert world.call("GET", "/faq/mitid").status_code == 200
    assert world.call("GET", "/synonyms/MitID").json()["words"] == ["NemID"]
    assert content_count(engine, "202") == 0

    again = run_import(engine, "101", simple_file())
    assert (again.created, again.updated, again.unchanged) == (0, 0, 7)
    assert world.call("GET", "/guides/g1").json()["revision"] == 1

    changed = simple_file()
    changed["guides"][0]["title"] = "Ny titel"
    third = run_import(engine, "101", changed)
    assert (third.created, third.updated, third.unchanged) == (0, 1, 6)
    assert world.call("GET", "/guides/g1").json()["revision"] == 2


def test_import_creates_missing_areas(world: World, engine: Engine) -> None:
    run_import(engine, "101", independent())
    names = {a["name"] for a in world.call("GET", "/areas").json()}
    assert names == {"Flytning", "Sundhed", "Pension"}


def _with(path: str, value: Any) -> dict[str, Any]:
    """The simple file with guide #3 changed at ``path`` (``None`` value: key removed)."""
    raw = simple_file()
    target: Any = raw["guides"][2]
    parts = path.split(".")
    for part in parts[:-1]:
        target = target[int(part)] if part.isdigit() else target[part]
    if value is None:
        del target[parts[-1]]
    else:
        target[parts[-1]] = value
    return raw


@pytest.mark.parametrize(
    ("path", "value", "field", "message"),
    [
        ("steps.0.text", "Ring til borgeren på 010180-1234.", "steps[0].text", CPR_MESSAGE),
        ("title", None, "title", "Udfyld titlen."),
        ("referral.0.note", "Cpr 0101801234", "referral[0].note", CPR_MESSAGE),
        ("self_service_url", "ikke en adresse", "self_service_url", "begynder med https://"),
        ("synonyms", "ikke en liste", "synonyms", "Synonymerne skal være en liste."),
        ("steps.0.fields.0.note", "2902001234", "steps[0].fields[0].note", CPR_MESSAGE),
    ],
    ids=["cpr-step-text", "missing-title", "cpr-referral", "bad-url", "synonyms", "cpr-field"],
)
def test_one_bad_guide_refuses_the_whole_file(
    world: World, engine: Engine, path: str, value: Any, field: str, message: str
) -> None:
    run_import(engine, "101", {"format": "vejviser.guides/1", "guides": [guide_body("eksisterer")]})
    before = world.call("GET", "/guides/eksisterer").json()
    count = content_count(engine)

    with pytest.raises(ImportRefused) as info:
        run_import(engine, "101", _with(path, value))
    problems = info.value.detail
    assert isinstance(problems, list) and len(problems) == 1
    assert problems[0].startswith(f"Vejledning nr. 3 (id »g3«), felt »{field}«: ")
    assert message in problems[0]
    assert info.value.status_code == 422
    assert content_count(engine) == count
    assert world.call("GET", "/guides/eksisterer").json() == before
    assert world.call("GET", "/faq").json() == []


def test_every_problem_is_named(engine: Engine, world: World) -> None:
    raw = simple_file()
    raw["guides"][0]["title"] = ""
    raw["guides"][3]["guidance"] = ["0101801234"]
    raw["faq"][0]["answer"] = []
    with pytest.raises(ImportRefused) as info:
        run_import(engine, "101", raw)
    text = "\n".join(info.value.detail)
    assert "Vejledning nr. 1 (id »g1«), felt »title«" in text
    assert "Vejledning nr. 4 (id »g4«), felt »guidance[0]«" in text
    assert "FAQ-punkt nr. 1 (id »mitid«), felt »answer«" in text
    assert content_count(engine) == 0


@pytest.mark.parametrize(("first", "second"), [("g1", "g1"), (7, "7")])
def test_duplicate_ids_are_refused(engine: Engine, world: World, first: Any, second: Any) -> None:
    raw = simple_file()
    raw["guides"][0]["id"] = first
    raw["guides"][2]["id"] = second
    with pytest.raises(ImportRefused) as info:
        run_import(engine, "101", raw)
    assert info.value.detail == [
        f"Vejledning nr. 3 (id »{second}«): id'et findes to gange i filen."
    ]
    assert content_count(engine) == 0


@pytest.mark.parametrize(
    "raw",
    [
        [],
        "tekst",
        {"guides": []},
        {"format": "vejviser.guides/2", "guides": []},
        {"format": "vejviser.guides/1", "guides": {"id": "x"}},
    ],
    ids=["list", "string", "no-format", "other-format", "guides-not-a-list"],
)
def test_files_of_the_wrong_shape(engine: Engine, world: World, raw: Any) -> None:
    with pytest.raises(ImportRefused) as info:
        run_import(engine, "101", raw)
    assert info.value.detail
    assert content_count(engine) == 0


# -- export and round trips ---------------------------------------------------------------


def test_independent_file_imports_and_exports_unchanged(world: World, engine: Engine) -> None:
    original = independent()
    report = run_import(engine, "101", copy.deepcopy(original))
    assert report.by_kind["guide"] == 4
    exported = run_export(engine, "101")
    assert exported["format"] == "vejviser.guides/1"
    assert exported["guides"] == original["guides"]
    # and through the desktop's eyes: ids as strings, provenance and drafts as sent
    guide = world.call("GET", "/guides/1042").json()
    assert guide["steps"][0]["image"] == "skift-laege-1.png"
    assert guide["status"] == "published"
    draft = world.call("GET", "/guides/kk:flytning.udland-v2").json()
    assert draft["status"] == "draft"
    assert draft["copied_from"] == {"municipality": "751", "guide_id": "udrejse", "revision": 4}


def test_export_import_export_is_identical(world: World, engine: Engine) -> None:
    run_import(engine, "101", independent())
    # content made over HTTP too: an edited imported guide, a new one, a library copy
    g = world.call("GET", "/guides/2001").json()
    edit = guide_body("2001", title="Sundhedskort (ny)", base_revision=g["revision"])
    assert world.call("PUT", "/guides/2001", json=edit).status_code == 200
    body = guide_body("ny", status="draft", last_checked="2026-02-03", sources=["borger.dk"])
    assert world.call("POST", "/guides", json=body).status_code == 201
    world.call("POST", "/guides", code="202", json=guide_body("delt"))
    assert world.call("POST", "/library/202/delt/copy").status_code == 201
    current = world.call("GET", "/guides/7").json()["revision"]
    deleted = world.call("DELETE", "/guides/7", params={"base_revision": current})
    assert deleted.status_code == 204
    world.call(
        "PUT", "/faq/f", json={"id": "f", "question": "Q", "answer": ["A"], "synonyms": ["x"]}
    )
    world.call("PUT", "/synonyms/MitID", json={"term": "MitID", "words": ["NemID"]})

    first = run_export(engine, "101", include_directory=True)
    assert {g["id"] for g in first["guides"]} == {
        1042,
        "2001",
        "kk:flytning.udland-v2",
        "ny",
        "delt",
    }
    with transaction(make_session_factory(engine)) as session:
        from sync_server.features.municipalities.service import create_municipality

        create_municipality(session, "303", "Kommune 303")
    run_import(engine, "303", copy.deepcopy(first))
    second = run_export(engine, "303", include_directory=True)
    assert json.dumps(second, sort_keys=True) == json.dumps(first, sort_keys=True)
    assert second == first


def test_edits_keep_extra_fields_and_present_keys(world: World, engine: Engine) -> None:
    run_import(engine, "101", independent())
    guide = world.call("GET", "/guides/kk:flytning.udland-v2").json()
    body = {
        k: v
        for k, v in guide.items()
        if k not in ("municipality", "revision", "updated_at", "copied_from")
    }
    body |= {"title": "Flytning til udlandet (rettet)", "base_revision": guide["revision"]}
    assert world.call("PUT", "/guides/kk:flytning.udland-v2", json=body).status_code == 200
    exported = {g["id"]: g for g in run_export(engine, "101")["guides"]}
    edited = exported["kk:flytning.udland-v2"]
    expected = {**independent()["guides"][2], "title": "Flytning til udlandet (rettet)"}
    assert edited == expected


def test_cli_round_trip(world: World, engine: Engine, db_url: str, tmp_path: Path) -> None:
    source = tmp_path / "ind.json"
    source.write_text(json.dumps(independent(), ensure_ascii=False), "utf-8")
    runner = CliRunner()
    result = runner.invoke(
        main, ["--database-url", db_url, "import-guides", str(source), "--municipality", "202"]
    )
    assert result.exit_code == 0, result.output
    assert "ind.json: 7 oprettet, 0 opdateret, 0 uændret." in result.output
    out = tmp_path / "ud.json"
    result = runner.invoke(
        main, ["--database-url", db_url, "export-guides", "--municipality", "202", "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert json.loads(out.read_text("utf-8"))["guides"] == independent()["guides"]
    assert content_count(engine, "101") == 0


def test_situations_and_english_terms_travel_in_the_file(world: World, engine: Engine) -> None:
    raw = simple_file(2)
    raw["guides"][0] |= {
        "situations": ["min mor er død", "vi skal planlægge en begravelse"],
        "search_terms_en": ["death in the family", "funeral"],
    }
    raw["faq"][0] |= {"situations": ["kan ikke logge på"], "search_terms_en": ["MitID broken"]}
    run_import(engine, "101", raw)
    guide = world.call("GET", "/guides/g1").json()
    assert guide["situations"] == ["min mor er død", "vi skal planlægge en begravelse"]
    assert guide["search_terms_en"] == ["death in the family", "funeral"]
    plain = world.call("GET", "/guides/g2").json()  # a guide without them: empty lists
    assert (plain["situations"], plain["search_terms_en"]) == ([], [])
    faq = world.call("GET", "/faq/mitid").json()
    assert (faq["situations"], faq["search_terms_en"]) == (["kan ikke logge på"], ["MitID broken"])

    exported = run_export(engine, "101", include_directory=True)
    guides = {g["id"]: g for g in exported["guides"]}
    assert guides["g1"]["situations"] == raw["guides"][0]["situations"]
    assert guides["g1"]["search_terms_en"] == raw["guides"][0]["search_terms_en"]
    assert "situations" not in guides["g2"] and "search_terms_en" not in guides["g2"]
    assert exported["faq"][0]["search_terms_en"] == ["MitID broken"]
    again = run_import(engine, "101", exported)  # 2 guides, an area, a FAQ entry, synonyms
    assert (again.created, again.updated, again.unchanged) == (0, 0, 5)


def test_a_cpr_number_in_a_situation_is_refused(world: World, engine: Engine) -> None:
    raw = simple_file(1)
    raw["guides"][0]["situations"] = ["borgeren har cpr 010180-1234"]
    with pytest.raises(ImportRefused) as refused:
        run_import(engine, "101", raw)
    assert any("situations[0]" in line for line in refused.value.detail)
    assert content_count(engine, "101") == 0


def test_an_import_over_a_pending_draft_names_it_and_keeps_it_in_the_history(
    world: World, engine: Engine, db_url: str, tmp_path: Path
) -> None:
    published = world.call("POST", "/guides", code="202", json=guide_body("g1"))
    assert published.status_code == 201, published.text
    draft = guide_body("g1", title="Kladde: melde flytning", status="draft", base_revision=1)
    pending = world.call("PUT", "/guides/g1", code="202", json=draft)
    assert pending.json()["pending_draft"]["content"]["title"] == "Kladde: melde flytning"
    source = tmp_path / "ind.json"
    guides = [guide_body("g1", title="Fra filen"), guide_body("g2", title="Ny")]
    source.write_text(json.dumps({"format": "vejviser.guides/1", "guides": guides}), "utf-8")
    result = CliRunner().invoke(
        main, ["--database-url", db_url, "import-guides", str(source), "--municipality", "202"]
    )
    assert result.exit_code == 0, result.output
    assert "1 oprettet, 1 opdateret, 0 uændret." in result.output
    assert "1 ikke-udgivne kladder er erstattet af filens version: g1." in result.output
    now = world.call("GET", "/guides/g1", code="202").json()
    assert now["title"] == "Fra filen" and now["pending_draft"] is None
    revisions = world.call("GET", "/guides/g1/revisions", code="202").json()
    assert "Kladde: melde flytning" in [r["content"]["title"] for r in revisions]
    # an import with no pending draft in the way says nothing of drafts
    again = CliRunner().invoke(
        main, ["--database-url", db_url, "import-guides", str(source), "--municipality", "202"]
    )
    assert again.exit_code == 0 and "kladde" not in again.output
