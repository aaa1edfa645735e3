"""Storage pools on a real, isolated libvirtd: the create job (define → build → start →
autostart) on a directory inside the host's temp dir, its undo on a real failure, the
host's pool capabilities, mount options kept, delete with data, and an LVM pool on a loop
device when the machine allows it."""

import os
import subprocess
import uuid

import libvirt
import pytest

from kvmgui.libvirt import poolops, volops
from kvmgui.wizards.pool.state import host_pools
from kvmgui.xml.pool import PoolDoc
from kvmgui.xml.pool_build import pool_xml
from kvmgui.xml.pool_spec import HostSpec, PoolSpec
from kvmgui.xml.pool_types import PoolType
from kvmgui.xml.pool_validate import PoolContext, validate_pool
from kvmgui.xml.volume_build import volume_spec_xml
from kvmgui.xml.volume_spec import Size, SizeUnit, VolumeSpec
from tests.helpers import open_connection
from tests.integration.storage_helpers import (
    MiB,
    call,
    device_mapper_missing,
    loop_device,
    lvm_missing,
    outcome,
    pool_info,
)

pytestmark = pytest.mark.integration


def test_dir_pool_built_started_autostarted(isolated_host, registry, qtbot):
    host = isolated_host
    conn = open_connection(registry, qtbot, host.uri)
    target = host.tmpdir / "pools" / "images"
    spec = PoolSpec("images", PoolType.DIR, str(target), build=True, autostart=True)
    names, targets = host_pools(conn.pools.records())  # as the pool wizard reads them
    ctx = PoolContext(names, targets, path_exists=os.path.exists,
                      caps=call(qtbot, conn, poolops.pool_capabilities))
    assert ctx.caps.known and ctx.caps.supports(PoolType.DIR)  # libvirt 9 answers
    assert validate_pool(spec, ctx) == []  # the directory is missing, but "build" makes it
    assert call(qtbot, conn, poolops.default_target, PoolType.DIR, "images") == \
        "/var/lib/libvirt/images/images"  # this host has no "default" pool

    steps = []
    pool_uuid = call(qtbot, conn, poolops.create_pool, pool_xml(spec), build=True, start=True,
                     autostart=True, target_existed=False, progress=steps.append)
    assert [s.value for s in steps] == ["define", "build", "start", "autostart", "done"]
    info = pool_info(host, "images")
    assert (info["UUID"], info["State"], info["Persistent"], info["Autostart"]) == (
        pool_uuid, "running", "yes", "yes")
    assert target.is_dir()
    qtbot.waitUntil(lambda: (r := conn.pools.get(pool_uuid)) is not None and r.active, timeout=5000)

    # A second pool on the same directory is caught before libvirt sees it.
    qtbot.waitUntil(lambda: str(target) in host_pools(conn.pools.records())[1], timeout=5000)
    names, targets = host_pools(conn.pools.records())
    again = validate_pool(PoolSpec("images2", PoolType.DIR, str(target) + "/"), PoolContext(names, targets))
    assert [p.field for p in again] == ["target_path"]

    # Delete with its data: the (empty) directory goes too.
    call(qtbot, conn, poolops.delete_pool, pool_uuid, delete_data=True)
    assert not target.exists()
    assert "images" not in host.virsh("pool-list", "--all", "--name").split()


def test_a_failed_start_undoes_define_and_build(isolated_host, registry, qtbot):
    host = isolated_host
    conn = open_connection(registry, qtbot, host.uri)
    target = host.tmpdir / "fs-mount"
    spec = PoolSpec("broken", PoolType.FS, str(target), devices=[str(host.tmpdir / "no-such-device")])
    future = outcome(qtbot, conn, poolops.create_pool, pool_xml(spec), build=False, start=True,
                     autostart=True, target_existed=False)
    with pytest.raises(libvirt.libvirtError) as info:
        future.result()
    print(f"\nlibvirt said: {info.value.get_error_message()}")
    assert info.value.get_error_message()  # libvirt's own words reach the caller
    assert "broken" not in host.virsh("pool-list", "--all", "--name").split()

    # Build made the directory, start failed: the directory goes with the definition.
    future = outcome(qtbot, conn, poolops.create_pool, pool_xml(PoolSpec(
        "broken2", PoolType.NETFS, str(target), hosts=[HostSpec("localhost")], source_dir="/nothing",
        source_format="nfs")), build=True, start=True, target_existed=False)
    with pytest.raises(libvirt.libvirtError):
        future.result()
    assert not target.exists()
    assert "broken2" not in host.virsh("pool-list", "--all", "--name").split()


