"""Schema revisions: refuse a newer database, back up and upgrade an older one, create a new one at head.

An upgrade runs as one SQLite transaction (SQLite rolls DDL back like any other change), so a failed or
killed migration leaves the old file as it was. Foreign keys are switched off for the upgrade, because
``PRAGMA foreign_keys`` cannot change inside a transaction and Alembic's batch mode rebuilds a table by
create-copy-drop-rename: with foreign keys on, the DROP of a parent table would cascade-delete its children's
rows. ``PRAGMA foreign_key_check`` runs before the commit instead (SQLite's documented procedure for schema
changes). Migration scripts must not use ``PRAGMA foreign_keys`` or ``autocommit_block()`` themselves.

Alembic is imported only when there is something to do, so an up-to-date database opens fast.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection

from ..errors import DamagedError, StorageError

if TYPE_CHECKING:
    from .db import Database

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
_SCRIPT_RE = re.compile(r"^(\d{4})_[A-Za-z0-9_]+\.py$")


def _revisions_in(folder: Path) -> tuple[str, ...]:
    """Revision ids from the script names (``NNNN_title.py``, revision id ``NNNN``), oldest first. A test
    checks that these agree with Alembic's own view of the scripts (ids, one linear history)."""
    found = []
    for path in (folder / "versions").iterdir() if (folder / "versions").is_dir() else ():
        match = _SCRIPT_RE.match(path.name)
        if match:
            found.append(match.group(1))
    return tuple(sorted(found))


# Every schema revision this code knows, oldest first: the database can be upgraded from each of them.
KNOWN_REVISIONS = _revisions_in(MIGRATIONS_DIR)
HEAD = KNOWN_REVISIONS[-1]


def current_revision(conn: Connection) -> str | None:
    has_table = conn.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    ).first()
    if not has_table:
        return None
    return conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


def has_user_tables(conn: Connection) -> bool:
    return bool(
        conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name != 'alembic_version'"
        ).first()
    )


def alembic_config(connection: Connection, script_location: Path | None = None):  # noqa: ANN201
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(script_location or MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def upgrade(connection: Connection, target: str | None = None, script_location: Path | None = None) -> None:
    """Run the Alembic scripts up to ``target`` on ``connection`` (the caller owns the transaction)."""
    from alembic import command

    command.upgrade(alembic_config(connection, script_location), target or HEAD)


def upgrade_database(db: Database, target: str | None = None, script_location: Path | None = None) -> None:
    """Upgrade to ``target`` (default HEAD) in one transaction, foreign keys off and checked before the commit.
    Whatever goes wrong (an exception, a kill), the database is left as it was; the exception propagates."""
    target = target or HEAD
    with db.engine.connect() as conn:
        dbapi = conn.connection.dbapi_connection
        # Outside any transaction (nothing has run on ``conn`` yet), where this pragma takes effect.
        dbapi.execute("PRAGMA foreign_keys = OFF")
        if dbapi.execute("PRAGMA foreign_keys").fetchone()[0] != 0:
            raise StorageError(
                "migration_failed", reason="foreign keys could not be switched off", backup="-"
            )
        try:
            with conn.begin():
                before = current_revision(conn)
                upgrade(conn, target, script_location)
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise RuntimeError(
                        f"{len(broken)} broken reference(s) after the upgrade, first in {broken[0][0]}"
                    )
                after = current_revision(conn)
                if after != target:
                    raise RuntimeError(f"the upgrade ended at schema {after}, not {target}")
            log.info("migrated %s from %s to %s", db.path, before, after)
        finally:
            dbapi.execute("PRAGMA foreign_keys = ON")
    db.changed_since_backup = True


def check_revision(db: Database, allow_upgrade: bool, *, take_backup: Callable[..., Path]) -> None:
    """Refuse a newer or unknown schema; upgrade an older one when allowed, after ``take_backup(db, reason=…)``
    (given by the caller: storage's backup module sits above this one) when the database holds anything."""
    with db.engine.connect() as conn:
        revision = current_revision(conn)
        populated = has_user_tables(conn)
    if revision == HEAD:
        return
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise DamagedError("newer_schema", path=str(db.path), found=revision, known=HEAD)
    if not allow_upgrade or db.read_only:
        raise StorageError("needs_upgrade", path=str(db.path))
    backup_path = None
    if populated:
        backup_path = take_backup(db, reason=f"before-upgrade-{revision or 'none'}")
    log.info("migrating %s from %s to %s", db.path, revision, HEAD)
    try:
        upgrade_database(db, HEAD, MIGRATIONS_DIR)
    except Exception as exc:
        log.exception("migration failed")
        lines = str(exc).strip().splitlines()
        reason = (
            exc.message_en() if isinstance(exc, StorageError) else (lines[0] if lines else type(exc).__name__)
        )
        raise StorageError("migration_failed", reason=reason, backup=str(backup_path or "-")) from exc
