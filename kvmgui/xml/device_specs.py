"""New domain devices: plain spec dataclasses, pure builders and the checks before adding.

Builders turn a spec into a new element for ``DomainDoc.add_device``; checks return a
message in words, or None.
"""

from __future__ import annotations

import os
import random
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from lxml import etree

from kvmgui.xml.devices import nic_source_attrs
from kvmgui.xml.words import QT_TRANSLATE_NOOP, Words


@dataclass(frozen=True)
class NicSpec:
    source_type: Literal["network", "bridge", "direct"] = "network"
    source: str = "default"
    model: str = "virtio"  # virtio, e1000e, rtl8139, …
    mac: str | None = None  # None: libvirt picks one when defining
    link_up: bool = True
    direct_mode: str = "bridge"  # macvtap mode: bridge, vepa, private, passthrough


def build_interface(spec: NicSpec) -> etree._Element:
    nic = etree.Element("interface", type=spec.source_type)
    if spec.mac:
        etree.SubElement(nic, "mac", address=spec.mac.lower())
    etree.SubElement(
        nic, "source", nic_source_attrs(spec.source_type, spec.source, spec.direct_mode)
    )
    etree.SubElement(nic, "model", type=spec.model)
    if not spec.link_up:
        etree.SubElement(nic, "link", state="down")
    return nic


_BUS_PREFIX = {"virtio": "vd", "sata": "sd", "scsi": "sd", "usb": "sd", "ide": "hd", "fdc": "fd"}


def _index_to_disk_name(prefix: str, index: int) -> str:
    """0 → vda, 25 → vdz, 26 → vdaa, as libvirt's virIndexToDiskName."""
    letters = ""
    while index >= 0:
        letters = chr(ord("a") + index % 26) + letters
        index = index // 26 - 1
    return prefix + letters


def target_prefix(bus: str) -> str:
    """vd for virtio, sd for sata/scsi/usb, hd for ide, fd for floppy."""
    return _BUS_PREFIX.get(bus, "sd")


def next_target_dev(bus: str, taken: Iterable[str]) -> str:
    """First free target name for `bus`, e.g. vdb when vda is taken."""
    prefix, used = target_prefix(bus), set(taken)
    index = 0
    while (name := _index_to_disk_name(prefix, index)) in used:
        index += 1
    return name


@dataclass(frozen=True)
class DiskSpec:
    """A disk from an existing image `path`, or a `pool` + `volume`; a CD-ROM may have neither."""

    path: str | None = None
    pool: str | None = None
    volume: str | None = None
    device: Literal["disk", "cdrom"] = "disk"
    bus: Literal["virtio", "sata", "scsi", "usb", "ide"] = "virtio"
    format: str | None = None  # qcow2, raw, vmdk…; None: qcow2 for disks, raw for CD-ROMs
    readonly: bool = False
    target: str | None = None  # None: next free name for the bus
    block: bool = False  # `path` is a block device (an LV, a host's drive): QEMU wants type='block'


def build_disk(spec: DiskSpec, taken_targets: Iterable[str] = ()) -> etree._Element:
    if spec.path and (spec.pool or spec.volume):
        raise ValueError("a disk has either a path or a pool volume, not both")
    if bool(spec.pool) != bool(spec.volume):
        raise ValueError("a pool volume needs both pool and volume")
    if spec.device == "disk" and not (spec.path or spec.pool):
        raise ValueError("a disk needs a path or a pool volume")
    fmt = spec.format or ("raw" if spec.device == "cdrom" else "qcow2")
    kind = "volume" if spec.pool else "block" if spec.block else "file"
    disk = etree.Element("disk", type=kind, device=spec.device)
    etree.SubElement(disk, "driver", name="qemu", type=fmt)
    if spec.pool and spec.volume:
        etree.SubElement(disk, "source", pool=spec.pool, volume=spec.volume)
    elif spec.path:
        etree.SubElement(disk, "source", {"dev" if spec.block else "file": spec.path})
    target = spec.target or next_target_dev(spec.bus, taken_targets)
    etree.SubElement(disk, "target", dev=target, bus=spec.bus)
    if spec.readonly or spec.device == "cdrom":
        etree.SubElement(disk, "readonly")
    return disk


@dataclass(frozen=True)
class SerialSpec:
    port: int = 0


def build_serial(spec: SerialSpec) -> etree._Element:
    serial = etree.Element("serial", type="pty")
    etree.SubElement(serial, "target", port=str(spec.port))
    return serial


