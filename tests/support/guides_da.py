"""Realistic Danish test content: guides, service areas, FAQ, synonyms, and a generator of many
guides for benchmarks. Bodies are the JSON of the admin API (``GuideWrite`` and friends)."""

from __future__ import annotations

import random
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

BORGERSERVICE = {
    "name": "Borgerservice",
    "phone": "70 11 22 33",
    "hours": "Man-fre 10-15, tors 10-17",
    "note": "Book tid på kommunens hjemmeside.",
}


def guide(
    guide_id: str,
    title: str,
    area: str,
    synonyms: list[str],
    guidance: list[str],
    steps: list[tuple[str, str]],
    url: str = "https://www.borger.dk/",
    **extra: Any,
) -> dict[str, Any]:
    body: dict[str, Any] = {
        "id": guide_id,
        "title": title,
        "area": area,
        "synonyms": synonyms,
        "guidance": guidance,
        "self_service_url": url,
        "steps": [{"title": t, "text": x} for t, x in steps],
        "referral": [BORGERSERVICE],
        "status": "published",
    }
    body.update(extra)
    return body


GUIDES: list[dict[str, Any]] = [
    guide(
        "melde-flytning",
        "Melde flytning",
        "Flytning",
        ["flytte", "adresseændring", "ny adresse"],
        [
            "Meld flytning på borger.dk senest 5 dage efter, du er flyttet.",
            "Husk at melde flytning for alle i husstanden, der flytter med.",
        ],
        [
            ("Log ind", "Log ind med MitID på borger.dk."),
            ("Udfyld ny adresse", "Skriv den nye adresse og datoen for flytningen."),
            ("Vælg læge", "Vælg en ny læge, hvis du flytter langt væk."),
        ],
        url="https://www.borger.dk/bolig-og-flytning/flytning",
    ),
    guide(
        "skifte-laege",
        "Skifte læge",
        "Sundhed",
        ["lægeskift", "ny læge", "praktiserende læge"],
        ["Du kan skifte læge på borger.dk. Det koster et gebyr, medmindre du flytter."],
        [
            ("Log ind", "Log ind med MitID."),
            ("Vælg læge", "Vælg en læge med åben tilgang i nærheden af din adresse."),
        ],
        url="https://www.borger.dk/sundhed-og-sygdom/laege",
    ),
    guide(
        "sundhedskort",
        "Bestille nyt sundhedskort",
        "Sundhed",
        ["sygesikringskort", "gult kort", "mistet sundhedskort"],
        ["Et nyt sundhedskort kan bestilles på borger.dk og koster 195 kr."],
        [("Bestil kort", "Log ind med MitID og bestil et nyt sundhedskort.")],
    ),
    guide(
        "pas",
        "Ansøge om pas",
        "Pas og kørekort",
        ["nyt pas", "forny pas", "rejsepas"],
        ["Bestil tid i Borgerservice. Betal gebyret på forhånd på borger.dk."],
        [
            ("Betal gebyr", "Betal for passet på borger.dk."),
            ("Mød op", "Mød op i Borgerservice med dit gamle pas og kvittering."),
        ],
    ),
    guide(
        "koerekort",
        "Forny kørekort",
        "Pas og kørekort",
        ["kørekortfornyelse", "digitalt kørekort", "udløbet kørekort"],
        ["Kørekort til bil skal fornyes hvert 15. år. Du kan bruge det digitale kørekort."],
        [("Bestil tid", "Bestil tid i Borgerservice og medbring et nyt foto.")],
    ),
    guide(
        "nemkonto",
        "Oprette eller ændre NemKonto",
        "Økonomi",
        ["nem konto", "udbetaling", "bankkonto til det offentlige"],
        ["NemKonto er den konto, hvor du får penge fra det offentlige."],
        [("Kontakt banken", "Din bank kan oprette NemKonto for dig.")],
        url="https://www.nemkonto.dk/",
    ),
    guide(
        "boligstoette",
        "Søge boligstøtte",
        "Økonomi",
        ["boligsikring", "boligydelse", "hjælp til husleje"],
        ["Boligstøtte søges hos Udbetaling Danmark på borger.dk."],
        [
            ("Log ind", "Log ind med MitID på borger.dk."),
            ("Oplys indkomst", "Oplys husstandens samlede indkomst og huslejen."),
        ],
    ),
    guide(
        "mitid",
        "Få MitID",
        "MitID og Digital Post",
        ["nemid", "mit id", "mitid app", "kodeviser"],
        ["De fleste kan selv oprette MitID med pas eller kørekort i MitID-appen."],
        [
            ("Hent appen", "Hent MitID-appen og scan dit pas."),
            ("Kan ikke selv", "Mangler borgeren pas, kan Borgerservice hjælpe med fremmøde."),
        ],
        url="https://www.mitid.dk/",
    ),
    guide(
        "digital-post",
        "Fritagelse for Digital Post",
        "MitID og Digital Post",
        ["e-boks", "fritaget digital post", "papirpost"],
        ["Borgere uden mulighed for at bruge Digital Post kan blive fritaget."],
        [("Udfyld blanket", "Udfyld blanketten om fritagelse sammen med borgeren.")],
    ),
    guide(
        "vuggestue",
        "Skrive barn op til vuggestue",
        "Opskrivning til daginstitution",
        ["pasningsgaranti", "dagpleje", "daginstitution", "opskrivning"],
        ["Barnet kan skrives op fra fødslen. Der er pasningsgaranti fra 26 uger."],
        [("Log ind", "Log ind på kommunens pladsanvisning med MitID.")],
    ),
    guide(
        "vielse",
        "Blive gift på rådhuset",
        "Vielse",
        ["bryllup", "borgerlig vielse", "ægteskab", "prøvelsesattest"],
        ["Søg om prøvelse af ægteskab hos Familieretshuset, før I booker en vielse."],
        [("Søg prøvelse", "Ansøg om ægteskabserklæring på familieretshuset.dk.")],
    ),
    guide(
        "sygedagpenge",
        "Søge sygedagpenge",
        "Sygedagpenge",
        ["syg", "sygemelding", "dagpenge ved sygdom"],
        ["Sygedagpenge søges på virk.dk eller borger.dk inden for 8 uger."],
        [("Udfyld ansøgning", "Udfyld ansøgningen om sygedagpenge med MitID.")],
    ),
]

