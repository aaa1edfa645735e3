"""What changes: a text diff of two XML documents, and pending changes of a running VM in words.

A pending change is a :class:`PendingChange`: what kind of change, what it is about (a
setting's element or a device's key: logic looks at these) and its :class:`Words`.
"""

from __future__ import annotations

import difflib
from copy import deepcopy
from dataclasses import dataclass
from enum import Enum

from lxml import etree

from kvmgui.xml.base import drop_attr, parse_xml, to_xml
from kvmgui.xml.devices import Device, Disk, Interface
from kvmgui.xml.domain import DomainDoc, mib
from kvmgui.xml.words import QT_TRANSLATE_NOOP, Arg, Words


class PendingKind(Enum):
    VALUE = "value"  # a number: vCPUs, memory
    SETTING = "setting"  # a top-level element of the definition
    ADDED = "added"  # a device
    REMOVED = "removed"
    CHANGED = "changed"
    MOVED = "moved"  # a disk at another target (its bus changed), a NIC given another MAC:
    # ``was`` its running key


@dataclass(frozen=True)
class PendingChange:
    """One difference between the running VM and its definition.

    ``subject``: a :class:`DomainDoc` property for values (``vcpus``, ``max_vcpus``,
    ``memory_kib``, ``max_memory_kib``), the element's tag for settings (``os``, ``cpu``,
    ``title`` …), the device's key for devices (for a moved disk or a NIC with another MAC,
    its key at the next start and ``was`` its key in the running VM).
    """

    kind: PendingKind
    subject: str
    words: Words
    was: str = ""


def canonical_xml(xml: str) -> str:
    """Pretty-printed C14N: attribute order, quoting, comments and the blanks between
    elements do not matter. Blanks inside a text do: libvirt keeps them (a name ' a ' is
    another name), so they are not stripped (parse_xml drops the indentation)."""
    return to_xml(parse_xml(etree.canonicalize(xml)))


def xml_diff(old: str, new: str, old_label: str = "current", new_label: str = "new") -> list[str]:
    """Unified diff lines (no line ends); empty when the documents mean the same."""
    return list(
        difflib.unified_diff(
            canonical_xml(old).splitlines(),
            canonical_xml(new).splitlines(),
            fromfile=old_label,
            tofile=new_label,
            lineterm="",
        )
    )


# Top-level settings named in words; the rest are reported by their tag.
_SETTING_WORDS = {
    "name": QT_TRANSLATE_NOOP("PendingChange", "Name"),
    "title": QT_TRANSLATE_NOOP("PendingChange", "Title"),
    "description": QT_TRANSLATE_NOOP("PendingChange", "Description"),
    "metadata": QT_TRANSLATE_NOOP("PendingChange", "Metadata"),
    "cpu": QT_TRANSLATE_NOOP("PendingChange", "CPU model or topology"),
    "os": QT_TRANSLATE_NOOP("PendingChange", "Boot and firmware settings"),
    "features": QT_TRANSLATE_NOOP("PendingChange", "Hypervisor features"),
    "clock": QT_TRANSLATE_NOOP("PendingChange", "Clock"),
    "on_poweroff": QT_TRANSLATE_NOOP("PendingChange", "Action on power-off"),
    "on_reboot": QT_TRANSLATE_NOOP("PendingChange", "Action on reboot"),
    "on_crash": QT_TRANSLATE_NOOP("PendingChange", "Action on crash"),
    "memoryBacking": QT_TRANSLATE_NOOP("PendingChange", "Memory backing"),
    "cputune": QT_TRANSLATE_NOOP("PendingChange", "CPU tuning"),
    "numatune": QT_TRANSLATE_NOOP("PendingChange", "NUMA tuning"),
    "pm": QT_TRANSLATE_NOOP("PendingChange", "Power management"),
}
# Compared through DomainDoc instead, to be reported with values.
_SCALAR_TAGS = {"vcpu", "memory", "currentMemory", "devices"}


def _remove(nodes: list[etree._Element]) -> None:
    for node in nodes:
        parent = node.getparent()
        assert parent is not None  # found below the root
        parent.remove(node)


