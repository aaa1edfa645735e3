"""Domain devices: wrappers around kept `<devices>` children, pure builders and checks.

Wrappers edit their element in place, so whatever we do not model survives.
Builders turn a plain spec dataclass into a new element for `DomainDoc.add_device`.
"""

from __future__ import annotations

import os
import random
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Literal, TypeVar

from lxml import etree

from kvmgui.xml.base import XMLNode, XPathProperty, int_property, text_property

T = TypeVar("T")

# -- Placement and units (candidates for kvmgui.xml.base) ------------------------------------


def insert_child(
    parent: etree._Element, child: etree._Element, after: tuple[str, ...] | None = None
) -> etree._Element:
    """Append `child`, or place it after the last existing sibling named in `after`
    (first if none exists) so output reads in libvirt's usual order."""
    if after is None:
        parent.append(child)
        return child
    anchors = [i for i, sib in enumerate(parent) if sib.tag in after]
    parent.insert(anchors[-1] + 1 if anchors else 0, child)
    return child


def ensure_path(
    parent: etree._Element, path: str, after: tuple[str, ...] | None = None
) -> etree._Element:
    """Find or create the element at a plain 'a/b' path; `after` places the last one."""
    parts = path.split("/")
    for depth, tag in enumerate(parts):
        child = parent.find(tag)
        if child is None:
            child = insert_child(
                parent, etree.Element(tag), after if depth == len(parts) - 1 else None
            )
        parent = child
    return parent


class PlacedProperty(XPathProperty[T]):
    """An XPathProperty whose element, when it has to be created, goes after the siblings
    named in `after` instead of last, so edited XML reads like libvirt's own."""

    def __init__(self, prop: XPathProperty[T], after: tuple[str, ...]) -> None:
        super().__init__(prop.path, prop.parse, prop.unparse, prop.default)
        self.after = after

    def write(self, node: etree._Element, value: T | None) -> None:
        existed = self._walk(node, create=False) is not None
        super().write(node, value)
        created = None if existed else self._walk(node, create=False)
        if created is not None and created is not node:
            parent = created.getparent()
            parent.remove(created)
            insert_child(parent, created, self.after)


_UNIT_BYTES = {"b": 1, "bytes": 1, "kb": 1000, "mb": 1000**2, "gb": 1000**3, "tb": 1000**4}
_UNIT_BYTES |= {p: 1024**n for n, p in enumerate("kmgtpe", start=1)}
_UNIT_BYTES |= {f"{p}ib": 1024**n for n, p in enumerate("kmgtpe", start=1)}


def scaled_bytes(node: etree._Element | None, default_unit: str) -> int | None:
    """Value of a libvirt scaled integer (`<memory unit='GiB'>2</memory>`) in bytes."""
    if node is None or not (node.text or "").strip():
        return None
    unit = (node.get("unit") or default_unit).lower()
    return int(node.text.strip()) * _UNIT_BYTES[unit]


# -- Kinds and keys ----------------------------------------------------------------------------


class Kind(StrEnum):
    DISK = "disk"
    CDROM = "cdrom"
    FLOPPY = "floppy"
    INTERFACE = "interface"
    GRAPHICS = "graphics"
    VIDEO = "video"
    SERIAL = "serial"
    CONSOLE = "console"
    CHANNEL = "channel"
    INPUT = "input"
    SOUND = "sound"
    CONTROLLER = "controller"
    RNG = "rng"
    TPM = "tpm"
    WATCHDOG = "watchdog"
    MEMBALLOON = "memballoon"
    HOSTDEV = "hostdev"
    FILESYSTEM = "filesystem"
    REDIRDEV = "redirdev"
    OTHER = "other"


_DISK_KINDS = {"cdrom": Kind.CDROM, "floppy": Kind.FLOPPY}


def kind_of(element: etree._Element) -> Kind:
    if element.tag == "disk":
        return _DISK_KINDS.get(element.get("device", "disk"), Kind.DISK)
    try:
        return Kind(element.tag)
    except ValueError:
        return Kind.OTHER


