"""SMS length by GSM 03.38: which encoding a text needs, how many parts, what is left.

Shared by the desktop (the live counter while typing) and the server (the part count in
the message log and the demo outbox, the encoding sent to the SMS gateway).

Rules (3GPP TS 23.038 and TS 23.040):

- **GSM 7-bit default alphabet.** Every character of the basic table counts one septet —
  including æ ø å Æ Ø Å, é, ü and the rest of the table. The extension table
  (``€ [ ] { } ~ | ^ \\`` and form feed) is reached through an escape septet, so each of those
  counts two. A single SMS holds 160 septets; a concatenated SMS spends 7 septets of every
  part on the header (UDH) and holds 153 per part.
- **UCS-2.** One character outside both tables switches the whole message to UCS-2: 70
  characters in a single SMS, 67 per part when concatenated. Lengths are UTF-16 code units,
  so an emoji or another character outside the Basic Multilingual Plane counts two.
- **No split escapes or surrogates.** In a concatenated SMS an extension character (escape +
  character) and a surrogate pair are never split over two parts: when only one unit is
  left in a part, the pair starts the next part and that one unit stays unused. This is what
  handsets and gateways do, because a split escape is shown as a wrong character. Parts and
  ``remaining`` are therefore counted by packing, not by dividing.

Only the default alphabet is used: national language shift tables (Turkish, Portuguese, …)
are not, since Danish fits the default table.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

#: The basic table of the GSM 7-bit default alphabet (127 characters; 0x1B is the escape).
GSM_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅå"
    "Δ_ΦΓΛΩΠΨΣΘΞÆæßÉ"
    " !\"#¤%&'()*+,-./"
    "0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNO"
    "PQRSTUVWXYZÄÖÑÜ§"
    "¿abcdefghijklmno"
    "pqrstuvwxyzäöñüà"
)
#: The extension table: each costs two septets (escape + character).
GSM_EXTENSION = frozenset("\f^{}\\[~]|€")

GSM_SINGLE, GSM_PART = 160, 153
UCS2_SINGLE, UCS2_PART = 70, 67
WARN_ABOVE_PARTS = 3


class SmsEncoding(StrEnum):
    GSM7 = "GSM-7"
    UCS2 = "UCS-2"


@dataclass(frozen=True)
class SmsCount:
    """The length of one SMS text.

    ``characters``: units used (GSM septets or UTF-16 code units — what the limits count);
    ``parts``: number of SMS (0 for an empty text); ``remaining``: units left in the current
    (last) part; ``per_part``: the limit of one part in this encoding and part count;
    ``warn``: more than three parts; ``non_gsm``: the characters that forced UCS-2.
    """

    encoding: SmsEncoding
    characters: int
    parts: int
    remaining: int
    per_part: int
    warn: bool
    non_gsm: tuple[str, ...] = ()


def is_gsm(text: str) -> bool:
    return all(ch in GSM_BASIC or ch in GSM_EXTENSION for ch in text)


def _pack(weights: list[int], per_part: int) -> tuple[int, int]:
    """Parts and units in the last part, never splitting a unit of weight 2."""
    parts, used = 1, 0
    for weight in weights:
        if used + weight > per_part:
            parts += 1
            used = 0
        used += weight
    return parts, used


def count_sms(text: str) -> SmsCount:
    """Count ``text`` the way the network will: encoding, units, parts, units left."""
    non_gsm = tuple(
        dict.fromkeys(ch for ch in text if ch not in GSM_BASIC and ch not in GSM_EXTENSION)
    )
    if non_gsm:
        encoding, single, per_part = SmsEncoding.UCS2, UCS2_SINGLE, UCS2_PART
        weights = [2 if ord(ch) > 0xFFFF else 1 for ch in text]
    else:
        encoding, single, per_part = SmsEncoding.GSM7, GSM_SINGLE, GSM_PART
        weights = [2 if ch in GSM_EXTENSION else 1 for ch in text]
    used = sum(weights)
    if used == 0:
        return SmsCount(encoding, 0, 0, single, single, False, non_gsm)
    if used <= single:
        return SmsCount(encoding, used, 1, single - used, single, False, non_gsm)
    parts, last = _pack(weights, per_part)
    return SmsCount(
        encoding, used, parts, per_part - last, per_part, parts > WARN_ABOVE_PARTS, non_gsm
    )
