"""Domain devices: wrappers around kept ``<devices>`` children, with stable keys and words.

Wrappers edit their element in place, so whatever we do not model survives. New devices
are built from specs in ``kvmgui.xml.device_specs``. A device's ``title`` and ``summary``
are :class:`~kvmgui.xml.words.Words` (the GUI says them with ``models.words.say``).
Longer than most files: the words of every kind of device sit beside its wrapper.
"""

from __future__ import annotations

from collections import Counter
from enum import StrEnum

from lxml import etree

from kvmgui.xml.base import XMLNode, int_property, text_property
from kvmgui.xml.inplace import PlacedProperty, ensure_path, insert_child
from kvmgui.xml.words import QT_TRANSLATE_NOOP, Arg, Marked, Words, listing

CONTEXT = "Device"

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
    def title(self) -> Words:
        """A short name: "USB controller 0", "Display VNC"."""
        return _describe(self.node, self.kind)[0]

    @property
    def summary(self) -> Words:
        """The title and what tells the device apart: "Display VNC (port 5901, on 127.0.0.1)"."""
        title, details = _describe(self.node, self.kind)
        return _with_details(title, details)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.key}>"


def _with_details(title: Words, details: list[Arg]) -> Words:
    shown = [d for d in details if d]
    return _DETAILS.words(title, listing(shown)) if shown else title


def _named(with_name: Marked, without: Marked, name: str | None) -> Words:
    """``with_name`` filled with ``name`` ("Disk vda"), or ``without`` when it has none."""
    return with_name.words(name) if name else without.words()


_DETAILS = QT_TRANSLATE_NOOP("Device", "%1 (%2)")
_EMPTY = QT_TRANSLATE_NOOP("Device", "empty")
_DISK_LABEL = {
    Kind.DISK: (QT_TRANSLATE_NOOP("Device", "Disk %1"), QT_TRANSLATE_NOOP("Device", "Disk")),
    Kind.CDROM: (QT_TRANSLATE_NOOP("Device", "CD-ROM %1"), QT_TRANSLATE_NOOP("Device", "CD-ROM")),
    Kind.FLOPPY: (QT_TRANSLATE_NOOP("Device", "Floppy %1"), QT_TRANSLATE_NOOP("Device", "Floppy")),
}


def _nvme_uri(src: etree._Element) -> str | None:
    """'nvme://0000:01:00.0/1': the PCI address of the controller and the namespace."""
    addr = src.find("address")
    if addr is None:
        return None
    try:
        domain, bus, slot, function = (int(addr.get(a, "0"), 0)
                                       for a in ("domain", "bus", "slot", "function"))
    except ValueError:
        return None
    return f"nvme://{domain:04x}:{bus:02x}:{slot:02x}.{function:x}/{src.get('namespace', '1')}"


def _network_uri(src: etree._Element) -> str | None:
    """'nbd://h:10809' or 'nbd+unix:///?socket=/run/nbd.sock', from the first <host>."""
    protocol, host = src.get("protocol"), src.find("host")
    if not protocol or host is None:
        return None
    if host.get("socket"):
        return f"{protocol}+unix:///?socket={host.get('socket')}"
    name, port = host.get("name", ""), host.get("port")
    name = f"[{name}]" if ":" in name else name  # an IPv6 address
    return f"{protocol}://{name}{f':{port}' if port else ''}"


