"""Volumes on a real, isolated libvirtd, checked with qemu-img: create (qcow2, raw, an
overlay on a base), resize (grow; shrink only on request), clone, wipe, the volume list,
and a volume a running VM uses refused for delete."""

import hashlib

import libvirt
import pytest

from kvmgui.libvirt import poolops, volops, volumelist
from kvmgui.xml.pool_build import pool_xml
from kvmgui.xml.pool_spec import PoolSpec
from kvmgui.xml.pool_types import PoolType
from kvmgui.xml.volume_build import volume_spec_xml
from kvmgui.xml.volume_spec import Size, SizeUnit, VolumeSpec
from kvmgui.xml.volume_validate import VolumeContext, validate_volume
from tests.helpers import open_connection
from tests.integration.storage_helpers import (
    GiB,
    MiB,
    call,
    outcome,
    qemu_img_info,
    start_guest_with_disk,
)

pytestmark = pytest.mark.integration


@pytest.fixture
def pool(isolated_host, registry, qtbot):
    """(connection, pool uuid, directory) of a running dir pool made by the create job."""
    conn = open_connection(registry, qtbot, isolated_host.uri)
    target = isolated_host.tmpdir / "pool"
    pool_uuid = call(qtbot, conn, poolops.create_pool,
                     pool_xml(PoolSpec("vols", PoolType.DIR, str(target))), build=True, start=True)
    return conn, pool_uuid, target


def create(qtbot, conn, pool_uuid, spec, pool_type=PoolType.DIR):
    assert validate_volume(spec, VolumeContext(pool_type)) == []
    return call(qtbot, conn, volops.create_volume, pool_uuid, volume_spec_xml(spec, pool_type))


