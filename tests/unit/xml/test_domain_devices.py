"""Device builders, device edits and the pure checks behind the device pages."""

import uuid
from pathlib import Path

import libvirt
import pytest
from lxml import etree

from kvmgui.xml.base import validate_rng
from kvmgui.xml.device_specs import (
    ConsoleSpec,
    DiskSpec,
    NicSpec,
    RngSpec,
    SerialSpec,
    build_console,
    build_disk,
    build_interface,
    build_rng,
    build_serial,
    cdrom_bus,
    generate_mac,
    next_target_dev,
    validate_disk_bus,
    validate_disk_path,
    validate_disk_target,
    validate_mac,
    validate_mac_unique,
    validate_nic_model,
)
from kvmgui.xml.devices import Disk, Interface, describe, wrap_device
from kvmgui.xml.domain import (
    DomainDoc,
    interface_macs,
    validate_memory,
    validate_title_description,
    validate_vcpus,
)
from kvmgui.xml.newvm_build import domain_xml
from kvmgui.xml.newvm_spec import GENERIC_WINDOWS, NewVmSpec

DATA = Path(__file__).parents[2] / "data" / "xml"


@pytest.fixture
def conn():
    conn = libvirt.open("test:///default")
    yield conn
    conn.close()


@pytest.fixture
def doc(conn):
    """The test driver's own default domain, renamed so it can be defined next to it."""
    doc = DomainDoc.from_string(conn.lookupByName("test").XMLDesc(libvirt.VIR_DOMAIN_XML_INACTIVE))
    doc.name, doc.uuid = f"devices-{uuid.uuid4().hex[:8]}", None
    return doc


def define_and_read_back(conn, doc: DomainDoc) -> DomainDoc:
    xml = doc.to_string()
    assert validate_rng(xml, "domain") == []
    dom = conn.defineXML(xml)
    try:
        return DomainDoc.from_string(dom.XMLDesc(libvirt.VIR_DOMAIN_XML_INACTIVE))
    finally:
        dom.undefine()


def sample(case: str) -> DomainDoc:
    return DomainDoc.from_string((DATA / f"domain-{case}-in.xml").read_text())


# -- Builders --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("spec", "summary"),
    [
        (NicSpec(mac="52:54:00:00:00:01"), "NIC 52:54:00:00:00:01 on network default (virtio)"),
        (
            NicSpec("bridge", "br0", "e1000e", "52:54:00:00:00:02", link_up=False),
            "NIC 52:54:00:00:00:02 on bridge br0 (e1000e, link down)",
        ),
        (
            NicSpec("direct", "eth0", "rtl8139", "52:54:00:00:00:03", direct_mode="vepa"),
            "NIC 52:54:00:00:00:03 via macvtap on eth0 (vepa mode) (rtl8139)",
        ),
    ],
)
def test_built_nic_defines_with_its_settings(conn, doc, spec, summary):
    doc.add_device(build_interface(spec))
    back = define_and_read_back(conn, doc)
    nic = back.find_device(f"interface:{spec.mac}")
    assert nic.summary.english() == summary
    assert (nic.source_type, nic.source, nic.model) == (spec.source_type, spec.source, spec.model)


def test_nic_without_mac_gets_one_from_libvirt(conn, doc):
    doc.add_device(build_interface(NicSpec()))
    back = define_and_read_back(conn, doc)
    assert len(interface_macs(back)) == 2


def test_built_disks_cdrom_serial_console_rng_define(conn, doc):
    taken = doc.disk_targets()
    doc.add_device(build_disk(DiskSpec(path="/var/lib/libvirt/images/b.qcow2"), taken))
    doc.add_device(build_disk(DiskSpec(pool="default-pool", volume="c.img", format="raw"), ["vda", "vdb"]))
    doc.add_device(build_disk(DiskSpec(device="cdrom", bus="sata"), doc.disk_targets()))
    doc.add_device(build_serial(SerialSpec()))
    doc.add_device(build_console(ConsoleSpec()))
    doc.add_device(build_rng(RngSpec()))
    back = {d.key: d for d in define_and_read_back(conn, doc).devices()}
    assert back["disk:vdb"].summary.english() == "Disk vdb (virtio) /var/lib/libvirt/images/b.qcow2"
    assert back["disk:vdc"].summary.english() == "Disk vdc (virtio) default-pool/c.img"
    assert back["disk:vdc"].format == "raw"
    assert back["cdrom:sda"].summary.english() == "CD-ROM sda (sata) empty"
    assert back["cdrom:sda"].readonly
    assert {"serial:0", "console:0", "rng"} <= back.keys()
    assert back["rng"].summary.english() == "RNG (/dev/urandom, virtio)"