def _attr(element: etree._Element, path: str, attr: str) -> str | None:
    node = element.find(path)
    return None if node is None else node.get(attr)


def _hostdev_identity(element: etree._Element) -> str | None:
    addr = element.find("source/address")
    if addr is not None and element.get("type") == "pci":
        dom, bus, slot, fn = (
            int(addr.get(a, "0"), 0) for a in ("domain", "bus", "slot", "function")
        )
        return f"pci:{dom:04x}:{bus:02x}:{slot:02x}.{fn:x}"
    vendor, product = _attr(element, "source/vendor", "id"), _attr(element, "source/product", "id")
    if vendor and product:
        return f"usb:{int(vendor, 0):04x}:{int(product, 0):04x}"
    return None


def _identity(element: etree._Element, kind: Kind) -> str | None:
    """What tells this device apart from its siblings, in both live and inactive XML.

    Aliases are not used (libvirt assigns them at start) except user ones ('ua-').
    """
    match kind:
        case Kind.DISK | Kind.CDROM | Kind.FLOPPY:
            ident = _attr(element, "target", "dev")
        case Kind.INTERFACE:
            mac = _attr(element, "mac", "address")
            ident = mac.lower() if mac else None
        case Kind.GRAPHICS:
            ident = element.get("type")
        case Kind.SERIAL | Kind.CONSOLE:
            ident = _attr(element, "target", "port")
        case Kind.CHANNEL:
            ident = _attr(element, "target", "name") or _attr(element, "target", "type")
        case Kind.INPUT:
            ident = f"{element.get('type')}:{element.get('bus', 'default')}"
        case Kind.CONTROLLER:
            ident = f"{element.get('type')}:{element.get('index', '0')}"
        case Kind.HOSTDEV:
            ident = _hostdev_identity(element)
        case Kind.FILESYSTEM:
            ident = _attr(element, "target", "dir")
        case _:
            ident = None
    alias = _attr(element, "alias", "name")
    if ident is None and alias and alias.startswith("ua-"):
        ident = alias
    return ident


def device_elements(devices: etree._Element | None) -> list[etree._Element]:
    """Children of `<devices>` that are devices (not `<emulator>`, not comments)."""
    if devices is None:
        return []
    return [el for el in devices if isinstance(el.tag, str) and el.tag != "emulator"]


def device_keys(elements: list[etree._Element]) -> list[str]:
    """Keys like 'disk:vda', 'interface:52:54:00:…', 'video'; repeats get '#0', '#1', …"""
    bases = []
    for el in elements:
        kind = kind_of(el)
        name = el.tag if kind is Kind.OTHER else kind.value
        ident = _identity(el, kind)
        bases.append(f"{name}:{ident}" if ident else name)
    counts, seen = Counter(bases), Counter[str]()
    keys = []
    for base in bases:
        if counts[base] > 1:
            keys.append(f"{base}#{seen[base]}")
            seen[base] += 1
        else:
            keys.append(base)
    return keys


# -- Wrappers ----------------------------------------------------------------------------------


class Device(XMLNode):
    """One element under `<devices>`; `key` finds it again in the same or a later document."""

    boot_order = int_property("./boot/@order")

    def __init__(self, node: etree._Element, key: str) -> None:
        super().__init__(node)
        self.key = key

    @property
    def kind(self) -> Kind:
        return kind_of(self.node)

    @property
    def alias(self) -> str | None:
        return _attr(self.node, "alias", "name")

    @property
    def title(self) -> str:
        return _describe(self.node, self.kind)[0]

    @property
    def summary(self) -> str:
        title, details = _describe(self.node, self.kind)
        details = [d for d in details if d]
        return f"{title} ({', '.join(details)})" if details else title

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.key}>"


_DISK_LABEL = {Kind.DISK: "Disk", Kind.CDROM: "CD-ROM", Kind.FLOPPY: "Floppy"}


