"""Helpers of the fault suite: a populated data folder, a writer process to kill, small file-system mounts."""

from __future__ import annotations

import contextlib
import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

WRITER = Path(__file__).with_name("writer.py")


def populate(data_dir: Path, respondents: int = 3, label: str = "2026 H1") -> dict:
    """A partnership with an open round and ``respondents`` respondents (alternating sides). Returns ids."""
    from healthdesk.models.db import Database
    from healthdesk.services import partnerships, rounds
    from healthdesk.services.dto import PartnershipInput

    db = Database.open(data_dir)
    try:
        p = partnerships.create_partnership(
            db,
            PartnershipInput(
                name="Fault × Test",
                code="FT",
                partner_a_name="Alpha",
                partner_a_label="Alpha",
                partner_b_name="Beta",
                partner_b_label="Beta",
            ),
        )
        rnd = rounds.create_round(db, p.id, label, "2026-05-01", status="open")
        ids = [
            rounds.add_respondent(db, rnd.id, f"R{n:04d}", "AB"[n % 2], "Executive").id
            for n in range(respondents)
        ]
    finally:
        db.close(backup="never")
    return {"partnership": p.id, "round": rnd.id, "respondents": ids}


def indicators() -> list[str]:
    from healthdesk.framework import default_framework

    return [ind.id for ind in default_framework().indicators]


def answer_some(db, respondent_ids: list[int], score: int = 3) -> None:  # noqa: ANN001
    from healthdesk.services.responses import record_answer

    for rid in respondent_ids:
        for ind in indicators():
            record_answer(db, rid, ind, score)


def db_answers(db_path: Path) -> dict[tuple[int, str], object]:
    """(respondent id, indicator) -> score or "na", straight from the file (read-only)."""
    conn = sqlite3.connect(f"file:{db_path.as_posix()}?mode=ro", uri=True)
    try:
        rows = conn.execute(
            "SELECT s.respondent_id, a.indicator_id, a.score, a.not_applicable "
            "FROM answer a JOIN response s ON a.response_id = s.id"
        ).fetchall()
    finally:
        conn.close()
    return {(rid, ind): ("na" if na else score) for rid, ind, score, na in rows}


def integrity(db_path: Path) -> list[str]:
    conn = sqlite3.connect(f"file:{db_path.as_posix()}?mode=ro", uri=True)
    try:
        return [str(r[0]) for r in conn.execute("PRAGMA integrity_check").fetchall()]
    finally:
        conn.close()


def file_digest(path: Path) -> str | None:
    if not path.exists():
        return None
    return hashlib.sha256(path.read_bytes()).hexdigest()


def folder_digest(
    folder: Path, names: tuple[str, ...] = ("healthdesk.sqlite3", "healthdesk.sqlite3-wal")
) -> dict:
    """Digests of the database and its WAL (an empty WAL, as a read-only look may leave, counts as none)."""
    return {name: file_digest(folder / name) if _size(folder / name) else None for name in names}


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def start_writer(*args: str | Path) -> subprocess.Popen:
    env = dict(os.environ)
    env["PYTHONUNBUFFERED"] = "1"
    return subprocess.Popen(
        [sys.executable, str(WRITER), *map(str, args)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def wait_for_line(proc: subprocess.Popen, wanted: str, timeout: float = 30.0) -> list[str]:
    """Read stdout lines until one equals ``wanted`` (or starts with it). Returns the lines read."""
    lines: list[str] = []
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            raise AssertionError(f"writer ended before '{wanted}': {proc.stderr.read()}")
        lines.append(line.rstrip("\n"))
        if lines[-1].startswith(wanted):
            return lines
    raise AssertionError(f"no '{wanted}' within {timeout}s")


def read_lines(proc: subprocess.Popen, count: int) -> list[str]:
    """Read ``count`` lines of stdout (fewer if the process ends)."""
    lines = []
    for _ in range(count):
        line = proc.stdout.readline()
        if not line:
            break
        lines.append(line.rstrip("\n"))
    return lines


def kill(proc: subprocess.Popen) -> list[str]:
    """SIGKILL, then every complete line the process had written and was not read yet."""
    with contextlib.suppress(ProcessLookupError):
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    # Not communicate(): it reads the pipe itself and misses what readline() already read ahead into the
    # stream's buffer (several lines when the writer ran ahead of the test, as on a busy machine).
    out = proc.stdout.read()
    proc.stdout.close()
    proc.stderr.read()
    proc.stderr.close()
    lines = out.split("\n")
    return [line for line in lines[:-1]]  # the text after the last newline is an incomplete line


def kill_and_collect(proc: subprocess.Popen, before: list[str]) -> list[str]:
    return before + kill(proc)


@contextlib.contextmanager
def tmpfs(mount_point: Path, size: str) -> Iterator[Path]:
    """A small tmpfs at ``mount_point`` (skips the test where mounting is not allowed). Running as root, chmod
    proves nothing about a read-only folder or a full disk; a real small file system does."""
    if not sys.platform.startswith("linux"):
        pytest.skip("tmpfs mounts need Linux")
    if os.geteuid() != 0:
        pytest.skip(
            "mounting a tmpfs needs root (these faults are tested on the CI machines, which run as root)"
        )
    mount_point.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(mount_point)],
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        pytest.skip(f"mounting a tmpfs is not allowed here: {result.stderr.strip() or result.returncode}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", str(mount_point)], capture_output=True)
        if os.path.ismount(mount_point):
            subprocess.run(["umount", "-l", str(mount_point)], capture_output=True)


