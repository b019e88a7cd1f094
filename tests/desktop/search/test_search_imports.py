"""desktop.search imports only the standard library, snowballstemmer, rapidfuzz and the wire
protocol (never Qt, never the store)."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import desktop.search

_ALLOWED_THIRD_PARTY = {"snowballstemmer", "rapidfuzz"}


def test_search_imports_only_what_it_may() -> None:
    package = Path(desktop.search.__file__).parent
    for path in sorted(package.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                top = name.split(".")[0]
                allowed = (
                    top in sys.stdlib_module_names
                    or top in _ALLOWED_THIRD_PARTY
                    or name == "sync_server.protocol"
                    or name == "__future__"
                )
                assert allowed, f"{path.name} imports {name}"
