"""Reading domain settings and devices; round trips keep what DomainDoc does not model."""

from pathlib import Path

import libvirt
import pytest

from kvmgui.xml.base import XMLParseError
from kvmgui.xml.devices import Disk, Interface, Kind
from kvmgui.xml.diff import canonical_xml
from kvmgui.xml.domain import DomainDoc, interface_macs

DATA = Path(__file__).parents[2] / "data" / "xml"


def domain(inner: str, attrs: str = "type='kvm'") -> DomainDoc:
    return DomainDoc.from_string(f"<domain {attrs}><name>t</name>{inner}</domain>")


def sample(case: str) -> DomainDoc:
    return DomainDoc.from_string((DATA / f"domain-{case}-in.xml").read_text())


@pytest.fixture
def test_domain_xml():
    conn = libvirt.open("test:///default")
    yield conn.lookupByName("test").XMLDesc()
    conn.close()


def test_reads_the_test_drivers_default_domain(test_domain_xml):
    doc = DomainDoc.from_string(test_domain_xml)
    assert (doc.name, doc.uuid) == ("test", "6695eb01-f6a4-8304-79aa-97f2502e193f")
    assert (doc.hypervisor_type, doc.arch, doc.os_type) == ("test", "i686", "hvm")
    assert (doc.memory_kib, doc.max_memory_kib) == (2097152, 8388608)
    assert (doc.vcpus, doc.max_vcpus) == (2, 2)
    assert (doc.firmware, doc.boot_devices, doc.boot_menu) == ("BIOS", ["hd"], False)
    assert [d.key for d in doc.devices()] == [
        "disk:vda",
        "interface:aa:bb:cc:dd:ee:ff",
        "memballoon",
    ]


def test_reads_a_virt_manager_style_vm():
    doc = sample("add-nic")
    assert doc.hypervisor_words == "KVM (hardware-accelerated)"
    assert (doc.arch, doc.machine, doc.firmware) == ("x86_64", "pc-q35-7.2", "UEFI")
    assert (doc.cpu_mode, doc.cpu_model) == ("host-passthrough", None)
    assert doc.emulator == "/usr/bin/qemu-system-x86_64"
    assert (doc.title, doc.description) == (None, None)


def test_reads_cpu_model_boot_menu_and_boot_devices():
    doc = sample("remove-device")
    assert (doc.cpu_mode, doc.cpu_model) == ("custom", "Skylake-Client-IBRS")
    assert doc.boot_devices == ["hd", "network"]
    assert doc.boot_menu is True


def test_reads_direct_kernel_boot_and_per_device_boot_order():
    doc = sample("eject-cdrom")
    assert doc.kernel == "/var/lib/libvirt/boot/vmlinuz"
    assert doc.initrd == "/var/lib/libvirt/boot/initrd.gz"
    assert doc.cmdline == "console=ttyS0 auto=true priority=critical"
    assert doc.boot_order_keys() == ["cdrom:sda", "disk:vda"]
    assert doc.memory_kib == doc.max_memory_kib == 1024 * 1024  # no <currentMemory>


@pytest.mark.parametrize(
    ("hv_type", "words"),
    [("kvm", "KVM (hardware-accelerated)"), ("qemu", "QEMU (software emulation, TCG)")],
)
def test_hypervisor_words(hv_type, words):
    assert domain("", f"type='{hv_type}'").hypervisor_words == words


@pytest.mark.parametrize(
    ("os_xml", "firmware"),
    [
        ("<os><type>hvm</type></os>", "BIOS"),
        ("<os firmware='efi'><type>hvm</type></os>", "UEFI"),
        ("<os firmware='bios'><type>hvm</type></os>", "BIOS"),
        ("<os><type>hvm</type><loader type='pflash'>/x/OVMF_CODE.fd</loader></os>", "UEFI"),
        ("<os><type>hvm</type><loader readonly='yes'>/x/OVMF_CODE.fd</loader></os>", "UEFI"),
        ("<os><type>hvm</type><loader type='rom'>/x/bios.bin</loader></os>", "BIOS"),
    ],
)
def test_firmware(os_xml, firmware):
    assert domain(os_xml).firmware == firmware


@pytest.mark.parametrize(
    ("memory_xml", "kib"),
    [
        ("<memory>1024</memory>", 1024),
        ("<memory unit='KiB'>1024</memory>", 1024),
        ("<memory unit='MiB'>512</memory>", 512 * 1024),
        ("<memory unit='M'>512</memory>", 512 * 1024),
        ("<memory unit='GiB'>2</memory>", 2 * 1024 * 1024),
        ("<memory unit='bytes'>1048576</memory>", 1024),
        ("<memory unit='b'>1000</memory>", 1),  # rounded up to whole KiB, as libvirt does
        ("<memory unit='MB'>1</memory>", 977),
        # Every spelling libvirt's virScaleInteger takes (the test driver defines each).
        ("<memory unit='byte'>1073741824</memory>", 1024 * 1024),
        ("<memory unit='KIB'>1048576</memory>", 1024 * 1024),
        ("<memory unit='PB'>1</memory>", 976562500000),
        ("<memory unit='Pb'>1</memory>", 976562500000),
        ("<memory unit='eb'>1</memory>", 976562500000000),
        ("<memory unit='pib'>1</memory>", 1024**4),
        ("<memory unit='E'>1</memory>", 1024**5),
        ("<memory unit=''>1024</memory>", 1024),  # an empty unit is the default, as libvirt's
    ],
)
def test_memory_units(memory_xml, kib):
    assert domain(memory_xml).max_memory_kib == kib


