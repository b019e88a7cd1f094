"""Server configuration from ``VEJVISER_``-prefixed environment variables."""

from __future__ import annotations

from pathlib import Path

import platformdirs
from pydantic import Field
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
    message_rate_per_hour: int = Field(default=60, ge=1)

    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'vejviser.sqlite3').as_posix()}"
