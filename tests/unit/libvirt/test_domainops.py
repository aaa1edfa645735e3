"""Edits of a VM's settings on the test driver: define first, live where libvirt can."""

import libvirt
import pytest

from kvmgui.libvirt import domainops, fanout, imageformat
from kvmgui.libvirt.domainops import ApplyResult, Change, DomainXml, LiveOutcome
from kvmgui.xml.base import to_xml
from kvmgui.xml.device_specs import NicSpec, build_interface
from kvmgui.xml.domain import DomainDoc
from tests.helpers import run_in_worker, together

WEB01 = "4dea22b3-1d52-d8f3-2516-782e98a23f01"  # running
BUILD = "4dea22b3-1d52-d8f3-2516-782e98a23f03"  # shut off
DEFAULT_NET = "dd8fe884-6c02-601e-7551-cca97df1c5df"


def english(changes):
    return [c.words.english() for c in changes]


def run(qtbot, conn, fn, *args):
    return run_in_worker(qtbot, conn, fn, *args)


def nic_xml(mac="52:54:00:12:34:56", network="net10"):
    return to_xml(build_interface(NicSpec(source=network, mac=mac)))


def test_read_xml_of_running_and_stopped_vms(connected, qtbot):
    running = run(qtbot, connected, domainops.read_xml, WEB01)
    assert running.live is not None and running.persistent and not running.autostart
    assert running.pending == []
    stopped = run(qtbot, connected, domainops.read_xml, BUILD)
    assert stopped.live is None and stopped.pending == []


def test_change_of_stopped_vm_is_defined(connected, qtbot):
    result = run(qtbot, connected, domainops.apply_change, BUILD,
                 domainops.set_title_description("Builder", "Builds things"))
    assert result.defined and result.live == LiveOutcome.NOT_RUNNING
    assert result.words.english() == "Title and description: saved."
    doc = DomainDoc.from_string(result.xml.inactive)
    assert (doc.title, doc.description) == ("Builder", "Builds things")


def test_live_metadata_of_running_vm(connected, qtbot):
    result = run(qtbot, connected, domainops.apply_change, WEB01,
                 domainops.set_title_description("Front", ""))
    assert result.live == LiveOutcome.APPLIED
    assert DomainDoc.from_string(result.xml.live).title == "Front"
    assert result.xml.pending == []


def test_failed_hotplug_is_reported_and_pending(connected, qtbot):
    result = run(qtbot, connected, domainops.apply_change, WEB01,
                 domainops.add_device(nic_xml(), "New NIC"))
    assert result.defined and result.live == LiveOutcome.FAILED
    assert "not supported" in result.live_error
    assert english(result.xml.pending) == ["Added NIC 52:54:00:12:34:56 on network net10 (virtio)"]
    assert "could not take it" in result.words.english()


def test_identical_edit_defines_nothing(connected, qtbot):
    result = run(qtbot, connected, domainops.apply_change, BUILD,
                 Change("Nothing", lambda doc: None))
    assert not result.defined and result.live == LiveOutcome.NOT_RUNNING


def test_autostart_is_a_host_setting(connected, qtbot):
    result = run(qtbot, connected, domainops.apply_change, WEB01, domainops.set_autostart(True))
    assert result.xml.autostart and result.live == LiveOutcome.NOT_NEEDED
    assert result.words.english() == "Autostart: saved."


def test_combined_change_reports_what_waits(connected, qtbot):
    change = domainops.combine("CPUs and memory", [domainops.set_vcpus(2, 4),
                                                   domainops.set_memory(1024 * 1024, 2048 * 1024)])
    result = run(qtbot, connected, domainops.apply_change, WEB01, change)
    assert result.live == LiveOutcome.PENDING
    assert result.later is not None
    assert result.later.english() == "the maximum number of vCPUs is fixed while the VM runs"
    live = DomainDoc.from_string(result.xml.live)
    assert live.memory_kib == 1024 * 1024  # the balloon went ahead
    assert english(result.xml.pending) == ["Maximum vCPUs: 2 → 4"]


