"""Monev: an indicator catalogue with targets, typed realisations, clusters, and
directives linked to an indicator.

Every free-text indicator an OPD already reported ("Stunting: 12,3%") is copied into
``indicator_value`` as an uncatalogued value (its label, the text exactly as typed, and
the number read the Indonesian way where there is one), so nothing reported before the
upgrade is lost, and it links to the catalogue once an indicator of that name exists.
The reports' own text stays where it was.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def _row_columns() -> list[sa.Column]:
    return [
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "indicator",
        *_row_columns(),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("name_key", sa.String(length=300), nullable=False),
        sa.Column("level", sa.String(length=10), nullable=False),
        sa.Column("unit", sa.String(length=40), nullable=False),
        sa.Column("polarity", sa.String(length=10), nullable=False),
        sa.Column("frequency", sa.String(length=10), nullable=False),
        sa.Column("lead_org_id", sa.Integer(), nullable=True),
        sa.Column("contributors", sa.Text(), nullable=False),
        sa.Column("source", sa.String(length=100), nullable=False),
        sa.Column("valid_min", sa.Float(), nullable=True),
        sa.Column("valid_max", sa.Float(), nullable=True),
        sa.Column("rpjmd_period", sa.String(length=20), nullable=False),
        sa.Column("baseline", sa.Float(), nullable=True),
        sa.Column("baseline_year", sa.Integer(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["lead_org_id"], ["organization.id"], name=op.f("fk_indicator_lead_org_id_organization")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_indicator")),
        sa.UniqueConstraint("code", name=op.f("uq_indicator_code")),
    )
    with op.batch_alter_table("indicator", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_indicator_uuid"), ["uuid"], unique=True)
        batch_op.create_index(batch_op.f("ix_indicator_name_key"), ["name_key"], unique=False)
        batch_op.create_index(batch_op.f("ix_indicator_lead_org_id"), ["lead_org_id"], unique=False)

    op.create_table(
        "indicator_target",
        *_row_columns(),
        sa.Column("indicator_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("target", sa.Float(), nullable=False),
        sa.Column("target_high", sa.Float(), nullable=True),
        sa.ForeignKeyConstraint(
            ["indicator_id"],
            ["indicator.id"],
            name=op.f("fk_indicator_target_indicator_id_indicator"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_indicator_target")),
        sa.UniqueConstraint(
            "indicator_id", "year", name=op.f("uq_indicator_target_indicator_id_year")
        ),
    )
    with op.batch_alter_table("indicator_target", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_indicator_target_uuid"), ["uuid"], unique=True)
        batch_op.create_index(
            batch_op.f("ix_indicator_target_indicator_id"), ["indicator_id"], unique=False
        )

    op.create_table(
        "indicator_value",
        *_row_columns(),
        sa.Column("indicator_id", sa.Integer(), nullable=True),
        sa.Column("organization_id", sa.Integer(), nullable=True),
        sa.Column("meeting_id", sa.Integer(), nullable=True),
        sa.Column("label", sa.String(length=300), nullable=False),
        sa.Column("raw_text", sa.String(length=300), nullable=False),
        sa.Column("value", sa.Float(), nullable=True),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("period", sa.String(length=10), nullable=False),
        sa.Column("source", sa.String(length=100), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("origin", sa.String(length=12), nullable=False),
        sa.Column("reported_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["indicator_id"],
            ["indicator.id"],
            name=op.f("fk_indicator_value_indicator_id_indicator"),
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_indicator_value_meeting_id_meeting")
        ),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organization.id"],
            name=op.f("fk_indicator_value_organization_id_organization"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_indicator_value")),
    )
    with op.batch_alter_table("indicator_value", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_indicator_value_uuid"), ["uuid"], unique=True)
        batch_op.create_index(
            "ix_indicator_value_lookup",
            ["indicator_id", "organization_id", "year", "period"],
            unique=False,
        )
        batch_op.create_index(
            batch_op.f("ix_indicator_value_organization_id"), ["organization_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_indicator_value_meeting_id"), ["meeting_id"], unique=False
        )

    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.add_column(sa.Column("cluster", sa.String(length=4), nullable=True))
    with op.batch_alter_table("follow_up", schema=None) as batch_op:
        batch_op.add_column(sa.Column("indicator_id", sa.Integer(), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_follow_up_indicator_id"), ["indicator_id"], unique=False
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_follow_up_indicator_id_indicator"), "indicator", ["indicator_id"], ["id"]
        )

    _copy_free_text_indicators()


def _copy_free_text_indicators() -> None:
    # The app's own readers (not a frozen copy): this revision is meant to read the
    # values exactly as the app shows them.
    from rakor_desktop.domain.monev import indicator_number
    from rakor_desktop.domain.types import new_uuid

    conn = op.get_bind()
    rows = conn.execute(
        sa.text(
            "SELECT r.meeting_id, r.organization_id, r.indicators, m.starts_at, r.updated_at"
            " FROM opd_report r JOIN meeting m ON m.id = r.meeting_id ORDER BY r.id"
        )
    ).fetchall()
    insert = sa.text(
        "INSERT INTO indicator_value (uuid, created_at, updated_at, indicator_id,"
        " organization_id, meeting_id, label, raw_text, value, year, period, source, note,"
        " origin, reported_at) VALUES (:uuid, :at, :at, NULL, :org, :meeting, :label, :raw,"
        " :value, :year, :period, '', '', 'free_text', :at)"
    )
    for meeting_id, org_id, raw, starts_at, updated_at in rows:
        try:
            data = json.loads(raw or "{}")
        except ValueError:
            data = {}
        if not isinstance(data, dict):
            continue
        when = starts_at if not isinstance(starts_at, str) else _parse(starts_at)
        for name, text in data.items():
            label = str(name).strip()[:300]
            if not label:
                continue
            raw_text = "" if text is None else str(text)[:300]
            conn.execute(
                insert,
                {
                    "uuid": new_uuid(),
                    "at": updated_at,
                    "org": org_id,
                    "meeting": meeting_id,
                    "label": label,
                    "raw": raw_text,
                    "value": indicator_number(raw_text),
                    "year": when.year if when else None,
                    "period": f"{when.year}-{when.month:02d}" if when else "",
                },
            )


def _parse(text: str):  # SQLite returns DATETIME columns as text in raw SQL
    from datetime import datetime

    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


def downgrade() -> None:
    with op.batch_alter_table("follow_up", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_follow_up_indicator_id_indicator"), type_="foreignkey"
        )
        batch_op.drop_index(batch_op.f("ix_follow_up_indicator_id"))
        batch_op.drop_column("indicator_id")
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.drop_column("cluster")
    op.drop_table("indicator_value")
    op.drop_table("indicator_target")
    op.drop_table("indicator")
