"""A HealthDesk process to be killed: ``python writer.py MODE DATA_DIR [ARGS...]``.

It prints a line to stdout (flushed) only *after* the step it reports has returned, so the test knows a lower
bound of what must be in the database when it sends SIGKILL:

- ``answers SEED ID...``: records every indicator for each respondent id (random order and scores from SEED,
  some answers changed again), then submits; prints ``saved <id> <indicator> <score>`` after each
  ``record_answer`` returned and ``submitted <id>`` after ``submit_response`` returned.
- ``hold``: opens the database as the writer and waits (a second writer / stale lock).
- ``backup``: takes backups in a loop; ``backup <path>`` after each returned.
- ``restore A B``: restores backup A, then B, then A… ``restored <path>`` after each returned.
- ``migrate SCRIPTS TARGET``: upgrades to TARGET with the migration scripts in SCRIPTS.
- ``stall-backup`` / ``stall-restore A``: a backup (a restore of A) that stops in the middle of copying pages,
  half-written copy and journal on disk; prints ``copying`` there and waits to be killed.

Every mode prints ``ready`` once the database is open.
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def plan(seed: int, respondent_ids: list[int], indicators: list[str]) -> list[tuple]:
    """The steps of ``answers`` mode: ("answer", id, indicator, score) and ("submit", id)."""
    rng = random.Random(seed)
    steps: list[tuple] = []
    for rid in respondent_ids:
        order = list(indicators)
        rng.shuffle(order)
        for ind in order:
            steps.append(("answer", rid, ind, rng.choice([1, 2, 3, 4, 5, 5, "na"])))
            if rng.random() < 0.25:  # changed mind: the newer value must win
                steps.append(("answer", rid, ind, rng.choice([1, 2, 3, 4, 5])))
        steps.append(("submit", rid))
    return steps


def stall_copies() -> None:
    """Make every backup copy stop after its first page (copy and journal half-written) and wait."""
    from healthdesk.models import backup

    real_copy = backup.copy_database

    class Stalling:
        def __init__(self, source) -> None:  # noqa: ANN001
            self.source = source

        def backup(self, dest) -> None:  # noqa: ANN001
            def progress(_status: int, _remaining: int, _total: int) -> None:
                say("copying")
                time.sleep(600)

            self.source.backup(dest, pages=1, progress=progress)

    def copy_database(source, target, progress=None) -> None:  # noqa: ANN001, ARG001 - stalls whatever reports
        real_copy(Stalling(source), target)

    backup.copy_database = copy_database


def main(argv: list[str]) -> int:
    mode, data_dir = argv[0], Path(argv[1])
    args = argv[2:]
    if mode.startswith("stall-"):
        stall_copies()
        mode = mode.removeprefix("stall-")
    if mode == "restore":
        from healthdesk import maintenance

        say("ready")
        backups = [Path(a) for a in args]
        n = 0
        while True:
            source = backups[n % len(backups)]
            maintenance.restore(data_dir, source)
            say(f"restored {source}")
            n += 1
    from healthdesk.models.db import Database

    db = Database.open(data_dir)
    say("ready")
    if mode == "hold":
        time.sleep(600)
        return 0
    if mode == "backup":
        from healthdesk.models.backup import take_backup

        while True:
            say(f"backup {take_backup(db, reason='auto')}")
    if mode == "migrate":
        from healthdesk.models.migrate import upgrade_database

        upgrade_database(db, target=args[1], script_location=Path(args[0]))
        say("migrated")
        db.close(backup="never")
        return 0
    if mode == "answers":
        from healthdesk.framework import default_framework
        from healthdesk.services.responses import record_answer, submit_response

        seed, ids = int(args[0]), [int(a) for a in args[1:]]
        indicators = [ind.id for ind in default_framework().indicators]
        for step in plan(seed, ids, indicators):
            if step[0] == "answer":
                _, rid, ind, score = step
                record_answer(db, rid, ind, score)
                say(f"saved {rid} {ind} {score}")
            else:
                submit_response(db, step[1])
                say(f"submitted {step[1]}")
        say("done")
        time.sleep(600)
        return 0
    raise SystemExit(f"unknown mode {mode}")


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