AREAS: list[dict[str, Any]] = [
    {"name": name, "sort_order": number, "description": f"Vejledninger om {name.lower()}."}
    for number, name in enumerate(
        [
            "Flytning",
            "Sundhed",
            "Pas og kørekort",
            "Økonomi",
            "MitID og Digital Post",
            "Opskrivning til daginstitution",
            "Vielse",
            "Sygedagpenge",
        ]
    )
]

FAQ: list[dict[str, Any]] = [
    {
        "id": "mitid-app-virker-ikke",
        "question": "MitID-appen virker ikke",
        "answer": ["Opdater appen, og genstart telefonen.", "Tjek at telefonen har internet."],
        "category": "MitID",
        "synonyms": ["app fejl", "mitid fejl"],
    },
    {
        "id": "browser-cookies",
        "question": "Siden siger, at cookies er slået fra",
        "answer": ["Slå cookies til i browserens indstillinger, og prøv igen."],
        "category": "Browser",
        "synonyms": ["cookies", "browserfejl"],
    },
]

SYNONYMS: list[tuple[str, list[str]]] = [
    ("MitID", ["NemID", "nøglekort", "kodeviser"]),
    ("sundhedskort", ["sygesikringskort", "det gule kort"]),
]


def registration(**overrides: Any) -> dict[str, Any]:
    """A valid registration as JSON (a new client UUID each call)."""
    started = datetime.now(UTC).replace(microsecond=0) - timedelta(minutes=10)
    body: dict[str, Any] = {
        "id": str(uuid.uuid4()),
        "version": 1,
        "channel": "phone",
        "location": "Borgerservice Nord",
        "started_at": started.isoformat(),
        "ended_at": (started + timedelta(minutes=6)).isoformat(),
        "active_seconds": 300,
        "guide_ids": ["melde-flytning"],
        "area": "Flytning",
        "outcome": "resolved",
    }
    body.update(overrides)
    return body


# -- many guides, for benchmarks ----------------------------------------------------------------

