"""Helper process for the kill test: answers the walk-through with key presses until it is SIGKILLed.

    python tests/ui/walkthrough_killer.py DATA_DIR RESPONDENT_ID

Opens the data folder, shows the walk-through offscreen and answers one indicator after another with simulated
key presses (3, 5, N, 1, 4, ...) for the first half of the indicators. After each answer the walk-through shows
as saved, it prints ``SAVED <indicator> <score>``; after a problem description is saved, ``TEXT <indicator>
<text>``; after the first half, ``HALF``. Then it keeps the window open and never exits by itself: the test kills it
mid-way through the walk-through and checks that everything printed is in the database (no timing involved).
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from healthdesk.models.db import Database  # noqa: E402
from healthdesk.ui.common.context import AppContext  # noqa: E402
from healthdesk.ui.walkthrough.window import WalkthroughWindow  # noqa: E402

KEYS = [(Qt.Key.Key_3, 3), (Qt.Key.Key_5, 5), (Qt.Key.Key_N, "na"), (Qt.Key.Key_1, 1), (Qt.Key.Key_4, 4)]


def main(data_dir: str, respondent_id: int) -> None:
    app = QApplication([])
    db = Database.open(Path(data_dir))
    ctx = AppContext(db, Path(data_dir), lang="en")
    window = WalkthroughWindow(ctx, respondent_id)
    window.show()
    wt = window.walkthrough
    saved_texts: list[str] = []
    wt.text_saved.connect(saved_texts.append)
    print("READY", flush=True)
    half = len(wt.framework.indicators) // 2
    for n, ind in enumerate(wt.framework.indicators[:half]):
        key, score = KEYS[n % len(KEYS)]
        wt.go_to_indicator(ind.id)
        card = wt.cards[ind.id]
        QTest.keyClick(card, key)
        app.processEvents()
        # Print only what the walk-through shows as saved: the card shows the stored choice, the label says so.
        if card.score == score and wt.save_label.text().startswith("✓"):
            print(f"SAVED {ind.id} {score}", flush=True)
        if n == 1:
            text = "problem typed before the kill"
            card.problem_box.edit.setFocus()
            QTest.keyClicks(card.problem_box.edit, text)
            saved_texts.clear()
            deadline = time.monotonic() + 60  # only a bound: the loop ends when the text is saved
            while ind.id not in saved_texts and time.monotonic() < deadline:
                app.processEvents()
                time.sleep(0.01)
            if ind.id in saved_texts and card.problem_text() == text and not wt.has_unsaved_text():
                print(f"TEXT {ind.id} {text}", flush=True)
            card.setFocus()
        app.processEvents()
    print("HALF", flush=True)
    while True:  # wait to be killed
        app.processEvents()
        time.sleep(0.05)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
