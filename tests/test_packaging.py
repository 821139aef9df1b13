"""The installers register the same two files the app writes, on every platform, and hand them to
`healthdesk open FILE` (docs/install.md). A mismatch would mean a double-click on an e-mailed invitation does not
open HealthDesk on one of the platforms; only Linux can be installed and tried here
(scripts/verify_linux_package.sh), so the macOS and Windows declarations are checked against the same names."""

from __future__ import annotations

import configparser
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from PIL import Image

from healthdesk.exchange.formats import INVITATION_SUFFIX, RESPONSE_SUFFIX

ROOT = Path(__file__).resolve().parents[1]
LINUX = ROOT / "packaging" / "linux"
ICONS = ROOT / "resources" / "icons"
TYPES = {
    "application/x-healthdesk-invitation": INVITATION_SUFFIX.lstrip("."),
    "application/x-healthdesk-response": RESPONSE_SUFFIX.lstrip("."),
}


def desktop_entry(name: str) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(LINUX / name, encoding="utf-8")
    return parser["Desktop Entry"]


def test_linux_mime_types_match_the_file_endings_the_app_writes():
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    root = ET.parse(LINUX / "healthdesk-mime.xml").getroot()
    declared = {
        t.get("type"): [g.get("pattern") for g in t.findall("m:glob", ns)]
        for t in root.findall("m:mime-type", ns)
    }
    assert declared == {mime: [f"*.{ext}"] for mime, ext in TYPES.items()}


def test_linux_file_entry_opens_both_types_with_healthdesk_open_and_the_menu_entry_needs_no_file():
    opener = desktop_entry("healthdesk-open.desktop")
    assert opener["Exec"] == "healthdesk open %f"
    assert set(filter(None, opener["MimeType"].split(";"))) == set(TYPES)
    assert opener["Name"] == "HealthDesk" and opener["Icon"] == "healthdesk"
    menu = desktop_entry("healthdesk.desktop")
    assert menu["Exec"] == "healthdesk" and menu["Icon"] == "healthdesk"
    assert "NoDisplay" not in menu and opener["NoDisplay"] == "true"


def test_windows_installer_registers_both_endings_with_healthdesk_open():
    iss = (ROOT / "packaging" / "windows" / "healthdesk.iss").read_text(encoding="utf-8")
    for mime, ext in TYPES.items():
        progid = re.search(
            rf'Subkey: "Software\\Classes\\\.{ext}"; .*ValueName: ""; ValueData: "([^"]+)"', iss
        )
        assert progid, ext
        command = re.search(
            rf'Subkey: "Software\\Classes\\{progid.group(1)}\\shell\\open\\command"; .*ValueData: "(.+)"$',
            iss,
            re.MULTILINE,
        )
        # Inno Setup's "" is one quote: "C:\...\healthdesk.exe" open "%1"
        assert command and command.group(1) == '""{app}\\{#AppExe}"" open ""%1""', ext
        assert f'ValueName: "Content Type"; ValueData: "{mime}"' in iss


def test_macos_app_declares_both_types():
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    for mime, ext in TYPES.items():
        assert re.search(rf'\("org\.healthdesk\.\w+", "[^"]+", "{ext}", "{mime}"\)', spec), ext
    assert "CFBundleDocumentTypes" in spec and "UTExportedTypeDeclarations" in spec


def test_icon_files_exist_at_every_size_the_desktops_use():
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        with Image.open(ICONS / f"healthdesk-{size}.png") as png:
            assert png.size == (size, size) and png.mode == "RGBA"
    with Image.open(ICONS / "healthdesk.ico") as ico:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])
    with Image.open(ICONS / "healthdesk.icns") as icns:
        assert (512, 512, 2) in icns.info["sizes"]
