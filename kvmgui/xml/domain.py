"""DomainDoc: a libvirt domain's XML kept as an lxml tree and edited in place."""

from __future__ import annotations

import re
from typing import Literal

from lxml import etree

from kvmgui.xml.base import XMLDocument, bool_property, drop_attr, text_property
from kvmgui.xml.device_specs import next_target_dev, target_prefix
from kvmgui.xml.devices import Device, Disk, Interface, device_elements, device_keys, wrap_device
from kvmgui.xml.inplace import PlacedProperty, ensure_path, insert_child, scaled_bytes
from kvmgui.xml.words import QT_TRANSLATE_NOOP, Arg, Words

_HYPERVISOR_WORDS = {
    "kvm": QT_TRANSLATE_NOOP("Hypervisor", "KVM (hardware-accelerated)"),
    "qemu": QT_TRANSLATE_NOOP("Hypervisor", "QEMU (software emulation, TCG)"),
    "xen": QT_TRANSLATE_NOOP("Hypervisor", "Xen"),
    "lxc": QT_TRANSLATE_NOOP("Hypervisor", "LXC container"),
    "test": QT_TRANSLATE_NOOP("Hypervisor", "libvirt test driver"),
}

# Children of <os> in the order libvirt writes them; new ones go after their predecessors.
_OS_ORDER = ("type", "firmware", "loader", "nvram", "kernel", "initrd", "cmdline", "dtb", "boot")
_HEAD_ORDER = ("name", "uuid", "genid", "title", "description", "metadata")
# kvmgui's own <metadata> child: what the VM was made with that libvirt does not keep.
KVMGUI_NS = "https://kvmgui.github.io/xmlns/domain/1.0"


def _after(order: tuple[str, ...], tag: str) -> tuple[str, ...]:
    return order[: order.index(tag)] if tag in order else order


