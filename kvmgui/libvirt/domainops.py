"""Blocking edits of a VM's settings; run them with ``Connection.run``.

Every change is written to the persistent definition (``defineXML`` of the edited
inactive XML). When the VM runs, it is also applied to the running VM where
libvirt can (hotplug, balloon, vCPU hotplug, media change); what libvirt cannot
change live stays *pending until restart*, which ``DomainXml.pending`` lists
(the inactive definition compared with the live XML).

No display words here: a change is named by the GUI's own (translated) words or by
``Words``, results and reasons are codes and ``Words`` (``ApplyResult.words``); the GUI
says them with ``kvmgui.models.words.say``.

Past 400 lines on purpose: every edit shares the one define-then-apply-live path and its
outcome codes (``LiveOutcome``); the per-device live calls sit beside it so their
fallbacks read together.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import Enum
from functools import partial
from typing import Any

import libvirt

from kvmgui.libvirt import fanout, virsh, volops
from kvmgui.libvirt.imageformat import VHDX, ImageFormat, UnsupportedImageError, block_guess, image_facts
from kvmgui.xml.base import parse_xml
from kvmgui.xml.devices import Device
from kvmgui.xml.diff import PendingChange, pending_changes
from kvmgui.xml.domain import DomainDoc
from kvmgui.xml.pool_types import VolumeKind
from kvmgui.xml.volume_build import volume_spec_xml
from kvmgui.xml.volume_spec import Size, SizeUnit, VolumeSpec
from kvmgui.xml.words import QT_TRANSLATE_NOOP, Words, listing

LIVE = libvirt.VIR_DOMAIN_AFFECT_LIVE
EDIT_FLAGS = libvirt.VIR_DOMAIN_XML_INACTIVE | libvirt.VIR_DOMAIN_XML_SECURE


Label = str | Words  # what a change is called: the GUI's own words (translated), or Words


class RestartNeededError(Exception):
    """Raised by a live step when libvirt has no way to make this change while running;
    ``words`` say why."""

    def __init__(self, words: Words) -> None:
        super().__init__(words.english())
        self.words = words


class GuestHoldsError(RestartNeededError):
    """The guest has not let go of a device it was asked to unplug (QEMU answered the
    detach without waiting longer): it goes as soon as the guest does, and in a persistent
    VM's definition at once. A transient VM has nothing more to wait for."""


class DeviceGoneError(KeyError):
    """The definition no longer has the device a change is about."""

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key

    @property
    def words(self) -> Words:
        return QT_TRANSLATE_NOOP("DomainChange", "The VM no longer has the device %1.").words(self.key)


class TransientError(ValueError):
    """A change of the definition asked of a VM that has none."""

    def __init__(self, name: str) -> None:
        super().__init__(f"{name} is transient (it has no persistent definition to change)")
        self.name = name

    @property
    def words(self) -> Words:
        return QT_TRANSLATE_NOOP(
            "DomainChange", "%1 is transient: it has no persistent definition to change.").words(self.name)


class PartlyAppliedError(Exception):
    """A transient VM took some live steps of a combined change (``applied``), then not
    the rest: libvirt refused a step (``refused``, its message) or one waits for a next
    start (``later``), which a transient VM never has. What it took stays; ``xml`` is the
    VM as it is now."""

    def __init__(self, name: str, applied: list[Label], xml: DomainXml, *,
                 refused: str = "", later: Words | None = None) -> None:
        super().__init__(f"{name}: only part of the change was applied")
        self.name, self.applied, self.xml = name, applied, xml
        self.refused, self.later = refused, later

    @property
    def words(self) -> Words:
        if self.later is not None:
            return QT_TRANSLATE_NOOP(
                "DomainChange", "Only %1 took effect on the running VM. The rest was not "
                "applied and cannot wait for a restart (%2): %3 is transient, with no definition "
                "to keep it for the next start.").words(
                    listing(tuple(self.applied)), self.later, self.name)
        return QT_TRANSLATE_NOOP(
            "DomainChange", "Only %1 took effect on the running VM; libvirt refused the rest: "
            "%2").words(listing(tuple(self.applied)), _sentence(self.refused))


