"""A running VM's IP addresses, from DHCP leases, the guest agent and the host's ARP table.

libvirt sends no event when a guest gets an address, so ``AddressMonitor`` fetches
in a worker on a timer while someone looks, and at once after the VM's lifecycle, agent and
device events. The guest agent is asked in a fetch of its own beside the leases' and ARP's:
a hung one takes ~5 s.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass, field, replace
from enum import StrEnum
from functools import partial
from time import monotonic
from typing import Any

import libvirt
from PySide6.QtCore import QObject, QTimer, Signal

from kvmgui.libvirt import fanout
from kvmgui.libvirt.connection import Connection, error_text
from kvmgui.libvirt.records import LibvirtEvent


class AddressSource(StrEnum):
    """Where an address was read (codes; the details window words them)."""

    LEASE = "lease"  # libvirt's DHCP leases for the network the NIC is on
    AGENT = "agent"  # the QEMU guest agent inside the VM
    ARP = "arp"  # the host's ARP/neighbour table


# Tried in this order; the first is the most trustworthy for "the address it got".
SOURCES: tuple[tuple[AddressSource, int], ...] = (
    (AddressSource.LEASE, libvirt.VIR_DOMAIN_INTERFACE_ADDRESSES_SRC_LEASE),
    (AddressSource.AGENT, libvirt.VIR_DOMAIN_INTERFACE_ADDRESSES_SRC_AGENT),
    (AddressSource.ARP, libvirt.VIR_DOMAIN_INTERFACE_ADDRESSES_SRC_ARP),
)


@dataclass(frozen=True)
class GuestAddress:
    mac: str
    address: str
    prefix: int
    ipv6: bool
    sources: tuple[str, ...]  # which of SOURCES reported it (AddressSource values)
    name: str = ""  # the interface name the source gave (guest's eth0, or the host's vnet0)

    @property
    def cidr(self) -> str:
        """'192.168.10.5/24'."""
        return f"{self.address}/{self.prefix}"

    @property
    def link_local(self) -> bool:
        return ipaddress.ip_address(self.address).is_link_local


# Errors that mean "this source cannot answer for this VM" (no agent channel, no support,
# not for this login: libvirt's ACLs want domain:write to ask the agent).
_UNSUPPORTED = {libvirt.VIR_ERR_ARGUMENT_UNSUPPORTED, libvirt.VIR_ERR_NO_SUPPORT,
                libvirt.VIR_ERR_OPERATION_UNSUPPORTED, libvirt.VIR_ERR_INTERNAL_ERROR,
                libvirt.VIR_ERR_ACCESS_DENIED, libvirt.VIR_ERR_OPERATION_DENIED}

# A paused VM's agent: libvirt's qemu driver refuses to ask it ("domain is not running")
# until the VM resumes, an event after which every source is asked again.
_AGENT_PAUSED = {libvirt.VIR_ERR_OPERATION_INVALID}

# An agent that does not answer (not running in the guest, or its sync timed out): each
# ask waits for it and lands in the host's log, so it rests a while.
_AGENT_AWAY = {libvirt.VIR_ERR_AGENT_UNRESPONSIVE, libvirt.VIR_ERR_AGENT_UNSYNCED}


@dataclass(frozen=True)
class AddressReport:
    """What the sources said. A source is in ``answered`` (it listed what it knows, maybe
    nothing) or in ``errors`` with libvirt's message and ``codes`` with its error code."""

    uuid: str
    running: bool
    addresses: tuple[GuestAddress, ...] = ()
    errors: dict[str, str] = field(default_factory=dict)  # source → libvirt's message
    unsupported: frozenset[str] = frozenset()  # sources not worth asking again soon
    codes: dict[str, int] = field(default_factory=dict)  # source → libvirt's error code
    answered: frozenset[str] = frozenset()
    # What each source listed, in trust order, for joining two fetches' reports.
    raw: tuple[tuple[str, Any], ...] = field(default=(), compare=False, repr=False)
    # False: no reading, the VM's state only (started or stopped since the last reading).
    read: bool = True

    def for_mac(self, mac: str | None) -> list[GuestAddress]:
        return [a for a in self.addresses if mac and a.mac == mac.lower()]


