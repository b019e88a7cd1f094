"""``vejviser-server``: serve, migrate, seed-demo, accounts, import and export of guides."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click
from sqlalchemy import Engine

from .cli_hotline import COMMANDS as HOTLINE_COMMANDS
from .cli_ops import backup_cmd, restore_cmd
from .config import Settings
from .db.engine import make_engine, make_session_factory, transaction
from .db.migrate import upgrade
from .errors import AppError
from .protocol import Role
from .seed import DEMO_CODE, DEMO_NAME, seed_demo

if getattr(sys, "frozen", False):
    # The installed (PyInstaller) program: a worker process of `serve --workers` starts the
    # program again with multiprocessing's arguments; this runs the worker and exits
    # before the command line is parsed.
    import multiprocessing

    multiprocessing.freeze_support()


class Context:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._engine: Engine | None = None

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            self._engine = make_engine(self.settings.resolved_database_url())
        return self._engine


pass_ctx = click.make_pass_decorator(Context)


def _fail(exc: AppError) -> None:
    detail = exc.detail
    if isinstance(detail, list):
        click.echo("Fejl:", err=True)
        for line in detail:
            click.echo(f"  - {line}", err=True)
    elif isinstance(detail, dict):
        click.echo(f"Fejl: {detail.get('message', detail)}", err=True)
    else:
        click.echo(f"Fejl: {detail}", err=True)
    sys.exit(2)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--database-url",
    envvar="VEJVISER_DATABASE_URL",
    default=None,
    help="SQLAlchemy URL (sqlite:///… or postgresql://…). "
    "Default: a SQLite file in the data folder. [env: VEJVISER_DATABASE_URL]",
)
@click.option(
    "--data-dir",
    envvar="VEJVISER_DATA_DIR",
    default=None,
    type=click.Path(file_okay=False, path_type=Path),
    help="The server's data folder. [env: VEJVISER_DATA_DIR]",
)
@click.pass_context
def main(ctx: click.Context, database_url: str | None, data_dir: Path | None) -> None:
    """Vejviser sync server."""
    overrides: dict[str, Any] = {}
    if database_url:
        overrides["database_url"] = database_url
    if data_dir:
        overrides["data_dir"] = data_dir
    ctx.obj = Context(Settings(**overrides))


@main.command()
@pass_ctx
def migrate(ctx: Context) -> None:
    """Create or upgrade the database schema."""
    upgrade(ctx.engine)
    click.echo(f"Databasen er opdateret: {ctx.engine.url.render_as_string(hide_password=True)}")


@main.command()
@click.option("--host", envvar="VEJVISER_HOST", default="127.0.0.1", show_default=True)
@click.option("--port", envvar="VEJVISER_PORT", default=8000, type=int, show_default=True)
@click.option(
    "--workers",
    envvar="VEJVISER_WORKERS",
    default=1,
    type=click.IntRange(1, 64),
    show_default=True,
    help="Server processes sharing the port (each with its own connections). "
    "[env: VEJVISER_WORKERS]",
)
@click.option(
    "--migrate/--no-migrate",
    "run_migrations",
    default=True,
    show_default=True,
    help="Upgrade the schema before serving.",
)
@pass_ctx
def serve(ctx: Context, host: str, port: int, workers: int, run_migrations: bool) -> None:
    """Run the HTTP API under uvicorn."""
    from .cli_ops import run_server

    if run_migrations:
        upgrade(ctx.engine)
    run_server(ctx.settings, ctx.engine, host, port, workers)


@main.command("create-municipality")
@click.argument("code")
@click.argument("name")
@pass_ctx
def create_municipality_cmd(ctx: Context, code: str, name: str) -> None:
    """Create a municipality with its 3- or 4-digit CODE and NAME."""
    from .features.municipalities.service import create_municipality

    try:
        with transaction(make_session_factory(ctx.engine)) as session:
            create_municipality(session, code, name)
    except AppError as exc:
        _fail(exc)
    except ValueError as exc:
        click.echo(f"Fejl: {exc}", err=True)
        sys.exit(2)
    click.echo(f"Kommunen {code} {name} er oprettet.")


@main.command("reset-sync")
@click.option(
    "--municipality",
    "code",
    default=None,
    help="3- or 4-digit code; without it: every municipality",
)
@pass_ctx
def reset_sync_cmd(ctx: Context, code: str | None) -> None:
    """After restoring a backup: every desktop pulls all content again at its next sync and
    drops what the server no longer has (registrations and feedback waiting on the desktops
    are sent as usual)."""
    from .features.municipalities.service import reset_sync

    try:
        with transaction(make_session_factory(ctx.engine)) as session:
            codes = reset_sync(session, code)
    except AppError as exc:
        _fail(exc)
    click.echo(
        f"Ny synkroniseringshistorik for {len(codes)} kommune(r): {', '.join(codes) or '-'}. "
        "Skrivebordene henter alt indhold igen ved næste synkronisering."
    )


@main.command("create-user")
@click.option("--municipality", "code", required=True, help="3- or 4-digit municipality code")
@click.option("--username", required=True)
@click.option(
    "--role", type=click.Choice([r.value for r in Role]), default="agent", show_default=True
)
@click.option("--display-name", default=None)
@click.option(
    "--password",
    envvar="VEJVISER_PASSWORD",
    default=None,
    help="Default: asked for at a prompt. [env: VEJVISER_PASSWORD]",
)
@pass_ctx
def create_user_cmd(
    ctx: Context,
    code: str,
    username: str,
    role: str,
    display_name: str | None,
    password: str | None,
) -> None:
    """Create an account (agent, admin or manager) in a municipality."""
    from .features.municipalities.service import create_account

    if password is None:
        password = click.prompt("Adgangskode", hide_input=True, confirmation_prompt=True)
    try:
        with transaction(make_session_factory(ctx.engine)) as session:
            create_account(session, code, username, password, Role(role), display_name)
    except AppError as exc:
        _fail(exc)
    click.echo(f"Brugeren {username.lower()} ({role}) er oprettet i kommune {code}.")


@main.command("revoke-tokens")
@click.option("--municipality", "code", required=True, help="3- or 4-digit municipality code")
@click.option("--username", required=True)
@pass_ctx
def revoke_tokens_cmd(ctx: Context, code: str, username: str) -> None:
    """Log an account out everywhere: every login (token) it has is revoked. (To stop it
    logging in again, deactivate the account.)"""
    from .features.auth.service import revoke_account_tokens

    try:
        with transaction(make_session_factory(ctx.engine)) as session:
            revoked = revoke_account_tokens(session, code, username)
    except AppError as exc:
        _fail(exc)
    click.echo(
        f"{revoked} login(s) for {username.strip().lower()} i kommune {code} er trukket "
        "tilbage. Kontoen skal logge ind igen."
    )


@main.command("import-guides")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--municipality", "code", required=True)
@pass_ctx
def import_guides_cmd(ctx: Context, file: Path, code: str) -> None:
    """Import a vejviser.guides/1 FILE: all or nothing."""
    from .features.exchange.service import import_file
    from .features.municipalities.service import require_municipality

    try:
        raw = json.loads(file.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        click.echo(f"Fejl: {file.name} er ikke gyldig JSON i UTF-8: {exc}", err=True)
        sys.exit(2)
    except RecursionError:
        click.echo(
            f"Fejl: {file.name} kan ikke læses: lister og objekter er for dybt indlejret i "
            "hinanden til at være en fil med vejledninger.",
            err=True,
        )
        sys.exit(2)
    try:
        with transaction(make_session_factory(ctx.engine)) as session:
            report = import_file(session, require_municipality(session, code), raw)
    except AppError as exc:
        _fail(exc)
    click.echo(
        f"{file.name}: {report.created} oprettet, {report.updated} opdateret, "
        f"{report.unchanged} uændret."
    )
    if report.replaced_drafts:
        click.echo(
            f"{len(report.replaced_drafts)} ikke-udgivne kladder er erstattet af filens version: "
            f"{', '.join(report.replaced_drafts)}. Kladderne findes i vejledningernes historik, "
            "hvor en administrator kan gendanne dem."
        )


@main.command("export-guides")
@click.option("--municipality", "code", required=True)
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Write to this file (default: standard output).",
)
@click.option(
    "--all",
    "include_directory",
    is_flag=True,
    help="Include service areas, technical FAQ and synonyms.",
)
@pass_ctx
def export_guides_cmd(
    ctx: Context, code: str, output: Path | None, include_directory: bool
) -> None:
    """Export the municipality's guides as vejviser.guides/1."""
    from .features.exchange.service import export_file
    from .features.municipalities.service import require_municipality

    try:
        with transaction(make_session_factory(ctx.engine)) as session:
            data = export_file(session, require_municipality(session, code), include_directory)
    except AppError as exc:
        _fail(exc)
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    if output is None:
        click.echo(text, nl=False)
    else:
        output.write_text(text, encoding="utf-8")
        click.echo(f"{len(data['guides'])} vejledninger skrevet til {output}", err=True)


