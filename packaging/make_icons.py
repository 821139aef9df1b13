"""Render resources/icons/healthdesk.svg to the PNG sizes the desktops use, a Windows .ico and a macOS .icns.

    .venv/bin/python packaging/make_icons.py

Uses only what the app already installs: Qt's SVG renderer (PySide6.QtSvg) for the PNGs and Pillow (a matplotlib
dependency) for the .ico and .icns. The outputs are committed, so a build does not need to run this; run it again
after changing the SVG.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SVG = ICONS / "healthdesk.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)  # 1024 is 512 at twice the density (Retina)


def png_path(size: int) -> Path:
    if size not in PNG_SIZES:  # only inside the .icns
        return ICONS.parent.parent / "build" / "icons" / f"healthdesk-{size}.png"
    return ICONS / f"healthdesk-{size}.png"


def render_pngs() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - painting needs one
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SVG}")
    png_path(1024).parent.mkdir(parents=True, exist_ok=True)
    for size in sorted(set(PNG_SIZES) | set(ICNS_SIZES)):
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        if not image.save(str(png_path(size)), "PNG"):
            raise SystemExit(f"cannot write {png_path(size)}")
        if size in PNG_SIZES:
            print(png_path(size).relative_to(ICONS.parent.parent))


def write_ico_icns() -> None:
    from PIL import Image

    largest = Image.open(png_path(256)).convert("RGBA")
    ico = ICONS / "healthdesk.ico"
    # Each size from its own rendering (sharper at 16 and 32 than a downscale of the largest).
    largest.save(
        ico,
        format="ICO",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[Image.open(png_path(s)).convert("RGBA") for s in ICO_SIZES],
    )
    print(ico.relative_to(ICONS.parent.parent))
    icns = ICONS / "healthdesk.icns"
    Image.open(png_path(1024)).convert("RGBA").save(
        icns,
        format="ICNS",
        append_images=[Image.open(png_path(s)).convert("RGBA") for s in ICNS_SIZES if s != 1024],
    )
    print(icns.relative_to(ICONS.parent.parent))


if __name__ == "__main__":
    render_pngs()
    write_ico_icns()
