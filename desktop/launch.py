"""``vejviser``: the program's entry point. Without arguments it starts the GUI at once,
without loading the command line's parser (click) — part of a fast start; with arguments it
hands over to :mod:`desktop.cli`."""

from __future__ import annotations

import gc
import os
import sys


def main() -> None:
    # No pydantic plugins are used: skip their discovery (a scan of every installed package's
    # metadata when the first model is built).
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    if len(sys.argv) <= 1:
        # Until the window shows, the start only builds what lives as long as the app (the
        # modules, the cache, the search index): no garbage to collect, yet the collector
        # would walk it all again and again (about a sixth of the start). run_gui() freezes
        # it and turns the collector back on.
        gc.disable()
        from .ui.shell.main import run_gui

        sys.exit(run_gui())
    from .cli import main as cli

    cli()


if __name__ == "__main__":
    main()
