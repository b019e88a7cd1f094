"""Benchmark of the desktop search engine with 30,000 synthetic Danish guides (each with
situations in the citizen's words and English search terms).

Run: ``.venv/bin/python tests/bench/bench_search.py [--guides N] [--queries N]``

Prints build, persistence and memory figures and p50/p95 latency per query kind, and checks them
against the targets (p95 ≤ 10 ms per kind, 2-letter prefix ≤ 50 ms, load < 0.5 s,
index RSS well under the desktop's 250 MB). Not a pytest test.
"""

from __future__ import annotations

import argparse
import gc
import itertools
import os
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from desktop.search import SearchDoc, SearchIndex  # noqa: E402
from sync_server.protocol import SynonymGroup  # noqa: E402

# -- vocabulary -------------------------------------------------------------------------------

HEADS = [
    "støtte",
    "kort",
    "ansøgning",
    "tilskud",
    "gebyr",
    "fornyelse",
    "ændring",
    "tilladelse",
    "ordning",
    "afgift",
    "plads",
    "attest",
    "bevis",
    "ydelse",
    "hjælp",
    "sag",
    "skema",
    "erklæring",
    "opgørelse",
    "pension",
    "valg",
    "skift",
    "bolig",
    "konto",
    "post",
    "frist",
    "kontrakt",
    "regning",
    "aftale",
    "plan",
    "ophold",
    "pleje",
    "hjem",
    "center",
    "service",
    "tid",
    "liste",
    "fradrag",
]
FIRSTS = [
    "bolig",
    "sygesikring",
    "børne",
    "skole",
    "pas",
    "kørekort",
    "navne",
    "bygge",
    "affald",
    "hjemme",
    "familie",
    "pension",
    "skat",
    "bil",
    "hund",
    "vand",
    "vej",
    "park",
    "sundhed",
    "læge",
    "tand",
    "bus",
    "ejendom",
    "grund",
    "have",
    "energi",
    "varme",
    "el",
    "borger",
    "flytte",
    "ægteskab",
    "forældre",
    "ældre",
    "handicap",
    "job",
    "uddannelse",
    "kontanthjælp",
    "beskæftigelse",
    "sygedagpenge",
    "barsel",
    "fleks",
    "institution",
    "dagpleje",
    "vuggestue",
    "fritid",
    "klub",
    "sport",
    "kultur",
    "bibliotek",
    "rejse",
]
NOUNS = [
    "flytning",
    "sundhedskort",
    "læge",
    "pas",
    "kørekort",
    "boligstøtte",
    "folkepension",
    "daginstitution",
    "skoleindskrivning",
    "sygedagpenge",
    "byggetilladelse",
    "vielse",
    "hjælpemidler",
    "nemkonto",
    "forskudsopgørelse",
    "kontanthjælp",
    "brevstemme",
    "dødsfald",
    "faderskab",
    "storskrald",
    "hjemmehjælp",
    "navneændring",
    "ledighed",
    "begravelse",
    "fuldmagt",
    "fritagelse",
    "parkering",
    "handicap",
    "friplads",
    "tandpleje",
    "genoptræning",
    "madservice",
    "plejebolig",
    "ældrebolig",
    "visitation",
    "aktindsigt",
    "klage",
    "partshøring",
    "afgørelse",
    "bevilling",
]
VERBS = [
    "bestil",
    "søg",
    "meld",
    "forny",
    "skift",
    "ansøg",
    "betal",
    "vælg",
    "udfyld",
    "book",
    "tjek",
    "ret",
    "opret",
    "afmeld",
    "tilmeld",
    "ændre",
    "indsend",
    "vedhæft",
    "godkend",
    "underskriv",
    "kontakt",
    "ring",
    "hent",
    "print",
    "gem",
]
COMMON = [
    "borgerservice",
    "borger.dk",
    "kommunen",
    "mitid",
    "digital",
    "post",
    "selvbetjening",
    "løsningen",
    "ansøgningen",
    "afgørelsen",
    "gebyret",
    "prisen",
    "reglerne",
    "fristen",
    "dage",
    "uger",
    "måneder",
    "år",
    "barnet",
    "børn",
    "voksne",
    "unge",
    "ægtefælle",
    "husstand",
    "adresse",
    "telefon",
    "legitimation",
    "dokumentation",
    "oplysninger",
    "formue",
    "indkomst",
    "skema",
    "blanket",
    "kvittering",
    "brev",
    "besked",
    "papir",
    "pdf",
    "online",
    "hjemmeside",
    "åbningstid",
    "tidsbestilling",
    "automatisk",
    "gratis",
    "digitalt",
    "personligt",
    "senest",
    "tidligst",
    "først",
    "derefter",
    "samtidig",
    "altid",
    "aldrig",
    "normalt",
    "typisk",
    "ofte",
    "kun",
    "også",
    "eller",
    "uden",
    "efter",
    "inden",
    "mellem",
    "over",
    "under",
    "ny",
    "nyt",
    "nye",
    "gamle",
]
SYLLABLES = [
    "hvid",
    "nør",
    "sø",
    "bjerg",
    "vang",
    "lund",
    "holm",
    "bæk",
    "by",
    "strup",
    "rup",
    "sted",
    "løse",
    "høj",
    "dal",
    "skov",
    "mose",
    "vig",
    "næs",
    "kær",
    "gård",
    "toft",
    "hus",
    "ved",
    "ager",
    "bro",
    "lev",
    "rød",
    "sønder",
    "vester",
    "øster",
    "kirke",
    "ho",
    "sk",
    "rib",
    "ås",
]
INFLECT = ("en", "et", "er", "erne", "ens", "e")
#: English words for the guides' English search terms and the English queries.
_ENGLISH_TEXT = """
apply renew lost new card passport benefit allowance child children housing rent tax
refund doctor change address moving pension elderly help home care waste bulky permit building
school daycare marriage name death funeral vote postal mail digital access exemption parking
disabled sick pay job unemployed welfare bank account driving licence foreign health insurance
european registration number personal residence family stolen phone blocked forgot code
kindergarten nursery childcare enrolment class teacher grant subsidy support assistance
application form office appointment fee payment refund statement return income salary work
employer employee leave illness hospital treatment dentist glasses hearing medicine
prescription wheelchair walker aid aids device shoes wig prosthesis stoma diabetes
incontinence cleaning meals shopping bath nurse visit elderly senior retirement age widow
husband wife partner baby newborn birth paternity custody divorce separation wedding
ceremony citizen citizenship visa student exchange travel holiday abroad europe emergency
police fine ticket bin garbage rubbish recycling furniture garden extension shed garage
roof window house flat apartment landlord tenant deposit contract electricity heating water
internet computer tablet app login password user blocked scam fraud letter reply"""
ENGLISH = _ENGLISH_TEXT.split()
#: Danish words of citizens' situations ("min mor er død", "har mistet mit job"), mixed with
#: the guides' own words into situations and queries.
_SITUATION_TEXT = """
min mor far mand kone søn datter barn baby død døde syg gift giftes skilt
flytter flyttet flytte mistet job arbejde arbejder penge husleje råd hjælp hjemme selv
computer telefon mobil brev breve post ferie rejse udlandet ny nyt gammel gamle kan ikke skal
vil har fået født gravid kæreste forældre bedstemor familie lejlighed hus bolig bil cykel
skole børnehave vuggestue læge hospital sygehus operation ben ryg hofte gå gangbesvær
kørestol briller tænder tandlæge medicin pension pensionist alder fylder år studerende
uddannelse ledig fyret opsagt løn skat regning gæld bank konto kort pas papir papirer
internet skærm kode app glemt spærret stjålet væk tabt ødelagt udløbet fornyet valg stemme
affald skrald sofa møbler have træ grene carport garage skur tilbygning tag vindue dør
sprog dansk engelsk læse skrive syn høre dement svag ensom rengøring bad mad indkøb tøj
samlever ugift forlovet bryllup navn efternavn fornavn begravelse bedemand arv dødsbo"""
SITUATION_WORDS = _SITUATION_TEXT.split()