@pytest.mark.parametrize(("unit", "value"), [("byte", 1073741824), ("KIB", 1048576), ("PB", 1),
                                             ("Pb", 1), ("eb", 1), ("pib", 1), ("E", 1), ("kb", 3),
                                             ("parsec", 1), ("kbyte", 1), ("kibi", 1), ("x", 1)])
def test_memory_units_read_as_the_test_driver_reads_them(unit, value):
    xml = f"<memory unit='{unit}'>{value}</memory><os><type>hvm</type></os>"
    conn = libvirt.open("test:///default")
    try:
        dom = conn.defineXML(f"<domain type='test'><name>units</name>{xml}</domain>")
    except libvirt.libvirtError as e:  # "unknown suffix 'parsec'"; it was a bare KeyError here
        assert f"unknown suffix '{unit}'" in str(e)
        with pytest.raises(XMLParseError, match=f"unknown unit '{unit}' in <memory>"):
            domain(xml).max_memory_kib  # noqa: B018
        return
    finally:
        conn.close()
    try:
        assert domain(xml).max_memory_kib == dom.maxMemory()
    finally:
        dom.undefine()


def test_current_memory_and_vcpus_in_other_units():
    doc = sample("edit-memory-vcpus")
    assert (doc.memory_kib, doc.max_memory_kib) == (1536 * 1024, 2 * 1024 * 1024)
    assert (doc.vcpus, doc.max_vcpus) == (2, 4)


def test_device_kinds_keys_and_words():
    devices = {d.key: d for d in sample("add-nic").devices()}
    assert {d.kind for d in devices.values()} >= set(Kind) - {
        Kind.FLOPPY,
        Kind.TPM,
        Kind.HOSTDEV,
        Kind.FILESYSTEM,
    }
    assert devices["disk:vda"].summary.english() == (
        "Disk vda (virtio) /var/lib/libvirt/images/fedora39.qcow2"
    )
    assert devices["interface:52:54:00:6b:3c:01"].summary.english() == (
        "NIC 52:54:00:6b:3c:01 on network default (virtio)"
    )
    assert devices["controller:usb:0"].title.english() == "USB controller 0"
    assert devices["channel:org.qemu.guest_agent.0"].kind is Kind.CHANNEL
    assert devices["graphics:spice"].summary.english() == "Display SPICE (auto port)"
    assert devices["audio"].kind is Kind.OTHER
    # Identical devices are told apart by position.
    assert {"redirdev#0", "redirdev#1"} <= devices.keys()
    assert isinstance(devices["cdrom:sda"], Disk)
    assert isinstance(devices["interface:52:54:00:6b:3c:01"], Interface)


def test_more_device_words():
    devices = {d.key: d for d in sample("remove-device").devices()}
    assert devices["disk:vdb"].summary.english() == "Disk vdb (virtio) /dev/vg0/debian-data"
    assert devices["disk:vda"].summary.english() == "Disk vda (virtio) default/debian12-server.qcow2"
    assert (devices["disk:vda"].path, devices["disk:vda"].volume) == (
        None,
        ("default", "debian12-server.qcow2"),
    )
    assert (devices["disk:vdb"].path, devices["disk:vdb"].volume) == ("/dev/vg0/debian-data", None)
    assert devices["interface:52:54:00:1f:8a:03"].summary.english() == (
        "NIC 52:54:00:1f:8a:03 on bridge br0 (e1000e, link down)"
    )
    assert devices["hostdev:usb:046d:c52b"].kind is Kind.HOSTDEV
    assert devices["filesystem:share"].summary.english() == "Filesystem share (/srv/share)"
    assert devices["graphics:vnc"].summary.english() == "Display VNC (port 5901, on 127.0.0.1)"
    direct = sample("edit-memory-vcpus").find_device("interface:52:54:00:c4:51:0a")
    assert direct.summary.english() == (
        "NIC 52:54:00:c4:51:0a via macvtap on enp3s0 (bridge mode) (virtio)"
    )


def test_macs_of_the_nics():
    doc = sample("remove-device")
    assert interface_macs(doc) == ["52:54:00:1f:8a:02", "52:54:00:1f:8a:03"]


@pytest.mark.parametrize(
    "case", ["add-nic", "remove-device", "edit-memory-vcpus", "title-description", "eject-cdrom"]
)
def test_round_trip_changes_nothing(case):
    text = (DATA / f"domain-{case}-in.xml").read_text()
    assert canonical_xml(DomainDoc.from_string(text).to_string()) == canonical_xml(text)


def test_edits_keep_foreign_metadata_and_qemu_commandline():
    doc = sample("title-description")
    doc.title, doc.vcpus = "x", 2
    out = DomainDoc.from_string(doc.to_string())
    ns = {"k": "https://example.org/kvmgui/1", "q": "http://libvirt.org/schemas/domain/qemu/1.0"}
    assert out.node.xpath("metadata/k:notes/k:owner/text()", namespaces=ns) == ["alice"]
    assert out.node.xpath("q:commandline/q:arg/@value", namespaces=ns)[0] == "-fw_cfg"


def test_unknown_elements_survive_device_edits():
    doc = domain("<devices><futuregadget flux='on'/><disk device='disk'><target dev='vda'/>"
                 "<newfeature/></disk></devices>")
    doc.find_device("disk:vda").cache = "none"
    out = doc.to_string()
    assert "<futuregadget flux=" in out and "<newfeature/>" in out
    assert doc.find_device("futuregadget").kind is Kind.OTHER


def test_rejects_other_documents_and_entities():
    with pytest.raises(XMLParseError):
        DomainDoc.from_string("<network><name>x</name></network>")
    with pytest.raises(XMLParseError):
        DomainDoc.from_string('<!DOCTYPE d [<!ENTITY e "x">]><domain><name>&e;</name></domain>')
