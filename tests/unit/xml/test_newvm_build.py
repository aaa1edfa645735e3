"""The new-VM builder: golden files (tests/data/xml/newvm-<case>-out.xml, see golden.py to
regenerate), libvirt's domain schema, libvirt's own parser (test driver), and the device
choices that follow the OS."""

from __future__ import annotations

from dataclasses import replace

import libvirt
import pytest
from lxml import etree

from kvmgui.xml.base import SCHEMA_DIR, parse_xml, validate_rng
from kvmgui.xml.newvm_build import (
    build_domain,
    disk_volume_xml,
    domain_xml,
    machine_type,
    seed_volume_xml,
)
from kvmgui.xml.newvm_spec import (
    GENERIC_LINUX,
    GENERIC_WINDOWS,
    GIB,
    CpuMode,
    DomainType,
    Firmware,
    FirmwareSpec,
    GraphicsType,
    InstallMethod,
    NetworkKind,
    NewVmSpec,
    StorageKind,
    apply_os_defaults,
)
from tests.unit.xml.golden import check_golden
from tests.unit.xml.newvm_cases import CASES, FREEBSD, UBUNTU, WIN11

needs_schemas = pytest.mark.skipif(not SCHEMA_DIR.is_dir(), reason="libvirt schemas not installed")


@pytest.fixture(scope="module")
def test_conn():
    conn = libvirt.open("test:///default")
    yield conn
    conn.close()


@pytest.mark.parametrize("case", sorted(CASES))
def test_golden(case):
    check_golden(f"newvm-{case}-out.xml", domain_xml(CASES[case]()))


@needs_schemas
@pytest.mark.parametrize("case", sorted(CASES))
def test_matches_libvirt_schema(case):
    assert validate_rng(domain_xml(CASES[case]()), "domain") == []


def _devices(xml: str) -> list[tuple[str, str | None, str | None]]:
    root = parse_xml(xml)
    return sorted(
        (dev.tag, dev.get("type") or dev.get("model"), dev.get("device"))
        for dev in root.find("devices")
        if dev.tag not in ("controller", "emulator")  # libvirt adds controllers
    )


@pytest.mark.parametrize("case", sorted(CASES))
def test_defines_on_test_driver(case, test_conn):
    xml = domain_xml(CASES[case]())
    dom = test_conn.defineXMLFlags(xml, libvirt.VIR_DOMAIN_DEFINE_VALIDATE)
    try:
        back = dom.XMLDesc(libvirt.VIR_DOMAIN_XML_INACTIVE)
        ours = parse_xml(xml)
        theirs = parse_xml(back)
        assert theirs.findtext("name") == ours.findtext("name")
        assert theirs.find("os/type").get("machine") == ours.find("os/type").get("machine")
        assert theirs.find("os").get("firmware") == ours.find("os").get("firmware")
        assert theirs.findtext("os/kernel") == ours.findtext("os/kernel")
        assert _devices(back) == _devices(xml)
    finally:
        dom.undefine()


def _spec(**kwargs) -> NewVmSpec:
    spec = NewVmSpec(name="vm")
    for key, value in kwargs.items():
        setattr(spec, key, value)
    return spec


def test_devices_follow_a_virtio_os():
    root = build_domain(_spec(os=UBUNTU))
    assert root.find("os/type").get("machine") == "q35"
    assert root.find("devices/disk[@device='disk']/target").get("bus") == "virtio"
    assert root.find("devices/interface/model").get("type") == "virtio"
    assert root.find("devices/rng").get("model") == "virtio"
    assert root.find("devices/memballoon").get("model") == "virtio"
    assert root.find("devices/channel/target").get("name") == "org.qemu.guest_agent.0"
    assert root.find("devices/tpm") is None


def test_devices_follow_an_os_without_virtio():
    root = build_domain(_spec(os=WIN11))
    assert root.find("devices/disk[@device='disk']/target").attrib == {"dev": "sda", "bus": "sata"}
    assert root.find("devices/interface/model").get("type") == "e1000e"
    assert root.find("devices/rng") is None
    assert root.find("devices/memballoon").get("model") == "none"
    assert root.find("devices/channel") is None
    tpm = root.find("devices/tpm")
    assert tpm.get("model") == "tpm-crb"
    assert tpm.find("backend").attrib == {"type": "emulator", "version": "2.0"}
    assert root.find("clock").get("offset") == "localtime"


def test_i440fx_for_an_os_without_q35():
    spec = _spec(os=FREEBSD)
    assert machine_type(spec) == "pc"
    root = build_domain(spec)
    assert root.find("devices/disk/target").get("bus") == "virtio"  # FreeBSD has virtio, legacy only
    old = _spec(os=replace(FREEBSD, virtio_disk=False, virtio_net=False))
    root = build_domain(old)
    assert root.find("devices/disk/target").attrib == {"dev": "hda", "bus": "ide"}
    assert root.find("devices/interface/model").get("type") == "e1000"


