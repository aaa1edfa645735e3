"""The storage panel's uploads of a file on a network mount that stopped answering: the
file is looked at on that mount's thread, never on the host's."""

from __future__ import annotations

import os

import pytest

from kvmgui.panels.storage import StoragePanel
from tests.helpers import uuid_of


@pytest.fixture
def panel(connected, qtbot):
    widget = StoragePanel(connected)
    qtbot.addWidget(widget)
    widget.show()
    assert widget.pool_view.select_key(uuid_of(connected.pools, "home"))
    qtbot.waitUntil(lambda: widget.volume_model.rowCount() == 3, timeout=5000)
    return widget


def test_an_upload_of_a_file_on_a_hung_mount_holds_neither_the_panel_nor_the_host(
        connected, panel, qtbot, monkeypatch, dead_mount):
    """The file's size was read in the panel's job, on the host's threads: on a mount that
    stopped answering it hung there, every button of the storage panel waited (greyed,
    nothing said) until the mount came back, and each upload tried again held one more of
    the host's four threads. The file is now read on its mount's thread first, while the
    panel says so and its buttons stay usable."""
    monkeypatch.setattr(os, "stat", dead_mount.hang(os.stat))
    source = dead_mount.path / "disk.img"
    source.write_bytes(b"x" * 4096)
    for _try in range(4):
        panel.volumes.upload_file(str(source))
    qtbot.waitUntil(lambda: bool(dead_mount.hung), timeout=5000)
    assert panel.message.text() == f"Reading {source}…"
    assert not panel.busy and panel.volumes.upload_button.isEnabled()
    names: list[object] = []  # the host still answers its other calls
    connected.run(lambda c: c.listStoragePools(), done=names.append)
    qtbot.waitUntil(lambda: bool(names), timeout=5000)
    assert dead_mount.hung == [str(source)]  # asked again meanwhile: read once
    dead_mount.release.set()
    qtbot.waitUntil(lambda: panel.volumes.dialog is not None, timeout=5000)  # no such volume yet
    dialog = panel.volumes.dialog
    qtbot.waitUntil(dialog.error.isVisible, timeout=5000)  # the test driver takes no upload
    dialog.reject()


def test_an_upload_asked_from_a_closed_window_does_not_hold_up_the_next(
        connected, qtbot, monkeypatch, dead_mount):
    """The read of the file's size had its panel as context: a host window closed while it
    hung dropped its answer, and with it the end of the ask, so the same file could never
    be uploaded into that pool again ('Reading …' for ever, nothing read)."""
    import shiboken6

    monkeypatch.setattr(os, "stat", dead_mount.hang(os.stat))
    source = dead_mount.path / "disk.img"
    source.write_bytes(b"x" * 4096)
    first = StoragePanel(connected)
    assert first.pool_view.select_key(uuid_of(connected.pools, "home"))
    first.volumes.upload_file(str(source))
    qtbot.waitUntil(lambda: bool(dead_mount.hung), timeout=5000)
    shiboken6.delete(first)  # the host window closed while the file is read
    dead_mount.release.set()
    second = StoragePanel(connected)
    qtbot.addWidget(second)
    assert second.pool_view.select_key(uuid_of(connected.pools, "home"))
    qtbot.waitUntil(lambda: second.volume_model.rowCount() == 3, timeout=5000)
    second.volumes.upload_file(str(source))
    qtbot.waitUntil(lambda: second.volumes.dialog is not None, timeout=5000)
    dialog = second.volumes.dialog
    qtbot.waitUntil(dialog.error.isVisible, timeout=5000)  # the test driver takes no upload
    dialog.reject()