def test_disks_without_a_file_or_name_say_what_they_are(conn, doc):
    # They read as "empty": an NVMe namespace by PCI address, a network disk without a name.
    disks = [
        "<disk type='nvme' device='disk'><source type='pci' managed='yes' namespace='1'>"
        "<address domain='0x0000' bus='0x01' slot='0x00' function='0x0'/></source>"
        "<target dev='vdx' bus='virtio'/></disk>",
        "<disk type='network' device='disk'><driver name='qemu' type='raw'/>"
        "<source protocol='nbd'><host name='h' port='10809'/></source>"
        "<target dev='vdy' bus='virtio'/></disk>",
        "<disk type='network' device='disk'><driver name='qemu' type='raw'/>"
        "<source protocol='nbd'><host transport='unix' socket='/run/nbd.sock'/></source>"
        "<target dev='vdz' bus='virtio'/></disk>",
        "<disk type='network' device='disk'><driver name='qemu' type='raw'/>"
        "<source protocol='nbd'><host name='fd00::5'/></source>"
        "<target dev='vdw' bus='virtio'/></disk>",
    ]
    for xml in disks:
        doc.add_device(etree.fromstring(xml))
    back = {d.key: d for d in define_and_read_back(conn, doc).devices()}
    assert back["disk:vdx"].summary.english() == "Disk vdx (virtio) nvme://0000:01:00.0/1"
    assert back["disk:vdy"].summary.english() == "Disk vdy (virtio) nbd://h:10809"
    assert back["disk:vdz"].summary.english() == "Disk vdz (virtio) nbd+unix:///?socket=/run/nbd.sock"
    # libvirt adds the port
    assert back["disk:vdw"].summary.english() == "Disk vdw (virtio) nbd://[fd00::5]:10809"
    assert back["disk:vdx"].path is None and back["disk:vdy"].path is None


def test_removing_the_console_of_a_serial_port_removes_the_port(conn, doc):
    # libvirt gives an HVM guest's first serial port a <console> copy of it, and makes a new
    # one at define time while the port is there: the console and the port go together.
    doc.add_device(build_serial(SerialSpec()))
    doc.add_device(build_console(ConsoleSpec()))
    doc = define_and_read_back(conn, doc)
    doc.remove_device("console:0")
    assert not {"serial:0", "console:0"} & {d.key for d in define_and_read_back(conn, doc).devices()}


def test_built_disk_xml():
    disk = build_disk(DiskSpec(path="/img/a.qcow2", bus="scsi", readonly=True), ["sda"])
    assert etree.tostring(disk, encoding="unicode") == (
        '<disk type="file" device="disk"><driver name="qemu" type="qcow2"/>'
        '<source file="/img/a.qcow2"/><target dev="sdb" bus="scsi"/><readonly/></disk>'
    )
    assert describe(disk).english() == "Disk sdb (scsi) /img/a.qcow2"


@pytest.mark.parametrize(
    ("bus", "taken", "dev"),
    [
        ("virtio", [], "vda"),
        ("virtio", ["vda", "vdb", "sda"], "vdc"),
        ("sata", ["vda", "sda"], "sdb"),
        ("scsi", ["sda", "sdb"], "sdc"),  # sata, scsi and usb share the sd names
        ("ide", ["hda"], "hdb"),
        ("virtio", [f"vd{chr(c)}" for c in range(ord("a"), ord("z") + 1)], "vdaa"),
    ],
)
def test_target_dev_follows_the_bus_prefix(bus, taken, dev):
    assert next_target_dev(bus, taken) == dev


