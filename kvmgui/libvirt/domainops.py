"""Blocking edits of a VM's settings; run them with ``Connection.run``.

Every change is written to the persistent definition (``defineXML`` of the edited
inactive XML). When the VM runs, it is also applied to the running VM where
libvirt can (hotplug, balloon, vCPU hotplug, media change); what libvirt cannot
change live stays *pending until restart*, which ``ApplyResult.pending`` lists
(the inactive definition compared with the live XML).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

import libvirt

from kvmgui.libvirt import virsh
from kvmgui.xml.base import parse_xml
from kvmgui.xml.devices import Device
from kvmgui.xml.diff import pending_changes
from kvmgui.xml.domain import DomainDoc
from kvmgui.xml.pool import volume_xml

LIVE = libvirt.VIR_DOMAIN_AFFECT_LIVE
EDIT_FLAGS = libvirt.VIR_DOMAIN_XML_INACTIVE | libvirt.VIR_DOMAIN_XML_SECURE


class RestartNeededError(Exception):
    """Raised by a live step when libvirt has no way to make this change while running."""


class LiveOutcome(Enum):
    NOT_RUNNING = "not running"  # the definition is all there is
    NOT_NEEDED = "not needed"  # nothing of the running VM's settings changed (e.g. autostart)
    APPLIED = "applied"  # the running VM has it too
    PENDING = "pending"  # only at the next start, by design
    FAILED = "failed"  # libvirt refused the live change: pending too


@dataclass(frozen=True)
class DomainXml:
    """A VM's definition (inactive XML) and, while it runs, its live XML."""

    uuid: str
    inactive: str
    live: str | None
    persistent: bool
    autostart: bool

    @property
    def pending(self) -> list[str]:
        """What the next start changes, in words; empty when stopped or nothing differs."""
        if self.live is None or not self.persistent:
            return []
        return pending_changes(self.inactive, self.live)


@dataclass(frozen=True)
class Change:
    """One user edit: ``edit`` changes the definition, ``live`` the running VM.

    ``live`` is None when the change only takes effect at the next start. ``host``
    runs after the definition is saved, for settings outside the XML (autostart).
    """

    what: str
    edit: Callable[[DomainDoc], None]
    live: Callable[[libvirt.virDomain], None] | None = None
    host: Callable[[libvirt.virDomain], None] | None = None


@dataclass(frozen=True)
class ApplyResult:
    what: str
    defined: bool
    live: LiveOutcome
    live_error: str
    xml: DomainXml
    notes: list[str] = field(default_factory=list)

    @property
    def message(self) -> str:
        """What happened, honestly, in one sentence or two."""
        saved = f"{self.what}: saved" if self.defined else f"{self.what}: done"
        match self.live:
            case LiveOutcome.NOT_RUNNING | LiveOutcome.NOT_NEEDED:
                text = f"{saved}."
            case LiveOutcome.APPLIED:
                text = f"{saved} and applied to the running VM."
            case LiveOutcome.PENDING:
                why = f" ({self.live_error})" if self.live_error else ""
                text = f"{saved}; takes effect when the VM is next started{why}."
            case _:
                error = self.live_error.rstrip()
                error += "" if error.endswith((".", "!", "?")) else "."
                text = (f"{saved}, but the running VM could not take it: {error} "
                        "It takes effect when the VM is next started.")
        return " ".join([text, *self.notes])


def _dom(conn: libvirt.virConnect, uuid: str) -> libvirt.virDomain:
    return conn.lookupByUUIDString(uuid)


def _inactive_xml(dom: libvirt.virDomain) -> str:
    try:
        return str(dom.XMLDesc(EDIT_FLAGS))
    except libvirt.libvirtError as exc:
        # Read-only connections may not see secrets; edits fail there anyway.
        if exc.get_error_code() != libvirt.VIR_ERR_OPERATION_DENIED:
            raise
        return str(dom.XMLDesc(libvirt.VIR_DOMAIN_XML_INACTIVE))


def _snapshot(dom: libvirt.virDomain) -> DomainXml:
    active = bool(dom.isActive())
    persistent = bool(dom.isPersistent())
    return DomainXml(
        uuid=dom.UUIDString(),
        inactive=_inactive_xml(dom) if persistent else dom.XMLDesc(0),
        live=dom.XMLDesc(0) if active else None,
        persistent=persistent,
        autostart=bool(dom.autostart()) if persistent else False,
    )


def read_xml(conn: libvirt.virConnect, uuid: str) -> DomainXml:
    return _snapshot(_dom(conn, uuid))


def pending(conn: libvirt.virConnect, uuid: str) -> list[str]:
    """What is pending until restart for this VM (for a list's "pending" mark)."""
    return read_xml(conn, uuid).pending


