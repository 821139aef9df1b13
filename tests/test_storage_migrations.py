"""Schema migrations: every released schema (a fixture database per revision) opens with the current code with
its data intact; a failed migration leaves the old file usable; batch table rebuilds keep child rows; a newer
schema is refused."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from faults.support import (
    TEST_REVISION,
    columns_of,
    db_answers,
    revision_of,
    rich_population,
    synthetic_migrations,
    table_counts,
)
from sqlalchemy import create_engine, inspect

from healthdesk.errors import StorageError
from healthdesk.models import migrate
from healthdesk.models.backup import is_good_backup, list_backups
from healthdesk.models.db import Database
from healthdesk.models.entities import Base

FIXTURES = Path(__file__).parent / "fixtures" / "schemas"


def test_known_revisions_are_alembics_one_linear_history() -> None:
    from alembic.script import ScriptDirectory

    from healthdesk.models.migrate import alembic_config

    scripts = ScriptDirectory.from_config(alembic_config(None))
    assert scripts.get_heads() == [migrate.HEAD]
    chain = [rev.revision for rev in scripts.walk_revisions()]  # newest first, fails on branches
    assert tuple(reversed(chain)) == migrate.KNOWN_REVISIONS


def test_every_schema_revision_has_a_fixture_database() -> None:
    """Every revision before head is released and must have its fixture. Head may still be in development:
    its fixture is made when it is released (before the next revision is added)."""
    how = (
        "run tests/fixtures/schemas/make_fixture.py with the code of that revision (see its docstring for an "
        "older commit) and commit the .sqlite3 and .json it writes"
    )
    missing = [rev for rev in migrate.KNOWN_REVISIONS[:-1] if not (FIXTURES / f"{rev}.sqlite3").exists()]
    assert not missing, f"no fixture for schema {missing}: {how}"
    if not (FIXTURES / f"{migrate.HEAD}.sqlite3").exists():
        pytest.skip(f"schema {migrate.HEAD} (head) has no fixture yet; when releasing it, {how}")


def _fixture_revisions() -> list[str]:
    return sorted(p.stem for p in FIXTURES.glob("*.sqlite3"))


@pytest.mark.parametrize("revision", _fixture_revisions())
def test_fixture_of_each_schema_opens_with_its_data_intact(data_dir: Path, revision: str) -> None:
    from healthdesk.services import partnerships, responses, rounds

    expected = json.loads((FIXTURES / f"{revision}.json").read_text(encoding="utf-8"))
    data_dir.mkdir(parents=True)
    shutil.copyfile(FIXTURES / f"{revision}.sqlite3", data_dir / "healthdesk.sqlite3")
    with Database.open(data_dir) as db:
        with db.engine.connect() as conn:
            assert migrate.current_revision(conn) == migrate.HEAD
        assert db.integrity_check() == ["ok"]
        for want in expected["partnerships"]:
            got = partnerships.get_partnership(db, want["code"])
            assert (got.name, got.partner_a_name, got.partner_b_name) == (
                want["name"],
                want["partner_a_name"],
                want["partner_b_name"],
            )
            assert (got.type, got.stage, got.description) == (
                want["type"],
                want["stage"],
                want["description"],
            )
            assert sorted([m.name, m.side, m.role] for m in got.members) == want["members"]
            assert got.terms == want["terms"]
        for want in expected["rounds"]:
            rnd = rounds.find_round(db, want["partnership"], want["label"])
            assert (rnd.status, rnd.threshold) == (want["status"], want["threshold"])
        for want in expected["responses"]:
            rnd = rounds.find_round(db, want["partnership"], want["round"])
            who = next(r for r in rounds.list_respondents(db, rnd.id) if r.name == want["respondent"])
            info = responses.get_response(db, who.id)
            assert (
                who.side == want["side"] and info.status == want["status"] and info.comment == want["comment"]
            )
            got = {k: ("na" if a.not_applicable else a.score) for k, a in info.answers.items()}
            assert got == want["answers"]
            assert {k: a.problem for k, a in info.answers.items() if a.problem} == want["problems"]
    if revision != migrate.HEAD:
        before = [b for b in list_backups(data_dir / "backups") if b.reason.startswith("before-upgrade")]
        assert len(before) == 1 and before[0].schema == revision and is_good_backup(before[0].path)


def test_a_new_database_matches_the_models(data_dir: Path) -> None:
    """Migrating an empty folder to head yields every table and column the ORM models declare."""
    Database.open(data_dir).close()
    engine = create_engine(f"sqlite:///{data_dir / 'healthdesk.sqlite3'}")
    try:
        found = inspect(engine)
        for table in Base.metadata.sorted_tables:
            assert table.name in found.get_table_names(), f"table {table.name} has no migration"
            columns = {c["name"] for c in found.get_columns(table.name)}
            assert {c.name for c in table.columns} <= columns, f"{table.name}: a column has no migration"
    finally:
        engine.dispose()


def test_foreign_keys_pragma_is_ignored_inside_a_transaction(tmp_path: Path) -> None:
    """Why the upgrade switches foreign keys off before BEGIN: inside a transaction the pragma does nothing."""
    conn = sqlite3.connect(str(tmp_path / "x.sqlite3"), isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("BEGIN")
    conn.execute("PRAGMA foreign_keys = OFF")
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    conn.execute("ROLLBACK")
    conn.close()


def test_batch_rebuild_of_a_parent_table_keeps_its_children(data_dir: Path, tmp_path: Path) -> None:
    rich_population(data_dir)
    db_path = data_dir / "healthdesk.sqlite3"
    counts = table_counts(db_path)
    assert counts["agreement_term"] == 2 and counts["governance_member"] == 2
    scripts = synthetic_migrations(tmp_path)

    # What would happen with foreign keys on: DROP TABLE partnership is refused while rounds point at it
    # (ON DELETE RESTRICT), and once there are none it silently cascade-deletes terms and members.
    from sqlalchemy import event
    from sqlalchemy.exc import IntegrityError

    def naive_upgrade(path: Path) -> None:
        engine = create_engine(f"sqlite:///{path}")
        event.listen(engine, "connect", lambda c, _r: c.execute("PRAGMA foreign_keys = ON"))
        try:
            with engine.begin() as conn:
                migrate.upgrade(conn, TEST_REVISION, scripts)
        finally:
            engine.dispose()

    naive = tmp_path / "naive.sqlite3"
    shutil.copyfile(db_path, naive)
    with pytest.raises(IntegrityError):
        naive_upgrade(naive)
    # ... and the plain pysqlite driver never opened a transaction for the DDL: the failed upgrade left a
    # half-built schema behind. (Our engine runs the whole upgrade inside BEGIN IMMEDIATE ... COMMIT.)
    assert "_alembic_tmp_partnership" in table_counts(naive)
    shutil.copyfile(db_path, naive)
    conn = sqlite3.connect(str(naive))
    for table in ("answer", "response", "respondent", "assessment_round"):
        conn.execute(f"DELETE FROM {table}")
    conn.commit()
    conn.close()
    naive_upgrade(naive)
    assert table_counts(naive)["agreement_term"] == 0 and table_counts(naive)["governance_member"] == 0

    db = Database.open(data_dir)
    statements: list[str] = []
    try:
        raw = db.raw_connection()
        raw.set_trace_callback(lambda sql: statements.append(" ".join(sql.split())))
        migrate.upgrade_database(db, TEST_REVISION, scripts)
        raw.set_trace_callback(None)
        assert raw.execute("PRAGMA foreign_keys").fetchone()[0] == 1  # back on afterwards
    finally:
        db.close(backup="never")
    # One transaction around everything: foreign keys off before it, the check inside, back on after it.
    control = [s for s in statements if s.split()[0].upper() in ("BEGIN", "COMMIT", "ROLLBACK", "PRAGMA")]
    control = [s for s in control if not s.upper().startswith(("PRAGMA MAIN.", "PRAGMA TEMP."))]
    assert control == [
        "PRAGMA foreign_keys = OFF",
        "PRAGMA foreign_keys",
        "BEGIN IMMEDIATE",
        "PRAGMA foreign_key_check",
        "COMMIT",
        "PRAGMA foreign_keys = ON",
    ], control
    ddl = [i for i, s in enumerate(statements) if s.upper().startswith(("CREATE", "DROP", "ALTER", "INSERT"))]
    assert statements.index("BEGIN IMMEDIATE") < min(ddl) and max(ddl) < statements.index("COMMIT")
    assert revision_of(db_path) == TEST_REVISION and "test_note" in columns_of(db_path, "partnership")
    assert table_counts(db_path) == counts


def test_failed_migration_leaves_the_old_file_usable_and_a_backup(
    data_dir: Path, tmp_path: Path, monkeypatch
) -> None:
    rich_population(data_dir)
    db_path = data_dir / "healthdesk.sqlite3"
    counts, answers = table_counts(db_path), db_answers(db_path)
    real_head = migrate.HEAD
    scripts = synthetic_migrations(tmp_path)
    monkeypatch.setenv("HEALTHDESK_TEST_MIGRATION_FAIL", "1")
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", scripts)
    monkeypatch.setattr(migrate, "KNOWN_REVISIONS", (*migrate.KNOWN_REVISIONS, TEST_REVISION))
    monkeypatch.setattr(migrate, "HEAD", TEST_REVISION)
    with pytest.raises(StorageError) as failed:
        Database.open(data_dir)
    assert failed.value.code == "migration_failed"
    assert (
        "injected failure" in failed.value.message_en() and "was left as it was" in failed.value.message_en()
    )
    backup = Path(failed.value.params["backup"])
    assert backup.exists() and is_good_backup(backup) and db_answers(backup) == answers
    assert revision_of(db_path) == real_head and "weight" not in columns_of(db_path, "answer")
    assert table_counts(db_path) == counts and db_answers(db_path) == answers
    monkeypatch.undo()
    with Database.open(data_dir) as db:  # the lock was released; the old schema opens as before
        assert db.integrity_check() == ["ok"]
