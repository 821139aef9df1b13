"""Qt translations: one .ts per UI module, so engineers working on different screens never edit the same file.

    python scripts/translations.py update     # lupdate: healthdesk/ui/<name>.py -> resources/translations/ui_<name>_zh_CN.ts
                                              # (+ ui_<name>_en.ts holding the English plural forms of %n strings)
    python scripts/translations.py fill FILE.json [TS ...]   # put Chinese texts into the .ts files named (default: all)
                                                           # ({"context": {"source": "中文"}}; a list for numerus forms)
    python scripts/translations.py release    # lrelease: every .ts -> .qm (shipped, loaded by healthdesk.ui.common.i18n)
    python scripts/translations.py check      # exit 1 on unfinished translations, messages in the empty context,
                                              # or one (context, source, disambiguation) with two Chinese texts

The app loads every ``*_zh_CN.qm`` in resources/translations when the language is Chinese, and every ``*_en.qm``
(plural forms only) in English. All of them are loaded at once, so contexts must not collide:

* a module with a module-level ``tr`` wrapper declares ``TR_CONTEXT = "Name"`` (a stable name that does not change
  when the file moves) and translates under it. pyside6-lupdate files bare ``tr("x")`` calls under the empty context
  "", so ``update`` moves every "" message of a module into the context the module declares, carrying over the
  translations found under "" (older files, or a branch merged after the move), so re-running ``update`` fixes them;
* classes translate with ``self.tr`` under their class name, other modules call ``QCoreApplication.translate``
  with an explicit context.

Plurals use Qt's numerus forms: ``tr("%n action(s) overdue", "", n)``. Chinese has one form; English is the source
language, so its singular/plural forms come from a small ``*_en.ts`` per module, derived from "(s)"/"(es)" by
``update`` unless a form was set by hand (``fill``).
"""

from __future__ import annotations

import copy
import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "healthdesk" / "ui"
TS_DIR = ROOT / "resources" / "translations"
LANG = "zh_CN"
SOURCE_LANG = "en"
CONTEXT_RE = re.compile(r"""^TR_CONTEXT\s*=\s*["']([A-Za-z_][\w.]*)["']""", re.M)


def _tool(name: str) -> str:
    exe = Path(sys.executable).parent / f"pyside6-{name}"
    if exe.exists():
        return str(exe)
    found = shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} not found; install PySide6-Essentials")
    return found


def ts_path(module: Path) -> Path:
    rel = module.relative_to(UI_DIR).with_suffix("")
    return TS_DIR / f"ui_{'_'.join(rel.parts)}_{LANG}.ts"


def ui_modules() -> list[Path]:
    return sorted(p for p in UI_DIR.rglob("*.py") if p.name != "__init__.py")


def declared_context(module: Path) -> str | None:
    """The context a module's ``tr`` wrapper translates under (``TR_CONTEXT = "Name"``), if it declares one."""
    found = CONTEXT_RE.search(module.read_text(encoding="utf-8"))
    return found.group(1) if found else None


def en_ts_path(module: Path) -> Path:
    zh = ts_path(module)
    return zh.with_name(zh.name.replace(f"_{LANG}.ts", f"_{SOURCE_LANG}.ts"))


Key = tuple[str, str, str]


def _key(context: str, message: ET.Element) -> Key:
    return (context or "", message.findtext("source") or "", message.findtext("comment") or "")


def _finished(translation: ET.Element | None) -> bool:
    if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
        return False
    forms = translation.findall("numerusform")
    if forms:
        return all((f.text or "").strip() for f in forms)
    return bool((translation.text or "").strip())


def translations_in(ts: Path) -> dict[Key, ET.Element]:
    """(context, source, disambiguation) -> finished <translation> element, for one .ts file."""
    found: dict[Key, ET.Element] = {}
    if not ts.exists():
        return found
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if _finished(translation):
                found[_key(name, message)] = translation
    return found


def move_empty_context(root: ET.Element, target: str) -> None:
    """Move the messages lupdate filed under "" into ``target`` (merged into that context if it exists)."""
    contexts = {c.findtext("name") or "": c for c in root.findall("context")}
    empty = contexts.get("")
    if empty is None:
        return
    named = contexts.get(target)
    if named is None:
        empty.find("name").text = target
        return
    have = {_key(target, m) for m in named.findall("message")}
    for message in empty.findall("message"):
        if _key(target, message) not in have:
            named.append(message)
    root.remove(empty)


