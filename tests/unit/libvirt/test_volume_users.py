"""Who uses a volume, before storage is deleted (issue 12 §5): every VM is read, live and
inactive definitions; only a VM that vanished (VIR_ERR_NO_DOMAIN) may be skipped, any other
failure refuses. Run in workers, as the app does."""

import errno
import itertools
import os
import threading

import libvirt
import pytest

from kvmgui.libvirt import actions, diskusers, fanout, volops
from kvmgui.libvirt.diskusers import UsersUnknownError, VolumeRef
from tests.helpers import run_in_worker
from tests.unit.libvirt.storage_fakes import HOME, CodedError

WEB01 = "/home/web01.qcow2"
TRANSIENT = """<domain type='test'><name>live-only</name><memory>65536</memory>
  <os><type>hvm</type></os><devices><disk type='file' device='disk'>
  <source file='/home/build.qcow2'/><target dev='vdb' bus='virtio'/></disk></devices></domain>"""


def fail_for(name, code, message):
    """Make XMLDesc fail for the VM called ``name`` only."""
    real = libvirt.virDomain.XMLDesc

    def xmldesc(self, flags=0):
        if self.name() == name:
            raise CodedError(code, message)
        return real(self, flags)
    return xmldesc


def result(qtbot, conn, fn, *args, **kwargs):
    future = conn.run(lambda c: fn(c, *args, **kwargs))
    qtbot.waitUntil(future.done, timeout=10000)
    return future


def test_users_of_volumes(connected, qtbot):
    refs = [VolumeRef(WEB01), VolumeRef("/x", "home", "db01.qcow2"), VolumeRef("/nowhere")]
    users = run_in_worker(qtbot, connected, diskusers.find_users, refs)
    assert [(u.name, u.active, u.disk) for u in users[refs[0]]] == [("web01", True, "vda")]
    assert [(u.name, u.active) for u in users[refs[1]]] == []  # db01 names it by path
    assert users[refs[2]] == []
    assert [u.name for u in run_in_worker(qtbot, connected, volops.volume_users, HOME, "db01.qcow2")] \
        == ["db01"]


def test_a_running_vm_known_only_live_counts(connected, qtbot):
    run_in_worker(qtbot, connected, lambda c: c.createXML(TRANSIENT, 0))
    users = run_in_worker(qtbot, connected, volops.volume_users, HOME, "build.qcow2")
    assert [(u.name, u.active) for u in users] == [("build", False), ("live-only", True)]


def test_unreadable_vm_refuses_instead_of_counting_as_unused(connected, qtbot, monkeypatch):
    monkeypatch.setattr(libvirt.virDomain, "XMLDesc",
                        fail_for("web01", libvirt.VIR_ERR_INTERNAL_ERROR, "cannot read it"))
    future = result(qtbot, connected, volops.volume_users, HOME, "web01.qcow2")
    with pytest.raises(UsersUnknownError, match="web01: cannot read it") as info:
        future.result()
    assert info.value.words.english() == (
        "Could not check which VMs use the storage: reading web01 failed: cannot read it")


def test_vanished_vm_is_skipped(connected, qtbot, monkeypatch):
    monkeypatch.setattr(libvirt.virDomain, "XMLDesc",
                        fail_for("build", libvirt.VIR_ERR_NO_DOMAIN, "Domain not found"))
    users = run_in_worker(qtbot, connected, volops.volume_users, HOME, "web01.qcow2")
    assert [u.name for u in users] == ["web01"]


def test_delete_dialog_check_refuses_when_another_vm_cannot_be_read(connected, qtbot, monkeypatch):
    """The existing "also delete storage" listing: before the fix, a VM whose XML failed to
    read was taken as vanished, so a volume it uses was offered for deletion as unshared."""
    clone = """<domain type='test'><name>clone</name><memory>65536</memory><os><type>hvm</type></os>
      <devices><disk type='file' device='disk'><source file='/home/web01.qcow2'/>
      <target dev='vda' bus='virtio'/></disk></devices></domain>"""
    run_in_worker(qtbot, connected, lambda c: c.defineXML(clone))
    web01 = next(r.uuid for r in connected.domains.records() if r.name == "web01")
    shared = run_in_worker(qtbot, connected, actions.storage_for_delete, [web01])
    assert [(r.path, r.used_by) for r in shared[web01]] == [(WEB01, ("clone",))]

    monkeypatch.setattr(libvirt.virDomain, "XMLDesc",
                        fail_for("clone", libvirt.VIR_ERR_OPERATION_FAILED, "read failed"))
    future = result(qtbot, connected, actions.storage_for_delete, [web01])
    with pytest.raises(UsersUnknownError, match="clone"):
        future.result()


