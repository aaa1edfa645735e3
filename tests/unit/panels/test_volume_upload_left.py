"""A failed upload whose new volume the host would not delete again: the volumes view lists
the volume left once the upload's window is closed."""

from __future__ import annotations

import os

import libvirt

from kvmgui.libvirt import virsh
from kvmgui.panels.storage import StoragePanel
from kvmgui.widgets.transfer import TransferDialog
from tests.helpers import uuid_of
from tests.unit.libvirt.test_streams import MemoryStream
from tests.unit.lverror import refusal


class FullStream(MemoryStream):
    def send(self, data):
        raise refusal("cannot write: No space left on device")


def test_the_volume_a_failed_upload_left_is_listed(connected, qtbot, monkeypatch, tmp_path):
    """The window said the volume was left, but the view listed only what the pool held
    before (no event says a volume came), until something else made it read them again."""
    monkeypatch.setattr(libvirt.virConnect, "newStream", lambda _c, _f=0: FullStream())
    monkeypatch.setattr(libvirt.virStorageVol, "upload", lambda *_a: 0)

    def refused(_pool, _vol):
        raise refusal("cannot delete: the host stopped answering")

    monkeypatch.setattr(virsh, "vol_delete_in", refused)
    panel = StoragePanel(connected)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.pool_view.select_key(uuid_of(connected.pools, "home"))
    qtbot.waitUntil(lambda: panel.volume_model.rowCount() == 3, timeout=5000)
    source = tmp_path / "new.img"
    source.write_bytes(os.urandom(64 * 1024))
    panel.volumes.upload_file(str(source))
    qtbot.waitUntil(lambda: any(d.error.isVisible() for d in panel.findChildren(TransferDialog)),
                    timeout=10000)
    dialog = panel.findChildren(TransferDialog)[0]
    assert dialog.amount.text().startswith("Volume new.img, made for the upload, is left")
    dialog.reject()  # Close
    qtbot.waitUntil(lambda: "new.img" in panel.volume_model.names(), timeout=5000)