class Disk(Device):
    """A `<disk>`: hard disk, CD-ROM or floppy."""

    target = text_property("./target/@dev")
    cache = PlacedProperty(text_property("./driver/@cache"), after=())
    format = PlacedProperty(text_property("./driver/@type"), after=())

    @property
    def title(self) -> Words:
        return _named(*_DISK_LABEL[self.kind], self.target)

    @property
    def summary(self) -> Words:
        """'Disk vda (virtio) /var/lib/libvirt/images/a.qcow2'."""
        source: Arg = self.source or _EMPTY.words()
        if self.bus:
            return QT_TRANSLATE_NOOP("Device", "%1 (%2) %3").words(self.title, self.bus, source)
        return QT_TRANSLATE_NOOP("Device", "%1 %2").words(self.title, source)

    @property
    def source_type(self) -> str:
        return self.node.get("type", "file")

    @property
    def source(self) -> str | None:
        """Path, block device, 'pool/volume' or network name; for a network disk without a
        name and an NVMe namespace QEMU's URI ('nbd://h:10809', 'nvme://0000:01:00.0/1');
        None when there is no media."""
        src = self.node.find("source")
        if src is None:
            return None
        if src.get("pool"):
            return f"{src.get('pool')}/{src.get('volume')}"
        found = src.get("file") or src.get("dev") or src.get("dir") or src.get("name")
        if found:
            return found
        if self.source_type == "nvme":
            return _nvme_uri(src)
        if self.source_type == "network":
            return _network_uri(src)
        return None

    @property
    def path(self) -> str | None:
        """Host path of a file or block disk; None for pool volumes, network disks, no media."""
        src = self.node.find("source")
        return None if src is None else src.get("file") or src.get("dev")

    @property
    def volume(self) -> tuple[str, str] | None:
        """(pool, volume) of a disk of type 'volume'."""
        src = self.node.find("source")
        if src is None:
            return None
        pool, volume = src.get("pool"), src.get("volume")
        return (pool, volume) if pool and volume else None

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
        """Remove the media from a CD-ROM or floppy (the drive stays, with its
        startupPolicy: libvirt keeps an empty drive's ``<source startupPolicy=…/>``)."""
        self._require_removable()
        for node in self.node.findall("source") + self.node.findall("backingStore"):
            policy = node.get("startupPolicy") if node.tag == "source" else None
            if policy:
                self.node.replace(node, etree.Element("source", startupPolicy=policy))
            else:
                self.node.remove(node)

    def insert(self, path: str, block: bool = False) -> None:
        """Media in the drive: an image file, or a ``block`` device (a host's drive)."""
        self._require_removable()
        if block:
            self.set_block(path)
        else:
            self.set_file(path)

    def _require_removable(self) -> None:
        if self.kind not in (Kind.CDROM, Kind.FLOPPY):
            raise ValueError(f"{self.title.english()} is not a removable-media drive")

    def _set_source(self, disk_type: str, **attrs: str) -> None:
        # A fresh <source>: attributes and children of the old one describe another image,
        # but its startupPolicy (a VM starts without a missing image) is the drive's.
        new = etree.Element("source", attrs)
        old = self.node.find("source")
        if old is not None and (policy := old.get("startupPolicy")):
            new.set("startupPolicy", policy)
        if old is not None:
            self.node.replace(old, new)
        else:
            insert_child(self.node, new, after=("driver",))
        for chain in self.node.findall("backingStore"):
            self.node.remove(chain)
        self.node.set("type", disk_type)


