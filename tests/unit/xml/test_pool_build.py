"""The pool and volume builders: golden files (tests/data/xml/pool-<case>-out.xml and
volume-<case>-out.xml, see golden.py to regenerate), libvirt's schemas, and libvirt's own
parser: every case defines on the test driver (which takes every pool type: it runs
libvirt's real XML parser and per-type checks, not the backends) and reads back the same."""

from __future__ import annotations

import dataclasses

import libvirt
import pytest

from kvmgui.xml.base import SCHEMA_DIR, validate_rng
from kvmgui.xml.pool import PoolDoc, VolumeDoc
from kvmgui.xml.pool_build import build_pool, default_target_path, pool_xml, spec_from_xml
from kvmgui.xml.pool_spec import HostSpec, PoolSpec
from kvmgui.xml.pool_types import PoolType
from kvmgui.xml.pool_validate import validate_pool
from kvmgui.xml.volume_build import volume_spec_xml
from kvmgui.xml.volume_spec import Size, SizeUnit, VolumeSpec
from kvmgui.xml.volume_validate import VolumeContext, validate_volume
from tests.unit.xml.golden import check_golden
from tests.unit.xml.storage_cases import POOLS, VOLUMES

needs_schemas = pytest.mark.skipif(not SCHEMA_DIR.is_dir(), reason="libvirt schemas not installed")
GiB = 1024**3


@pytest.fixture(scope="module")
def test_conn():
    libvirt.registerErrorHandler(lambda *_a: None, None)
    conn = libvirt.open("test:///default")
    yield conn
    conn.close()


def expected_spec(spec: PoolSpec) -> PoolSpec:
    """What reading the built XML back gives: the spec, with the target the builder
    derives (LVM: /dev/<vg>, ZFS: /dev/zvol/<pool>) and the job's choices at their defaults."""
    root = build_pool(spec)
    return dataclasses.replace(spec, target_path=root.findtext("./target/path") or "",
                               build=False, overwrite=False, start=True, autostart=True)


@pytest.mark.parametrize("case", sorted(POOLS))
def test_pool_golden(case):
    check_golden(f"pool-{case}-out.xml", pool_xml(POOLS[case]()))


@pytest.mark.parametrize("case", sorted(POOLS))
def test_pool_case_is_valid(case):
    assert validate_pool(POOLS[case]()) == []


@needs_schemas
@pytest.mark.parametrize("case", sorted(POOLS))
def test_pool_matches_schema(case):
    assert validate_rng(pool_xml(POOLS[case]()), "storagepool") == []


@pytest.mark.parametrize("case", sorted(POOLS))
def test_pool_reads_back_as_its_spec(case):
    spec = POOLS[case]()
    assert spec_from_xml(pool_xml(spec)) == expected_spec(spec)


@pytest.mark.parametrize("case", sorted(POOLS))
def test_pool_defines_on_test_driver(case, test_conn):
    spec = POOLS[case]()
    pool = test_conn.storagePoolDefineXML(pool_xml(spec), 0)
    try:
        back = pool.XMLDesc(0)
    finally:
        pool.undefine()
    # The test driver drops <fs:mount_opts> (the namespace belongs to the real fs backend);
    # tests/integration/test_storage_pools.py checks that a real host keeps them.
    assert spec_from_xml(back) == dataclasses.replace(expected_spec(spec), mount_options=[])
    assert PoolDoc.from_string(back).type == spec.type.value


def test_test_driver_checks_what_it_defines(test_conn):
    """Defining is a real check: libvirt's parser refuses a pool its type cannot take."""
    bad = PoolSpec("bad", PoolType.NETFS, "/mnt/bad", hosts=[HostSpec("nas")], source_dir="")
    with pytest.raises(libvirt.libvirtError, match="source path"):
        test_conn.storagePoolDefineXML(pool_xml(bad), 0)
    assert [p.field for p in validate_pool(bad)] == ["source_dir"]  # caught before libvirt


def test_pool_text_of_a_dir_pool():
    assert pool_xml(PoolSpec("a&b", PoolType.DIR, "/srv/a & b")) == (
        '<pool type="dir">\n  <name>a&amp;b</name>\n  <target>\n    <path>/srv/a &amp; b</path>\n'
        "  </target>\n</pool>\n")


