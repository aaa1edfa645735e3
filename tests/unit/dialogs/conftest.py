"""Fixtures for the dialog tests."""

from __future__ import annotations

import pytest

from tests.helpers import DEMO_VMS, open_details_window


@pytest.fixture
def details_of(connected, qtbot, settings, monkeypatch):
    """Open the details window of a Demo VM, by name ("web01") or uuid; closing never asks."""
    from kvmgui.dialogs.details import DetailsWindow

    # qtbot closes the windows before fixtures end: never a modal question then.
    monkeypatch.setattr(DetailsWindow, "ask_discard", lambda self, titles, on_discard: on_discard())
    return lambda vm: open_details_window(qtbot, connected, DEMO_VMS.get(vm, vm), settings)
