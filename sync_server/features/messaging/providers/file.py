"""The demo provider: each message becomes a file in a folder instead of being sent.

Mail: ``<time>-<id>.eml`` (the exact message an SMTP server would get). SMS:
``<time>-<id>.json`` with recipient, sender, text, encoding, length and part count. Meant
for demos and tests: the files hold the recipient, so never point it at a shared folder in
production. "sent" is the final status (there is nothing to report back).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from ....protocol import utcnow
from . import OutgoingMail, OutgoingSms, ProviderError, Receipt
from .mime import DEMO_FROM, build_mail


class FileProvider:
    name = "file"

    def __init__(self, folder: Path, from_addr: str = DEMO_FROM) -> None:
        self.folder = folder
        self.from_addr = from_addr

    def _write(self, reference: str, suffix: str, data: bytes) -> Path:
        stamp = utcnow().strftime("%Y%m%dT%H%M%S")
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            path = self.folder / f"{stamp}-{reference}{suffix}"
            tmp = path.with_suffix(suffix + ".tmp")
            tmp.write_bytes(data)
            os.replace(tmp, path)
        except OSError as exc:
            raise ProviderError(
                "Demo-udbakken kunne ikke skrives på serveren.", code="outbox_unwritable"
            ) from exc
        return path

    def send_mail(self, mail: OutgoingMail) -> Receipt:
        path = self._write(mail.reference, ".eml", bytes(build_mail(mail, self.from_addr)))
        return Receipt(provider_ref=path.name, final=True)

    def send_sms(self, sms: OutgoingSms) -> Receipt:
        record = {
            "id": sms.reference,
            "to": sms.to,
            "sender": sms.sender,
            "message": sms.text,
            "encoding": sms.count.encoding.value,
            "characters": sms.count.characters,
            "parts": sms.count.parts,
        }
        data = json.dumps(record, ensure_ascii=False, indent=2).encode("utf-8") + b"\n"
        path = self._write(sms.reference, ".json", data)
        return Receipt(provider_ref=path.name, final=True)
