"""Schema revisions: refuse a newer database, back up and upgrade an older one, create a new one at head.

Alembic is imported only when there is something to do, so an up-to-date database opens fast.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection

from ..errors import DamagedError, StorageError

if TYPE_CHECKING:
    from .db import Database

log = logging.getLogger(__name__)

# Every released schema revision, oldest first. A test checks this list against the Alembic scripts.
KNOWN_REVISIONS = ("0001",)
HEAD = KNOWN_REVISIONS[-1]
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


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
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        ).first()
    )


def alembic_config(connection: Connection):  # noqa: ANN201
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def upgrade(connection: Connection, target: str = "head") -> None:
    from alembic import command

    command.upgrade(alembic_config(connection), target)


def check_revision(db: Database, allow_upgrade: bool) -> None:
    with db.engine.connect() as conn:
        revision = current_revision(conn)
        populated = has_user_tables(conn)
    if revision == HEAD:
        return
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise DamagedError("newer_schema", path=str(db.path), found=revision, known=HEAD)
    if not allow_upgrade:
        raise StorageError("needs_upgrade", path=str(db.path))
    backup_path = None
    if populated:
        from .backup import take_backup

        backup_path = take_backup(db, reason=f"before-upgrade-{revision or 'none'}")
    log.info("migrating %s from %s to %s", db.path, revision, HEAD)
    try:
        with db.engine.connect() as conn:
            upgrade(conn)
            conn.commit()
    except Exception as exc:
        log.exception("migration failed")
        raise StorageError(
            "migration_failed", reason=str(exc).splitlines()[0], backup=str(backup_path)
        ) from exc
