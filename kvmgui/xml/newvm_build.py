"""A new VM's domain XML from a :class:`NewVmSpec` (pure: no libvirt, no files).

Devices follow the OS: virtio disk, NIC, RNG and balloon when it has virtio
drivers, otherwise SATA (IDE on i440fx) and e1000e (e1000 on i440fx); q35 on x86
unless the OS needs i440fx; a serial console with its ``<console>``; the guest
agent channel; a USB tablet under graphics; an emulated TPM 2.0 when the OS
needs one; Windows gets its vCPUs as cores of one socket. Graphics listen on
127.0.0.1 unless the spec says otherwise.

Also the volume XML for the new disk (a qcow2 overlay for cloud images) and for
the cloud-init seed, which the finish job creates before defining the domain.
"""

from __future__ import annotations

from typing import Literal

from lxml import etree

from kvmgui.xml.base import to_xml
from kvmgui.xml.device_specs import (
    ConsoleSpec,
    NicSpec,
    RngSpec,
    SerialSpec,
    build_console,
    build_interface,
    build_rng,
    build_serial,
    next_target_dev,
)
from kvmgui.xml.domain import KVMGUI_NS
from kvmgui.xml.newvm_spec import (
    CpuMode,
    DiskFormat,
    DomainType,
    Firmware,
    GraphicsType,
    InstallMethod,
    NetworkKind,
    NewVmSpec,
    OsFamily,
    StorageKind,
)
from kvmgui.xml.pool_types import PoolType
from kvmgui.xml.volume_build import volume_spec_xml
from kvmgui.xml.volume_spec import Size, SizeUnit, VolumeSpec

LIBOSINFO_NS = "http://libosinfo.org/xmlns/libvirt/domain/1.0"
GUEST_AGENT_CHANNEL = "org.qemu.guest_agent.0"
SPICE_CHANNEL = "com.redhat.spice.0"
X86 = ("x86_64", "i686")
# The usual machine of architectures other than x86.
_DEFAULT_MACHINE = {"aarch64": "virt", "armv7l": "virt", "riscv64": "virt", "ppc64le": "pseries",
                    "ppc64": "pseries", "s390x": "s390-ccw-virtio"}  # fmt: skip
# ARM's "virt" machine has no BIOS: without UEFI firmware it boots from no disk or CD.
UEFI_ONLY = ("aarch64", "armv7l")
# POWER (SLOF) and s390x machines start with firmware of their own: there is no UEFI for them.
NO_UEFI = ("ppc64", "ppc64le", "s390x")


_NIC_TYPES: dict[NetworkKind, Literal["network", "bridge", "direct"]] = {
    NetworkKind.VIRTUAL: "network", NetworkKind.BRIDGE: "bridge", NetworkKind.MACVTAP: "direct",
}  # fmt: skip


# -- decisions the wizard also shows --------------------------------------------------


def machine_type(spec: NewVmSpec) -> str:
    if spec.machine:
        return spec.machine
    if spec.arch in X86:
        return "q35" if spec.os.q35 else "pc"
    return _DEFAULT_MACHINE.get(spec.arch, "")


def is_q35(spec: NewVmSpec) -> bool:
    machine = machine_type(spec)
    return machine == "q35" or "q35" in machine


def disk_bus(spec: NewVmSpec) -> str:
    if spec.os.virtio_disk:
        return "virtio"
    return cdrom_bus(spec)


def cdrom_bus(spec: NewVmSpec) -> str:
    if spec.arch not in X86:
        return "scsi"
    return "sata" if is_q35(spec) else "ide"


def nic_model(spec: NewVmSpec) -> str:
    if spec.network.model:
        return spec.network.model
    if spec.os.virtio_net:
        return "virtio"
    return "e1000e" if is_q35(spec) or spec.arch not in X86 else "e1000"


def video_model(spec: NewVmSpec) -> str | None:
    if spec.graphics.type is GraphicsType.NONE:
        return None
    if spec.os.virtio_gpu:
        return "virtio"
    return "qxl" if spec.graphics.type is GraphicsType.SPICE else "vga"


def disk_volume_name(spec: NewVmSpec) -> str:
    """The new (or existing) disk volume's name."""
    if spec.storage.volume:
        return spec.storage.volume
    return f"{spec.name}.{'qcow2' if disk_format(spec) == 'qcow2' else 'img'}"


