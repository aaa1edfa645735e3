"""Which running VMs have changes waiting for their next start.

A running VM whose definition changed (a DEFINED event while active), or whose devices
changed (a device event), may differ from what runs; a worker compares the persistent and
live XML (domainops.pending). A start or stop makes them equal again. The main window's rows show the result.
A stop after which the next start boots from the definition takes the fixed addresses of
cards given another MAC to their new MACs (``pinfollow``).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from functools import partial

import libvirt
from PySide6.QtCore import QObject, Signal

from kvmgui.libvirt import domainops, eventcodes, fanout
from kvmgui.libvirt.connection import Connection, ConnState, StateReason, error_text
from kvmgui.libvirt.gone import no_domain
from kvmgui.libvirt.pinfollow import PinMove, follow_pins, nic_mac_changes
from kvmgui.libvirt.records import DomainRecord, LibvirtEvent
from kvmgui.xml.diff import PendingChange, pending_changes

log = logging.getLogger(__name__)

# Checking costs two XMLDesc calls per VM: at connect, only for hosts of reasonable size.
CHECK_AT_CONNECT_MAX = 300
# Undefined, a running VM is transient: no definition waits for its next start.
CLEARING = {libvirt.VIR_DOMAIN_EVENT_STARTED, libvirt.VIR_DOMAIN_EVENT_STOPPED,
            libvirt.VIR_DOMAIN_EVENT_UNDEFINED}
# Only a boot starts from the definition: restored from a (managed) save or a snapshot,
# migrated in or woken up, a VM runs what it ran before, so what was pending may still be.
BOOTED = libvirt.VIR_DOMAIN_EVENT_STARTED_BOOTED
# Stops after which the next start boots from the definition: not a save, a migration out
# or a revert to a snapshot (the VM runs again what it ran, its cards with their old MACs).
ENDED = {libvirt.VIR_DOMAIN_EVENT_STOPPED_SHUTDOWN, libvirt.VIR_DOMAIN_EVENT_STOPPED_DESTROYED,
         libvirt.VIR_DOMAIN_EVENT_STOPPED_CRASHED, libvirt.VIR_DOMAIN_EVENT_STOPPED_FAILED}


class PendingTracker(QObject):
    """Signals:
    changed(str, list): a VM's pending changes, ``xml.diff.PendingChange`` s (empty: nothing pending).
    pinMoved(PinMove): a stopped VM's card's fixed address moved to the card's new MAC, or
        could not (``error``), or stayed with another card that has the old MAC (``kept_for``).
    """

    changed = Signal(str, list)
    pinMoved = Signal(object)

    def __init__(self, conn: Connection) -> None:
        super().__init__(conn)
        self.setObjectName("pendingTracker")
        self._conn = conn
        self._pending: dict[str, list[PendingChange]] = {}
        # What we last learnt or asked about each VM: an answer older than that is stale
        # (the connect-time batch may finish after a check a later event asked for).
        self._seq: dict[str, int] = {}
        # Cards given another MAC of VMs found stopped, until their lifecycle event says how
        # (``_on_events``): (old MAC, new MAC)s by VM.
        self._stopped: dict[str, list[tuple[str, str]]] = {}
        conn.events.connect(self._on_events)
        conn.stateChanged.connect(self._on_state)
        conn.domains.removed.connect(self._removed)
        conn.domains.changed.connect(self._changed)
        if conn.state == ConnState.CONNECTED:
            self._check_all()

    def get(self, uuid: str) -> Sequence[PendingChange]:
        return self._pending.get(uuid, ())

    def check(self, uuid: str) -> None:
        """Ask again (after kvmgui itself changed the definition)."""
        seq = self._bump(uuid)
        self._conn.run(domainops.pending, uuid, done=lambda lines: self._answer(uuid, seq, lines),
                       failed=lambda exc: self._check_failed(uuid, exc), context=self)

    def _on_events(self, events: list[LibvirtEvent]) -> None:
        for ev in events:
            if ev.kind == "domain" and ev.event_id in eventcodes.DEVICE_EVENTS:
                # The running VM's devices changed, the definition not: a removal the guest
                # let go of late (after its detach returned), a live-only plug or unplug.
                self.check(ev.uuid)
            if ev.kind != "domain" or ev.event_id != libvirt.VIR_DOMAIN_EVENT_ID_LIFECYCLE:
                continue
            # What was pending as it stopped: the row's state (``_changed``) comes first.
            stopped = self._stopped.pop(ev.uuid, None) or nic_mac_changes(self.get(ev.uuid))
            if ev.event == libvirt.VIR_DOMAIN_EVENT_STARTED and ev.detail != BOOTED:
                self.check(ev.uuid)
            elif ev.event in CLEARING:
                if ev.event == libvirt.VIR_DOMAIN_EVENT_STOPPED and ev.detail in ENDED and stopped:
                    self._conn.run(follow_pins, ev.uuid, stopped, done=self._pins_followed,
                                   failed=partial(self._pins_not_followed, ev.uuid), context=self)
                self._learn(ev.uuid, [])
            elif ev.event == libvirt.VIR_DOMAIN_EVENT_DEFINED:
                rec = self._conn.domains.get(ev.uuid)
                if rec is not None and rec.state.is_active:
                    self.check(ev.uuid)

    def _pins_followed(self, moves: list[PinMove]) -> None:
        for move in moves:
            self._conn.refresh("network", move.network_uuid)  # no event tells of networkUpdate
            self.pinMoved.emit(move)

    def _pins_not_followed(self, uuid: str, exc: BaseException) -> None:
        if not no_domain(exc):  # undefined as it stopped: its cards are gone too
            log.warning("%s: fixed addresses of %s not moved to its cards' new MACs: %s",
                        self._conn.uri, uuid, error_text(exc))

    def _on_state(self, state: ConnState, _reason: StateReason) -> None:
        if state == ConnState.CONNECTED:
            self._check_all()

    def _check_all(self) -> None:
        uuids = [r.uuid for r in self._conn.domains.records() if r.state.is_active and r.persistent]
        if uuids and len(uuids) <= CHECK_AT_CONNECT_MAX:
            # One job, not one per VM: parallel XML parsing would crowd the GUI thread
            # out of the GIL just while the list is being shown.
            asked = {u: self._bump(u) for u in uuids}

            def answer_all(found: dict[str, list[PendingChange]]) -> None:
                for u, lines in found.items():
                    self._answer(u, asked[u], lines)

            self._conn.run(_pending_of_all, uuids, done=answer_all,
                           failed=lambda exc: self._check_failed("", exc), context=self)

    def _check_failed(self, uuid: str, exc: BaseException) -> None:
        # Nobody asked for this check (an event did): the row just shows no mark.
        if not no_domain(exc):
            log.warning("%s: restart-pending check of %s failed: %s", self._conn.uri,
                        uuid or "the running VMs", error_text(exc))

    def _changed(self, records: list[DomainRecord]) -> None:
        # Found stopped with no STOPPED event (it stopped while the host was away): the
        # listing is all that says so. Only the few marked VMs are looked at (storms).
        if self._pending:
            domains = self._conn.domains
            for uuid in [u for u in self._pending
                         if (r := domains.get(u)) is not None and not r.state.is_active]:
                if moved := nic_mac_changes(self._pending[uuid]):
                    self._stopped[uuid] = moved
                self._learn(uuid, [])

    def _removed(self, uuids: list[str]) -> None:
        for uuid in uuids:
            self._stopped.pop(uuid, None)
            self._learn(uuid, [])

    def _bump(self, uuid: str) -> int:
        self._seq[uuid] = self._seq.get(uuid, 0) + 1
        return self._seq[uuid]

    def _answer(self, uuid: str, seq: int, lines: list[PendingChange]) -> None:
        if self._seq.get(uuid) == seq:
            self._set(uuid, lines)

    def _learn(self, uuid: str, lines: list[PendingChange]) -> None:
        """Something newer than any answer in flight: those are dropped."""
        self._bump(uuid)
        self._set(uuid, lines)

    def _set(self, uuid: str, lines: list[PendingChange]) -> None:
        if self._pending.get(uuid, []) == lines:
            return
        if lines:
            self._pending[uuid] = lines
        else:
            self._pending.pop(uuid, None)
        self.changed.emit(uuid, lines)


def _pending_of_all(conn: libvirt.virConnect, uuids: list[str]) -> dict[str, list[PendingChange]]:
    """Each of the VMs ``uuids`` that runs and is persistent, from one listing (a VM stopped
    or undefined since is not in it: its event clears its mark), and its definition and
    live XML, compared here a VM at a time. A far host's are read side by side: one by
    one, six round trips each, 10 running VMs behind a 300 ms link took 36.5 s; now
    1.9 s (docs/performance.md, "A VM of a far host")."""
    wanted = set(uuids)
    doms = [dom for dom in conn.listAllDomains(libvirt.VIR_CONNECT_LIST_DOMAINS_ACTIVE
                                               | libvirt.VIR_CONNECT_LIST_DOMAINS_PERSISTENT)
            if dom.UUIDString() in wanted]
    found = {}
    for dom, got in fanout.each(conn, doms, domainops.definition_and_live):
        uuid = dom.UUIDString()
        if (refused := fanout.refusal(got)) is not None:
            if not no_domain(refused):  # gone meanwhile is normal: its removal clears it
                log.warning("restart-pending check of %s failed: %s", uuid, error_text(refused))
            continue
        found[uuid] = pending_changes(*got)
        time.sleep(0.002)  # hand the GIL to the GUI thread between VMs: this can wait
    return found


def tracker_for(conn: Connection) -> PendingTracker:
    """The connection's tracker, created on first use (a child of the connection)."""
    found = conn.findChild(PendingTracker, "pendingTracker")
    return found if found is not None else PendingTracker(conn)
