"""Upload and download loops, sparse and not, cancel and failure clean-up.

The test driver has no volume streams, so the stream here is an in-memory one that runs
libvirt-python's own sendAll / recvAll / sparseSendAll / sparseRecvAll code (borrowed from
virStream) against a byte array standing for the volume; the volumes themselves are real
test-driver volumes. A real host runs the same code in tests/integration/test_storage_streams.py.
"""

import contextlib
import os
from pathlib import Path

import libvirt
import pytest

from kvmgui.libvirt import filepump, transfers, voldownload, volupload
from kvmgui.libvirt.transfers import Transfer, TransferCancelledError
from kvmgui.widgets.transferjobs import upload_file
from kvmgui.xml.pool import VolumeDoc
from kvmgui.xml.pool_types import PoolType
from tests.helpers import run_in_worker
from tests.unit.libvirt.storage_fakes import HOME, CodedError

MiB = 1024**2


def sparse_file(path: Path) -> bytes:
    """1 MiB data, 8 MiB hole, 1 MiB data, 4 MiB hole at the end; returns the content."""
    with path.open("wb") as f:
        f.write(b"a" * MiB)
        f.seek(9 * MiB)
        f.write(b"b" * MiB)
        f.truncate(14 * MiB)
    return path.read_bytes()


class MemoryStream:
    """A blocking stream whose far end is ``self.volume`` (bytes) — see the module docstring."""

    sendAll = libvirt.virStream.sendAll
    recvAll = libvirt.virStream.recvAll
    sparseSendAll = libvirt.virStream.sparseSendAll
    sparseRecvAll = libvirt.virStream.sparseRecvAll

    def __init__(self, volume=b"", holes=()):
        self.received = bytearray()
        self.holes_sent = []
        self.volume = volume
        self.holes = sorted(holes)  # (offset, length) of holes in ``volume`` to send as holes
        self.pos = 0
        self.aborted = self.finished = False
        self.fail_after = None

    # upload side
    def send(self, data):
        if self.fail_after is not None and len(self.received) >= self.fail_after:
            raise CodedError(libvirt.VIR_ERR_OPERATION_FAILED, "No space left on device")
        self.received += data
        return len(data)

    def sendHole(self, length, flags=0):
        self.holes_sent.append((len(self.received), length))
        self.received += bytes(length)
        return 0

    # download side
    def _hole_at(self):
        return next((length - (self.pos - off) for off, length in self.holes
                     if off <= self.pos < off + length), 0)

    def recv(self, nbytes):
        data = self.volume[self.pos:self.pos + nbytes]
        self.pos += len(data)
        return data

    def recvFlags(self, nbytes, flags=0):
        if flags & libvirt.VIR_STREAM_RECV_STOP_AT_HOLE and self._hole_at():
            return -3
        nxt = min([off for off, _l in self.holes if off > self.pos] + [len(self.volume)])
        return self.recv(min(nbytes, nxt - self.pos))

    def recvHole(self, flags=0):
        length = self._hole_at()
        self.pos += length
        return length

    def finish(self):
        self.finished = True
        return 0

    def abort(self):
        self.aborted = True
        return 0


@pytest.fixture
def wire(monkeypatch):
    """Route newStream/upload/download of the test driver through one MemoryStream."""
    state = {"stream": MemoryStream(), "flags": []}
    monkeypatch.setattr(libvirt.virConnect, "newStream", lambda _c, _f=0: state["stream"])

    def attach(_vol, _stream, offset, length, flags=0):
        state["flags"].append(flags)
        return 0
    monkeypatch.setattr(libvirt.virStorageVol, "upload", attach)
    monkeypatch.setattr(libvirt.virStorageVol, "download", attach)
    monkeypatch.setattr(libvirt.virStorageVol, "infoFlags",
                        lambda _v, _f=0: [0, 0, len(state["stream"].volume)])
    return state


def volume_names(qtbot, conn):
    return run_in_worker(qtbot, conn, lambda c: sorted(
        v.name() for v in c.storagePoolLookupByUUIDString(HOME).listAllVolumes(0)))


def outcome(qtbot, conn, fn, *args, **kwargs):
    future = conn.run(lambda c: fn(c, *args, **kwargs))
    qtbot.waitUntil(future.done, timeout=10000)
    return future