@pytest.mark.parametrize(
    "spec",
    [
        DiskSpec(),
        DiskSpec(path="/a", pool="p", volume="v"),
        DiskSpec(pool="p"),
    ],
)
def test_inconsistent_disk_specs_are_refused(spec):
    with pytest.raises(ValueError, match=r"a (disk|pool volume)"):
        build_disk(spec)


# -- Editing devices ---------------------------------------------------------------------------


def test_edit_nic(conn, doc):
    nic = doc.find_device("interface:aa:bb:cc:dd:ee:ff")
    nic.set_source("bridge", "br1")
    nic.model = "e1000e"
    nic.link_up = False
    nic.mac = "52:54:00:aa:00:01"
    back = define_and_read_back(conn, doc).find_device("interface:52:54:00:aa:00:01")
    assert back.summary.english() == "NIC 52:54:00:aa:00:01 on bridge br1 (e1000e, link down)"
    back.link_up = True
    back.source = "br2"
    assert back.summary.english() == "NIC 52:54:00:aa:00:01 on bridge br2 (e1000e)"


def test_a_nic_source_edit_keeps_what_kvmgui_does_not_model():
    nic = Interface(etree.fromstring(
        "<interface type='direct'><mac address='52:54:00:00:00:01'/>"
        "<source dev='eth0' mode='vepa' extra='kept'><reconnect enabled='yes' timeout='5'/></source>"
        "</interface>"), "interface:52:54:00:00:00:01")
    nic.source = "eth1"
    source = nic.node.find("source")
    assert (source.get("dev"), source.get("mode"), source.get("extra")) == ("eth1", "vepa", "kept")
    assert source.find("reconnect") is not None
    nic.set_source("direct", "eth1", "passthrough")
    assert (nic.direct_mode, source.get("extra")) == ("passthrough", "kept")
    net = Interface(etree.fromstring(
        "<interface type='network'><source network='default' portgroup='web'/></interface>"), "")
    net.source = "default"
    assert dict(net.node.find("source").attrib) == {"network": "default", "portgroup": "web"}
    # Another network: the portgroup was the old one's, the new one may have none so named.
    net.source = "lan"
    assert dict(net.node.find("source").attrib) == {"network": "lan"}
    # Another type: the old one's attributes (a network's portgroup) mean nothing there.
    net.set_source("bridge", "br0")
    assert dict(net.node.find("source").attrib) == {"bridge": "br0"}


def test_a_macvtap_nic_without_a_mode_keeps_libvirts_default_when_moved():
    """It got mode 'bridge' when moved to another host device: libvirt's default is VEPA."""
    nic = Interface(etree.fromstring("<interface type='direct'><source dev='eth0'/></interface>"), "")
    assert nic.summary.english() == "NIC via macvtap on eth0 (vepa mode)"
    nic.source = "eth1"
    assert nic.summary.english() == "NIC via macvtap on eth1 (vepa mode)"


def test_nic_link_up_without_link_element_adds_nothing():
    doc = sample("add-nic")
    nic = doc.find_device("interface:52:54:00:6b:3c:01")
    nic.link_up = True
    assert nic.node.find("link") is None


def test_edit_disk_source_cache_readonly_and_bus(conn, doc):
    disk = doc.find_device("disk:vda")
    disk.set_volume("default-pool", "big.img")
    disk.cache, disk.readonly = "writeback", True
    new_key = doc.set_disk_bus("disk:vda", "sata")
    assert new_key == "disk:sda"
    assert doc.find_device("disk:sda").node.find("address") is None  # the PCI address went
    back = define_and_read_back(conn, doc).find_device("disk:sda")
    assert back.summary.english() == "Disk sda (sata) default-pool/big.img"
    assert (back.cache, back.readonly) == ("writeback", True)
    back.set_block("/dev/sdz")
    back.readonly = False
    assert (back.source_type, back.source, back.readonly) == ("block", "/dev/sdz", False)


def test_new_media_keeps_the_drives_startup_policy():
    """A CD-ROM's startupPolicy ('optional': the VM starts without its image) went with
    the old image's <source>; it is the drive's, not the image's."""
    cdrom = Disk(etree.fromstring(
        "<disk type='file' device='cdrom'><source file='/isos/a.iso' startupPolicy='optional'>"
        "<seclabel model='dac' relabel='no'/></source><target dev='sda' bus='sata'/></disk>"), "cdrom:sda")
    cdrom.insert("/dev/sr0", block=True)
    source = cdrom.node.find("source")
    assert dict(source.attrib) == {"dev": "/dev/sr0", "startupPolicy": "optional"}
    assert source.find("seclabel") is None  # the old image's


