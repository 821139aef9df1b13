"""Remembered window size and position, last partnership and language: an INI file in the data folder.

Keeping the file beside the database (not in the system registry) keeps tests on temporary folders isolated and
makes a portable install carry its settings along.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

SETTINGS_FILENAME = "healthdesk-ui.ini"


class AppSettings:
    def __init__(self, data_dir: Path):
        self.path = Path(data_dir) / SETTINGS_FILENAME
        self._qs = QSettings(str(self.path), QSettings.Format.IniFormat)

    # -- typed options ----------------------------------------------------------------------------------
    @property
    def language(self) -> str | None:
        value = self._qs.value("ui/language", "")
        return value if value in ("en", "zh") else None

    @language.setter
    def language(self, value: str) -> None:
        self._qs.setValue("ui/language", value)

    @property
    def geometry(self) -> QByteArray | None:
        value = self._qs.value("window/geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._qs.setValue("window/geometry", value)

    @property
    def window_state(self) -> QByteArray | None:
        value = self._qs.value("window/state")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._qs.setValue("window/state", value)

    @property
    def last_partnership(self) -> int | None:
        value = self._qs.value("ui/last_partnership", 0)
        try:
            number = int(value)
        except (TypeError, ValueError):
            return None
        return number or None

    @last_partnership.setter
    def last_partnership(self, value: int | None) -> None:
        self._qs.setValue("ui/last_partnership", int(value or 0))

    @property
    def last_page(self) -> str:
        return str(self._qs.value("ui/last_page", "") or "")

    @last_page.setter
    def last_page(self, value: str) -> None:
        self._qs.setValue("ui/last_page", value)

    @property
    def first_run_done(self) -> bool:
        return str(self._qs.value("ui/first_run_done", "false")).lower() == "true"

    @first_run_done.setter
    def first_run_done(self, value: bool) -> None:
        self._qs.setValue("ui/first_run_done", "true" if value else "false")

    def value(self, key: str, default: object = None) -> object:
        return self._qs.value(key, default)

    def set_value(self, key: str, value: object) -> None:
        self._qs.setValue(key, value)

    def sync(self) -> None:
        self._qs.sync()