def carry_translations(root: ET.Element, old: dict[Key, ET.Element], moved_from_empty: str | None) -> None:
    """Put the old translation into each fresh message: same key, or (for a moved message) the "" key."""
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            key = _key(name, message)
            found = old.get(key)
            if found is None and name == moved_from_empty:
                found = old.get(("", key[1], key[2]))
            if found is None:
                continue
            fresh = message.find("translation")
            if fresh is not None and fresh.findall("numerusform") and not found.findall("numerusform"):
                continue  # the string became a plural: translate it anew
            if fresh is not None:
                message.remove(fresh)
            message.append(copy.deepcopy(found))


def english_forms(source: str) -> list[str]:
    """Singular and plural of a ``%n thing(s)`` source: "(es)"/"(s)" dropped, then spelled out."""
    return [
        source.replace("(es)", "").replace("(s)", ""),
        source.replace("(es)", "es").replace("(s)", "s"),
    ]


def write_english(module: Path, root: ET.Element) -> None:
    """ui_<name>_en.ts with the numerus messages only (none: no file)."""
    target = en_ts_path(module)
    old = translations_in(target)
    out = ET.Element("TS", version="2.1", language=SOURCE_LANG, sourcelanguage=SOURCE_LANG)
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        plural = [m for m in context.findall("message") if m.get("numerus") == "yes"]
        if not plural:
            continue
        new_context = ET.SubElement(out, "context")
        ET.SubElement(new_context, "name").text = name
        for message in plural:
            new = copy.deepcopy(message)
            for t in new.findall("translation"):
                new.remove(t)
            kept = old.get(_key(name, message))
            if kept is not None and len(kept.findall("numerusform")) == 2:
                new.append(copy.deepcopy(kept))
            else:
                translation = ET.SubElement(new, "translation")
                for form in english_forms(message.findtext("source") or ""):
                    ET.SubElement(translation, "numerusform").text = form
            new_context.append(new)
    if len(out):
        _write(out, target)
    elif target.exists():
        target.unlink()
        target.with_suffix(".qm").unlink(missing_ok=True)


def _write(root: ET.Element, path: Path) -> None:
    """Write in lupdate's layout (contexts at the margin), so a re-run changes only what changed."""
    root.text = "\n"
    for context in root:
        ET.indent(context, space="    ")
        context.tail = "\n"
    ET.ElementTree(root).write(path, encoding="utf-8", xml_declaration=True)


def scan(module: Path) -> ET.Element:
    """lupdate's messages of one module, with its "" messages moved into the context the module declares."""
    target = ts_path(module)
    fresh = target.with_name(target.stem + ".fresh.ts")
    try:
        subprocess.run(
            [
                _tool("lupdate"),
                "-silent",
                "-no-obsolete",
                "-target-language",
                LANG,
                str(module),
                "-ts",
                str(fresh),
            ],
            check=True,
        )
        root = ET.parse(fresh).getroot()
    finally:
        fresh.unlink(missing_ok=True)
    context_name = declared_context(module)
    if context_name:
        move_empty_context(root, context_name)
    mark_plurals(root)
    return root


def mark_plurals(root: ET.Element) -> None:
    """A ``%n`` source is a plural even where lupdate missed it (``translate(ctx, text, None, count)``)."""
    for message in root.iter("message"):
        if "%n" in (message.findtext("source") or "") and message.get("numerus") != "yes":
            message.set("numerus", "yes")
            for old in message.findall("translation"):
                message.remove(old)
            translation = ET.SubElement(message, "translation", type="unfinished")
            ET.SubElement(translation, "numerusform")


def update_module(module: Path, pool: dict[Key, ET.Element] | None = None) -> None:
    """Rescan one module; a message keeps its translation from this module's .ts, else from ``pool`` (every
    other .ts), so a string that moved to another module with its context keeps its Chinese."""
    target = ts_path(module)
    old = {**(pool or {}), **translations_in(target)}
    root = scan(module)
    carry_translations(root, old, declared_context(module))
    if len(root) or target.exists():
        _write(root, target)
    write_english(module, root)


