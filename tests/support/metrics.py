"""Reading a ``/metrics`` answer with prometheus-client's own parser (which also proves the
answer is the Prometheus text format)."""

from __future__ import annotations

from prometheus_client.parser import text_string_to_metric_families

Samples = dict[tuple[str, tuple[tuple[str, str], ...]], float]


def samples(text: str) -> Samples:
    """Every sample by name and labels."""
    out = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            out[(sample.name, tuple(sorted(sample.labels.items())))] = sample.value
    return out


def value(found: Samples, name: str, **labels: str) -> float:
    """One sample's value; 0 when it was never counted."""
    return found.get((name, tuple(sorted(labels.items()))), 0.0)