def test_ejecting_keeps_the_drives_startup_policy_for_the_next_media():
    """Eject took the whole <source>, startupPolicy with it (libvirt keeps an empty
    drive's <source startupPolicy='optional'/>): the next image lost it."""
    cdrom = Disk(etree.fromstring(
        "<disk type='file' device='cdrom'><source file='/isos/a.iso' startupPolicy='optional'>"
        "<seclabel model='dac' relabel='no'/></source><backingStore/>"
        "<target dev='sda' bus='sata'/></disk>"), "cdrom:sda")
    cdrom.eject()
    assert cdrom.source is None and cdrom.summary.english() == "CD-ROM sda (sata) empty"
    assert [dict(s.attrib) for s in cdrom.node.findall("source")] == [{"startupPolicy": "optional"}]
    assert cdrom.node.find("backingStore") is None
    cdrom.insert("/isos/b.iso")
    assert dict(cdrom.node.find("source").attrib) == {"file": "/isos/b.iso", "startupPolicy": "optional"}


def test_eject_and_insert_media():
    doc = sample("add-nic")
    cdrom = doc.find_device("cdrom:sda")
    cdrom.eject()
    assert (cdrom.source, cdrom.summary.english()) == (None, "CD-ROM sda (sata) empty")
    cdrom.insert("/isos/new.iso")
    assert cdrom.summary.english() == "CD-ROM sda (sata) /isos/new.iso"
    with pytest.raises(ValueError, match="not a removable"):
        doc.find_device("disk:vda").eject()


def test_add_device_goes_next_to_its_kind_and_remove_by_key():
    doc = sample("add-nic")
    nic = doc.add_device(build_interface(NicSpec(mac="52:54:00:00:00:09")))
    tags = [d.node.tag for d in doc.devices()]
    first = tags.index("interface")
    assert tags[first : first + 3] == ["interface", "interface", "serial"]
    assert nic.key == "interface:52:54:00:00:00:09"
    removed = doc.remove_device(nic.key)
    assert removed.node is nic.node and doc.find_device(nic.key) is None
    with pytest.raises(KeyError):
        doc.remove_device("interface:52:54:00:00:00:09")


def test_boot_order_per_device_replaces_os_boot():
    doc = sample("add-nic")
    doc.set_boot_order(["cdrom:sda", "disk:vda"])
    assert doc.boot_devices == [] and doc.boot_order_keys() == ["cdrom:sda", "disk:vda"]
    doc.set_boot_order(["disk:vda"])
    assert doc.boot_order_keys() == ["disk:vda"]
    assert validate_rng(doc.to_string(), "domain") == []


def test_boot_devices_kernel_and_boot_menu_edits():
    doc = sample("remove-device")
    doc.boot_devices = ["cdrom", "hd"]
    doc.boot_menu = False
    doc.kernel, doc.initrd, doc.cmdline = "/boot/vmlinuz", "/boot/initrd", "console=ttyS0"
    os_tags = [el.tag for el in doc.node.find("os")]
    assert os_tags == ["type", "kernel", "initrd", "cmdline", "boot", "boot", "bootmenu"]
    assert (doc.boot_devices, doc.boot_menu) == (["cdrom", "hd"], False)
    doc.kernel = doc.initrd = doc.cmdline = None
    assert doc.node.find("os/kernel") is None and doc.kernel is None
    assert validate_rng(doc.to_string(), "domain") == []


def test_lowering_max_vcpus_drops_a_larger_current_and_fixes_topology():
    doc = sample("remove-device")  # topology 1 socket x 2 cores
    doc.vcpus = 1
    doc.max_vcpus = 3  # one socket stays one (Windows uses at most two): 3 cores
    topo = doc.node.find("cpu/topology")
    assert (topo.get("sockets"), topo.get("cores"), topo.get("dies")) == ("1", "3", "1")
    assert (doc.vcpus, doc.max_vcpus) == (1, 3)
    doc.max_vcpus = 1
    assert doc.node.find("vcpu").get("current") is None
    assert validate_rng(doc.to_string(), "domain") == []