def update() -> None:
    TS_DIR.mkdir(parents=True, exist_ok=True)
    pool: dict[Key, ET.Element] = {}
    for ts in sorted(TS_DIR.glob(f"*_{LANG}.ts")):
        pool.update(translations_in(ts))
    wanted: set[Path] = set()
    for module in ui_modules():
        text = module.read_text(encoding="utf-8")
        if "tr(" not in text and "translate(" not in text:
            continue
        update_module(module, pool)
        wanted.update({ts_path(module), en_ts_path(module)})
    for ts in all_ts():
        if ts not in wanted:  # its module moved, was removed or no longer translates anything
            ts.unlink()
            ts.with_suffix(".qm").unlink(missing_ok=True)


def all_ts() -> list[Path]:
    return sorted(TS_DIR.glob(f"*_{LANG}.ts")) + sorted(TS_DIR.glob(f"*_{SOURCE_LANG}.ts"))


def release() -> None:
    for ts in all_ts():
        subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


def fill(json_file: Path, targets: list[Path] | None = None) -> None:
    """Set translations from {"Context": {"source text": "译文"}} in the .ts files named (default: every one)."""
    table = json.loads(Path(json_file).read_text(encoding="utf-8"))
    for ts in targets or sorted(TS_DIR.glob(f"*_{LANG}.ts")):
        tree = ET.parse(ts)
        changed = False
        for context in tree.getroot().iter("context"):
            name = context.findtext("name")
            for message in context.iter("message"):
                source = message.findtext("source")
                text = table.get(name, {}).get(source)
                if text is None:
                    continue
                translation = message.find("translation")
                if translation is None:
                    translation = ET.SubElement(message, "translation")
                if message.get("numerus") == "yes":
                    forms = [text] if isinstance(text, str) else list(text)
                    for form in translation.findall("numerusform"):
                        translation.remove(form)
                    for form in forms:
                        ET.SubElement(translation, "numerusform").text = form
                else:
                    translation.text = text
                translation.attrib.pop("type", None)
                changed = True
        if changed:
            _write(tree.getroot(), ts)


def unfinished(files: list[Path] | None = None) -> list[str]:
    missing = []
    for ts in files if files is not None else all_ts():
        for context in ET.parse(ts).getroot().iter("context"):
            name = context.findtext("name")
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is not None and translation.get("type") in ("obsolete", "vanished"):
                    continue
                if not _finished(translation):
                    missing.append(f"{ts.name}: {name}: {message.findtext('source')!r}")
    return missing


def _text(translation: ET.Element) -> str:
    forms = translation.findall("numerusform")
    return " | ".join(f.text or "" for f in forms) if forms else translation.text or ""


def empty_context(files: list[Path] | None = None) -> list[str]:
    """Messages in the context "": shared by every module, so equal English strings would share one translation."""
    found = []
    for ts in files if files is not None else all_ts():
        for context in ET.parse(ts).getroot().iter("context"):
            if (context.findtext("name") or "") == "":
                for message in context.iter("message"):
                    found.append(
                        f"{ts.name}: {message.findtext('source')!r} is in the empty context "
                        "(declare TR_CONTEXT in the module and run update)"
                    )
    return found


def collisions(files: list[Path] | None = None) -> list[str]:
    """One (context, source, disambiguation) translated differently in two files: Qt would show only one."""
    seen: dict[Key, dict[str, list[str]]] = {}
    for ts in files if files is not None else sorted(TS_DIR.glob(f"*_{LANG}.ts")):
        for key, translation in translations_in(ts).items():
            seen.setdefault(key, {}).setdefault(_text(translation), []).append(ts.name)
    found = []
    for (context, source, comment), texts in sorted(seen.items()):
        if len(texts) > 1:
            where = "; ".join(f"{text!r} in {', '.join(names)}" for text, names in sorted(texts.items()))
            label = f"{context}: {source!r}" + (f" ({comment})" if comment else "")
            found.append(f"{label} has different translations: {where}")
    return found


def problems(files: list[Path] | None = None) -> list[str]:
    return unfinished(files) + empty_context(files) + collisions(files)


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    if argv[0] == "update":
        update()
    elif argv[0] == "release":
        release()
    elif argv[0] == "fill" and len(argv) >= 2:
        fill(Path(argv[1]), [Path(a) for a in argv[2:]] or None)
    elif argv[0] == "check":
        missing = problems()
        for line in missing:
            print(line)
        return 1 if missing else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
