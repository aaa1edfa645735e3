"""An upload goes over a volume alone: a download of it would copy a mix of old and new
data, a second upload would interleave with the first. Downloads of one volume may run
side by side."""

from __future__ import annotations

import threading

from kvmgui.libvirt.transfers import TransferCancelledError
from kvmgui.panels import volumetransfers
from kvmgui.panels.storage import StoragePanel
from kvmgui.widgets import transfer as transfer_module
from kvmgui.widgets.transfer import Direction, TransferDialog
from tests.helpers import uuid_of


def _started(dialog: TransferDialog) -> None:
    dialog.running = True  # in flight for as long as the test needs (nothing is copied)
    dialog.entry = dialog._note_ongoing()


def test_an_upload_waits_for_any_transfer_of_its_volume(connected, qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(TransferDialog, "start", _started)
    panels = [StoragePanel(connected) for _ in range(2)]  # two host windows of one host
    for panel in panels:
        qtbot.addWidget(panel)
        panel.show()
    uuid = uuid_of(connected.pools, "home")
    first, second = (panel.volumes for panel in panels)
    volumetransfers.transfer(first, Direction.DOWNLOAD, uuid, "a.img", str(tmp_path / "a"), new=False)
    volumetransfers.transfer(second, Direction.UPLOAD, uuid, "a.img", str(tmp_path / "b"), new=False)
    assert panels[1].findChildren(TransferDialog) == []
    assert panels[1].message.text() == (
        "Volume a.img is being downloaded in another window: wait until that transfer ends.")
    volumetransfers.transfer(second, Direction.DOWNLOAD, uuid, "a.img", str(tmp_path / "c"), new=False)
    assert len(panels[1].findChildren(TransferDialog)) == 1  # downloads side by side
    volumetransfers.transfer(second, Direction.UPLOAD, uuid, "b.img", str(tmp_path / "d"), new=True)
    assert len(panels[1].findChildren(TransferDialog)) == 2  # another volume: free
    volumetransfers.transfer(first, Direction.DOWNLOAD, uuid, "b.img", str(tmp_path / "e"), new=False)
    assert panels[0].message.text() == (
        "Volume b.img is being uploaded in another window: wait until that transfer ends.")
    for dialog in [*panels[0].findChildren(TransferDialog), *panels[1].findChildren(TransferDialog)]:
        if dialog.volume == "a.img":
            dialog.running = False  # ended (done, failed or cancelled)
            transfer_module._ended(dialog.entry)
    volumetransfers.transfer(first, Direction.UPLOAD, uuid, "a.img", str(tmp_path / "f"), new=False)
    assert [d.volume for d in panels[0].findChildren(TransferDialog)].count("a.img") == 2


def test_an_upload_waits_for_a_hung_transfer_whose_window_was_closed(connected, qtbot, tmp_path,
                                                                     monkeypatch):
    """Cancelled and hung (its file's disk or the host does not answer), a transfer's window
    may close; its stream may still be open on the host, and it goes on if they answer. The
    check read the transfer windows, so that transfer no longer counted: an upload over its
    volume started beside it. It counts now until its job ends."""
    release = threading.Event()

    def hangs(*_args, **_kwargs):
        release.wait(10)
        raise TransferCancelledError(None)

    monkeypatch.setattr(transfer_module, "upload_file", hangs)
    monkeypatch.setattr(transfer_module, "STOP_WAIT_MS", 50)
    source = tmp_path / "a"
    source.write_bytes(b"x" * 4096)
    panel = StoragePanel(connected)
    qtbot.addWidget(panel)
    panel.show()
    uuid = uuid_of(connected.pools, "home")
    try:
        volumetransfers.transfer(panel.volumes, Direction.UPLOAD, uuid, "a.img", str(source),
                                 new=False)
        dialog = panel.findChildren(TransferDialog)[0]
        qtbot.waitUntil(lambda: dialog._begun, timeout=5000)
        dialog.reject()  # Cancel: it does not stop
        qtbot.waitUntil(lambda: dialog.cancel_button.isEnabled(), timeout=5000)
        dialog.close()  # "You may close this window."
        qtbot.waitUntil(lambda: panel.findChildren(TransferDialog) == [], timeout=5000)
        volumetransfers.transfer(panel.volumes, Direction.DOWNLOAD, uuid, "a.img",
                                 str(tmp_path / "b"), new=False)
        assert panel.findChildren(TransferDialog) == []
        assert panel.message.text() == ("Volume a.img is still being uploaded by a transfer "
                                         "whose window was closed: wait until it ends.")
    finally:
        release.set()
    monkeypatch.setattr(TransferDialog, "start", _started)
    qtbot.waitUntil(lambda: not transfer_module.ongoing(), timeout=5000)  # its job ended
    volumetransfers.transfer(panel.volumes, Direction.DOWNLOAD, uuid, "a.img",
                             str(tmp_path / "c"), new=False)
    assert len(panel.findChildren(TransferDialog)) == 1