class _LiveInPartError(Exception):
    """Some live steps of a combined change were taken (``applied``) before ``cause``
    (a libvirt refusal or ``RestartNeededError``) kept the rest from the running VM."""

    def __init__(self, applied: list[Label], cause: Exception) -> None:
        super().__init__(str(cause))
        self.applied, self.cause = applied, cause


class HostStepError(Exception):
    """A host-side step (autostart) of a combined change failed: which one, and why."""

    def __init__(self, what: Label, message: str) -> None:
        super().__init__(message)
        self.what, self.message = what, message


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
    def pending(self) -> list[PendingChange]:
        """What the next start changes; empty when stopped or nothing differs."""
        if self.live is None or not self.persistent:
            return []
        return pending_changes(self.inactive, self.live)


@dataclass(frozen=True)
class Change:
    """One user edit: ``edit`` changes the definition, ``live`` the running VM.

    ``live`` is None when the change only takes effect at the next start. ``host``
    runs after the definition is saved, for settings outside the XML (autostart).
    """

    what: Label
    edit: Callable[[DomainDoc], None]
    live: Callable[[libvirt.virDomain], None] | None = None
    host: Callable[[libvirt.virDomain], None] | None = None
    note: Words | None = None  # how it was done, said after what happened (a guess made)
    host_note: Words | None = None  # what ``host`` did, said after what happened if it worked


# What happened, by (defined, outcome): "saved" when the definition changed, else "done".
_SAVED = {
    (True, LiveOutcome.NOT_RUNNING): QT_TRANSLATE_NOOP("DomainChange", "%1: saved."),
    (False, LiveOutcome.NOT_RUNNING): QT_TRANSLATE_NOOP("DomainChange", "%1: done."),
    (True, LiveOutcome.APPLIED): QT_TRANSLATE_NOOP(
        "DomainChange", "%1: saved and applied to the running VM."),
    (False, LiveOutcome.APPLIED): QT_TRANSLATE_NOOP(
        "DomainChange", "%1: done and applied to the running VM."),
    (True, LiveOutcome.PENDING): QT_TRANSLATE_NOOP(
        "DomainChange", "%1: saved; takes effect when the VM is next started."),
    (False, LiveOutcome.PENDING): QT_TRANSLATE_NOOP(
        "DomainChange", "%1: done; takes effect when the VM is next started."),
    (True, LiveOutcome.FAILED): QT_TRANSLATE_NOOP(
        "DomainChange", "%1: saved, but the running VM could not take it: %2 "
        "It takes effect when the VM is next started."),
    (False, LiveOutcome.FAILED): QT_TRANSLATE_NOOP(
        "DomainChange", "%1: done, but the running VM could not take it: %2 "
        "It takes effect when the VM is next started."),
}
_ASKED = QT_TRANSLATE_NOOP("DomainChange", "%1: asked of the running VM; %2.")
_SAVED_WAITING = {
    True: QT_TRANSLATE_NOOP("DomainChange", "%1: saved; takes effect when the VM is next started (%2)."),
    False: QT_TRANSLATE_NOOP("DomainChange", "%1: done; takes effect when the VM is next started (%2)."),
}


@dataclass(frozen=True)
class ApplyResult:
    """How a change went: ``live_error`` is libvirt's message when the running VM refused
    it (``FAILED``); ``later`` says why it waits for the next start (``PENDING``), if known;
    ``host_failed`` the host-side step (autostart) that failed after the rest was saved,
    and libvirt's message."""

    what: Label
    defined: bool
    live: LiveOutcome
    live_error: str
    xml: DomainXml
    later: Words | None = None
    host_failed: tuple[Label, str] | None = None
    note: Words | None = None  # the change's
    note_warns: bool = False  # the note tells of something that failed

    @property
    def warns(self) -> bool:
        """Whether what happened reads as a warning: the running VM has not taken the change,
        or something done with it failed."""
        return self.live in (LiveOutcome.PENDING, LiveOutcome.FAILED) or self.note_warns

    @property
    def words(self) -> Words:
        """What happened, honestly, in one sentence or two."""
        if self.host_failed is None:
            words = self._saved_words()
        else:
            what, error = self.host_failed
            words = _BUT_NOT.words(self._saved_words(), what, _sentence(error))
        return words if self.note is None else _NOTE.words(words, self.note)

    def _saved_words(self) -> Words:
        live = LiveOutcome.NOT_RUNNING if self.live is LiveOutcome.NOT_NEEDED else self.live
        if live is LiveOutcome.PENDING and self.later is not None:
            if not self.xml.persistent:  # asked of the guest: no next start keeps it
                return _ASKED.words(self.what, self.later)
            return _SAVED_WAITING[self.defined].words(self.what, self.later)
        if live is LiveOutcome.FAILED:
            return _SAVED[self.defined, live].words(self.what, _sentence(self.live_error))
        return _SAVED[self.defined, live].words(self.what)


