"""Taking an origin's update into a copy: a three-way merge per field and per list item.

``base`` is the origin's version the copy was made from, ``origin`` its newest, ``local``
the copy now. Taking everything takes what the origin changed where the copy did not change
the same thing; where both changed it, the local version stays (local edits are never
lost). Named parts are taken from the origin as they are.
"""

from __future__ import annotations

from typing import Any

from ...protocol import GuideContent

#: Single values and whole lists taken as one.
SCALARS = ("title", "area", "self_service_url", "kle")
TERM_LISTS = ("synonyms", "situations", "search_terms_en")
ITEM_LISTS = ("guidance", "steps", "referral")


def _three_way(base: Any, origin: Any, local: Any) -> Any:
    if origin == base:
        return local
    if local == base:
        return origin
    return local  # both changed it: the local version stays


def _merge_items(base: list[Any], origin: list[Any], local: list[Any]) -> list[Any]:
    """Item by item where the three lists line up; else the whole list three-way."""
    if len(base) == len(origin) == len(local):
        return [_three_way(b, o, lo) for b, o, lo in zip(base, origin, local, strict=True)]
    if local == base:
        return list(origin)
    if origin == base:
        return list(local)
    if len(base) == len(local):  # the origin added or removed items; local edited some
        changed = {i for i, (b, lo) in enumerate(zip(base, local, strict=True)) if b != lo}
        out = list(origin)
        for i in changed:
            if i < len(out) and out[i] == base[i]:
                out[i] = local[i]
            elif i >= len(out) or out[i] != local[i]:
                out.append(local[i])
        return out
    return list(local)


def _merge_terms(base: list[str], origin: list[str], local: list[str]) -> list[str]:
    added = [t for t in origin if t not in base]
    removed = {t for t in base if t not in origin}
    out = [t for t in local if t not in removed or t not in base]
    out += [t for t in added if t not in out]
    return out


def take(
    base: GuideContent, origin: GuideContent, local: GuideContent, parts: list[str] | None
) -> GuideContent:
    b = base.model_dump(mode="json")
    o = origin.model_dump(mode="json")
    lo = local.model_dump(mode="json")
    out = dict(lo)
    if parts is None:
        for name in SCALARS:
            out[name] = _three_way(b[name], o[name], lo[name])
        for name in TERM_LISTS:
            out[name] = _merge_terms(b[name], o[name], lo[name])
        for name in ITEM_LISTS:
            out[name] = _merge_items(b[name], o[name], lo[name])
        return GuideContent.model_validate(out)
    for part in parts:
        name, _, index = part.partition("/")
        if not index:
            out[name] = o[name]
            continue
        i = int(index)
        if i >= len(o[name]):
            continue  # the origin has no such item (any more)
        items = list(out[name])
        if i < len(items):
            items[i] = o[name][i]
        else:
            items.append(o[name][i])
        out[name] = items
    return GuideContent.model_validate(out)
