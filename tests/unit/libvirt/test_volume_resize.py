"""Resizing a volume VMs use, on the test driver in workers: a running VM's disk grows
through the VM (``virsh blockresize``, so its guest is told), a shrink is refused while a
running VM uses the volume and covers only the stopped VMs the question named.

Before, nothing asked who used the volume: growing a running VM's qcow2 failed with
qemu-img's 'Failed to get "write" lock', a raw one grew under the guest unseen, and a raw
one shrank under its running guest (tests/integration/test_storage_volumes.py shows it
on QEMU)."""

import shlex

import libvirt
import pytest

from kvmgui.libvirt import volops
from kvmgui.libvirt.diskusers import UsersUnknownError
from kvmgui.wizards.volume.resize import grow_volume
from tests.helpers import run_in_worker
from tests.unit.libvirt.storage_fakes import HOME, CodedError

GiB = 1024**3
WEB01 = "/home/web01.qcow2"


def outcome(qtbot, conn, fn, *args, **kwargs):
    future = conn.run(lambda c: fn(c, *args, **kwargs))
    qtbot.waitUntil(future.done, timeout=10000)
    return future


@pytest.fixture
def calls(monkeypatch):
    """What reached libvirt: ("vol-resize", capacity, flags) and ("blockresize", vm, disk,
    size, flags) (the test driver does neither)."""
    seen = []
    monkeypatch.setattr(libvirt.virStorageVol, "resize",
                        lambda _v, cap, f=0: seen.append(("vol-resize", cap, f)))
    monkeypatch.setattr(libvirt.virDomain, "blockResize",
                        lambda d, disk, size, f=0: seen.append(("blockresize", d.name(), disk, size, f)))
    return seen


def running_vm(conn, name, disk):
    """A running (transient) VM whose disk ``disk`` is the XML of a <disk>'s inside."""
    conn.createXML(f"""<domain type='test'><name>{name}</name><memory>65536</memory>
      <os><type>hvm</type></os><devices><disk type='file' device='disk'>{disk}
      <target dev='vdb' bus='virtio'/></disk></devices></domain>""", 0)


def test_a_running_vm_s_disk_grows_through_the_vm(connected, qtbot, calls):
    run_in_worker(qtbot, connected, lambda c: volops.resize_volume(c, HOME, "web01.qcow2", 30 * GiB))
    assert calls == [("blockresize", "web01", WEB01, 30 * GiB,
                      libvirt.VIR_DOMAIN_BLOCK_RESIZE_BYTES)]


def test_a_running_vm_s_disk_is_not_shrunk(connected, qtbot, calls):
    future = outcome(qtbot, connected, volops.resize_volume, HOME, "web01.qcow2", 10 * GiB, shrink=True)
    with pytest.raises(volops.RunningUsersError) as info:
        future.result()
    assert info.value.words.english() == (
        "/home/web01.qcow2 cannot be shrunk while a running VM uses it: web01")
    assert calls == []
    # The dialog's question is not asked either: the check before it refuses the same way.
    future = outcome(qtbot, connected, volops.users_before_shrink, HOME, "web01.qcow2")
    with pytest.raises(volops.RunningUsersError):
        future.result()


def test_an_image_under_a_running_vm_s_disk_is_not_resized(connected, qtbot, calls):
    """QEMU holds the backing file open: qemu-img's lock error was all the user got."""
    run_in_worker(qtbot, connected, lambda c: running_vm(c, "overlaid", """
        <source file='/srv/top.qcow2'/><backingStore type='file'><format type='qcow2'/>
        <source file='/home/build.qcow2'/></backingStore>"""))
    future = outcome(qtbot, connected, volops.resize_volume, HOME, "build.qcow2", 30 * GiB)
    with pytest.raises(volops.RunningUsersError) as info:
        future.result()
    assert info.value.words.english() == (
        "/home/build.qcow2 is the backing file of a disk of these running VMs: overlaid. It "
        "cannot be resized until they are stopped")
    assert calls == []


def test_a_disk_of_two_running_vms_is_not_grown(connected, qtbot, calls):
    run_in_worker(qtbot, connected, lambda c: running_vm(c, "sharer", f"<source file='{WEB01}'/>"))
    future = outcome(qtbot, connected, volops.resize_volume, HOME, "web01.qcow2", 30 * GiB)
    with pytest.raises(volops.RunningUsersError) as info:
        future.result()
    assert info.value.words.english() == (
        "/home/web01.qcow2 is a disk of several running VMs (sharer, web01): only one guest "
        "would be told of the new size. Stop the others to grow it")
    assert calls == []


