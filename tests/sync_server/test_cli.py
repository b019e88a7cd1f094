"""``vejviser-server``: migrate, create-municipality, create-user, import/export, seed-demo."""

from __future__ import annotations

import itertools
import json
import re
import stat
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result
from fastapi.testclient import TestClient
from sqlalchemy import Engine, func, inspect, select
from support.world import guide_body

from sync_server.app import create_app
from sync_server.cli import main
from sync_server.config import Settings
from sync_server.db.engine import make_engine
from sync_server.db.migrate import current_revision
from sync_server.db.models import AccountRow, ContentRow, MunicipalityRow
from sync_server.protocol import CPR_MESSAGE

_names = itertools.count()


def cli(
    db_url: str, *args: str, env: dict[str, str] | None = None, input: str | None = None
) -> Result:
    return CliRunner().invoke(
        main,
        ["--database-url", db_url, *args],
        env=env,
        input=input,
        catch_exceptions=False,
    )


def login(settings: Settings, engine: Engine, code: str, username: str, password: str) -> int:
    with TestClient(create_app(settings, engine)) as client:
        response = client.post(
            "/api/v1/auth/login",
            json={"municipality": code, "username": username, "password": password},
        )
    return response.status_code


def count(engine: Engine, model: Any) -> int:
    with engine.connect() as conn:
        return int(conn.scalar(select(func.count()).select_from(model)) or 0)


@pytest.fixture
def empty_db_url(request: pytest.FixtureRequest, db_url: str, tmp_path: Path) -> str:
    """A database of the same kind as ``db_url``, but without any tables."""
    if db_url.startswith("sqlite"):
        return f"sqlite:///{tmp_path / 'fresh.sqlite3'}"
    cluster = request.getfixturevalue("pg_cluster")
    return str(cluster.create_database(f"fresh_{next(_names)}_{id(request)}"))


def test_migrate_creates_the_schema_and_is_idempotent(empty_db_url: str) -> None:
    first = cli(empty_db_url, "migrate")
    assert first.exit_code == 0, first.output
    assert "Databasen er opdateret" in first.output
    engine = make_engine(empty_db_url)
    try:
        tables = set(inspect(engine).get_table_names())
        assert {"municipalities", "accounts", "tokens", "content", "registrations"} <= tables
        assert current_revision(engine) is not None
        again = cli(empty_db_url, "migrate")
        assert again.exit_code == 0, again.output
    finally:
        engine.dispose()


def test_create_municipality(db_url: str, engine: Engine) -> None:
    result = cli(db_url, "create-municipality", "751", "Aarhus Kommune")
    assert result.exit_code == 0, result.output
    assert "Kommunen 751 Aarhus Kommune er oprettet." in result.output
    with engine.connect() as conn:
        assert conn.scalar(select(MunicipalityRow.name).where(MunicipalityRow.code == "751")) == (
            "Aarhus Kommune"
        )
    again = cli(db_url, "create-municipality", "751", "Aarhus")
    assert again.exit_code == 2
    assert "Kommunen 751 findes allerede." in again.output


def test_reset_sync_gives_a_new_history(db_url: str, engine: Engine) -> None:
    for code, name in (("751", "Aarhus Kommune"), ("461", "Odense Kommune")):
        assert cli(db_url, "create-municipality", code, name).exit_code == 0

    def histories() -> dict[str, str]:
        with engine.connect() as conn:
            rows = conn.execute(select(MunicipalityRow.code, MunicipalityRow.sync_history))
            return {code: history for code, history in rows}

    before = histories()
    assert all(len(h) == 32 for h in before.values()) and len(set(before.values())) == 2
    one = cli(db_url, "reset-sync", "--municipality", "751")
    assert one.exit_code == 0, one.output
    assert "1 kommune(r): 751" in one.output and "henter alt indhold igen" in one.output
    after = histories()
    assert after["751"] != before["751"] and after["461"] == before["461"]
    every = cli(db_url, "reset-sync")
    assert every.exit_code == 0 and "2 kommune(r)" in every.output
    assert all(histories()[code] != after[code] for code in after)
    unknown = cli(db_url, "reset-sync", "--municipality", "999")
    assert unknown.exit_code == 2 and "999" in unknown.output


@pytest.mark.parametrize("code", ["12", "75101", "abc", "75a"])
def test_create_municipality_with_a_bad_code(db_url: str, engine: Engine, code: str) -> None:
    result = cli(db_url, "create-municipality", code, "Testby")
    assert result.exit_code == 2
    assert (
        result.output.strip()
        == "Fejl: Kommunekoden skal være tre eller fire cifre, fx 101 eller 751."
    )
    assert count(engine, MunicipalityRow) == 0