def test_delete_volume_refuses_running_asks_for_stopped(connected, qtbot):
    future = result(qtbot, connected, volops.delete_volume, HOME, "web01.qcow2",
                    allow_stopped_users=True)
    with pytest.raises(volops.VolumeInUseError) as info:
        future.result()
    assert info.value.running and [u.name for u in info.value.users] == ["web01"]
    assert info.value.words.english() == (
        "/home/web01.qcow2 cannot be deleted while a running VM uses it: web01")

    future = result(qtbot, connected, volops.delete_volume, HOME, "build.qcow2")
    with pytest.raises(volops.VolumeInUseError) as info:
        future.result()
    assert not info.value.running
    assert info.value.words.english() == "/home/build.qcow2 is a disk of these stopped VMs: build"
    result(qtbot, connected, volops.delete_volume, HOME, "build.qcow2", allow_stopped_users=True).result()
    names = run_in_worker(qtbot, connected, lambda c: sorted(
        v.name() for v in c.storagePoolLookupByUUIDString(HOME).listAllVolumes(0)))
    assert names == ["db01.qcow2", "web01.qcow2"]


def test_delete_volume_unused(connected, qtbot):
    xml = "<volume><name>spare.img</name><capacity unit='MiB'>8</capacity></volume>"
    made = run_in_worker(qtbot, connected, volops.create_volume, HOME, xml)
    assert (made.name, made.path) == ("spare.img", "/home/spare.img")
    run_in_worker(qtbot, connected, volops.delete_volume, HOME, "spare.img")
    future = result(qtbot, connected, volops.volume_xml, HOME, "spare.img")
    with pytest.raises(libvirt.libvirtError):
        future.result()


def test_the_index_finds_what_each_disk_says_it_uses(connected, qtbot, monkeypatch):
    """find_users looks volumes up in an index of the disks; it must agree with
    DiskSource.uses, first matching disk included, over a mix of paths, overlays and pool volumes."""
    xml = """<domain type='test'><name>mix</name><memory>65536</memory><os><type>hvm</type></os>
      <devices>
        <disk type='volume' device='disk'><source pool='home' volume='v.img'/><target dev='vda'/></disk>
        <disk type='file' device='disk'><source file='/home/./a.qcow2'/><target dev='vdb'/>
          <backingStore type='file'><format type='qcow2'/><source file='/home/base.qcow2'/></backingStore>
        </disk>
        <disk type='file' device='disk'><source file='/home/v.img'/><target dev='vdc'/></disk>
      </devices></domain>"""
    run_in_worker(qtbot, connected, lambda c: c.defineXML(xml))
    refs = [VolumeRef("/home/a.qcow2"), VolumeRef("/home/base.qcow2"),
            VolumeRef("/home/v.img", "home", "v.img"), VolumeRef("/home//v.img"),
            VolumeRef("/x", "home", "v.img"), VolumeRef("/nowhere", "home", "no.img")]
    found = run_in_worker(qtbot, connected, diskusers.find_users, refs)
    mine = {ref: [(u.name, u.disk) for u in users if u.name == "mix"] for ref, users in found.items()}
    from kvmgui.xml.disk_sources import disk_sources

    disks = disk_sources(xml)
    for ref in refs:
        first = next((d for d in disks if d.uses(ref.path, ref.pool, ref.name)), None)
        assert mine[ref] == ([("mix", first.target)] if first else []), ref
    assert mine[refs[2]] == [("mix", "vda")]  # by pool volume, the first disk