def _strip_live_noise(root: etree._Element) -> None:
    """Drop what libvirt adds or fills in when a VM starts, so only real changes remain."""
    drop_attr(root, "id")
    _remove(root.findall(".//alias") + root.findall(".//seclabel") + root.findall("resource"))
    _remove(root.findall("devices/*/address") + root.findall("devices/disk//backingStore"))
    _remove(root.findall("devices/interface/target"))
    if (genid := root.find("genid")) is not None:
        genid.text = None
    for src in root.iterfind("devices/disk//source"):
        drop_attr(src, "index")
    for nic in root.iterfind("devices/interface"):
        for src in nic.iterfind("source"):
            drop_attr(src, "portid")
            if nic.get("type") == "network":
                drop_attr(src, "bridge")
    for char in [el for el in root.iterfind("devices/*") if el.tag in ("serial", "console", "channel")]:
        drop_attr(char, "tty")
        for src in char.findall("source"):
            # pty paths, and sockets that libvirt names itself, exist only while running.
            if char.get("type") == "pty":
                drop_attr(src, "path")
            path = src.get("path")
            if src.get("mode") == "bind" and (path is None or "/libvirt/qemu/channel/" in path):
                drop_attr(src, "path")
                src.attrib.pop("mode")
            if not src.attrib and not len(src):
                char.remove(src)
        for target in char.iterfind("target"):
            drop_attr(target, "state")  # guest agent connected or not
    for gfx in root.iterfind("devices/graphics"):
        drop_attr(gfx, "listen")  # copy of the first <listen>
        if gfx.get("autoport") == "yes":
            for attr in ("port", "tlsPort", "websocket"):
                drop_attr(gfx, attr)
    os_el = root.find("os")
    if os_el is not None and os_el.get("firmware"):
        # Firmware auto-selection writes the chosen files into the live XML.
        _remove(os_el.findall("loader") + os_el.findall("nvram") + os_el.findall("firmware"))


def _drop_filled_in_listen(config: etree._Element, live: etree._Element) -> None:
    """At start libvirt fills a listen address left out of the config from qemu.conf."""
    wanted = {gfx.get("type"): gfx.findall("listen") for gfx in config.iterfind("devices/graphics")}
    for gfx in live.iterfind("devices/graphics"):
        for listen, asked in zip(gfx.findall("listen"), wanted.get(gfx.get("type"), []), strict=False):
            if asked.get("address") is None:
                drop_attr(listen, "address")


def _c14n(element: etree._Element) -> str:
    text: str = etree.canonicalize(element, strip_text=True)
    return text


def _count(value: int) -> Arg:
    return value


def _scalar_changes(now: DomainDoc, later: DomainDoc) -> list[PendingChange]:
    changes = []
    for subject, text, show in (
        ("vcpus", QT_TRANSLATE_NOOP("PendingChange", "vCPUs: %1 → %2"), _count),
        ("max_vcpus", QT_TRANSLATE_NOOP("PendingChange", "Maximum vCPUs: %1 → %2"), _count),
        ("memory_kib", QT_TRANSLATE_NOOP("PendingChange", "Memory: %1 MiB → %2 MiB"), mib),
        ("max_memory_kib", QT_TRANSLATE_NOOP("PendingChange", "Maximum memory: %1 MiB → %2 MiB"), mib),
    ):
        before, after = getattr(now, subject), getattr(later, subject)
        if before != after:
            changes.append(PendingChange(PendingKind.VALUE, subject, text.words(show(before), show(after))))
    return changes


def _setting_changes(now: etree._Element, later: etree._Element) -> list[PendingChange]:
    tags = dict.fromkeys(el.tag for el in [*later, *now] if isinstance(el.tag, str))
    changes = []
    for tag in tags:
        if tag in _SCALAR_TAGS:
            continue
        if tag == "cpu" and later.find("cpu[@mode='host-model']") is not None:
            continue  # the live XML shows the expanded host model, not what was asked for
        if [_c14n(e) for e in now.findall(tag)] != [_c14n(e) for e in later.findall(tag)]:
            known = _SETTING_WORDS.get(tag)
            what: Arg = known.words() if known else f"<{etree.QName(tag).localname}>"
            changes.append(PendingChange(PendingKind.SETTING, tag,
                                         QT_TRANSLATE_NOOP("PendingChange", "%1 changed").words(what)))
    return changes