def test_a_single_socket_topology_stays_one_socket():
    """Windows client editions use at most two sockets (Home one): a new Windows VM's
    one socket (newvm_build) given 3 or 8 vCPUs in the customise or details window stays
    one socket, whose cores (and threads, where they divide) hold them."""
    doc = DomainDoc.from_string(domain_xml(NewVmSpec(name="win", os=GENERIC_WINDOWS, vcpus=2)))
    topo = doc.node.find("cpu/topology")
    doc.max_vcpus = 3
    assert (topo.get("sockets"), topo.get("cores"), topo.get("threads")) == ("1", "3", "1")
    topo.set("threads", "2")
    topo.set("cores", "1")
    doc.max_vcpus = 8
    assert (topo.get("sockets"), topo.get("cores"), topo.get("threads")) == ("1", "4", "2")
    doc.max_vcpus = 3  # threads of 2 do not divide 3: one socket of 3 cores of 1 thread
    assert (topo.get("sockets"), topo.get("cores"), topo.get("threads")) == ("1", "3", "1")
    assert validate_rng(doc.to_string(), "domain") == []


def test_sockets_never_grow_with_the_vcpus():
    """2 sockets of 2 cores given 6 vCPUs became 3 sockets, and given 5, 5 sockets of one
    core: a Windows client edition (two sockets at most) then used 4 of 6, or 2 of 5.
    The sockets stay where they divide the count, else the most that do; cores (and
    threads, where they divide) take the rest."""
    doc = sample("edit-memory-vcpus")  # 2 sockets x 1 die x 2 cores x 1 thread
    topo = doc.node.find("cpu/topology")

    def shape():
        return tuple(int(topo.get(a)) for a in ("sockets", "dies", "cores", "threads"))

    for count, expected in [(6, (2, 1, 3, 1)), (8, (2, 1, 4, 1)), (5, (1, 1, 5, 1)), (2, (2, 1, 1, 1)),
                            (1, (1, 1, 1, 1))]:
        topo.attrib.update({"sockets": "2", "dies": "1", "cores": "2", "threads": "1"})
        doc.max_vcpus = count
        assert shape() == expected, count
    topo.attrib.update({"sockets": "4", "dies": "1", "cores": "1", "threads": "2"})  # 8 vCPUs
    doc.max_vcpus = 12
    assert shape() == (4, 1, 3, 1)  # threads of 2 do not divide 3 per socket
    doc.max_vcpus = 16
    assert shape() == (4, 1, 4, 1)
    topo.set("threads", "2")
    topo.set("cores", "2")
    doc.max_vcpus = 6  # the most sockets dividing 6 but no more than 4: 3, of 2 threads each
    assert shape() == (3, 1, 1, 2)
    assert validate_rng(doc.to_string(), "domain") == []


# -- Checks ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("mac", "message"),
    [
        ("52:54:00:12:34:56", None),
        ("52:54:00:AB:CD:EF", None),
        ("52:54:00:12:34", "'52:54:00:12:34' is not a MAC address (expected six hex pairs"),
        ("52-54-00-12-34-56", "'52-54-00-12-34-56' is not a MAC address"),
        ("52:54:00:12:34:zz", "is not a MAC address"),
        ("01:00:5e:00:00:01", "01:00:5e:00:00:01 is a multicast address; a NIC needs a unicast"),
        ("ff:ff:ff:ff:ff:ff", "is a multicast address"),
        # QEMU gives a NIC without an address one of its own: the same on every VM.
        ("00:00:00:00:00:00", "00:00:00:00:00:00 cannot be a NIC's address: QEMU would use"),
    ],
)
def test_validate_mac(mac, message):
    result = validate_mac(mac)
    assert result == message if message is None else message in result.english()


def test_duplicate_mac_on_the_vm():
    macs = interface_macs(sample("remove-device"))
    assert validate_mac_unique("52:54:00:1F:8A:02", macs).english() == (
        "MAC address 52:54:00:1f:8a:02 is already used by another NIC of this VM"
    )
    assert validate_mac_unique("52:54:00:1f:8a:09", macs) is None