def test_real_host_keeps_mount_options(isolated_host, registry, qtbot):
    conn = open_connection(registry, qtbot, isolated_host.uri)
    spec = PoolSpec("smb", PoolType.NETFS, "/mnt/smb", hosts=[HostSpec("smb.example.com")],
                    source_dir="share", source_format="cifs", mount_options=["credentials=/root/smb.cred"])
    pool_uuid = call(qtbot, conn, poolops.create_pool, pool_xml(spec), start=False)
    xml = call(qtbot, conn, lambda c: c.storagePoolLookupByUUIDString(pool_uuid).XMLDesc(0))
    doc = PoolDoc.from_string(xml)
    assert doc.mount_options == ["credentials=/root/smb.cred"]
    call(qtbot, conn, poolops.delete_pool, pool_uuid)


def test_logical_pool_on_a_loop_device(isolated_host, registry, qtbot, tmp_path):
    reason = lvm_missing()
    if reason:
        pytest.skip(reason)
    conn = open_connection(registry, qtbot, isolated_host.uri)
    vg = f"kvmgui{uuid.uuid4().hex[:8]}"
    with loop_device(tmp_path / "pv.img", 256 * MiB) as device:
        spec = PoolSpec("lvm", PoolType.LOGICAL, devices=[device], source_name=vg, build=True)
        assert validate_pool(spec, PoolContext(path_exists=lambda p: p == device)) == []
        try:
            pool_uuid = call(qtbot, conn, poolops.create_pool, pool_xml(spec), build=True, start=True)
            vgs = subprocess.run(["vgs", "--noheadings", "-o", "vg_name,pv_count", vg], capture_output=True,
                                 text=True, timeout=30)
            assert vgs.returncode == 0 and vgs.stdout.split() == [vg, "1"], vgs.stderr
            info = pool_info(isolated_host, "lvm")
            assert info["State"] == "running" and info["Capacity"].startswith("25")  # ~252 MiB
            # Built with NO_OVERWRITE: a second build onto the same PV is refused.
            future = outcome(qtbot, conn, lambda c: c.storagePoolLookupByUUIDString(pool_uuid).build(
                libvirt.VIR_STORAGE_POOL_BUILD_NO_OVERWRITE))
            with pytest.raises(libvirt.libvirtError):
                future.result()
            missing_dm = device_mapper_missing()
            if missing_dm is None:
                made = call(qtbot, conn, volops.create_volume, pool_uuid,
                            volume_spec_xml(VolumeSpec("lv0", "", Size(32, SizeUnit.MIB)), PoolType.LOGICAL))
                assert made.path == f"/dev/{vg}/lv0"
                call(qtbot, conn, volops.delete_volume, pool_uuid, "lv0")
            else:
                print(f"\nno logical volume created: {missing_dm}")
            call(qtbot, conn, poolops.delete_pool, pool_uuid, delete_data=True)
            gone = subprocess.run(["vgs", vg], capture_output=True, text=True, timeout=30)
            assert gone.returncode != 0  # vgremove + pvremove done by the delete
        finally:
            subprocess.run(["vgremove", "-f", vg], capture_output=True, timeout=30)
            subprocess.run(["pvremove", "-ff", "-y", device], capture_output=True, timeout=30)


def test_logical_volume_on_a_loop_device(isolated_host, registry, qtbot, tmp_path):
    reason = lvm_missing() or device_mapper_missing()
    if reason:
        pytest.skip(reason)
    conn = open_connection(registry, qtbot, isolated_host.uri)
    vg = f"kvmgui{uuid.uuid4().hex[:8]}"
    with loop_device(tmp_path / "pv.img", 256 * MiB) as device:
        try:
            pool_uuid = call(qtbot, conn, poolops.create_pool, pool_xml(PoolSpec(
                "lvm", PoolType.LOGICAL, devices=[device], source_name=vg)), build=True)
            made = call(qtbot, conn, volops.create_volume, pool_uuid,
                        volume_spec_xml(VolumeSpec("lv0", "", Size(32, SizeUnit.MIB)), PoolType.LOGICAL))
            assert made.path == f"/dev/{vg}/lv0"
            call(qtbot, conn, poolops.delete_pool, pool_uuid, delete_data=True)
        finally:
            subprocess.run(["vgremove", "-f", vg], capture_output=True, timeout=30)
            subprocess.run(["pvremove", "-ff", "-y", device], capture_output=True, timeout=30)
