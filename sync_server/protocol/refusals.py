"""Danish wording of a refused value: the contract's own rules already speak Danish (e.g.
the CPR guard); pydantic's built-in checks (required, length, pattern, number ranges…) speak
English, so each of those gets a Danish sentence that names the field. The server answers
with these, and the desktop shows them, so a user never reads "String should have at most
200 characters"."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

#: Danish names of the fields people fill in (others are named by their wire name).
LABELS = {
    "accessibility_statement_url": "adressen på tilgængelighedserklæringen",
    "active_seconds": "den aktive tid",
    "address": "adressen",
    "answer": "svaret",
    "area": "serviceområdet",
    "author": "forfatteren",
    "authority": "myndigheden",
    "base_revision": "versionen",
    "body": "teksten",
    "brand_colour": "farven",
    "category": "kategorien",
    "channel": "kanalen",
    "citizen_type": "borgertypen",
    "code": "kommunekoden",
    "content": "indholdet",
    "current_password": "den nuværende adgangskode",
    "description": "beskrivelsen",
    "display_name": "navnet",
    "email": "e-mailadressen",
    "ended_at": "sluttidspunktet",
    "fields": "felterne",
    "guidance": "vejledningen",
    "guide_id": "vejledningens id",
    "guide_ids": "vejledningerne",
    "id": "id'et",
    "image": "billedet",
    "kle": "KLE-nummeret",
    "label": "feltnavnet",
    "last_checked": "datoen for sidste kontrol",
    "location": "stedet",
    "mail_subject": "mailens emne",
    "mail_text": "mailens tekst",
    "member": "kommunen",
    "municipality": "kommunen",
    "name": "navnet",
    "new_password": "den nye adgangskode",
    "note": "noten",
    "outcome": "udfaldet",
    "password": "adgangskoden",
    "per_contact": "prisen pr. henvendelse",
    "per_minute": "prisen pr. minut",
    "phone": "telefonnummeret",
    "public_base_url": "den offentlige adresse",
    "question": "spørgsmålet",
    "reason": "begrundelsen",
    "recipient": "modtageren",
    "referral": "henvisningerne",
    "referral_target": "henvisningen",
    "reply_to": "svaradressen",
    "resolved_goal": "målet",
    "review_by": "datoen for gennemgang",
    "role": "rollen",
    "search_terms_en": "de engelske søgeord",
    "self_service_cost": "prisen for en selvbetjening",
    "self_service_url": "selvbetjeningsadressen",
    "sender_name": "afsendernavnet",
    "served_municipality": "borgerens kommune",
    "signature": "signaturen",
    "situations": "situationerne",
    "sms_sender": "SMS-afsenderen",
    "sms_text": "SMS-teksten",
    "sort_order": "rækkefølgen",
    "sources": "kilderne",
    "started_at": "starttidspunktet",
    "status": "status",
    "steps": "trinene",
    "stuck_solution": "selvbetjeningsløsningen",
    "subject": "emnet",
    "synonyms": "synonymerne",
    "term": "ordet",
    "text": "teksten",
    "title": "titlen",
    "unit": "enheden",
    "url": "adressen",
    "username": "brugernavnet",
    "valid_from": "datoen, prisen gælder fra",
    "words": "ordene",
}

#: Names of the items of a list field, for "trin 2" in a nested field's name.
_ITEMS = {
    "answer": "afsnit",
    "fields": "felt",
    "guidance": "afsnit",
    "guides": "vejledning",
    "items": "punkt",
    "rates": "pris",
    "referral": "henvisning",
    "situations": "situation",
    "steps": "trin",
    "synonyms": "synonym",
    "words": "ord",
}

_URL = "{Field} skal være en hel adresse, der begynder med https://, fx https://www.borger.dk/."
#: What a field of a given pattern must look like (else: "har ikke den rigtige form").
_PATTERNS = {
    "accessibility_statement_url": _URL,
    "public_base_url": _URL,
    "self_service_url": _URL,
    "url": _URL,
    "kle": "{Field} skal være to cifre, evt. fulgt af .cc og .cc, fx 23.05.04.",
    "code": "Kommunekoden skal være tre eller fire cifre, fx 101 eller 751.",
    "municipality": "Kommunekoden skal være tre eller fire cifre, fx 101 eller 751.",
    "member": "Kommunekoden skal være tre eller fire cifre, fx 101 eller 751.",
    "served_municipality": "Kommunekoden skal være tre eller fire cifre, fx 101 eller 751.",
    "brand_colour": "{Field} skal skrives som #rrggbb, fx #1f4e79.",
    "logo_sha256": "{Field} skal være et billedes SHA-256 (64 tegn 0-9 og a-f).",
}

_TEXT = {
    "missing": "Udfyld {field}.",
    "string_too_long": "{Field} må højst være {max_length} tegn.",
    "string_type": "{Field} skal være tekst.",
    "string_pattern_mismatch": "{Field} har ikke den rigtige form.",
    "too_long": "Der må højst være {max_length} i {field}.",
    "int_parsing": "{Field} skal være et helt tal.",
    "int_type": "{Field} skal være et helt tal.",
    "int_from_float": "{Field} skal være et helt tal.",
    "float_parsing": "{Field} skal være et tal.",
    "float_type": "{Field} skal være et tal.",
    "finite_number": "{Field} skal være et tal.",
    "decimal_parsing": "{Field} skal være et tal.",
    "decimal_type": "{Field} skal være et tal.",
    "greater_than": "{Field} skal være over {gt}.",
    "greater_than_equal": "{Field} skal være mindst {ge}.",
    "less_than": "{Field} skal være under {lt}.",
    "less_than_equal": "{Field} må højst være {le}.",
    "multiple_of": "{Field} skal gå op i {multiple_of}.",
    "bool_parsing": "{Field} skal være ja eller nej.",
    "bool_type": "{Field} skal være ja eller nej.",
    "enum": "{Field} skal være en af: {expected}.",
    "literal_error": "{Field} skal være en af: {expected}.",
    "extra_forbidden": "Feltet »{name}« kendes ikke.",
    "date_parsing": "{Field} skal være en dato (ÅÅÅÅ-MM-DD).",
    "date_type": "{Field} skal være en dato (ÅÅÅÅ-MM-DD).",
    "date_from_datetime_parsing": "{Field} skal være en dato (ÅÅÅÅ-MM-DD).",
    "date_from_datetime_inexact": "{Field} skal være en dato uden klokkeslæt.",
    "datetime_parsing": "{Field} skal være et tidspunkt (ISO 8601, fx 2026-03-02T09:00:00+01:00).",
    "datetime_type": "{Field} skal være et tidspunkt (ISO 8601, fx 2026-03-02T09:00:00+01:00).",
    "datetime_from_date_parsing": "{Field} skal være et tidspunkt (ISO 8601).",
    "timezone_aware": "{Field} skal have en tidszone, fx +01:00.",
    "uuid_parsing": "{Field} skal være et UUID.",
    "uuid_type": "{Field} skal være et UUID.",
    "dict_type": "{Field} skal være et objekt.",
    "model_type": "{Field} skal være et objekt.",
    "model_attributes_type": "{Field} skal være et objekt.",
    "list_type": "{Field} skal være en liste.",
    "set_type": "{Field} skal være en liste.",
    "tuple_type": "{Field} skal være en liste.",
    "json_invalid": "Indholdet er ikke gyldig JSON.",
    "json_type": "Indholdet er ikke gyldig JSON.",
    "url_parsing": "{Field} skal være en gyldig adresse.",
    "url_type": "{Field} skal være en gyldig adresse.",
    "url_scheme": "{Field} skal begynde med https://.",
    "url_too_long": "{Field} er for lang.",
    "bytes_too_long": "{Field} er for lang.",
}


def field_name(loc: Sequence[int | str]) -> str:
    """A field's Danish name from its location, e.g. ("steps", 1, "text") → "teksten
    (trin 2)"; the request part of a location ("body", "query") is left out."""
    parts = list(loc)
    if parts and parts[0] in ("body", "query", "path", "header") and len(parts) > 1:
        parts = parts[1:]
    names = [p for p in parts if isinstance(p, str)]
    if not names:
        return "værdien"
    last = names[-1]
    label = LABELS.get(last, f"feltet »{last}«")
    where = [
        f"{_ITEMS.get(str(parts[i - 1]), str(parts[i - 1]))} {p + 1}"
        for i, p in enumerate(parts)
        if isinstance(p, int) and i > 0 and i < len(parts) - 1
    ]
    if isinstance(parts[-1], int) and len(parts) > 1:  # an item of a list itself
        label = f"{_ITEMS.get(str(parts[-2]), 'punkt')} {parts[-1] + 1} af {label}"
    return f"{label} ({', '.join(where)})" if where else label


