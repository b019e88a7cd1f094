"""``vejviser-server create-hotline``, ``admit-hotline``, ``dismiss-hotline`` and the
hotline's cost allocation report."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

import click

from .db.engine import make_session_factory, transaction
from .errors import AppError

if TYPE_CHECKING:
    from .cli import Context


def _fail(exc: AppError) -> None:
    click.echo(f"Fejl: {exc.detail}", err=True)
    sys.exit(2)


@click.command("create-hotline")
@click.argument("code")
@click.argument("name")
@click.pass_obj
def create_hotline_cmd(ctx: Context, code: str, name: str) -> None:
    """Create a shared hotline with its 3- or 4-digit CODE and NAME (then `create-user` as for a
    municipality)."""
    from .features.hotline.service import create_hotline

    try:
        with transaction(make_session_factory(ctx.engine)) as session:
            create_hotline(session, code, name)
    except AppError as exc:
        _fail(exc)
    click.echo(f"Hotlinen {code} {name} er oprettet.")


_HOTLINE = click.option("--hotline", "hotline", required=True, help="The hotline's code.")
_MEMBER = click.option("--municipality", "member", required=True, help="The member's code.")


@click.command("admit-hotline")
@_HOTLINE
@_MEMBER
@click.pass_obj
def admit_hotline_cmd(ctx: Context, hotline: str, member: str) -> None:
    """The municipality admits the hotline: it may read the municipality's published staff
    content and serve its citizens."""
    from .features.hotline.service import admit

    try:
        with transaction(make_session_factory(ctx.engine)) as session:
            changed = admit(session, hotline, member, "kommandolinje")
    except AppError as exc:
        _fail(exc)
    click.echo(
        f"Kommunen {member} har givet hotlinen {hotline} adgang."
        if changed
        else f"Hotlinen {hotline} havde allerede adgang til kommunen {member}."
    )


@click.command("dismiss-hotline")
@_HOTLINE
@_MEMBER
@click.pass_obj
def dismiss_hotline_cmd(ctx: Context, hotline: str, member: str) -> None:
    """The municipality dismisses the hotline: its desktops drop the municipality's
    content at their next sync."""
    from .features.hotline.service import dismiss

    try:
        with transaction(make_session_factory(ctx.engine)) as session:
            changed = dismiss(session, hotline, member)
    except AppError as exc:
        _fail(exc)
    click.echo(
        f"Hotlinen {hotline} har ikke længere adgang til kommunen {member}."
        if changed
        else f"Hotlinen {hotline} havde ikke adgang til kommunen {member}."
    )


@click.command("allocation-report")
@_HOTLINE
@click.option("--from", "period_from", type=click.DateTime(["%Y-%m-%d"]), required=True)
@click.option("--to", "period_to", type=click.DateTime(["%Y-%m-%d"]), required=True)
@click.option(
    "--format", "fmt", type=click.Choice(["csv", "xlsx", "pdf"]), default="xlsx", show_default=True
)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), required=True)
@click.pass_obj
def allocation_report_cmd(
    ctx: Context, hotline: str, period_from: datetime, period_to: datetime, fmt: str, output: Path
) -> None:
    """The hotline's cost allocation of the period: contacts, minutes, shares and the
    amount per member municipality and authority."""
    from .features.hotline.service import AllocationFormat, require_hotline, write_allocation
    from .features.reports.service import period_of

    try:
        with transaction(make_session_factory(ctx.engine)) as session:
            first, last = period_of(period_from.date(), period_to.date())
            row = require_hotline(session, hotline)
            write_allocation(session, row, first, last, AllocationFormat(fmt), output)
    except AppError as exc:
        _fail(exc)
    click.echo(f"Fordelingen for hotlinen {hotline} er skrevet til {output}.")


COMMANDS = (create_hotline_cmd, admit_hotline_cmd, dismiss_hotline_cmd, allocation_report_cmd)