def test_qcow2_created_resized_and_seen_by_qemu_img(pool, qtbot):
    conn, pool_uuid, target = pool
    made = create(qtbot, conn, pool_uuid, VolumeSpec("disk.qcow2", "qcow2", Size(1, SizeUnit.GIB)))
    assert made.path == str(target / "disk.qcow2")
    info = qemu_img_info(made.path)
    assert (info["format"], info["virtual-size"]) == ("qcow2", GiB)
    assert info["actual-size"] < 2 * MiB  # sparse: allocation 0

    assert call(qtbot, conn, volops.resize_volume, pool_uuid, "disk.qcow2", 3 * GiB // 2) == 3 * GiB // 2
    assert qemu_img_info(made.path)["virtual-size"] == 3 * GiB // 2
    future = outcome(qtbot, conn, volops.resize_volume, pool_uuid, "disk.qcow2", GiB)
    with pytest.raises(volops.ShrinkRefusedError):
        future.result()
    assert qemu_img_info(made.path)["virtual-size"] == 3 * GiB // 2  # untouched

    raw = create(qtbot, conn, pool_uuid, VolumeSpec("disk.raw", "raw", Size(64, SizeUnit.MIB)))
    assert call(qtbot, conn, volops.resize_volume, pool_uuid, "disk.raw", 32 * MiB, shrink=True) == 32 * MiB
    assert qemu_img_info(raw.path)["virtual-size"] == 32 * MiB


def test_overlay_on_a_base_and_clone(pool, qtbot):
    conn, pool_uuid, _target = pool
    base = create(qtbot, conn, pool_uuid, VolumeSpec("base.raw", "raw", Size(256, SizeUnit.MIB)))
    overlay = create(qtbot, conn, pool_uuid, VolumeSpec("top.qcow2", "qcow2", None,
                                                        backing_path=base.path, backing_format="raw"))
    info = qemu_img_info(overlay.path)
    assert (info["format"], info["virtual-size"], info["backing-filename"]) == ("qcow2", 256 * MiB, base.path)
    assert info.get("backing-filename-format") == "raw"
    assert call(qtbot, conn, volops.backing_of, pool_uuid, "top.qcow2") == (base.path, "raw")

    copy_xml = volume_spec_xml(VolumeSpec("copy.qcow2", "qcow2", Size(256, SizeUnit.MIB)))
    copy = call(qtbot, conn, volops.clone_volume, pool_uuid, copy_xml, pool_uuid, "base.raw")
    info = qemu_img_info(copy.path)
    assert (info["format"], info["virtual-size"]) == ("qcow2", 256 * MiB)


def test_wipe(pool, qtbot):
    conn, pool_uuid, _target = pool
    vol = create(qtbot, conn, pool_uuid, VolumeSpec("w.raw", "raw", Size(4, SizeUnit.MIB),
                                                    Size(4, SizeUnit.MIB)))
    with open(vol.path, "r+b") as f:
        f.write(b"\xff" * MiB)
    call(qtbot, conn, volops.wipe_volume, pool_uuid, "w.raw")
    with open(vol.path, "rb") as f:
        assert hashlib.sha256(f.read()).digest() == hashlib.sha256(bytes(4 * MiB)).digest()


def test_volume_list_matches_virsh(pool, isolated_host, qtbot):
    conn, pool_uuid, _target = pool
    for i in range(5):
        create(qtbot, conn, pool_uuid, VolumeSpec(f"v{i}.qcow2", "qcow2", Size(i + 1, SizeUnit.GIB)))
    rows = call(qtbot, conn, volumelist.list_volumes, pool_uuid)
    virsh = [line.split()[:2] for line in isolated_host.virsh("vol-list", "vols").splitlines()]
    assert sorted([r.name, r.path] for r in rows) == sorted(virsh)
    assert {r.name: r.capacity for r in rows} == {f"v{i}.qcow2": (i + 1) * GiB for i in range(5)}
    details = call(qtbot, conn, volumelist.volume_details, pool_uuid, [r.name for r in rows])
    assert {d.format for d in details} == {"qcow2"}


def test_volume_of_a_running_vm_is_not_deleted(pool, isolated_host, guest_assets, qtbot):
    conn, pool_uuid, _target = pool
    vol = create(qtbot, conn, pool_uuid, VolumeSpec("guest.qcow2", "qcow2", Size(64, SizeUnit.MIB)))
    start_guest_with_disk(isolated_host, "tiny-disk", guest_assets, vol.path, "qcow2")
    future = outcome(qtbot, conn, volops.delete_volume, pool_uuid, "guest.qcow2", allow_stopped_users=True)
    with pytest.raises(volops.VolumeInUseError) as info:
        future.result()
    assert info.value.running and [(u.name, u.disk) for u in info.value.users] == [("tiny-disk", "vdb")]
    assert qemu_img_info(vol.path)["format"] == "qcow2"  # still there

    isolated_host.virsh("destroy", "tiny-disk")
    future = outcome(qtbot, conn, volops.delete_volume, pool_uuid, "guest.qcow2")
    with pytest.raises(volops.VolumeInUseError) as info:
        future.result()
    assert not info.value.running  # a stopped VM: the caller asks, then allows it
    call(qtbot, conn, volops.delete_volume, pool_uuid, "guest.qcow2", allow_stopped_users=True)
    with pytest.raises(libvirt.libvirtError):
        outcome(qtbot, conn, volops.volume_xml, pool_uuid, "guest.qcow2").result()


@pytest.mark.parametrize("fmt", ["qcow2", "raw"])
def test_a_running_vm_s_disk_grows_through_the_vm_and_is_not_shrunk(pool, isolated_host, guest_assets,
                                                                     qtbot, fmt):
    """vol-resize under a running VM: a qcow2 failed with qemu-img's 'Failed to get "write"
    lock', a raw file grew unseen by the guest (QEMU still said 64 MiB), or shrank under it."""
    conn, pool_uuid, _target = pool
    name = f"guest.{fmt}"
    vol = create(qtbot, conn, pool_uuid, VolumeSpec(name, fmt, Size(64, SizeUnit.MIB)))
    start_guest_with_disk(isolated_host, "tiny-disk", guest_assets, vol.path, fmt)
    assert call(qtbot, conn, volops.resize_volume, pool_uuid, name, 128 * MiB) == 128 * MiB
    assert "Capacity:       134217728" in isolated_host.virsh("domblkinfo", "tiny-disk", "vdb")
    assert qemu_img_info(vol.path)["virtual-size"] == 128 * MiB
    future = outcome(qtbot, conn, volops.resize_volume, pool_uuid, name, 32 * MiB, shrink=True)
    with pytest.raises(volops.RunningUsersError):
        future.result()
    assert "Capacity:       134217728" in isolated_host.virsh("domblkinfo", "tiny-disk", "vdb")
    assert qemu_img_info(vol.path)["virtual-size"] == 128 * MiB


@pytest.mark.parametrize("fmt", ["qcow2", "raw"])
def test_a_running_vm_s_disk_is_cloned_only_once_it_stops(pool, isolated_host, guest_assets, qtbot,
                                                          fmt):
    """A qcow2 failed with qemu-img's 'Failed to get shared "write" lock'; a raw file was
    copied while its guest wrote on it."""
    conn, pool_uuid, _target = pool
    vol = create(qtbot, conn, pool_uuid, VolumeSpec(f"guest.{fmt}", fmt, Size(64, SizeUnit.MIB)))
    start_guest_with_disk(isolated_host, "tiny-disk", guest_assets, vol.path, fmt)
    copy = volume_spec_xml(VolumeSpec(f"copy.{fmt}", fmt, Size(64, SizeUnit.MIB)))
    future = outcome(qtbot, conn, volops.clone_volume, pool_uuid, copy, pool_uuid, f"guest.{fmt}")
    with pytest.raises(volops.RunningUsersError):
        future.result()
    isolated_host.virsh("destroy", "tiny-disk")
    made = call(qtbot, conn, volops.clone_volume, pool_uuid, copy, pool_uuid, f"guest.{fmt}")
    assert qemu_img_info(made.path)["virtual-size"] == 64 * MiB


def test_a_disk_only_in_a_running_vm_s_next_boot_definition_grows_as_a_volume(
        pool, isolated_host, guest_assets, qtbot, tmp_path):
    """attach-disk --config adds the disk for the next boot only: blockresize on the running
    VM failed with QEMU's 'disk not found'; vol-resize grows it, QEMU not holding it."""
    conn, pool_uuid, _target = pool
    disk = create(qtbot, conn, pool_uuid, VolumeSpec("disk.qcow2", "qcow2", Size(64, SizeUnit.MIB)))
    later = create(qtbot, conn, pool_uuid, VolumeSpec("later.qcow2", "qcow2", Size(64, SizeUnit.MIB)))
    start_guest_with_disk(isolated_host, "tiny-disk", guest_assets, disk.path, "qcow2")
    isolated_host.virsh("attach-disk", "tiny-disk", later.path, "vdc", "--subdriver", "qcow2",
                        "--config")
    assert call(qtbot, conn, volops.resize_volume, pool_uuid, "later.qcow2", 128 * MiB) == 128 * MiB
    assert qemu_img_info(later.path)["virtual-size"] == 128 * MiB
