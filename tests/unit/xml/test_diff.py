"""xml_diff for "show the diff before applying" and pending_changes for running VMs."""

import uuid
from pathlib import Path

import libvirt
import pytest

from kvmgui.xml.device_specs import DiskSpec, NicSpec, build_disk, build_interface
from kvmgui.xml.diff import PendingChange, PendingKind, pending_changes, xml_diff
from kvmgui.xml.domain import DomainDoc

DATA = Path(__file__).parents[2] / "data" / "xml"
INACTIVE = (DATA / "domain-pending-inactive.xml").read_text()
LIVE = (DATA / "domain-pending-live.xml").read_text()


@pytest.fixture
def conn():
    conn = libvirt.open("test:///default")
    yield conn
    conn.close()


def test_layout_quotes_attribute_order_and_comments_make_no_diff():
    old = "<domain type='kvm'><name>a</name><vcpu placement='static'>2</vcpu></domain>"
    new = """<?xml version="1.0"?>
    <domain type="kvm">
      <!-- edited by hand -->
      <name>a</name>
      <vcpu placement="static">2</vcpu>
    </domain>"""
    assert xml_diff(old, new) == []


def test_whitespace_inside_a_text_is_a_change():
    # libvirt keeps it (a name ' a ' is another name; a description keeps its blank lines).
    old = "<domain><name>a</name><description>one</description></domain>"
    new = "<domain><name> a </name><description>one\n</description></domain>"
    lines = xml_diff(old, new)
    assert "+  <name> a </name>" in lines and "+  <description>one" in lines


def test_diff_shows_changed_lines_in_context():
    doc = DomainDoc.from_string(INACTIVE)
    doc.vcpus, doc.max_vcpus = 2, 4
    lines = xml_diff(INACTIVE, doc.to_string())
    assert lines[:2] == ["--- current", "+++ new"]
    assert '-  <vcpu placement="static">2</vcpu>' in lines
    assert '+  <vcpu current="2" placement="static">4</vcpu>' in lines
    assert '   <memory unit="KiB">2097152</memory>' in lines  # context
    assert len([line for line in lines if line[:1] in "+-" and line[:3] not in ("+++", "---")]) == 2


def test_diff_labels():
    assert xml_diff("<a/>", "<b/>", "persistent", "live")[:2] == ["--- persistent", "+++ live"]


def test_live_only_noise_is_not_pending():
    # The live XML has ids, aliases, vnet target, seclabels, pty paths, the VNC port,
    # the guest agent socket and state, firmware auto-selection and the expanded host CPU.
    assert pending_changes(INACTIVE, LIVE) == []


def english(changes: list[PendingChange]) -> list[str]:
    return [c.words.english() for c in changes]


def test_pending_device_and_setting_changes_in_words():
    doc = DomainDoc.from_string(INACTIVE)
    doc.add_device(build_interface(NicSpec("bridge", "br0", mac="52:54:00:50:61:02")))
    doc.remove_device("memballoon")
    doc.find_device("interface:52:54:00:50:61:01").model = "e1000e"
    doc.vcpus, doc.max_vcpus = 2, 4
    doc.memory_kib = 1024 * 1024
    doc.title = "Web server"
    changes = pending_changes(doc.to_string(), LIVE)
    # What logic looks at: the kind of change and what it is about (never the words).
    assert [(c.kind, c.subject) for c in changes] == [
        (PendingKind.VALUE, "max_vcpus"), (PendingKind.VALUE, "memory_kib"),
        (PendingKind.SETTING, "title"), (PendingKind.ADDED, "interface:52:54:00:50:61:02"),
        (PendingKind.REMOVED, "memballoon"), (PendingKind.CHANGED, "interface:52:54:00:50:61:01")]
    assert english(changes) == [
        "Maximum vCPUs: 2 → 4",
        "Memory: 2048 MiB → 1024 MiB",
        "Title changed",
        "Added NIC 52:54:00:50:61:02 on bridge br0 (virtio)",
        "Removed Memory balloon (virtio)",
        "Changed NIC 52:54:00:50:61:01 on network default (e1000e)",
    ]