def disk_format(spec: NewVmSpec) -> DiskFormat:
    # A cloud image's disk is an overlay: only qcow2 has backing files.
    if spec.install.method is InstallMethod.CLOUD_IMAGE and spec.storage.kind is StorageKind.NEW_VOLUME:
        return "qcow2"
    return spec.storage.format


def seed_pool(spec: NewVmSpec) -> str:
    if spec.cloud_init.pool:
        return spec.cloud_init.pool
    if spec.storage.kind in (StorageKind.NEW_VOLUME, StorageKind.EXISTING_VOLUME) and spec.storage.pool:
        return spec.storage.pool
    return "default"


def seed_volume_name(spec: NewVmSpec) -> str:
    return spec.cloud_init.volume or f"{spec.name}-cidata.iso"


def has_disk(spec: NewVmSpec) -> bool:
    return spec.storage.kind is not StorageKind.NONE


# -- the domain -----------------------------------------------------------------------


def domain_xml(spec: NewVmSpec) -> str:
    return to_xml(build_domain(spec))


def build_domain(spec: NewVmSpec) -> etree._Element:
    E = etree.SubElement  # noqa: N806 (reads like the XML it makes)
    dom = etree.Element("domain", type=spec.domain_type.value)
    E(dom, "name").text = spec.name
    if spec.uuid:
        E(dom, "uuid").text = spec.uuid
    login = (spec.cloud_init.user or spec.os.cloud_user) if spec.uses_cloud_init else ""
    if spec.os.osinfo_id or login:
        metadata = E(dom, "metadata")
        if spec.os.osinfo_id:
            meta = E(metadata, f"{{{LIBOSINFO_NS}}}libosinfo", nsmap={"libosinfo": LIBOSINFO_NS})
            E(meta, f"{{{LIBOSINFO_NS}}}os", id=spec.os.osinfo_id)
        if login:  # the user cloud-init makes (root is locked): the details window's SSH user
            E(metadata, f"{{{KVMGUI_NS}}}login", user=login, nsmap={"kvmgui": KVMGUI_NS})
    E(dom, "memory", unit="MiB").text = str(spec.memory_mib)
    E(dom, "currentMemory", unit="MiB").text = str(spec.memory_mib)
    E(dom, "vcpu", placement="static").text = str(spec.vcpus)
    _os(spec, E(dom, "os"))
    _features(spec, dom)
    _cpu(spec, dom)
    _clock(spec, dom)
    E(dom, "on_poweroff").text = "destroy"
    E(dom, "on_reboot").text = "restart"
    E(dom, "on_crash").text = "destroy"
    if spec.arch in X86:
        pm = E(dom, "pm")
        E(pm, "suspend-to-mem", enabled="no")
        E(pm, "suspend-to-disk", enabled="no")
    _devices(spec, E(dom, "devices"))
    return dom


def _os(spec: NewVmSpec, os_el: etree._Element) -> None:
    E = etree.SubElement  # noqa: N806
    uefi = spec.firmware.kind is Firmware.UEFI
    if uefi and not spec.firmware.loader:
        os_el.set("firmware", "efi")  # libvirt picks a firmware image with these features
    type_el = E(os_el, "type", arch=spec.arch)
    if machine := machine_type(spec):
        type_el.set("machine", machine)
    type_el.text = "hvm"
    if uefi and not spec.firmware.loader:
        fw = E(os_el, "firmware")
        secure = "yes" if spec.firmware.secure_boot else "no"
        E(fw, "feature", enabled=secure, name="enrolled-keys")
        E(fw, "feature", enabled=secure, name="secure-boot")
    elif uefi:
        E(os_el, "loader", readonly="yes", secure="yes" if spec.firmware.secure_boot else "no",
          type="pflash").text = spec.firmware.loader  # fmt: skip
    inst = spec.install
    if inst.method is InstallMethod.KERNEL:
        for tag, value in (("kernel", inst.kernel), ("initrd", inst.initrd), ("cmdline", inst.cmdline),
                           ("dtb", inst.dtb)):  # fmt: skip
            if value:
                E(os_el, tag).text = value
        return
    for dev in _boot_order(spec):
        E(os_el, "boot", dev=dev)


