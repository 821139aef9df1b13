"""Chinese mode shows Chinese: every translatable UI string is in a .ts file, translated, and released as .qm."""

from __future__ import annotations

import importlib.util
import shutil
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
    ts_files = translations.all_ts()
    assert ts_files, "no translation files"
    missing = [ts.name for ts in ts_files if not ts.with_suffix(".qm").exists()]
    assert not missing


def test_every_string_in_the_screens_is_in_a_translation_file():
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    if not lupdate.exists() and not shutil.which("pyside6-lupdate"):
        pytest.skip("pyside6-lupdate not installed")
    stale = []
    for module in translations.ui_modules():
        text = module.read_text(encoding="utf-8")
        if "tr(" not in text and "translate(" not in text:
            continue
        committed = translations.ts_path(module)
        fresh = {
            (context.findtext("name") or "", message.findtext("source"))
            for context in translations.scan(module).iter("context")
            for message in context.iter("message")
        }
        new = fresh - (sources(committed) if committed.exists() else set())
        stale.extend(f"{module.name}: {context}: {source!r}" for context, source in sorted(new))
    assert not stale, "scripts/translations.py update, translate, release:\n" + "\n".join(stale[:30])


def write_ts(path: Path, contexts: dict[str, dict[str, str]]) -> Path:
    """A small .ts: {"context": {"source": "译文"}}."""
    lines = ['<?xml version="1.0" encoding="utf-8"?>', '<TS version="2.1" language="zh_CN">']
    for name, messages in contexts.items():
        lines.append(f"<context><name>{name}</name>")
        for source, text in messages.items():
            lines.append(f"<message><source>{source}</source><translation>{text}</translation></message>")
        lines.append("</context>")
    lines.append("</TS>")
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def test_check_passes_on_distinct_contexts(tmp_path):
    files = [
        write_ts(tmp_path / "ui_a_zh_CN.ts", {"FollowUpForms": {"Taken": "已决定"}}),
        write_ts(tmp_path / "ui_b_zh_CN.ts", {"Safety": {"Taken": "备份时间"}}),
    ]
    assert translations.problems(files) == []


def test_check_fails_when_one_source_has_two_chinese_texts(tmp_path):
    files = [
        write_ts(tmp_path / "ui_a_zh_CN.ts", {"Shared": {"Name": "名称"}}),
        write_ts(tmp_path / "ui_b_zh_CN.ts", {"Shared": {"Name": "姓名"}}),
    ]
    problems = translations.problems(files)
    assert len(problems) == 1 and "Name" in problems[0] and "名称" in problems[0] and "姓名" in problems[0]
    assert translations.main(["check"]) == 0  # the committed files are clean


def test_check_fails_on_the_empty_context(tmp_path):
    files = [write_ts(tmp_path / "ui_a_zh_CN.ts", {"": {", ": "，"}})]
    problems = translations.problems(files)
    assert len(problems) == 1 and "empty context" in problems[0]


def test_committed_files_have_no_collisions_and_no_empty_context():
    assert translations.collisions() == []
    assert translations.empty_context() == []


def test_update_moves_the_empty_context_into_the_declared_one_and_keeps_translations(tmp_path, monkeypatch):
    """Also the case after a merge: another branch still added its strings under "" for this module."""
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    if not lupdate.exists() and not shutil.which("pyside6-lupdate"):
        pytest.skip("pyside6-lupdate not installed")
    ui = tmp_path / "ui"
    ui.mkdir()
    module = ui / "screen.py"
    module.write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        'TR_CONTEXT = "Screen"\n'
        "def tr(text, disambiguation=None, n=-1):\n"
        "    return QCoreApplication.translate(TR_CONTEXT, text, disambiguation, n)\n"
        "def words(n):\n"
        '    return [tr("Taken"), tr("Name"), tr("Planned"), tr("%n action(s) overdue", "", n)]\n',
        encoding="utf-8",
    )
    ts_dir = tmp_path / "translations"
    ts_dir.mkdir()
    monkeypatch.setattr(translations, "UI_DIR", ui)
    monkeypatch.setattr(translations, "TS_DIR", ts_dir)
    # "Taken" already moved; "Name" still under "" (as a branch merged later would leave it).
    write_ts(ts_dir / "ui_screen_zh_CN.ts", {"Screen": {"Taken": "已决定"}, "": {"Name": "名称"}})
    translations.update()
    table = {
        key: "".join(element.itertext())
        for key, element in translations.translations_in(ts_dir / "ui_screen_zh_CN.ts").items()
    }
    assert table == {("Screen", "Taken", ""): "已决定", ("Screen", "Name", ""): "名称"}
    files = sorted(ts_dir.glob("*.ts"))
    problems = translations.problems(files)
    assert any("Planned" in p for p in problems)  # new, untranslated
    assert not any("empty context" in p for p in problems)
    english = translations.translations_in(ts_dir / "ui_screen_en.ts")
    forms = [f.text for f in english[("Screen", "%n action(s) overdue", "")].findall("numerusform")]
    assert forms == ["%n action overdue", "%n actions overdue"]