def test_fields_of_other_types_are_left_out():
    spec = POOLS["netfs-nfs"]()
    spec.type = PoolType.DIR  # switching type in the wizard keeps the typed source…
    assert pool_xml(spec) == pool_xml(PoolSpec(spec.name, PoolType.DIR, spec.target_path))  # …unused


@pytest.mark.parametrize(("pool_type", "name", "expected"), [
    (PoolType.DIR, "images", "/var/lib/libvirt/images/images"),
    (PoolType.NETFS, "nfs", "/var/lib/libvirt/images/nfs"),
    (PoolType.LOGICAL, "vg-pool", "/dev/vg-pool"),
    (PoolType.DISK, "sde", "/dev"),
    (PoolType.ISCSI, "san", "/dev/disk/by-path"),
    (PoolType.MPATH, "m", "/dev/mapper"),
    (PoolType.RBD, "ceph", ""),
    (PoolType.ZFS, "tank", "/dev/zvol/tank"),
])
def test_default_target_path(pool_type, name, expected):
    assert default_target_path(pool_type, name) == expected
    assert default_target_path(PoolType.DIR, "x", "/home/u/.local/share/libvirt/images") == \
        "/home/u/.local/share/libvirt/images/x"
    assert default_target_path(PoolType.LOGICAL, "p", source_name="vg9") == "/dev/vg9"


# -- volumes -------------------------------------------------------------------------------


@pytest.mark.parametrize("case", sorted(VOLUMES))
def test_volume_golden(case):
    pool_type, make = VOLUMES[case]
    check_golden(f"volume-{case}-out.xml", volume_spec_xml(make(), pool_type))


@pytest.mark.parametrize("case", sorted(VOLUMES))
def test_volume_case_is_valid(case):
    pool_type, make = VOLUMES[case]
    assert validate_volume(make(), VolumeContext(pool_type)) == []


@needs_schemas
@pytest.mark.parametrize("case", sorted(VOLUMES))
def test_volume_matches_schema(case):
    pool_type, make = VOLUMES[case]
    assert validate_rng(volume_spec_xml(make(), pool_type), "storagevol") == []


POOL_OF = {PoolType.DIR: "dir", PoolType.NETFS: "netfs-nfs", PoolType.LOGICAL: "logical",
           PoolType.DISK: "disk", PoolType.ZFS: "zfs", PoolType.RBD: "rbd"}


@pytest.mark.parametrize("case", sorted(set(VOLUMES) - {"overlay"}))
def test_volume_creates_on_test_driver(case, test_conn):
    """Capacity, allocation and format arrive as written (the test driver keeps no backing
    store, and needs a capacity, so the overlay without one is left to the real-host test)."""
    pool_type, make = VOLUMES[case]
    spec = make()
    pool = test_conn.storagePoolDefineXML(pool_xml(POOLS[POOL_OF[pool_type]]()), 0)
    try:
        pool.create(0)
        vol = pool.createXML(volume_spec_xml(spec, pool_type), 0)
        back = VolumeDoc.from_string(vol.XMLDesc(0))
        vol.delete(0)
    finally:
        if pool.isActive():
            pool.destroy()
        pool.undefine()
    assert back.name == spec.name
    assert back.capacity == spec.capacity.bytes
    if pool_type is PoolType.DIR:
        assert back.format == spec.format
        assert back.allocation == (spec.allocation.bytes if spec.allocation else 0)


def test_units_are_kept_when_exact():
    xml = volume_spec_xml(VolumeSpec("a", "raw", Size(1.5, SizeUnit.GIB), Size(3, SizeUnit.KIB)))
    assert '<capacity unit="bytes">1610612736</capacity>' in xml
    assert '<allocation unit="KiB">3</allocation>' in xml
    assert Size.of_bytes(20 * GiB) == Size(20, SizeUnit.GIB)
    assert Size.of_bytes(1000) == Size(1000, SizeUnit.BYTES)
    assert Size(float("nan")).bytes == 0
