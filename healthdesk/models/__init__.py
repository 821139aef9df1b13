"""Storage: SQLAlchemy 2 typed models, the database connection, migrations and backups."""