SYNONYM_GROUPS = [
    SynonymGroup(term="MitID", words=["NemID", "nøglekort", "nem-id"]),
    SynonymGroup(term="digital post", words=["e-Boks", "eboks", "digital postkasse"]),
    SynonymGroup(term="sundhedskort", words=["gult kort", "det gule kort", "sygesikringsbevis"]),
    SynonymGroup(term="boligstøtte", words=["boligsikring", "huslejetilskud"]),
    SynonymGroup(term="folkepension", words=["alderspension", "pension"]),
    SynonymGroup(term="kontanthjælp", words=["bistandshjælp", "socialhjælp"]),
    SynonymGroup(term="vielse", words=["bryllup", "giftermål"]),
    SynonymGroup(term="storskrald", words=["skrald", "stort affald"]),
    SynonymGroup(term="læge", words=["doktor", "lægehus"]),
    SynonymGroup(term="handicap", words=["invalide", "funktionsnedsættelse"]),
]


def compounds(rng: random.Random) -> list[str]:
    out = []
    for first in FIRSTS:
        for head in rng.sample(HEADS, 12):
            link = "s" if first.endswith(("ing", "hed", "skab", "tion")) else ""
            out.append(first + link + head)
    return out


def place_names(rng: random.Random, n: int) -> list[str]:
    names: set[str] = set()
    while len(names) < n:
        names.add("".join(rng.sample(SYLLABLES, rng.choice((2, 2, 3)))).capitalize())
    return sorted(names)


