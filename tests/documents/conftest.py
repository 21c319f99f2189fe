from __future__ import annotations

import pytest

from rakor_desktop.documents.data import MeetingData, OfficeData
from rakor_desktop.documents.fixtures import sample_meeting, sample_office


@pytest.fixture(scope="session")
def office() -> OfficeData:
    return sample_office()


@pytest.fixture(scope="session")
def meeting() -> MeetingData:
    return sample_meeting()


@pytest.fixture(scope="session")
def hostile() -> MeetingData:
    return sample_meeting(hostile=True)
