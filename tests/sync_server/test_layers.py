"""The server's import rules, checked on the source (AST), not by importing it.

The twin of ``tests/desktop/test_layers.py``. A feature package ``sync_server/features/X/``
has ``router.py`` (HTTP only), ``service.py`` (rules) and ``repository.py`` (queries):

- a router imports only its own service, ``deps``, ``errors`` and the contract
  (``sync_server.protocol``), plus FastAPI and the standard library;
- a repository imports only ``db`` and the contract, plus SQLAlchemy and the standard library;
- a feature's repository is used only by its own service; the content kernel
  (``sync_server.content``) is shared, so any service may use its repository;
- only routers (and the app that mounts them) use the request dependencies (``deps``), and
  nothing outside the routers, ``deps`` and the app imports FastAPI: services and the command
  line get the caller from ``sync_server.principal``;
- the contract imports no FastAPI, SQLAlchemy or other server module;
- nothing in the server imports the desktop.

Allowed exceptions are written down in :data:`ALLOWED`, each with its reason.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SERVER = ROOT / "sync_server"

#: ``(importer, imported) → reason``: the only imports that break a rule on purpose.
ALLOWED: dict[tuple[str, str], str] = {
    (
        "sync_server.features.directory.router",
        "sync_server.features.directory.specs",
    ): "the routes are generated, one set per declared directory kind; the specs are that "
    "declaration (model, path, key), with no rules and no queries",
}

#: Desktop modules the server may import, with the reason. Empty: a later issue may allow
#: ``desktop.search`` here for the citizen web pages.
SERVER_MAY_IMPORT_FROM_DESKTOP: dict[str, str] = {
    "desktop.search": "the citizen web searches with the desktop's engine (pure Python: no Qt, "
    "no store; it imports only the contract), so citizens and staff get the same Danish "
    "understanding from one engine",
}
#: Modules that may import ``desktop.search`` (the rule above names the module, this the
#: only importer).
DESKTOP_IMPORTERS = {"sync_server.features.citizen.site"}

WEB = ("fastapi", "starlette")
DATABASE = ("sqlalchemy", "alembic")
#: Modules that may import FastAPI: the routers are matched by name, these by module.
WEB_MODULES = {"sync_server.app", "sync_server.deps"}
#: The citizen web (``sync_server.web``) is a mounted sub-app: its pages are FastAPI
#: handlers too (HTML, not the JSON API), and it reaches data only through the citizen
#: service.
WEB_PACKAGES = ("sync_server.web",)


def _modules() -> dict[str, Path]:
    found = {}
    for path in sorted(SERVER.rglob("*.py")):
        parts = path.relative_to(ROOT).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


MODULES = _modules()


def _imports(module: str, path: Path) -> list[str]:
    """Absolute names of everything ``module`` imports (relative imports resolved).

    ``from package import name`` counts as importing ``package.name`` when that is a module
    of the server (``from ..municipalities import repository``), else as importing ``package``.
    """
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = module if path.name == "__init__.py" else module.rsplit(".", 1)[0]
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                prefix = ".".join(base)
                target = f"{prefix}.{node.module}" if node.module else prefix
            else:
                target = node.module or ""
            for alias in node.names:
                candidate = f"{target}.{alias.name}"
                names.append(candidate if candidate in MODULES else target)
    return list(dict.fromkeys(names))


def _within(name: str, *packages: str) -> bool:
    return any(name == p or name.startswith(p + ".") for p in packages)


def _feature(module: str) -> str | None:
    """``X`` for ``sync_server.features.X...``."""
    parts = module.split(".")
    if len(parts) >= 3 and parts[:2] == ["sync_server", "features"]:
        return parts[2]
    return None


def _is_router(module: str) -> bool:
    return _feature(module) is not None and module.endswith(".router")


def _is_repository(module: str) -> bool:
    return module.endswith(".repository")


def _is_service(module: str) -> bool:
    return module.endswith(".service")


def _stdlib(name: str) -> bool:
    return name.split(".")[0] in sys.stdlib_module_names


def _router_problem(module: str, name: str) -> str | None:
    own_service = f"sync_server.features.{_feature(module)}.service"
    if _stdlib(name) or _within(name, "fastapi", "__future__"):
        return None
    if _within(name, own_service, "sync_server.deps", "sync_server.errors", "sync_server.protocol"):
        return None
    return f"{name}: a router imports only its own service, deps, errors and the contract"


def _repository_problem(name: str) -> str | None:
    if _stdlib(name) or _within(name, "sqlalchemy", "__future__"):
        return None
    if _within(name, "sync_server.db", "sync_server.protocol"):
        return None
    return f"{name}: a repository imports only db and the contract"


def _repository_user_problem(module: str, name: str) -> str | None:
    if not (_within(name, "sync_server") and _is_repository(name)):
        return None
    if name == "sync_server.content.repository":
        if _is_service(module):
            return None
        return f"{name}: the content kernel's repository is used only by services"
    owner = name.rsplit(".", 1)[0]
    if module == f"{owner}.service":
        return None
    return f"{name}: a feature's repository is used only by its own service"


def _web_problem(name: str) -> str | None:
    """The citizen web imports the web framework, templates, its own modules, the contract,
    the transaction helper and errors, and the citizen feature (never a repository)."""
    if _within(name, "sync_server") and not _within(
        name,
        "sync_server.web",
        "sync_server.protocol",
        "sync_server.errors",
        "sync_server.db.engine",
        "sync_server.features.citizen",
    ):
        return f"{name}: the citizen web uses only the citizen feature, the contract and errors"
    if _is_repository(name):
        return f"{name}: the citizen web reaches data through the citizen service"
    return None


def violations(module: str, path: Path) -> list[str]:
    problems: list[str] = []
    for name in _imports(module, path):
        if (module, name) in ALLOWED:
            continue
        problem = None
        if _within(name, "desktop") and not (
            any(_within(name, allowed) for allowed in SERVER_MAY_IMPORT_FROM_DESKTOP)
            and module in DESKTOP_IMPORTERS
        ):
            problem = f"{name}: the server does not import the desktop"
        elif _within(module, "sync_server.protocol"):
            if _within(name, *WEB, *DATABASE) or (
                _within(name, "sync_server") and not _within(name, "sync_server.protocol")
            ):
                problem = f"{name}: the contract imports no FastAPI, SQLAlchemy or server module"
        elif _is_router(module):
            problem = _router_problem(module, name)
        elif _is_repository(module):
            problem = _repository_problem(name)
        elif _within(module, *WEB_PACKAGES):
            problem = _web_problem(name)
        elif _within(name, *WEB) and module not in WEB_MODULES:
            problem = f"{name}: only routers, deps and the app import FastAPI"
        if (
            problem is None
            and _within(name, "sync_server.deps")
            and not (_is_router(module) or module == "sync_server.app")
        ):
            problem = f"{name}: only routers use the request dependencies"
        if problem is None:
            problem = _repository_user_problem(module, name)
        if problem is not None:
            problems.append(problem)
    return problems


def test_the_walk_sees_every_kind_of_module() -> None:
    routers = [m for m in MODULES if _is_router(m)]
    repositories = [m for m in MODULES if _is_repository(m)]
    assert len(routers) >= 10
    assert len(repositories) >= 7
    assert "sync_server.content.repository" in repositories
    assert "sync_server.principal" in MODULES
    assert any(_within(m, "sync_server.protocol") for m in MODULES)


@pytest.mark.parametrize("module", sorted(MODULES))
def test_import_rules(module: str) -> None:
    assert violations(module, MODULES[module]) == []


def test_every_allowed_exception_is_still_needed() -> None:
    for importer, imported in ALLOWED:
        assert importer in MODULES, importer
        assert imported in _imports(importer, MODULES[importer]), (importer, imported)


def _planted(tmp_path: Path, source: str) -> Path:
    path = tmp_path / "planted.py"
    path.write_text(source, encoding="utf-8")
    return path


def test_the_rules_catch_planted_violations(tmp_path: Path) -> None:
    """The checker itself: a planted module breaking each rule is caught, and only there."""
    router = _planted(
        tmp_path,
        "from sqlalchemy.orm import Session\n"
        "from ...db.models import ContentRow\n"
        "from . import repository\n"
        "from ..guides import service as guides\n"
        "from . import service\n"
        "from ...deps import DbSession\n",
    )
    problems = violations("sync_server.features.feedback.router", router)
    assert len(problems) == 4
    assert all("a router imports only" in p for p in problems)
    assert "sqlalchemy.orm" in problems[0]
    assert "sync_server.features.guides.service" in problems[3]

    service = _planted(
        tmp_path,
        "from fastapi import Request\n"
        "from ...deps import Caller\n"
        "from ..municipalities import repository as municipalities\n"
        "from ...content import repository as content_repo\n"
        "from desktop.search import engine\n",
    )
    problems = violations("sync_server.features.stats.service", service)
    assert problems == [
        "fastapi: only routers, deps and the app import FastAPI",
        "sync_server.deps: only routers use the request dependencies",
        "sync_server.features.municipalities.repository: "
        "a feature's repository is used only by its own service",
        "desktop.search: the server does not import the desktop",
    ]

    repository = _planted(
        tmp_path, "from sqlalchemy import select\nfrom ...errors import NotFound\nimport requests\n"
    )
    problems = violations("sync_server.features.feedback.repository", repository)
    assert problems == [
        "sync_server.errors: a repository imports only db and the contract",
        "requests: a repository imports only db and the contract",
    ]
    kernel = _planted(
        tmp_path, "from ..db.models import ContentRow\nfrom ..errors import NotFound\n"
    )
    assert violations("sync_server.content.repository", kernel) == [problems[0]]

    contract = _planted(tmp_path, "from fastapi import Query\nfrom ..db.models import Base\n")
    problems = violations("sync_server.protocol.planted", contract)
    assert len(problems) == 2
    assert all("the contract imports no" in p for p in problems)

    cli = _planted(tmp_path, "from .deps import CurrentCaller\n")
    assert violations("sync_server.cli", cli) == [
        "sync_server.deps: only routers use the request dependencies"
    ]