def test_a_shrink_covers_only_the_stopped_vms_named(connected, qtbot, calls):
    build = next(r.uuid for r in connected.domains.records() if r.name == "build")
    future = outcome(qtbot, connected, volops.resize_volume, HOME, "build.qcow2", 5 * GiB,
                     shrink=True, named=())
    with pytest.raises(volops.VolumeInUseError) as info:
        future.result()
    assert info.value.words.english() == (
        "/home/build.qcow2 is now also a disk of build, which the question did not name")
    assert calls == []
    assert run_in_worker(qtbot, connected, volops.users_before_shrink, HOME, "build.qcow2").users[0].uuid \
        == build
    run_in_worker(qtbot, connected, lambda c: volops.resize_volume(
        c, HOME, "build.qcow2", 5 * GiB, shrink=True, named=(build,)))
    assert calls == [("vol-resize", 5 * GiB, libvirt.VIR_STORAGE_VOL_RESIZE_SHRINK)]


def unreadable_router(monkeypatch, code=libvirt.VIR_ERR_INTERNAL_ERROR, message="cannot read it"):
    real = libvirt.virDomain.XMLDesc

    def xmldesc(self, flags=0):
        if self.name() == "router":
            raise CodedError(code, message)
        return real(self, flags)

    monkeypatch.setattr(libvirt.virDomain, "XMLDesc", xmldesc)


def test_users_unknown_refuse_a_growth_as_a_shrink(connected, qtbot, calls, monkeypatch):
    """A VM that could not be read counted as using nothing when growing: it may run with the
    volume open (a raw image then grows under its guest unseen). Only a VM gone meanwhile
    (VIR_ERR_NO_DOMAIN) is skipped."""
    unreadable_router(monkeypatch)
    for capacity, shrink in ((5 * GiB, True), (30 * GiB, False)):
        future = outcome(qtbot, connected, volops.resize_volume, HOME, "build.qcow2", capacity,
                         shrink=shrink)
        with pytest.raises(UsersUnknownError) as info:
            future.result()
        assert info.value.words.english() == (
            "Could not check which VMs use the storage: reading router failed: cannot read it")
    assert calls == []


def test_a_vm_gone_meanwhile_does_not_refuse_a_growth(connected, qtbot, calls, monkeypatch):
    unreadable_router(monkeypatch, libvirt.VIR_ERR_NO_DOMAIN, "Domain not found")
    run_in_worker(qtbot, connected, lambda c: volops.resize_volume(c, HOME, "build.qcow2", 30 * GiB))
    assert calls == [("vol-resize", 30 * GiB, 0)]


def test_the_line_of_a_running_vm_s_growth_is_blockresize(connected, qtbot):
    def line(capacity):
        future = connected.preview(grow_volume, HOME, "web01.qcow2", capacity)
        qtbot.waitUntil(future.done, timeout=10000)
        return [shlex.split(c.line())[3:] for c in future.result()]

    assert line(30 * GiB) == [["blockresize", "web01", WEB01, "30GiB"]]
    # virsh reads a bare number as KiB: bytes say so.
    assert line(30 * GiB + 512) == [["blockresize", "web01", WEB01, f"{30 * GiB + 512}B"]]


def test_a_disk_only_in_a_running_vm_s_next_boot_definition_grows_as_a_volume(connected, qtbot,
                                                                              calls):
    """A disk added to a running VM for its next boot (attach-disk --config, or Add Hardware
    when the guest could not take it live) is not open in QEMU: blockresize failed with
    "disk not found", where vol-resize works."""
    def add_for_next_boot(c):
        dom = c.lookupByName("web01")
        c.defineXML(dom.XMLDesc(libvirt.VIR_DOMAIN_XML_INACTIVE).replace("</devices>", (
            "<disk type='file' device='disk'><source file='/home/build.qcow2'/>"
            "<target dev='vdb' bus='virtio'/></disk></devices>")))
        assert "build.qcow2" not in dom.XMLDesc(0)

    run_in_worker(qtbot, connected, add_for_next_boot)
    run_in_worker(qtbot, connected, lambda c: volops.resize_volume(c, HOME, "build.qcow2", 30 * GiB))
    assert calls == [("vol-resize", 30 * GiB, 0)]
    users = run_in_worker(qtbot, connected, volops.volume_users, HOME, "build.qcow2")
    assert [(u.name, u.active, u.live) for u in users] == [("build", False, False),
                                                           ("web01", True, False)]
    assert [u.live for u in run_in_worker(qtbot, connected, volops.volume_users, HOME,
                                          "web01.qcow2")] == [True]  # its live disk
