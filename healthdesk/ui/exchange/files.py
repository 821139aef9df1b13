"""File choosers and dropped files for the exchange: used by ``exchange`` (which re-exports them) and by its
dialogs in ``exchange_import`` and ``exchange_export``, which therefore need not import ``exchange``."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QInputDialog, QWidget

RESPONSE_FILTER_SUFFIXES = "*.hdresponse"


# -- file choosers (replaced in tests) ---------------------------------------------------------------------------


def ask_open_files(parent: QWidget | None, title: str, name_filter: str) -> list[str]:
    files, _ = QFileDialog.getOpenFileNames(parent, title, "", name_filter)
    return files


def ask_open_file(parent: QWidget | None, title: str, name_filter: str) -> str:
    path, _ = QFileDialog.getOpenFileName(parent, title, "", name_filter)
    return path


def ask_save_file(parent: QWidget | None, title: str, suggested: str, name_filter: str) -> str:
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, name_filter)
    return path


def ask_folder(parent: QWidget | None, title: str, start: str = "") -> str:
    return QFileDialog.getExistingDirectory(parent, title, start)


def ask_choice(parent: QWidget | None, title: str, label: str, items: list[str]) -> int | None:
    item, ok = QInputDialog.getItem(parent, title, label, items, 0, False)
    return items.index(item) if ok and item in items else None


def open_url(url: QUrl) -> bool:
    """A folder in the file manager, a ``mailto:`` in the mail program (replaced in tests)."""
    return bool(QDesktopServices.openUrl(url))


def dropped_paths(event: Any) -> list[str]:
    mime = event.mimeData()
    if mime is None or not mime.hasUrls():
        return []
    return [url.toLocalFile() for url in mime.urls() if url.isLocalFile() and url.toLocalFile()]
