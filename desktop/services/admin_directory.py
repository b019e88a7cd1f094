"""The municipality's other content, for the administrator (Qt-free): service areas, the
synonym list, the technical FAQ and the contacts directory referral cards are picked from.

Each item is written through the server's directory routes with the revision it was based
on; a 409 raises :class:`ItemConflict` with both versions, nothing is overwritten. Fields are
checked here first with clear Danish messages (KLE number, phone, e-mail, https link), so a
refused save never leaves the editor: the form keeps what was typed.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from pydantic import BaseModel, ValidationError

from sync_server.protocol import (
    AreaRename,
    Contact,
    FaqEntry,
    RuleViolation,
    ServiceArea,
    SynonymGroup,
    normalise_email,
    normalise_phone,
)

from ..core.errors import Rejected, ServerUnreachable, VejviserError, refusal
from ..store import content
from .admin import HTTPS, AdminService

#: A KLE number: the main group, optionally the group and the subject (``23``, ``23.05``,
#: ``23.05.04``), as the contract's ``KleNumber``.
KLE = re.compile(r"^\d{2}(\.\d{2}){0,2}$")


class InvalidItem(VejviserError):
    """The form's content breaks a rule (shown as it is, in Danish)."""


class ItemConflict(VejviserError):
    """Someone else saved (or removed) the item since the edit began: both versions."""

    def __init__(self, kind: str, mine: dict[str, Any], theirs: dict[str, Any] | None) -> None:
        super().__init__(
            "Nogen har ændret indholdet imens. Se begge versioner og vælg, hvad der skal gælde.",
            code="conflict",
        )
        self.kind = kind
        self.mine = mine
        self.theirs = theirs

    @property
    def theirs_revision(self) -> int | None:
        if self.theirs is None:
            return None
        value = self.theirs.get("revision")
        return int(value) if value is not None else None


@dataclass(frozen=True)
class Kind:
    """One directory kind: its route, wire model, key and the fields the editor shows."""

    name: str  # the route: areas, synonyms, faq, contacts
    model: type[BaseModel]
    key_field: str
    fields: tuple[str, ...]
    cached: Callable[[Any], list[Any]]


AREAS = Kind(
    "areas",
    ServiceArea,
    "name",
    ("name", "kle", "authority", "description", "hidden"),
    content.areas,
)
SYNONYMS = Kind("synonyms", SynonymGroup, "term", ("term", "words"), content.synonyms)
FAQ = Kind(
    "faq",
    FaqEntry,
    "id",
    ("question", "category", "answer", "synonyms", "self_service_url"),
    content.faq_entries,
)
CONTACTS = Kind(
    "contacts",
    Contact,
    "id",
    ("name", "phone", "email", "url", "hours", "address", "note"),
    content.contacts,
)
KINDS: dict[str, Kind] = {k.name: k for k in (AREAS, SYNONYMS, FAQ, CONTACTS)}


@dataclass
class Item:
    """An item as the editor holds it: its key, revision and wire fields."""

    kind: str
    key: str
    revision: int
    data: dict[str, Any]


def new_id(text: str) -> str:
    """A readable, unique id (a–z, 0–9 and dashes) for a new contact or FAQ entry."""
    table = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa"})
    slug = "".join(c if c.isascii() and c.isalnum() else "-" for c in text.lower().translate(table))
    slug = "-".join(part for part in slug.split("-") if part)[:40] or "post"
    return f"{slug}-{uuid.uuid4().hex[:6]}"


def _text(value: Any) -> str | None:
    text = str(value).strip() if value is not None else ""
    return text or None


def _required(data: dict[str, Any], field: str, message: str) -> str:
    value = _text(data.get(field))
    if value is None:
        raise InvalidItem(message, code="invalid")
    return value


