"""The volume list of a pool (rows first, XML details after), clone and resize, on the test
driver in workers. Resize and wipe themselves need a real host (tests/integration)."""


import libvirt
import pytest

from kvmgui.libvirt import diskusers, fanout, volops, volumelist
from kvmgui.libvirt.volumelist import VolumeDetails, VolumeRow
from kvmgui.xml.volume_build import volume_spec_xml
from kvmgui.xml.volume_spec import Size, SizeUnit, VolumeSpec
from tests.helpers import run_in_worker, together
from tests.unit.libvirt.storage_fakes import HOME, CodedError, raising

GiB = 1024**3


def outcome(qtbot, conn, fn, *args, **kwargs):
    future = conn.run(lambda c: fn(c, *args, **kwargs))
    qtbot.waitUntil(future.done, timeout=10000)
    return future


def test_details_come_in_batches_and_stop_when_told(connected, qtbot):
    names = ["build.qcow2", "db01.qcow2", "web01.qcow2"]
    batches = []
    everything = run_in_worker(qtbot, connected, lambda c: volumelist.volume_details(
        c, HOME, names, on_batch=lambda b: batches.append([d.name for d in b]) or True, batch=2))
    assert len(everything) == 3 and sorted(n for b in batches for n in b) == names
    assert [len(b) for b in batches] == [2, 1]
    batches.clear()
    first = run_in_worker(qtbot, connected, lambda c: volumelist.volume_details(
        c, HOME, names, on_batch=lambda b: batches.append(b) and False, batch=2))
    assert len(first) == 2 and len(batches) == 1  # told to stop after the first batch


def test_rows_match_raw_libvirt(connected, qtbot):
    rows = run_in_worker(qtbot, connected, volumelist.list_volumes, HOME)
    raw = run_in_worker(qtbot, connected, lambda c: sorted(
        (v.name(), v.path(), *v.info()) for v in c.storagePoolLookupByUUIDString(HOME).listAllVolumes(0)))
    assert sorted((r.name, r.path, r.kind, r.capacity, r.allocation) for r in rows) == raw
    web = next(r for r in rows if r.name == "web01.qcow2")
    assert web == VolumeRow("web01.qcow2", "/home/web01.qcow2", "/home/web01.qcow2",
                            libvirt.VIR_STORAGE_VOL_FILE, 20 * GiB, 6 * GiB)


@pytest.mark.parametrize("lookup_max", [32, 1])  # by name, or from one listing
def test_details_come_from_the_xml(lookup_max, connected, qtbot, monkeypatch):
    monkeypatch.setattr(volumelist, "_LOOKUP_MAX", lookup_max)
    details = run_in_worker(qtbot, connected, volumelist.volume_details, HOME,
                            ["db01.qcow2", "gone.img", "web01.qcow2"])
    assert sorted(details, key=lambda d: d.name) == [VolumeDetails("db01.qcow2", "qcow2", None, None, None),
                               VolumeDetails("web01.qcow2", "qcow2", None, None, None)]


def test_a_volume_deleted_meanwhile_is_left_out(connected, qtbot, monkeypatch):
    real = libvirt.virStorageVol.info

    def info(vol):
        if vol.name() == "db01.qcow2":
            raise CodedError(libvirt.VIR_ERR_NO_STORAGE_VOL, "Storage volume not found")
        return real(vol)
    monkeypatch.setattr(libvirt.virStorageVol, "info", info)
    rows = run_in_worker(qtbot, connected, volumelist.list_volumes, HOME)
    assert sorted(r.name for r in rows) == ["build.qcow2", "web01.qcow2"]
    monkeypatch.setattr(libvirt.virStorageVol, "info", raising(libvirt.VIR_ERR_RPC, "connection lost"))
    with pytest.raises(CodedError, match="connection lost"):
        outcome(qtbot, connected, volumelist.list_volumes, HOME).result()


def test_clone(connected, qtbot):
    xml = volume_spec_xml(VolumeSpec("copy.qcow2", "qcow2", Size(20, SizeUnit.GIB)))
    made = run_in_worker(qtbot, connected, volops.clone_volume, HOME, xml, HOME, "build.qcow2")
    assert made.path == "/home/copy.qcow2"
    rows = run_in_worker(qtbot, connected, volumelist.list_volumes, HOME)
    assert "copy.qcow2" in {r.name for r in rows}


CDROM = """<domain type='test'><name>reader</name><memory>65536</memory><os><type>hvm</type></os>
  <devices><disk type='file' device='cdrom'><source file='/home/build.qcow2'/>
  <target dev='sda' bus='sata'/><readonly/></disk></devices></domain>"""


def test_a_running_vm_s_disk_is_not_cloned_but_its_cd_rom_is(connected, qtbot):
    xml = volume_spec_xml(VolumeSpec("copy.qcow2", "qcow2", Size(20, SizeUnit.GIB)))
    future = outcome(qtbot, connected, volops.clone_volume, HOME, xml, HOME, "db01.qcow2")
    with pytest.raises(volops.RunningUsersError) as info:  # db01 is paused: QEMU holds it too
        future.result()
    assert [u.name for u in info.value.users] == ["db01"]
    run_in_worker(qtbot, connected, lambda c: c.createXML(CDROM, 0))  # read-only: copied
    assert run_in_worker(qtbot, connected, volops.clone_volume, HOME, xml, HOME, "build.qcow2").name \
        == "copy.qcow2"