def test_the_vms_using_a_volume_are_listed_with_the_languages_separator(traditional_chinese):
    """Chinese lists with 、: the worker joined the names with ', ', never translated."""
    from kvmgui.models.words import say

    users = [diskusers.DiskUser("1", "web01", False, "vda"), diskusers.DiskUser("2", "db01", False, "vdb")]
    assert "web01、db01" in say(volops.VolumeInUseError("/home/x.qcow2", users).words)


def _overlay(conn, name, base):
    """A qcow2 volume of the home pool whose backing file is ``base`` (the volume's XML has
    <backingStore>, as libvirt reads it from the image's header)."""
    pool = conn.storagePoolLookupByUUIDString(HOME)
    pool.createXML(f"""<volume><name>{name}</name><capacity unit='MiB'>8</capacity>
      <target><format type='qcow2'/></target>
      <backingStore><path>{base}</path><format type='qcow2'/></backingStore></volume>""", 0)


def _stopped_vm(conn, name, path):
    conn.defineXML(f"""<domain type='test'><name>{name}</name><memory>65536</memory>
      <os><type>hvm</type></os><devices><disk type='file' device='disk'>
      <source file='{path}'/><target dev='vda' bus='virtio'/></disk></devices></domain>""")


def test_a_stopped_vms_overlay_keeps_its_backing_file(connected, qtbot):
    """A stopped VM's inactive XML names only its overlay, not the base image under it (a
    cloud image, a linked clone's original): before the fix the base counted as unused and
    could be deleted, losing the VM's data. Its volume's XML names the base; so does a
    base of the base."""
    def setup(c):
        pool = c.storagePoolLookupByUUIDString(HOME)
        pool.createXML("<volume><name>cloud.qcow2</name><capacity unit='MiB'>8</capacity>"
                       "<target><format type='qcow2'/></target></volume>", 0)
        _overlay(c, "mid.qcow2", "/home/cloud.qcow2")
        _overlay(c, "linked.qcow2", "/home/mid.qcow2")
        _stopped_vm(c, "linked", "/home/linked.qcow2")
    run_in_worker(qtbot, connected, setup)
    refs = [VolumeRef("/home/cloud.qcow2", "home", "cloud.qcow2"),
            VolumeRef("/home/mid.qcow2", "home", "mid.qcow2")]
    users = run_in_worker(qtbot, connected, diskusers.find_users, refs)
    assert [(u.name, u.active, u.disk) for u in users[refs[0]]] == [("linked", False, "vda")]
    assert [u.name for u in users[refs[1]]] == ["linked"]

    future = result(qtbot, connected, volops.delete_volume, HOME, "cloud.qcow2")
    with pytest.raises(volops.VolumeInUseError, match="linked"):
        future.result()


def test_a_vm_whose_disk_is_the_base_of_another_vms_overlay_keeps_it(connected, qtbot):
    """The VM delete dialog: build's disk is the base of a linked clone's overlay, so it is
    listed as used by the clone, and delete() keeps it."""
    def setup(c):
        _overlay(c, "clone.qcow2", "/home/build.qcow2")
        _stopped_vm(c, "clone", "/home/clone.qcow2")
    run_in_worker(qtbot, connected, setup)
    build = next(r.uuid for r in connected.domains.records() if r.name == "build")
    listed = run_in_worker(qtbot, connected, actions.storage_for_delete, [build])
    assert [(r.path, r.used_by) for r in listed[build]] == [("/home/build.qcow2", ("clone",))]

    future = result(qtbot, connected, actions.delete, build, ["/home/build.qcow2"])
    with pytest.raises(actions.VolumeDeleteError, match="used by clone"):
        future.result()


def test_a_pool_holding_only_the_base_of_a_stopped_vms_overlay_is_in_use(connected, qtbot):
    """Deleting a pool's data: a stopped VM whose overlay (in another pool) has its base in
    this pool uses it."""
    def setup(c):
        pool = c.storagePoolDefineXML("<pool type='dir'><name>images</name>"
                                      "<target><path>/images</path></target></pool>", 0)
        pool.create(0)
        pool.createXML("<volume><name>cloud.qcow2</name><capacity unit='MiB'>8</capacity>"
                       "<target><format type='qcow2'/></target></volume>", 0)
        _overlay(c, "linked.qcow2", "/images/cloud.qcow2")
        _stopped_vm(c, "linked", "/home/linked.qcow2")
    run_in_worker(qtbot, connected, setup)
    users = run_in_worker(qtbot, connected, diskusers.users_under, "/images", "images")
    assert [(u.name, u.disk) for u in users] == [("linked", "vda")]