def _boot_order(spec: NewVmSpec) -> list[str]:
    """Disk first: empty until installed, so the firmware falls through to the media;
    once installed, the VM boots its disk without a change to the XML."""
    order = ["hd"] if has_disk(spec) else []
    if spec.install.method.uses_cdrom_media:
        order.append("cdrom")
    elif spec.install.method is InstallMethod.PXE:
        order.append("network")
    return order or ["hd"]


def _features(spec: NewVmSpec, dom: etree._Element) -> None:
    if spec.arch not in X86:
        return
    E = etree.SubElement  # noqa: N806
    features = E(dom, "features")
    E(features, "acpi")
    E(features, "apic")
    if spec.os.family is OsFamily.WINDOWS and spec.domain_type is DomainType.KVM:
        hyperv = E(features, "hyperv", mode="custom")
        E(hyperv, "relaxed", state="on")
        E(hyperv, "vapic", state="on")
        E(hyperv, "spinlocks", state="on", retries="8191")
    if spec.firmware.kind is Firmware.UEFI and spec.firmware.secure_boot:
        E(features, "smm", state="on")  # Secure Boot firmware needs System Management Mode


def _cpu(spec: NewVmSpec, dom: etree._Element) -> None:
    """The host's CPU under KVM (unless the hypervisor's default is chosen), and for
    Windows one socket: without a topology libvirt gives QEMU one socket per vCPU
    (``-smp 4,sockets=4,cores=1``), and Windows client editions use at most two
    sockets (Home one), so a 4-vCPU VM would show 2 CPUs (or 1) in the guest."""
    kvm_cpu = spec.domain_type is DomainType.KVM and spec.cpu is not CpuMode.DEFAULT
    one_socket = spec.os.family is OsFamily.WINDOWS
    if not kvm_cpu and not one_socket:
        return
    cpu = etree.SubElement(dom, "cpu")
    if kvm_cpu:
        cpu.set("mode", spec.cpu.value)
        cpu.set("check", "none")
        if spec.cpu is CpuMode.HOST_PASSTHROUGH:
            cpu.set("migratable", "on")
    if one_socket:
        etree.SubElement(cpu, "topology", sockets="1", cores=str(spec.vcpus), threads="1")


def _clock(spec: NewVmSpec, dom: etree._Element) -> None:
    E = etree.SubElement  # noqa: N806
    windows = spec.os.family is OsFamily.WINDOWS
    clock = E(dom, "clock", offset="localtime" if windows else "utc")
    if spec.arch not in X86:
        return
    E(clock, "timer", name="rtc", tickpolicy="catchup")
    E(clock, "timer", name="pit", tickpolicy="delay")
    E(clock, "timer", name="hpet", present="no")
    if windows and spec.domain_type is DomainType.KVM:
        E(clock, "timer", name="hypervclock", present="yes")


def _devices(spec: NewVmSpec, devices: etree._Element) -> None:
    E = etree.SubElement  # noqa: N806
    if spec.emulator:
        E(devices, "emulator").text = spec.emulator
    taken: list[str] = []
    if has_disk(spec):
        devices.append(_main_disk(spec, taken))
    media = _install_media(spec, taken)
    if media is not None:
        devices.append(media)
    if spec.uses_cloud_init:
        devices.append(
            _cdrom(spec, taken, "volume", {"pool": seed_pool(spec), "volume": seed_volume_name(spec)})
        )
    if spec.network.kind is not NetworkKind.NONE:
        nic = NicSpec(source_type=_NIC_TYPES[spec.network.kind], source=spec.network.source,
                      model=nic_model(spec), mac=spec.network.mac or None,
                      direct_mode=spec.network.macvtap_mode)  # fmt: skip
        devices.append(build_interface(nic))
    devices.append(build_serial(SerialSpec()))
    devices.append(build_console(ConsoleSpec()))
    if spec.os.virtio_serial:
        channel = E(devices, "channel", type="unix")
        E(channel, "target", type="virtio", name=GUEST_AGENT_CHANNEL)
    graphics = spec.graphics.type
    if graphics is not GraphicsType.NONE:
        if graphics is GraphicsType.SPICE and spec.os.virtio_serial:
            channel = E(devices, "channel", type="spicevmc")
            E(channel, "target", type="virtio", name=SPICE_CHANNEL)
        if spec.os.usb_tablet:
            E(devices, "input", type="tablet", bus="usb")
        gfx = E(devices, "graphics", type=graphics.value, port="-1", autoport="yes")
        E(gfx, "listen", type="address", address=spec.graphics.listen or "127.0.0.1")
        E(E(devices, "video"), "model", type=video_model(spec) or "vga")
    if spec.os.needs_tpm:
        tpm = E(devices, "tpm", model="tpm-crb" if is_q35(spec) else "tpm-tis")
        E(tpm, "backend", type="emulator", version="2.0")
    if spec.os.virtio_rng:
        devices.append(build_rng(RngSpec()))
    E(devices, "memballoon", model="virtio" if spec.os.virtio_balloon else "none")


