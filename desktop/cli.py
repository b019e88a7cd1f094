"""``vejviser``: the GUI (no arguments) and a command line for scripts and tests."""

from __future__ import annotations

import gc
import json
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

import click

from .core.errors import VejviserError

if TYPE_CHECKING:
    from .app import AppContext
    from .search import SearchHit
    from .sync.engine import SyncReport

PASSWORD_ENV = "VEJVISER_PASSWORD"


def _die(message: str, code: int = 1) -> NoReturn:
    click.echo(f"Fejl: {message}", err=True)
    sys.exit(code)


def _context() -> AppContext:
    from .app import AppContext

    try:
        context = AppContext()
    except VejviserError as exc:
        _die(exc.message)
    # The loaded cache and index live as long as the process: keep them out of the cyclic
    # garbage collector (shorter pauses, fast exit of one-shot commands).
    gc.freeze()
    return context


@click.group(invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]})
@click.pass_context
def main(ctx: click.Context) -> None:
    """Vejviser: find the right guide while the citizen waits. Without a command: the GUI."""
    if ctx.invoked_subcommand is None:
        from .ui.shell.main import run_gui

        sys.exit(run_gui())


def _print_report(report: SyncReport, pending: int) -> None:
    if report.error is not None:
        _die(report.error.message)
    click.echo(
        f"Synkroniseret: {report.pulled_items} ændringer hentet, {report.pushed} sendt, "
        f"{pending} venter på at blive sendt."
    )


@main.command()
@click.option(
    "--server",
    required=True,
    envvar="VEJVISER_SERVER_URL",
    help="The sync server's address, e.g. https://vejviser.kommune.dk [env: VEJVISER_SERVER_URL]",
)
@click.option(
    "--municipality",
    required=True,
    envvar="VEJVISER_MUNICIPALITY",
    help="3- or 4-digit municipality code [env: VEJVISER_MUNICIPALITY]",
)
@click.option("--username", required=True)
@click.option(
    "--remember/--no-remember",
    default=True,
    show_default=True,
    help="Keep the login in the OS keyring.",
)
@click.option(
    "--sync/--no-sync",
    "do_sync",
    default=True,
    show_default=True,
    help="Fetch the guides right after logging in.",
)
def login(server: str, municipality: str, username: str, remember: bool, do_sync: bool) -> None:
    """Log in (password from a prompt or from VEJVISER_PASSWORD)."""
    password = os.environ.get(PASSWORD_ENV)
    if password is None:
        password = click.prompt("Adgangskode", hide_input=True)
    context = _context()
    try:
        result = context.session.login(server, municipality, username, password, remember)
    except VejviserError as exc:
        _die(exc.message)
    account = result.account
    click.echo(
        f"Logget ind som {account.display_name} ({account.username}) i {account.municipality.name}."
    )
    if not result.keyring_available:
        click.echo(
            "Bemærk: Der er ingen nøglering (keyring) på denne maskine, så dit login "
            "gemmes kun, så længe programmet kører. Brug VEJVISER_PASSWORD til scripts.",
            err=True,
        )
    try:
        workspace = context.after_login()
        if do_sync:
            _print_report(context.sync_once(), workspace.pending())
    finally:
        context.session.end_session()


@main.command()
def sync() -> None:
    """Fetch changes from the server and send what waits in the outbox."""
    context = _context()
    session = context.session
    if context.workspace is None:
        _die(
            "Vejviser er ikke sat op endnu. Kør først: vejviser login --server … "
            "--municipality … --username …"
        )
    if session.token() is None:
        password = os.environ.get(PASSWORD_ENV)
        if password is None and sys.stdin.isatty():
            password = click.prompt("Adgangskode", hide_input=True)
        if password is None:
            _die(
                "Der er intet gemt login (ingen nøglering på denne maskine eller logget ud). "
                f"Sæt {PASSWORD_ENV} eller log ind igen."
            )
        profile = session.profile
        try:
            session.login(
                profile.server_url,
                profile.municipality,
                profile.username,
                password or "",
                profile.remember,
            )
        except VejviserError as exc:
            _die(exc.message)
        context.after_login()
    assert context.workspace is not None
    try:
        _print_report(context.sync_once(), context.workspace.pending())
    finally:
        session.end_session()