def test_a_backing_chain_that_cannot_be_read_refuses(connected, qtbot, monkeypatch):
    """A volume whose XML cannot be read may have the volume under it: unknown, not unused;
    a path that is no pool volume has no chain to read."""
    run_in_worker(qtbot, connected, lambda c: _stopped_vm(c, "linked", "/home/linked.qcow2"))
    real = libvirt.virConnect.storageVolLookupByPath

    def lookup(self, path):
        if path == "/home/linked.qcow2":
            raise CodedError(libvirt.VIR_ERR_INTERNAL_ERROR, "pool busy")
        return real(self, path)
    users = run_in_worker(qtbot, connected, volops.volume_users, HOME, "build.qcow2")
    assert [u.name for u in users] == ["build"]  # /home/linked.qcow2 is no volume: no chain
    monkeypatch.setattr(libvirt.virConnect, "storageVolLookupByPath", lookup)
    future = result(qtbot, connected, volops.volume_users, HOME, "build.qcow2")
    with pytest.raises(UsersUnknownError, match="linked: pool busy"):
        future.result()


def test_a_running_vms_chain_stated_live_is_not_read_again(connected, qtbot, monkeypatch):
    """QEMU's live XML states each disk's chain (ending in an empty <backingStore/>): it was
    looked up again from the volumes' XML for the VM's definition, two more libvirt calls
    per disk of every running VM at each check (the volumes panel's users column checks on
    VM changes). A live XML without <backingStore> (other drivers) says nothing of it."""
    real_xml = libvirt.virDomain.XMLDesc

    def xmldesc(self, flags=0):
        xml = real_xml(self, flags)
        if self.name() == "web01" and not flags & libvirt.VIR_DOMAIN_XML_INACTIVE:
            xml = xml.replace("<source file='/home/web01.qcow2'/>",
                              "<source file='/home/web01.qcow2'/><backingStore/>")
            assert "<backingStore/>" in xml
        return xml
    looked_up = []
    real_lookup = libvirt.virConnect.storageVolLookupByPath

    def lookup(self, path):
        looked_up.append(path)
        return real_lookup(self, path)
    monkeypatch.setattr(libvirt.virDomain, "XMLDesc", xmldesc)
    monkeypatch.setattr(libvirt.virConnect, "storageVolLookupByPath", lookup)
    users = run_in_worker(qtbot, connected, volops.volume_users, HOME, "web01.qcow2")
    assert [(u.name, u.active) for u in users] == [("web01", True)]
    assert WEB01 not in looked_up, looked_up
    assert "/home/db01.qcow2" in looked_up  # db01 runs, its live XML says nothing of a chain


def test_the_check_reads_each_stopped_vm_once(connected, qtbot, monkeypatch):
    """With no VM running, each VM was asked isActive, isPersistent and its XML (3 calls), and
    the chain of the very disk being checked was looked up too: 22 libvirt calls on the Demo
    host where 10 tell the same (the list, one XML per VM, the chains of the two other
    disks). The XML without flags says whether a VM runs; a raw disk (the ISO added here)
    has no chain to read. The answers stay the same."""
    iso = """<domain type='test'><name>installer</name><memory>65536</memory><os><type>hvm</type>
      </os><devices><disk type='file' device='cdrom'><driver name='qemu' type='raw'/>
      <source file='/home/install.iso'/><target dev='sda' bus='sata'/><readonly/></disk>
      </devices></domain>"""

    def setup(c):
        for dom in c.listAllDomains(libvirt.VIR_CONNECT_LIST_DOMAINS_ACTIVE):
            dom.destroy()
        c.defineXML(iso)
    run_in_worker(qtbot, connected, setup)
    calls = []
    for cls in (libvirt.virConnect, libvirt.virDomain, libvirt.virStorageVol, libvirt.virStoragePool):
        for name in ("listAllDomains", "isActive", "isPersistent", "XMLDesc", "storageVolLookupByPath",
                     "storagePoolLookupByName", "storageVolLookupByName"):
            real = getattr(cls, name, None)
            if real is not None:
                monkeypatch.setattr(cls, name, lambda *a, _n=f"{cls.__name__}.{name}", _f=real, **k:
                                    calls.append(_n) or _f(*a, **k))
    ref = VolumeRef("/home/build.qcow2", "home", "build.qcow2")
    users = run_in_worker(qtbot, connected, diskusers.find_users, [ref])
    assert [(u.name, u.active, u.disk) for u in users[ref]] == [("build", False, "vda")]
    assert sorted(calls) == sorted(
        ["virConnect.listAllDomains"] + ["virDomain.XMLDesc"] * 6
        + ["virConnect.storageVolLookupByPath", "virStorageVol.XMLDesc"] * 2), calls
    iso_ref = VolumeRef("/home/install.iso")
    assert [u.name for u in run_in_worker(qtbot, connected, diskusers.find_users, [iso_ref])[iso_ref]] \
        == ["installer"]


