"""The exchange format ``vejviser.guides/1``: guides travelling between systems.

``{"format": "vejviser.guides/1", "guides": [...]}`` with optional ``areas``, ``faq`` and
``synonyms`` lists. Unknown fields of a guide are allowed and kept on a round trip.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import ConfigDict, Field, field_validator

from .common import GuideId
from .content import FaqEntry, GuideContent, GuideStatus, Provenance, ServiceArea, SynonymGroup
from .common import WireModel

FORMAT = "vejviser.guides/1"


class ExchangeGuide(GuideContent):
    """A guide in a file. Optional metadata defaults to *published* (a file of guides is
    content meant for use); unknown fields are kept in ``model_extra``."""

    model_config = ConfigDict(extra="allow")

    id: GuideId
    status: GuideStatus = GuideStatus.PUBLISHED
    copied_from: Provenance | None = None

    @field_validator("id", mode="before")
    @classmethod
    def _int_ids(cls, value: Any) -> Any:
        return str(value) if isinstance(value, int) and not isinstance(value, bool) else value

    def to_json_dict(self) -> dict[str, Any]:
        """The guide as it goes into a file: required keys always, optional ones when set."""
        data = self.model_dump(mode="json", exclude_none=True)
        for key in ("id", "title", "area", "synonyms", "guidance", "steps", "referral"):
            data.setdefault(key, getattr(self, key))
        data["self_service_url"] = self.self_service_url
        for key, default in (("status", "published"), ("published_to_citizens", False),
                             ("sources", [])):
            if data.get(key) == default:
                del data[key]
        for step in data["steps"]:
            if not step.get("fields"):
                step.pop("fields", None)
        return data


class GuideFile(WireModel):
    format: Literal["vejviser.guides/1"]
    guides: list[ExchangeGuide] = Field(default_factory=list)
    areas: list[ServiceArea] = Field(default_factory=list)
    faq: list[FaqEntry] = Field(default_factory=list)
    synonyms: list[SynonymGroup] = Field(default_factory=list)

    def to_json_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"format": FORMAT, "guides": [g.to_json_dict() for g in self.guides]}
        if self.areas:
            out["areas"] = [a.model_dump(mode="json", exclude_none=True) for a in self.areas]
        if self.faq:
            out["faq"] = [f.model_dump(mode="json", exclude_none=True) for f in self.faq]
        if self.synonyms:
            out["synonyms"] = [s.model_dump(mode="json") for s in self.synonyms]
        return out