NIC_SOURCE_ATTR = {"network": "network", "bridge": "bridge", "direct": "dev"}
# What libvirt does with a macvtap card whose <source> names no mode.
DIRECT_DEFAULT_MODE = "vepa"


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
    def title(self) -> Words:
        return _named(QT_TRANSLATE_NOOP("Device", "NIC %1"), QT_TRANSLATE_NOOP("Device", "NIC"),
                      self.mac.lower() if self.mac else None)

    @property
    def summary(self) -> Words:
        """'NIC 52:54:00:12:34:56 on network default (virtio)'."""
        src, mode, title = self.source or "", self.direct_mode, self.title
        match self.source_type:
            case "direct":
                where = QT_TRANSLATE_NOOP("Device", "%1 via macvtap on %2 (%3 mode)").words(
                    title, src, mode or DIRECT_DEFAULT_MODE)
            case "network":
                where = QT_TRANSLATE_NOOP("Device", "%1 on network %2").words(title, src)
            case "bridge":
                where = QT_TRANSLATE_NOOP("Device", "%1 on bridge %2").words(title, src)
            case "user":
                where = QT_TRANSLATE_NOOP("Device", "%1 with user-mode networking").words(title)
            case other:
                where = QT_TRANSLATE_NOOP("Device", "%1 of type %2").words(title, other)
        down = None if self.link_up else QT_TRANSLATE_NOOP("Device", "link down").words()
        return _with_details(where, [d for d in (self.model, down) if d])

    @property
    def source_type(self) -> str:
        return self.node.get("type", "")

    @property
    def source(self) -> str | None:
        attr = NIC_SOURCE_ATTR.get(self.source_type)
        return _attr(self.node, "source", attr) if attr else None

    @source.setter
    def source(self, name: str) -> None:
        mode = _attr(self.node, "source", "mode") or DIRECT_DEFAULT_MODE  # as it works now
        self.set_source(self.source_type, name, mode)

    @property
    def direct_mode(self) -> str | None:
        return _attr(self.node, "source", "mode") if self.source_type == "direct" else None

    def set_source(self, source_type: str, name: str, direct_mode: str = "bridge") -> None:
        """Same type: the <source> is edited in place, what kvmgui does not model (a
        network's portgroup, a <reconnect>…) stays; another type: a fresh one (the old
        type's attributes mean nothing there)."""
        attrs = nic_source_attrs(source_type, name, direct_mode)
        old = self.node.find("source")
        if old is not None and self.source_type == source_type:
            # A portgroup is one of its network's: another network may have none of that name.
            if source_type == "network" and old.get("network") != name:
                old.attrib.pop("portgroup", "")
            for key, value in attrs.items():
                old.set(key, value)
        elif old is not None:
            self.node.replace(old, etree.Element("source", attrs))
        else:
            insert_child(self.node, etree.Element("source", attrs), after=("mac",))
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

    def host_port_to(self, guest_port: int) -> tuple[str, int] | None:
        """(host address, host port) a user-mode card's <portForward> sends to the guest's
        TCP ``guest_port`` ('' for every host address), or None."""
        for forward in self.node.findall("portForward"):
            if forward.get("proto") != "tcp":
                continue
            found, excluded = None, []
            for span in forward.findall("range"):
                try:
                    start = int(span.get("start", ""))
                    end = int(span.get("end") or start)
                    to = int(span.get("to") or start)
                except ValueError:
                    continue
                if span.get("exclude") == "yes":
                    excluded.append(range(start, end + 1))
                elif found is None and to <= guest_port <= to + end - start:
                    found = start + guest_port - to
            if found is not None and not any(found in span for span in excluded):
                return forward.get("address", ""), found
        return None


def wrap_device(element: etree._Element, key: str) -> Device:
    if element.tag == "disk":
        return Disk(element, key)
    if element.tag == "interface":
        return Interface(element, key)
    return Device(element, key)


# -- Descriptions ------------------------------------------------------------------------------


_CONTROLLER_WORDS = {"usb": "USB", "pci": "PCI", "sata": "SATA", "scsi": "SCSI", "ide": "IDE"}
_OTHER_WORDS = {
    "audio": QT_TRANSLATE_NOOP("Device", "Audio backend"),
    "panic": QT_TRANSLATE_NOOP("Device", "Panic notifier"),
    "smartcard": QT_TRANSLATE_NOOP("Device", "Smartcard"),
    "parallel": QT_TRANSLATE_NOOP("Device", "Parallel port"),
    "hub": QT_TRANSLATE_NOOP("Device", "USB hub"),
    "shmem": QT_TRANSLATE_NOOP("Device", "Shared memory"),
    "iommu": QT_TRANSLATE_NOOP("Device", "IOMMU"),
    "vsock": QT_TRANSLATE_NOOP("Device", "VSOCK"),
    "memory": QT_TRANSLATE_NOOP("Device", "Memory module"),
}
_INPUT_WORDS = {
    "tablet": QT_TRANSLATE_NOOP("Device", "Tablet"),
    "mouse": QT_TRANSLATE_NOOP("Device", "Mouse"),
    "keyboard": QT_TRANSLATE_NOOP("Device", "Keyboard"),
    "passthrough": QT_TRANSLATE_NOOP("Device", "Passthrough"),
    "evdev": QT_TRANSLATE_NOOP("Device", "Evdev"),
}


