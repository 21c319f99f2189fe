"""A meeting scoped to an Asisten's cluster, as the Rakor Ekobang is."""

from __future__ import annotations

from datetime import date

import pytest
from followup_data import meeting

from rakor_desktop.services.meetings.editor import MeetingInvalid, duplicate_meeting, update_meeting
from rakor_desktop.services.monev.catalogue import CatalogueError, parse_cluster


def test_cluster_is_saved_checked_and_copied(any_db) -> None:
    with any_db.session(write=True) as s:
        mid = meeting(s, date(2026, 5, 20), title="Rakor Ekobang").id
        update_meeting(s, mid, cluster="II")
    with any_db.session(write=True) as s, pytest.raises(MeetingInvalid, match="Klaster harus"):
        update_meeting(s, mid, cluster="IV")
    with any_db.session(write=True) as s:
        copy = duplicate_meeting(s, mid)
        assert copy.cluster == "II"


@pytest.mark.parametrize(
    ("text", "cluster"),
    [("II", "II"), ("asisten ii", "II"), ("2", "II"), ("Ekobang", "II"), ("Asisten I", "I"),
     ("III", "III"), ("", None), (None, None)],
)  # fmt: skip
def test_cluster_names(text, cluster) -> None:
    assert parse_cluster(text) == cluster


def test_unknown_cluster_is_refused() -> None:
    with pytest.raises(CatalogueError, match="Klaster"):
        parse_cluster("Asisten IV")