class _Context(dict[str, Any]):
    """The values of a sentence; one pydantic did not give reads "?" (never a KeyError)."""

    def __missing__(self, key: str) -> str:
        return "?"


def _number(value: Any) -> Any:
    """A number as Danes write it (2,5; a whole float without decimals)."""
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else str(value).replace(".", ",")
    return value


def danish(error: Mapping[str, Any]) -> str:
    """The Danish sentence for one entry of pydantic's ``errors()``."""
    kind = str(error.get("type", ""))
    message = str(error.get("msg", "")).removeprefix("Value error, ")
    ctx = dict(error.get("ctx") or {})
    loc = tuple(error.get("loc") or ())
    if kind == "string_too_short":
        template = (
            "Udfyld {field}."
            if ctx.get("min_length", 1) <= 1
            else "{Field} skal være mindst {min_length} tegn."
        )
    elif kind == "too_short":
        template = (
            "Udfyld {field}."
            if ctx.get("min_length", 1) <= 1
            else "Der skal være mindst {min_length} i {field}."
        )
    elif kind == "string_pattern_mismatch":
        last = next((str(p) for p in reversed(loc) if isinstance(p, str)), "")
        template = _PATTERNS.get(last, _TEXT[kind])
    else:
        template = _TEXT.get(kind, "")
    if not template:
        return message or "Ugyldigt input."  # the contract's own rules: Danish already
    field = field_name(loc)
    ctx = {key: _number(value) for key, value in ctx.items()}
    if "expected" in ctx:
        ctx["expected"] = str(ctx["expected"]).replace(" or ", " eller ")
    if kind == "extra_forbidden":
        ctx["name"] = next((str(p) for p in reversed(loc) if isinstance(p, str)), "?")
    values = _Context(ctx, field=field, Field=field[:1].upper() + field[1:])
    return template.format_map(values)