def _is_address(text: object) -> bool:
    """An address the VM can be reached at: not the guest's loopback (the agent lists it)."""
    if not isinstance(text, str):
        return False
    try:
        return not ipaddress.ip_address(text).is_loopback
    except ValueError:
        return False


def merge(results: list[tuple[str, dict[str, Any]]]) -> tuple[GuestAddress, ...]:
    """One entry per (MAC, address), labelled with every source that reported it.

    ``results`` are (source, interfaceAddresses() result) in trust order.
    """
    merged: dict[tuple[str, str], GuestAddress] = {}
    for source, ifaces in results:
        for name, info in (ifaces or {}).items():
            mac = (info.get("hwaddr") or "").lower()
            for addr in info.get("addrs") or []:
                if not _is_address(addr.get("addr")):
                    continue  # the agent passes on what the guest says, checked by no one
                key = (mac, addr["addr"])
                old = merged.get(key)
                if old is None:
                    merged[key] = GuestAddress(
                        mac, addr["addr"], int(addr.get("prefix", 0)),
                        addr.get("type") == libvirt.VIR_IP_ADDR_TYPE_IPV6, (source,), name)
                elif source not in old.sources:
                    merged[key] = GuestAddress(old.mac, old.address, old.prefix, old.ipv6,
                                               (*old.sources, source), old.name)
    # Global before link-local (169.254.x is no way in: the host has no route there), IPv4
    # first within each; then one the guest has now (its agent, the host's ARP table say
    # so) before a lease alone (dnsmasq keeps one it left an hour); then trust order as
    # found. The address box offers the first.
    now = {AddressSource.AGENT, AddressSource.ARP}
    return tuple(sorted(merged.values(), key=lambda a: (a.link_local, a.ipv6,
                                                         now.isdisjoint(a.sources))))


def fetch_addresses(conn: libvirt.virConnect, uuid: str,
                    skip: frozenset[str] = frozenset()) -> AddressReport:
    """Ask every source but ``skip``; a source that fails (no agent, no support) is noted,
    not fatal. A far host's sources are asked side by side (``fanout``): the leases and ARP
    in one round trip, not two."""
    dom = conn.lookupByUUIDString(uuid)
    if not dom.isActive():
        return AddressReport(uuid, running=False)
    results, errors, codes, unsupported = [], {}, {}, set()
    asked = [(source, flag) for source, flag in SOURCES if source not in skip]
    answers = fanout.outcomes([partial(dom.interfaceAddresses, flag, 0) for _s, flag in asked],
                              fanout.width_for(conn))
    for (source, flag), answer in zip(asked, answers, strict=True):
        exc = fanout.refusal(answer)
        if exc is None:
            results.append((str(source), answer))
            continue
        errors[str(source)] = exc.get_error_message() or str(exc)
        codes[str(source)] = exc.get_error_code() or 0
        code = exc.get_error_code()
        if (code in _UNSUPPORTED and flag != SOURCES[0][1]) \
                or (code in _AGENT_PAUSED and source is AddressSource.AGENT):
            unsupported.add(str(source))  # never the leases: the address we most want
    return AddressReport(uuid, True, merge(results), errors, frozenset(unsupported), codes,
                         frozenset(name for name, _r in results), tuple(results))


def join(parts: list[AddressReport]) -> AddressReport:
    """One report of fetches of the same VM that each asked other sources."""
    trust = [str(source) for source, _flag in SOURCES]
    raw = sorted((r for p in parts for r in p.raw), key=lambda r: trust.index(r[0]))
    return AddressReport(
        parts[0].uuid, all(p.running for p in parts), merge(raw),
        {s: m for p in parts for s, m in p.errors.items()},
        frozenset(s for p in parts for s in p.unsupported),
        {s: c for p in parts for s, c in p.codes.items()},
        frozenset(s for p in parts for s in p.answered), tuple(raw))