def test_a_running_vms_disk_only_in_its_next_boot_definition_counts(connected, qtbot):
    """The definition a running VM returns to is read as well as its live XML."""
    def setup(c):
        dom = c.lookupByName("web01")
        xml = dom.XMLDesc(libvirt.VIR_DOMAIN_XML_INACTIVE).replace("</devices>", (
            "<disk type='file' device='disk'><source file='/home/build.qcow2'/>"
            "<target dev='vdb' bus='virtio'/></disk></devices>"))
        c.defineXML(xml)
        assert "build.qcow2" not in dom.XMLDesc(0)
    run_in_worker(qtbot, connected, setup)
    ref = VolumeRef("/home/build.qcow2", "home", "build.qcow2")
    users = run_in_worker(qtbot, connected, diskusers.find_users, [ref])[ref]
    assert [(u.name, u.active, u.disk) for u in users] == [("build", False, "vda"), ("web01", True, "vdb")]


def _qcow2(path, backing="", *, qed=False):
    """A disk image's header naming ``backing`` (qcow2 v3, or QED), as qemu-img writes it."""
    name = backing.encode()
    if qed:
        head = bytearray(b"QED\0" + bytes(60))
        head[56:60], head[60:64] = (64 if name else 0).to_bytes(4, "little"), len(name).to_bytes(4, "little")
    else:
        head = bytearray(b"QFI\xfb" + (3).to_bytes(4, "big") + bytes(96))
        head[8:16], head[16:20] = (104 if name else 0).to_bytes(8, "big"), len(name).to_bytes(4, "big")
    path.write_bytes(bytes(head) + name)


def _vm_on(conn, name, path, fmt="qcow2"):
    conn.defineXML(f"""<domain type='test'><name>{name}</name><memory>65536</memory>
      <os><type>hvm</type></os><devices><disk type='file' device='disk'>
      <driver name='qemu' type='{fmt}'/><source file='{path}'/><target dev='vda' bus='virtio'/>
      </disk></devices></domain>""")


BUILD = VolumeRef("/home/build.qcow2", "home", "build.qcow2")


def test_a_stopped_vms_overlay_outside_every_pool_keeps_its_base(connected, qtbot, tmp_path):
    """An overlay in no pool (or in a pool not running) has no volume XML: its base in a
    pool counted as unused, and deleting it lost the stopped VM's disk. On this machine the
    overlay's header names the base (relatively too, through an image outside pools)."""
    _qcow2(tmp_path / "linked.qcow2", "/home/build.qcow2")
    _qcow2(tmp_path / "mid.qed", "/home/build.qcow2", qed=True)
    _qcow2(tmp_path / "top.qcow2", "mid.qed")
    _qcow2(tmp_path / "alone.qcow2")
    run_in_worker(qtbot, connected, lambda c: (_vm_on(c, "linked", tmp_path / "linked.qcow2"),
                                               _vm_on(c, "top", tmp_path / "top.qcow2"),
                                               _vm_on(c, "alone", tmp_path / "alone.qcow2")))
    users = run_in_worker(qtbot, connected, diskusers.find_users, [BUILD])[BUILD]
    assert [(u.name, u.active) for u in users] == [("build", False), ("linked", False), ("top", False)]
    future = result(qtbot, connected, volops.delete_volume, HOME, "build.qcow2",
                    allow_stopped_users=True, named=[u.uuid for u in users if u.name == "build"])
    with pytest.raises(volops.VolumeInUseError, match="linked"):
        future.result()
    mid = VolumeRef(str(tmp_path / "mid.qed"))
    assert [u.name for u in run_in_worker(qtbot, connected, diskusers.find_users, [mid])[mid]] == ["top"]