def test_explicit_machine_and_other_arches():
    assert machine_type(_spec(machine="pc-q35-7.2")) == "pc-q35-7.2"
    spec = _spec(arch="aarch64")
    assert machine_type(spec) == "virt"
    root = build_domain(spec)
    assert root.find("features") is None  # acpi/apic are x86 words
    assert root.find("pm") is None


def test_kvm_gets_host_cpu_and_tcg_does_not():
    assert build_domain(_spec()).find("cpu").attrib == {
        "mode": "host-passthrough",
        "check": "none",
        "migratable": "on",
    }
    assert build_domain(_spec(domain_type=DomainType.QEMU)).find("cpu") is None
    assert build_domain(_spec(cpu=CpuMode.HOST_MODEL)).find("cpu").attrib == {
        "mode": "host-model",
        "check": "none",
    }
    assert build_domain(_spec(cpu=CpuMode.DEFAULT)).find("cpu") is None


def test_windows_gets_its_vcpus_as_cores_of_one_socket(test_conn):
    """Without a topology libvirt starts QEMU with one socket per vCPU; Windows client
    editions use at most two sockets (Home one): 4 vCPUs would show as 2 in the guest."""
    for cpu, kind in ((CpuMode.HOST_PASSTHROUGH, DomainType.KVM), (CpuMode.DEFAULT, DomainType.KVM),
                      (CpuMode.HOST_PASSTHROUGH, DomainType.QEMU)):
        spec = _spec(os=GENERIC_WINDOWS, vcpus=4, cpu=cpu, domain_type=kind)
        xml = domain_xml(spec)
        topology = parse_xml(xml).find("cpu/topology")
        assert topology is not None, xml
        assert (topology.get("sockets"), topology.get("cores"), topology.get("threads")) == ("1", "4", "1")
        assert validate_rng(xml, "domain") == []
        dom = test_conn.defineXMLFlags(xml, libvirt.VIR_DOMAIN_DEFINE_VALIDATE)
        try:
            back = parse_xml(dom.XMLDesc(libvirt.VIR_DOMAIN_XML_INACTIVE)).find("cpu/topology")
            assert (back.get("sockets"), back.get("cores")) == ("1", "4")
        finally:
            dom.undefine()
    # The guest CPU itself is as before: the host's under KVM, QEMU's default otherwise.
    assert build_domain(_spec(os=GENERIC_WINDOWS, cpu=CpuMode.DEFAULT)).find("cpu").get("mode") is None
    assert build_domain(_spec(os=GENERIC_WINDOWS)).find("cpu").get("mode") == "host-passthrough"
    assert build_domain(_spec(os=GENERIC_LINUX, vcpus=4)).find("cpu/topology") is None


def test_graphics_listen_on_localhost_by_default():
    gfx = build_domain(_spec()).find("devices/graphics")
    assert gfx.get("type") == "vnc"
    assert gfx.find("listen").attrib == {"type": "address", "address": "127.0.0.1"}
    none = build_domain(_spec(graphics=replace_graphics(GraphicsType.NONE)))
    assert none.find("devices/graphics") is None
    assert none.find("devices/input") is None
    assert none.find("devices/console/target").get("type") == "serial"


def replace_graphics(kind):
    from kvmgui.xml.newvm_spec import GraphicsSpec

    return GraphicsSpec(kind)


def test_boot_order_by_install_method():
    def boots(spec):
        return [b.get("dev") for b in build_domain(spec).iterfind("os/boot")]

    spec = _spec()
    spec.install.method = InstallMethod.ISO_FILE
    assert boots(spec) == ["hd", "cdrom"]
    spec.install.method = InstallMethod.PXE
    assert boots(spec) == ["hd", "network"]
    spec.storage.kind = StorageKind.NONE
    assert boots(spec) == ["network"]
    spec.install.method = InstallMethod.KERNEL
    spec.install.kernel = "/k"
    assert boots(spec) == []
    assert build_domain(spec).findtext("os/kernel") == "/k"


def test_uefi_auto_selection_states_secure_boot_either_way():
    spec = _spec()
    spec.firmware.kind = Firmware.UEFI
    root = build_domain(spec)
    assert root.find("os").get("firmware") == "efi"
    features = {f.get("name"): f.get("enabled") for f in root.iterfind("os/firmware/feature")}
    assert features == {"secure-boot": "no", "enrolled-keys": "no"}
    assert root.find("features/smm") is None
    spec.firmware.secure_boot = True
    root = build_domain(spec)
    assert {f.get("enabled") for f in root.iterfind("os/firmware/feature")} == {"yes"}
    assert root.find("features/smm").get("state") == "on"


