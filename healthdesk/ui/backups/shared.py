"""What the backups screens share: the translation wrapper (context ``Safety``), the words for a backup's reason,
size and contents, and the error box that keeps SQLite's English behind "Show Details…"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from ...errors import HealthDeskError
from ..common.messages import error_parts

TR_CONTEXT = "Safety"


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate under this module's own context (scripts/translations.py files lupdate's "" here)."""
    return QCoreApplication.translate(TR_CONTEXT, text, disambiguation, n)


def show_error(parent: QWidget | None, exc: HealthDeskError, title: str, extra: str = "") -> QMessageBox:
    """An error in the user's language; SQLite's or the system's English detail only behind "Show Details…"."""
    message, details = error_parts(exc)
    box = QMessageBox(QMessageBox.Icon.Warning, title, message + extra, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("safetyErrorBox")
    box.setTextFormat(Qt.TextFormat.PlainText)
    if details:
        box.setDetailedText(details)
    box.exec()
    return box


def _count(n: int, one: str, many: str) -> str:
    return (one if n == 1 else many).format(n=n)


def contents_text(counts: dict[str, int] | None) -> str:
    """What a backup holds, e.g. "5 partnerships, 8 rounds, 240 answers"."""
    if counts is None:
        return tr("contents unknown")
    parts = [
        _count(counts.get("partnerships", 0), tr("1 partnership"), tr("{n} partnerships")),
        _count(counts.get("rounds", 0), tr("1 round"), tr("{n} rounds")),
        _count(counts.get("answers", 0), tr("1 answer"), tr("{n} answers")),
    ]
    return tr(", ").join(parts)


def reason_text(reason: str) -> str:
    table = {
        "manual": tr("made by hand"),
        "auto": tr("automatic"),
        "on-close": tr("on closing"),
        "before-import": tr("before an import"),
        "before-restore": tr("before a restore"),
        "before-demo": tr("before demo data"),
    }
    if reason in table:
        return table[reason]
    if reason.startswith("before-upgrade"):
        return tr("before an upgrade")
    return reason


def size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return tr("{n} MB").format(n=f"{size / 1024 / 1024:.1f}")
    return tr("{n} KB").format(n=max(1, round(size / 1024)))
