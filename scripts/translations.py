"""Qt translations: one .ts per UI module, so engineers working on different screens never edit the same file.

    python scripts/translations.py update     # lupdate: healthdesk/ui/<name>.py -> resources/translations/ui_<name>_zh_CN.ts
    python scripts/translations.py fill FILE.json [TS ...]   # put Chinese texts into the .ts files named (default: all)
                                                           # ({"context": {"source": "中文"}})
    python scripts/translations.py release    # lrelease: every .ts -> .qm (shipped, loaded by healthdesk.ui.i18n)
    python scripts/translations.py check      # exit 1 listing unfinished or obsolete-free missing translations

The app loads every ``*_zh_CN.qm`` in resources/translations when the language is Chinese. English is the source
language, so it needs no translation file.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "healthdesk" / "ui"
TS_DIR = ROOT / "resources" / "translations"
LANG = "zh_CN"


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


def update() -> None:
    TS_DIR.mkdir(parents=True, exist_ok=True)
    for module in ui_modules():
        text = module.read_text(encoding="utf-8")
        if "tr(" not in text and "translate(" not in text:
            continue
        subprocess.run(
            [
                _tool("lupdate"),
                "-silent",
                "-no-obsolete",
                "-target-language",
                LANG,
                str(module),
                "-ts",
                str(ts_path(module)),
            ],
            check=True,
        )


def release() -> None:
    for ts in sorted(TS_DIR.glob(f"*_{LANG}.ts")):
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
                translation.text = text
                translation.attrib.pop("type", None)
                changed = True
        if changed:
            tree.write(ts, encoding="utf-8", xml_declaration=True)


def unfinished() -> list[str]:
    missing = []
    for ts in sorted(TS_DIR.glob(f"*_{LANG}.ts")):
        for context in ET.parse(ts).getroot().iter("context"):
            name = context.findtext("name")
            for message in context.iter("message"):
                translation = message.find("translation")
                if (
                    translation is None
                    or translation.get("type") in ("unfinished",)
                    or not (translation.text or "").strip()
                ):
                    if translation is not None and translation.get("type") in ("obsolete", "vanished"):
                        continue
                    missing.append(f"{ts.name}: {name}: {message.findtext('source')!r}")
    return missing


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
        missing = unfinished()
        for line in missing:
            print(line)
        return 1 if missing else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
