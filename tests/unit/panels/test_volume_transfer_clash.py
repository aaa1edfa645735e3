"""An upload goes over a volume alone: a download of it would copy a mix of old and new
data, a second upload would interleave with the first. Downloads of one volume may run
side by side."""

from __future__ import annotations

from kvmgui.panels import volumetransfers
from kvmgui.panels.storage import StoragePanel
from kvmgui.widgets.transfer import Direction, TransferDialog
from tests.helpers import uuid_of


def _started(dialog: TransferDialog) -> None:
    dialog.running = True  # in flight for as long as the test needs (nothing is copied)


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
    volumetransfers.transfer(first, Direction.UPLOAD, uuid, "a.img", str(tmp_path / "f"), new=False)
    assert [d.volume for d in panels[0].findChildren(TransferDialog)].count("a.img") == 2
