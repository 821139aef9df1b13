"""Helper process for the workshop kill test: runs a workshop until it is SIGKILLed.

    python tests/ui/workshop_killer.py DATA_DIR PARTNERSHIP_ID ROUND_ID

Opens the workshop offscreen, reveals the overview, moves on and reveals the next screen, opens the capture bar
for a goal and types its title key by key. Once the database holds that draft it prints ``DRAFT <step key>`` and
then never exits by itself: the test kills it and opens the workshop again (no timing involved).
"""

from __future__ import annotations

import os
import sys
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from healthdesk.models.db import Database  # noqa: E402
from healthdesk.services import followup as fu  # noqa: E402
from healthdesk.ui.common.context import AppContext  # noqa: E402
from healthdesk.ui.workshop import window as ws

TITLE = "Agree one joint target list"


def main(data_dir: str, partnership_id: int, round_id: int) -> None:
    app = QApplication([])
    db = Database.open(Path(data_dir))
    ctx = AppContext(db, Path(data_dir), lang="en")
    window = ws.WorkshopWindow(ctx, partnership_id, as_of=date(2026, 6, 1))
    window.resize(1920, 1080)
    window.show()
    app.processEvents()
    window.show_step([n for n, s in enumerate(window.steps) if s.kind == "overview"][0])
    QTest.keyClick(window, Qt.Key.Key_R)
    QTest.keyClick(window, Qt.Key.Key_Right)
    QTest.keyClick(window, Qt.Key.Key_R)
    QTest.keyClick(window, Qt.Key.Key_G)
    app.processEvents()
    QTest.keyClicks(window.capture.title_edit, TITLE)
    app.processEvents()
    step_key = window.current_step().key
    deadline = time.monotonic() + 60  # only a bound: the loop ends when the draft is in the database
    while time.monotonic() < deadline:
        state = fu.workshop_state(db, round_id) or {}
        if (state.get("draft") or {}).get("title") == TITLE:
            print(f"DRAFT {step_key}", flush=True)
            break
        app.processEvents()
        time.sleep(0.01)
    else:
        print("NO-DRAFT the typed title never reached the database", flush=True)
    while True:  # wait to be killed, mid-typing as far as the workshop knows
        app.processEvents()
        time.sleep(0.05)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