class DomainDoc(XMLDocument):
    """Settings of one domain; unknown elements and attributes are kept as they are."""

    ROOT_TAG = "domain"

    name = text_property("./name")
    uuid = PlacedProperty(text_property("./uuid"), after=("name",))
    title = PlacedProperty(text_property("./title"), after=_after(_HEAD_ORDER, "title"))
    description = PlacedProperty(
        text_property("./description"), after=_after(_HEAD_ORDER, "description")
    )
    hypervisor_type = text_property("./@type")
    os_type = text_property("./os/type")
    arch = text_property("./os/type/@arch")
    machine = text_property("./os/type/@machine")
    emulator = PlacedProperty(text_property("./devices/emulator"), after=())
    cpu_mode = text_property("./cpu/@mode")
    cpu_model = text_property("./cpu/model")
    cpu_migratable = text_property("./cpu/@migratable")  # host-passthrough and maximum only
    cpu_check = text_property("./cpu/@check")  # not without a mode or model
    kernel = PlacedProperty(text_property("./os/kernel"), after=_after(_OS_ORDER, "kernel"))
    initrd = PlacedProperty(text_property("./os/initrd"), after=_after(_OS_ORDER, "initrd"))
    cmdline = PlacedProperty(text_property("./os/cmdline"), after=_after(_OS_ORDER, "cmdline"))
    boot_menu = bool_property("./os/bootmenu/@enable", default=False)

    @property
    def login_user(self) -> str:
        """The user its cloud-init made to log in with ('' when not made so): root is
        locked there unless asked for, so SSH is offered as this user."""
        found = self.node.find(f"./metadata/{{{KVMGUI_NS}}}login")
        return (found.get("user") or "") if found is not None else ""

    @property
    def hypervisor_words(self) -> str:
        """The hypervisor: a marked text (``Marked``) for the kinds we know, else libvirt's
        name for it ("" when the XML names none)."""
        kind = self.hypervisor_type or ""
        return _HYPERVISOR_WORDS.get(kind, kind)

    @property
    def firmware(self) -> Literal["BIOS", "UEFI"]:
        os_el = self.node.find("os")
        if os_el is None:
            return "BIOS"
        if os_el.get("firmware"):
            return "UEFI" if os_el.get("firmware") == "efi" else "BIOS"
        loader = os_el.find("loader")
        if loader is not None and (
            loader.get("type") == "pflash" or loader.get("readonly") == "yes"
        ):
            return "UEFI"
        return "BIOS"

    # -- vCPUs and memory -----------------------------------------------------------------

    @property
    def max_vcpus(self) -> int:
        return int(self.node.findtext("vcpu") or 1)

    @max_vcpus.setter
    def max_vcpus(self, count: int) -> None:
        current = self.vcpus  # stays unless above the new maximum
        node = ensure_path(self.node, "vcpu", after=("currentMemory", "memory"))
        node.text = str(count)
        self.vcpus = min(current, count)
        self._fit_topology(count)

    @property
    def vcpus(self) -> int:
        node = self.node.find("vcpu")
        return self.max_vcpus if node is None else int(node.get("current") or self.max_vcpus)

    @vcpus.setter
    def vcpus(self, count: int) -> None:
        node = ensure_path(self.node, "vcpu", after=("currentMemory", "memory"))
        if count == self.max_vcpus:
            drop_attr(node, "current")
        else:
            node.set("current", str(count))

    def _fit_topology(self, total: int) -> None:
        # libvirt refuses a topology whose product differs from the vCPU maximum.
        topo = self.node.find("cpu/topology")
        if topo is None:
            return
        # Sockets never grow: their cores (and dies, clusters and threads, where they
        # divide) take the count, as on a real machine. Windows client editions use at
        # most two sockets (Home one), so 2 sockets of 2 cores made 3 sockets for 6 vCPUs
        # or 5 sockets of 1 core for 5 would show the guest 4 or 2 of them. Where the
        # sockets do not divide the count, the most that do (fewer, down to one).
        sockets = int(topo.get("sockets", "1"))
        sockets = max(d for d in range(1, max(min(sockets, total), 1) + 1) if total % d == 0)
        each = total // sockets
        per_core = 1
        for attr in ("dies", "clusters", "threads"):
            per_core *= int(topo.get(attr, "1"))
        if each % per_core:
            for attr in ("dies", "clusters", "threads"):
                if attr in topo.attrib:
                    topo.set(attr, "1")
            per_core = 1
        topo.set("sockets", str(sockets))
        topo.set("cores", str(each // per_core))

    @property
    def max_memory_kib(self) -> int:
        return -(-(scaled_bytes(self.node.find("memory"), "KiB") or 0) // 1024)

    @max_memory_kib.setter
    def max_memory_kib(self, kib: int) -> None:
        current = self.memory_kib  # stays unless above the new maximum
        self._set_kib("memory", kib, after=("description", "title", "uuid", "name"))
        self.memory_kib = min(current, kib)

    @property
    def memory_kib(self) -> int:
        current = scaled_bytes(self.node.find("currentMemory"), "KiB")
        return self.max_memory_kib if current is None else -(-current // 1024)

    @memory_kib.setter
    def memory_kib(self, kib: int) -> None:
        self._set_kib("currentMemory", kib, after=("memory",))

    def _set_kib(self, tag: str, kib: int, after: tuple[str, ...]) -> None:
        node = ensure_path(self.node, tag, after=after)
        node.set("unit", "KiB")
        node.text = str(kib)

    # -- Boot -----------------------------------------------------------------------------

    @property
    def boot_devices(self) -> list[str]:
        """Legacy boot order: 'hd', 'cdrom', 'network', 'fd' from `<os><boot dev=>`."""
        return [b.get("dev", "") for b in self.node.findall("os/boot")]

    @boot_devices.setter
    def boot_devices(self, devs: list[str]) -> None:
        os_el = ensure_path(self.node, "os")
        for boot in os_el.findall("boot"):
            os_el.remove(boot)
        for dev in devs:
            insert_child(os_el, etree.Element("boot", dev=dev), after=_OS_ORDER)

    def boot_order_keys(self) -> list[str]:
        """Keys of devices with a per-device `<boot order=>`, first to boot first."""
        ordered = [d for d in self.devices() if d.boot_order is not None]
        return [d.key for d in sorted(ordered, key=lambda d: d.boot_order or 0)]

    def set_boot_order(self, keys: list[str]) -> None:
        """Boot from these devices in this order; replaces `<os><boot dev=>`, which libvirt
        does not allow together with per-device order."""
        self.boot_devices = []
        targets = [self._require(key) for key in keys]
        for dev in self.devices():
            dev.boot_order = None
        for order, dev in enumerate(targets, start=1):
            dev.boot_order = order

    # -- Devices --------------------------------------------------------------------------

    def devices(self) -> list[Device]:
        elements = device_elements(self.node.find("devices"))
        keys = device_keys(elements)
        return [wrap_device(el, key) for el, key in zip(elements, keys, strict=True)]

    def find_device(self, key: str) -> Device | None:
        return next((d for d in self.devices() if d.key == key), None)

    def add_device(self, element: etree._Element) -> Device:
        """Add next to devices of the same type, as libvirt lists them."""
        devices = ensure_path(self.node, "devices")
        same_tag = devices.find(element.tag) is not None
        insert_child(devices, element, after=(element.tag,) if same_tag else None)
        return self._wrapper_of(element)

    def paired_with(self, key: str) -> list[Device]:
        """The devices removed together with ``key``'s: a serial port and the console
        that mirrors it (libvirt recreates either at define time while the other is there)."""
        node = self._require(key).node
        kind, port = _console_target(node)
        if node.tag == "serial":
            return [d for d in self.devices()
                    if d.node.tag == "console" and _console_target(d.node) == ("serial", port)]
        if node.tag == "console" and kind == "serial":
            return [d for d in self.devices()
                    if d.node.tag == "serial" and _console_target(d.node)[1] == port]
        return []

    def remove_device(self, key: str) -> Device:
        """Remove the device of ``key``, and those paired with it (``paired_with``)."""
        device = self._require(key)
        devices = self.node.find("devices")
        assert devices is not None  # _require found the device in it
        for gone in [device, *self.paired_with(key)]:
            devices.remove(gone.node)
        return device

    def disk_targets(self) -> list[str]:
        return [d.target for d in self.devices() if isinstance(d, Disk) and d.target]

    def set_disk_bus(self, key: str, bus: str) -> str:
        """Move a disk to another bus, renaming its target (vda → sda) when the prefix differs.

        Returns the disk's new key.
        """
        disk = self._require(key)
        if not isinstance(disk, Disk):
            raise TypeError(f"{key} is not a disk")
        disk.bus = bus
        if not (disk.target or "").startswith(target_prefix(bus)):
            others = [t for t in self.disk_targets() if t != disk.target]
            disk.target = next_target_dev(bus, others)
        return self._wrapper_of(disk.node).key

    def _wrapper_of(self, element: etree._Element) -> Device:
        return next(d for d in self.devices() if d.node is element)

    def _require(self, key: str) -> Device:
        device = self.find_device(key)
        if device is None:
            raise KeyError(f"no device {key!r} in domain {self.name!r}")
        return device


def _console_target(element: etree._Element) -> tuple[str, str]:
    """(target type, port) of a console, with libvirt's defaults for an HVM guest."""
    target = element.find("target")
    if target is None:
        return "serial", "0"
    return target.get("type", "serial"), target.get("port", "0")


def interface_macs(doc: DomainDoc) -> list[str]:
    return [d.mac.lower() for d in doc.devices() if isinstance(d, Interface) and d.mac]


def mib(kib: int) -> Arg:
    """KiB as a number of MiB (what the pages show) for ``Words``; an odd size as it is."""
    return kib // 1024 if kib % 1024 == 0 else f"{kib / 1024:g}"


def validate_memory(current_kib: int, max_kib: int) -> Words | None:
    if current_kib <= 0:
        return QT_TRANSLATE_NOOP("DomainCheck", "Memory must be more than 0").words()
    if current_kib > max_kib:
        return QT_TRANSLATE_NOOP(
            "DomainCheck", "Current memory (%1 MiB) cannot exceed maximum memory (%2 MiB)").words(
            mib(current_kib), mib(max_kib))
    return None


def validate_vcpus(current: int, maximum: int) -> Words | None:
    if current < 1:
        return QT_TRANSLATE_NOOP("DomainCheck", "A VM needs at least one vCPU").words()
    if current > maximum:
        return QT_TRANSLATE_NOOP(
            "DomainCheck", "Current vCPUs (%1) cannot exceed maximum vCPUs (%2)").words(current, maximum)
    return None


# What XML 1.0 has no place for (lxml refuses to write it): C0 controls but tab, line feed
# and carriage return, U+FFFE, U+FFFF and lone surrogates.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def validate_title_description(title: str, description: str) -> Words | None:
    """libvirt's title is one line ("can't contain newlines"); neither text may hold what
    XML cannot."""
    if _NOT_XML.search(title) or "\n" in title or "\r" in title:
        return QT_TRANSLATE_NOOP(
            "DomainCheck", "The title cannot contain line breaks or other control characters.").words()
    if _NOT_XML.search(description):
        return QT_TRANSLATE_NOOP(
            "DomainCheck",
            "The description cannot contain control characters other than line breaks and tabs.").words()
    return None
