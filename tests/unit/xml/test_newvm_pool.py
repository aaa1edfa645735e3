"""A new VM's disk and the pool it goes into: which pool types can hold it, in which
format, and the domain XML made to say the format the volume has."""

from __future__ import annotations

import pytest
from lxml import etree

from kvmgui.xml.base import validate_rng
from kvmgui.xml.newvm_build import disk_volume_xml, domain_xml, seed_volume_xml
from kvmgui.xml.newvm_pool import disk_for_pool, pool_problems, set_disk_format, uses_volume
from kvmgui.xml.newvm_problems import Code
from kvmgui.xml.newvm_spec import GIB, InstallMethod, NewVmSpec, StorageKind
from kvmgui.xml.pool_types import PoolType, known_pool_type

FILE_POOLS = {PoolType.DIR, PoolType.FS, PoolType.NETFS}
DEVICE_POOLS = {PoolType.LOGICAL, PoolType.DISK, PoolType.ZFS, PoolType.RBD}
NO_NEW_VOLUMES = {PoolType.ISCSI, PoolType.ISCSI_DIRECT, PoolType.SCSI, PoolType.MPATH, PoolType.GLUSTER}


def spec(method=InstallMethod.ISO_FILE, pool="vg0") -> NewVmSpec:
    s = NewVmSpec(name="vm1")
    s.install.method = method
    s.install.iso_path = "/iso/debian.iso"
    s.install.base_path = "/img/base.qcow2"
    s.storage.pool = pool
    s.storage.capacity_bytes = 8 * GIB
    return s


def codes(s, disk_type, seed_type=None):
    return [(p.field, p.code) for p in pool_problems(s, disk_type, seed_type)]


def test_the_three_kinds_of_pool_cover_every_type():
    assert set(PoolType) == FILE_POOLS | DEVICE_POOLS | NO_NEW_VOLUMES
    assert {t for t in PoolType if t.info.holds_image_files} == FILE_POOLS
    assert {t for t in PoolType if not t.info.can_create_volumes} == NO_NEW_VOLUMES
    assert known_pool_type("logical") is PoolType.LOGICAL and known_pool_type("vstorage") is None


@pytest.mark.parametrize("pool_type", list(PoolType))
def test_which_pools_take_a_new_disk(pool_type):
    iso, cloud = spec(), spec(InstallMethod.CLOUD_IMAGE)
    if pool_type in NO_NEW_VOLUMES:
        assert codes(iso, pool_type) == [("storage.pool", Code.POOL_NO_NEW_VOLUMES)]
        assert codes(cloud, pool_type) == [("storage.pool", Code.POOL_NO_NEW_VOLUMES)]
    elif pool_type in DEVICE_POOLS:
        assert codes(iso, pool_type) == []
        assert codes(cloud, pool_type) == [("storage.pool", Code.CLOUD_NEEDS_FILE_POOL)]
    else:
        assert codes(iso, pool_type) == codes(cloud, pool_type) == []


def test_the_messages_name_the_pool_and_its_type():
    (problem,) = pool_problems(spec(InstallMethod.CLOUD_IMAGE), PoolType.LOGICAL)
    text = problem.words.english()
    assert text.startswith("A cloud image needs a pool of image files (a directory")
    assert "a qcow2 overlay, which cannot be a volume of storage pool 'vg0' (LVM volume group)." in text
    (problem,) = pool_problems(spec(pool="san"), PoolType.ISCSI)
    assert problem.words.english().startswith("Storage pool 'san' (iSCSI target) cannot make new volumes")


def test_only_new_volumes_and_used_seeds_are_checked():
    existing = spec()
    existing.storage.kind = StorageKind.EXISTING_VOLUME  # an iSCSI LUN is a fine disk
    assert codes(existing, PoolType.ISCSI) == []
    cloud = spec(InstallMethod.CLOUD_IMAGE, pool="home")
    cloud.cloud_init.pool = "san"
    assert codes(cloud, PoolType.DIR, PoolType.ISCSI) == [("cloud_init.volume", Code.POOL_NO_NEW_VOLUMES)]
    assert codes(spec(), PoolType.LOGICAL, PoolType.ISCSI) == []  # no cloud-init, no seed
    assert codes(spec(), None) == []  # a pool type kvmgui does not know: libvirt decides


def test_a_disk_in_a_pool_of_devices_is_raw_and_keeps_its_name():
    s = spec()
    assert s.storage.format == "qcow2"
    raw = disk_for_pool(s, PoolType.LOGICAL)
    assert (raw.storage.format, raw.storage.volume) == ("raw", "vm1.qcow2")  # the name the user saw
    assert s.storage.format == "qcow2" and s.storage.volume == ""  # the given spec is unchanged
    disk = etree.fromstring(domain_xml(raw).encode()).find("devices/disk[@device='disk']")
    assert disk.find("driver").get("type") == "raw"
    assert disk.find("source").attrib == {"pool": "vg0", "volume": "vm1.qcow2"}
    for kept in (PoolType.DIR, PoolType.NETFS):
        assert disk_for_pool(s, kept) is s
    existing = spec()
    existing.storage.kind = StorageKind.EXISTING_VOLUME
    assert disk_for_pool(existing, PoolType.LOGICAL) is existing  # its format is the user's word


