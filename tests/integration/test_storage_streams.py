"""Upload and download through libvirt streams against a real, isolated libvirtd (over its
socket, as with a remote host): byte-for-byte round trips (sha256), sparse and not, what the
sparse stream saves, qcow2 content recognised after upload, cancel and failure clean-up."""

import hashlib
import os
import subprocess

import libvirt
import pytest

from kvmgui.libvirt import poolops, voldownload, volumelist, volupload
from kvmgui.libvirt.transfers import Transfer, TransferCancelledError
from kvmgui.xml.pool_build import pool_xml
from kvmgui.xml.pool_spec import PoolSpec
from kvmgui.xml.pool_types import PoolType
from tests.helpers import open_connection
from tests.integration.storage_helpers import MiB, call, outcome, qemu_img_info, sparse_test_file

pytestmark = pytest.mark.integration


def sha256(path):
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(4 * MiB):
            digest.update(chunk)
    return digest.hexdigest()


def allocated(path):
    return os.stat(path).st_blocks * 512


@pytest.fixture
def pool(isolated_host, registry, qtbot):
    conn = open_connection(registry, qtbot, isolated_host.uri)
    target = isolated_host.tmpdir / "pool"
    pool_uuid = call(qtbot, conn, poolops.create_pool,
                     pool_xml(PoolSpec("xfer", PoolType.DIR, str(target))), build=True, start=True)
    return conn, pool_uuid, target


def volumes(qtbot, conn, pool_uuid):
    return sorted(r.name for r in call(qtbot, conn, volumelist.list_volumes, pool_uuid))


@pytest.mark.parametrize("sparse", [True, False])
def test_round_trip_is_byte_for_byte(sparse, pool, qtbot, tmp_path):
    conn, pool_uuid, target = pool
    source = tmp_path / "disk.img"
    data_bytes = sparse_test_file(source)  # 8 MiB of data in a 64 MiB file
    progress = []
    up = call(qtbot, conn, volupload.upload, pool_uuid, source, Transfer(progress.append),
              create_xml=volupload.new_volume_xml("disk.img", source), sparse=sparse)
    assert up.sparse == sparse and up.total == 64 * MiB
    assert up.sent == (data_bytes if sparse else 64 * MiB)  # holes are not sent
    assert progress[-1].done == 64 * MiB
    assert sha256(target / "disk.img") == sha256(source)
    if sparse:
        assert allocated(target / "disk.img") < 16 * MiB  # the holes stay holes on the host

    dest = tmp_path / "back.img"
    down = call(qtbot, conn, voldownload.download, pool_uuid, "disk.img", dest, sparse=sparse)
    assert sha256(dest) == sha256(source)
    assert down.sparse == sparse and down.sent == (data_bytes if sparse else 64 * MiB)
    assert (allocated(dest) < 16 * MiB) if sparse else (allocated(dest) >= 64 * MiB)
    print(f"\nsparse={sparse}: up {up.seconds:.2f} s, down {down.seconds:.2f} s")


def test_uploaded_qcow2_is_recognised(pool, qtbot, tmp_path):
    conn, pool_uuid, target = pool
    image = tmp_path / "guest.qcow2"
    subprocess.run(["qemu-img", "create", "-q", "-f", "qcow2", str(image), "20G"], check=True, timeout=60)
    up = call(qtbot, conn, volupload.upload, pool_uuid, image,
              create_xml=volupload.new_volume_xml("guest.qcow2", image))
    assert up.total == os.path.getsize(image) and up.sent <= up.total
    assert qemu_img_info(target / "guest.qcow2")["virtual-size"] == 20 * 1024**3  # 20 GiB not sent
    call(qtbot, conn, lambda c: c.storagePoolLookupByUUIDString(pool_uuid).refresh(0))
    (details,) = call(qtbot, conn, volumelist.volume_details, pool_uuid, ["guest.qcow2"])
    assert details.format == "qcow2"  # libvirt read the format from the content


