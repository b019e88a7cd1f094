"""``make demo``: the sync server on SQLite with demo data, and the desktop logged in.

Everything lives under ``demo-data/`` (or ``VEJVISER_DEMO_DIR``): the server's database,
the demo outbox of sent SMS/e-mails, the desktop profile. Without a display, it says how to
run the window under ``xvfb-run`` and writes the tour's screenshots instead.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from .demo_server import DemoServer, DemoServerError

ROOT = Path(os.environ.get("VEJVISER_DEMO_DIR", "demo-data")).resolve()


def _has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM", "") not in ("", "xcb", "wayland"):
        return True  # an explicit platform (e.g. offscreen) was chosen
    if sys.platform.startswith("linux"):
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


def start_server() -> DemoServer:
    server = DemoServer(ROOT / "server", outbox_dir=ROOT / "outbox", port=8000)
    try:
        server.seed(show=True)
        return server.start()
    except DemoServerError as exc:
        raise SystemExit(str(exc)) from exc


def main() -> int:
    server = start_server()
    url = server.url
    print(f"Vejviser-serveren kører på {url} (data i {ROOT}).")
    print(f"Sendte SMS og e-mails i demoen skrives til {ROOT / 'outbox'}.")
    print(f"Borgerweb (vejledninger til borgere): {server.publish_citizen_web()}")
    try:
        os.environ["VEJVISER_HOME"] = str(ROOT / "profile")
        from desktop.app import AppContext

        context = AppContext()
        agent = server.account("agent")
        context.session.login(
            url,
            str(server.credentials["municipality"]),
            agent["username"],
            agent["password"],
            remember=True,
        )
        context.after_login()
        report = context.sync_once()
        if report.error is not None:
            print(f"Synkronisering fejlede: {report.error.message}", file=sys.stderr)
        print(
            f"Logget ind som demo-medarbejderen ({agent['username']}); "
            f"{context.workspace.lookup.guide_count() if context.workspace else 0} "
            "vejledninger hentet."
        )
        if not _has_display():
            print(
                "Der er ingen skærm (DISPLAY er ikke sat). Kør vinduet under en virtuel "
                "skærm:\n  xvfb-run -a -s '-screen 0 1366x800x24' make demo\n"
                "Indtil da skrives rundturens "
                f"skærmbilleder til {ROOT / 'tour'} …"
            )
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
            context.close()
            from .tour import run_tour

            files = run_tour(ROOT / "tour")
            print(f"{len(files)} skærmbilleder gemt i {ROOT / 'tour'}.")
            return 0
        from desktop.ui.shell.main import run_gui

        return run_gui(context)
    finally:
        server.stop()


if __name__ == "__main__":
    sys.exit(main())
