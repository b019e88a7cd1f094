"""The exchange format ``vejviser.guides/1``: guides travelling between systems.

``{"format": "vejviser.guides/1", "guides": [...]}`` with optional ``areas``, ``faq`` and
``synonyms`` lists. Unknown fields of a guide are allowed and kept on a round trip.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any, Literal

from pydantic import ConfigDict, Field, field_validator, model_validator
from pydantic_core import PydanticCustomError

from .common import GuideId, WireModel
from .content import FaqEntry, GuideContent, GuideStatus, Provenance, ServiceArea, SynonymGroup
from .validation import RuleViolation, reject_cpr_anywhere

FORMAT = "vejviser.guides/1"


class ExchangeGuide(GuideContent):
    """A guide in a file. Optional metadata defaults to *published* (a file of guides is
    content meant for use); unknown fields are kept in ``model_extra``."""

    model_config = ConfigDict(extra="allow")

    id: GuideId
    status: GuideStatus = GuideStatus.PUBLISHED
    copied_from: Provenance | None = None

    @model_validator(mode="after")
    def _no_cpr_in_unknown_fields(self) -> ExchangeGuide:
        """Unknown fields are kept as they came, so they get the CPR guard too."""
        try:
            reject_cpr_anywhere(self.model_extra or {})
        except RuleViolation as exc:
            raise PydanticCustomError(exc.code, exc.message) from None
        return self

    @field_validator("id", mode="before")
    @classmethod
    def _int_ids(cls, value: Any) -> Any:
        return str(value) if isinstance(value, int) and not isinstance(value, bool) else value

    def to_json_dict(self, present: Collection[str] | None = None) -> dict[str, Any]:
        """The guide as it goes into a file: the required keys always; optional keys when
        they were ``present`` in the file it came from or differ from their default.

        ``present`` is what :func:`presence` recorded of that file: its top-level keys
        (``"last_checked"``), nested keys it wrote as null or empty (``"steps[0].image"``)
        and ``"id:int"`` when the id was a JSON number. Unknown fields go out as they came."""
        present = set(present or ())
        data = self.model_dump(mode="json", exclude_none=True)
        data.update(self.model_extra or {})
        for section, keys in _NESTED_OPTIONAL.items():
            for index, item in enumerate(data.get(section) or []):
                for key in keys:
                    if item.get(key) in (None, []):
                        if f"{section}[{index}].{key}" in present:
                            item[key] = item.get(key)
                        else:
                            item.pop(key, None)
        for key in _OPTIONAL:
            value = getattr(self, key)
            default = ExchangeGuide.model_fields[key].get_default(call_default_factory=True)
            if key in present:
                data[key] = data.get(key)
            elif value == default:
                data.pop(key, None)
        for key in _REQUIRED:
            data.setdefault(key, None)
        if "id:int" in present and self.id.isdigit() and str(int(self.id)) == self.id:
            data["id"] = int(self.id)
        return data


def presence(raw_guide: dict[str, Any]) -> list[str]:
    """What :meth:`ExchangeGuide.to_json_dict` needs to write a guide back as it came: the
    known keys the file had, nested keys it wrote as null or empty, and an integer id."""
    out = sorted(k for k in raw_guide if k in ExchangeGuide.model_fields)
    for section in _NESTED_OPTIONAL:
        items = raw_guide.get(section)
        for index, item in enumerate(items if isinstance(items, list) else []):
            if isinstance(item, dict):
                out += [f"{section}[{index}].{k}" for k, v in item.items() if v is None or v == []]
    identifier = raw_guide.get("id")
    if isinstance(identifier, int) and not isinstance(identifier, bool):
        out.append("id:int")
    return out


_NESTED_OPTIONAL = {
    "steps": ("image", "fields"),
    "referral": ("phone", "email", "url", "hours", "address", "note"),
}
_REQUIRED = ("id", "title", "area", "synonyms", "guidance", "self_service_url", "steps", "referral")
_OPTIONAL = tuple(name for name in ExchangeGuide.model_fields if name not in _REQUIRED)


def _plain(model: WireModel) -> dict[str, Any]:
    """A list item for a file: no revision counter, no empty optional fields."""
    return model.model_dump(mode="json", exclude_none=True, exclude={"revision"})


class GuideFile(WireModel):
    format: Literal["vejviser.guides/1"]
    guides: list[ExchangeGuide] = Field(default_factory=list)
    areas: list[ServiceArea] = Field(default_factory=list)
    faq: list[FaqEntry] = Field(default_factory=list)
    synonyms: list[SynonymGroup] = Field(default_factory=list)

    def to_json_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"format": FORMAT, "guides": [g.to_json_dict() for g in self.guides]}
        if self.areas:
            out["areas"] = [_plain(a) for a in self.areas]
        if self.faq:
            out["faq"] = [_plain(f) for f in self.faq]
        if self.synonyms:
            out["synonyms"] = [_plain(s) for s in self.synonyms]
        return out