def test_cloud_init_seed_is_a_cdrom_volume():
    spec = _spec()
    spec.install.method = InstallMethod.IMPORT_DISK
    spec.cloud_init.enabled = True
    seed = build_domain(spec).find("devices/disk[@device='cdrom']")
    assert seed.find("source").attrib == {"pool": "default", "volume": "vm-cidata.iso"}
    assert seed.find("readonly") is not None
    spec.cloud_init.enabled = False
    assert build_domain(spec).find("devices/disk[@device='cdrom']") is None


def test_media_not_chosen_yet_is_an_empty_drive():
    spec = _spec()
    assert spec.install.method is InstallMethod.ISO_FILE and not spec.install.iso_path
    cdrom = build_domain(spec).find("devices/disk[@device='cdrom']")
    assert cdrom.find("source") is None
    assert validate_rng(domain_xml(spec), "domain") == []


def test_nic_kinds_and_mac():
    spec = _spec()
    spec.network.kind, spec.network.source, spec.network.mac = (
        NetworkKind.MACVTAP,
        "eno1",
        "52:54:00:AA:BB:CC",
    )
    nic = build_domain(spec).find("devices/interface")
    assert nic.get("type") == "direct"
    assert nic.find("source").attrib == {"dev": "eno1", "mode": "bridge"}
    assert nic.find("mac").get("address") == "52:54:00:aa:bb:cc"
    spec.network.kind = NetworkKind.NONE
    assert build_domain(spec).find("devices/interface") is None


def test_libosinfo_metadata_only_for_known_oses():
    assert build_domain(_spec(os=GENERIC_LINUX)).find("metadata") is None
    meta = build_domain(_spec(os=WIN11)).find("metadata")
    os_el = meta.find(
        "{http://libosinfo.org/xmlns/libvirt/domain/1.0}libosinfo/"
        "{http://libosinfo.org/xmlns/libvirt/domain/1.0}os"
    )
    assert os_el.get("id") == "http://microsoft.com/win/11"


def test_apply_os_defaults():
    spec = NewVmSpec(name="x")
    apply_os_defaults(spec, WIN11)
    assert (spec.memory_mib, spec.vcpus) == (4096, 2)
    assert spec.firmware.kind is Firmware.UEFI and spec.firmware.secure_boot
    apply_os_defaults(spec, GENERIC_WINDOWS)
    assert spec.storage.capacity_bytes == 64 * GIB


def test_the_firmware_follows_the_os_unless_kept():
    spec = NewVmSpec(name="x")
    apply_os_defaults(spec, WIN11)
    apply_os_defaults(spec, GENERIC_WINDOWS)  # boots with BIOS: Windows 11's UEFI does not stay
    assert (spec.firmware.kind, spec.firmware.secure_boot) == (Firmware.BIOS, False)
    spec.firmware.kind, spec.firmware.secure_boot = Firmware.UEFI, True  # chosen by hand
    apply_os_defaults(spec, GENERIC_WINDOWS, keep_firmware=True)
    assert (spec.firmware.kind, spec.firmware.secure_boot) == (Firmware.UEFI, True)
    spec.firmware = FirmwareSpec()
    apply_os_defaults(spec, WIN11, keep_firmware=True)
    assert spec.firmware == FirmwareSpec()


def test_cloud_image_disk_is_an_overlay_at_least_as_large_as_its_base():
    spec = CASES["cloud-image-linux"]()
    spec.storage.format = "raw"  # an overlay is qcow2 whatever was chosen
    vol = etree.fromstring(disk_volume_xml(spec, "/var/lib/libvirt/images/jammy.img", 30 * GIB))
    assert vol.find("target/format").get("type") == "qcow2"
    assert vol.findtext("capacity") == str(30 * GIB)
    assert vol.findtext("backingStore/path") == "/var/lib/libvirt/images/jammy.img"
    seed = etree.fromstring(seed_volume_xml(spec, 364544))
    assert (seed.findtext("name"), seed.findtext("capacity")) == ("cloud-cidata.iso", "364544")


@needs_schemas
def test_volume_xml_matches_libvirt_schema():
    spec = CASES["cloud-image-linux"]()
    assert validate_rng(disk_volume_xml(spec, "/img/base.qcow2", GIB), "storagevol") == []
    assert validate_rng(seed_volume_xml(spec, 2048), "storagevol") == []


def test_the_cloud_init_user_is_kept_for_ssh():
    # Cloud-init locks root and makes this user: the details window offers SSH as it.
    from kvmgui.xml.domain import DomainDoc

    def login(spec):
        return DomainDoc.from_string(domain_xml(spec)).login_user

    typed = CASES["cloud-image-linux"]()
    assert login(typed) == "alice"
    typed.cloud_init.user = ""  # the image's own user, as cloud-init makes it then
    assert login(typed) == "ubuntu"
    typed.install.method = InstallMethod.ISO_FILE  # no cloud-init: no user made
    assert login(typed) == ""
