"""Which existing images the New VM wizard's Finish gives the new VM to write."""

from __future__ import annotations

from kvmgui.xml.newvm_build import disk_volume_name
from kvmgui.xml.newvm_spec import NewVmSpec, StorageKind
from kvmgui.xml.newvm_written import Image, images_written

XML = """<domain type='qemu'><name>new1</name><devices>
  <disk type='volume' device='disk'><source pool='home' volume='{made}'/><target dev='vda'/></disk>
  <disk type='file' device='disk'><source file='/img/b.img'/><target dev='vdb'/></disk>
  <disk type='file' device='disk'><source file='/img/ro.img'/><readonly/><target dev='vdc'/></disk>
  <disk type='file' device='cdrom'><source file='/iso/x.iso'/><target dev='sda'/></disk>
  <disk type='volume' device='disk'><source pool='home' volume='web01.qcow2'/><target dev='vdd'/></disk>
  <disk type='block' device='lun'><source dev='/dev/sdz'/><target dev='sdb'/></disk>
  <disk type='file' device='disk'><source file='/img/b.img'/><target dev='vde'/></disk>
  <disk type='file' device='disk'><target dev='vdf'/></disk>
</devices></domain>"""


def spec(kind: StorageKind, **storage: str) -> NewVmSpec:
    s = NewVmSpec(name="new1")
    s.storage.kind = kind
    for key, value in storage.items():
        setattr(s.storage, key, value)
    return s


def test_from_the_pages_only_an_image_that_exists_already():
    assert images_written(spec(StorageKind.FILE, path="/img/a.img"), None) == [Image("/img/a.img")]
    assert images_written(spec(StorageKind.EXISTING_VOLUME, pool="home", volume="v.img",
                               path="/home/v.img"), None) == [Image("/home/v.img", "home", "v.img")]
    assert images_written(spec(StorageKind.NEW_VOLUME, pool="home"), None) == []
    assert images_written(spec(StorageKind.NONE), None) == []


def test_by_hand_every_writable_disk_but_the_volume_finish_makes():
    s = spec(StorageKind.NEW_VOLUME, pool="home")
    found = images_written(s, XML.format(made=disk_volume_name(s)))
    assert found == [Image("/img/b.img"), Image("", "home", "web01.qcow2"), Image("/dev/sdz")]
    assert [i.shown for i in found] == ["/img/b.img", "web01.qcow2", "/dev/sdz"]


def test_by_hand_xml_that_does_not_parse_has_none():
    assert images_written(spec(StorageKind.FILE, path="/img/a.img"), "<domain><devices>") == []
