"""The JMC review in the layout asked for: the full review (:mod:`.pdf`) or the one-page summary sheet
(:mod:`.sheet`). Commands and screens call :func:`build_review` here."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from . import pdf
from .data import ReviewData
from .pdf import LAYOUTS
from .sheet import build_sheet

__all__ = ["LAYOUTS", "build_review"]


def build_review(
    out_path: Path,
    data: ReviewData,
    lang: str = "en",
    paper: str = "a4",
    sections: set[str] | None = None,
    progress: Callable[[int, int], None] | None = None,
    layout: str = "full",
) -> Path:
    """Write the review of ``data`` to ``out_path`` (atomically) and return the path: ``layout`` "full" is
    :func:`healthdesk.reports.pdf.build_review` (``sections`` apply), "sheet" the one-page summary sheet."""
    if layout not in LAYOUTS:
        raise ValueError(f"layout must be one of {LAYOUTS}")
    if layout == "sheet":
        return build_sheet(out_path, data, lang=lang, paper=paper, progress=progress)
    return pdf.build_review(out_path, data, lang, paper, sections=sections, progress=progress)
