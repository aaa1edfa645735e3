"""An upload into a new volume takes the file's name: one the pool's volumes cannot have is
said in the panel before anything is asked of libvirt."""

from __future__ import annotations

from kvmgui.libvirt import virsh
from kvmgui.widgets.transfer import TransferDialog


def test_a_file_name_lvm_refuses_is_said_before_the_upload(lvm_panel, qtbot, tmp_path, monkeypatch):
    """A file whose name LVM refuses as a volume's ("my disk.img": a space) went to libvirt
    in an upload window, and lvcreate's refusal came back from the host; the New Volume
    dialog says it as you type. The panel now says it at once and opens no window."""
    made: list[object] = []
    monkeypatch.setattr(virsh, "vol_create", lambda *args: made.append(args))
    panel, uuid = lvm_panel
    source = tmp_path / "my disk.img"
    source.write_bytes(b"x" * 4096)
    panel.volumes.upload_file(str(source), uuid)
    qtbot.waitUntil(lambda: bool(panel.findChildren(TransferDialog))
                    or panel.message.text().startswith("The new volume"), timeout=5000)
    assert panel.findChildren(TransferDialog) == [] and made == []
    assert panel.message.text() == (
        "The new volume would be named my disk.img, after the file, which this pool does not "
        "allow: An LVM volume name has only letters, digits, '+', '_', '.' and '-', and does "
        "not start with '-'.")
