"""A Disconnect aborts the New VM wizard's small volume streams (the cloud-init seed's
upload, a volume's download) as it does a transfer's."""

import threading

import libvirt
import pytest

from kvmgui.libvirt import newvm
from kvmgui.libvirt.livehandle import NotConnectedError
from tests.unit.libvirt.storage_fakes import HOME
from tests.unit.libvirt.test_stream_teardown import EndlessSink, EndlessStream


@pytest.mark.parametrize("way", ["upload", "download"])
def test_disconnect_aborts_a_new_vm_stream(way, connected, qtbot, monkeypatch):
    """upload_bytes and download_bytes kept their streams to themselves: a Disconnect during
    one waited 30 s for it (TEARDOWN_WAIT_S), then left the handle open for good. Their
    streams are now aborted by the Disconnect: the call ends at once, the handle closes."""
    stream = EndlessSink() if way == "upload" else EndlessStream()
    moving = threading.Event()
    if way == "upload":
        real_send = stream.send
        monkeypatch.setattr(stream, "send", lambda data: (moving.set(), real_send(data))[1])
    else:
        real_recv = stream.recv
        monkeypatch.setattr(stream, "recv", lambda n: (moving.set(), real_recv(n))[1])
    monkeypatch.setattr(libvirt.virConnect, "newStream", lambda _c, _f=0: stream)
    monkeypatch.setattr(libvirt.virStorageVol, "upload", lambda *_a: 0)
    monkeypatch.setattr(libvirt.virStorageVol, "download", lambda *_a: 0)
    closed = threading.Event()
    real_close = libvirt.virConnect.close
    monkeypatch.setattr(libvirt.virConnect, "close", lambda c: (closed.set(), real_close(c))[1])

    def job(conn):
        pool = conn.storagePoolLookupByUUIDString(HOME)
        if way == "upload":
            vol = pool.storageVolLookupByName("web01.qcow2")
            return newvm.upload_bytes(conn, pool.name(), vol, b"x" * (64 * newvm.STREAM_CHUNK))
        return newvm.download_bytes(conn, pool.name(), "web01.qcow2")

    future = connected.run(job, failed=lambda _exc: None)
    try:
        qtbot.waitUntil(moving.is_set, timeout=5000)
        connected.close()
        qtbot.waitUntil(closed.is_set, timeout=5000)
    finally:
        stream.stop.set()
    qtbot.waitUntil(future.done, timeout=5000)
    assert stream.aborted
    with pytest.raises(NotConnectedError):
        future.result()