def test_pieces_of_a_sparse_file(tmp_path):
    sparse_file(tmp_path / "s")
    fd = os.open(tmp_path / "s", os.O_RDONLY)
    try:
        sections: list[list[object]] = []
        for piece in filepump.pieces(fd, tail=MiB):
            data = isinstance(piece, bytes)
            if sections and sections[-1][0] and data:
                sections[-1][1] += len(piece)
            else:
                sections.append([data, len(piece) if data else piece])
    finally:
        os.close(fd)
    assert [(d, n // MiB) for d, n in sections] == [(True, 1), (False, 8), (True, 1), (False, 4),
                                                    (False, 1)]


@pytest.mark.parametrize("sparse", [True, False])
def test_upload_into_a_new_volume(sparse, wire, connected, qtbot, tmp_path):
    content = sparse_file(tmp_path / "disk.img")
    seen = []
    xml = volupload.new_volume_xml("up.img", tmp_path / "disk.img")
    assert '<capacity unit="bytes">14680064</capacity>' in xml
    result = run_in_worker(qtbot, connected, lambda c: volupload.upload(
        c, HOME, tmp_path / "disk.img", Transfer(seen.append, interval=0), create_xml=xml, sparse=sparse))
    stream = wire["stream"]
    assert bytes(stream.received) == content and stream.finished
    assert (result.volume, result.path, result.total, result.sparse) == ("up.img", "/home/up.img", 14 * MiB,
                                                                         sparse)
    assert result.sent == (2 * MiB if sparse else 14 * MiB)
    assert stream.holes_sent == ([(MiB, 8 * MiB), (10 * MiB, 4 * MiB)] if sparse else [])
    assert wire["flags"] == [libvirt.VIR_STORAGE_VOL_UPLOAD_SPARSE_STREAM if sparse else 0]
    assert seen[-1].done == seen[-1].total == 14 * MiB and seen[-1].sent == result.sent
    assert [p.done for p in seen] == sorted(p.done for p in seen)
    assert "up.img" in volume_names(qtbot, connected)


DISK_POOL = ("<pool type='disk'><name>sdz</name><source><device path='/dev/sdz'/><format type='gpt'/>"
             "</source><target><path>/dev</path></target></pool>")
LVM_POOL = ("<pool type='logical'><name>vg</name><source><name>vg</name></source>"
            "<target><path>/dev/vg</path></target></pool>")


@pytest.mark.parametrize("pool_xml", [DISK_POOL, LVM_POOL], ids=["disk", "logical"])
def test_upload_into_a_new_volume_of_a_block_pool(pool_xml, wire, connected, qtbot, tmp_path):
    """A partition has no "raw" format, and a sparse LV is an LVM snapshot that breaks once
    the upload fills it: the new volume is made as its pool's volumes are."""
    (tmp_path / "disk.img").write_bytes(os.urandom(MiB))

    def define(c):
        pool = c.storagePoolDefineXML(pool_xml, 0)
        pool.create(0)
        return pool.UUIDString()

    uuid = run_in_worker(qtbot, connected, define)
    result = run_in_worker(qtbot, connected, lambda c: upload_file(
        c, uuid, "disk.img", str(tmp_path / "disk.img"), True, Transfer()))
    assert bytes(wire["stream"].received) == (tmp_path / "disk.img").read_bytes()
    doc = VolumeDoc.from_string(run_in_worker(qtbot, connected, lambda c: c.storagePoolLookupByUUIDString(
        uuid).storageVolLookupByName(result.volume).XMLDesc(0)))
    assert doc.format != "raw" and doc.capacity == doc.allocation == MiB


@pytest.mark.parametrize("sparse", [True, False])
@pytest.mark.parametrize("holes", [False, True], ids=["whole", "ends-in-a-hole"])
def test_a_new_lv_larger_than_the_file_has_its_end_zeroed(sparse, holes, wire, connected, qtbot,
                                                          tmp_path, monkeypatch):
    """lvcreate makes whole extents (4 MiB by default), so the new LV is larger than the file,
    and its end held the device's old data (another VM's): the guest read it as the end of
    its disk. The upload now goes on past the file with zeroes up to the volume's end (a hole
    on a sparse stream: libvirt writes it on a block device as zeroes)."""
    if holes:
        content = sparse_file(tmp_path / "disk.img")  # 14 MiB, the last 4 a hole
    else:
        content = os.urandom(MiB + 5)
        (tmp_path / "disk.img").write_bytes(content)
    size = -(-len(content) // (4 * MiB)) * 4 * MiB
    real_info = libvirt.virStorageVol.info

    def info(vol):  # as lvcreate rounds the size up to whole extents
        kind, capacity, allocation = real_info(vol)
        return [kind, -(-capacity // (4 * MiB)) * 4 * MiB, allocation]

    monkeypatch.setattr(libvirt.virStorageVol, "info", info)

    def define(c):
        pool = c.storagePoolDefineXML(LVM_POOL, 0)
        pool.create(0)
        return pool.UUIDString()

    uuid = run_in_worker(qtbot, connected, define)
    seen = []
    xml = volupload.new_volume_xml("disk.img", tmp_path / "disk.img", PoolType.LOGICAL)
    result = run_in_worker(qtbot, connected, lambda c: volupload.upload(
        c, uuid, tmp_path / "disk.img", Transfer(seen.append, interval=0), create_xml=xml, sparse=sparse))
    stream = wire["stream"]
    assert bytes(stream.received) == content + bytes(size - len(content)) and stream.finished
    tail = (len(content), size - len(content))
    if sparse:
        assert stream.holes_sent == ([(MiB, 8 * MiB), (10 * MiB, 4 * MiB), tail] if holes else [tail])
    else:
        assert stream.holes_sent == []
    assert result.total == size and result.sent == size - sum(n for _o, n in stream.holes_sent)
    assert seen[-1].done == seen[-1].total == size


def test_upload_into_an_existing_volume_is_never_sparse(wire, connected, qtbot, tmp_path):
    sparse_file(tmp_path / "disk.img")
    result = run_in_worker(qtbot, connected, lambda c: volupload.upload(
        c, HOME, tmp_path / "disk.img", name="build.qcow2", sparse=True))
    assert not result.sparse and wire["flags"] == [0]  # holes would show the old data through


def test_an_upload_over_a_volume_a_running_vm_uses_is_refused_in_the_worker(wire, connected, qtbot,
                                                                           tmp_path):
    """The question before an upload over a volume refuses the running VMs using it; one
    running on it by the time the upload begins refuses it too (checked in the worker,
    before the stream opens), even one named: its guest would have its disk replaced."""
    from kvmgui.libvirt.volops import VolumeInUseError

    (tmp_path / "db01.qcow2").write_bytes(b"x" * 4096)
    db01 = next(r.uuid for r in connected.domains.records() if r.name == "db01")
    future = outcome(qtbot, connected, upload_file, HOME, "db01.qcow2",
                     str(tmp_path / "db01.qcow2"), False, Transfer(), (db01,))
    with pytest.raises(VolumeInUseError, match="db01") as info:
        future.result()
    assert info.value.started and wire["flags"] == []  # no stream was opened
    (tmp_path / "build.qcow2").write_bytes(b"x" * 4096)  # build is stopped: named, it goes ahead
    build = next(r.uuid for r in connected.domains.records() if r.name == "build")
    result = run_in_worker(qtbot, connected, upload_file, HOME, "build.qcow2",
                           str(tmp_path / "build.qcow2"), False, Transfer(), (build,))
    assert result.volume == "build.qcow2" and bytes(wire["stream"].received) == b"x" * 4096


def test_failed_upload_removes_the_volume_it_created(wire, connected, qtbot, tmp_path):
    sparse_file(tmp_path / "disk.img")
    wire["stream"].fail_after = MiB
    before = volume_names(qtbot, connected)
    future = outcome(qtbot, connected, volupload.upload, HOME, tmp_path / "disk.img",
                     create_xml=volupload.new_volume_xml("up.img", tmp_path / "disk.img"))
    with pytest.raises(CodedError, match="No space left"):
        future.result()
    assert wire["stream"].aborted
    assert volume_names(qtbot, connected) == before


def test_cancelled_upload_removes_the_volume_it_created(wire, connected, qtbot, tmp_path):
    (tmp_path / "big").write_bytes(os.urandom(4 * MiB))
    transfer = Transfer(lambda p: transfer.cancel() if p.done >= MiB else None, interval=0)
    before = volume_names(qtbot, connected)
    future = outcome(qtbot, connected, volupload.upload, HOME, tmp_path / "big", transfer,
                     create_xml=volupload.new_volume_xml("up.img", tmp_path / "big"), sparse=False)
    with pytest.raises(TransferCancelledError):
        future.result()
    assert wire["stream"].aborted and len(wire["stream"].received) < 4 * MiB
    assert volume_names(qtbot, connected) == before


def test_upload_when_the_host_has_no_streams(connected, qtbot, tmp_path):
    """The real test driver refuses volume upload: the new volume must not stay behind."""
    (tmp_path / "f").write_bytes(b"data")
    before = volume_names(qtbot, connected)
    future = outcome(qtbot, connected, volupload.upload, HOME, tmp_path / "f",
                     create_xml=volupload.new_volume_xml("up.img", tmp_path / "f"))
    with pytest.raises(libvirt.libvirtError, match="not supported"):
        future.result()
    assert volume_names(qtbot, connected) == before


@pytest.mark.parametrize("sparse", [True, False])
def test_download(sparse, wire, connected, qtbot, tmp_path):
    content = b"a" * MiB + bytes(8 * MiB) + b"b" * MiB + bytes(4 * MiB)
    wire["stream"] = MemoryStream(content, holes=[(MiB, 8 * MiB), (10 * MiB, 4 * MiB)])
    dest = tmp_path / "out.img"
    result = run_in_worker(qtbot, connected, lambda c: voldownload.download(c, HOME, "web01.qcow2", dest,
                                                                            sparse=sparse))
    assert dest.read_bytes() == content
    assert not (tmp_path / "out.img.part").exists()
    assert (result.total, result.sent, result.sparse) == (14 * MiB, 2 * MiB if sparse else 14 * MiB, sparse)
    allocated = os.stat(dest).st_blocks * 512
    assert (allocated < 4 * MiB) if sparse else (allocated >= 14 * MiB)


@pytest.mark.parametrize("keep", [False, True])
def test_cancelled_download_keeps_a_partial_file_only_on_request(keep, wire, connected, qtbot, tmp_path):
    wire["stream"] = MemoryStream(os.urandom(4 * MiB))
    dest = tmp_path / "out.img"
    dest.write_bytes(b"older file")
    transfer = Transfer(lambda p: transfer.cancel() if p.done >= MiB else None, interval=0)
    future = outcome(qtbot, connected, voldownload.download, HOME, "web01.qcow2", dest, transfer,
                     keep_partial=keep, overwrite=True)
    with pytest.raises(TransferCancelledError) as info:
        future.result()
    assert wire["stream"].aborted
    assert dest.read_bytes() == b"older file"  # replaced only by a complete download
    part = tmp_path / "out.img.part"
    assert part.exists() == keep and info.value.partial == (str(part) if keep else None)


def test_a_leftover_part_file_neither_blocks_a_download_nor_is_overwritten(wire, connected, qtbot, tmp_path):
    """A ``<dest>.part`` left by a crash made every later download to ``dest`` fail with
    "File exists". It may as well be another program's (browsers name their partial
    downloads so): it stays as it is, and the download goes through a file of its own."""
    content = os.urandom(MiB)
    wire["stream"] = MemoryStream(content)
    folder = tmp_path / "downloads"
    folder.mkdir()
    dest = folder / "out.img"
    (folder / "out.img.part").write_bytes(b"not ours")
    run_in_worker(qtbot, connected, lambda c: voldownload.download(c, HOME, "web01.qcow2", dest))
    assert dest.read_bytes() == content
    assert (folder / "out.img.part").read_bytes() == b"not ours"
    assert sorted(p.name for p in folder.iterdir()) == ["out.img", "out.img.part"]


def test_download_does_not_overwrite_unasked(connected, qtbot, tmp_path):
    tmp_path = tmp_path / "downloads"
    tmp_path.mkdir()
    (tmp_path / "x").write_bytes(b"mine")
    with pytest.raises(FileExistsError):
        outcome(qtbot, connected, voldownload.download, HOME, "web01.qcow2", tmp_path / "x").result()
    future = outcome(qtbot, connected, voldownload.download, HOME, "web01.qcow2", tmp_path / "y")
    with pytest.raises(libvirt.libvirtError, match="not supported"):  # the real test driver
        future.result()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x"]


def test_progress_rate_and_throttle(monkeypatch):
    now = [100.0]
    monkeypatch.setattr(transfers.time, "monotonic", lambda: now[0])
    seen = []
    transfer = Transfer(seen.append, interval=0.125)
    transfer.begin(10 * MiB)
    for _ in range(20):  # 20 chunks of 256 KiB, 1/16 s apart: 4 MiB/s
        now[0] += 0.0625
        transfer.advance(256 * 1024)
    transfer.end()
    assert len(seen) == 11  # every other chunk, and the end
    assert seen[-1].done == 5 * MiB and seen[-1].elapsed == pytest.approx(1.25)
    assert seen[-1].rate == pytest.approx(4 * MiB)
    transfer.cancel()
    with pytest.raises(TransferCancelledError):
        transfer.check()


def _hang_on(monkeypatch, names, folder):
    """``os.<name>`` for each of ``names`` (write; read, pread) of a file in ``folder`` hangs
    until the returned event is set, as on a network mount that stopped answering; ``hung``
    is set once one does."""
    import threading

    hung, release = threading.Event(), threading.Event()

    def hanging(real):
        def call(fd, *args):
            with contextlib.suppress(OSError):
                if os.readlink(f"/proc/self/fd/{fd}").startswith(str(folder)):
                    hung.set()
                    release.wait(10)
            return real(fd, *args)
        return call

    for name in names:
        monkeypatch.setattr(os, name, hanging(getattr(os, name)))
    return hung, release


@pytest.mark.parametrize("sparse", [True, False])
def test_cancel_aborts_a_download_whose_file_hangs(sparse, wire, connected, qtbot, tmp_path,
                                                   monkeypatch):
    """The stream's thread wrote the file itself: hung in a write into a mount that stopped
    answering, it never saw Cancel, and the stream stayed open (the host sending, libvirt's
    client keeping what came) until the mount answered. The file is now written by a thread
    of its own: Cancel aborts the stream at once, and the partial file goes once the mount
    answers."""
    wire["stream"] = MemoryStream(os.urandom(8 * MiB))
    folder = tmp_path / "nfs"
    folder.mkdir()
    hung, release = _hang_on(monkeypatch, ["write"], folder)
    transfer = Transfer()
    future = connected.run(lambda c: voldownload.download(c, HOME, "web01.qcow2", folder / "out.img",
                                                          transfer, sparse=sparse))
    try:
        qtbot.waitUntil(hung.is_set, timeout=5000)
        transfer.cancel()
        qtbot.waitUntil(future.done, timeout=5000)
        assert wire["stream"].aborted and not wire["stream"].finished
        with pytest.raises(TransferCancelledError):
            future.result()
    finally:
        release.set()
    qtbot.waitUntil(lambda: not list(folder.iterdir()), timeout=5000)  # the partial file went


@pytest.mark.parametrize("sparse", [True, False])
def test_cancel_aborts_an_upload_whose_file_hangs(sparse, wire, connected, qtbot, tmp_path,
                                                  monkeypatch):
    """Likewise for a read of the file an upload sends: Cancel aborts the stream and removes
    the new volume while the read still hangs."""
    folder = tmp_path / "nfs"
    folder.mkdir()
    (folder / "disk.img").write_bytes(os.urandom(4 * MiB))
    before = volume_names(qtbot, connected)
    hung, release = _hang_on(monkeypatch, ["read", "pread"], folder)
    transfer = Transfer()
    xml = volupload.new_volume_xml("up.img", folder / "disk.img")
    future = connected.run(lambda c: volupload.upload(c, HOME, folder / "disk.img", transfer,
                                                      create_xml=xml, sparse=sparse))
    try:
        qtbot.waitUntil(hung.is_set, timeout=5000)
        transfer.cancel()
        qtbot.waitUntil(future.done, timeout=5000)
        assert wire["stream"].aborted and not wire["stream"].finished
        with pytest.raises(TransferCancelledError):
            future.result()
        assert volume_names(qtbot, connected) == before
    finally:
        release.set()


def test_an_upload_whose_host_stops_answering_once_done_keeps_its_volume(wire, connected, qtbot,
                                                                          tmp_path, monkeypatch):
    """The new volume's path was asked of the host after the upload had finished: a host
    that stopped answering then made a whole upload fail (the window said so) while its
    volume stayed, complete. The upload now succeeds, its path unknown."""
    from tests.unit.lverror import refusal

    content = sparse_file(tmp_path / "disk.img")
    real_path = libvirt.virStorageVol.path

    def path(vol):
        if wire["stream"].finished:
            raise refusal("Cannot recv data: Connection reset by peer")
        return real_path(vol)

    monkeypatch.setattr(libvirt.virStorageVol, "path", path)
    future = outcome(qtbot, connected, volupload.upload, HOME, tmp_path / "disk.img",
                     create_xml=volupload.new_volume_xml("up.img", tmp_path / "disk.img"))
    result = future.result()
    assert (result.volume, result.path, result.total) == ("up.img", "", len(content))
    assert "up.img" in volume_names(qtbot, connected)
