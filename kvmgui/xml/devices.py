"""Domain devices: wrappers around kept ``<devices>`` children, with stable keys and words.

Wrappers edit their element in place, so whatever we do not model survives. New devices
are built from specs in ``kvmgui.xml.device_specs``.
"""

from __future__ import annotations

from collections import Counter
from enum import StrEnum

from lxml import etree

from kvmgui.xml.base import XMLNode, int_property, text_property
from kvmgui.xml.inplace import PlacedProperty, ensure_path, insert_child

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


NIC_SOURCE_ATTR = {"network": "network", "bridge": "bridge", "direct": "dev"}


def nic_source_attrs(source_type: str, name: str, direct_mode: str) -> dict[str, str]:
    if source_type not in NIC_SOURCE_ATTR:
        raise ValueError(f"unsupported NIC source type {source_type!r}")
    attrs = {NIC_SOURCE_ATTR[source_type]: name}
    if source_type == "direct":
        attrs["mode"] = direct_mode
    return attrs


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
        attr = NIC_SOURCE_ATTR.get(self.source_type)
        return _attr(self.node, "source", attr) if attr else None

    @source.setter
    def source(self, name: str) -> None:
        mode = _attr(self.node, "source", "mode") or "bridge"
        self.set_source(self.source_type, name, mode)

    @property
    def direct_mode(self) -> str | None:
        return _attr(self.node, "source", "mode") if self.source_type == "direct" else None

    def set_source(self, source_type: str, name: str, direct_mode: str = "bridge") -> None:
        new = etree.Element("source", nic_source_attrs(source_type, name, direct_mode))
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
