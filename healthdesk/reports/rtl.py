"""Right-to-left text for the PDF and the charts: Arabic letters joined, lines put in display order.

Neither reportlab nor matplotlib shapes Arabic or orders bidirectional text. :func:`reshape` turns Arabic letters
into their joined presentation forms (arabic-reshaper) before lines are broken, so widths are measured as drawn;
:func:`visual_order` puts one broken line into display order with the Unicode bidirectional algorithm
(python-bidi's own implementation, which keeps track of each character so that fragments and fonts follow their
characters), mirrors brackets inside right-to-left runs and removes the bidirectional controls (RLO, LRM, …),
which have no glyph of their own and would otherwise print as boxes.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from .fonts import BIDI_CONTROLS

__all__ = ["base_rtl", "display", "needs_bidi", "reshape", "visual_order"]

# Arabic letters (and presentation forms) that arabic-reshaper joins.
_ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
_RTL_CLASSES = {"R", "AL", "AN", "RLE", "RLO", "LRE", "LRO", "PDF", "RLI", "LRI", "FSI", "PDI"}


@functools.lru_cache(maxsize=4096)
def _is_bidi(ch: str) -> bool:
    return ch in BIDI_CONTROLS or unicodedata.bidirectional(ch) in _RTL_CLASSES


def needs_bidi(text: str) -> bool:
    """Whether ``text`` has right-to-left characters or bidirectional controls (Latin and Chinese have none)."""
    if text.isascii():
        return False
    return any(_is_bidi(ch) for ch in text if ord(ch) >= 0x590)


@functools.lru_cache(maxsize=1)
def _reshaper():
    import arabic_reshaper

    # Keep harakat (vowel marks) and the tatweel as typed; ligatures as arabic-reshaper's defaults (lam-alef).
    config = {"delete_harakat": False, "support_ligatures": True, "delete_tatweel": False}
    return arabic_reshaper.ArabicReshaper(configuration=config)


def reshape(text: str) -> str:
    """``text`` with Arabic letters in their joined forms (other text unchanged)."""
    if not _ARABIC.search(text):
        return text
    return _reshaper().reshape(text)


def base_rtl(text: str) -> bool:
    """The paragraph direction (rules P2-P3): right to left when the first strong character is."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL", "RLO", "RLE"):
            return True
        if kind in ("L", "LRO", "LRE"):
            return False
    return False


def visual_order(text: str, rtl: bool) -> list[tuple[int, str]]:
    """One line of ``text`` in display order, as ``(index in text, character)`` pairs: brackets mirrored in
    right-to-left runs, bidirectional controls left out. ``rtl`` is the paragraph's direction."""
    from bidi import algorithm as uba

    storage = uba.get_empty_storage()
    storage["base_level"] = 1 if rtl else 0
    storage["base_dir"] = "R" if rtl else "L"
    uba.get_embedding_levels(text, storage, False, False)
    for i, item in enumerate(storage["chars"]):
        item["index"] = i
    uba.explicit_embed_and_overrides(storage, False)
    uba.resolve_weak_types(storage, False)
    uba.resolve_neutral_types(storage, False)
    uba.resolve_implicit_levels(storage, False)
    uba.reorder_resolved_levels(storage, False)
    uba.apply_mirroring(storage, False)
    return [(item["index"], item["ch"]) for item in storage["chars"] if item["ch"] not in BIDI_CONTROLS]


def display(text: str) -> str:
    """A one-line label as drawn: Arabic joined, characters in display order, controls removed (for charts)."""
    if not needs_bidi(text):
        return text
    shaped = reshape(text)
    return "".join(ch for _i, ch in visual_order(shaped, base_rtl(shaped)))