def _same_disk(old: Device, new: Device) -> bool:
    """A disk's key is its target, which a bus change renames (vda → sda): the same image
    in a drive of the same kind is that disk moved, not another one added. Drives without
    media share no image: only a bus change can have moved one (sdb → sdc is another)."""
    if not (isinstance(old, Disk) and isinstance(new, Disk)) or (old.kind, old.source) != (
            new.kind, new.source):
        return False
    return bool(old.source) or old.bus != new.bus


def _without_mac(nic: Device) -> str:
    node = deepcopy(nic.node)
    _remove(node.findall("mac"))
    return _c14n(node)


def _same_nic(old: Device, new: Device, nics_now: list[str], nics_later: list[str],
              *, by_place: bool) -> bool:
    """A NIC's key is its MAC, which can be edited: a card the same but for its MAC (or,
    ``by_place``, on the same source in the same place among the NICs) is that card."""
    if not (isinstance(old, Interface) and isinstance(new, Interface)):
        return False
    if by_place:
        return (old.source_type, old.source) == (new.source_type, new.source) \
            and nics_now.index(old.key) == nics_later.index(new.key)
    return _without_mac(old) == _without_mac(new)


def _device_changes(now: DomainDoc, later: DomainDoc) -> list[PendingChange]:
    before = {d.key: d for d in now.devices()}
    after = {d.key: d for d in later.devices()}
    nics_now, nics_later = ([k for k, d in devs.items() if isinstance(d, Interface)]
                            for devs in (before, after))
    added = QT_TRANSLATE_NOOP("PendingChange", "Added %1")
    removed = QT_TRANSLATE_NOOP("PendingChange", "Removed %1")
    changed = QT_TRANSLATE_NOOP("PendingChange", "Changed %1")
    moved = QT_TRANSLATE_NOOP("PendingChange", "Moved %1 to %2")
    renamed = QT_TRANSLATE_NOOP("PendingChange", "Changed %1 to %2")
    changes = []
    for key, d in [(k, d) for k, d in after.items() if k not in before]:
        gone = [old for k, old in before.items() if k not in after]
        was = next((old for old in gone if _same_disk(old, d)), None) or next(
            (old for by_place in (False, True) for old in gone
             if _same_nic(old, d, nics_now, nics_later, by_place=by_place)), None)
        if was is None:
            changes.append(PendingChange(PendingKind.ADDED, key, added.words(d.summary)))
        else:
            words = (moved if isinstance(d, Disk) else renamed).words(was.title, d.summary)
            changes.append(PendingChange(PendingKind.MOVED, key, words, was.key))
            del before[was.key]
    changes += [PendingChange(PendingKind.REMOVED, key, removed.words(d.summary))
                for key, d in before.items() if key not in after]
    changes += [
        PendingChange(PendingKind.CHANGED, key, changed.words(d.summary))
        for key, d in after.items()
        if key in before and _c14n(d.node) != _c14n(before[key].node)
    ]
    return changes


def _strip_cpu_expansion(live: etree._Element, persistent: etree._Element) -> None:
    """At start libvirt records the CPU QEMU really gave (check='full', the features it
    requires); keep only what the definition asks for, so that is not called pending."""
    live_cpu, asked = live.find("cpu"), persistent.find("cpu")
    if live_cpu is None:
        return
    if asked is None:
        live.remove(live_cpu)  # the hypervisor's default CPU, as chosen at start
        return
    for cpu in (live_cpu, asked):
        drop_attr(cpu, "check")
    wanted = {f.get("name") for f in asked.iterfind("feature")}
    _remove([f for f in live_cpu.findall("feature") if f.get("name") not in wanted])


def pending_changes(inactive_xml: str, live_xml: str) -> list[PendingChange]:
    """What differs between a running VM (live XML) and its persistent definition,
    i.e. what takes effect after the next shutdown. Empty when nothing is pending."""
    later, now = DomainDoc.from_string(inactive_xml), DomainDoc.from_string(live_xml)
    for doc in (later, now):
        _strip_live_noise(doc.node)
    _strip_cpu_expansion(now.node, later.node)
    _drop_filled_in_listen(later.node, now.node)
    return (
        _scalar_changes(now, later)
        + _setting_changes(now.node, later.node)
        + _device_changes(now, later)
    )

