"""What a failed or cancelled upload into a new volume leaves, as its window says it: the
volume it made is deleted again, and one the host would not delete is named."""

from __future__ import annotations

import os

import libvirt

from kvmgui.libvirt import virsh
from kvmgui.widgets.transfer import Direction, TransferDialog
from tests.helpers import run_in_worker
from tests.unit.libvirt.storage_fakes import HOME
from tests.unit.libvirt.test_streams import MemoryStream
from tests.unit.lverror import refusal


class FullStream(MemoryStream):
    """The host's disk fills at the first data sent."""

    def send(self, data):
        raise refusal("cannot write: No space left on device")


class CancelledStream(MemoryStream):
    """The user cancels once the first data went (``dialog`` set by the test)."""

    dialog: TransferDialog | None = None

    def send(self, data):
        assert self.dialog is not None
        self.dialog.transfer.cancel()
        return super().send(data)


def _upload(qtbot, connected, monkeypatch, tmp_path, stream):
    """A new volume's upload of a 1 MiB file through ``stream``; its delete refused."""
    monkeypatch.setattr(libvirt.virConnect, "newStream", lambda _c, _f=0: stream)
    monkeypatch.setattr(libvirt.virStorageVol, "upload", lambda *_a: 0)

    def refused(_pool, _vol):
        raise refusal("cannot delete: the host stopped answering")

    monkeypatch.setattr(virsh, "vol_delete_in", refused)
    path = tmp_path / "new.img"
    path.write_bytes(os.urandom(1024 * 1024))
    dialog = TransferDialog(connected, Direction.UPLOAD, HOME, "new.img", str(path), new_volume=True)
    qtbot.addWidget(dialog)
    stream.dialog = dialog
    dialog.show()
    dialog.start()
    qtbot.waitUntil(lambda: not dialog.running, timeout=10000)
    return dialog


def _volumes(qtbot, connected):
    return run_in_worker(qtbot, connected, lambda c: sorted(
        v.name() for v in c.storagePoolLookupByUUIDString(HOME).listAllVolumes(0)))


def test_a_failed_upload_names_the_new_volume_it_could_not_delete(connected, qtbot, monkeypatch,
                                                                  tmp_path):
    """The new volume's delete after a failure was refused in silence, and the window said
    "Nothing was kept." while the volume stood in the pool."""
    dialog = _upload(qtbot, connected, monkeypatch, tmp_path, FullStream())
    assert "new.img" in _volumes(qtbot, connected)
    assert dialog.error.text() == "The transfer failed: cannot write: No space left on device"
    assert dialog.amount.text() == ("Volume new.img, made for the upload, is left in the pool: "
                                    "it could not be deleted: cannot delete: the host stopped "
                                    "answering")
    dialog.reject()


def test_a_cancelled_upload_names_the_new_volume_it_could_not_delete(connected, qtbot, monkeypatch,
                                                                     tmp_path):
    """Cancel closed the window as if nothing was left, the volume made for the upload
    standing in the pool, half written."""
    dialog = _upload(qtbot, connected, monkeypatch, tmp_path, CancelledStream())
    assert "new.img" in _volumes(qtbot, connected)
    assert dialog.isVisible()
    assert dialog.error.text() == "The upload was cancelled part way."
    assert dialog.amount.text() == ("Volume new.img, made for the upload, is left in the pool: "
                                    "it could not be deleted: cannot delete: the host stopped "
                                    "answering")
    dialog.reject()
