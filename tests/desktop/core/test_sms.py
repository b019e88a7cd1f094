"""The SMS counter follows GSM 03.38: encodings, part sizes, boundaries, extension chars."""

from __future__ import annotations

import pytest

from desktop.core.sms import (
    GSM_BASIC,
    GSM_EXTENSION,
    SmsEncoding,
    count_sms,
    describe,
    is_gsm,
)

# The default alphabet's basic table as in the Unicode mapping GSM0338.TXT (0x1B = escape).
_TABLE = [
    "@£$¥èéùìòÇ\nØø\rÅå",
    "Δ_ΦΓΛΩΠΨΣΘΞ\x1bÆæßÉ",
    " !\"#¤%&'()*+,-./",
    "0123456789:;<=>?",
    "¡ABCDEFGHIJKLMNO",
    "PQRSTUVWXYZÄÖÑÜ§",
    "¿abcdefghijklmno",
    "pqrstuvwxyzäöñüà",
]


def test_basic_table_is_exactly_the_default_alphabet() -> None:
    table = "".join(_TABLE).replace("\x1b", "")
    assert len(table) == 127
    assert set(table) == GSM_BASIC
    assert set("\f^{}\\[~]|€") == GSM_EXTENSION
    assert not GSM_BASIC & GSM_EXTENSION


@pytest.mark.parametrize("letter", list("æøåÆØÅéÉüÜäÄöÖ"))
def test_danish_and_nordic_letters_count_one(letter: str) -> None:
    count = count_sms(letter * 10)
    assert count.encoding is SmsEncoding.GSM7
    assert count.characters == 10


@pytest.mark.parametrize("char", list("€[]{}~|^\\\f"))
def test_extension_characters_count_two(char: str) -> None:
    count = count_sms("a" + char)
    assert count.encoding is SmsEncoding.GSM7
    assert count.characters == 3
    assert count.remaining == 157


@pytest.mark.parametrize("char", ["ç", "á", "ê", "ł", "Ω̃", "“", "’", "–", "\t", "`", "😀"])
def test_anything_outside_switches_to_ucs2(char: str) -> None:
    count = count_sms("Hej" + char)
    assert count.encoding is SmsEncoding.UCS2
    assert count.per_part == 70
    assert count.non_gsm and count.non_gsm[0] in char
    assert not is_gsm("Hej" + char)


def test_empty_text() -> None:
    count = count_sms("")
    assert (count.characters, count.parts, count.remaining) == (0, 0, 160)
    assert count.encoding is SmsEncoding.GSM7 and not count.warn


@pytest.mark.parametrize(
    ("length", "parts", "remaining"),
    [
        (1, 1, 159),
        (159, 1, 1),
        (160, 1, 0),
        (161, 2, 145),
        (153 * 2, 2, 0),
        (153 * 2 + 1, 3, 152),
        (153 * 3, 3, 0),
        (153 * 3 + 1, 4, 152),
        (153 * 10, 10, 0),
    ],
)
def test_gsm_boundaries(length: int, parts: int, remaining: int) -> None:
    count = count_sms("å" * length)
    assert count.encoding is SmsEncoding.GSM7
    assert (count.characters, count.parts, count.remaining) == (length, parts, remaining)
    assert count.per_part == (160 if parts == 1 else 153)


@pytest.mark.parametrize(
    ("length", "parts", "remaining"),
    [
        (70, 1, 0),
        (71, 2, 63),
        (67 * 2, 2, 0),
        (67 * 2 + 1, 3, 66),
        (67 * 3, 3, 0),
    ],
)
def test_ucs2_boundaries(length: int, parts: int, remaining: int) -> None:
    text = "ç" + "a" * (length - 1)
    count = count_sms(text)
    assert count.encoding is SmsEncoding.UCS2
    assert (count.characters, count.parts, count.remaining) == (length, parts, remaining)
    assert count.per_part == (70 if parts == 1 else 67)


def test_extension_char_on_single_part_limit() -> None:
    assert count_sms("a" * 158 + "€").parts == 1  # 160 septets
    over = count_sms("a" * 159 + "€")  # 161 septets: concatenated
    assert (over.characters, over.parts, over.remaining) == (161, 2, 145)


def test_extension_char_is_not_split_between_parts() -> None:
    # 152 septets, then € (2) does not fit in the 153 of part one: it starts part two and
    # one septet of part one stays unused. Dividing would say 2 parts; packing says 3.
    text = "a" * 152 + "€" + "a" * 152
    count = count_sms(text)
    assert count.characters == 306
    assert count.parts == 3
    assert count.remaining == 152
    # The same length without the straddle fits in two parts.
    assert count_sms("a" * 151 + "€" + "a" * 153).parts == 2


def test_straddle_changes_remaining_in_the_last_part() -> None:
    count = count_sms("a" * 152 + "€" + "a" * 8)
    assert (count.characters, count.parts) == (162, 2)
    assert count.remaining == 153 - 10  # part two holds € (2) + 8


def test_emoji_counts_two_utf16_units() -> None:
    count = count_sms("😀")
    assert (count.encoding, count.characters, count.remaining) == (SmsEncoding.UCS2, 2, 68)
    assert count_sms("😀" * 35).parts == 1  # 70 units
    assert count_sms("😀" * 35 + "a").parts == 2


def test_surrogate_pair_is_not_split_between_parts() -> None:
    text = "a" * 66 + "😀" + "a" * 66  # 134 units = 67 * 2, but the pair cannot straddle
    count = count_sms(text)
    assert count.characters == 134
    assert count.parts == 3
    assert count.remaining == 67 - 1


def test_ucs2_extension_chars_count_one() -> None:
    # In UCS-2 there is no escape: € is one UTF-16 unit.
    count = count_sms("ç€")
    assert (count.encoding, count.characters) == (SmsEncoding.UCS2, 2)


def test_warns_above_three_parts() -> None:
    assert not count_sms("a" * 153 * 3).warn
    assert count_sms("a" * (153 * 3 + 1)).warn
    assert not count_sms("ç" * 67 * 3).warn
    assert count_sms("ç" * (67 * 3 + 1)).warn


def test_newlines_count_one() -> None:
    count = count_sms("Hej\nmed dig\r\n")
    assert count.encoding is SmsEncoding.GSM7
    assert count.characters == 13


def test_non_gsm_lists_each_offending_character_once() -> None:
    assert count_sms("Brug “MitID” – ikke “NemID”").non_gsm == ("“", "”", "–")


def test_describe_in_danish() -> None:
    assert describe(count_sms("")) == "0 tegn · 160 tilbage"
    assert describe(count_sms("Hej")) == "3 tegn · 1 SMS · 157 tilbage"
    line = describe(count_sms("😀" + "a" * 300))
    assert "5 SMS'er" in line and "specialtegn" in line and "lang besked" in line