@dataclass(frozen=True)
class ConsoleSpec:
    target_type: Literal["serial", "virtio"] = "serial"
    port: int = 0


def build_console(spec: ConsoleSpec) -> etree._Element:
    console = etree.Element("console", type="pty")
    etree.SubElement(console, "target", type=spec.target_type, port=str(spec.port))
    return console


@dataclass(frozen=True)
class RngSpec:
    backend: str = "/dev/urandom"
    model: str = "virtio"


def build_rng(spec: RngSpec) -> etree._Element:
    rng = etree.Element("rng", model=spec.model)
    etree.SubElement(rng, "backend", model="random").text = spec.backend
    return rng


@dataclass(frozen=True)
class GraphicsSpec:
    """A display: VNC or SPICE, on a port QEMU picks, listening where ``listen`` says."""

    kind: Literal["vnc", "spice"] = "vnc"
    listen: str = "127.0.0.1"  # local only: a remote viewer reaches it through the host


def build_graphics(spec: GraphicsSpec) -> etree._Element:
    # libvirt adds a video card of the machine's default model when there is none.
    graphics = etree.Element("graphics", type=spec.kind, port="-1", autoport="yes")
    etree.SubElement(graphics, "listen", type="address", address=spec.listen)
    return graphics


# -- Checks (pure: a message for the user as Words, or None when fine) ---------------------------

_MAC_RE = re.compile(r"[0-9a-f]{2}(:[0-9a-f]{2}){5}", re.IGNORECASE)


def validate_mac(mac: str) -> Words | None:
    # fullmatch: with match() and "$", a trailing newline passed (and reached the XML).
    if not _MAC_RE.fullmatch(mac):
        return QT_TRANSLATE_NOOP(
            "DeviceCheck",
            "'%1' is not a MAC address (expected six hex pairs like 52:54:00:12:34:56)").words(mac)
    if int(mac[:2], 16) & 1:
        return QT_TRANSLATE_NOOP(
            "DeviceCheck",
            "%1 is a multicast address; a NIC needs a unicast one (even first byte)").words(mac)
    if int(mac.replace(":", ""), 16) == 0:
        # QEMU takes it for "none" and uses 52:54:00:12:34:56, the same in every VM.
        return QT_TRANSLATE_NOOP(
            "DeviceCheck",
            "%1 cannot be a NIC's address: QEMU would use 52:54:00:12:34:56 instead, as in "
            "every VM without an address").words(mac)
    return None


def validate_mac_unique(mac: str, existing: Iterable[str], live: Iterable[str] = ()) -> Words | None:
    """``live``: the running VM's MACs; a NIC removed from the definition stays there until
    the VM restarts, and two cards on one address clash (its page, its removal take either)."""
    if mac.lower() in {m.lower() for m in existing}:
        return QT_TRANSLATE_NOOP(
            "DeviceCheck", "MAC address %1 is already used by another NIC of this VM").words(mac.lower())
    if mac.lower() in {m.lower() for m in live}:
        return QT_TRANSLATE_NOOP(
            "DeviceCheck", "MAC address %1 is still used by a NIC of the running VM (removed, it "
            "goes when the VM is next started)").words(mac.lower())
    return None


def generate_mac(
    existing: Iterable[str] = (), randbits: Callable[[int], int] = random.getrandbits
) -> str:
    """A random MAC in QEMU's locally administered 52:54:00 range, not in `existing`."""
    taken = {m.lower() for m in existing}
    while True:
        tail = randbits(24)
        mac = "52:54:00:" + ":".join(f"{(tail >> s) & 0xFF:02x}" for s in (16, 8, 0))
        if mac not in taken:
            return mac


def validate_disk_target(target: str, taken: Iterable[str]) -> Words | None:
    if target in set(taken):
        return QT_TRANSLATE_NOOP(
            "DeviceCheck", "Target %1 is already used by another disk of this VM").words(target)
    return None


def validate_disk_path(path: str,
                       exists: Callable[[str], bool] | None = os.path.exists) -> Words | None:
    """``exists=None``: the image lies on a remote host, whose files cannot be looked at
    from here; every other check applies."""
    if not path:
        return QT_TRANSLATE_NOOP("DeviceCheck", "Choose a disk image").words()
    # Checked before existence, which a remote host cannot have checked: neither can be
    # a disk image, and a control character cannot even be written into the XML (NUL).
    if path.endswith("/"):
        return folder_problem(path)
    if any(ord(c) < 32 or ord(c) == 127 for c in path):
        return QT_TRANSLATE_NOOP(
            "DeviceCheck", "The path contains a line break or another control character").words()
    if exists is not None and not exists(path):
        return missing_problem(path)
    return None


