"""A transfer cancelled before its stream opens makes nothing on the host or on disk."""

import pytest

from kvmgui.libvirt import virsh, voldownload, volupload
from kvmgui.libvirt.transfers import Transfer, TransferCancelledError
from tests.unit.libvirt.storage_fakes import HOME
from tests.unit.libvirt.test_streams import outcome, volume_names, wire  # noqa: F401 - a fixture

pytestmark = pytest.mark.usefixtures("wire")


def test_an_upload_cancelled_before_its_volume_is_made_makes_none(connected, qtbot,
                                                                  tmp_path, monkeypatch):
    """The job's first steps read the file (its size, on a mount that may hang): Cancel
    given meanwhile was seen only after the new volume was made, which was then deleted
    again (two changes on the host, and a volume left there as long as the next read
    hung). The volume is now made only if the upload is still wanted."""
    (tmp_path / "disk.img").write_bytes(b"data")
    made = []
    real = virsh.vol_create
    monkeypatch.setattr(virsh, "vol_create",
                        lambda *args: made.append(args) or real(*args))
    before = volume_names(qtbot, connected)
    transfer = Transfer()
    transfer.cancel()  # while the file's size was read
    future = outcome(qtbot, connected, volupload.upload, HOME, tmp_path / "disk.img", transfer,
                     create_xml=volupload.new_volume_xml("up.img", tmp_path / "disk.img"))
    with pytest.raises(TransferCancelledError):
        future.result()
    assert made == []
    assert volume_names(qtbot, connected) == before


def test_a_download_cancelled_before_its_partial_file_is_made_makes_none(connected,
                                                                         qtbot, tmp_path,
                                                                         monkeypatch):
    """Likewise a download's partial file: made after Cancel, then removed again."""
    made = []
    real = voldownload._new_partial
    monkeypatch.setattr(voldownload, "_new_partial", lambda target: made.append(target) or real(target))
    transfer = Transfer()
    transfer.cancel()
    future = outcome(qtbot, connected, voldownload.download, HOME, "web01.qcow2",
                     tmp_path / "out.img", transfer)
    with pytest.raises(TransferCancelledError):
        future.result()
    assert made == []


def test_a_download_asked_to_replace_its_file_does_not_look_at_it_first(connected, qtbot,
                                                                        tmp_path, monkeypatch):
    """A download the user had already agreed would replace its file (the window's, always)
    still looked whether the file was there, on the transfer's thread while it held the
    host's connection: on a mount that stopped answering in between, that look hung and a
    Disconnect waited on it. The look is made only when it decides something."""
    looked = []
    real_exists = voldownload.Path.exists
    monkeypatch.setattr(voldownload.Path, "exists",
                        lambda path, **kw: looked.append(path.name) or real_exists(path, **kw))
    future = outcome(qtbot, connected, voldownload.download, HOME, "web01.qcow2",
                     tmp_path / "out.img", Transfer(), overwrite=True)
    future.result()
    assert looked == []