def make_docs(n: int, seed: int = 7) -> list[SearchDoc]:
    rng = random.Random(seed)
    comps = compounds(rng)
    places = place_names(rng, 6000)
    topics = NOUNS + comps + HEADS + FIRSTS

    def word() -> str:
        r = rng.random()
        if r < 0.45:
            return rng.choice(COMMON)
        if r < 0.7:
            w = rng.choice(topics)
            return w + rng.choice(INFLECT) if rng.random() < 0.25 else w
        if r < 0.85:
            return rng.choice(VERBS)
        return rng.choice(places)

    def sentence(k: int) -> str:
        return " ".join(word() for _ in range(k)).capitalize() + "."

    def situation() -> str:
        words = [rng.choice(SITUATION_WORDS) for _ in range(rng.randint(2, 4))]
        words += [word() for _ in range(rng.randint(1, 3))]
        rng.shuffle(words)
        return " ".join(words)

    def english() -> str:
        return " ".join(rng.sample(ENGLISH, rng.randint(1, 3)))

    docs = []
    for i in range(n):
        topic = rng.choice(topics)
        r = rng.random()
        if r < 0.4:
            title = f"{rng.choice(VERBS).capitalize()} {topic}"
        elif r < 0.7:
            title = f"{topic.capitalize()} til {rng.choice(['børn', 'voksne', 'ældre', 'unge'])}"
        else:
            title = f"{topic.capitalize()} i {rng.choice(places)}"
        docs.append(
            SearchDoc(
                id=f"g{i}",
                kind="guide" if i % 10 else "faq",
                title=title,
                synonyms=tuple(rng.choice(topics) for _ in range(rng.randint(3, 8))),
                guidance=tuple(sentence(rng.randint(8, 16)) for _ in range(rng.randint(4, 8))),
                steps=tuple(sentence(rng.randint(6, 14)) for _ in range(rng.randint(3, 6))),
                area=rng.choice(["Flytning", "Sundhed", "Familie", "Bolig", "Job", "Ældre"]),
                situations=tuple(situation() for _ in range(rng.randint(3, 8))),
                english=tuple(english() for _ in range(rng.randint(3, 8))),
            )
        )
    return docs


# -- queries ----------------------------------------------------------------------------------


