"""Chinese mode shows Chinese: every translatable UI string is in a .ts file, translated, and released as .qm."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("translations_script", ROOT / "scripts" / "translations.py")
translations = importlib.util.module_from_spec(spec)
spec.loader.exec_module(translations)


def sources(ts: Path) -> set[tuple[str, str]]:
    found = set()
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("obsolete", "vanished"):
                continue
            found.add((name, message.findtext("source")))
    return found


def test_every_committed_translation_is_finished():
    assert translations.unfinished() == []


def test_every_ts_file_is_released_as_qm():
    ts_files = sorted(translations.TS_DIR.glob("*_zh_CN.ts"))
    assert ts_files, "no translation files"
    missing = [ts.name for ts in ts_files if not ts.with_suffix(".qm").exists()]
    assert not missing


def test_every_string_in_the_screens_is_in_a_translation_file(tmp_path):
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    if not lupdate.exists() and not shutil.which("pyside6-lupdate"):
        pytest.skip("pyside6-lupdate not installed")
    stale = []
    for module in translations.ui_modules():
        text = module.read_text(encoding="utf-8")
        if "tr(" not in text and "translate(" not in text:
            continue
        committed = translations.ts_path(module)
        fresh = tmp_path / committed.name
        subprocess.run(
            [
                str(lupdate) if lupdate.exists() else "pyside6-lupdate",
                "-silent",
                str(module),
                "-ts",
                str(fresh),
            ],
            check=True,
        )
        new = sources(fresh) - (sources(committed) if committed.exists() else set())
        stale.extend(f"{module.name}: {context}: {source!r}" for context, source in sorted(new))
    assert not stale, "scripts/dev.py translations update, translate, release:\n" + "\n".join(stale[:30])
