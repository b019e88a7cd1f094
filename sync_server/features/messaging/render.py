"""The HTML alternative of a mail, made from the plain text staff wrote (and may have edited).

Blocks are separated by blank lines; runs of "- " lines become a list, other lines a
paragraph; web addresses become links; everything else is escaped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape

from ...resources import resources_dir

_URL_RE = re.compile(r"https?://[^\s<>\"']+")
_BULLET_RE = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s+")
_TRAILING = ".,;:!?)»\"'"


@dataclass
class Block:
    kind: str  # "list" or "paragraph"
    lines: list[Markup] = field(default_factory=list)


def linkify(line: str) -> Markup:
    out: list[Markup] = []
    last = 0
    for match in _URL_RE.finditer(line):
        url = match.group(0).rstrip(_TRAILING)
        end = match.start() + len(url)
        out.append(escape(line[last : match.start()]))
        out.append(Markup('<a href="{0}" style="color:#005a9c;">{0}</a>').format(url))
        last = end
    out.append(escape(line[last:]))
    return Markup("").join(out)


def text_blocks(text: str) -> list[Block]:
    blocks: list[Block] = []
    for chunk in re.split(r"\n\s*\n", text.replace("\r\n", "\n").strip()):
        current: Block | None = None
        for raw in chunk.split("\n"):
            if not raw.strip():
                continue
            bullet = _BULLET_RE.match(raw)
            kind = "list" if bullet else "paragraph"
            line = raw[bullet.end() :] if bullet else raw.strip()
            if current is not None and current.kind == "list" and not bullet and raw[:1] == " ":
                current.lines[-1] = Markup("{}<br>{}").format(current.lines[-1], linkify(line))
                continue
            if current is None or current.kind != kind:
                current = Block(kind)
                blocks.append(current)
            current.lines.append(linkify(line))
    return blocks


@lru_cache(maxsize=1)
def _environment() -> Environment:
    return Environment(
        loader=FileSystemLoader(str(resources_dir() / "templates" / "messages")),
        autoescape=select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render_html(text: str, *, subject: str, sender_name: str, reply_to: str | None) -> str:
    template = _environment().get_template("mail.html")
    return template.render(
        blocks=text_blocks(text), subject=subject, sender_name=sender_name, reply_to=reply_to
    )
