"""Alembic environment: always run programmatically with a connection from healthdesk.models.migrate.

``migrate.upgrade_database`` switches foreign keys off and opens one transaction (BEGIN IMMEDIATE) around the
whole upgrade, so ``begin_transaction()`` below joins it. ``transactional_ddl=True`` keeps the upgrade in one
transaction even when a caller passes a connection without one: SQLite rolls DDL back, so a failed or killed
migration leaves the old schema in place. Do not use ``op.execute("PRAGMA foreign_keys ...")`` or
``autocommit_block()`` in a migration: neither can work inside that transaction.
"""

from alembic import context

from healthdesk.models.entities import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    transactional_ddl=True,
)
with context.begin_transaction():
    context.run_migrations()
