"""A transfer's local file is opened on its mount's thread, before the transfer takes the
host's handle."""

from __future__ import annotations

import os
import threading

import libvirt
import pytest

from kvmgui.widgets.transfer import Direction, TransferDialog
from tests.unit.libvirt.storage_fakes import HOME


@pytest.mark.parametrize("direction", [Direction.DOWNLOAD, Direction.UPLOAD])
def test_disconnect_while_the_file_opens_closes_the_handle_at_once(direction, connected, qtbot,
                                                                  monkeypatch, dead_mount):
    """The open of a transfer's file (a download's new partial file, an upload's file) ran
    in the job holding the host's handle: on a mount that stopped answering it hung there,
    and a Disconnect waited 30 s for it, then left the handle open for good. The file is
    now opened on its mount's thread first: the Disconnect closes the handle at once."""
    path = dead_mount.path / "disk.img"
    if direction is Direction.UPLOAD:
        path.write_bytes(b"x" * 4096)
    monkeypatch.setattr(os, "open", dead_mount.hang(os.open))
    closed = threading.Event()
    real_close = libvirt.virConnect.close
    monkeypatch.setattr(libvirt.virConnect, "close", lambda c: (closed.set(), real_close(c))[1])
    dialog = TransferDialog(connected, direction, HOME, "build.qcow2", str(path))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start()
    try:
        qtbot.waitUntil(lambda: bool(dead_mount.hung), timeout=5000)
        connected.close()
        qtbot.waitUntil(closed.is_set, timeout=5000)
    finally:
        dead_mount.release.set()
    qtbot.waitUntil(lambda: not dialog.running, timeout=5000)
    assert sorted(os.listdir(dead_mount.path)) == (["disk.img"] if direction is Direction.UPLOAD
                                                   else [])  # no partial file left