def test_refused_define_raises_and_changes_nothing(connected, qtbot):
    before = run(qtbot, connected, domainops.read_xml, BUILD).inactive
    change = domainops.add_device(to_xml(build_interface(NicSpec(model="bad model"))))
    future = connected.run(domainops.apply_change, BUILD, change)
    qtbot.waitUntil(future.done)
    with pytest.raises(libvirt.libvirtError, match="invalid characters"):
        future.result()
    assert run(qtbot, connected, domainops.read_xml, BUILD).inactive == before


def test_new_volume_is_deleted_when_the_define_fails(connected, qtbot):
    future = connected.run(domainops.add_disk_on_new_volume, BUILD, "home", "new.qcow2",
                           1024**3, "qcow2", lambda *_: "<disk><target dev='vdz'/></disk>oops")
    qtbot.waitUntil(future.done)
    assert future.exception() is not None
    names = run(qtbot, connected, lambda c: c.storagePoolLookupByName("home").listVolumes())
    assert "new.qcow2" not in names


def test_update_device_on_stopped_vm(connected, qtbot):
    def link_down(nic):
        nic.link_up = False

    result = run(qtbot, connected, domainops.apply_change, "4dea22b3-1d52-d8f3-2516-782e98a23f04",
                 domainops.update_device("interface:52:54:00:6b:3c:04", link_down, "Link"))
    nic = DomainDoc.from_string(result.xml.inactive).find_device("interface:52:54:00:6b:3c:04")
    assert not nic.link_up


def test_remove_device_of_stopped_vm(connected, qtbot):
    uuid = "4dea22b3-1d52-d8f3-2516-782e98a23f04"
    result = run(qtbot, connected, domainops.apply_change, uuid,
                 domainops.remove_device("interface:52:54:00:6b:3c:05"))
    keys = [d.key for d in DomainDoc.from_string(result.xml.inactive).devices()]
    assert "interface:52:54:00:6b:3c:05" not in keys and "interface:52:54:00:6b:3c:04" in keys


def test_definitions_of_networks_fall_back_to_plain_xml(connected, qtbot):
    xml = run(qtbot, connected, domainops.read_definition, "network", DEFAULT_NET)
    assert "<name>default</name>" in xml


def test_messages_are_honest():
    xml = DomainXml("u", "<domain/>", None, True, False)
    assert ApplyResult("Memory", True, LiveOutcome.APPLIED, "", xml).words.english() == \
        "Memory: saved and applied to the running VM."
    assert ApplyResult("Memory", True, LiveOutcome.PENDING, "", xml).words.english() == \
        "Memory: saved; takes effect when the VM is next started."
    assert ApplyResult("NIC", True, LiveOutcome.FAILED, "no hotplug.", xml).words.english() == (
        "NIC: saved, but the running VM could not take it: no hotplug. "
        "It takes effect when the VM is next started.")

def test_cpu_that_qemu_expanded_at_start_is_not_pending():
    # As a real QEMU host reports it: the definition asks for qemu64, the running VM
    # records check='full' and the features QEMU requires.
    head = "<domain type='qemu'><name>t</name><memory>131072</memory><vcpu>1</vcpu>"
    asked = "<cpu mode='custom' match='exact' check='none'><model fallback='forbid'>qemu64</model></cpu>"
    given = ("<cpu mode='custom' match='exact' check='full'><model fallback='forbid'>qemu64</model>"
             "<feature policy='require' name='hypervisor'/></cpu>")
    xml = DomainXml("u", f"{head}{asked}</domain>", f"{head}{given}</domain>", True, False)
    assert xml.pending == []
    other = asked.replace("qemu64", "Skylake-Client")
    xml = DomainXml("u", f"{head}{other}</domain>", f"{head}{given}</domain>", True, False)
    assert english(xml.pending) == ["CPU model or topology changed"]