def test_an_overlay_outside_pools_that_cannot_be_read_refuses(connected, qtbot, tmp_path,
                                                              monkeypatch):
    """On a remote host (or an image this user may not read) what lies under it is unknown:
    nothing is deleted on a guess. A raw image or a CD-ROM there has nothing under it."""
    _qcow2(tmp_path / "linked.qcow2", "/home/build.qcow2")
    run_in_worker(qtbot, connected, lambda c: (
        _vm_on(c, "iso", tmp_path / "x.iso", "raw"), _vm_on(c, "linked", tmp_path / "linked.qcow2")))
    monkeypatch.setattr(libvirt.virConnect, "getURI", lambda _c: "qemu+ssh://kvm1/system")
    future = result(qtbot, connected, diskusers.find_users, [BUILD])
    with pytest.raises(UsersUnknownError) as info:
        future.result()
    assert info.value.words.english() == (
        f"Could not check which VMs use the storage: the disk {tmp_path}/linked.qcow2 of linked "
        "is in no active pool, and kvmgui cannot read which images lie under it.")
    run_in_worker(qtbot, connected, lambda c: c.lookupByName("linked").undefine())
    users = run_in_worker(qtbot, connected, diskusers.find_users, [BUILD])[BUILD]
    assert [u.name for u in users] == ["build"]  # the raw image asks nothing


def test_an_overlay_in_a_stopped_network_pool_keeps_its_base(connected, qtbot, tmp_path):
    """The share of a netfs pool not running is not mounted: its mount point is empty, the
    overlay's header was "not there", so its base in another pool counted as unused and
    was deleted; once the pool ran again, the stopped VM had lost its disk."""
    mount = tmp_path / "nfs"
    mount.mkdir()
    run_in_worker(qtbot, connected, lambda c: (c.storagePoolDefineXML(
        f"<pool type='netfs'><name>nfs</name><source><host name='filer'/><dir path='/vms'/>"
        f"<format type='nfs'/></source><target><path>{mount}/</path></target></pool>", 0),
        _vm_on(c, "on-nfs", mount / "top.qcow2")))
    build = next(r.uuid for r in connected.domains.records() if r.name == "build")
    future = result(qtbot, connected, volops.delete_volume, HOME, "build.qcow2",
                    allow_stopped_users=True, named=[build])
    with pytest.raises(UsersUnknownError) as info:
        future.result()
    assert info.value.words.english() == (
        f"Could not check which VMs use the storage: the disk {mount}/top.qcow2 of on-nfs is not "
        "found, and its pool nfs is not running (is its storage not mounted?). Start the pool to "
        "check again.")
    assert "build.qcow2" in run_in_worker(
        qtbot, connected, lambda c: c.storagePoolLookupByUUIDString(HOME).listVolumes())
    # A missing image in no stopped pool's directory is gone: nothing opens a base through it.
    run_in_worker(qtbot, connected, lambda c: c.lookupByName("on-nfs").undefine())
    run_in_worker(qtbot, connected, lambda c: _vm_on(c, "dangling", tmp_path / "gone" / "top.qcow2"))
    users = run_in_worker(qtbot, connected, diskusers.find_users, [BUILD])[BUILD]
    assert [u.name for u in users] == ["build"]


