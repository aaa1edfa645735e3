"""Reading storage XML: host pool capabilities, discovered sources, an existing pool into a
spec (unknown parts kept by the document), and domain disk sources."""

from __future__ import annotations

import libvirt

from kvmgui.xml.disk_sources import disk_sources
from kvmgui.xml.pool import PoolDoc, VolumeDoc, parse_sources, pool_type_label
from kvmgui.xml.pool_build import apply_source, spec_from_xml
from kvmgui.xml.pool_caps import parse_pool_caps, unknown_pool_caps
from kvmgui.xml.pool_spec import PoolSpec
from kvmgui.xml.pool_types import POOL_TYPES, Field, PoolType, VolumeKind
from tests.unit.xml.golden import DATA


def test_pool_capabilities_of_libvirt_9():
    caps = parse_pool_caps((DATA / "pool-capabilities-libvirt9.xml").read_text())
    supported = sorted(t.value for t in PoolType if caps.supports(t))
    assert supported == ["dir", "disk", "fs", "iscsi", "logical", "mpath", "netfs", "scsi"]
    assert caps.types["netfs"].source_formats == ("auto", "nfs", "glusterfs", "cifs")
    assert caps.types["disk"].default_volume_format == "none"
    assert caps.source_formats(PoolType.NETFS) == ("auto", "nfs", "glusterfs", "cifs")
    assert caps.volume_formats(PoolType.DISK)[0] == "none"
    assert caps.volume_formats(PoolType.LOGICAL) == ()
    old = unknown_pool_caps()
    assert not old.known and all(old.supports(t) for t in PoolType)
    assert old.volume_formats(PoolType.DIR)[:2] == ("qcow2", "raw")


def test_type_table_is_consistent():
    for pool_type, info in POOL_TYPES.items():
        assert info.type is pool_type
        assert info.required <= info.fields, pool_type
        assert bool(info.source_formats) == info.uses(Field.SOURCE_FORMAT), pool_type
        assert (info.auth_type is not None) == info.uses(Field.AUTH), pool_type
        assert not info.build_overwrites or info.can_build, pool_type
        if info.volumes is VolumeKind.FILE:
            assert info.volume_formats[0] == "qcow2", pool_type
    directory = pool_type_label("dir")
    assert (directory, directory.context) == ("Directory", "PoolType")
    assert pool_type_label("vstorage").words().english() == "Virtuozzo storage"
    assert pool_type_label("sheepdog") is None


def test_discovered_sources_fill_a_spec():
    conn = libvirt.open("test:///default")
    try:
        text = conn.findStoragePoolSources("logical", None, 0)
    finally:
        conn.close()
    sources = parse_sources(text)
    assert [(s.name, s.devices, s.format) for s in sources] == [
        ("testvg1", ["/dev/sda20"], "lvm2"), ("testvg2", ["/dev/sda21"], "lvm2")]
    spec = PoolSpec("mine", PoolType.LOGICAL, build=True)
    apply_source(spec, sources[1])
    assert (spec.name, spec.source_name, spec.devices, spec.build) == (
        "mine", "testvg2", ["/dev/sda21"], True)
    nfs = parse_sources("<sources><source><host name='nas'/><dir path='/export'/>"
                        "<format type='nfs'/></source></sources>")[0]
    assert (nfs.host, nfs.dir, nfs.format) == ("nas", "/export", "nfs")


def test_existing_pool_reads_into_a_spec_and_keeps_what_it_does_not_model():
    text = (DATA / "pool-netfs.xml").read_text()
    spec = spec_from_xml(text)
    assert (spec.type, spec.hosts[0].name, spec.source_dir, spec.source_format) == (
        PoolType.NETFS, "nas.example.org", "/export/vm-images", "nfs")
    doc = PoolDoc.from_string(text)
    doc.target_path = "/mnt/elsewhere"
    out = doc.to_string()
    assert "<mode>0755</mode>" in out and "/mnt/elsewhere" in out  # permissions survive
    iscsi = spec_from_xml((DATA / "pool-iscsi-out.xml").read_text())
    assert (iscsi.iqn, iscsi.devices, iscsi.auth.username, iscsi.auth.secret_usage) == (
        "iqn.2024-01.com.example:storage.target1", [], "chapuser", "libvirtiscsi")


def test_volume_backing_store_and_physical_size():
    doc = VolumeDoc.from_string(
        "<volume><name>o</name><physical unit='KiB'>196</physical><target><format type='qcow2'/>"
        "</target><backingStore><path>/i/base.img</path><format type='raw'/></backingStore></volume>")
    assert (doc.backing_path, doc.backing_format, doc.physical) == ("/i/base.img", "raw", 196 * 1024)


DOMAIN = """<domain type='kvm'><name>d</name><devices>
  <disk type='file' device='disk'><source file='/var/lib//libvirt/images/a.qcow2'/>
    <backingStore type='file'><format type='qcow2'/><source file='/images/base.qcow2'/>
      <backingStore type='file'><source file='/images/root.img'/><backingStore/></backingStore>
    </backingStore><target dev='vda'/></disk>
  <disk type='block' device='disk'><source dev='/dev/vg0/lv1'/><target dev='vdb'/><readonly/></disk>
  <disk type='volume' device='disk'><source pool='pool1' volume='v.img'/><target dev='vdc'/></disk>
  <disk type='network' device='disk'><source protocol='rbd' name='p/img'/><target dev='vdd'/></disk>
  <disk type='file' device='cdrom'><target dev='sda'/></disk>
</devices></domain>"""


def test_disk_sources_of_a_domain():
    disks = disk_sources(DOMAIN)
    assert [(d.target, d.device, d.path, d.pool, d.volume, d.readonly) for d in disks] == [
        ("vda", "disk", "/var/lib/libvirt/images/a.qcow2", None, None, False),
        ("vdb", "disk", "/dev/vg0/lv1", None, None, True),
        ("vdc", "disk", None, "pool1", "v.img", False),
        ("vdd", "disk", None, None, None, False),
        ("sda", "cdrom", None, None, None, False),
    ]
    assert disks[0].backing == ("/images/base.qcow2", "/images/root.img")
    assert disks[0].uses("/var/lib/libvirt/images/a.qcow2")
    assert disks[0].uses("/images/root.img")  # only the base of the overlay: still in use
    assert disks[2].uses("/anything", "pool1", "v.img")
    assert not disks[2].uses("/x", "pool1", "other.img")