@main.command("seed-demo")
@click.option(
    "--credentials",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Also write the demo logins as JSON to this file.",
)
@pass_ctx
def seed_demo_cmd(ctx: Context, credentials: Path | None) -> None:
    """Create the demo municipality (999) with an agent, an admin and a manager, and load
    the starter library. Running it again gives the accounts new passwords."""
    upgrade(ctx.engine)
    with transaction(make_session_factory(ctx.engine)) as session:
        result = seed_demo(session)
    click.echo(f"Demo-kommune: {DEMO_CODE} {DEMO_NAME}")
    for username, role, password in result.accounts:
        click.echo(f"  {role:<8} brugernavn: {username:<8} adgangskode: {password}")
    click.echo(f"Indhold: {result.loaded} elementer indlæst fra {result.files} filer.")
    settings = ctx.settings
    if None in (settings.mail_provider, settings.sms_provider) or "file" in (
        settings.mail_provider,
        settings.sms_provider,
    ):
        click.echo(
            "Beskeder til borgere fra demo-kommunen skrives som filer i "
            f"{settings.resolved_outbox_dir()} (der sendes ingen SMS eller e-mail)."
        )
    if credentials is not None:
        credentials.parent.mkdir(parents=True, exist_ok=True)
        credentials.write_text(
            json.dumps(
                {
                    "municipality": DEMO_CODE,
                    "accounts": [
                        {"username": u, "role": r, "password": p} for u, r, p in result.accounts
                    ],
                },
                indent=2,
            ),
            encoding="utf-8",
        )
        credentials.chmod(0o600)