def test_create_municipality_with_a_bad_name(db_url: str, engine: Engine) -> None:
    result = cli(db_url, "create-municipality", "751", "   ")
    assert result.exit_code == 2
    assert result.output.startswith("Fejl: ")
    assert "Traceback" not in result.output
    assert count(engine, MunicipalityRow) == 0


def test_create_user_with_password_from_the_environment(
    db_url: str, engine: Engine, settings: Settings
) -> None:
    assert cli(db_url, "create-municipality", "751", "Aarhus").exit_code == 0
    result = cli(
        db_url,
        "create-user",
        "--municipality",
        "751",
        "--username",
        "Hanne",
        "--role",
        "admin",
        "--display-name",
        "Hanne Hansen",
        env={"VEJVISER_PASSWORD": "meget-hemmelig"},
    )
    assert result.exit_code == 0, result.output
    assert "Brugeren hanne (admin) er oprettet i kommune 751." in result.output
    assert "meget-hemmelig" not in result.output
    with engine.connect() as conn:
        row = conn.execute(select(AccountRow)).one()
    assert (row.username, row.role, row.display_name) == ("hanne", "admin", "Hanne Hansen")
    assert row.password_hash.startswith("$argon2")
    assert login(settings, engine, "751", "hanne", "meget-hemmelig") == 200
    assert login(settings, engine, "751", "hanne", "forkert-kode") == 401


def test_create_user_asks_for_the_password(db_url: str, engine: Engine, settings: Settings) -> None:
    cli(db_url, "create-municipality", "751", "Aarhus")
    result = cli(
        db_url,
        "create-user",
        "--municipality",
        "751",
        "--username",
        "agent1",
        input="hemmelig-kode\nhemmelig-kode\n",
        env={"VEJVISER_PASSWORD": ""},
    )
    assert result.exit_code == 0, result.output
    assert login(settings, engine, "751", "agent1", "hemmelig-kode") == 200
    with engine.connect() as conn:
        assert conn.scalar(select(AccountRow.role)) == "agent"


@pytest.mark.parametrize(
    ("args", "password", "message"),
    [
        (
            ["--municipality", "999", "--username", "x"],
            "lang-nok-kode",
            "Kommunen 999 findes ikke.",
        ),
        (["--municipality", "751", "--username", "x"], "kort", "mindst 8 tegn"),
        (["--municipality", "751", "--username", "x", "--role", "chef"], "lang-nok-kode", "chef"),
    ],
    ids=["unknown-municipality", "short-password", "bad-role"],
)
def test_create_user_refusals(
    db_url: str, engine: Engine, args: list[str], password: str, message: str
) -> None:
    cli(db_url, "create-municipality", "751", "Aarhus")
    result = cli(db_url, "create-user", *args, env={"VEJVISER_PASSWORD": password})
    assert result.exit_code == 2
    assert message in result.output
    assert count(engine, AccountRow) == 0


def test_create_user_twice(db_url: str, engine: Engine) -> None:
    cli(db_url, "create-municipality", "751", "Aarhus")
    env = {"VEJVISER_PASSWORD": "lang-nok-kode"}
    assert (
        cli(db_url, "create-user", "--municipality", "751", "--username", "a", env=env).exit_code
        == 0
    )
    again = cli(db_url, "create-user", "--municipality", "751", "--username", "A", env=env)
    assert again.exit_code == 2
    assert "Brugeren a findes allerede." in again.output
    assert count(engine, AccountRow) == 1