def apply_change(conn: libvirt.virConnect, uuid: str, change: Change) -> ApplyResult:
    """Define the edited definition, then apply live where possible.

    A failed define raises (libvirt's error) and changes nothing. A failed live
    step is reported in the result: the definition has the change, the running VM
    gets it at the next start.
    """
    dom = _dom(conn, uuid)
    persistent = bool(dom.isPersistent())
    defined = False
    if persistent:
        before = _inactive_xml(dom)
        doc = DomainDoc.from_string(before)
        change.edit(doc)
        after = doc.to_string()
        if DomainDoc.from_string(before).to_string() != after:
            virsh.define(conn, after, dom.name())
            defined = True
    elif change.live is None and change.host is None:
        raise ValueError(f"{dom.name()} is transient (it has no persistent definition to change)")
    outcome, error = _apply_live(dom, change, defined)
    if change.host is not None:
        change.host(dom)
        defined = True
    return ApplyResult(change.what, defined, outcome, error, _snapshot(dom))


def _apply_live(dom: libvirt.virDomain, change: Change, defined: bool) -> tuple[LiveOutcome, str]:
    if not dom.isActive():
        return LiveOutcome.NOT_RUNNING, ""
    if change.live is None:
        return (LiveOutcome.PENDING if defined else LiveOutcome.NOT_NEEDED), ""
    try:
        change.live(dom)
    except RestartNeededError as why:
        return LiveOutcome.PENDING, str(why)
    except libvirt.libvirtError as exc:
        return LiveOutcome.FAILED, exc.get_error_message() or str(exc)
    return LiveOutcome.APPLIED, ""


def _live_doc(dom: libvirt.virDomain) -> DomainDoc:
    return DomainDoc.from_string(dom.XMLDesc(0))


# -- Changes ---------------------------------------------------------------------------------


def set_title_description(title: str, description: str) -> Change:
    def edit(doc: DomainDoc) -> None:
        doc.title = title or None
        doc.description = description or None

    def live(dom: libvirt.virDomain) -> None:
        for kind, text in ((libvirt.VIR_DOMAIN_METADATA_TITLE, title),
                           (libvirt.VIR_DOMAIN_METADATA_DESCRIPTION, description)):
            virsh.set_metadata(dom, kind, text or None, LIVE)

    return Change("Title and description", edit, live)


def set_autostart(on: bool) -> Change:
    return Change("Autostart", lambda _doc: None, host=lambda dom: virsh.set_autostart(dom, on))


def combine(what: str, changes: list[Change]) -> Change:
    """Several changes saved with one define; live steps run in order."""
    if len(changes) == 1:
        return changes[0]

    def edit(doc: DomainDoc) -> None:
        for change in changes:
            change.edit(doc)

    def live(dom: libvirt.virDomain) -> None:
        later = []
        for change in changes:
            try:
                if change.live is not None:
                    change.live(dom)
                elif change.host is None:  # host-side settings have nothing to apply live
                    raise RestartNeededError(f"{change.what.lower()} at the next start")
            except RestartNeededError as why:
                later.append(str(why))
        if later:
            raise RestartNeededError("; ".join(later))

    def host(dom: libvirt.virDomain) -> None:
        for change in changes:
            if change.host is not None:
                change.host(dom)

    return Change(what, edit,
                  live if any(c.live for c in changes) else None,
                  host if any(c.host for c in changes) else None)


def set_vcpus(current: int, maximum: int) -> Change:
    def edit(doc: DomainDoc) -> None:
        doc.max_vcpus = maximum
        doc.vcpus = current

    def live(dom: libvirt.virDomain) -> None:
        now = _live_doc(dom)
        if now.max_vcpus != maximum:
            raise RestartNeededError("the maximum number of vCPUs is fixed while the VM runs")
        if now.vcpus != current:
            virsh.set_vcpus(dom, current, LIVE)

    return Change("vCPUs", edit, live)


def set_memory(current_kib: int, max_kib: int) -> Change:
    def edit(doc: DomainDoc) -> None:
        doc.max_memory_kib = max_kib
        doc.memory_kib = current_kib

    def live(dom: libvirt.virDomain) -> None:
        now = _live_doc(dom)
        if now.max_memory_kib != max_kib:
            raise RestartNeededError("the maximum memory is fixed while the VM runs")
        if now.memory_kib != current_kib:
            virsh.set_memory(dom, current_kib, LIVE)  # the balloon

    return Change("Memory", edit, live)


def set_cpu_model(mode: str | None, model: str | None) -> Change:
    def edit(doc: DomainDoc) -> None:
        doc.cpu_mode = mode
        doc.cpu_model = model if mode == "custom" else None

    return Change("CPU model", edit)