@main.command()
@click.argument("query", required=False)
@click.option("--json", "as_json", is_flag=True, help="JSON output.")
@click.option("--limit", default=10, show_default=True, type=click.IntRange(1, 500))
@click.option(
    "--batch",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="One query per line in; one JSON line per query out.",
)
def search(query: str | None, as_json: bool, limit: int, batch: Path | None) -> None:
    """Search the cached guides and technical FAQ (works offline)."""
    if (query is None) == (batch is None):
        _die("Angiv enten en søgning eller --batch FIL.", code=2)
    context = _context()
    if context.workspace is None:
        _die("Der er ingen gemte vejledninger endnu. Log ind og synkronisér først.")
    lookup = context.workspace.lookup
    if batch is not None:
        for line in batch.read_text(encoding="utf-8").splitlines():
            text = line.strip()
            if not text:
                continue
            start = time.perf_counter()
            hits = lookup.search(text, limit)
            elapsed = (time.perf_counter() - start) * 1000
            click.echo(
                json.dumps(
                    {
                        "query": text,
                        "results": [_result(h, score=False) for h in hits],
                        "elapsed_ms": round(elapsed, 3),
                    },
                    ensure_ascii=False,
                )
            )
        return
    assert query is not None
    hits = lookup.search(query, limit)
    if as_json:
        click.echo(json.dumps([_result(h, score=True) for h in hits], ensure_ascii=False, indent=2))
        return
    if not hits:
        click.echo(NO_RESULTS)
    elif hits[0].weak:
        click.echo(NO_SURE_RESULTS)
    for number, hit in enumerate(hits, 1):
        label = "FAQ" if hit.kind == "faq" else "Vejledning"
        weak = "  (svagt match)" if hit.weak else ""
        click.echo(f"{number:>2}. {hit.title}  [{label}: {hit.id}]{weak}")


#: What the plain search output says when nothing matched, or nothing matched well.
NO_RESULTS = (
    "Ingen resultater. Prøv et andet ord eller færre ord, fx det officielle navn "
    "(»boligstøtte«), borgerens egne ord (»min mor er død«) eller engelsk; "
    "eller find vejledningen under Områder i programmet."
)
NO_SURE_RESULTS = "Ingen sikre resultater. Svage match:"


def _result(hit: SearchHit, score: bool) -> dict[str, object]:
    """A hit as JSON; a result below the confidence cut carries ``"weak": true``."""
    out: dict[str, object] = {"id": hit.id, "kind": hit.kind, "title": hit.title}
    if score:
        out["score"] = round(hit.score, 4)
    if hit.weak:
        out["weak"] = True
    return out


@main.command()
@click.option("--out", required=True, type=click.Path(file_okay=False, path_type=Path))
def tour(out: Path) -> None:
    """Drive the real GUI offscreen through the main screens and save PNG screenshots."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:  # a development tool: the installed program does not have it
        from .devtools.tour import run_tour
    except ImportError:
        _die("Rundturen er et udviklingsværktøj og følger ikke med installationen.")

    files = run_tour(out)
    click.echo(f"{len(files)} skærmbilleder gemt i {out}")


@main.group()
def contact() -> None:
    """Drive the contact timer of the running app (for softphones and call-centre systems).

    Exit status: 0 done, 1 Vejviser is not running (or did not answer), 3 refused (e.g. no
    contact to stop)."""


def _ask(command: str, **args: str) -> None:
    from .services.control import ControlClient, ControlError

    try:
        reply = ControlClient().request(command, **args)
    except ControlError as exc:
        click.echo(exc.message, err=True)
        sys.exit(1)
    click.echo(reply.message, err=not reply.ok)
    sys.exit(0 if reply.ok else 3)


_CHANNELS = ["phone", "counter", "chat", "email", "video", "outreach"]
_CHANNELS_DA = ["telefon", "fremmøde", "mail", "udkørende"]


@contact.command("start")
@click.option(
    "--channel",
    type=click.Choice(_CHANNELS + _CHANNELS_DA, case_sensitive=False),
    help="Channel of this contact (default: the workstation's preset).",
)
@click.option(
    "--municipality",
    help="A shared hotline: the caller's municipality code (one of the admitted members).",
)
def contact_start(channel: str | None, municipality: str | None) -> None:
    """Start timing a contact."""
    args = {"channel": channel, "municipality": municipality}
    _ask("contact.start", **{key: value for key, value in args.items() if value})


@contact.command("stop")
def contact_stop() -> None:
    """Stop the timer; the outcome is chosen in the app."""
    _ask("contact.stop")


@contact.command("status")
def contact_status() -> None:
    """Show whether a contact is being timed."""
    _ask("contact.status")


if __name__ == "__main__":  # pragma: no cover
    main()