def remount(mount_point: Path, options: str) -> None:
    result = subprocess.run(
        ["mount", "-o", f"remount,{options}", str(mount_point)], capture_output=True, text=True
    )
    assert result.returncode == 0, f"remount {options} failed: {result.stderr}"


def fill_disk(folder: Path) -> Path:
    """Fill the file system holding ``folder`` to the last byte."""
    filler = folder / "filler.bin"
    with open(filler, "wb", buffering=0) as handle:
        for size in (1 << 20, 65536, 4096, 512, 1):
            chunk = b"\0" * size
            with contextlib.suppress(OSError):
                while True:
                    handle.write(chunk)
    return filler


SLOW_MIGRATION = '''"""test-only migration: rebuilds parent and child tables (Alembic batch mode), optionally slow or failing"""

import os
import time

import sqlalchemy as sa
from alembic import op

revision = "{revision}"
down_revision = "{down}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # recreate="always": create a new table, copy, DROP the old one, rename. With foreign keys on, dropping
    # "partnership" would cascade-delete agreement terms and members; the upgrade must keep them.
    with op.batch_alter_table("partnership", recreate="always") as batch_op:
        batch_op.add_column(sa.Column("test_note", sa.Text(), nullable=True))
    with op.batch_alter_table("answer", recreate="always") as batch_op:
        batch_op.add_column(sa.Column("weight", sa.Integer(), nullable=True))
    op.execute("UPDATE answer SET weight = coalesce(score, 0)")
    marker = os.environ.get("HEALTHDESK_TEST_MIGRATION_MARKER")
    if marker:
        open(marker, "w").close()
        time.sleep(float(os.environ.get("HEALTHDESK_TEST_MIGRATION_SLEEP", "0")))
    if os.environ.get("HEALTHDESK_TEST_MIGRATION_FAIL"):
        raise RuntimeError("injected failure at the end of the migration")


def downgrade() -> None:
    pass
'''

TEST_REVISION = "9990"


def synthetic_migrations(folder: Path) -> Path:
    """The real migration scripts plus a test revision 9990 on top of HEAD. Returns the script location."""
    import shutil

    from healthdesk.models import migrate

    target = folder / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, target, ignore=shutil.ignore_patterns("__pycache__"))
    (target / "versions" / f"{TEST_REVISION}_test_rebuild.py").write_text(
        SLOW_MIGRATION.format(revision=TEST_REVISION, down=migrate.HEAD), encoding="utf-8"
    )
    return target


def table_counts(db_path: Path) -> dict[str, int]:
    conn = sqlite3.connect(f"file:{db_path.as_posix()}?mode=ro", uri=True)
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {
            n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0]
            for n in names
            if n != "alembic_version"
        }
    finally:
        conn.close()


def revision_of(db_path: Path) -> str | None:
    conn = sqlite3.connect(f"file:{db_path.as_posix()}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        conn.close()


def columns_of(db_path: Path, table: str) -> list[str]:
    conn = sqlite3.connect(f"file:{db_path.as_posix()}?mode=ro", uri=True)
    try:
        return [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]
    finally:
        conn.close()


def rich_population(data_dir: Path, respondents: int = 6) -> dict:
    """``populate`` plus members and agreement terms (children of partnership) and answers for everyone."""
    from healthdesk.models.db import Database
    from healthdesk.services import partnerships
    from healthdesk.services.dto import Member

    ids = populate(data_dir, respondents)
    with Database.open(data_dir) as db:
        p = partnerships.get_partnership(db, ids["partnership"])
        data = p.as_input()
        data.members = [Member("王芳", "A", "jmc_member"), Member("Tom", "B", "jpt_lead")]
        data.terms = {"revenue_split": "50/50", "exit_terms": "6 months"}
        partnerships.update_partnership(db, p.id, data)
        answer_some(db, ids["respondents"], score=2)
    return ids


def add_ballast(db_path: Path, megabytes: float) -> None:
    """Make the database bigger (one large setting), so copying it takes measurable time."""
    conn = sqlite3.connect(str(db_path))
    try:
        conn.execute(
            "INSERT OR REPLACE INTO app_setting(key, value) VALUES ('test.ballast', ?)",
            (os.urandom(int(megabytes * 1024 * 1024) // 2).hex(),),
        )
        conn.commit()
    finally:
        conn.close()
