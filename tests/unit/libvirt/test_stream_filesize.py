"""An upload's file that changes size between the look at its length and its reading: the
upload sends the length it announced (the new volume was made that large)."""

import os

import libvirt
import pytest

from kvmgui.libvirt import localfiles, volupload
from kvmgui.libvirt.transfers import Transfer
from kvmgui.xml.pool_types import PoolType
from tests.helpers import run_in_worker
from tests.unit.libvirt.test_streams import LVM_POOL, MemoryStream, MiB

EXTENT = 4 * MiB


@pytest.fixture
def sink(monkeypatch):
    """The stream every upload goes into (see test_streams.MemoryStream)."""
    stream = MemoryStream()
    monkeypatch.setattr(libvirt.virConnect, "newStream", lambda _c, _f=0: stream)
    monkeypatch.setattr(libvirt.virStorageVol, "upload", lambda *_a: 0)
    return stream


@pytest.fixture
def lvm_pool(connected, qtbot, monkeypatch):
    """A logical pool whose new volumes are whole extents, as lvcreate makes them."""
    real_info = libvirt.virStorageVol.info

    def info(vol):
        kind, capacity, allocation = real_info(vol)
        return [kind, -(-capacity // EXTENT) * EXTENT, allocation]

    monkeypatch.setattr(libvirt.virStorageVol, "info", info)

    def define(c):
        pool = c.storagePoolDefineXML(LVM_POOL, 0)
        pool.create(0)
        return pool.UUIDString()

    return run_in_worker(qtbot, connected, define)


@pytest.mark.parametrize("sparse", [True, False])
def test_a_file_grown_since_its_length_was_read_fills_only_its_new_volume(
        sparse, sink, lvm_pool, connected, qtbot, tmp_path):
    """The file's length is read when it is opened (on its mount's thread), and the new LV
    made that large, rounded up to whole extents; its end past the file is zeroed. A file
    still being written meanwhile (a download, a build) was read to its new end, and the
    zeroes went on after it: past the volume's end, where a block device refuses the write
    (the upload failed, the volume deleted). The upload now sends the length it announced."""
    path = tmp_path / "disk.img"
    content = os.urandom(MiB + 5)
    path.write_bytes(content)
    local = localfiles.open_source(path)  # its length read here
    with path.open("ab") as grows:
        grows.write(os.urandom(2 * MiB))  # written on meanwhile
    xml = volupload.new_volume_xml("disk.img", local, PoolType.LOGICAL)
    result = run_in_worker(qtbot, connected, lambda c: volupload.upload(
        c, lvm_pool, local, Transfer(), create_xml=xml, sparse=sparse))
    received = bytes(sink.received)
    assert len(received) == EXTENT  # the volume's size, not beyond
    assert received == content + bytes(EXTENT - len(content))
    assert result.total == EXTENT


def test_a_block_devices_length_is_read_from_its_end(tmp_path, monkeypatch):
    """A block device (a USB stick, a local LV) has no length in its inode: st_size is 0.
    Its upload read a length of 0, made an empty volume and sent nothing (and the panel
    checked a block pool's free space against 0). Its length is now where its end lies."""
    import stat

    path = tmp_path / "sdb"
    path.write_bytes(b"d" * MiB)
    real_stat, real_fstat = os.stat, os.fstat

    def as_device(st):
        return os.stat_result((stat.S_IFBLK | 0o660, *tuple(st)[1:6], 0, *tuple(st)[7:10]))

    monkeypatch.setattr(os, "stat", lambda p, *a, **k: as_device(real_stat(p, *a, **k))
                        if str(p) == str(path) else real_stat(p, *a, **k))
    monkeypatch.setattr(os, "fstat", lambda fd: as_device(real_fstat(fd))
                        if os.readlink(f"/proc/self/fd/{fd}") == str(path) else real_fstat(fd))
    from kvmgui.widgets.transferjobs import file_size

    assert file_size(str(path)) == MiB
    local = localfiles.open_source(path)
    try:
        assert local.size == MiB
        assert os.lseek(local.fd, 0, os.SEEK_CUR) == 0  # read from its start
    finally:
        os.close(local.fd)