def _sentence(error: str) -> str:
    error = error.rstrip()
    return error + ("" if error.endswith((".", "!", "?")) else ".")


_AT_NEXT_START = QT_TRANSLATE_NOOP("DomainChange", "%1: at the next start")
_AND_THEN = QT_TRANSLATE_NOOP("DomainChange", "%1; %2")
_BUT_NOT = QT_TRANSLATE_NOOP("DomainChange", "%1 But %2 was not changed: %3")
_NOTE = QT_TRANSLATE_NOOP("DomainChange", "%1 %2")  # what happened, then the change's note


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
    """Only the answers the VM's state needs are used (or their failure raised). This
    machine's are asked as needed, one by one; a far host's all at once, in one round
    trip: one by one they held a details window 3 s behind a 300 ms link, on opening and
    after each change of the VM."""
    calls: list[Callable[[], Any]] = [dom.isActive, dom.isPersistent, partial(_inactive_xml, dom),
                                      partial(dom.XMLDesc, 0), dom.autostart]
    if fanout.width_for(dom.connect()) > 1:
        got = fanout.outcomes(calls)

        def used(at: int) -> Any:
            if isinstance(got[at], fanout.Failure):
                raise got[at].error
            return got[at]
    else:
        def used(at: int) -> Any:
            return calls[at]()

    active, persistent = bool(used(0)), bool(used(1))
    return DomainXml(uuid=dom.UUIDString(), inactive=used(2) if persistent else used(3),
                     live=used(3) if active else None, persistent=persistent,
                     autostart=bool(used(4)) if persistent else False)


def read_xml(conn: libvirt.virConnect, uuid: str) -> DomainXml:
    return _snapshot(_dom(conn, uuid))


def definition_and_live(dom: libvirt.virDomain) -> tuple[str, str]:
    """A running persistent VM's definition and live XML, what its pending changes are
    found from (``pending_changes``)."""
    return _inactive_xml(dom), str(dom.XMLDesc(0))


def pending(conn: libvirt.virConnect, uuid: str) -> list[PendingChange]:
    """What is pending until restart for this VM (for a list's "pending" mark)."""
    return read_xml(conn, uuid).pending