def test_combined_change_names_what_waits_in_words(connected, qtbot):
    change = domainops.combine("Overview", [domainops.set_cpu_model("host-passthrough", None),
                                            domainops.set_title_description("Front", "")])
    result = run(qtbot, connected, domainops.apply_change, WEB01, change)
    assert result.live == LiveOutcome.PENDING and result.later is not None
    assert result.later.english() == "CPU model: at the next start"
    assert result.words.english() == (
        "Overview: saved; takes effect when the VM is next started (CPU model: at the next start).")


def test_change_of_a_device_that_is_gone_says_so(connected, qtbot):
    change = domainops.update_device("interface:52:54:00:99:99:99", lambda nic: None, "Link")
    future = connected.run(domainops.apply_change, BUILD, change)
    qtbot.waitUntil(future.done)
    error = future.exception()
    assert isinstance(error, domainops.DeviceGoneError)
    assert error.words.english() == "The VM no longer has the device interface:52:54:00:99:99:99."


def _transient(conn):
    dom = conn.createXML("<domain type='test'><name>scratch</name><memory>1048576</memory>"
                         "<vcpu current='1'>2</vcpu><os><type>hvm</type></os><devices>"
                         + nic_xml("52:54:00:aa:bb:cc") + "</devices></domain>", 0)
    return dom.UUIDString()


def test_a_transient_vm_that_cannot_take_a_change_live_reports_a_failure(connected, qtbot):
    # It has no definition: nothing was saved, and nothing waits for a next start (it is
    # gone once stopped). "done … takes effect when the VM is next started" was untrue.
    uuid = run(qtbot, connected, _transient)
    future = connected.run(domainops.apply_change, uuid,
                           domainops.remove_device("interface:52:54:00:aa:bb:cc"))
    qtbot.waitUntil(future.done, timeout=5000)
    assert isinstance(future.exception(), libvirt.libvirtError)  # libvirt's own words
    assert "not supported" in str(future.exception())
    future = connected.run(domainops.apply_change, uuid, domainops.set_vcpus(1, 4))
    qtbot.waitUntil(future.done, timeout=5000)
    error = future.exception()
    assert isinstance(error, domainops.TransientError)
    assert error.words.english() == \
        "scratch is transient: it has no persistent definition to change."
    live = run(qtbot, connected, lambda c: c.lookupByUUIDString(uuid).XMLDesc(0))
    assert "52:54:00:aa:bb:cc" in live and "<vcpu placement='static' current='1'>2</vcpu>" in live



def test_a_transient_vm_that_takes_part_of_a_change_says_which_part(connected, qtbot):
    """vCPUs hot-plugged, the memory's new maximum refused (no definition keeps it for a
    next start): the error said only "scratch is transient", as if nothing had changed,
    while the VM ran with the new vCPUs. Then it said "The rest waits for a restart", which
    a transient VM never has: the rest was not applied and cannot be."""
    uuid = run(qtbot, connected, _transient)
    cpus_and_memory = domainops.combine("CPUs and memory", [
        domainops.set_vcpus(2, 2), domainops.set_memory(1048576, 2097152)])
    future = connected.run(domainops.apply_change, uuid, cpus_and_memory)
    qtbot.waitUntil(future.done, timeout=5000)
    error = future.exception()
    assert isinstance(error, domainops.PartlyAppliedError), error
    assert error.words.english() == (
        "Only vCPUs took effect on the running VM. The rest was not applied and cannot wait "
        "for a restart (the maximum memory is fixed while the VM runs): scratch is transient, "
        "with no definition to keep it for the next start.")
    assert "<vcpu placement='static'>2</vcpu>" in error.xml.live  # the VM as it is now
    live = run(qtbot, connected, lambda c: c.lookupByUUIDString(uuid).XMLDesc(0))
    assert "<vcpu placement='static'>2</vcpu>" in live and "<memory unit='KiB'>1048576<" in live

    refused = domainops.combine("Two", [domainops.set_vcpus(1, 2),
                                        domainops.remove_device("interface:52:54:00:aa:bb:cc")])
    future = connected.run(domainops.apply_change, uuid, refused)
    qtbot.waitUntil(future.done, timeout=5000)
    error = future.exception()
    assert isinstance(error, domainops.PartlyAppliedError), error
    assert error.words.english().startswith(
        "Only vCPUs took effect on the running VM; libvirt refused the rest: ")
    assert "not supported" in error.words.english()


