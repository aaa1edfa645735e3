"""What the Delete dialog reads of the VMs chosen, on a far host: side by side, and the
same as one by one. Each read of a far host is a round trip (0.6 s behind a 300 ms
link): three VMs one after another took 27 s (bench/far_reads.py --check delete)."""

import libvirt

from kvmgui.libvirt import actions, dhcphosts, fanout, fixedaddr
from kvmgui.libvirt.fixedaddr import FixedAddress
from tests.helpers import BUILD, DEMO_VMS, WEB01, meet, run_in_worker, together, uuid_of

DB01, ROUTER = DEMO_VMS["db01"], DEMO_VMS["router"]
GONE = "4dea22b3-1d52-d8f3-2516-782e98a23fff"  # deleted elsewhere meanwhile


def far(monkeypatch):
    monkeypatch.setattr(fanout, "is_remote_uri", lambda _uri: True)


def test_the_vms_storage_is_read_side_by_side_and_read_the_same(connected, qtbot, monkeypatch):
    """Their definitions go at once, then every disk's volume: the first three of each
    go on only once all three are in flight."""
    chosen = [WEB01, GONE, DB01, BUILD]
    near = run_in_worker(qtbot, connected, actions.storage_for_delete, chosen)
    assert sorted(near) == sorted([WEB01, DB01, BUILD])  # the one gone has no entry
    assert [r.path for r in near[WEB01]] == ["/home/web01.qcow2"]
    far(monkeypatch)
    together(monkeypatch, libvirt.virDomain, "XMLDesc")
    together(monkeypatch, libvirt.virConnect, "storageVolLookupByPath")
    assert run_in_worker(qtbot, connected, actions.storage_for_delete, chosen) == near


def test_a_vm_not_read_for_another_reason_fails_the_listing(connected, qtbot, monkeypatch):
    """Only "no such domain" is passed over, far as near: a VM whose disks are unknown
    may hold the volumes of the others."""
    far(monkeypatch)
    real = libvirt.virDomain.XMLDesc

    def refused(self, flags=0):
        if self.UUIDString() == DB01:
            raise libvirt.libvirtError("access denied")
        return real(self, flags)
    monkeypatch.setattr(libvirt.virDomain, "XMLDesc", refused)
    future = connected.run(actions.storage_for_delete, [WEB01, DB01])
    qtbot.waitUntil(future.done, timeout=5000)
    assert "access denied" in str(future.exception())
    future = connected.run(fixedaddr.fixed_addresses, [WEB01, DB01])
    qtbot.waitUntil(future.done, timeout=5000)
    assert "access denied" in str(future.exception())


def test_the_vms_fixed_addresses_are_read_side_by_side_and_read_the_same(connected, qtbot,
                                                                        monkeypatch):
    """Lookups at once, then both XMLs of every VM, then each network's four reads; a
    running VM, a stopped one, one gone, and cards on two networks."""
    default, net10 = uuid_of(connected.networks, "default"), uuid_of(connected.networks, "net10")
    for net, mac, name, ip in ((default, "52:54:00:6b:3c:01", "web01", "192.168.122.50"),
                               (net10, "52:54:00:6b:3c:02", "db01", "192.168.10.50"),
                               (default, "52:54:00:6b:3c:04", "router", "192.168.122.51")):
        run_in_worker(qtbot, connected, dhcphosts.pin, net, mac, name, ip)
    run_in_worker(qtbot, connected, lambda c: c.lookupByUUIDString(DB01).destroy())
    chosen = [WEB01, GONE, DB01, ROUTER, BUILD]
    near = run_in_worker(qtbot, connected, fixedaddr.fixed_addresses, chosen)
    assert [(a.vm_uuid, a.network, a.ip) for a in near] == [
        (WEB01, "default", "192.168.122.50"), (DB01, "net10", "192.168.10.50"),
        (ROUTER, "default", "192.168.122.51")]
    assert near[0] == FixedAddress(WEB01, "default", default, "52:54:00:6b:3c:01", "192.168.122.50")
    far(monkeypatch)
    together(monkeypatch, libvirt.virConnect, "lookupByUUIDString")
    together(monkeypatch, libvirt.virDomain, "XMLDesc", parties=6)  # 3 VMs' two XMLs each
    meet(monkeypatch, [(libvirt.virNetwork, "isActive"), (libvirt.virNetwork, "isPersistent")])
    assert run_in_worker(qtbot, connected, fixedaddr.fixed_addresses, chosen) == near


def test_a_far_hosts_delete_asks_its_reads_side_by_side(connected, qtbot, monkeypatch):
    """The VM's state, its volumes and their pools: each pair at once (the deletes after
    them stay on the job's thread, where its journal sees them)."""
    disks = "".join(f"<disk type='file' device='disk'><source file='/home/{name}'/>"
                    f"<target dev='vd{dev}'/></disk>" for name, dev in (("a.img", "a"), ("b.img", "b")))

    def setup(c):
        pool = c.storagePoolLookupByName("home")
        paths = [pool.createXML(f"<volume><name>{name}</name><capacity>1024</capacity></volume>",
                                0).path() for name in ("a.img", "b.img")]
        dom = c.defineXML("<domain type='test'><name>leaving</name><memory>65536</memory>"
                          f"<os><type>hvm</type></os><devices>{disks}</devices></domain>")
        return dom.UUIDString(), paths

    uuid, paths = run_in_worker(qtbot, connected, setup)
    qtbot.waitUntil(lambda: connected.domains.get(uuid) is not None, timeout=5000)
    far(monkeypatch)
    meet(monkeypatch, [(libvirt.virDomain, "isPersistent"), (libvirt.virDomain, "isActive")])
    together(monkeypatch, libvirt.virConnect, "storageVolLookupByPath", parties=2)
    together(monkeypatch, libvirt.virStorageVol, "storagePoolLookupByVolume", parties=2)
    run_in_worker(qtbot, connected, actions.delete, uuid, paths)

    def left(c):
        names = c.storagePoolLookupByName("home").listVolumes()
        return "leaving" in c.listDefinedDomains(), [n for n in ("a.img", "b.img") if n in names]
    assert run_in_worker(qtbot, connected, left) == (False, [])
