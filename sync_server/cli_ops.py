"""Operating the server: ``serve`` (one or several processes), ``backup`` and ``restore``."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click
from sqlalchemy import Engine

from .config import Settings
from .db.backup import BackupError, backup, restore
from .db.engine import make_session_factory, transaction
from .db.migrate import current_revision, upgrade
from .logs import log_config
from .metrics import MULTIPROC_ENV

if TYPE_CHECKING:
    from .cli import Context


WORKER_HEALTHCHECK_SECONDS = 60


def _metrics_dir(settings: Settings) -> Path:
    """An empty folder for the workers' metric files (a restart starts from zero, as a
    single process does)."""
    folder = Path(os.environ.get(MULTIPROC_ENV) or settings.data_dir / "metrics")
    folder.mkdir(parents=True, exist_ok=True)
    for stale in folder.glob("*.db"):
        stale.unlink()
    return folder


def run_server(settings: Settings, engine: Engine, host: str, port: int, workers: int) -> None:
    """uvicorn in this process, or ``workers`` processes each building the app from the
    same settings (``sync_server.app:create_app`` as a factory, reading the environment)."""
    import uvicorn

    logging_config = log_config(settings.log_format)
    if workers == 1:
        from .app import create_app

        app = create_app(settings, engine)
        uvicorn.run(app, host=host, port=port, log_config=logging_config, proxy_headers=False)
        return
    # The workers read their settings from the environment: hand on what the options set.
    os.environ["VEJVISER_DATABASE_URL"] = settings.resolved_database_url()
    os.environ["VEJVISER_DATA_DIR"] = str(settings.data_dir)
    os.environ[MULTIPROC_ENV] = str(_metrics_dir(settings))
    engine.dispose()  # the workers open their own connections
    uvicorn.run(
        "sync_server.app:create_app",
        factory=True,
        workers=workers,
        host=host,
        port=port,
        log_config=logging_config,
        proxy_headers=False,
        # A worker that does not answer the parent's ping in this time is restarted. A
        # worker still importing the program on a busy machine (the installed program unpacks
        # and imports everything at start) must not be taken for a hung one.
        timeout_worker_healthcheck=WORKER_HEALTHCHECK_SECONDS,
    )


def _fail(message: str) -> None:
    click.echo(f"Fejl: {message}", err=True)
    sys.exit(2)


@click.command("backup")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.pass_obj
def backup_cmd(ctx: Context, file: Path) -> None:
    """Write a consistent copy of the database to FILE, also while the server runs
    (SQLite: its online backup API; PostgreSQL: pg_dump)."""
    try:
        backup(ctx.engine, file, ctx.settings.sqlite_busy_timeout_seconds)
    except BackupError as exc:
        _fail(str(exc))
    size = f"{file.stat().st_size / 1_048_576:.1f}".replace(".", ",")
    click.echo(f"Sikkerhedskopi skrevet til {file} ({size} MB).")


@click.command("restore")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--yes", is_flag=True, help="Do not ask before replacing the database.")
@click.option(
    "--reset-sync/--no-reset-sync",
    default=True,
    show_default=True,
    help="Give every municipality a new sync history: each desktop pulls all content again.",
)
@click.pass_obj
def restore_cmd(ctx: Context, file: Path, yes: bool, reset_sync: bool) -> None:
    """Replace the database's content with the backup FILE, also while the server runs;
    then upgrade the schema (a backup from an older version) and reset the sync history."""
    from .features.municipalities.service import reset_sync as reset

    target = ctx.engine.url.render_as_string(hide_password=True)
    if not yes:
        click.confirm(
            f"Alt indhold i {target} erstattes af {file.name}. Fortsæt?", abort=True, err=True
        )
    try:
        restore(ctx.engine, file, ctx.settings.sqlite_busy_timeout_seconds)
    except BackupError as exc:
        _fail(str(exc))
    ctx.engine.dispose()  # no pooled connection from before the restore
    upgrade(ctx.engine)
    codes: list[str] = []
    if reset_sync:
        with transaction(make_session_factory(ctx.engine)) as session:
            codes = reset(session)
    click.echo(f"{file.name} er indlæst i {target} (skema {current_revision(ctx.engine)}).")
    if codes:
        click.echo(
            f"Ny synkroniseringshistorik for {len(codes)} kommune(r): skrivebordene henter "
            "alt indhold igen ved næste synkronisering."
        )