def test_a_clone_is_refused_while_a_vm_cannot_be_read(connected, qtbot, monkeypatch):
    """A VM whose XML cannot be read may run on the source and write on it while it is
    copied: the clone is refused with the reason, and nothing is made. Only a VM that is
    gone (VIR_ERR_NO_DOMAIN) is passed over."""
    xml = volume_spec_xml(VolumeSpec("copy.img", "raw", Size(1, SizeUnit.GIB)))
    real = libvirt.virDomain.XMLDesc

    def failing(code, message):
        def xmldesc(dom, flags=0):
            if dom.name() == "web01":
                raise CodedError(code, message)
            return real(dom, flags)
        return xmldesc

    monkeypatch.setattr(libvirt.virDomain, "XMLDesc", failing(libvirt.VIR_ERR_RPC, "connection reset"))
    future = outcome(qtbot, connected, volops.clone_volume, HOME, xml, HOME, "build.qcow2")
    with pytest.raises(diskusers.UsersUnknownError) as info:
        future.result()
    assert info.value.words.english() == (
        "Could not check which VMs use the storage: reading web01 failed: connection reset")
    names = run_in_worker(qtbot, connected, lambda c: c.storagePoolLookupByUUIDString(HOME).listVolumes())
    assert "copy.img" not in names
    monkeypatch.setattr(libvirt.virDomain, "XMLDesc", failing(libvirt.VIR_ERR_NO_DOMAIN, "gone"))
    assert run_in_worker(qtbot, connected, volops.clone_volume, HOME, xml, HOME, "build.qcow2").name \
        == "copy.img"


@pytest.mark.parametrize(("capacity", "shrink", "flags"), [
    (30 * GiB, False, 0),
    (5 * GiB, True, libvirt.VIR_STORAGE_VOL_RESIZE_SHRINK),
])
def test_resize_flags(capacity, shrink, flags, connected, qtbot, monkeypatch):
    seen = []
    monkeypatch.setattr(libvirt.virStorageVol, "resize", lambda _v, cap, f=0: seen.append((cap, f)))
    # build's disk: build is stopped (a running VM's disk grows through the VM, and is
    # never shrunk: test_volume_resize.py)
    run_in_worker(qtbot, connected, lambda c: volops.resize_volume(c, HOME, "build.qcow2", capacity,
                                                                   shrink=shrink))
    assert seen == [(capacity, flags)]


def test_shrink_is_refused_unless_asked(connected, qtbot, monkeypatch):
    seen = []
    monkeypatch.setattr(libvirt.virStorageVol, "resize", lambda _v, cap, f=0: seen.append((cap, f)))
    with pytest.raises(volops.ShrinkRefusedError) as info:
        outcome(qtbot, connected, volops.resize_volume, HOME, "web01.qcow2", 10 * GiB).result()
    assert seen == []  # libvirt never asked
    assert info.value.words.english() == (
        "10 GiB is smaller than the volume's capacity of 20 GiB. Shrinking destroys the data "
        "beyond the new end; confirm it to go ahead.")
    assert run_in_worker(qtbot, connected, volops.resize_volume, HOME, "web01.qcow2", 20 * GiB) == 20 * GiB
    assert seen == []  # same size: nothing to do


def test_a_far_hosts_volumes_are_read_side_by_side(connected, qtbot, monkeypatch):
    """One by one, a pool of 30 volumes behind a 300 ms link took 19 s to list and 37 s
    more for their formats (a round trip per volume, and per name looked up): each read
    now goes side by side (``fanout.each``). Pool home has three volumes."""
    monkeypatch.setattr(fanout, "is_remote_uri", lambda _uri: True)
    together(monkeypatch, libvirt.virStorageVol, "info")
    together(monkeypatch, libvirt.virStorageVol, "XMLDesc")
    together(monkeypatch, libvirt.virStoragePool, "storageVolLookupByName")
    rows = run_in_worker(qtbot, connected, volumelist.list_volumes, HOME)
    assert sorted(r.name for r in rows) == ["build.qcow2", "db01.qcow2", "web01.qcow2"]
    details = run_in_worker(qtbot, connected, volumelist.volume_details, HOME,
                            [r.name for r in rows])
    assert sorted(d.format for d in details) == ["qcow2"] * 3


def test_a_far_hosts_pools_are_read_side_by_side_for_the_new_vm_wizard(connected, qtbot,
                                                                      monkeypatch):
    from kvmgui.libvirt import newvm_facts

    monkeypatch.setattr(fanout, "is_remote_uri", lambda _uri: True)
    run_in_worker(qtbot, connected, lambda c: c.storagePoolDefineXML(
        "<pool type='dir'><name>spare</name><target><path>/spare</path></target></pool>"))
    count = run_in_worker(qtbot, connected, lambda c: len(c.listAllStoragePools(0)))
    assert count >= 2
    together(monkeypatch, libvirt.virStoragePool, "isActive", parties=2)
    pools = run_in_worker(qtbot, connected, newvm_facts.read_pools)
    assert len(pools) == count and pools["home"].volumes >= {"web01.qcow2"}
    assert not pools["spare"].active and pools["spare"].available_bytes is None


def test_a_pools_volume_names_take_one_call(connected, qtbot, monkeypatch):
    """libvirt-python's ``listVolumes`` counts the volumes first: two round trips, 1.2 s
    behind a 300 ms link, for the names Add hardware's disk form and the New VM wizard
    check a new volume's name against. Both now list them in one call."""
    from kvmgui.libvirt import newvm_facts

    monkeypatch.setattr(libvirt.virStoragePool, "listVolumes",
                        raising(libvirt.VIR_ERR_INTERNAL_ERROR, "two round trips"))
    names = run_in_worker(qtbot, connected, volops.volume_names, "home")
    assert {"web01.qcow2", "db01.qcow2", "build.qcow2"} <= names
    assert run_in_worker(qtbot, connected, newvm_facts.read_pools)["home"].volumes == names
