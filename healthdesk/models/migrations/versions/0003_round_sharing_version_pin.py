"""round: share-when-closed setting, results version, respondent-mode PIN lock-out

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-04 18:30:00

- ``share_when_closed``: PDF, xlsx and CSV of an open round are refused while it is on. On for every round
  the migration finds (closed rounds are shared anyway; open ones must be protected from differencing).
- ``results_version``: bumped in the same transaction by every write to a round's answers, responses,
  respondents or settings; kept results are keyed by it.
- ``pin_failures`` and ``pin_locked_until``: wrong respondent-mode PIN attempts, stored with the round so a
  script cannot reset the delay by reopening the dialog or restarting the app.
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("assessment_round", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("share_when_closed", sa.Boolean(), nullable=False, server_default=sa.true())
        )
        batch_op.add_column(sa.Column("results_version", sa.Integer(), nullable=False, server_default="0"))
        batch_op.add_column(sa.Column("pin_failures", sa.Integer(), nullable=False, server_default="0"))
        batch_op.add_column(sa.Column("pin_locked_until", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("assessment_round", schema=None) as batch_op:
        batch_op.drop_column("pin_locked_until")
        batch_op.drop_column("pin_failures")
        batch_op.drop_column("results_version")
        batch_op.drop_column("share_when_closed")
