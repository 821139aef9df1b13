"""The facilitator's key messages at the top of the executive summary."""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from .. import style
from ..data import ReviewData
from ..wrap import Paragraph
from .base import Writer
from .text import user_text


def key_messages(wr: Writer, d: ReviewData) -> list[Flowable]:
    """The facilitator's bullets, above everything generated. User text: markup printed literally. The review's
    language first (bilingual: English, then Chinese); a review in a language without bullets prints the
    other language's rather than none."""
    msgs = d.key_messages
    langs = ["en", "zh"] if wr.lang == "bilingual" else [wr.lang]
    if not any(msgs.get(lang) for lang in langs):
        langs = [lang for lang in ("en", "zh") if msgs.get(lang)]
    bullets = [text for lang in langs for text in msgs.get(lang, ())]
    if not bullets:
        return []
    out: list[Flowable] = [Paragraph(wr.L("sum.key_messages"), wr.s["h3"])]
    st = wr.s[wr._bulleted("body")]
    out += [Paragraph(user_text(text), st, bulletText=style.BULLET) for text in bullets]
    out.append(Spacer(1, 4))
    return out
