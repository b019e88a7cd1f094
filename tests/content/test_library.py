"""Content test for the starter library in resources/content.

Every file must be a complete ``vejviser.guides/1`` object that the server can import, the
library must cover the 28 services of the fact sheet, and every phone number, fee and URL must
be traceable to the fact sheet (the only source of facts).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import pytest

from sync_server.protocol import GuideFile, find_cpr, normalise_phone

ROOT = Path(__file__).resolve().parents[2]
CONTENT_DIR = ROOT / "resources" / "content"
FACT_SHEET = ROOT.parent / "shared" / "content" / "service-facts.md"

#: Fact-sheet section -> (guide id, key word that must occur in the guide's title or synonyms).
EXPECTED_SERVICES: dict[int, tuple[str, str]] = {
    1: ("melde-flytning", "flytning"),
    2: ("bestil-sundhedskort", "sundhedskort"),
    3: ("blaat-eu-sygesikringskort", "blå"),
    4: ("faa-mitid", "MitID"),
    5: ("digital-post", "Digital Post"),
    6: ("pas-voksne", "pas"),
    7: ("forny-koerekort", "kørekort"),
    8: ("navneaendring", "navneændring"),
    9: ("boligstoette", "boligstøtte"),
    10: ("folkepension", "folkepension"),
    11: ("boerne-og-ungeydelse", "børne- og ungeydelse"),
    12: ("opskrivning-dagtilbud", "vuggestue"),
    13: ("skoleindskrivning-sfo", "skoleindskrivning"),
    14: ("sygedagpenge", "sygedagpenge"),
    15: ("byggetilladelse", "byggetilladelse"),
    16: ("aegteskab-proevelse", "vielse"),
    17: ("kropsbaarne-hjaelpemidler", "kropsbårne hjælpemidler"),
    18: ("nemkonto", "NemKonto"),
    19: ("forskudsopgoerelse", "forskudsopgørelse"),
    20: ("tilmelding-ledig", "ledig"),
    21: ("kontanthjaelp", "kontanthjælp"),
    22: ("brevstemme", "brevstemme"),
    23: ("doedsfald-begravelse", "begravelse"),
    24: ("omsorgs-og-ansvarserklaering", "omsorgs- og ansvarserklæring"),
    25: ("cpr-nummer-udlaendinge", "CPR-nummer"),
    26: ("handicapparkeringskort", "handicapparkeringskort"),
    27: ("storskrald-affald", "storskrald"),
    28: ("hjemmehjaelp", "hjemmehjælp"),
}

#: The authority each starter area states (a shared hotline's registrations), from the
#: fact sheet's "Authority" lines of the area's services. An area whose services concern
#: several authorities (Pension og ældre: folkepension UDK, helbredstillæg and hjemmehjælp
#: the kommune; Bolig og byggeri: boligstøtte UDK, byggetilladelse the kommune; Familie og
#: børn, Navn og ægteskab, Dødsfald, Handicap, Udlændinge) states none: the desktop then
#: guesses from the name, and the agent chooses.
AREA_AUTHORITIES: dict[str, str] = {
    "Flytning og adresse": "kommune",
    "Sundhed og sygesikring": "kommune",
    "MitID og Digital Post": "digitaliseringsstyrelsen",
    "Pas og kørekort": "kommune",
    "Dagtilbud og skole": "kommune",
    "Arbejde og ydelser": "kommune",
    "Skat og økonomi": "skattestyrelsen",
    "Valg": "kommune",
    "Affald og genbrug": "kommune",
}

#: (term, lay word) pairs the municipality-wide synonym list must contain.
REQUIRED_SYNONYMS = [
    ("MitID", "NemID"),
    ("Digital Post", "e-Boks"),
    ("sundhedskort", "gult kort"),
]

URL_RE = re.compile(r"https?://[^\s»«\"')\]]+")
# Danish phone numbers: eight digits, optionally +45 and grouped as 2+2+2+2 or 4+4.
PHONE_RE = re.compile(r"(?<![\d.,/=])(?:\+45 ?)?\d{2} ?\d{2} ?\d{2} ?\d{2}(?![\d]|[.,]\d)")
KR_RE = re.compile(r"(?<![\d.,])(\d{1,3}(?:\.\d{3})+|\d+)(,\d+)?\s*kr\b")
PLACEHOLDER_RE = re.compile(r"\[([^\]]*)\]")
PLACEHOLDER_PREFIXES = ("Udfyldes lokalt:", "Tjekkes lokalt:")


# --- loading ---------------------------------------------------------------------------------


def _content_files() -> list[Path]:
    return sorted(CONTENT_DIR.glob("*.json"))


@pytest.fixture(scope="module")
def raw_files() -> dict[str, Any]:
    files = _content_files()
    assert files, f"no content files in {CONTENT_DIR}"
    return {path.name: json.loads(path.read_text(encoding="utf-8")) for path in files}


@pytest.fixture(scope="module")
def parsed(raw_files: dict[str, Any]) -> dict[str, GuideFile]:
    return {name: GuideFile.model_validate(raw) for name, raw in raw_files.items()}


@pytest.fixture(scope="module")
def guides(parsed: dict[str, GuideFile]) -> list[Any]:
    return [guide for f in parsed.values() for guide in f.guides]


@pytest.fixture(scope="module")
def faq(parsed: dict[str, GuideFile]) -> list[Any]:
    return [entry for f in parsed.values() for entry in f.faq]


@pytest.fixture(scope="module")
def areas(parsed: dict[str, GuideFile]) -> list[Any]:
    return [area for f in parsed.values() for area in f.areas]


@pytest.fixture(scope="module")
def synonym_groups(parsed: dict[str, GuideFile]) -> list[Any]:
    return [group for f in parsed.values() for group in f.synonyms]


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


@pytest.fixture(scope="module")
def all_strings(raw_files: dict[str, Any]) -> list[str]:
    return [text for raw in raw_files.values() for text in _strings(raw)]


@pytest.fixture(scope="module")
def fact_sheet() -> str:
    if not FACT_SHEET.is_file():
        pytest.skip(f"fact sheet not found at {FACT_SHEET}; source check needs the shared docs")
    return FACT_SHEET.read_text(encoding="utf-8")


def _urls(raw_files: dict[str, Any]) -> list[str]:
    urls: list[str] = []
    for raw in raw_files.values():
        for text in _strings(raw):
            urls.extend(match.rstrip(".,;:") for match in URL_RE.findall(text))
    return urls


# --- structure -------------------------------------------------------------------------------


def test_every_file_is_a_complete_exchange_file(raw_files: dict[str, Any]) -> None:
    for name, raw in raw_files.items():
        assert isinstance(raw, dict), name
        assert raw.get("format") == "vejviser.guides/1", name
        assert "guides" in raw, name
        GuideFile.model_validate(raw)


def test_files_are_utf8_with_real_danish_letters() -> None:
    for path in _content_files():
        text = path.read_text(encoding="utf-8")
        assert "\\u00e6" not in text and "\\u00f8" not in text and "\\u00e5" not in text, (
            f"{path.name}: write æøå as real letters (ensure_ascii=False)"
        )


def test_counts(
    guides: list[Any], faq: list[Any], areas: list[Any], synonym_groups: list[Any]
) -> None:
    assert len(guides) >= 28
    assert len(faq) >= 15
    assert len(areas) >= 10
    assert len(synonym_groups) >= 30


def test_every_guide_is_complete(guides: list[Any]) -> None:
    for guide in guides:
        where = f"guide {guide.id}"
        assert guide.title.strip(), where
        assert 4 <= len(guide.guidance) <= 9, f"{where}: 4–9 guidance bullets"
        assert all(b.strip() for b in guide.guidance), where
        assert 3 <= len(guide.steps) <= 8, f"{where}: 3–8 steps"
        assert all(s.title.strip() and s.text.strip() for s in guide.steps), where
        assert guide.referral, f"{where}: needs a referral"
        assert all(r.name.strip() for r in guide.referral), where
        assert len(guide.synonyms) >= 3, f"{where}: at least 3 synonyms"
        assert guide.sources, f"{where}: needs sources"
        assert guide.last_checked is not None, f"{where}: needs last_checked"
        assert guide.status.value == "published", where


def test_every_faq_entry_is_complete(faq: list[Any]) -> None:
    for entry in faq:
        assert entry.question.strip(), entry.id
        assert entry.answer and all(a.strip() for a in entry.answer), entry.id
        assert entry.category, entry.id
        assert entry.synonyms, entry.id
        assert entry.sources, entry.id
        assert entry.last_checked is not None, entry.id


def test_guide_areas_are_in_the_area_list(guides: list[Any], areas: list[Any]) -> None:
    names = {area.name for area in areas}
    assert len(names) == len(areas), "area names must be unique"
    for guide in guides:
        assert guide.area in names, f"guide {guide.id}: unknown area {guide.area!r}"


def test_areas_state_their_authority_where_it_is_clear(areas: list[Any]) -> None:
    stated = {area.name: area.authority.value for area in areas if area.authority is not None}
    assert stated == AREA_AUTHORITIES
    assert len(areas) > len(stated)  # the mixed ones state none


def test_areas_file_sorts_first() -> None:
    # The server imports files in sorted order; areas must exist (with their descriptions)
    # before guides refer to them.
    names = [path.name for path in _content_files()]
    assert names[0] == "areas.json"


def test_ids_are_unique(guides: list[Any], faq: list[Any], synonym_groups: list[Any]) -> None:
    guide_ids = [guide.id for guide in guides]
    assert len(guide_ids) == len(set(guide_ids)), "duplicate guide ids"
    faq_ids = [entry.id for entry in faq]
    assert len(faq_ids) == len(set(faq_ids)), "duplicate FAQ ids"
    terms = [group.term.casefold() for group in synonym_groups]
    assert len(terms) == len(set(terms)), "duplicate synonym terms"


# --- privacy and links -----------------------------------------------------------------------


def test_no_cpr_like_numbers(all_strings: list[str]) -> None:
    for text in all_strings:
        assert find_cpr(text) is None, f"CPR-like number in: {text!r}"


def test_urls_are_https_and_well_formed(
    parsed: dict[str, GuideFile], raw_files: dict[str, Any]
) -> None:
    urls = _urls(raw_files)
    for f in parsed.values():
        for guide in f.guides:
            if guide.self_service_url:
                urls.append(guide.self_service_url)
            urls.extend(r.url for r in guide.referral if r.url)
        urls.extend(e.self_service_url for e in f.faq if e.self_service_url)
    assert urls
    for url in urls:
        assert url.startswith("https://"), url
        parts = urlparse(url)
        assert parts.scheme == "https" and "." in parts.netloc, url
        assert " " not in url, url


def test_referral_phone_numbers_parse(guides: list[Any]) -> None:
    for guide in guides:
        for referral in guide.referral:
            if referral.phone:
                normalise_phone(referral.phone)


# --- sourcing --------------------------------------------------------------------------------


def test_urls_occur_in_the_fact_sheet(fact_sheet: str, raw_files: dict[str, Any]) -> None:
    for url in set(_urls(raw_files)):
        rest = re.sub(r"^https://(www\.)?", "", url).rstrip("/")
        assert rest in fact_sheet, f"URL not in the fact sheet: {url}"


def test_phone_numbers_occur_in_the_fact_sheet(fact_sheet: str, all_strings: list[str]) -> None:
    known = {re.sub(r"\D", "", m)[-8:] for m in PHONE_RE.findall(fact_sheet)}
    found = [m for text in all_strings for m in PHONE_RE.findall(text)]
    assert found, "expected some phone numbers in the library"
    for number in found:
        assert re.sub(r"\D", "", number)[-8:] in known, f"phone not in the fact sheet: {number}"


def test_kr_amounts_occur_in_the_fact_sheet(fact_sheet: str, all_strings: list[str]) -> None:
    found = {whole + (dec or "") for text in all_strings for whole, dec in KR_RE.findall(text)}
    assert found, "expected some fees in the library"
    for amount in found:
        pattern = r"(?<![\d.,])" + re.escape(amount) + r"(?![\d]|[.,]\d)"
        assert re.search(pattern, fact_sheet), f"amount not in the fact sheet: {amount} kr"


def test_placeholders_use_the_agreed_markers(all_strings: list[str]) -> None:
    for text in all_strings:
        assert "unconfirmed" not in text.casefold(), text
        for inner in PLACEHOLDER_RE.findall(text):
            assert inner.startswith(PLACEHOLDER_PREFIXES), f"unknown placeholder [{inner}]"


# --- coverage --------------------------------------------------------------------------------


def test_required_synonyms(synonym_groups: list[Any]) -> None:
    by_term = {g.term.casefold(): {w.casefold() for w in g.words} for g in synonym_groups}
    for term, word in REQUIRED_SYNONYMS:
        assert term.casefold() in by_term, f"no synonym group for {term}"
        assert word.casefold() in by_term[term.casefold()], f"{word} → {term} missing"


def test_all_fact_sheet_services_are_covered(guides: list[Any]) -> None:
    assert len(EXPECTED_SERVICES) == 28
    by_id = {guide.id: guide for guide in guides}
    for section, (guide_id, keyword) in EXPECTED_SERVICES.items():
        assert guide_id in by_id, f"section {section}: guide {guide_id} missing"
        guide = by_id[guide_id]
        haystack = " ".join([guide.title, *guide.synonyms]).casefold()
        assert keyword.casefold() in haystack, f"section {section}: {keyword!r} not in {guide_id}"
