"""What the new-VM wizard builds, beside what ``virt-install --print-xml`` builds for the
same choices on the same real host: the guest-visible choices agree (machine, buses,
models, the devices an OS gets), and where the two differ on purpose, the difference is
the one docs/newvm-virt-install.md explains. Skipped without virt-install (apt: virtinst).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from lxml import etree

from kvmgui.osinfo import database
from kvmgui.xml.newvm_build import domain_xml
from kvmgui.xml.newvm_spec import (
    GENERIC_LINUX,
    GIB,
    DomainType,
    InstallMethod,
    NewVmSpec,
    OsSpec,
    apply_os_defaults,
)
from tests.integration.helpers import create_nat_network
from tests.unit.osinfo.isos import UBUNTU_SERVER, make_iso

pytestmark = [
    pytest.mark.integration,
    pytest.mark.skipif(shutil.which("virt-install") is None, reason="virt-install (virtinst) missing"),
    pytest.mark.skipif(database._libosinfo() is None, reason="libosinfo missing"),
]

NET, POOL = "cmpnet", "images"


def guest_view(xml: str) -> dict[str, object]:
    """What the guest sees of a domain, without what each tool leaves to libvirt."""
    root = etree.fromstring(xml.encode())
    os_el = root.find("os")
    dev = root.find("devices")
    disks = sorted((d.get("device"), d.find("target").get("bus"), d.find("target").get("dev"))
                   for d in dev.iterfind("disk"))
    nic = dev.find("interface")
    return {
        "os": (os_el.find("type").get("arch"), os_el.find("type").get("machine"), os_el.findtext("type")),
        "efi": os_el.get("firmware") == "efi",
        "kernel": (os_el.findtext("kernel"), os_el.findtext("initrd"), os_el.findtext("cmdline")),
        "libosinfo": [e.get("id") for e in root.iter("{http://libosinfo.org/xmlns/libvirt/domain/1.0}os")],
        "disks": disks,
        "nic": (nic.get("type"), nic.find("source").get("network"), nic.find("model").get("type")),
        "agent": [c.find("target").get("name") for c in dev.iterfind("channel")],
        "input": [(i.get("type"), i.get("bus")) for i in dev.iterfind("input")],
        "graphics": [g.get("type") for g in dev.iterfind("graphics")],
        "rng": [r.get("model") for r in dev.iterfind("rng")],
        "tpm": [(t.get("model"), t.find("backend").get("type")) for t in dev.iterfind("tpm")],
        "clock": (root.find("clock").get("offset"),
                  sorted(t.get("name") for t in root.iterfind("clock/timer"))),
    }


def virt_install(host, spec: NewVmSpec, *args: str) -> str:
    cmd = ["virt-install", "--connect", host.uri, "--print-xml", "1", "--dry-run", "--noautoconsole",
           "--name", spec.name, "--virt-type", spec.domain_type.value, "--memory", str(spec.memory_mib),
           "--vcpus", str(spec.vcpus), "--network", f"network={NET}", "--graphics", "vnc", *args]
    run = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    return run.stdout


def os_of(short_id: str) -> OsSpec:
    spec = database.load_database().get(short_id)
    assert spec is not None
    return spec


@pytest.fixture
def host(isolated_host):
    create_nat_network(isolated_host, NET, "cmpbr0", "192.168.79.0/24")
    isolated_host.virsh("pool-define-as", POOL, "dir", "--target", "/var/lib/libvirt/images")
    isolated_host.virsh("pool-start", POOL)
    return isolated_host


def base_spec(name: str, **changes: object) -> NewVmSpec:
    spec = NewVmSpec(name=name, domain_type=DomainType.QEMU, **changes)
    spec.storage.pool = POOL
    spec.network.source = NET
    return spec


def test_linux_iso_install_agrees(host, tmp_path: Path):
    iso = make_iso(tmp_path / "ubuntu.iso", UBUNTU_SERVER)
    spec = base_spec("cmp-iso", memory_mib=2048, vcpus=2, os=os_of("ubuntu22.04"))
    spec.install.iso_path, spec.storage.capacity_bytes = str(iso), 20 * GIB
    theirs = virt_install(host, spec, "--osinfo", "ubuntu22.04", "--cdrom", str(iso),
                          "--disk", f"pool={POOL},size=20,format=qcow2")
    assert guest_view(domain_xml(spec)) == guest_view(theirs)


def test_direct_kernel_boot_agrees(host, guest_assets):
    spec = base_spec("cmp-kernel", memory_mib=256, vcpus=1, os=GENERIC_LINUX)
    inst = spec.install
    inst.method = InstallMethod.KERNEL
    inst.kernel, inst.initrd = str(guest_assets.kernel), str(guest_assets.initrd)
    inst.cmdline, spec.storage.capacity_bytes = "console=ttyS0", GIB
    theirs = virt_install(host, spec, "--osinfo", "linux2022", "--disk", f"pool={POOL},size=1,format=qcow2",
                          "--boot", f"kernel={inst.kernel},initrd={inst.initrd},kernel_args=console=ttyS0")
    ours, view = guest_view(domain_xml(spec)), guest_view(theirs)
    # Our generic Linux profile has no libosinfo id; virt-install names "linux2022".
    assert ours.pop("libosinfo") == [] and view.pop("libosinfo") == ["http://libosinfo.org/linux/2022"]
    assert ours == view


def test_windows_11_agrees_but_for_the_documented_differences(host, tmp_path: Path):
    iso = make_iso(tmp_path / "win.iso", "CCCOMA_X64FRE_EN-US_DV9")
    spec = base_spec("cmp-win11")
    apply_os_defaults(spec, os_of("win11"))
    spec.memory_mib, spec.vcpus = 4096, 2
    spec.install.iso_path, spec.storage.capacity_bytes = str(iso), 64 * GIB
    theirs = virt_install(host, spec, "--osinfo", "win11", "--cdrom", str(iso), "--boot", "uefi",
                          "--disk", f"pool={POOL},size=64,format=qcow2")
    ours, view = guest_view(domain_xml(spec)), guest_view(theirs)
    # docs/newvm-virt-install.md: Hyper-V enlightenments (and their clock) only under KVM here.
    assert ours["clock"] == ("localtime", ["hpet", "pit", "rtc"])
    assert view.pop("clock") == ("localtime", ["hpet", "hypervclock", "pit", "rtc"])
    ours.pop("clock")
    assert ours == view
    root = etree.fromstring(domain_xml(spec).encode())
    assert root.find("os/firmware/feature[@name='secure-boot']").get("enabled") == "yes"  # we ask for it


def test_a_windows_vm_gets_its_vcpus_as_cores_of_one_socket(host, tmp_path: Path):
    """docs/newvm-virt-install.md: without a topology (as virt-install writes it) libvirt
    gives QEMU one socket per vCPU, and Windows client editions use at most two sockets."""
    from kvmgui.xml.newvm_spec import GENERIC_WINDOWS, StorageKind

    def smp(spec: NewVmSpec) -> str:
        spec.install.method, spec.storage.kind = InstallMethod.PXE, StorageKind.NONE
        path = tmp_path / f"{spec.name}.xml"
        path.write_text(domain_xml(spec))
        argv = host.virsh("domxml-to-native", "qemu-argv", str(path)).split()
        return argv[argv.index("-smp") + 1]

    assert smp(base_spec("cmp-win", os=GENERIC_WINDOWS, vcpus=4)) == "4,sockets=1,dies=1,cores=4,threads=1"
    assert smp(base_spec("cmp-linux", os=GENERIC_LINUX, vcpus=4)) == "4,sockets=4,cores=1,threads=1"
