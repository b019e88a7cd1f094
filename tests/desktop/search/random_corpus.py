"""A generated corpus for the tests of pruning: few words, many documents sharing them."""

from __future__ import annotations

import random

from desktop.search import SearchDoc


def random_corpus(n: int, seed: int) -> list[SearchDoc]:
    """``n`` documents of a few common words and topics (a guide, or every 7th a FAQ entry):
    many share words, so multi-word queries can be pruned."""
    rng = random.Random(seed)
    common = [
        "borgerservice",
        "mitid",
        "digital",
        "post",
        "ansøgning",
        "gebyr",
        "bestil",
        "tid",
        "kommune",
    ]
    topics = [
        "pas",
        "kørekort",
        "sundhedskort",
        "boligstøtte",
        "pension",
        "vielse",
        "affald",
        "læge",
        "skole",
    ]
    topics += [a + b for a in ("bolig", "skole", "pas") for b in ("støtte", "kort", "plads")]
    english = [
        "passport",
        "renew",
        "driving",
        "licence",
        "housing",
        "benefit",
        "doctor",
        "school",
        "card",
    ]

    def text(k: int) -> str:
        return " ".join(rng.choice(common if rng.random() < 0.6 else topics) for _ in range(k))

    return [
        SearchDoc(
            id=f"d{i}",
            kind="guide" if i % 7 else "faq",
            title=text(rng.randint(1, 3)).capitalize(),
            synonyms=tuple(text(1) for _ in range(rng.randint(0, 3))),
            guidance=tuple(text(rng.randint(5, 12)) for _ in range(rng.randint(1, 4))),
            steps=tuple(text(rng.randint(4, 10)) for _ in range(rng.randint(0, 3))),
            situations=tuple(text(rng.randint(2, 4)) for _ in range(rng.randint(0, 2))),
            english=tuple(
                " ".join(rng.sample(english, rng.randint(1, 3))) for _ in range(rng.randint(0, 2))
            ),
        )
        for i in range(n)
    ]