@dataclass(frozen=True)
class BootSettings:
    order: list[str]  # legacy devices ('hd', 'cdrom', …) or device keys, per ``by_device``
    by_device: bool
    menu: bool
    kernel: str | None = None
    initrd: str | None = None
    cmdline: str | None = None


def set_boot(boot: BootSettings) -> Change:
    def edit(doc: DomainDoc) -> None:
        if boot.by_device:
            doc.set_boot_order(boot.order)
        else:
            for dev in doc.devices():
                dev.boot_order = None
            doc.boot_devices = boot.order
        doc.boot_menu = True if boot.menu else None
        doc.kernel, doc.initrd, doc.cmdline = boot.kernel, boot.initrd, boot.cmdline

    return Change("Boot options", edit)


def add_device(element_xml: str, what: str = "New device") -> Change:
    """Add a device; hot-plugged into a running VM when libvirt and the guest allow."""

    def edit(doc: DomainDoc) -> None:
        doc.add_device(parse_xml(element_xml))

    return Change(what, edit, lambda dom: virsh.attach_device(dom, element_xml, LIVE))


def remove_device(key: str, what: str = "Device removal") -> Change:
    def edit(doc: DomainDoc) -> None:
        doc.remove_device(key)

    def live(dom: libvirt.virDomain) -> None:
        device = _live_doc(dom).find_device(key)
        if device is not None:
            # The guest is asked to let go; libvirt reports the removal with an event.
            virsh.detach_device(dom, device.to_string(), LIVE)

    return Change(what, edit, live)


def update_device(key: str, mutate: Callable[[Device], None], what: str, *,
                  live_possible: bool = True) -> Change:
    """Change one device in place; live through updateDeviceFlags (NIC link and source,
    CD-ROM media) when ``live_possible``; libvirt says when it cannot."""

    def edit(doc: DomainDoc) -> None:
        device = doc.find_device(key)
        if device is None:
            raise KeyError(f"The VM no longer has the device {key}")
        mutate(device)

    def live(dom: libvirt.virDomain) -> None:
        device = _live_doc(dom).find_device(key)
        if device is None:
            raise RestartNeededError("the running VM does not have this device yet")
        mutate(device)
        virsh.update_device(dom, device.to_string(), LIVE)

    return Change(what, edit, live if live_possible else None)


def edit_definition(edit: Callable[[DomainDoc], None], what: str) -> Change:
    """A change of the definition only (takes effect at the next start)."""
    return Change(what, edit)


# -- Storage for new disks -------------------------------------------------------------------


def add_disk_on_new_volume(conn: libvirt.virConnect, uuid: str, pool: str, name: str,
                           capacity_bytes: int, fmt: str,
                           disk_xml: Callable[[str], str]) -> ApplyResult:
    """Create a volume in ``pool``, then add the disk ``disk_xml(volume path)``.

    When the define fails, the new volume is deleted again: the host stays as it was.
    """
    vol = virsh.vol_create(conn.storagePoolLookupByName(pool),
                           volume_xml(name, capacity_bytes, fmt), name)  # type: ignore[arg-type]
    path = vol.path()
    try:
        return apply_change(conn, uuid, add_device(disk_xml(path), "New disk"))
    except Exception:
        virsh.vol_delete(vol, path)
        raise


# -- Definitions of any kind, for the XML editor ----------------------------------------------


def _lookup(conn: libvirt.virConnect, kind: str, uuid: str) -> Any:  # virDomain/Network/StoragePool
    lookups = {"domain": conn.lookupByUUIDString, "network": conn.networkLookupByUUIDString,
               "pool": conn.storagePoolLookupByUUIDString}
    return lookups[kind](uuid)


def read_definition(conn: libvirt.virConnect, kind: str, uuid: str) -> str:
    """The XML to edit: the persistent definition (with secrets, for domains)."""
    obj = _lookup(conn, kind, uuid)
    if kind == "domain":
        return _inactive_xml(obj)
    flag = libvirt.VIR_NETWORK_XML_INACTIVE if kind == "network" else libvirt.VIR_STORAGE_XML_INACTIVE
    try:
        return str(obj.XMLDesc(flag))
    except libvirt.libvirtError as exc:
        # Some drivers (test) know no inactive flag: their XML is the definition.
        if exc.get_error_code() not in (libvirt.VIR_ERR_INVALID_ARG, libvirt.VIR_ERR_NO_SUPPORT):
            raise
        return str(obj.XMLDesc(0))


def define_definition(conn: libvirt.virConnect, kind: str, uuid: str, xml: str) -> str:
    """Define ``xml`` and return the definition as libvirt now has it."""
    define = {"domain": virsh.define, "network": virsh.net_define, "pool": virsh.pool_define}
    define[kind](conn, xml, _lookup(conn, kind, uuid).name())
    return read_definition(conn, kind, uuid)