def test_generate_mac_is_in_qemus_range_and_avoids_existing():
    draws = iter([0x123456, 0x123456, 0xABCDEF])
    mac = generate_mac(["52:54:00:12:34:56"], randbits=lambda _bits: next(draws))
    assert mac == "52:54:00:ab:cd:ef"
    for _ in range(50):
        fresh = generate_mac()
        assert fresh.startswith("52:54:00:") and validate_mac(fresh) is None


def test_memory_and_vcpu_limits():
    assert validate_memory(2048, 4096) is None
    assert validate_memory(4096, 4096) is None
    assert validate_memory(6144, 4096).english() == (
        "Current memory (6 MiB) cannot exceed maximum memory (4 MiB)"
    )
    assert validate_memory(0, 4096).english() == "Memory must be more than 0"
    assert validate_vcpus(2, 4) is None
    assert validate_vcpus(5, 4).english() == "Current vCPUs (5) cannot exceed maximum vCPUs (4)"
    assert validate_vcpus(0, 4).english() == "A VM needs at least one vCPU"


def test_disk_checks():
    taken = sample("remove-device").disk_targets()
    assert taken == ["vda", "vdb"]
    assert validate_disk_target("vdb", taken).english() == (
        "Target vdb is already used by another disk of this VM"
    )
    assert validate_disk_target("vdc", taken) is None
    assert validate_disk_path("/img/a.qcow2", exists=lambda p: p == "/img/a.qcow2") is None
    assert validate_disk_path("/img/b.qcow2", exists=lambda p: False).english() == (
        "/img/b.qcow2 does not exist"
    )
    assert validate_disk_path("", exists=lambda p: True).english() == "Choose a disk image"
    assert validate_disk_bus("cdrom", "virtio").english() == (
        "A CD-ROM cannot use the virtio bus; choose SATA or SCSI"
    )
    assert validate_disk_bus("cdrom", "sata") is None
    q35 = "The VM's q35 chipset has no IDE bus; choose SATA or SCSI"
    assert validate_disk_bus("cdrom", "ide", "pc-q35-8.2").english() == q35
    assert validate_disk_bus("disk", "ide", "q35").english() == q35
    assert validate_disk_bus("cdrom", "ide", "pc-i440fx-8.2") is None
    assert validate_disk_bus("cdrom", "ide") is None  # machine not known: libvirt says
    assert validate_disk_bus("cdrom", "sata", "q35") is None
    # No IDE on ARM's virt, POWER, s390 (by the name when the host does not say).
    assert validate_disk_bus("cdrom", "ide", "virt").english() == (
        "The VM's machine type (virt) has no ide bus; choose scsi")
    assert validate_disk_bus("disk", "ide", "pseries-9.0").english() == (
        "The VM's machine type (pseries-9.0) has no ide bus; choose virtio, scsi")
    assert validate_disk_bus("disk", "sata", "virt-9.0") is None  # libvirt says
    # The host's domain capabilities decide when known; a bus we do not offer stays.
    aarch64 = ("scsi", "virtio", "usb", "sata", "nvme")
    assert validate_disk_bus("cdrom", "ide", "virt-9.0", aarch64).english() == (
        "The VM's machine type (virt-9.0) has no ide bus; choose sata, scsi, usb")
    assert validate_disk_bus("disk", "ide", "", aarch64).english() == (
        "The VM's machine type has no ide bus; choose virtio, sata, scsi, usb")
    assert validate_disk_bus("disk", "ide", "virt", ("ide", "virtio")) is None
    assert validate_disk_bus("floppy", "fdc", "virt", aarch64) is None


def test_s390_machines_have_no_sata_or_usb_disks_by_their_name():
    """Without the host's word only IDE was known missing there: a SATA or USB disk went
    to libvirt, which refused it after the round trip."""
    assert validate_disk_bus("disk", "sata", "s390-ccw-virtio-9.0").english() == (
        "The VM's machine type (s390-ccw-virtio-9.0) has no sata bus; choose virtio, scsi")
    assert validate_disk_bus("cdrom", "usb", "s390-ccw-virtio").english() == (
        "The VM's machine type (s390-ccw-virtio) has no usb bus; choose scsi")
    assert validate_disk_bus("disk", "scsi", "s390-ccw-virtio") is None
    assert validate_disk_bus("disk", "usb", "pseries-9.0") is None  # POWER has USB