def folder_problem(path: str) -> Words:
    """A folder where a disk image was asked for (a trailing "/", or found so on the host)."""
    return QT_TRANSLATE_NOOP("DeviceCheck", "%1 is a folder, not a disk image").words(path)


def missing_problem(path: str) -> Words:
    return QT_TRANSLATE_NOOP("DeviceCheck", "%1 does not exist").words(path)


# The buses the disk forms offer, in their order (libvirt's names).
BUSES = ("virtio", "sata", "scsi", "usb", "ide")


def _lacks(machine: str, bus: str) -> bool:
    """Whether ``machine`` is known to have no ``bus``, for when the host's domain
    capabilities are not known: no IDE on the 'virt' boards (ARM, RISC-V), POWER's pseries,
    s390's channel I/O machines and x86's microvm (q35 has its own words); no SATA or USB
    either on s390's, which have no PCI AHCI or USB controller."""
    if bus == "ide":
        return machine == "virt" or machine.startswith(("virt-", "pseries", "s390-ccw", "microvm"))
    return bus in ("sata", "usb") and machine.startswith("s390-ccw")


def cdrom_bus(machine: str = "", buses: Sequence[str] | None = None) -> str:
    """The bus for a CD-ROM (never virtio): SATA, else SCSI where the machine has no SATA
    (as the host's ``buses`` say, else by its name: s390's channel I/O machines)."""
    if buses is not None:
        return "scsi" if "sata" not in buses and "scsi" in buses else "sata"
    return "scsi" if machine.startswith("s390-ccw") else "sata"


def validate_disk_bus(device: str, bus: str, machine: str = "",
                      buses: Sequence[str] | None = None) -> Words | None:
    """``machine``: the VM's machine type ("pc-q35-8.2"; "" when not known); ``buses``: those
    the host's domain capabilities list for it (None when not known: the machine's name
    decides, and a name not known is left to libvirt)."""
    if device == "cdrom" and bus == "virtio":
        return QT_TRANSLATE_NOOP(
            "DeviceCheck", "A CD-ROM cannot use the virtio bus; choose SATA or SCSI").words()
    if bus == "ide" and "q35" in machine:  # libvirt refuses it, after the round trip
        return QT_TRANSLATE_NOOP(
            "DeviceCheck", "The VM's q35 chipset has no IDE bus; choose SATA or SCSI").words()
    if buses is not None:
        if bus in buses or bus not in BUSES:  # one we do not offer stays as it is
            return None
    elif not _lacks(machine, bus):
        return None
    has = buses or ("virtio", "scsi")
    choices = ", ".join(b for b in BUSES
                        if b in has and b != bus and not (device == "cdrom" and b == "virtio"))
    if not machine:  # the emulator's default machine, as the host said
        return QT_TRANSLATE_NOOP(
            "DeviceCheck", "The VM's machine type has no %1 bus; choose %2").words(bus, choices)
    return QT_TRANSLATE_NOOP(
        "DeviceCheck", "The VM's machine type (%1) has no %2 bus; choose %3").words(
            machine, bus, choices)


def validate_usb_disk(bus: str, domain: etree._Element) -> Words | None:
    """A USB disk on a VM whose USB is off (``<controller type='usb' model='none'/>``):
    libvirt's QEMU driver refuses the definition ("USB is disabled for this domain")."""
    if bus == "usb" and domain.xpath("devices/controller[@type='usb'][@model='none']"):
        return QT_TRANSLATE_NOOP(
            "DeviceCheck", "The VM has no USB (its USB controller's model is 'none'); choose "
            "another bus").words()
    return None


def validate_nic_model(model: str, machine: str = "", arch: str = "") -> Words | None:
    """s390's channel I/O machines take virtio NICs (virtio-net-ccw): their QEMU has no
    rtl8139, and an e1000e only from QEMU 8.1 on, through zPCI. Else QEMU refuses it late:
    after the round trip, or for a stopped VM at its next start. No model: libvirt's
    default, virtio there."""
    if model in ("", "virtio") or not (machine.startswith("s390-ccw") or arch.startswith("s390")):
        return None
    if not machine:
        return QT_TRANSLATE_NOOP(
            "DeviceCheck", "The VM's s390 machine takes only virtio network interfaces").words()
    return QT_TRANSLATE_NOOP(
        "DeviceCheck", "The VM's machine type (%1) takes only virtio network interfaces").words(machine)