def _file(tmp_path: Path, data: Any, name: str = "vejledninger.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    return path


def test_import_and_export_guides(db_url: str, engine: Engine, tmp_path: Path) -> None:
    cli(db_url, "create-municipality", "751", "Aarhus")
    guides = [guide_body(f"g{i}", title=f"Vejledning {i}") for i in range(3)]
    source = _file(tmp_path, {"format": "vejviser.guides/1", "guides": guides})
    result = cli(db_url, "import-guides", str(source), "--municipality", "751")
    assert result.exit_code == 0, result.output
    assert "vejledninger.json: 4 oprettet, 0 opdateret, 0 uændret." in result.output  # + 1 area
    again = cli(db_url, "import-guides", str(source), "--municipality", "751")
    assert "0 oprettet, 0 opdateret, 3 uændret." in again.output  # the file has 3 items

    out = cli(db_url, "export-guides", "--municipality", "751")
    assert out.exit_code == 0
    exported = json.loads(out.output)
    assert exported["format"] == "vejviser.guides/1"
    assert [g["id"] for g in exported["guides"]] == ["g0", "g1", "g2"]
    assert "areas" not in exported
    full = json.loads(cli(db_url, "export-guides", "--municipality", "751", "--all").output)
    assert [a["name"] for a in full["areas"]] == ["Flytning"]

    target = tmp_path / "ud" / "eksport.json"
    target.parent.mkdir()
    written = cli(db_url, "export-guides", "--municipality", "751", "-o", str(target))
    assert written.exit_code == 0
    assert f"3 vejledninger skrevet til {target}" in written.output
    assert json.loads(target.read_text("utf-8")) == exported


def test_import_of_a_bad_file_saves_nothing(db_url: str, engine: Engine, tmp_path: Path) -> None:
    cli(db_url, "create-municipality", "751", "Aarhus")
    guides = [guide_body(f"g{i}") for i in range(1, 5)]
    guides[2]["steps"][0]["text"] = "Skriv 010180-1234 i feltet."
    source = _file(tmp_path, {"format": "vejviser.guides/1", "guides": guides})
    result = cli(db_url, "import-guides", str(source), "--municipality", "751")
    assert result.exit_code == 2
    assert "Vejledning nr. 3 (id »g3«), felt »steps[0].text«" in result.output
    assert CPR_MESSAGE in result.output
    assert count(engine, ContentRow) == 0

    del guides[2]["title"]
    guides[2]["steps"][0]["text"] = "Rettet."
    source = _file(tmp_path, {"format": "vejviser.guides/1", "guides": guides})
    result = cli(db_url, "import-guides", str(source), "--municipality", "751")
    assert result.exit_code == 2
    assert "Vejledning nr. 3 (id »g3«), felt »title«" in result.output
    assert count(engine, ContentRow) == 0


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"{ikke json", "er ikke gyldig JSON i UTF-8"),
        (b"\xff\xfe{}", "er ikke gyldig JSON i UTF-8"),
        (b'{"guides": []}', "ikke i formatet vejviser.guides/1"),
    ],
)
def test_import_of_a_broken_file(
    db_url: str, engine: Engine, tmp_path: Path, content: bytes, message: str
) -> None:
    cli(db_url, "create-municipality", "751", "Aarhus")
    path = tmp_path / "fil.json"
    path.write_bytes(content)
    result = cli(db_url, "import-guides", str(path), "--municipality", "751")
    assert result.exit_code == 2
    assert message in result.output
    assert count(engine, ContentRow) == 0


def test_import_and_export_need_a_known_municipality(db_url: str, tmp_path: Path) -> None:
    source = _file(tmp_path, {"format": "vejviser.guides/1", "guides": []})
    result = cli(db_url, "import-guides", str(source), "--municipality", "999")
    assert result.exit_code == 2
    assert "Kommunen 999 findes ikke." in result.output
    result = cli(db_url, "export-guides", "--municipality", "999")
    assert result.exit_code == 2
    assert "Kommunen 999 findes ikke." in result.output


_ACCOUNT_LINE = re.compile(r"^\s+(\w+)\s+brugernavn: (\S+)\s+adgangskode: (\S+)$", re.M)