def test_nic_added_to_persistent_definition_of_running_vm_is_pending(conn):
    base = DomainDoc.from_string(
        conn.lookupByName("test").XMLDesc(libvirt.VIR_DOMAIN_XML_INACTIVE)
    )
    base.name, base.uuid = f"pending-{uuid.uuid4().hex[:8]}", None
    dom = conn.defineXML(base.to_string())
    try:
        dom.create()
        assert pending_changes(dom.XMLDesc(libvirt.VIR_DOMAIN_XML_INACTIVE), dom.XMLDesc()) == []

        persistent = DomainDoc.from_string(dom.XMLDesc(libvirt.VIR_DOMAIN_XML_INACTIVE))
        persistent.add_device(build_interface(NicSpec(mac="52:54:00:77:88:99")))
        conn.defineXML(persistent.to_string())

        assert english(pending_changes(dom.XMLDesc(libvirt.VIR_DOMAIN_XML_INACTIVE), dom.XMLDesc())) == [
            "Added NIC 52:54:00:77:88:99 on network default (virtio)"
        ]
    finally:
        if dom.isActive():
            dom.destroy()
        dom.undefine()


def test_a_disk_moved_to_another_bus_is_one_move_not_an_add_and_a_removal():
    """Before: 'Added Disk sda … / Removed Disk vda …', as if another disk came in."""
    doc = DomainDoc.from_string(INACTIVE)
    doc.set_disk_bus("disk:vda", "sata")
    changes = pending_changes(doc.to_string(), LIVE)
    assert english(changes) == ["Moved Disk vda to Disk sda (sata) /var/lib/libvirt/images/web01.qcow2"]
    assert [(c.kind, c.subject, c.was) for c in changes] == [(PendingKind.MOVED, "disk:sda", "disk:vda")]


def with_empty_cdrom(xml, bus="sata"):
    doc = DomainDoc.from_string(xml)
    doc.add_device(build_disk(DiskSpec(device="cdrom", bus=bus), doc.disk_targets()))
    return doc


def test_an_empty_cdrom_removed_and_another_added_stay_two_changes():
    """Two drives without media have the same (no) image: they were one drive 'Moved'."""
    live = with_empty_cdrom(LIVE).to_string()
    doc = with_empty_cdrom(INACTIVE)
    doc.add_device(build_disk(DiskSpec(device="cdrom", bus="sata"), doc.disk_targets()))
    doc.remove_device("cdrom:sda")
    changes = pending_changes(doc.to_string(), live)
    assert [(c.kind, c.subject) for c in changes] == [
        (PendingKind.ADDED, "cdrom:sdb"), (PendingKind.REMOVED, "cdrom:sda")]
    assert english(changes) == ["Added CD-ROM sdb (sata) empty", "Removed CD-ROM sda (sata) empty"]


def test_an_empty_cdrom_moved_to_another_bus_is_one_move():
    doc = with_empty_cdrom(INACTIVE)
    doc.set_disk_bus("cdrom:sda", "ide")
    changes = pending_changes(doc.to_string(), with_empty_cdrom(LIVE).to_string())
    assert [(c.kind, c.subject, c.was) for c in changes] == [(PendingKind.MOVED, "cdrom:hda", "cdrom:sda")]


def test_a_nic_given_another_mac_is_one_change_not_an_add_and_a_removal():
    """A NIC's key is its MAC: before, 'Added NIC …:09 / Removed NIC …:01', as if another
    card came in."""
    doc = DomainDoc.from_string(INACTIVE)
    doc.find_device("interface:52:54:00:50:61:01").mac = "52:54:00:50:61:09"
    changes = pending_changes(doc.to_string(), LIVE)
    assert english(changes) == [
        "Changed NIC 52:54:00:50:61:01 to NIC 52:54:00:50:61:09 on network default (virtio)"]
    assert [(c.kind, c.subject, c.was) for c in changes] == [
        (PendingKind.MOVED, "interface:52:54:00:50:61:09", "interface:52:54:00:50:61:01")]


def test_a_nic_given_another_mac_and_model_is_matched_by_its_place():
    doc = DomainDoc.from_string(INACTIVE)
    nic = doc.find_device("interface:52:54:00:50:61:01")
    nic.mac, nic.model = "52:54:00:50:61:09", "e1000e"
    changes = pending_changes(doc.to_string(), LIVE)
    assert [(c.kind, c.subject, c.was) for c in changes] == [
        (PendingKind.MOVED, "interface:52:54:00:50:61:09", "interface:52:54:00:50:61:01")]


def test_a_nic_removed_and_another_on_a_different_network_added_stay_two_changes():
    doc = DomainDoc.from_string(INACTIVE)
    doc.add_device(build_interface(NicSpec("bridge", "br0", mac="52:54:00:50:61:02")))
    doc.remove_device("interface:52:54:00:50:61:01")
    changes = pending_changes(doc.to_string(), LIVE)
    assert [(c.kind, c.subject) for c in changes] == [
        (PendingKind.ADDED, "interface:52:54:00:50:61:02"),
        (PendingKind.REMOVED, "interface:52:54:00:50:61:01")]