def test_cancelled_upload_leaves_no_volume(pool, qtbot, tmp_path):
    conn, pool_uuid, _target = pool
    source = tmp_path / "big.img"
    source.write_bytes(os.urandom(32 * MiB))
    transfer = Transfer(lambda p: transfer.cancel() if p.done >= 4 * MiB else None, interval=0)
    future = outcome(qtbot, conn, volupload.upload, pool_uuid, source, transfer,
                     create_xml=volupload.new_volume_xml("big.img", source), sparse=False)
    with pytest.raises(TransferCancelledError):
        future.result()
    assert volumes(qtbot, conn, pool_uuid) == []


def test_failed_upload_leaves_no_volume(pool, qtbot, tmp_path):
    """A volume name that exists already: libvirt refuses, nothing of ours remains."""
    conn, pool_uuid, _target = pool
    source = tmp_path / "a.img"
    source.write_bytes(os.urandom(MiB))
    call(qtbot, conn, volupload.upload, pool_uuid, source,
         create_xml=volupload.new_volume_xml("a.img", source))
    future = outcome(qtbot, conn, volupload.upload, pool_uuid, source,
                     create_xml=volupload.new_volume_xml("a.img", source))
    with pytest.raises(libvirt.libvirtError):
        future.result()
    assert volumes(qtbot, conn, pool_uuid) == ["a.img"]  # the first one, untouched


@pytest.mark.parametrize("keep", [False, True])
def test_cancelled_download_removes_the_partial_file(keep, pool, qtbot, tmp_path):
    conn, pool_uuid, _target = pool
    source = tmp_path / "big.img"
    source.write_bytes(os.urandom(32 * MiB))
    call(qtbot, conn, volupload.upload, pool_uuid, source,
         create_xml=volupload.new_volume_xml("big.img", source))
    transfer = Transfer(lambda p: transfer.cancel() if p.done >= 4 * MiB else None, interval=0)
    dest = tmp_path / "out" / "big.img"
    dest.parent.mkdir()
    future = outcome(qtbot, conn, voldownload.download, pool_uuid, "big.img", dest, transfer,
                     keep_partial=keep)
    with pytest.raises(TransferCancelledError) as info:
        future.result()
    left = sorted(p.name for p in dest.parent.iterdir())
    assert left == (["big.img.part"] if keep else [])
    assert (info.value.partial is not None) == keep


def test_an_upload_over_a_larger_volume_leaves_its_end(pool, qtbot, tmp_path):
    """What the question before an upload over a volume says (panels/volumetransfers.py):
    libvirt writes the file over the volume's start and truncates nothing, and the volume's
    size the question names is its file's length, not a qcow2's virtual size."""
    from kvmgui.widgets.transferjobs import upload_target

    conn, pool_uuid, target = pool
    image = tmp_path / "old.qcow2"
    subprocess.run(["qemu-img", "create", "-q", "-f", "qcow2", str(image), "20G"], check=True, timeout=60)
    with open(image, "ab") as f:
        f.write(b"\xff" * 4 * MiB)  # old data past the header
    call(qtbot, conn, volupload.upload, pool_uuid, image, create_xml=volupload.new_volume_xml("v.img", image))
    call(qtbot, conn, lambda c: c.storagePoolLookupByUUIDString(pool_uuid).refresh(0))
    small = tmp_path / "v.img"
    small.write_bytes(b"\x01" * MiB)
    facts = call(qtbot, conn, upload_target, pool_uuid, "v.img", MiB)
    length = os.path.getsize(image)
    assert (facts.size, facts.grows, facts.file_size, facts.users) == (length, True, MiB, [])
    call(qtbot, conn, volupload.upload, pool_uuid, small, name="v.img")
    data = (target / "v.img").read_bytes()
    assert len(data) == length and data[:MiB] == small.read_bytes()
    assert data[MiB:] == image.read_bytes()[MiB:]  # the rest holds what it held
