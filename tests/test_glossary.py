"""One Chinese term per concept (docs/glossary.md) and full-width punctuation, in every Chinese text the user reads:
the screens' translations and the printed review's catalogue."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from healthdesk.reports.catalogue import TEXTS

ROOT = Path(__file__).resolve().parent.parent
GLOSSARY = ROOT / "docs" / "glossary.md"
TS_DIR = ROOT / "resources" / "translations"

CJK = r"[\u3400-\u9fff]"
# ASCII punctuation touching a Chinese character, or joining two placeholders ("{side}: {name}").
ASCII_NEXT_TO_CJK = re.compile(rf"{CJK}\s*[:,()]|[:,()]\s*{CJK}|\}}\s*[:,]\s*\{{")
# The documented exceptions (docs/glossary.md, "Punctuation"): mnemonics "(&F)" and file-dialog filters.
EXCEPTIONS = re.compile(r"\(&\w\)|\((?:\{patterns\}|\*?\.[\w*]+(?: \*\.[\w*]+)*)\)")


def forbidden() -> dict[str, re.Pattern[str]]:
    """The "Do not use" column: English term -> one pattern of all its variants."""
    rows = {}
    for line in GLOSSARY.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) < 4 or cells[0] in ("English", "---"):
            continue
        variants = re.findall(r"`([^`]+)`", cells[2])
        if variants:
            rows[cells[0]] = re.compile("|".join(f"(?:{v})" for v in variants))
    return rows


def chinese_texts() -> list[tuple[str, str, str]]:
    """(where, English source, Chinese text) for every finished zh translation and catalogue entry."""
    found = []
    for ts in sorted(TS_DIR.glob("*_zh_CN.ts")):
        for context in ET.parse(ts).getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is None or translation.get("type") in ("obsolete", "vanished"):
                    continue
                text = "".join(translation.itertext()).strip()
                found.append((f"{ts.name} {name}", message.findtext("source") or "", text))
    found.extend((f"catalogue {key}", en, zh) for key, (en, zh) in TEXTS.items())
    return found


def test_the_glossary_names_the_variants_we_retired():
    rows = forbidden()
    for term in ("respondent mode", "facilitator", "in progress (a response)", "respondent"):
        assert term in rows, term
    assert rows["respondent mode"].search("填答模式") and rows["facilitator"].search("引导师")
    lights = rows["red / amber / green light"]
    assert lights.search("黄") and lights.search("✓ 绿")
    assert not lights.search("黄灯") and not lights.search("黄牌") and not lights.search("红灯、黄灯、绿灯")


def test_no_chinese_text_uses_a_retired_term():
    rows = forbidden()
    bad = [
        f"{where}: {source!r} -> {text!r} uses {match.group(0)!r} (glossary: {term})"
        for where, source, text in chinese_texts()
        for term, pattern in rows.items()
        if (match := pattern.search(text))
    ]
    assert not bad, "\n".join(bad[:40])


def test_chinese_texts_use_full_width_punctuation():
    bad = []
    for where, source, text in chinese_texts():
        checked = EXCEPTIONS.sub("", text)
        if ASCII_NEXT_TO_CJK.search(checked) or "「" in checked or "」" in checked:
            bad.append(f"{where}: {source!r} -> {text!r}")
    assert not bad, "\n".join(bad[:40])


def test_the_punctuation_check_catches_the_action_plan_owner():
    assert ASCII_NEXT_TO_CJK.search("云启软件: 陈思远")
    assert ASCII_NEXT_TO_CJK.search("{side}: {name}")
    assert ASCII_NEXT_TO_CJK.search("顶层: 目标")
    assert not ASCII_NEXT_TO_CJK.search(EXCEPTIONS.sub("", "文件(&F)"))
    assert not ASCII_NEXT_TO_CJK.search(EXCEPTIONS.sub("", "PDF 文件 (*.pdf)"))
    assert not ASCII_NEXT_TO_CJK.search("{side}：{name}")
