"""An empty file uploaded over an existing volume."""

from __future__ import annotations

from kvmgui.widgets.transfer import TransferDialog
from tests.unit.panels.test_storage import MIB, on_the_host, panel  # noqa: F401 - a fixture


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