class Disk(Device):
    """A `<disk>`: hard disk, CD-ROM or floppy."""

    target = text_property("./target/@dev")
    cache = PlacedProperty(text_property("./driver/@cache"), after=())
    format = PlacedProperty(text_property("./driver/@type"), after=())

    @property
    def title(self) -> str:
        return f"{_DISK_LABEL[self.kind]} {self.target or ''}".strip()

    @property
    def summary(self) -> str:
        """'Disk vda (virtio) /var/lib/libvirt/images/a.qcow2'."""
        bus = f" ({self.bus})" if self.bus else ""
        return f"{self.title}{bus} {self.source or 'empty'}"

    @property
    def source_type(self) -> str:
        return self.node.get("type", "file")

    @property
    def source(self) -> str | None:
        """Path, block device, 'pool/volume' or network name; None when there is no media."""
        src = self.node.find("source")
        if src is None:
            return None
        if src.get("pool"):
            return f"{src.get('pool')}/{src.get('volume')}"
        return src.get("file") or src.get("dev") or src.get("dir") or src.get("name")

    @property
    def path(self) -> str | None:
        """Host path of a file or block disk; None for pool volumes, network disks, no media."""
        src = self.node.find("source")
        return None if src is None else src.get("file") or src.get("dev")

    @property
    def volume(self) -> tuple[str, str] | None:
        """(pool, volume) of a disk of type 'volume'."""
        src = self.node.find("source")
        if src is None or not src.get("pool") or not src.get("volume"):
            return None
        return src.get("pool"), src.get("volume")

    @property
    def bus(self) -> str | None:
        return _attr(self.node, "target", "bus")

    @bus.setter
    def bus(self, bus: str) -> None:
        ensure_path(self.node, "target").set("bus", bus)
        # The old address belongs to the old bus (pci vs drive); libvirt picks a new one.
        for addr in self.node.findall("address"):
            self.node.remove(addr)

    @property
    def readonly(self) -> bool:
        return self.node.find("readonly") is not None

    @readonly.setter
    def readonly(self, value: bool) -> None:
        node = self.node.find("readonly")
        if value and node is None:
            insert_child(self.node, etree.Element("readonly"), after=("target", "source"))
        elif not value and node is not None:
            self.node.remove(node)

    def set_file(self, path: str) -> None:
        self._set_source("file", file=path)

    def set_block(self, device: str) -> None:
        self._set_source("block", dev=device)

    def set_volume(self, pool: str, volume: str) -> None:
        self._set_source("volume", pool=pool, volume=volume)

    def eject(self) -> None:
        """Remove the media from a CD-ROM or floppy (the drive stays)."""
        self._require_removable()
        for node in self.node.findall("source") + self.node.findall("backingStore"):
            self.node.remove(node)

    def insert(self, path: str) -> None:
        self._require_removable()
        self.set_file(path)

    def _require_removable(self) -> None:
        if self.kind not in (Kind.CDROM, Kind.FLOPPY):
            raise ValueError(f"{self.title} is not a removable-media drive")

    def _set_source(self, disk_type: str, **attrs: str) -> None:
        # A fresh <source>: attributes and children of the old one describe another image.
        new = etree.Element("source", attrs)
        old = self.node.find("source")
        if old is not None:
            self.node.replace(old, new)
        else:
            insert_child(self.node, new, after=("driver",))
        for chain in self.node.findall("backingStore"):
            self.node.remove(chain)
        self.node.set("type", disk_type)


_NIC_SOURCE_ATTR = {"network": "network", "bridge": "bridge", "direct": "dev"}