def _describe(element: etree._Element, kind: Kind) -> tuple[Words, list[Arg]]:
    """A short title and the details that make up the longer summary."""
    el_type = element.get("type") or ""
    target = element.find("target")
    port = target.get("port") if target is not None else None
    match kind:
        case Kind.GRAPHICS:
            display_port = element.get("port")  # the live XML has the one autoport picked
            where: Arg = (QT_TRANSLATE_NOOP("Device", "port %1").words(display_port)
                          if display_port not in (None, "-1")
                          else QT_TRANSLATE_NOOP("Device", "auto port").words())
            listen = _attr(element, "listen", "address") or element.get("listen")
            on = [QT_TRANSLATE_NOOP("Device", "on %1").words(listen)] if listen else []
            return QT_TRANSLATE_NOOP("Device", "Display %1").words(el_type.upper()), [where, *on]
        case Kind.VIDEO:
            return _named(QT_TRANSLATE_NOOP("Device", "Video %1"), QT_TRANSLATE_NOOP("Device", "Video"),
                          _attr(element, "model", "type")), []
        case Kind.SERIAL:
            path = _attr(element, "source", "path")
            return _named(QT_TRANSLATE_NOOP("Device", "Serial port %1"),
                          QT_TRANSLATE_NOOP("Device", "Serial port"), port), [el_type, path or ""]
        case Kind.CONSOLE:
            path = _attr(element, "source", "path")
            # A virtio console is numbered apart from the serial one: both may be port 0.
            labels = ((QT_TRANSLATE_NOOP("Device", "Virtio console %1"),
                       QT_TRANSLATE_NOOP("Device", "Virtio console"))
                      if target is not None and target.get("type") == "virtio" else
                      (QT_TRANSLATE_NOOP("Device", "Console %1"), QT_TRANSLATE_NOOP("Device", "Console")))
            return _named(*labels, port), [el_type, path or ""]
        case Kind.CHANNEL:
            name = None if target is None else (target.get("name") or target.get("type"))
            return _named(QT_TRANSLATE_NOOP("Device", "Channel %1"),
                          QT_TRANSLATE_NOOP("Device", "Channel"), name), [el_type]
        case Kind.INPUT:
            known = _INPUT_WORDS.get(el_type)
            title = known.words() if known else _named(
                QT_TRANSLATE_NOOP("Device", "Input %1"), QT_TRANSLATE_NOOP("Device", "Input"), el_type)
            return title, [element.get("bus") or ""]
        case Kind.SOUND:
            return QT_TRANSLATE_NOOP("Device", "Sound").words(), [element.get("model") or ""]
        case Kind.CONTROLLER:
            name = _CONTROLLER_WORDS.get(el_type, el_type)
            return QT_TRANSLATE_NOOP("Device", "%1 controller %2").words(
                name, element.get("index", "0")), [element.get("model") or ""]
        case Kind.RNG:
            backend = element.find("backend")
            source = (backend.text or backend.get("model")) if backend is not None else None
            return QT_TRANSLATE_NOOP("Device", "RNG").words(), [source or "", element.get("model") or ""]
        case Kind.TPM:
            return QT_TRANSLATE_NOOP("Device", "TPM").words(), [
                element.get("model") or "", _attr(element, "backend", "type") or ""]
        case Kind.WATCHDOG:
            return _named(QT_TRANSLATE_NOOP("Device", "Watchdog %1"),
                          QT_TRANSLATE_NOOP("Device", "Watchdog"), element.get("model")), [
                QT_TRANSLATE_NOOP("Device", "action %1").words(element.get("action", "reset"))]
        case Kind.MEMBALLOON:
            return QT_TRANSLATE_NOOP("Device", "Memory balloon").words(), [element.get("model") or ""]
        case Kind.HOSTDEV:
            return _named(QT_TRANSLATE_NOOP("Device", "Host device %1"),
                          QT_TRANSLATE_NOOP("Device", "Host device"), _hostdev_identity(element)), []
        case Kind.FILESYSTEM:
            src = _attr(element, "source", "dir") or _attr(element, "source", "name")
            return _named(QT_TRANSLATE_NOOP("Device", "Filesystem %1"),
                          QT_TRANSLATE_NOOP("Device", "Filesystem"), _attr(element, "target", "dir")), [
                src or ""]
        case Kind.REDIRDEV:
            return QT_TRANSLATE_NOOP("Device", "USB redirection").words(), [el_type]
        case _:
            other = _OTHER_WORDS.get(element.tag)
            # An element we have no words for is named by its tag (libvirt's own term).
            return (other.words() if other else Words(CONTEXT, "%1", (element.tag,))), [el_type]


def describe(element: etree._Element) -> Words:
    """Summary in words of a device element that is not (yet) in a document."""
    return wrap_device(element, "").summary
