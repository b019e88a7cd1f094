"""Server configuration from ``VEJVISER_``-prefixed environment variables."""

from __future__ import annotations

from ipaddress import IPv4Network, IPv6Network, ip_network
from pathlib import Path
from typing import Literal

import platformdirs
from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir("vejviser-server", appauthor=False))


class Settings(BaseSettings):
    """Every option can be set as ``VEJVISER_<NAME>`` (e.g. ``VEJVISER_DATABASE_URL``)."""

    model_config = SettingsConfigDict(env_prefix="VEJVISER_", extra="ignore")

    data_dir: Path = Field(default_factory=default_data_dir)
    database_url: str | None = None
    token_ttl_hours: float = Field(default=12.0, gt=0)
    login_max_failures: int = Field(default=5, ge=1)
    login_window_seconds: int = Field(default=900, ge=1)
    login_max_failures_per_ip: int = Field(default=50, ge=1)
    sync_batch_size: int = Field(default=500, ge=1, le=5000)
    max_blob_bytes: int = Field(default=5 * 1024 * 1024, ge=1)
    # Request bodies are counted as they arrive and refused (413) past these sizes, before
    # the token is checked or any JSON is parsed: a login, a JSON write (guides, directory,
    # templates …), a batch of registrations or feedback. Screenshots: max_blob_bytes.
    max_login_bytes: int = Field(default=16 * 1024, ge=1024)
    max_json_bytes: int = Field(default=2 * 1024 * 1024, ge=1024)
    max_batch_bytes: int = Field(default=4 * 1024 * 1024, ge=1024)
    # argon2 costs memory per check (19 MiB): at most this many run at once per server
    # process; a login that waited longer than password_check_wait_seconds gets 503.
    password_check_concurrency: int = Field(default=2, ge=1, le=64)
    password_check_wait_seconds: float = Field(default=10.0, gt=0)
    # Addresses (CIDR, comma-separated) of reverse proxies whose X-Forwarded-For is believed;
    # empty: the header is ignored and the connecting address is the client's.
    trusted_proxies: str = ""
    sqlite_busy_timeout_seconds: float = Field(default=10.0, gt=0)
    message_rate_per_hour: int = Field(default=60, ge=1)
    # The log: uvicorn's text lines, or one JSON object per line (for a log collector).
    log_format: Literal["text", "json"] = "text"
    # Scheduled jobs (housekeeping, reports): how often each server process looks for due
    # ones; each period runs once across all processes. 0 turns the scheduler off here.
    job_interval_seconds: float = Field(default=300.0, ge=0)

    # --- messaging (SMS and e-mail to citizens) ---------------------------------------------
    # Providers are server-wide, so workstations hold no credentials. An unset provider means
    # "file" for the demo (VEJVISER_DEMO=1, or the demo municipality 999 made by seed-demo)
    # and "none" (sending refused with a clear message) otherwise. Secrets have no default.
    demo: bool = False
    mail_provider: Literal["smtp", "file", "none"] | None = None
    sms_provider: Literal["gatewayapi", "file", "none"] | None = None
    message_outbox_dir: Path | None = None  # the file provider's folder; default data_dir/outbox
    smtp_host: str | None = None
    smtp_port: int | None = Field(default=None, ge=1, le=65535)  # default by security
    smtp_security: Literal["starttls", "tls", "none"] = "starttls"
    smtp_username: str | None = None
    smtp_password: SecretStr | None = None
    smtp_from: str | None = None  # the envelope and From address, e.g. borgerservice@kommune.dk
    smtp_ca_file: Path | None = None  # trust this CA (an internal CA) besides the system's
    smtp_timeout: float = Field(default=20.0, gt=0)
    sms_api_url: str = "https://gatewayapi.com/rest/mtsms"
    sms_token: SecretStr | None = None
    sms_sender: str | None = None  # default sender until a municipality sets its own
    sms_webhook_secret: SecretStr | None = None
    sms_timeout: float = Field(default=15.0, gt=0)
    sms_max_parts: int = Field(default=10, ge=1, le=20)
    message_recipient_retention_hours: float = Field(default=48.0, gt=0)
    #: Days the anonymous search log is kept: a year's report compares with the year before
    #: (so 731 days keep that figure) and learning search terms looks back 90 days.
    search_log_retention_days: int = Field(default=800, ge=90, le=36_500)

    def trusted_networks(self) -> list[IPv4Network | IPv6Network]:
        return [
            ip_network(part.strip(), strict=False)
            for part in self.trusted_proxies.replace(";", ",").split(",")
            if part.strip()
        ]

    @field_validator("trusted_proxies")
    @classmethod
    def _valid_networks(cls, value: str) -> str:
        for part in value.replace(";", ",").split(","):
            if part.strip():
                ip_network(part.strip(), strict=False)  # ValueError names the bad one
        return value

    def resolved_outbox_dir(self) -> Path:
        return self.message_outbox_dir or self.data_dir / "outbox"

    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'vejviser.sqlite3').as_posix()}"