main.add_command(backup_cmd)
main.add_command(restore_cmd)
for _command in HOTLINE_COMMANDS:
    main.add_command(_command)


@main.command("report")
@click.option("--municipality", "code", required=True, help="The municipality's code.")
@click.option("--from", "period_from", type=click.DateTime(["%Y-%m-%d"]), default=None)
@click.option("--to", "period_to", type=click.DateTime(["%Y-%m-%d"]), default=None)
@click.option(
    "--period",
    type=click.Choice(["day", "week", "month", "quarter", "year"]),
    default=None,
    help="A period of this kind holding --date (instead of --from/--to).",
)
@click.option("--date", "anchor", type=click.DateTime(["%Y-%m-%d"]), default=None)
@click.option("--year", type=int, default=None, help="Counting week's year (with --week).")
@click.option("--week", type=int, default=None, help="Counting week (tælleuge) of --year.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["xlsx", "pdf", "csv", "komhen"]),
    default="xlsx",
    help="komhen: counts per channel × KLE task × henvendelsestype × unit (CSV).",
)
@click.option("--location", default=None, help="Only this place.")
@click.option("--channel", default=None, help="Only this channel (phone, counter, …).")
@click.option("--area", default=None, help="Only this area.")
@click.option(
    "--rebuild",
    is_flag=True,
    help="Rebuild the report rollups of every day first (after loading registrations "
    "outside the API).",
)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), required=True)
@pass_ctx
def report_cmd(
    ctx: Context,
    code: str,
    period_from: Any,
    period_to: Any,
    period: str | None,
    anchor: Any,
    year: int | None,
    week: int | None,
    fmt: str,
    location: str | None,
    channel: str | None,
    area: str | None,
    rebuild: bool,
    output: Path,
) -> None:
    """Write a management report (XLSX, PDF, CSV or the KOMHEN counts) for a period."""
    from .features.municipalities.service import require_municipality
    from .features.reports import service as reports
    from .protocol import Channel, ExportFormat, PeriodKind

    try:
        if period_from is not None and period_to is not None:
            first, last = period_from.date(), period_to.date()
        elif period is not None and anchor is not None:
            first, last = reports.period_of(None, None, PeriodKind(period), anchor.date())
        elif year is not None and week is not None:
            first, last = reports.period_of(None, None, year=year, week=week)
        else:
            raise AppError(
                "Angiv --from og --to, --period og --date eller --year og --week.",
                code="bad_period",
            )
        if channel is not None and channel not in {c.value for c in Channel}:
            raise AppError(f"Ukendt kanal: {channel}.", code="bad_channel")
        filters = reports.Filters(location=location, channel=channel, area=area)
        factory = make_session_factory(ctx.engine)
        with transaction(factory) as session:
            municipality = require_municipality(session, code)
            if rebuild:
                reports.rebuild_all(session, municipality.id)
        output.parent.mkdir(parents=True, exist_ok=True)
        with transaction(factory) as session:
            municipality = require_municipality(session, code)
            count = reports.export(
                session, municipality, first, last, filters, ExportFormat(fmt), output
            )
    except AppError as exc:
        _fail(exc)
    click.echo(
        f"Rapport for {first:%d-%m-%Y} – {last:%d-%m-%Y} ({count} henvendelser) "
        f"skrevet til {output}",
        err=True,
    )


@main.command("send-reports")
@click.option(
    "--today",
    type=click.DateTime(["%Y-%m-%d"]),
    default=None,
    help="Act as if it were this day (default: today).",
)
@pass_ctx
def send_reports_cmd(ctx: Context, today: Any) -> None:
    """Run the scheduled job that sends the report mails now (the server runs it by itself
    every hour; each report is sent once, however often and from however many servers)."""
    from datetime import UTC, datetime, time
    from zoneinfo import ZoneInfo

    from .jobs import JOBS, run_due

    at = None
    if today is not None:  # noon that Danish day
        at = datetime.combine(today.date(), time(12), ZoneInfo("Europe/Copenhagen"))
        at = at.astimezone(UTC)
    jobs = tuple(job for job in JOBS if job.name == "reports.mail")
    ran = run_due(make_session_factory(ctx.engine), ctx.settings, jobs, at)
    click.echo(
        "Rapportudsendelsen er kørt."
        if ran
        else "Rapportudsendelsen er allerede kørt i denne time."
    )


if __name__ == "__main__":  # pragma: no cover
    main()