class Interface(Device):
    """A NIC (`<interface>`)."""

    mac = PlacedProperty(text_property("./mac/@address"), after=())
    model = PlacedProperty(text_property("./model/@type"), after=("mac", "source"))

    @property
    def title(self) -> str:
        return f"NIC {self.mac.lower()}" if self.mac else "NIC"

    @property
    def summary(self) -> str:
        """'NIC 52:54:00:12:34:56 on network default (virtio)'."""
        src, mode = self.source, self.direct_mode
        if self.source_type == "direct":
            where = f"via macvtap on {src} ({mode or 'vepa'} mode)"
        elif self.source_type in ("network", "bridge"):
            where = f"on {self.source_type} {src}"
        elif self.source_type == "user":
            where = "with user-mode networking"
        else:
            where = f"of type {self.source_type}"
        details = [d for d in (self.model, None if self.link_up else "link down") if d]
        return f"{self.title} {where}" + (f" ({', '.join(details)})" if details else "")

    @property
    def source_type(self) -> str:
        return self.node.get("type", "")

    @property
    def source(self) -> str | None:
        attr = _NIC_SOURCE_ATTR.get(self.source_type)
        return _attr(self.node, "source", attr) if attr else None

    @source.setter
    def source(self, name: str) -> None:
        mode = _attr(self.node, "source", "mode") or "bridge"
        self.set_source(self.source_type, name, mode)

    @property
    def direct_mode(self) -> str | None:
        return _attr(self.node, "source", "mode") if self.source_type == "direct" else None

    def set_source(self, source_type: str, name: str, direct_mode: str = "bridge") -> None:
        new = etree.Element("source", _nic_source_attrs(source_type, name, direct_mode))
        old = self.node.find("source")
        if old is not None:
            self.node.replace(old, new)
        else:
            insert_child(self.node, new, after=("mac",))
        self.node.set("type", source_type)

    @property
    def link_up(self) -> bool:
        return _attr(self.node, "link", "state") != "down"

    @link_up.setter
    def link_up(self, up: bool) -> None:
        node = self.node.find("link")
        if node is None and not up:
            node = insert_child(self.node, etree.Element("link"), after=("model", "source"))
        if node is not None:
            node.set("state", "up" if up else "down")

    @property
    def target_dev(self) -> str | None:
        """Host-side tap name (vnet0); only in live XML."""
        return _attr(self.node, "target", "dev")


def wrap_device(element: etree._Element, key: str) -> Device:
    if element.tag == "disk":
        return Disk(element, key)
    if element.tag == "interface":
        return Interface(element, key)
    return Device(element, key)


# -- Descriptions ------------------------------------------------------------------------------


_CONTROLLER_WORDS = {"usb": "USB", "pci": "PCI", "sata": "SATA", "scsi": "SCSI", "ide": "IDE"}
_OTHER_WORDS = {
    "audio": "Audio backend",
    "panic": "Panic notifier",
    "smartcard": "Smartcard",
    "parallel": "Parallel port",
    "hub": "USB hub",
    "shmem": "Shared memory",
    "iommu": "IOMMU",
    "vsock": "VSOCK",
    "memory": "Memory module",
}


def _describe(element: etree._Element, kind: Kind) -> tuple[str, list[str]]:
    """A short title and the details that make up the longer summary."""
    el_type = element.get("type") or ""
    target = element.find("target")
    port = target.get("port") if target is not None else None
    match kind:
        case Kind.GRAPHICS:
            display_port = element.get("port")  # the live XML has the one autoport picked
            where = f"port {display_port}" if display_port not in (None, "-1") else "auto port"
            listen = _attr(element, "listen", "address") or element.get("listen")
            return f"Display {el_type.upper()}", [where] + ([f"on {listen}"] if listen else [])
        case Kind.VIDEO:
            return f"Video {_attr(element, 'model', 'type') or ''}".strip(), []
        case Kind.SERIAL | Kind.CONSOLE:
            path = _attr(element, "source", "path")
            name = "Serial port" if kind is Kind.SERIAL else "Console"
            title = f"{name} {port}" if port else name
            return title, [el_type] + ([path] if path else [])
        case Kind.CHANNEL:
            name = None if target is None else (target.get("name") or target.get("type"))
            return f"Channel {name or ''}".strip(), [el_type]
        case Kind.INPUT:
            return el_type.capitalize() or "Input", [element.get("bus") or ""]
        case Kind.SOUND:
            return "Sound", [element.get("model") or ""]
        case Kind.CONTROLLER:
            name = _CONTROLLER_WORDS.get(el_type, el_type)
            return f"{name} controller {element.get('index', '0')}", [element.get("model") or ""]
        case Kind.RNG:
            backend = element.find("backend")
            source = (backend.text or backend.get("model")) if backend is not None else None
            return "RNG", [source or "", element.get("model") or ""]
        case Kind.TPM:
            return "TPM", [element.get("model") or "", _attr(element, "backend", "type") or ""]
        case Kind.WATCHDOG:
            return f"Watchdog {element.get('model') or ''}".strip(), [
                f"action {element.get('action', 'reset')}"
            ]
        case Kind.MEMBALLOON:
            return "Memory balloon", [element.get("model") or ""]
        case Kind.HOSTDEV:
            ident = _hostdev_identity(element)
            return f"Host device {ident}" if ident else "Host device", []
        case Kind.FILESYSTEM:
            src = _attr(element, "source", "dir") or _attr(element, "source", "name")
            return f"Filesystem {_attr(element, 'target', 'dir') or ''}".strip(), [src or ""]
        case Kind.REDIRDEV:
            return "USB redirection", [el_type]
        case _:
            return _OTHER_WORDS.get(element.tag, element.tag), [el_type]