def check(kind: Kind, data: dict[str, Any]) -> dict[str, Any]:
    """The form's fields checked and in their normal forms (raises :class:`InvalidItem`)."""
    out = dict(data)
    if kind is AREAS:
        _required(out, "name", "Skriv serviceområdets navn.")
        kle = _text(out.get("kle"))
        if kle is not None and not KLE.match(kle):
            raise InvalidItem(
                f"»{kle}« er ikke et KLE-nummer. Skriv to cifre for hovedgruppen, evt. fulgt "
                "af punktum og to cifre for gruppe og emne, fx 23 eller 23.05.04.",
                code="kle_invalid",
            )
        out["kle"] = kle
    elif kind is SYNONYMS:
        _required(out, "term", "Skriv det ord, synonymerne betyder.")
        words = [w.strip() for w in out.get("words") or [] if w and w.strip()]
        if not words:
            raise InvalidItem("Skriv mindst ét synonym.", code="invalid")
        out["words"] = list(dict.fromkeys(words))
    elif kind is FAQ:
        _required(out, "question", "Skriv spørgsmålet.")
        answer = [a.strip() for a in out.get("answer") or [] if a and a.strip()]
        if not answer:
            raise InvalidItem("Skriv mindst ét afsnit i svaret.", code="invalid")
        out["answer"] = answer
        out["synonyms"] = list(dict.fromkeys(s.strip() for s in out.get("synonyms") or [] if s))
        _check_link(out, "self_service_url")
    elif kind is CONTACTS:
        _required(out, "name", "Skriv kontaktens navn.")
        try:
            phone = _text(out.get("phone"))
            email = _text(out.get("email"))
            out["phone"] = normalise_phone(phone).display if phone else None
            out["email"] = normalise_email(email) if email else None
        except RuleViolation as exc:
            raise InvalidItem(str(exc.args[-1]) if exc.args else str(exc), code="invalid") from exc
        _check_link(out, "url")
    for field in kind.fields:
        if isinstance(out.get(field), str):
            out[field] = _text(out[field])
    try:
        checked = kind.model.model_validate(out)
    except ValidationError as exc:
        raise refusal(exc, InvalidItem) from exc
    return checked.model_dump(mode="json")


def _check_link(data: dict[str, Any], field: str) -> None:
    link = _text(data.get(field))
    if link is not None and not HTTPS.match(link):
        raise InvalidItem(
            f"»{link}« er ikke en gyldig https-adresse. Skriv hele adressen, "
            "fx https://www.borger.dk.",
            code="invalid",
        )
    data[field] = link


@dataclass
class Version:
    revision: int
    author: str
    saved: datetime
    data: dict[str, Any]


