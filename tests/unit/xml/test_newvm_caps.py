"""Host and domain capabilities parsers, on real libvirt 9.0 / QEMU 7.2 output
(tests/data/caps) and on the test driver's capabilities."""

from __future__ import annotations

from pathlib import Path

import libvirt
import pytest

from kvmgui.xml.base import XMLParseError
from kvmgui.xml.capabilities import parse_capabilities
from kvmgui.xml.domcaps import parse_domain_capabilities

CAPS = Path(__file__).resolve().parents[2] / "data" / "caps"


def read(name: str) -> str:
    return (CAPS / name).read_text()


def test_host_caps_of_a_kvm_host():
    caps = parse_capabilities(read("qemu-7.2-x86_64-caps.xml"))
    assert caps.host_arch == "x86_64"
    assert caps.arches() == ["x86_64", "i686"]  # the host's own first
    assert set(caps.domain_types("x86_64")) == {"qemu", "kvm"}
    assert caps.emulator("x86_64", "kvm") == "/usr/bin/qemu-system-x86_64"
    assert caps.emulator("i686", "qemu") == "/usr/bin/qemu-system-i386"
    names = [m.name for m in caps.machines("x86_64", "kvm")]
    assert {"q35", "pc", "pc-q35-7.2", "pc-i440fx-7.2"} <= set(names)
    q35 = next(m for m in caps.machines("x86_64") if m.name == "q35")
    assert (q35.canonical, q35.max_cpus) == ("pc-q35-7.2", 288)
    assert any(m.deprecated for m in caps.machines("x86_64"))
    assert caps.has_machine("x86_64", "q35", "kvm")
    assert not caps.has_machine("x86_64", "virt")
    assert caps.guest("aarch64") is None
    assert caps.machines("aarch64") == [] and caps.emulator("aarch64", "qemu") == ""


def test_host_caps_of_the_test_driver():
    conn = libvirt.open("test:///default")
    try:
        caps = parse_capabilities(conn.getCapabilities())
    finally:
        conn.close()
    assert caps.host_arch == "i686"
    assert caps.arches() == ["i686"]
    assert caps.arches("xen") == ["i686"]
    assert caps.domain_types("i686") == ["test"]
    assert caps.emulator("i686", "test") == "/usr/bin/test-hv"


def test_domain_caps_kvm_q35():
    dc = parse_domain_capabilities(read("qemu-7.2-domcaps-x86_64-q35-kvm.xml"))
    assert (dc.emulator, dc.domain_type, dc.machine, dc.arch) == (
        "/usr/bin/qemu-system-x86_64",
        "kvm",
        "pc-q35-7.2",
        "x86_64",
    )
    assert dc.max_vcpus == 288
    assert dc.firmware_auto == ("efi",)
    assert dc.uefi and dc.secure_boot
    assert "/usr/share/OVMF/OVMF_CODE_4M.secboot.fd" in dc.loaders
    assert dc.loader_types == ("rom", "pflash")
    assert "host-passthrough" in dc.cpu_modes
    assert {"virtio", "sata", "scsi", "usb"} <= set(dc.disk_buses) and "ide" not in dc.disk_buses
    assert dc.spice and "vnc" in dc.graphics_types
    assert "virtio" in dc.video_models
    assert dc.tpm_emulated and dc.tpm_models == ("tpm-tis", "tpm-crb")
    assert "virtio" in dc.rng_models
    assert dc.hyperv


def test_domain_caps_tcg_i440fx():
    dc = parse_domain_capabilities(read("qemu-7.2-domcaps-i686-pc-qemu.xml"))
    assert (dc.domain_type, dc.machine, dc.arch) == ("qemu", "pc-i440fx-7.2", "i686")
    assert "ide" in dc.disk_buses
    assert "host-passthrough" not in dc.cpu_modes  # TCG cannot pass the host CPU through
    assert dc.firmware_auto == () and not dc.secure_boot
    assert dc.uefi  # explicit loaders are still listed


def test_domain_caps_with_nothing_supported():
    dc = parse_domain_capabilities(
        "<domainCapabilities><path>/x</path><domain>qemu</domain><machine>m</machine><arch>a</arch>"
        "<os supported='no'/><devices><disk supported='no'/><tpm supported='no'/></devices>"
        "</domainCapabilities>"
    )
    assert dc.max_vcpus is None
    assert not dc.uefi and not dc.secure_boot and not dc.tpm_emulated and not dc.spice
    assert dc.disk_buses == () and dc.graphics_types == ()


def test_parsers_refuse_non_xml():
    with pytest.raises(XMLParseError):
        parse_capabilities("not xml")
    with pytest.raises(XMLParseError):
        parse_domain_capabilities("<unclosed>")