def test_a_transient_vm_takes_vcpus_within_its_maximum_live(connected, qtbot):
    uuid = run(qtbot, connected, _transient)
    future = connected.run(domainops.apply_change, uuid, domainops.set_vcpus(2, 2))
    qtbot.waitUntil(future.done, timeout=5000)
    assert future.result().live is domainops.LiveOutcome.APPLIED
    live = run(qtbot, connected, lambda c: c.lookupByUUIDString(uuid).XMLDesc(0))
    assert "<vcpu placement='static'>2</vcpu>" in live

VHDX = b"vhdxfile" + b"\0" * 504


class _PoolSays:
    """A connection whose pool holds every image in ``fmt`` (libvirt's reading)."""

    def __init__(self, fmt):
        self.fmt = fmt

    def storageVolLookupByPath(self, path):
        xml = f"<volume><target><path>{path}</path><format type='{self.fmt}'/></target></volume>"
        return type("Vol", (), {"XMLDesc": lambda _self, _flags: xml})()


def test_a_hyper_v_image_is_told_by_its_header_though_a_pool_calls_it_raw(tmp_path):
    """libvirt has no name for VHDX and probes it as raw: given to the guest as raw, its
    writes wreck the image."""
    image = tmp_path / "server.vhdx"
    image.write_bytes(VHDX)
    assert imageformat.image_format(_PoolSays("raw"), str(image), local=True) == "vhdx"
    plain = tmp_path / "plain.img"
    plain.write_bytes(b"\0" * 512)
    assert imageformat.image_format(_PoolSays("raw"), str(plain), local=True) == "raw"
    assert imageformat.image_format(_PoolSays("qcow2"), str(image), local=True) == "qcow2"
    assert imageformat.image_format(_PoolSays("raw"), str(image), local=False) == "raw"


def test_a_hyper_v_image_is_not_added(connected, qtbot, tmp_path):
    image = tmp_path / "my server.vhdx"
    image.write_bytes(VHDX)
    before = run(qtbot, connected, domainops.read_xml, BUILD).inactive
    with pytest.raises(imageformat.UnsupportedImageError) as refused:
        run(qtbot, connected, domainops.add_disk_on_image, BUILD, str(image), True,
            lambda fmt, _block: pytest.fail(f"a disk in {fmt} was built"), "New disk")
    assert refused.value.words.english() == (
        f"{image} is a Hyper-V image (VHDX), which libvirt cannot give a VM. Convert it first, "
        f"e.g. qemu-img convert -O qcow2 '{image}' '{tmp_path}/my server.qcow2'")
    assert run(qtbot, connected, domainops.read_xml, BUILD).inactive == before


def test_the_conversion_of_a_hyper_v_image_named_qcow2_writes_another_file():
    """A VHDX image called disk.qcow2: the line said "qemu-img convert -O qcow2 disk.qcow2
    disk.qcow2", which qemu-img refuses ('Failed to get "write" lock')."""
    words = imageformat.UnsupportedImageError("/images/disk.qcow2").words.english()
    assert words.endswith("qemu-img convert -O qcow2 /images/disk.qcow2 /images/disk-converted.qcow2")


@pytest.mark.parametrize("mode", [None, "host-model", "custom", "maximum"])
def test_another_cpu_model_than_the_hosts_is_one_libvirt_takes(mode):
    """A new VM's (and virt-manager's) <cpu mode='host-passthrough' check='none'
    migratable='on'>: libvirt refused migratable beside other modes and check beside no
    model; a Windows VM's one-socket topology stays."""
    from kvmgui.xml.newvm_build import domain_xml
    from kvmgui.xml.newvm_spec import GENERIC_WINDOWS, NewVmSpec

    doc = DomainDoc.from_string(domain_xml(NewVmSpec(name="w", os=GENERIC_WINDOWS, vcpus=4)))
    domainops.set_cpu_model(mode, "qemu64").edit(doc)
    assert doc.cpu_mode == mode and doc.node.find("cpu/topology").get("cores") == "4"
    conn = libvirt.open("test:///default")
    try:
        conn.defineXMLFlags(doc.to_string(), libvirt.VIR_DOMAIN_DEFINE_VALIDATE).undefine()
    finally:
        conn.close()