class DirectoryService:
    """Areas, synonyms, FAQ and contacts through the admin's connection."""

    def __init__(self, admin: AdminService) -> None:
        self.admin = admin

    def items(self, kind: str) -> tuple[list[Item], bool]:
        """The kind's items (areas in their order); offline the synced copy (and True)."""
        spec = KINDS[kind]
        try:
            raw = self.admin._call(lambda api: api.api._request("GET", f"/{kind}"))
            models = [spec.model.model_validate(r) for r in raw]
            offline = False
        except ServerUnreachable:
            models = spec.cached(self.admin.cache)
            offline = True
        items = [self._item(spec, m.model_dump(mode="json")) for m in models]
        return sorted(items, key=lambda i: _order(spec, i)), offline

    def _item(self, spec: Kind, data: dict[str, Any]) -> Item:
        return Item(spec.name, str(data[spec.key_field]), int(data.get("revision") or 1), data)

    def save(self, kind: str, data: dict[str, Any], base: Item | None) -> Item:
        """Create (``base`` None) or update the item ``base`` was loaded from. A renamed area
        goes through the rename route (its guides move with it); a synonym group whose word
        changed is saved under the new word and the old one removed."""
        spec = KINDS[kind]
        data = dict(data)
        if base is None and spec.key_field == "id" and not _text(data.get("id")):
            data["id"] = new_id(str(data.get("name") or data.get("question") or ""))
        if base is not None:
            data = {**base.data, **data}
            if spec.key_field == "id":
                data["id"] = base.key
        checked = check(spec, data)
        key = str(checked[spec.key_field])
        try:
            return self._call_save(spec, checked, key, base)
        except Rejected as exc:
            if exc.status == 409:
                detail = exc.detail if isinstance(exc.detail, dict) else {}
                current = detail.get("current")
                raise ItemConflict(
                    kind, data, current if isinstance(current, dict) else None
                ) from exc
            raise

    def _call_save(self, spec: Kind, checked: dict[str, Any], key: str, base: Item | None) -> Item:
        model = spec.model.model_validate(checked)

        def put(api: Any, item: BaseModel, at: str, revision: int | None) -> Item:
            return self._item(spec, api.put_item(spec.name, at, item, revision))

        def work(api: Any) -> Item:
            if base is None:
                if spec is AREAS and not checked.get("sort_order"):  # a new area goes last
                    orders = [
                        int(a.get("sort_order") or 0) for a in api.api._request("GET", "/areas")
                    ]
                    last = max(orders, default=0)
                    return put(api, model.model_copy(update={"sort_order": last + 10}), key, None)
                return put(api, model, key, None)
            if key == base.key:
                return put(api, model, key, base.revision)
            if spec is AREAS:
                renamed = api.rename_area(
                    base.key, AreaRename(name=key, base_revision=base.revision)
                )
                return put(api, model, key, renamed.revision)
            created = put(api, model, key, None)
            api.delete_item(spec.name, base.key, base.revision)
            return created

        return self.admin._call(work)

    def delete(self, item: Item) -> None:
        try:
            self.admin._call(lambda api: api.delete_item(item.kind, item.key, item.revision))
        except Rejected as exc:
            if exc.status == 409:
                detail = exc.detail if isinstance(exc.detail, dict) else {}
                current = detail.get("current")
                raise ItemConflict(
                    item.kind, item.data, current if isinstance(current, dict) else None
                ) from exc
            raise

    def history(self, item: Item) -> list[Version]:
        """Every saved version, newest first (who and when)."""
        path = f"/{item.kind}/{_quote(item.key)}/revisions"
        raw = self.admin._call(lambda api: api.api._request("GET", path))
        versions = [
            Version(
                int(r["revision"]),
                str(r["author"]),
                datetime.fromisoformat(str(r["updated_at"]).replace("Z", "+00:00")),
                dict(r["item"]),
            )
            for r in raw
        ]
        return sorted(versions, key=lambda v: v.revision, reverse=True)

    def move_area(self, areas: list[Item], key: str, step: int) -> list[Item]:
        """Move an area up (-1) or down (1): the areas are numbered 10, 20, … in their new
        order and those whose number changed are saved (409 if one changed meanwhile)."""
        order = list(areas)
        index = next(i for i, a in enumerate(order) if a.key == key)
        target = index + step
        if not 0 <= target < len(order):
            return order
        order.insert(target, order.pop(index))
        return self._renumber(order)

    def set_hidden(self, area: Item, hidden: bool) -> Item:
        return self.save("areas", {**area.data, "hidden": hidden}, area)

    def _renumber(self, order: list[Item]) -> list[Item]:
        out: list[Item] = []
        for number, area in enumerate(order, 1):
            wanted = number * 10
            if area.data.get("sort_order") == wanted:
                out.append(area)
            else:
                out.append(self.save("areas", {**area.data, "sort_order": wanted}, area))
        return out


def _order(spec: Kind, item: Item) -> tuple[Any, ...]:
    if spec is AREAS:
        return (int(item.data.get("sort_order") or 0), item.key.casefold())
    if spec is FAQ:
        return (str(item.data.get("category") or "").casefold(), _title(item).casefold())
    return (_title(item).casefold(),)


def _title(item: Item) -> str:
    data = item.data
    return str(data.get("name") or data.get("question") or data.get("term") or item.key)


def _quote(key: str) -> str:
    from urllib.parse import quote

    return quote(key, safe="")