def typo(rng: random.Random, w: str) -> str:
    i = rng.randrange(1, len(w) - 1)
    op = rng.choice(("swap", "drop", "sub"))
    if op == "swap":
        return w[:i] + w[i + 1] + w[i] + w[i + 2 :]
    if op == "drop":
        return w[:i] + w[i + 1 :]
    return w[:i] + rng.choice("aeioulnrst") + w[i + 1 :]


def make_queries(docs: list[SearchDoc], n: int, seed: int = 11) -> dict[str, list[str]]:
    rng = random.Random(seed)
    titles = [d.title.split()[0 if d.title[0].isupper() else 1].lower() for d in docs]
    words = [w.lower() for d in docs for w in d.title.split() if len(w) >= 5]
    long_words = [w for w in words if len(w) >= 8]
    comps = compounds(random.Random(7))
    lay = [w for g in SYNONYM_GROUPS for w in g.words]
    q: dict[str, list[str]] = {
        "exact": [rng.choice(words) for _ in range(n)],
        "prefix": [(w := rng.choice(words))[: rng.randint(3, min(6, len(w)))] for _ in range(n)],
        "stem": [rng.choice(words) + rng.choice(INFLECT) for _ in range(n)],
        "compound": [rng.choice(FIRSTS) + rng.choice(HEADS) + "en" for _ in range(n)],
        "fuzzy": [typo(rng, rng.choice(long_words)) for _ in range(n)],
        "synonym": [rng.choice(lay) for _ in range(n)],
        "multiword": [
            f"{rng.choice(VERBS)} {rng.choice(comps)} {rng.choice(COMMON)}" for _ in range(n)
        ],
        "situation": [
            " ".join(
                rng.sample(("jeg", "vi", "min", "har", "er", "skal", "kan ikke", "vil"), 2)
                + [rng.choice(SITUATION_WORDS) for _ in range(rng.randint(2, 4))]
                + ([rng.choice(NOUNS + comps)] if rng.random() < 0.5 else [])
            )
            for _ in range(n)
        ],
        "english": [
            rng.choice(("how do i ", "i need ", "my ", ""))
            + " ".join(rng.sample(ENGLISH, rng.randint(1, 4)))
            for _ in range(n)
        ],
        "2-letter prefix": [rng.choice(titles)[:2] for _ in range(n)],
        "1-letter prefix": [rng.choice(titles)[:1] for _ in range(n)],
    }
    return q