def test_seed_demo(
    db_url: str, engine: Engine, settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    resources = tmp_path / "resources"
    (resources / "content").mkdir(parents=True)
    guides = [guide_body("demo-1"), guide_body("demo-2", title="Anden")]
    _file(resources / "content", {"format": "vejviser.guides/1", "guides": guides}, "a.json")
    _file(
        resources / "content",
        {"format": "vejviser.guides/1", "areas": [{"name": "Sundhed"}]},
        "b.json",
    )
    monkeypatch.setenv("VEJVISER_RESOURCES", str(resources))
    credentials = tmp_path / "creds" / "demo.json"

    result = cli(db_url, "seed-demo", "--credentials", str(credentials))
    assert result.exit_code == 0, result.output
    assert "Demo-kommune: 999 Demo Kommune" in result.output
    accounts = _ACCOUNT_LINE.findall(result.output)
    assert [(role, name) for role, name, _ in accounts] == [
        ("agent", "agent"),
        ("admin", "admin"),
        ("manager", "leder"),
    ]
    assert len({password for *_, password in accounts}) == 3
    assert "Indhold: 4 elementer indlæst fra 2 filer." in result.output  # 2 guides, 2 areas
    for _, name, password in accounts:
        assert login(settings, engine, "999", name, password) == 200
    saved = json.loads(credentials.read_text("utf-8"))
    assert saved["municipality"] == "999"
    assert [(a["username"], a["password"]) for a in saved["accounts"]] == [
        (name, password) for _, name, password in accounts
    ]
    assert stat.S_IMODE(credentials.stat().st_mode) == 0o600

    # again: new passwords, the old ones stop working, nothing is duplicated
    again = cli(db_url, "seed-demo")
    assert again.exit_code == 0, again.output
    new = _ACCOUNT_LINE.findall(again.output)
    assert login(settings, engine, "999", "agent", accounts[0][2]) == 401
    assert login(settings, engine, "999", "agent", new[0][2]) == 200
    assert "3 elementer" in again.output  # the area made for the guides is no file item
    assert count(engine, AccountRow) == 3
    with engine.connect() as conn:
        guides_stored = conn.scalar(
            select(func.count()).select_from(ContentRow).where(ContentRow.kind == "guide")
        )
    assert guides_stored == 2


def test_seed_demo_loads_the_starter_library(db_url: str, engine: Engine) -> None:
    from sync_server.resources import content_files

    files = content_files()
    result = cli(db_url, "seed-demo")
    assert result.exit_code == 0, result.output
    assert f"fra {len(files)} filer." in result.output
    if files:
        assert count(engine, ContentRow) > 0


def test_seed_demo_without_content(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("VEJVISER_RESOURCES", str(tmp_path / "ingen"))
    result = cli(db_url, "seed-demo")
    assert result.exit_code == 0, result.output
    assert "Indhold: 0 elementer indlæst fra 0 filer." in result.output
    assert len(_ACCOUNT_LINE.findall(result.output)) == 3


def test_help_lists_every_command() -> None:
    result = CliRunner().invoke(main, ["--help"])
    assert result.exit_code == 0
    for command in (
        "serve",
        "migrate",
        "seed-demo",
        "create-municipality",
        "create-user",
        "import-guides",
        "export-guides",
        "reset-sync",
    ):
        assert command in result.output


def test_import_of_a_deeply_nested_file_is_a_clear_error(
    db_url: str, engine: Engine, tmp_path: Path
) -> None:
    cli(db_url, "create-municipality", "751", "Aarhus")
    path = tmp_path / "dyb.json"
    depth = 100_000
    path.write_text('{"format": "vejviser.guides/1", "guides": ' + "[" * depth + "]" * depth + "}")
    result = cli(db_url, "import-guides", str(path), "--municipality", "751")
    assert result.exit_code == 2
    assert "indlejret" in result.output
    assert "Traceback" not in result.output
    assert count(engine, ContentRow) == 0


@pytest.mark.parametrize(
    ("section", "items", "label"),
    [
        (
            "faq",
            [
                {"id": "f1", "question": "Første?", "answer": ["Ja"]},
                {"id": "f1", "question": "Anden?", "answer": ["Nej"]},
            ],
            "FAQ-punkt nr. 2 (id »f1«)",
        ),
        ("areas", [{"name": "Pas"}, {"name": "Pas"}], "Serviceområde nr. 2 (id »Pas«)"),
        (
            "synonyms",
            [{"term": "MitID", "words": ["NemID"]}, {"term": "MitID", "words": ["nøglekort"]}],
            "Synonymgruppe nr. 2 (id »MitID«)",
        ),
    ],
)
def test_import_refuses_duplicate_ids_in_every_section(
    db_url: str, engine: Engine, tmp_path: Path, section: str, items: list[Any], label: str
) -> None:
    """A later item with the same id silently overwrote an earlier one."""
    cli(db_url, "create-municipality", "751", "Aarhus")
    source = _file(tmp_path, {"format": "vejviser.guides/1", "guides": [], section: items})
    result = cli(db_url, "import-guides", str(source), "--municipality", "751")
    assert result.exit_code == 2
    assert label in result.output
    assert "findes to gange i filen" in result.output
    assert count(engine, ContentRow) == 0


def test_revoke_tokens_logs_an_account_out_everywhere(
    db_url: str, engine: Engine, settings: Settings
) -> None:
    cli(db_url, "create-municipality", "751", "Aarhus")
    env = {"VEJVISER_PASSWORD": "hemmelig-kode-1"}
    cli(db_url, "create-user", "--municipality", "751", "--username", "anna", env=env)
    cli(db_url, "create-user", "--municipality", "751", "--username", "bo", env=env)
    with TestClient(create_app(settings, engine)) as client:
        tokens = [
            client.post(
                "/api/v1/auth/login",
                json={"municipality": "751", "username": name, "password": "hemmelig-kode-1"},
            ).json()["token"]
            for name in ("anna", "anna", "bo")
        ]
        result = cli(db_url, "revoke-tokens", "--municipality", "751", "--username", "Anna")
        assert result.exit_code == 0, result.output
        assert "2 login(s) for anna i kommune 751 er trukket tilbage" in result.output
        me = [
            client.get("/api/v1/auth/me", headers={"Authorization": f"Bearer {t}"}).status_code
            for t in tokens
        ]
    assert me == [401, 401, 200]
    missing = cli(db_url, "revoke-tokens", "--municipality", "751", "--username", "ukendt")
    assert missing.exit_code == 2
    assert "findes ikke" in missing.output
