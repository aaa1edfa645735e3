"""A host's teardown aborts the volume streams open on its handle."""

import os
import threading

import libvirt
import pytest

from kvmgui.libvirt import virsh, voldownload, volupload
from kvmgui.libvirt.livehandle import NotConnectedError
from kvmgui.libvirt.transfers import Transfer
from tests.unit.libvirt.storage_fakes import HOME, CodedError
from tests.unit.libvirt.test_streams import MemoryStream

MiB = 1024**2


class EndlessStream(MemoryStream):
    """A download whose host keeps sending until the stream is aborted (a long one)."""

    def __init__(self):
        super().__init__(b"")
        self.stop = threading.Event()

    def recv(self, nbytes):
        if self.stop.wait(0.001):  # a chunk now and then; the abort ends it
            raise CodedError(libvirt.VIR_ERR_OPERATION_INVALID, "stream aborted")
        return b"x" * min(nbytes, 64 * 1024)

    def recvFlags(self, nbytes, flags=0):
        return self.recv(nbytes)

    def abort(self):
        self.aborted = True
        self.stop.set()
        return 0


@pytest.mark.parametrize("sparse", [True, False])
def test_disconnect_aborts_a_running_download(sparse, connected, qtbot, tmp_path, monkeypatch):
    """A download kept the host's handle in use for as long as it ran: Disconnect waited
    for it 30 s (TEARDOWN_WAIT_S), then left the handle open for good, and the download
    went on over it. Disconnect now aborts the stream: the download ends at once, says
    the host is not connected, and removes its partial file; the handle is closed."""
    stream = EndlessStream()
    monkeypatch.setattr(libvirt.virConnect, "newStream", lambda _c, _f=0: stream)
    monkeypatch.setattr(libvirt.virStorageVol, "download", lambda *_a: 0)
    monkeypatch.setattr(libvirt.virStorageVol, "infoFlags", lambda _v, _f=0: [0, 0, 64 * MiB])
    closed = threading.Event()
    real_close = libvirt.virConnect.close
    monkeypatch.setattr(libvirt.virConnect, "close",
                        lambda c: (closed.set(), real_close(c))[1])
    moving = threading.Event()
    transfer = Transfer(lambda _p: moving.set(), interval=0)
    folder = tmp_path / "downloads"
    folder.mkdir()
    future = connected.run(lambda c: voldownload.download(c, HOME, "web01.qcow2", folder / "out.img",
                                                          transfer, sparse=sparse),
                           failed=lambda _exc: None)
    try:
        qtbot.waitUntil(moving.is_set, timeout=5000)
        connected.close()
        qtbot.waitUntil(future.done, timeout=5000)
    finally:
        stream.stop.set()
    assert stream.aborted
    with pytest.raises(NotConnectedError):
        future.result()
    qtbot.waitUntil(closed.is_set, timeout=5000)  # not left open for a call that still used it
    qtbot.waitUntil(lambda: os.listdir(folder) == [], timeout=5000)  # the partial file went


class EndlessSink(MemoryStream):
    """An upload whose host takes the first chunk, then waits until the stream is aborted
    (a slow host)."""

    def __init__(self):
        super().__init__()
        self.stop = threading.Event()
        self.took = 0

    def send(self, data):
        if self.took and self.stop.wait(10):
            raise CodedError(libvirt.VIR_ERR_OPERATION_INVALID, "stream aborted")
        self.took += len(data)
        return len(data)

    def sendHole(self, length, flags=0):
        return self.send(b"")

    def abort(self):
        self.aborted = True
        self.stop.set()
        return 0


def test_disconnect_aborts_a_running_upload_and_removes_its_volume(connected, qtbot, tmp_path,
                                                                   monkeypatch):
    stream = EndlessSink()
    monkeypatch.setattr(libvirt.virConnect, "newStream", lambda _c, _f=0: stream)
    monkeypatch.setattr(libvirt.virStorageVol, "upload", lambda *_a: 0)
    deleted = []
    real_delete = virsh.vol_delete_in
    monkeypatch.setattr(virsh, "vol_delete_in",
                        lambda pool, vol: (deleted.append(vol.name()), real_delete(pool, vol))[1])
    (tmp_path / "disk.img").write_bytes(os.urandom(64 * MiB // 16))
    moving = threading.Event()
    transfer = Transfer(lambda _p: moving.set(), interval=0)
    xml = volupload.new_volume_xml("up.img", tmp_path / "disk.img")
    future = connected.run(lambda c: volupload.upload(c, HOME, tmp_path / "disk.img", transfer,
                                                      create_xml=xml, sparse=False),
                           failed=lambda _exc: None)
    try:
        qtbot.waitUntil(moving.is_set, timeout=5000)
        connected.close()
        qtbot.waitUntil(future.done, timeout=5000)
    finally:
        stream.stop.set()
    assert stream.aborted and deleted == ["up.img"]
    with pytest.raises(NotConnectedError):
        future.result()
