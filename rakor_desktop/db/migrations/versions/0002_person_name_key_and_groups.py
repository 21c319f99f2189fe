"""Search key for people (title- and diacritics-free) and saved invitee groups.

The door station searches "anom" and must find "Dr. H. Anom Widiyantoro, S.H., M.H."
quickly; the folded key is stored and indexed instead of computed per keystroke.
Existing people are backfilled.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("name_key", sa.String(length=200), nullable=False, server_default="")
        )
        batch_op.create_index(batch_op.f("ix_person_name_key"), ["name_key"], unique=False)

    # Backfill with the same folding the app uses (kept here as a frozen copy would drift
    # from the search code; this revision is meant to produce exactly the app's key).
    from rakor_desktop.domain.names import name_key

    conn = op.get_bind()
    rows = conn.execute(sa.text("SELECT id, full_name FROM person")).fetchall()
    for pid, full_name in rows:
        conn.execute(
            sa.text("UPDATE person SET name_key = :k WHERE id = :id"),
            {"k": name_key(full_name or ""), "id": pid},
        )

    op.create_table(
        "invitee_group",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("organization_ids", sa.Text(), nullable=False),
        sa.Column("person_ids", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_invitee_group")),
        sa.UniqueConstraint("name", name=op.f("uq_invitee_group_name")),
    )
    with op.batch_alter_table("invitee_group", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_invitee_group_uuid"), ["uuid"], unique=True)


def downgrade() -> None:
    with op.batch_alter_table("invitee_group", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_invitee_group_uuid"))
    op.drop_table("invitee_group")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_name_key"))
        batch_op.drop_column("name_key")
