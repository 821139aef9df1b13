"""round: key messages

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-04 19:30:00

- ``key_messages``: up to five short bullets per language that the facilitator writes for the JMC review, as JSON
  ``{"en": [...], "zh": [...]}`` (a language without bullets is left out). ``'{}'`` for every round the
  migration finds. Writing them is not a change of the round's results (``models.versions.NOT_RESULTS``).
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("assessment_round", schema=None) as batch_op:
        batch_op.add_column(sa.Column("key_messages", sa.Text(), nullable=False, server_default="{}"))


def downgrade() -> None:
    with op.batch_alter_table("assessment_round", schema=None) as batch_op:
        batch_op.drop_column("key_messages")