# The VM's events after which its addresses may differ or its agent answer: it started,
# stopped, rebooted or woke, its agent came or went, a card was plugged in or out. Not
# the others: a disk's I/O errors (QEMU sends one a second), a balloon or metadata change.
_ADDRESS_EVENTS = frozenset({
    libvirt.VIR_DOMAIN_EVENT_ID_LIFECYCLE, libvirt.VIR_DOMAIN_EVENT_ID_REBOOT,
    libvirt.VIR_DOMAIN_EVENT_ID_PMWAKEUP, libvirt.VIR_DOMAIN_EVENT_ID_AGENT_LIFECYCLE,
    libvirt.VIR_DOMAIN_EVENT_ID_DEVICE_ADDED, libvirt.VIR_DOMAIN_EVENT_ID_DEVICE_REMOVED,
})

# AddressMonitor's two fetches: the leases' and ARP's, and the guest agent's.
_PARTS = ("others", "agent")


class AddressMonitor(QObject):
    """Keeps one VM's addresses fresh while started: on a timer and after those of its
    events that may change them (``_ADDRESS_EVENTS``), and a network's.

    A source that cannot answer (no guest agent configured, say) is not asked again on
    the timer, only after such an event of the VM, so the host's log is not flooded; an agent
    that does not answer (not running in the guest, not synced) only every ``AGENT_RETRY_S`` s
    (its connecting is an event, but an agent that timed out may answer without one).

    Signals:
        updated(AddressReport): a new report (emitted only when it differs).
        failed(str): the leases' and ARP's fetch itself failed (VM gone, host
            disconnected); ``report`` is forgotten. The agent's fetch failing is the agent's
            error in the next report.
    """

    updated = Signal(object)
    failed = Signal(str)
    INTERVAL_MS = 3000
    AGENT_RETRY_S = 30.0

    def __init__(self, conn: Connection, uuid: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.conn, self.uuid = conn, uuid
        self.report: AddressReport | None = None
        self._busy: set[str] = set()  # the fetches under way ("others", "agent")
        self._again: set[str] = set()  # asked for while under way: once more when it ends
        # Fetches are numbered as they start: an answer of a fetch started before one that
        # found the VM stopped is of the VM before its stop (a hung agent's, ~5 s late).
        self._count = 0
        self._started: dict[str, int] = {}  # each fetch's latest number
        self._stopped_seen = 0  # the number of the latest fetch that found it stopped
        # Each fetch's last report: the agent's own, since a hung agent holds its answer
        # ~5 s and the leases and ARP should not wait for it.
        self._parts: dict[str, AddressReport] = {}
        self._skip: frozenset[str] = frozenset()
        self._agent_rests_until = 0.0  # monotonic seconds: an unresponsive agent rests
        self._timer = QTimer(self, interval=self.INTERVAL_MS)
        self._timer.timeout.connect(self.refresh)
        conn.events.connect(self._on_events)

    def start(self) -> None:
        if not self._timer.isActive():
            self._timer.start()
            self.refresh()

    def stop(self) -> None:
        self._timer.stop()
        self._again.clear()  # no one looks: a fetch under way asks nothing more when it ends

    def seen_stopped(self) -> None:
        """The VM was seen stopped since the last reading (no one reading then): that
        reading is of its last run, not to be offered for the next one."""
        if self.report is not None and self.report.running:
            self.report = AddressReport(self.uuid, running=False, read=False)
            self._parts.clear()
            self._stopped_seen = self._count  # a fetch under way may have started before

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def refresh(self) -> None:
        self._fetch(_PARTS)

    def _fetch(self, parts: tuple[str, ...]) -> None:
        skip = self._skip
        if monotonic() < self._agent_rests_until:
            skip = skip | {AddressSource.AGENT}
        others = frozenset({AddressSource.LEASE, AddressSource.ARP})
        jobs = {"others": skip | {AddressSource.AGENT}}
        if AddressSource.AGENT not in skip:
            jobs["agent"] = skip | others
        # Each on its own: a hung agent (~5 s) holds back its own fetch only, not the
        # leases' and ARP's next reading.
        for part, skipped in jobs.items():
            if part not in parts:
                continue
            if part in self._busy:
                self._again.add(part)  # once more after this one: the event may be newer
                continue
            self._busy.add(part)
            self._count += 1
            self._started[part] = self._count
            # Two of the host's call threads at most, each with its own answer.
            self.conn.run(fetch_addresses, self.uuid, frozenset(skipped),
                          done=partial(self._done, part), failed=partial(self._failed, part),
                          context=self)

    def _on_events(self, events: list[LibvirtEvent]) -> None:
        mine = any(ev.kind == "domain" and ev.uuid == self.uuid
                   and ev.event_id in _ADDRESS_EVENTS for ev in events)
        if mine:
            self._skip = frozenset()  # the agent may have come, the VM restarted: ask all
            self._agent_rests_until = 0.0
        # Lifecycle of this VM, or a network starting/stopping (leases come and go).
        if self.active and (mine or any(ev.kind == "network" for ev in events)):
            self.refresh()

    def _done(self, part: str, report: AddressReport) -> None:
        number = self._started.get(part, 0)
        if not report.running:
            self._parts.clear()  # the other fetch's word is of a VM that ran
            self._stopped_seen = max(self._stopped_seen, number)
        elif number < self._stopped_seen:
            self._finish(part)  # of the VM before it stopped: a later fetch found it so
            return
        else:
            self._parts = {k: p for k, p in self._parts.items() if p.running}
        self._parts[part] = report
        # This fetch's word alone: the agent's kept one would rest it again and again.
        self._skip = self._skip | report.unsupported
        if report.codes.get(AddressSource.AGENT) in _AGENT_AWAY:
            self._agent_rests_until = monotonic() + self.AGENT_RETRY_S
        report = join(list(self._parts.values()))
        asked = report.answered | set(report.errors)
        if self.report is not None and report.running:
            # Keep the unasked sources' last word rather than flicker between reports.
            kept = {s: m for s, m in self.report.errors.items() if s not in asked}
            codes = {s: c for s, c in self.report.codes.items() if s not in asked}
            report = replace(report, errors={**kept, **report.errors},
                             codes={**codes, **report.codes})
        if report != self.report:
            self.report = report
            self.updated.emit(report)
        self._finish(part)  # after the rest is noted: a reading asked for meanwhile skips it

    def _failed(self, part: str, exc: BaseException) -> None:
        if part == "agent":
            # The agent's word only: the leases' and ARP's reading stands, the agent's
            # source says why. A VM or host gone fails the other fetch too, which says so.
            code = exc.get_error_code() if isinstance(exc, libvirt.libvirtError) else 0
            word = AddressReport(self.uuid, True, errors={AddressSource.AGENT: error_text(exc)},
                                 codes={AddressSource.AGENT: code or 0})
            if self.report is not None and self.report.running:
                self._done(part, word)
                return
            if self.report is None:
                self._parts[part] = word  # shown with the leases' answer (none after a failure)
            self._finish(part)  # found stopped: nothing to ask the agent, nothing to say
            return
        self._parts.clear()
        self.report = None  # stale now: the next answer is news even when it is the same
        self.failed.emit(error_text(exc))
        self._finish(part)

    def _finish(self, part: str) -> None:
        self._busy.discard(part)
        if part in self._again:
            self._again.discard(part)
            self._fetch((part,))  # this one alone: the other was asked since, or is asked
