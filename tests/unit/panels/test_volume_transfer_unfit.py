"""Transfers the panel refuses at once, as they could change or copy nothing: an empty file
over a volume, a folder listed as a volume."""

from __future__ import annotations

from kvmgui.widgets.transfer import TransferDialog
from tests.unit.panels.test_storage import (  # noqa: F401 - panel: a fixture
    MIB,
    on_the_host,
    panel,
    select_volume,
)


def test_an_empty_file_over_a_volume_is_said_to_change_nothing(panel, qtbot, tmp_path,  # noqa: F811
                                                               monkeypatch):
    """libvirt writes a file over a volume's start and truncates nothing: an empty file
    changes nothing in it. The panel asked "Write the file over its start? … only the
    volume's first 0 B are replaced", then a transfer window sent nothing and said it
    uploaded the file. It now says so at once and asks nothing."""
    on_the_host(monkeypatch, 8 * MIB)
    source = tmp_path / "build.qcow2"
    source.write_bytes(b"")
    panel.volumes.upload_file(str(source))
    qtbot.waitUntil(lambda: panel.confirm_box is not None
                    or panel.message.text().endswith("nothing in volume build.qcow2."), timeout=5000)
    assert panel.confirm_box is None and panel.findChildren(TransferDialog) == []
    assert panel.message.text() == (
        f"{source} is empty: uploading it would change nothing in volume build.qcow2.")


def test_a_file_named_as_a_folder_volume_is_refused_at_once(panel, qtbot, tmp_path,  # noqa: F811
                                                            monkeypatch):
    """A directory pool lists its sub-folders as volumes. A file of such a name was asked
    about ("Write the file over its start?", or said to be larger than the volume), then
    libvirt refused the upload: a folder cannot be opened for writing. The panel now says so at
    once and asks nothing."""
    import libvirt

    on_the_host(monkeypatch, 8 * MIB, libvirt.VIR_STORAGE_VOL_DIR)
    source = tmp_path / "build.qcow2"
    source.write_bytes(b"x" * MIB)
    panel.volumes.upload_file(str(source))
    qtbot.waitUntil(lambda: panel.confirm_box is not None
                    or panel.message.text().startswith("Volume build.qcow2 is a folder"),
                    timeout=5000)
    assert panel.confirm_box is None and panel.findChildren(TransferDialog) == []
    assert panel.message.text() == ("Volume build.qcow2 is a folder: a file cannot be uploaded "
                                    "over it. Rename the file to upload it as a new volume.")


def test_a_folder_volume_is_said_not_to_download(panel, qtbot):  # noqa: F811
    """A directory pool's sub-folder, listed as a volume, went to a file dialog and a
    transfer window, for libvirt's stream to fail on reading a folder. The panel now says
    at once that a folder cannot be downloaded."""
    import libvirt

    volume = panel.volume_model.volume("build.qcow2")
    volume.row = volume.row._replace(kind=libvirt.VIR_STORAGE_VOL_DIR)
    select_volume(panel, "build.qcow2")
    panel.volumes.download_button.click()
    qtbot.waitUntil(lambda: panel.volumes.file_dialog is not None
                    or panel.message.text().startswith("Volume build.qcow2 is a folder"),
                    timeout=5000)
    assert panel.volumes.file_dialog is None
    assert panel.message.text() == "Volume build.qcow2 is a folder: it cannot be downloaded."
