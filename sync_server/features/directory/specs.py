"""How each directory kind is keyed, titled and stored."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from ...content.service import ContentWrite
from ...db.models import ContentRow
from ...protocol import (
    AreaRevision,
    Contact,
    ContactRevision,
    EntityKind,
    FaqEntry,
    FaqRevision,
    ServiceArea,
    SynonymGroup,
    SynonymRevision,
    WireModel,
)
from ..guides.convert import fold

M = TypeVar("M", bound=WireModel)


@dataclass(frozen=True)
class Spec(Generic[M]):
    kind: EntityKind
    model: type[M]
    path: str
    key_of: Callable[[M], str]
    title_of: Callable[[M], str]
    search_of: Callable[[M], str]
    tag: str
    #: The wire model of one version in the item's history.
    revision_model: type[WireModel]

    def write(self, item: M) -> ContentWrite:
        data: dict[str, Any] = item.model_dump(mode="json", exclude={"revision", "municipality"})
        return ContentWrite(
            kind=self.kind,
            key=self.key_of(item),
            data=data,
            title=self.title_of(item),
            search_text=fold(self.search_of(item)),
        )

    def read(self, row: ContentRow, municipality: str = "") -> M:
        """The stored item; ``municipality``: the code it is stamped with (protocol 5)."""
        data = {**row.data, "revision": row.revision}
        if municipality:
            data["municipality"] = municipality
        return self.model.model_validate(data)


AREAS: Spec[ServiceArea] = Spec(
    EntityKind.AREA,
    ServiceArea,
    "/areas",
    lambda a: a.name,
    lambda a: a.name,
    lambda a: a.name,
    "areas",
    AreaRevision,
)
CONTACTS: Spec[Contact] = Spec(
    EntityKind.CONTACT,
    Contact,
    "/contacts",
    lambda c: c.id,
    lambda c: c.name,
    lambda c: c.name,
    "contacts",
    ContactRevision,
)
FAQ: Spec[FaqEntry] = Spec(
    EntityKind.FAQ,
    FaqEntry,
    "/faq",
    lambda f: f.id,
    lambda f: f.question,
    lambda f: " ".join([f.question, *f.synonyms, *f.situations, *f.search_terms_en]),
    "faq",
    FaqRevision,
)
SYNONYMS: Spec[SynonymGroup] = Spec(
    EntityKind.SYNONYM,
    SynonymGroup,
    "/synonyms",
    lambda s: s.term,
    lambda s: s.term,
    lambda s: " ".join([s.term, *s.words]),
    "synonyms",
    SynonymRevision,
)

ALL_SPECS: tuple[Spec[Any], ...] = (AREAS, CONTACTS, FAQ, SYNONYMS)
BY_KIND: dict[EntityKind, Spec[Any]] = {spec.kind: spec for spec in ALL_SPECS}