@pytest.mark.parametrize(("title", "description", "refused"), [
    ("Web\x01server", "", "title"),
    ("Web\nserver", "", "title"),  # libvirt: "metadata title can't contain newlines"
    ("Web", "a\x00b", "description"),
    ("Web", "a\ufffeb", "description"),
    ("Web\tserver \u00e9\U0001f600", "two\nlines\twith\r\ntabs\x7f", None),
])
def test_title_and_description_checks(title, description, refused):
    problem = validate_title_description(title, description)
    assert (problem.english().split()[1] if problem else None) == refused
    if refused is None:  # what passes, lxml writes
        doc = DomainDoc.from_string("<domain type='kvm'><name>t</name></domain>")
        doc.title, doc.description = title, description
        assert (doc.title, doc.description) == (title, description)



@pytest.mark.parametrize(("forwards", "reached"), [
    ("", None),
    ("<portForward proto='tcp'><range start='2222' to='22'/></portForward>", ("", 2222)),
    ("<portForward proto='tcp'><range start='22'/></portForward>", ("", 22)),
    ("<portForward proto='udp'><range start='2222' to='22'/></portForward>", None),
    ("<portForward proto='tcp' address='127.0.0.1'><range start='2020' end='2030' to='20'/>"
     "</portForward>", ("127.0.0.1", 2022)),
    ("<portForward proto='tcp'><range start='2020' end='2030' to='20'/>"
     "<range start='2022' exclude='yes'/></portForward>", None),
    ("<portForward proto='tcp'><range start='x' to='22'/></portForward>", None),
])
def test_the_host_port_forwarded_to_a_user_mode_guests_port(forwards, reached):
    from kvmgui.xml.devices import Interface

    nic = Interface(etree.fromstring(
        f"<interface type='user'><backend type='passt'/>{forwards}</interface>"), "interface:x")
    assert nic.host_port_to(22) == reached


def test_an_s390_machine_takes_only_virtio_nics():
    assert validate_nic_model("virtio", "s390-ccw-virtio-8.2", "s390x") is None
    assert validate_nic_model("", "s390-ccw-virtio-8.2", "s390x") is None  # libvirt's default
    assert validate_nic_model("e1000e", "s390-ccw-virtio-8.2").english() == (
        "The VM's machine type (s390-ccw-virtio-8.2) takes only virtio network interfaces")
    assert validate_nic_model("rtl8139", "", "s390x").english() == (
        "The VM's s390 machine takes only virtio network interfaces")
    # PCI machines have them (ARM's and RISC-V's virt, POWER, x86).
    for machine, arch in (("virt-8.2", "aarch64"), ("pseries-8.2", "ppc64le"), ("pc-q35-8.2", "x86_64")):
        assert validate_nic_model("rtl8139", machine, arch) is None


def test_a_cdrom_bus_is_one_the_machine_has():
    assert cdrom_bus("pc-q35-8.2") == "sata"
    assert cdrom_bus("s390-ccw-virtio-8.2") == "scsi"  # by the name: no SATA on s390
    assert cdrom_bus("", ("scsi", "virtio")) == "scsi"  # as the host says
    assert cdrom_bus("s390-ccw-virtio-8.2", ("sata", "scsi")) == "sata"


def test_a_virtio_console_is_told_from_the_serial_one_of_the_same_port():
    """libvirt numbers virtio consoles apart from the serial one: both can be port 0, and
    the device list (and a screen reader) read two "Console 0" entries."""
    serial = etree.fromstring("<console type='pty'><target type='serial' port='0'/></console>")
    virtio = etree.fromstring("<console type='pty'><target type='virtio' port='0'/></console>")
    bare = etree.fromstring("<console type='pty'/>")
    titles = [wrap_device(element, "").title.english() for element in (serial, virtio, bare)]
    assert titles == ["Console 0", "Virtio console 0", "Console"]