# -- measuring --------------------------------------------------------------------------------


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed(fn: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def calibration_ms() -> float:
    """CPU time of a fixed piece of Python work (building a 1M-entry dict), to compare runs on
    different machines or under different load."""
    start = time.thread_time()
    d: dict[int, float] = {}
    d.update(zip(range(1_000_000), itertools.repeat(1.0)))
    return (time.thread_time() - start) * 1000


def load_child(path: str) -> None:
    """Child process: load a persisted index, report load time and RSS."""
    before = rss_mb()
    seconds, index = timed(lambda: SearchIndex.loads(Path(path).read_bytes()))
    gc.collect()
    assert isinstance(index, SearchIndex)
    t_first, _ = timed(lambda: index.search("sundhedskort"))
    print(f"{seconds:.4f} {rss_mb() - before:.1f} {rss_mb():.1f} {t_first * 1000:.2f}")


@dataclass
class Row:
    kind: str
    p50: float
    p95: float
    worst: float
    best_p50: float
    best_p95: float
    cpu_p95: float
    hit_rate: float


def measure(index: SearchIndex, kind: str, queries: list[str], repeat: int) -> Row:
    """Latency of each query: the first run, and the best of ``repeat`` runs (runs of all
    queries one after the other, so each repeat is as warm as the typing of a session)."""
    for q in queries[:20]:  # warm the vocabulary caches the way typing does
        index.search(q)
    first: list[float] = []
    best = [float("inf")] * len(queries)
    cpu = [float("inf")] * len(queries)
    hits = 0
    for run in range(repeat):
        for i, q in enumerate(queries):
            c0 = time.thread_time()
            t, res = timed(lambda q=q: index.search(q))
            cpu[i] = min(cpu[i], (time.thread_time() - c0) * 1000)
            best[i] = min(best[i], t * 1000)
            if run == 0:
                first.append(t * 1000)
                hits += bool(res)
    return Row(
        kind,
        statistics.median(first),
        percentile(first, 95),
        max(first),
        statistics.median(best),
        percentile(best, 95),
        percentile(cpu, 95),
        hits / len(queries),
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--guides", type=int, default=30_000)
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=3, help="runs per query (best is kept)")
    parser.add_argument("--load-child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.load_child:
        load_child(args.load_child)
        return

    rss0 = rss_mb()
    docs = make_docs(args.guides)
    queries = make_queries(docs, args.queries)
    rss_docs = rss_mb()
    index = SearchIndex()
    build_s, _ = timed(lambda: [index.add(d) for d in docs])
    index.set_synonyms(SYNONYM_GROUPS)
    final_s, _ = timed(lambda: index.search("flytning"))
    docs.clear()
    gc.collect()
    rss_built = rss_mb()
    dump_s, data = timed(index.dumps)
    assert isinstance(data, bytes)
    path = Path("/tmp") / f"vejviser-bench-index-{args.guides}.bin"
    path.write_bytes(data)
    out = subprocess.run(
        [sys.executable, __file__, "--load-child", str(path)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    load_s, load_rss, load_total, first_ms = (float(x) for x in out)
    path.unlink()

    rows = [measure(index, kind, qs, args.repeat) for kind, qs in queries.items()]

    print(f"\nVejviser search benchmark: {args.guides:,} guides, {args.queries} queries per kind\n")
    print(f"{'figure':34} {'value':>12}   target")
    print(f"{'build (add all documents)':34} {build_s:>10.2f} s")
    print(f"{'finalise (first search)':34} {final_s * 1000:>10.1f} ms")
    print(f"{'dumps':34} {dump_s:>10.3f} s")
    print(f"{'persisted size':34} {len(data) / 1e6:>10.1f} MB")
    print(f"{'loads (fresh process)':34} {load_s:>10.3f} s   < 0.5 s")
    print(f"{'first search after load':34} {first_ms:>10.2f} ms")
    print(f"{'RSS of loaded index':34} {load_rss:>10.1f} MB")
    print(f"{'RSS of process after load':34} {load_total:>10.1f} MB")
    print(f"{'RSS growth while building':34} {rss_built - rss_docs:>10.1f} MB")
    print(f"{'RSS of generated documents':34} {rss_docs - rss0:>10.1f} MB")
    print(f"{'documents / vocabulary':34} {len(index):>7,} / {len(index._vocab):,}")
    print()
    load = Path("/proc/loadavg").read_text().split()[0] if Path("/proc/loadavg").exists() else "?"
    print(
        f"Latency per query kind: first run of each query (wall clock), and the best of "
        f"{args.repeat} runs\n(wall clock and CPU time of the search thread) to see past other "
        f"processes on a busy machine.\nLoad average {load}, {os.cpu_count()} CPUs, "
        f"calibration {calibration_ms():.0f} ms.\n"
    )
    print(
        f"{'query kind':16} {'p50':>7} {'p95':>7} {'max':>7} │ {'best p50':>8} {'best p95':>8} "
        f"{'CPU p95':>8} │ {'hits':>5}  target (best p95)"
    )
    ok = load_s < 0.5
    for row in rows:
        target = 50.0 if "letter" in row.kind else 10.0
        met = row.best_p95 <= target
        ok &= met
        print(
            f"{row.kind:16} {row.p50:>7.2f} {row.p95:>7.2f} {row.worst:>7.2f} │ "
            f"{row.best_p50:>8.2f} {row.best_p95:>8.2f} {row.cpu_p95:>8.2f} │ "
            f"{row.hit_rate:>5.0%}  ≤ {target:.0f} ms {'ok' if met else 'MISSED'}"
        )
    print("\nall targets met" if ok else "\nSOME TARGETS MISSED")


if __name__ == "__main__":
    main()
