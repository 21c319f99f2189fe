"""Fixtures of the widget tests."""

from __future__ import annotations

import pytest


@pytest.fixture
def themed(qapp):
    """The application theme for the test, restored afterwards for the other tests."""
    from rakor_desktop.ui import theme

    saved = (qapp.style().name(), qapp.palette(), qapp.font(), qapp.styleSheet())
    theme.apply_theme(qapp)
    yield qapp
    qapp.setStyle(saved[0] or "Fusion")
    qapp.setPalette(saved[1])
    qapp.setFont(saved[2])
    qapp.setStyleSheet(saved[3])


@pytest.fixture(autouse=True)
def no_modal_questions(monkeypatch):
    """A modal question nobody answers would hang the suite: fail at once instead, naming it.
    Tests that expect one answer through the widget's injectable ``ask``."""
    from PySide6.QtWidgets import QMessageBox

    def refuse(_parent, title, text, *args, **kwargs):
        raise AssertionError(f"unexpected modal question in a test: {title}: {text}")

    monkeypatch.setattr(QMessageBox, "question", staticmethod(refuse))
