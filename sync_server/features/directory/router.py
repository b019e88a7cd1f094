"""HTTP: one set of CRUD routes per directory kind (areas, contacts, faq, synonyms).

No ``from __future__ import annotations`` here: the body type of ``put_item`` is the
per-kind model held in a local variable, which FastAPI must see as a class, not a string.
"""

from typing import Any

from fastapi import APIRouter, Body, Query, Response

from ...deps import AdminCaller, AnyCaller, DbSession, UnitOfWork, WireVersion, versioned
from ...protocol import AreaRename, ServiceArea
from ...protocol.versions import newer_fields
from . import service
from .specs import ALL_SPECS, AREAS, Spec


def _add_routes(router: APIRouter, spec: Spec[Any]) -> None:
    model = spec.model
    item_path = spec.path + "/{key}"

    # An older desktop gets the items without the fields its protocol does not know (it
    # would refuse them), and its edit keeps the stored values of those fields.
    def list_items(caller: AnyCaller, session: DbSession, version: WireVersion) -> Any:
        return versioned(service.list_items(session, caller, spec), version)

    def get_item(key: str, caller: AnyCaller, session: DbSession, version: WireVersion) -> Any:
        return versioned(service.get_item(session, caller, spec, key), version)

    def put_item(
        key: str,
        caller: AdminCaller,
        session: DbSession,
        version: WireVersion,
        item: model = Body(...),  # type: ignore[valid-type]
        base_revision: int | None = Query(default=None, ge=1),
    ) -> Any:
        keep = newer_fields(model, version) - item.model_fields_set  # type: ignore[attr-defined]
        saved = service.put_item(session, caller, spec, key, item, base_revision, keep)
        return versioned(saved, version)

    def item_history(key: str, caller: AnyCaller, session: DbSession, version: WireVersion) -> Any:
        return versioned(service.history(session, caller, spec, key), version)

    def delete_item(
        key: str,
        caller: AdminCaller,
        session: DbSession,
        base_revision: int | None = Query(default=None, ge=1),
    ) -> Response:
        service.delete_item(session, caller, spec, key, base_revision)
        return Response(status_code=204)

    name = spec.tag
    router.add_api_route(
        spec.path,
        list_items,
        methods=["GET"],
        response_model=list[model],  # type: ignore[valid-type]
        name=f"list_{name}",
        tags=[name],
    )
    router.add_api_route(
        item_path, get_item, methods=["GET"], response_model=model, name=f"get_{name}", tags=[name]
    )
    router.add_api_route(
        item_path + "/revisions",
        item_history,
        methods=["GET"],
        response_model=list[spec.revision_model],  # type: ignore[name-defined]
        name=f"history_{name}",
        tags=[name],
    )
    router.add_api_route(
        item_path, put_item, methods=["PUT"], response_model=model, name=f"put_{name}", tags=[name]
    )
    router.add_api_route(
        item_path,
        delete_item,
        methods=["DELETE"],
        status_code=204,
        response_class=Response,
        name=f"delete_{name}",
        tags=[name],
    )


router = APIRouter(route_class=UnitOfWork)


@router.post(AREAS.path + "/{key}/rename", response_model=ServiceArea, tags=["areas"])
def rename_area(
    key: str, body: AreaRename, caller: AdminCaller, session: DbSession, version: WireVersion
) -> Any:
    """Rename an area; its guides move with it (each a new revision). Answers the area."""
    return versioned(service.rename_area(session, caller, key, body), version)


for _spec in ALL_SPECS:
    _add_routes(router, _spec)
