"""Where the app keeps its files, and the per-computer settings (language, theme, database, backups)."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

import platformdirs

from crm_desktop import APP_NAME

LANGUAGES = ("en", "nl", "fa", "pl", "ru")
THEMES = ("system", "light", "dark")
DB_ENV = "CRM_DESKTOP_DB"
# Points every folder of the app below one directory: used by tests, portable installs and CI.
HOME_ENV = "CRM_DESKTOP_HOME"


def data_dir() -> Path:
    home = os.environ.get(HOME_ENV)
    return Path(home) / "data" if home else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    home = os.environ.get(HOME_ENV)
    return Path(home) / "config" if home else Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def db_is_url(target: str) -> bool:
    return "://" in target


def default_database_path() -> Path:
    return data_dir() / "crm.db"


def default_backups_dir() -> Path:
    return data_dir() / "backups"


def system_language() -> str:
    """The first of the supported languages named by the environment's locale, else English."""
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        for part in os.environ.get(var, "").split(":"):
            code = part[:2].lower()
            if code in LANGUAGES:
                return code
    return "en"


@dataclass
class AppConfig:
    """Settings of this computer's user; shared settings live in the database instead."""

    language: str = ""  # empty: follow the system
    theme: str = "system"
    database: str = ""  # empty: the default file in the data folder
    backups_dir: str = ""  # empty: the backups folder beside the default database
    window_geometry: str = ""  # hex of QWidget.saveGeometry()
    window_state: str = ""  # hex of QMainWindow.saveState()
    last_panel: int = 0
    extra: dict[str, object] = field(default_factory=dict)

    @property
    def effective_language(self) -> str:
        return self.language if self.language in LANGUAGES else system_language()

    @property
    def effective_backups_dir(self) -> Path:
        return Path(self.backups_dir) if self.backups_dir else default_backups_dir()

    @classmethod
    def path(cls) -> Path:
        return config_dir() / "settings.json"

    @classmethod
    def load(cls) -> AppConfig:
        """Read the settings; a missing or unreadable file gives the defaults (it is rewritten on save)."""
        try:
            raw = json.loads(cls.path().read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        if not isinstance(raw, dict):
            return cls()
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in raw.items() if k in known})

    def save(self) -> None:
        """Write atomically: a crash while saving never leaves a half-written settings file."""
        target = self.path()
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_suffix(".tmp")
        tmp.write_text(json.dumps(asdict(self), indent=2, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, target)


def resolve_database(cli_value: str | None, config: AppConfig | None = None) -> str:
    """The database to open: --db, then $CRM_DESKTOP_DB, then Settings, then the default file."""
    if cli_value:
        return cli_value
    env = os.environ.get(DB_ENV)
    if env:
        return env
    if config is not None and config.database:
        return config.database
    return str(default_database_path())


def resource_dir() -> Path:
    """The resources folder, in a source checkout, an installed package or a PyInstaller bundle."""
    import sys

    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    packaged = Path(__file__).resolve().parent / "resources"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "resources"