def test_in_a_flatpak_sandbox_an_overlay_outside_pools_is_unknown(connected, qtbot, tmp_path,
                                                                  monkeypatch):
    """The sandbox sees none of the host's image directories (the manifest grants
    /run/libvirt only): every overlay there read as missing, so its base counted as unused."""
    (tmp_path / ".flatpak-info").write_text("[Application]\n")
    monkeypatch.setattr(diskusers, "FLATPAK_INFO", str(tmp_path / ".flatpak-info"))
    run_in_worker(qtbot, connected, lambda c: _vm_on(c, "host-side", "/var/lib/libvirt/images/top.qcow2"))
    future = result(qtbot, connected, diskusers.find_users, [BUILD])
    with pytest.raises(UsersUnknownError) as info:
        future.result()
    assert info.value.words.english() == (
        "Could not check which VMs use the storage: the disk /var/lib/libvirt/images/top.qcow2 of "
        "host-side is in no active pool, and kvmgui cannot read which images lie under it.")


@pytest.mark.parametrize(("number", "reason"), [
    (errno.ESTALE, "the network file system no longer knows it (stale file handle)"),
    (errno.EACCES, "permission denied"),
    (errno.ENXIO, "No such device or address"),  # no words of kvmgui's: the system's
])
def test_an_overlay_outside_pools_that_fails_to_read_says_why(connected, qtbot, tmp_path,
                                                              monkeypatch, number, reason):
    """A header that failed to read (a dead NFS mount's stale handle, an I/O error) said
    only that kvmgui cannot read what lies under it: the reason is said in words."""
    from kvmgui.libvirt import imagehead

    def failing(path):
        raise OSError(number, os.strerror(number), path)

    monkeypatch.setattr(imagehead, "backing_name", failing)
    run_in_worker(qtbot, connected, lambda c: _vm_on(c, "on-nfs", tmp_path / "top.qcow2"))
    future = result(qtbot, connected, diskusers.find_users, [BUILD])
    with pytest.raises(UsersUnknownError) as info:
        future.result()
    assert info.value.words.english() == (
        f"Could not check which VMs use the storage: the disk {tmp_path}/top.qcow2 of on-nfs "
        f"is in no active pool, and kvmgui cannot read which images lie under it: {reason}.")


def test_a_listing_goes_on_past_vms_it_cannot_read(connected, qtbot, tmp_path, monkeypatch):
    """The volume list's check (``unknown=``) names the VMs it could not read and shows what
    the others use; an image whose header did not answer is asked once, not once per VM that
    has it (a hung mount is given up on after 10 s each time)."""
    from kvmgui.libvirt import imagehead

    asked = []

    def hung(path):
        asked.append(path)
        raise imagehead.MountHungError(path)

    monkeypatch.setattr(imagehead, "backing_name", hung)
    run_in_worker(qtbot, connected, lambda c: (_vm_on(c, "one", tmp_path / "shared.qcow2"),
                                               _vm_on(c, "two", tmp_path / "shared.qcow2")))
    unknown = []
    users = run_in_worker(qtbot, connected, lambda c: diskusers.find_users(c, [BUILD],
                                                                           unknown=unknown))[BUILD]
    assert [u.name for u in users] == ["build"]
    assert sorted(e.vm for e in unknown) == ["one", "two"]
    assert asked == [str(tmp_path / "shared.qcow2")]


def test_a_far_hosts_vms_are_read_side_by_side(connected, qtbot, monkeypatch):
    """Read one by one, 20 VMs behind a 300 ms link took 13 s (each XMLDesc a round trip
    of 0.6 s; bench/far_reads.py): a far host's VMs are now read side by side
    (``fanout``), as the network map reads them. The first three reads here go on only
    once all three are in flight; one by one, the first waited alone and gave up."""
    monkeypatch.setattr(fanout, "is_remote_uri", lambda _uri: True)
    real = libvirt.virDomain.XMLDesc
    together = threading.Barrier(3, timeout=5)
    arrived = itertools.count()

    def xmldesc(self, flags=0):
        if next(arrived) < 3:
            together.wait()
        return real(self, flags)

    monkeypatch.setattr(libvirt.virDomain, "XMLDesc", xmldesc)
    users = run_in_worker(qtbot, connected, diskusers.find_users, [VolumeRef(WEB01)])
    assert [u.name for u in users[VolumeRef(WEB01)]] == ["web01"]
