"""Alembic environment: always run programmatically with a connection from healthdesk.models.migrate."""

from alembic import context

from healthdesk.models.entities import Base

connection = context.config.attributes["connection"]
# SQLite can roll DDL back: one transaction for the whole upgrade, so a failed or killed migration leaves the
# old schema in place (the journal undoes it).
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    transactional_ddl=True,
)
with context.begin_transaction():
    context.run_migrations()
