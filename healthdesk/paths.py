"""Where HealthDesk keeps its data and finds its bundled resources.

The data folder is the platformdirs user data dir, unless overridden by ``--data-dir`` or the environment
variable ``HEALTHDESK_DATA_DIR`` (tests, a portable install on a USB stick, demos).
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

APP_NAME = "HealthDesk"
ENV_DATA_DIR = "HEALTHDESK_DATA_DIR"
DB_FILENAME = "healthdesk.sqlite3"
LOCK_FILENAME = "healthdesk.lock"
BACKUP_DIRNAME = "backups"
LOG_DIRNAME = "logs"
QUARANTINE_DIRNAME = "damaged"


def resources_dir() -> Path:
    """The bundled resources folder, in a source checkout and in a PyInstaller build alike."""
    frozen_base = getattr(sys, "_MEIPASS", None)
    if frozen_base:
        return Path(frozen_base) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    if override:
        return Path(override).expanduser().resolve()
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser().resolve()
    return default_data_dir()


class DataPaths:
    """All files HealthDesk keeps in one data folder."""

    def __init__(self, root: Path):
        self.root = Path(root)

    @property
    def database(self) -> Path:
        return self.root / DB_FILENAME

    @property
    def lock(self) -> Path:
        return self.root / LOCK_FILENAME

    @property
    def backups(self) -> Path:
        return self.root / BACKUP_DIRNAME

    @property
    def logs(self) -> Path:
        return self.root / LOG_DIRNAME

    @property
    def quarantine(self) -> Path:
        return self.root / QUARANTINE_DIRNAME

    def ensure(self) -> None:
        """Create the folder tree, private to the user on Unix (0700)."""
        for folder in (self.root, self.backups, self.logs):
            folder.mkdir(parents=True, exist_ok=True)
            if os.name == "posix":
                with contextlib.suppress(OSError):
                    os.chmod(folder, 0o700)
