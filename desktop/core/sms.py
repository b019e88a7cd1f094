"""The SMS counter of the "Send til borger" dialog (GSM 03.38).

The rules live in :mod:`sync_server.protocol.sms` because the server needs the same count
(the part count in the message log and the demo outbox, the encoding sent to the gateway);
the desktop uses them from here.
"""

from __future__ import annotations

from sync_server.protocol.sms import (
    GSM_BASIC,
    GSM_EXTENSION,
    GSM_PART,
    GSM_SINGLE,
    UCS2_PART,
    UCS2_SINGLE,
    WARN_ABOVE_PARTS,
    SmsCount,
    SmsEncoding,
    count_sms,
    is_gsm,
)

__all__ = [
    "GSM_BASIC",
    "GSM_EXTENSION",
    "GSM_PART",
    "GSM_SINGLE",
    "UCS2_PART",
    "UCS2_SINGLE",
    "WARN_ABOVE_PARTS",
    "SmsCount",
    "SmsEncoding",
    "count_sms",
    "describe",
    "is_gsm",
]


def describe(count: SmsCount) -> str:
    """A short Danish status line for the counter, e.g. "142 tegn · 1 SMS · 18 tilbage"."""
    if count.parts == 0:
        return f"0 tegn · {count.remaining} tilbage"
    sms = "1 SMS" if count.parts == 1 else f"{count.parts} SMS'er"
    line = f"{count.characters} tegn · {sms} · {count.remaining} tilbage"
    if count.non_gsm:
        line += " · specialtegn gør hver SMS kortere"
    if count.warn:
        line += " · lang besked: overvej at forkorte"
    return line