def test_a_removal_the_guest_has_not_let_go_of_is_not_said_applied(connected, qtbot, monkeypatch):
    """QEMU answers a detach after a few seconds even when the guest has not let go (it
    ignores the hot-unplug, or is still booting): the device is still there, yet the
    result said 'saved and applied to the running VM'."""
    monkeypatch.setattr(domainops.virsh, "detach_device", lambda dom, xml, flags: None)
    result = run(qtbot, connected, domainops.apply_change, WEB01,
                 domainops.remove_device("interface:52:54:00:6b:3c:01", "Remove NIC"))
    assert result.defined and result.live is LiveOutcome.PENDING
    assert result.words.english() == (
        "Remove NIC: saved; takes effect when the VM is next started (the guest has not let go "
        "of it yet; it goes as soon as the guest does).")
    assert english(result.xml.pending) == [
        "Removed NIC 52:54:00:6b:3c:01 on network default (virtio)"]


def test_a_transient_vms_removal_the_guest_has_not_let_go_of_is_not_said_applied(
        connected, qtbot, monkeypatch):
    """The check that the guest had let go covered persistent VMs only: a transient VM
    still holding the device was said 'done and applied to the running VM'."""
    uuid = run(qtbot, connected, _transient)
    monkeypatch.setattr(domainops.virsh, "detach_device", lambda dom, xml, flags: None)
    result = run(qtbot, connected, domainops.apply_change, uuid,
                 domainops.remove_device("interface:52:54:00:aa:bb:cc", "Remove NIC"))
    assert not result.defined and result.live is LiveOutcome.PENDING and result.warns
    assert result.words.english() == (
        "Remove NIC: asked of the running VM; the guest has not let go of it yet; it goes as "
        "soon as the guest does.")
    assert "52:54:00:aa:bb:cc" in result.xml.live  # shown as it is: still there


def test_a_far_hosts_vm_is_read_side_by_side_and_read_the_same(connected, qtbot, monkeypatch):
    """A details window reads its VM on opening and after each change of it: five calls
    one after another, 3 s behind a 300 ms link. A far host's are asked side by side and
    read the same as this machine's, for a running, a stopped and a transient VM."""
    from kvmgui.libvirt import fanout
    from tests.helpers import BUILD, WEB01, meet

    scratch = run(qtbot, connected, _transient)
    here = [run(qtbot, connected, domainops.read_xml, uuid) for uuid in (WEB01, BUILD, scratch)]
    assert [(x.live is not None, x.persistent) for x in here] == [
        (True, True), (False, True), (True, False)]
    monkeypatch.setattr(fanout, "is_remote_uri", lambda _uri: True)
    meet(monkeypatch, [(libvirt.virDomain, name)
                       for name in ("isActive", "isPersistent", "XMLDesc", "autostart")])
    far = [run(qtbot, connected, domainops.read_xml, uuid) for uuid in (WEB01, BUILD, scratch)]
    assert far == here


def test_a_far_hosts_image_facts_are_read_side_by_side_and_read_the_same(connected, qtbot,
                                                                         monkeypatch):
    """A new image's format and whether it is a block device: the two lookups go at once
    on a far host (two round trips, not four); the same answer as near."""
    near = run_in_worker(qtbot, connected, imageformat.image_facts, "/home/web01.qcow2", False)
    assert near == ("qcow2", False)
    monkeypatch.setattr(fanout, "is_remote_uri", lambda _uri: True)
    together(monkeypatch, libvirt.virConnect, "storageVolLookupByPath", parties=2)
    assert run_in_worker(qtbot, connected, imageformat.image_facts, "/home/web01.qcow2",
                         False) == near