def describe(element: etree._Element) -> str:
    """Summary in words of a device element that is not (yet) in a document."""
    return wrap_device(element, "").summary


# -- Builders ----------------------------------------------------------------------------------


def _nic_source_attrs(source_type: str, name: str, direct_mode: str) -> dict[str, str]:
    if source_type not in _NIC_SOURCE_ATTR:
        raise ValueError(f"unsupported NIC source type {source_type!r}")
    attrs = {_NIC_SOURCE_ATTR[source_type]: name}
    if source_type == "direct":
        attrs["mode"] = direct_mode
    return attrs


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
        nic, "source", _nic_source_attrs(spec.source_type, spec.source, spec.direct_mode)
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
    format: Literal["raw", "qcow2"] | None = None  # None: qcow2 for disks, raw for CD-ROMs
    readonly: bool = False
    target: str | None = None  # None: next free name for the bus


def build_disk(spec: DiskSpec, taken_targets: Iterable[str] = ()) -> etree._Element:
    if spec.path and (spec.pool or spec.volume):
        raise ValueError("a disk has either a path or a pool volume, not both")
    if bool(spec.pool) != bool(spec.volume):
        raise ValueError("a pool volume needs both pool and volume")
    if spec.device == "disk" and not (spec.path or spec.pool):
        raise ValueError("a disk needs a path or a pool volume")
    fmt = spec.format or ("raw" if spec.device == "cdrom" else "qcow2")
    disk = etree.Element("disk", type="volume" if spec.pool else "file", device=spec.device)
    etree.SubElement(disk, "driver", name="qemu", type=fmt)
    if spec.pool and spec.volume:
        etree.SubElement(disk, "source", pool=spec.pool, volume=spec.volume)
    elif spec.path:
        etree.SubElement(disk, "source", file=spec.path)
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


# -- Checks (pure: a message for the user, or None when fine) ---------------------------------

_MAC_RE = re.compile(r"^[0-9a-f]{2}(:[0-9a-f]{2}){5}$", re.IGNORECASE)


def validate_mac(mac: str) -> str | None:
    if not _MAC_RE.match(mac):
        return f"'{mac}' is not a MAC address (expected six hex pairs like 52:54:00:12:34:56)"
    if int(mac[:2], 16) & 1:
        return f"{mac} is a multicast address; a NIC needs a unicast one (even first byte)"
    return None


def validate_mac_unique(mac: str, existing: Iterable[str]) -> str | None:
    if mac.lower() in {m.lower() for m in existing}:
        return f"MAC address {mac.lower()} is already used by another NIC of this VM"
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


def validate_disk_target(target: str, taken: Iterable[str]) -> str | None:
    if target in set(taken):
        return f"Target {target} is already used by another disk of this VM"
    return None


def validate_disk_path(path: str, exists: Callable[[str], bool] = os.path.exists) -> str | None:
    if not path:
        return "Choose a disk image"
    if not exists(path):
        return f"{path} does not exist"
    return None


def validate_disk_bus(device: str, bus: str) -> str | None:
    if device == "cdrom" and bus == "virtio":
        return "A CD-ROM cannot use the virtio bus; choose SATA or SCSI"
    return None