def _main_disk(spec: NewVmSpec, taken: list[str]) -> etree._Element:
    E = etree.SubElement  # noqa: N806
    storage = spec.storage
    kind = "file" if storage.kind is StorageKind.FILE else "volume"
    disk = etree.Element("disk", type=kind, device="disk")
    E(disk, "driver", name="qemu", type=disk_format(spec))
    if kind == "file":
        E(disk, "source", file=storage.path)
    else:
        E(disk, "source", pool=storage.pool, volume=disk_volume_name(spec))
    bus = disk_bus(spec)
    target = next_target_dev(bus, taken)
    taken.append(target)
    E(disk, "target", dev=target, bus=bus)
    return disk


def _install_media(spec: NewVmSpec, taken: list[str]) -> etree._Element | None:
    inst = spec.install
    if inst.method is InstallMethod.ISO_FILE:
        return _cdrom(spec, taken, "file", {"file": inst.iso_path})
    if inst.method is InstallMethod.ISO_VOLUME:
        return _cdrom(spec, taken, "volume", {"pool": inst.iso_pool, "volume": inst.iso_volume})
    if inst.method is InstallMethod.HOST_CDROM:
        return _cdrom(spec, taken, "block", {"dev": inst.cdrom_device})
    return None


def _cdrom(spec: NewVmSpec, taken: list[str], kind: str, source: dict[str, str]) -> etree._Element:
    E = etree.SubElement  # noqa: N806
    disk = etree.Element("disk", type=kind, device="cdrom")
    E(disk, "driver", name="qemu", type="raw")
    if all(source.values()):  # else an empty drive (nothing chosen yet)
        E(disk, "source", source)
    bus = cdrom_bus(spec)
    target = next_target_dev(bus, taken)
    taken.append(target)
    E(disk, "target", dev=target, bus=bus)
    E(disk, "readonly")
    return disk


# -- volumes the finish job creates ---------------------------------------------------


def disk_volume_spec(spec: NewVmSpec, backing_path: str = "", backing_capacity: int = 0,
                     pool_type: PoolType = PoolType.DIR) -> VolumeSpec:
    """The new disk volume as the storage layer's spec. A cloud image's overlay is at
    least as large as its base. Outside pools of image files the volume takes the
    pool's own default "format" (none for LVM and ZFS, a partition type on a disk)."""
    capacity = max(spec.storage.capacity_bytes, backing_capacity)
    if capacity <= 0:
        raise ValueError("a volume needs a capacity above 0 bytes")
    info = pool_type.info
    fmt = disk_format(spec) if info.holds_image_files else next(iter(info.volume_formats), "")
    return VolumeSpec(name=disk_volume_name(spec), format=fmt,
                      capacity=Size(capacity, SizeUnit.BYTES),
                      backing_path=backing_path,
                      backing_format=(spec.install.base_format or "qcow2") if backing_path else "")


def disk_volume_xml(spec: NewVmSpec, backing_path: str = "", backing_capacity: int = 0,
                    pool_type: PoolType = PoolType.DIR) -> str:
    """The new disk volume's XML for a pool of ``pool_type`` (``volume_build``)."""
    return volume_spec_xml(disk_volume_spec(spec, backing_path, backing_capacity, pool_type), pool_type)


def seed_volume_xml(spec: NewVmSpec, size_bytes: int, pool_type: PoolType = PoolType.DIR) -> str:
    if size_bytes <= 0:
        raise ValueError("a volume needs a capacity above 0 bytes")
    info = pool_type.info
    fmt = "raw" if info.holds_image_files else next(iter(info.volume_formats), "")
    seed = VolumeSpec(name=seed_volume_name(spec), format=fmt, capacity=Size(size_bytes, SizeUnit.BYTES))
    return volume_spec_xml(seed, pool_type)
