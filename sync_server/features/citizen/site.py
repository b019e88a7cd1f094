"""A snapshot of one municipality's citizen web: the visible guides, their areas, the search
index and the rendered pages, rebuilt only when the municipality's content or citizen
settings change (its ``stamp``). Search reuses the desktop's engine (:mod:`desktop.search`,
pure Python): the same Danish understanding, not a second engine."""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from desktop.search import SearchIndex, doc_from_guide
from sync_server.protocol import CitizenSettings, Guide, ServiceArea, SynonymGroup

from ..guides.convert import fold

#: Staff notes in guide texts ("[Udfyldes lokalt: …]") are not for citizens.
LOCAL_MARKER = re.compile(r"\s*\[(?:Udfyldes|Tjekkes) lokalt:[^\]]*\]")


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-") or "omraade"


def citizen_text(text: str) -> str:
    return LOCAL_MARKER.sub("", text).strip()


@dataclass(frozen=True)
class Area:
    name: str
    slug: str
    description: str
    guides: tuple[Guide, ...]


@dataclass
class Site:
    municipality_id: int
    code: str
    name: str
    stamp: str
    settings: CitizenSettings
    guides: dict[str, Guide]
    areas: list[Area]
    index: SearchIndex
    updated_at: datetime | None
    _pages: OrderedDict[tuple[str, ...], bytes] = field(default_factory=OrderedDict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def area(self, area_slug: str) -> Area | None:
        return next((a for a in self.areas if a.slug == area_slug), None)

    def area_of(self, guide: Guide) -> Area | None:
        return next((a for a in self.areas if a.name == guide.area), None)

    def related(self, guide: Guide, limit: int = 5) -> list[Guide]:
        area = self.area_of(guide)
        if area is None:
            return []
        return [g for g in area.guides if g.id != guide.id][:limit]

    def search(self, query: str, limit: int = 20) -> tuple[list[Guide], bool]:
        """The visible guides matching ``query``, best first, and whether they are only weak
        matches. When some results are strong, the weak ones (a shared word such as "kort"
        in "kørekort" for "gult kort") are left out, as the desktop sets them apart."""
        hits = [
            h
            for h in self.index.search(query[:200], limit)
            if h.kind == "guide" and h.id in self.guides
        ]
        strong = [h for h in hits if not h.weak]
        chosen = strong or hits
        return [self.guides[h.id] for h in chosen], bool(hits) and not strong

    def page(self, key: tuple[str, ...], render: Callable[[], bytes]) -> bytes:
        """A rendered page, kept (at most 512 per site) until the site changes."""
        with self._lock:
            cached = self._pages.get(key)
            if cached is not None:
                self._pages.move_to_end(key)
                return cached
        body = render()
        with self._lock:
            self._pages[key] = body
            while len(self._pages) > 512:
                self._pages.popitem(last=False)
        return body


def build_site(
    *,
    municipality_id: int,
    code: str,
    name: str,
    stamp: str,
    settings: CitizenSettings,
    guides: Sequence[Guide],
    areas: Sequence[ServiceArea],
    synonyms: Sequence[SynonymGroup],
) -> Site:
    index = SearchIndex()
    index.set_synonyms(list(synonyms))
    for guide in guides:
        index.add(doc_from_guide(guide))
    known = {a.name: a for a in areas}
    order = {a.name: (a.sort_order, fold(a.name)) for a in areas}
    by_area: dict[str, list[Guide]] = {}
    for guide in guides:
        by_area.setdefault(guide.area, []).append(guide)
    area_list = [
        Area(
            name=area_name,
            slug=slug(area_name),
            description=citizen_text(known[area_name].description or "")
            if area_name in known
            else "",
            guides=tuple(sorted(items, key=lambda g: fold(g.title))),
        )
        for area_name, items in sorted(
            by_area.items(), key=lambda kv: order.get(kv[0], (10_000, fold(kv[0])))
        )
    ]
    newest = max((g.updated_at for g in guides), default=None)
    return Site(
        municipality_id=municipality_id,
        code=code,
        name=name,
        stamp=stamp,
        settings=settings,
        guides={g.id: g for g in sorted(guides, key=lambda g: fold(g.title))},
        areas=area_list,
        index=index,
        updated_at=newest,
    )


class SiteCache:
    """The current :class:`Site` of each municipality (one per server process)."""

    def __init__(self) -> None:
        self._sites: dict[int, Site] = {}
        self._lock = threading.Lock()

    def get(self, municipality_id: int, stamp: str) -> Site | None:
        site = self._sites.get(municipality_id)
        return site if site is not None and site.stamp == stamp else None

    def put(self, site: Site) -> Site:
        with self._lock:
            self._sites[site.municipality_id] = site
        return site