def apply_change(conn: libvirt.virConnect, uuid: str, change: Change) -> ApplyResult:
    """Define the edited definition, then apply live where possible.

    A failed define raises (libvirt's error) and changes nothing. A failed live
    step is reported in the result: the definition has the change, the running VM
    gets it at the next start. A failed host step (autostart) raises when nothing else
    was saved, else it is reported in the result (``host_failed``) with what was saved.
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
        raise TransientError(dom.name())
    outcome, error, later = _apply_live(dom, change, defined, transient=not persistent)
    host_failed: tuple[Label, str] | None = None
    if change.host is not None:
        try:
            change.host(dom)
        except (libvirt.libvirtError, HostStepError) as exc:
            if not defined:
                raise  # nothing else was saved: the change failed as a whole
            host_failed = ((exc.what, exc.message) if isinstance(exc, HostStepError)
                           else (change.what, exc.get_error_message() or str(exc)))
        defined = True
    note = change.note
    if change.host_note is not None and change.host is not None and host_failed is None:
        note = change.host_note if note is None else _NOTE.words(note, change.host_note)
    return ApplyResult(change.what, defined, outcome, error, _snapshot(dom), later, host_failed,
                       note)


def _apply_live(dom: libvirt.virDomain, change: Change, defined: bool, *,
                transient: bool = False) -> tuple[LiveOutcome, str, Words | None]:
    """(outcome, libvirt's message if it refused, why the change waits if it does).
    For a ``transient`` VM the live step is the whole change (no definition keeps it for
    a next start): its refusal raises (``PartlyAppliedError`` once the running VM took a
    step of a combined change); a device its guest has not let go of yet is waited for
    (``GuestHoldsError``), as in a persistent VM."""
    if not dom.isActive():
        return LiveOutcome.NOT_RUNNING, "", None
    if change.live is None:
        return (LiveOutcome.PENDING if defined else LiveOutcome.NOT_NEEDED), "", None
    try:
        change.live(dom)
    except (RestartNeededError, libvirt.libvirtError, _LiveInPartError) as exc:
        applied, cause = (exc.applied, exc.cause) if isinstance(exc, _LiveInPartError) else ([], exc)
        later = cause.words if isinstance(cause, RestartNeededError) else None
        refused = "" if later is not None else _libvirt_message(cause)
        if transient and applied:  # taken in part, and nothing keeps the rest
            raise PartlyAppliedError(dom.name(), applied, _snapshot(dom),
                                     refused=refused, later=later) from cause
        if transient and not isinstance(cause, GuestHoldsError):  # asked, it goes: said so
            if later is not None:
                raise TransientError(dom.name()) from cause
            raise cause from None  # libvirt's own words: nothing was changed
        if later is not None:
            return LiveOutcome.PENDING, "", later
        return LiveOutcome.FAILED, refused, None
    return LiveOutcome.APPLIED, "", None


def _libvirt_message(exc: BaseException) -> str:
    message = exc.get_error_message() if isinstance(exc, libvirt.libvirtError) else None
    return message or str(exc)


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

    return Change(QT_TRANSLATE_NOOP("DomainChange", "Title and description").words(), edit, live)


def set_autostart(on: bool) -> Change:
    return Change(QT_TRANSLATE_NOOP("DomainChange", "Autostart").words(), lambda _doc: None,
                  host=lambda dom: virsh.set_autostart(dom, on))


def combine(what: Label, changes: list[Change]) -> Change:
    """Several changes saved with one define; live steps run in order."""
    if len(changes) == 1:
        return changes[0]

    def edit(doc: DomainDoc) -> None:
        for change in changes:
            change.edit(doc)

    def live(dom: libvirt.virDomain) -> None:
        later: list[Words] = []
        refused: list[libvirt.libvirtError] = []
        applied: list[Label] = []  # what the running VM took
        for change in changes:
            try:
                if change.live is not None:
                    change.live(dom)
                    applied.append(change.what)
                elif change.host is None:  # host-side settings have nothing to apply live
                    raise RestartNeededError(_AT_NEXT_START.words(change.what))
            except RestartNeededError as why:
                later.append(why.words)
            except libvirt.libvirtError as exc:
                refused.append(exc)  # the others are still tried: vCPUs refused, memory not
        cause: Exception | None = refused[0] if refused else None
        if cause is None and later:
            reasons = later[0]
            for reason in later[1:]:
                reasons = _AND_THEN.words(reasons, reason)
            cause = RestartNeededError(reasons)
        if cause is not None:
            raise _LiveInPartError(applied, cause) if applied else cause

    def host(dom: libvirt.virDomain) -> None:
        for change in changes:
            if change.host is not None:
                try:
                    change.host(dom)
                except libvirt.libvirtError as exc:
                    raise HostStepError(change.what, exc.get_error_message() or str(exc)) from exc

    return Change(what, edit,
                  live if any(c.live for c in changes) else None,
                  host if any(c.host for c in changes) else None)


def set_vcpus(current: int, maximum: int) -> Change:
    raised = _MaximumSeen()

    def edit(doc: DomainDoc) -> None:
        raised.changed = doc.max_vcpus != maximum
        doc.max_vcpus = maximum
        doc.vcpus = current

    def live(dom: libvirt.virDomain) -> None:
        now = _live_doc(dom)
        if raised.changes(now.max_vcpus, maximum) or current > now.max_vcpus:
            raise RestartNeededError(QT_TRANSLATE_NOOP(
                "DomainChange", "the maximum number of vCPUs is fixed while the VM runs").words())
        if now.vcpus != current:
            virsh.set_vcpus(dom, current, LIVE)

    return Change(QT_TRANSLATE_NOOP("DomainChange", "vCPUs").words(), edit, live)


def set_memory(current_kib: int, max_kib: int) -> Change:
    raised = _MaximumSeen()

    def edit(doc: DomainDoc) -> None:
        raised.changed = doc.max_memory_kib != max_kib
        doc.max_memory_kib = max_kib
        doc.memory_kib = current_kib

    def live(dom: libvirt.virDomain) -> None:
        now = _live_doc(dom)
        if raised.changes(now.max_memory_kib, max_kib) or current_kib > now.max_memory_kib:
            raise RestartNeededError(QT_TRANSLATE_NOOP(
                "DomainChange", "the maximum memory is fixed while the VM runs").words())
        if now.memory_kib != current_kib:
            virsh.set_memory(dom, current_kib, LIVE)  # the balloon

    return Change(QT_TRANSLATE_NOOP("DomainChange", "Memory").words(), edit, live)


class _MaximumSeen:
    """Whether a change's ``edit`` changed the definition's maximum: the running VM cannot
    take that, but a maximum already waiting for the next start (changed elsewhere, or
    earlier) does not keep the current count from being applied live within the running one."""

    changed: bool | None = None  # until the edit says (a transient VM has no definition to edit)

    def changes(self, running: int, wanted: int) -> bool:
        """Whether the change asks the running VM for another maximum."""
        return running != wanted and self.changed is not False


def set_cpu_model(mode: str | None, model: str | None) -> Change:
    def edit(doc: DomainDoc) -> None:
        doc.cpu_mode = mode
        doc.cpu_model = model if mode == "custom" else None
        # libvirt refuses what a new VM's host-passthrough has (migratable='on', check='none')
        # where it does not apply: migratable beside other modes, check beside no model at all.
        if mode not in ("host-passthrough", "maximum"):
            doc.cpu_migratable = None
        if mode is None:
            doc.cpu_check = None

    return Change(QT_TRANSLATE_NOOP("DomainChange", "CPU model").words(), edit)


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
            # A device removed meanwhile (elsewhere) no longer boots: the others keep their order.
            there = [key for key in boot.order if doc.find_device(key) is not None]
            if boot.order and not there:
                raise DeviceGoneError(boot.order[0])
            doc.set_boot_order(there)
        else:
            for dev in doc.devices():
                dev.boot_order = None
            doc.boot_devices = boot.order
        doc.boot_menu = True if boot.menu else None
        doc.kernel, doc.initrd, doc.cmdline = boot.kernel, boot.initrd, boot.cmdline

    return Change(QT_TRANSLATE_NOOP("DomainChange", "Boot options").words(), edit)


def add_device(element_xml: str, what: Label | None = None) -> Change:
    """Add a device; hot-plugged into a running VM when libvirt and the guest allow."""

    def edit(doc: DomainDoc) -> None:
        doc.add_device(parse_xml(element_xml))

    return Change(what or QT_TRANSLATE_NOOP("DomainChange", "New device").words(), edit,
                  lambda dom: virsh.attach_device(dom, element_xml, LIVE))


def remove_device(key: str, what: Label | None = None) -> Change:
    def edit(doc: DomainDoc) -> None:
        doc.remove_device(key)

    def live(dom: libvirt.virDomain) -> None:
        device = _live_doc(dom).find_device(key)
        if device is not None:
            # The guest is asked to let go; libvirt reports the removal with an event. QEMU
            # answers once it has, or after a few seconds without: then it is asked, not done.
            virsh.detach_device(dom, device.to_string(), LIVE)
            if _live_doc(dom).find_device(key) is not None:
                raise GuestHoldsError(QT_TRANSLATE_NOOP(
                    "DomainChange", "the guest has not let go of it yet; it goes as soon as the "
                    "guest does").words())

    return Change(what or QT_TRANSLATE_NOOP("DomainChange", "Device removal").words(), edit, live)


def update_device(key: str, mutate: Callable[[Device], None], what: Label, *,
                  live_possible: bool = True) -> Change:
    """Change one device in place; live through updateDeviceFlags (NIC link and source,
    CD-ROM media) when ``live_possible``; libvirt says when it cannot."""

    def edit(doc: DomainDoc) -> None:
        device = doc.find_device(key)
        if device is None:
            raise DeviceGoneError(key)
        mutate(device)

    def live(dom: libvirt.virDomain) -> None:
        device = _live_doc(dom).find_device(key)
        if device is None:
            raise RestartNeededError(QT_TRANSLATE_NOOP(
                "DomainChange", "the running VM does not have this device yet").words())
        mutate(device)
        virsh.update_device(dom, device.to_string(), LIVE)

    return Change(what, edit, live if live_possible else None)


def edit_definition(edit: Callable[[DomainDoc], None], what: Label) -> Change:
    """A change of the definition only (takes effect at the next start)."""
    return Change(what, edit)


# -- Networks for new NICs (started and stopped again by ``netfix``) --------------------------


class NetworkStartError(Exception):
    """The stopped network a new NIC was to start could not start: nothing was added."""

    def __init__(self, name: str, message: str) -> None:
        super().__init__(message)
        self.name, self.message = name, message

    @property
    def words(self) -> Words:
        return QT_TRANSLATE_NOOP("DomainChange", "Network %1 could not be started: %2").words(
            self.name, _sentence(self.message))


class NetworkLeftRunningError(Exception):
    """A change failed after the network was started for it, and the network could not be
    stopped again: ``failure`` says why the change failed, ``message`` why the stop did."""

    def __init__(self, name: str, failure: Label, message: str) -> None:
        super().__init__(message)
        self.name, self.failure, self.message = name, failure, message

    @property
    def words(self) -> Words:
        return QT_TRANSLATE_NOOP(
            "DomainChange", "%1 Network %2, started for it, is still running: %3").words(
                _sentence(self.failure) if isinstance(self.failure, str) else self.failure,
                self.name, _sentence(self.message))


class NetworkInUseError(Exception):
    """A change failed after the network was started for it, and the network was left
    running: VMs (``users``, names) started using it meanwhile; stopping it would cut them off."""

    def __init__(self, name: str, failure: Label, users: list[str]) -> None:
        super().__init__(f"{name} is used by {', '.join(users)}")
        self.name, self.failure, self.users = name, failure, users

    @property
    def words(self) -> Words:
        return QT_TRANSLATE_NOOP(
            "DomainChange", "%1 Network %2, started for it, was left running: %3 started using "
            "it meanwhile.").words(
                _sentence(self.failure) if isinstance(self.failure, str) else self.failure,
                self.name, listing(tuple(self.users)))


# -- Storage for new disks -------------------------------------------------------------------


def add_disk_on_new_volume(conn: libvirt.virConnect, uuid: str, pool: str, name: str,
                           capacity_bytes: int, fmt: str,
                           disk_xml: Callable[[str, str, bool], str]) -> ApplyResult:
    """Create a volume in ``pool``, then add the disk ``disk_xml(volume path, format, block)``.

    The volume's XML is the pool type's (``volume_build``): an image file in ``fmt``; in a
    pool of block devices (LVM, a disk, ZFS) a raw device with the pool's own "format".
    When the define fails, the new volume is deleted again: the host stays as it was.
    """
    kind = volops.pool_type_of(conn, pool)
    info = kind.info
    files = info.holds_image_files
    spec = VolumeSpec(name=name, format=fmt if files else next(iter(info.volume_formats), ""),
                      capacity=Size(capacity_bytes, SizeUnit.BYTES))
    vol = virsh.vol_create(conn.storagePoolLookupByName(pool),
                           volume_spec_xml(spec, kind), name)
    path = vol.path()
    try:
        return apply_change(conn, uuid, add_device(
            disk_xml(path, fmt if files else "raw", info.volumes is VolumeKind.BLOCK),
            QT_TRANSLATE_NOOP("DomainChange", "New disk").words()))
    except Exception:
        virsh.vol_delete(vol, path)
        raise


def add_disk_on_image(conn: libvirt.virConnect, uuid: str, path: str, local: bool,
                      disk_xml: Callable[[ImageFormat | None, bool | None], str],
                      what: Label) -> ApplyResult:
    """Add the disk ``disk_xml(format, block)`` on the existing image ``path``, in the
    format the image has (``image_format``): its name does not tell (cloud images are
    qcow2 named .img), and a qcow2 image given to the guest as raw is wrecked by its
    writes; ``block``: ``host_says_block``. A VHDX image raises ``UnsupportedImageError``
    (libvirt would take it as raw)."""
    fmt, block = image_facts(conn, path, local)
    if fmt == VHDX:
        raise UnsupportedImageError(path)
    change = add_device(disk_xml(fmt, block), what)
    if not local and block is None:
        change = replace(change, note=block_guess(path))
    return apply_change(conn, uuid, change)


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

