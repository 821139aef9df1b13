"""Storage: SQLAlchemy 2 typed models, the database connection, migrations and backups."""

# Every write to a round's answers, responses, respondents or settings bumps its results version (one listener,
# registered here so that importing any storage module registers it, and ``entities`` need not import it).
from . import versions as _versions  # noqa: E402, F401
