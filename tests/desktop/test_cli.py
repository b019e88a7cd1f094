"""``vejviser login | sync | search`` against the real server, in-process and as a program."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from sqlalchemy import select
from support.guides_da import GUIDES
from support.live_server import LiveServer

from desktop.cli import NO_RESULTS, NO_SURE_RESULTS, main
from sync_server.db.models import AccountRow, TokenRow

PASSWORD = "korrekt-hest-batteri"
VEJVISER = Path(sys.executable).with_name("vejviser")


def _run(*args: str, password: str | None = PASSWORD, input: str | None = None) -> Result:
    env = {"VEJVISER_PASSWORD": password} if password is not None else {}
    return CliRunner().invoke(main, list(args), env=env, input=input, catch_exceptions=False)


def _login(server: LiveServer, *extra: str, password: str = PASSWORD) -> Result:
    return _run(
        "login",
        "--server",
        server.url,
        "--municipality",
        "101",
        "--username",
        "agent",
        *extra,
        password=password,
    )


def test_login_syncs_by_default(agent_server: LiveServer) -> None:
    result = _login(agent_server)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == "Logget ind som Anne Agent (agent) i Kommune 101."
    count = agent_server.change_seq("101")
    assert (
        lines[1] == f"Synkroniseret: {count} ændringer hentet, 0 sendt, 0 venter på at blive sendt."
    )
    assert result.stderr == ""  # the (in-memory) keyring works: no warning


def test_login_without_sync(agent_server: LiveServer) -> None:
    result = _login(agent_server, "--no-sync")
    assert result.exit_code == 0
    assert "Synkroniseret" not in result.stdout
    assert "Ingen resultater." in _run("search", "flytning").stdout


def test_password_from_a_prompt(agent_server: LiveServer) -> None:
    result = _run(
        "login",
        "--server",
        agent_server.url,
        "--municipality",
        "101",
        "--username",
        "agent",
        "--no-sync",
        password=None,
        input=PASSWORD + "\n",
    )
    assert result.exit_code == 0, result.output
    assert "Logget ind som Anne Agent" in result.stdout


def test_sync_gets_what_changed(agent_server: LiveServer) -> None:
    assert _login(agent_server).exit_code == 0
    first = _run("sync")
    assert first.exit_code == 0
    assert first.stdout.startswith("Synkroniseret: 0 ændringer hentet")
    agent_server.admin_api("101").update_guide("pas", title="Ansøge om pas eller nødpas")
    second = _run("sync")
    assert second.stdout.startswith("Synkroniseret: 1 ændringer hentet, 0 sendt")
    assert "Ansøge om pas eller nødpas" in _run("search", "nødpas").stdout


def test_search_prints_a_numbered_list(agent_server: LiveServer) -> None:
    _login(agent_server)
    result = _run("search", "flytte adresse")
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0] == " 1. Melde flytning  [Vejledning: melde-flytning]"
    faq = _run("search", "cookies").stdout.splitlines()
    assert faq == [" 1. Siden siger, at cookies er slået fra  [FAQ: browser-cookies]"]
    assert _run("search", "zzzxxqq").stdout == NO_RESULTS + "\n"
    assert "Prøv et andet ord" in NO_RESULTS  # says what to try


def test_search_json_with_limit(agent_server: LiveServer) -> None:
    _login(agent_server)
    result = _run("search", "borger.dk", "--json", "--limit", "3")
    assert result.exit_code == 0
    hits = json.loads(result.stdout)
    assert 1 <= len(hits) <= 3
    assert (
        {"id", "kind", "title", "score"} <= set(hits[0]) <= {"id", "kind", "title", "score", "weak"}
    )
    assert hits == sorted(hits, key=lambda h: -h["score"])
    top = json.loads(_run("search", "lægeskift", "--json").stdout)[0]
    assert (top["id"], top["kind"], top["title"]) == ("skifte-laege", "guide", "Skifte læge")


def test_search_batch_writes_one_json_line_per_query(
    agent_server: LiveServer, tmp_path: Path
) -> None:
    _login(agent_server)
    queries = tmp_path / "queries.txt"
    queries.write_text("flytning\n\nnemid\n  sygemelding  \nvielse\n", encoding="utf-8")
    result = _run("search", "--batch", str(queries), "--limit", "2")
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["query"] for line in lines] == ["flytning", "nemid", "sygemelding", "vielse"]
    for line in lines:
        assert set(line) == {"query", "results", "elapsed_ms"}
        assert isinstance(line["elapsed_ms"], int | float) and line["elapsed_ms"] >= 0
        assert 1 <= len(line["results"]) <= 2
        assert set(line["results"][0]) == {"id", "kind", "title"}
    assert [line["results"][0]["id"] for line in lines] == [
        "melde-flytning",
        "mitid",
        "sygedagpenge",
        "vielse",
    ]
    titles = {g["id"]: g["title"] for g in GUIDES}
    assert lines[0]["results"][0]["title"] == titles["melde-flytning"]


def test_situations_and_english_terms_edited_on_the_server_are_searchable(
    agent_server: LiveServer,
) -> None:
    _login(agent_server)
    before = json.loads(_run("search", "renewing my passport", "--json").stdout)
    assert all(hit.get("weak") for hit in before)  # no English terms yet
    agent_server.admin_api("101").update_guide(
        "pas",
        situations=["skal ud at rejse, og passet er udløbet"],
        search_terms_en=["renew passport", "passport"],
    )
    assert _run("sync").exit_code == 0
    for query in ("passet er udløbet, og vi skal rejse", "renewing my passport"):
        top = json.loads(_run("search", query, "--json").stdout)[0]
        assert top["id"] == "pas" and "weak" not in top, query


def test_results_below_the_confidence_cut_are_marked_weak(
    agent_server: LiveServer, tmp_path: Path
) -> None:
    _login(agent_server)
    queries = tmp_path / "queries.txt"
    # a title word; a word only in a guide's body text; nothing
    queries.write_text("lægeskift\ngebyret\nzzzxxqq\n", encoding="utf-8")
    lines = [
        json.loads(line) for line in _run("search", "--batch", str(queries)).stdout.splitlines()
    ]
    strong, body_only, nothing = (line["results"] for line in lines)
    assert strong[0]["id"] == "skifte-laege" and "weak" not in strong[0]
    assert body_only and all(r["weak"] is True for r in body_only)
    assert nothing == []
    as_json = json.loads(_run("search", "gebyret", "--json").stdout)
    assert as_json and all(r["weak"] is True for r in as_json)
    plain = _run("search", "gebyret").stdout.splitlines()
    assert plain[0] == NO_SURE_RESULTS
    assert plain[1].endswith("(svagt match)")


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (("search",), 2, "Fejl: Angiv enten en søgning eller --batch FIL."),
        (
            ("search", "flytning"),
            1,
            "Fejl: Der er ingen gemte vejledninger endnu. Log ind og synkronisér først.",
        ),
        (("sync",), 1, "Fejl: Vejviser er ikke sat op endnu. Kør først: vejviser login"),
    ],
)
def test_errors_before_login(args: tuple[str, ...], code: int, message: str) -> None:
    result = _run(*args)
    assert result.exit_code == code
    assert result.stderr.startswith(message)
    assert result.stdout == ""


def test_wrong_password_fails_in_danish(agent_server: LiveServer) -> None:
    result = _login(agent_server, password="forkert-kode")
    assert result.exit_code == 1
    assert result.stderr == "Fejl: Forkert brugernavn eller adgangskode.\n"


def test_unknown_municipality_fails_in_danish(agent_server: LiveServer) -> None:
    result = _run(
        "login", "--server", agent_server.url, "--municipality", "999", "--username", "agent"
    )
    assert result.exit_code == 1
    assert "Kommunen 999 findes ikke på serveren" in result.stderr


def test_offline_search_still_works_and_sync_says_why_not(agent_server: LiveServer) -> None:
    assert _login(agent_server).exit_code == 0
    agent_server.stop()
    result = _run("search", "sundhedskort")
    assert result.exit_code == 0
    assert "[Vejledning: sundhedskort]" in result.stdout.splitlines()[0]
    sync = _run("sync")
    assert sync.exit_code == 1
    assert sync.stderr.startswith("Fejl: Serveren kan ikke nås.")
    login = _login(agent_server)
    assert login.exit_code == 1 and "Serveren kan ikke nås" in login.stderr


# -- the installed program, in fresh processes without a keyring -------------------------------


def _program(
    args: Sequence[str], home: Path, password: str | None
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("VEJVISER_", "PYTHON_KEYRING"))}
    env.update(
        VEJVISER_HOME=str(home),
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
        PYTHONIOENCODING="utf-8",
        NO_PROXY="127.0.0.1",
    )
    if password is not None:
        env["VEJVISER_PASSWORD"] = password
    return subprocess.run(
        [str(VEJVISER), *args],
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


def test_the_program_without_a_keyring(agent_server: LiveServer, tmp_path: Path) -> None:
    home = tmp_path / "profil"
    login = _program(
        ["login", "--server", agent_server.url, "--municipality", "101", "--username", "agent"],
        home,
        PASSWORD,
    )
    assert login.returncode == 0, login.stderr
    assert "Bemærk: Der er ingen nøglering (keyring)" in login.stderr
    assert "Synkroniseret:" in login.stdout
    # A new process has no token: without a password it says what to do ...
    no_password = _program(["sync"], home, None)
    assert no_password.returncode == 1
    assert no_password.stderr.startswith("Fejl: Der er intet gemt login")
    # ... and with VEJVISER_PASSWORD it logs in again by itself.
    agent_server.admin_api("101").update_guide("vielse", title="Blive gift på rådhuset i dag")
    sync = _program(["sync"], home, PASSWORD)
    assert sync.returncode == 0, sync.stderr
    assert sync.stdout.startswith("Synkroniseret: 1 ændringer hentet")
    # Offline, searching needs neither the server nor a password.
    agent_server.stop()
    search = _program(["search", "bryllup", "--json", "--limit", "1"], home, None)
    assert search.returncode == 0, search.stderr
    assert json.loads(search.stdout)[0]["title"] == "Blive gift på rådhuset i dag"


def test_without_a_keyring_each_run_gives_its_login_back(
    agent_server: LiveServer, tmp_path: Path
) -> None:
    """A login that cannot be kept (no keyring) is logged out when the command ends, so a
    scheduled `vejviser sync` does not leave a live token on the server at every run."""
    home = tmp_path / "profil"
    args = ["login", "--server", agent_server.url, "--municipality", "101", "--username", "agent"]
    assert _program(args, home, PASSWORD).returncode == 0
    for _ in range(2):
        sync = _program(["sync"], home, PASSWORD)
        assert sync.returncode == 0, sync.stderr
    with agent_server.engine.connect() as conn:
        tokens = conn.execute(
            select(TokenRow.revoked_at)
            .join(AccountRow, AccountRow.id == TokenRow.account_id)
            .where(AccountRow.username == "agent")
        ).all()
    assert len(tokens) == 3  # one login per run ...
    assert all(row.revoked_at is not None for row in tokens)  # ... each given back


def test_with_a_keyring_the_login_is_kept(agent_server: LiveServer) -> None:
    assert _login(agent_server).exit_code == 0
    assert _run("sync").exit_code == 0
    with agent_server.engine.connect() as conn:
        live = conn.execute(
            select(TokenRow.id)
            .join(AccountRow, AccountRow.id == TokenRow.account_id)
            .where(AccountRow.username == "agent", TokenRow.revoked_at.is_(None))
        ).all()
    assert len(live) == 1


def test_tour_says_so_where_the_development_tools_are_not_installed(tmp_path: Path) -> None:
    """The installer leaves ``desktop.devtools`` out; ``vejviser tour`` then says why it cannot
    run (the package is made unimportable here, as in the bundle)."""
    code = (
        "import sys; sys.modules['desktop.devtools'] = None; "
        "from desktop.cli import main; main(['tour', '--out', sys.argv[1]])"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "tour")],
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=False,
    )
    assert result.returncode == 1
    assert result.stderr.strip() == (
        "Fejl: Rundturen er et udviklingsværktøj og følger ikke med installationen."
    )
    assert not (tmp_path / "tour").exists()


def test_login_with_the_rolled_out_server_and_municipality(agent_server: LiveServer) -> None:
    env = {
        "VEJVISER_PASSWORD": PASSWORD,
        "VEJVISER_SERVER_URL": agent_server.url,
        "VEJVISER_MUNICIPALITY": "101",
    }
    result = CliRunner().invoke(
        main, ["login", "--username", "agent", "--no-sync"], env=env, catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("Logget ind som Anne Agent (agent) i Kommune 101.")
