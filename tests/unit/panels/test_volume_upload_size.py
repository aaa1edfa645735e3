"""An upload into a new volume of a block pool (an LV) takes the file's size: one the pool
has no room for is said in the panel before anything is asked of libvirt."""

from __future__ import annotations

import os

from kvmgui.libvirt import virsh
from kvmgui.utils.tr import size_text
from kvmgui.widgets.transfer import TransferDialog


def test_a_file_larger_than_a_block_pools_free_space_is_said_before_the_upload(
        lvm_panel, qtbot, tmp_path, monkeypatch):
    """An LV is allocated whole when it is made: a file larger than the volume group's free
    space went to libvirt in an upload window, and came back as lvcreate's refusal; the New
    Volume dialog says it as you type. The panel now says it at once and opens no window."""
    made: list[object] = []
    monkeypatch.setattr(virsh, "vol_create", lambda *args: made.append(args))
    panel, uuid = lvm_panel
    free = panel.volumes.conn.pools.get(uuid).available
    source = tmp_path / "big.img"
    with source.open("wb") as f:
        f.truncate(free + 1024**3)  # sparse: no room taken here
    panel.volumes.upload_file(str(source), uuid)
    qtbot.waitUntil(lambda: bool(panel.findChildren(TransferDialog))
                    or panel.message.text().startswith("The new volume"), timeout=5000)
    assert panel.findChildren(TransferDialog) == [] and made == []
    assert panel.message.text() == (
        "The new volume, as large as the file, cannot be made in this pool: The capacity "
        f"({size_text(free + 1024**3)}) is more than the {size_text(free)} free in the pool.")
    os.unlink(source)