_TOPICS = [
    ("Flytning", "flytning", ["flytte", "ny adresse", "adresseændring"]),
    ("Sundhed", "sundhedskort", ["sygesikring", "lægevalg"]),
    ("Sundhed", "lægeskift", ["ny læge", "praktiserende læge"]),
    ("Pas og kørekort", "pas", ["rejsepas", "nødpas"]),
    ("Pas og kørekort", "kørekort", ["kørekortfornyelse", "førerbevis"]),
    ("Økonomi", "boligstøtte", ["boligsikring", "boligydelse"]),
    ("Økonomi", "NemKonto", ["udbetaling", "bankkonto"]),
    ("Økonomi", "folkepension", ["pension", "ældrecheck"]),
    ("Økonomi", "børneydelse", ["børnecheck", "børnepenge"]),
    ("MitID og Digital Post", "MitID", ["NemID", "kodeviser"]),
    ("MitID og Digital Post", "Digital Post", ["e-Boks", "papirpost"]),
    ("Familie", "navneændring", ["nyt navn", "efternavn"]),
    ("Familie", "vielse", ["bryllup", "ægteskab"]),
    ("Familie", "faderskab", ["omsorgs- og ansvarserklæring", "forældremyndighed"]),
    ("Børn", "vuggestue", ["dagpleje", "pasningsgaranti"]),
    ("Børn", "skoleindskrivning", ["skolestart", "SFO"]),
    ("Byg & Miljø", "byggetilladelse", ["byggeansøgning", "carport"]),
    ("Affald", "storskrald", ["haveaffald", "pap"]),
    ("Ældre", "hjemmehjælp", ["praktisk hjælp", "rengøring"]),
    ("Handicap", "hjælpemidler", ["kropsbårne hjælpemidler", "rollator"]),
    ("Arbejde", "sygedagpenge", ["sygemelding", "syg"]),
    ("Arbejde", "kontanthjælp", ["uddannelseshjælp", "forsørgelse"]),
    ("Skat", "forskudsopgørelse", ["skattekort", "årsopgørelse"]),
    ("Valg", "brevstemme", ["stemme hjemme", "valg"]),
    ("Dødsfald", "begravelseshjælp", ["begravelse", "bisættelse"]),
]
_ACTIONS = [
    ("Søge om {t}", "Sådan søger borgeren om {t}."),
    ("Ændre {t}", "Sådan ændres oplysninger om {t}."),
    ("Klage over afgørelse om {t}", "Klagefristen er 4 uger fra afgørelsen om {t}."),
    ("{T} for borgere i udlandet", "Borgere i udlandet skal søge om {t} digitalt."),
    ("{T} uden MitID", "Uden MitID kan borgeren få hjælp til {t} i Borgerservice."),
    ("Frister for {t}", "Fristerne for {t} står på borger.dk."),
    ("Gebyr for {t}", "Gebyret for {t} betales på forhånd."),
    ("{T} ved fuldmagt", "En pårørende kan hjælpe med {t} med digital fuldmagt."),
]
_PLACES = ["Borgerservice Nord", "Rådhuset", "Biblioteket i Vest", "Jobcentret", "Ydre By"]
_SYLLABLES = ["hvid", "nør", "sø", "bjerg", "vang", "lund", "holm", "bæk", "strup", "sted"]
_SYLLABLES += ["høj", "dal", "skov", "mose", "vig", "næs", "kær", "gård", "toft", "ager"]
_INSTITUTIONS = ["Skole", "Børnehus", "Plejecenter", "Bibliotek", "Genbrugsplads", "Sundhedshus"]


def _local_name(rng: random.Random) -> str:
    """A local place name such as "Hvidlund" or "Nørvangstrup"."""
    name = "".join(rng.choice(_SYLLABLES) for _ in range(rng.choice((2, 2, 3))))
    return name[:1].upper() + name[1:]


def many_guides(count: int, municipality: str = "101", seed: int = 7) -> list[dict[str, Any]]:
    """``count`` varied guides as ``Guide`` JSON (as the server sends them in a pull)."""
    rng = random.Random(seed)
    out: list[dict[str, Any]] = []
    updated = datetime(2026, 1, 5, 9, 0, tzinfo=UTC).isoformat()
    for number in range(count):
        area, topic, synonyms = _TOPICS[number % len(_TOPICS)]
        title_tpl, text_tpl = _ACTIONS[(number // len(_TOPICS)) % len(_ACTIONS)]
        variant = number // (len(_TOPICS) * len(_ACTIONS))
        place = _PLACES[rng.randrange(len(_PLACES))]
        title = title_tpl.format(t=topic, T=topic[:1].upper() + topic[1:])
        if variant:
            title = f"{title} ({place}, {variant})"
        text = text_tpl.format(t=topic)
        local = f"{_local_name(rng)} {rng.choice(_INSTITUTIONS)}"
        out.append(
            {
                "id": f"g{number:06d}",
                "title": title,
                "area": area,
                "synonyms": [*synonyms, f"{topic} {place.lower()}"],
                "guidance": [
                    text,
                    f"Henvis til {place}, hvis borgeren ikke kan selv.",
                    "Husk at tjekke, om borgeren har MitID og adgang til Digital Post.",
                    f"Borgere i {_local_name(rng)} kan også få hjælp på {local}.",
                ],
                "self_service_url": "https://www.borger.dk/",
                "steps": [
                    {"title": "Log ind", "text": f"Log ind med MitID for at søge om {topic}."},
                    {
                        "title": "Udfyld ansøgningen",
                        "text": f"Udfyld felterne om {topic}, og vedhæft dokumentation.",
                        "fields": [{"label": "Dato", "note": "Datoen skrives som dd-mm-åååå."}],
                    },
                    {"title": "Send", "text": "Tryk på Send, og gem kvitteringen."},
                ],
                "referral": [{**BORGERSERVICE, "name": place}],
                "status": "published",
                "municipality": municipality,
                "revision": 1 + rng.randrange(3),
                "updated_at": updated,
            }
        )
    return out


def seed_agent_content(server: Any, password: str) -> None:
    """Municipality 101's agent ``agent`` and this module's Danish content, through the
    real API of a running ``support.live_server.LiveServer``."""
    server.create_account("101", "agent", password, "agent", "Anne Agent")
    admin = server.admin_api("101")
    for area in AREAS:
        admin.put_area(**area)
    for body in GUIDES:
        admin.create_guide(body)
    for entry in FAQ:
        admin.put_faq(entry)
    for term, words in SYNONYMS:
        admin.put_synonyms(term, words)