@pytest.mark.parametrize(("pool_type", "fmt", "allocation"), [
    (PoolType.DIR, "qcow2", "0"),
    (PoolType.LOGICAL, None, None),  # an LV has no format; libvirt allocates all of it
    (PoolType.ZFS, None, None),
    (PoolType.DISK, "none", None),  # a partition's "format" is its partition type
    (PoolType.RBD, "raw", None),
])
def test_the_disk_volume_has_the_pools_format(pool_type, fmt, allocation):
    s = disk_for_pool(spec(), pool_type)
    vol = etree.fromstring(disk_volume_xml(s, pool_type=pool_type).encode())
    assert validate_rng(etree.tostring(vol, encoding="unicode"), "storagevol") == []
    found = vol.find("target/format")
    assert (found.get("type") if found is not None else None) == fmt
    assert vol.findtext("allocation") == allocation
    seed = etree.fromstring(seed_volume_xml(s, 2048, pool_type).encode())
    found = seed.find("target/format")
    assert (found.get("type") if found is not None else None) == ("raw" if fmt == "qcow2" else fmt)


USER_XML = """<domain type="kvm">
  <name>vm1</name>
  <!-- the user's note -->
  <metadata><app:tag xmlns:app="http://example.org/app">keep me</app:tag></metadata>
  <memory unit="MiB">1024</memory>
  <os><type arch="x86_64" machine="q35">hvm</type></os>
  <devices>
    <disk type="volume" device="disk">
      <driver name="qemu" type="qcow2" cache="none" discard="unmap"/>
      <source pool="vg0" volume="vm1.qcow2"/>
      <target dev="vda" bus="virtio"/>
    </disk>
    <disk type="volume" device="cdrom">
      <driver name="qemu" type="raw"/>
      <source pool="vg0" volume="vm1.qcow2"/>
      <target dev="sda" bus="sata"/>
    </disk>
    <disk type="file" device="disk">
      <driver name="qemu" type="qcow2"/>
      <source file="/img/other.qcow2"/>
      <target dev="vdb" bus="virtio"/>
    </disk>
  </devices>
</domain>"""


def same(a: str, b: str) -> bool:
    parser = etree.XMLParser(remove_blank_text=True)
    return etree.tostring(etree.fromstring(a, parser)) == etree.tostring(etree.fromstring(b, parser))


def test_the_users_xml_says_raw_for_the_new_disk_and_keeps_the_rest():
    raw = disk_for_pool(spec(), PoolType.LOGICAL)
    out = set_disk_format(USER_XML, raw)
    root = etree.fromstring(out.encode())
    main, cdrom, other = root.findall("devices/disk")
    assert main.find("driver").attrib == {"name": "qemu", "type": "raw", "cache": "none", "discard": "unmap"}
    assert cdrom.find("driver").get("type") == "raw"  # a CD-ROM is not the new disk
    assert other.find("driver").get("type") == "qcow2"
    assert root.find("{*}metadata/{http://example.org/app}tag").text == "keep me"
    assert "<!-- the user's note -->" in out
    assert same(out.replace('type="raw" cache', 'type="qcow2" cache'), USER_XML)  # nothing else changed
    assert set_disk_format(out, raw) is out  # already right: as given


def test_the_new_disk_is_found_by_its_path_and_gets_a_driver():
    xml = USER_XML.replace("""<disk type="volume" device="disk">
      <driver name="qemu" type="qcow2" cache="none" discard="unmap"/>
      <source pool="vg0" volume="vm1.qcow2"/>""", """<disk type="block" device="disk">
      <source dev="/dev/vg0/vm1.qcow2"/>""")
    out = set_disk_format(xml, disk_for_pool(spec(), PoolType.LOGICAL), "/dev/vg0/vm1.qcow2")
    main = etree.fromstring(out.encode()).find("devices/disk")
    assert main.get("type") == "block" and main.find("source").get("dev") == "/dev/vg0/vm1.qcow2"
    assert main[0].tag == "driver" and main[0].attrib == {"name": "qemu", "type": "raw"}


def test_which_new_volumes_the_users_xml_uses():
    s = spec(pool="home")
    xml = domain_xml(s)
    assert uses_volume(xml, "home", "vm1.qcow2") and not uses_volume(xml, "other", "vm1.qcow2")
    assert not uses_volume(xml, "home", "vm1-cidata.iso")
    by_path = xml.replace('type="volume"', 'type="file"').replace(
        'pool="home" volume="vm1.qcow2"', 'file="/home/vm1.qcow2"')
    assert "/home/vm1.qcow2" in by_path and uses_volume(by_path, "home", "vm1.qcow2")
    assert uses_volume(None, "home", "vm1.qcow2") and uses_volume("<domain", "home", "vm1.qcow2")
