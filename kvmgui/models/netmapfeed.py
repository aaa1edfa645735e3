"""The facts of one host the network map needs, kept fresh: its networks (the connection's
table, events), every VM's network cards (read in a worker after domain events, one read
per burst and at least one a second in a storm, and only while a map is shown; a read asks
for the XML of the VMs the events named only, every VM's after a (re)connect) and the
running networks' DHCP leases (no event exists: re-read on network events and, while a map
is shown, on a timer — as the leases view does)."""

from __future__ import annotations

import logging
from functools import partial

import libvirt
from PySide6.QtCore import QObject, QTimer, Signal

from kvmgui.libvirt import nicmap
from kvmgui.libvirt.connection import Connection, ConnState, error_text
from kvmgui.libvirt.netops import Lease
from kvmgui.libvirt.nicmap import LeaseReading, VmNic
from kvmgui.libvirt.records import DomainRecord, LibvirtEvent
from kvmgui.models.networks import NetworkInfo

log = logging.getLogger(__name__)

LEASE_REFRESH_MS = 3000
NICS_QUIET_MS = 200  # cards read this long after the last VM change of a burst
NICS_MOST_MS = 1000  # and at most this long after a change, however long the storm


class HostFeed(QObject):
    """The facts of one connection the map needs, kept fresh.

    Signals:
        changed(): networks, cards or leases changed.
    """

    changed = Signal()

    def __init__(self, conn: Connection, parent: QObject | None = None, *,
                 shown: bool = True) -> None:
        super().__init__(parent)
        self.conn = conn
        self.shown = shown  # a view shows the map: cards are read (else noted as stale)
        self._nics_stale = False
        self.nics: list[VmNic] = []
        # Each VM's cards, and the VMs to read again: every VM's XML read after each burst
        # was 500 XMLDesc for 20 VMs changed. All are read after a (re)connect or a failed
        # full read (events may have been missed); an event during a read marks its VM
        # again, so an answer that crossed a change is asked again.
        self._cards: dict[str, tuple[VmNic, ...]] = {}
        self._dirty: set[str] = set()
        self._full = True
        self._gen = 0  # a connection's session: a read of an older one is dropped
        self.leases: dict[str, tuple[Lease, ...]] = {}
        self.lease_errors: dict[str, str] = {}
        self._infos: dict[str, NetworkInfo] = {}
        self._nics_busy = self._nics_again = False
        self._leases_busy = self._leases_again = False
        # One read per burst; in a storm (VM events less than NICS_QUIET_MS apart, which
        # kept restarting a lone timer) one every NICS_MOST_MS, so cards are never staler.
        self._nics_timer = QTimer(self, singleShot=True, interval=NICS_QUIET_MS)
        self._nics_most = QTimer(self, singleShot=True, interval=NICS_MOST_MS)
        for timer in (self._nics_timer, self._nics_most):
            timer.timeout.connect(self._read_nics)
        self.lease_timer = QTimer(self, interval=LEASE_REFRESH_MS)
        self.lease_timer.timeout.connect(self.refresh_leases)
        if shown:  # a host added while the map is shown: set_shown(True) came before it
            self.lease_timer.start()
        conn.networks.added.connect(self._networks_changed)
        conn.networks.changed.connect(self._networks_changed)
        conn.networks.removed.connect(self._networks_changed)
        conn.domains.added.connect(self._domains_added)
        conn.domains.removed.connect(self._domains_removed)
        conn.events.connect(self._on_events)
        conn.stateChanged.connect(self._state_changed)
        if conn.state == ConnState.CONNECTED:
            self._nics_timer.start()
            self.refresh_leases()

    def set_shown(self, on: bool) -> None:
        """A view shows the map (or no longer does): leases on a timer and cards read only
        while shown; cards that went stale meanwhile are read at once."""
        self.shown = on
        if not on:
            self.lease_timer.stop()
            return
        if not self.lease_timer.isActive():
            self.lease_timer.start()
            self.refresh_leases()
        if self._nics_stale:
            self._nics_timer.start()

    def network_infos(self) -> list[NetworkInfo]:
        """The facts of the host's networks, each record's XML parsed once: parsing every
        network's XML at each re-sync was more than half of it (50 networks: 8 ms)."""
        infos = {}
        for rec in self.conn.networks.records():
            old = self._infos.get(rec.uuid)
            infos[rec.uuid] = old if old is not None and old.record == rec else NetworkInfo.of(rec)
        self._infos = infos
        return list(infos.values())

    def _state_changed(self, state: ConnState, _reason: object) -> None:
        self._gen += 1
        self._full = True
        self._dirty.clear()
        if state == ConnState.CONNECTED:
            self._nics_timer.start()
            self.refresh_leases()
        else:
            self.nics, self.leases, self.lease_errors = [], {}, {}
            self._cards = {}
            self.changed.emit()

    def _networks_changed(self, *_args: object) -> None:
        self.changed.emit()
        self.refresh_leases()

    def _domains_added(self, records: list[DomainRecord]) -> None:
        self._dirty.update(rec.uuid for rec in records)
        self._nics_changed()

    def _domains_removed(self, uuids: list[str]) -> None:
        self._dirty.update(uuids)  # read to be sure it is gone (a listing may lag an event)
        self._nics_changed()

    def _nics_changed(self) -> None:
        self._nics_timer.start()
        if not self._nics_most.isActive():
            self._nics_most.start()

    def _on_events(self, events: list[LibvirtEvent]) -> None:
        named = {ev.uuid for ev in events if ev.kind == "domain"}
        if named:  # started, stopped, defined, renamed, a card came or went
            if "" in named:
                self._full = True  # an event that names no VM: any may have changed
            self._dirty |= named - {""}
            self._nics_changed()
        if any(ev.kind == "network" for ev in events):
            self.refresh_leases()

    def _read_nics(self) -> None:
        self._nics_timer.stop()
        self._nics_most.stop()
        if self.conn.state != ConnState.CONNECTED:
            return
        if not self.shown:
            self._nics_stale = True  # read when a view shows the map again
            return
        self._nics_stale = False
        if self._nics_busy:
            self._nics_again = True
            return
        if not self._full and not self._dirty:
            return  # nothing named since the last read
        self._nics_busy = True
        gen = self._gen
        if self._full:
            self._full = False
            self._dirty.clear()
            self.conn.run(_read_all, done=partial(self._got_nics, gen),
                          failed=partial(self._nics_failed, gen, None), context=self)
        else:
            # Merged and sorted in the worker, as a full read's cards are (5,000 cards:
            # 4 ms); only one read runs at a time, so these cards are still ours then.
            uuids, self._dirty = self._dirty, set()
            self.conn.run(_read_some, uuids, dict(self._cards), done=partial(self._got_nics, gen),
                          failed=partial(self._nics_failed, gen, uuids), context=self)

    def _nics_failed(self, gen: int, uuids: set[str] | None, exc: BaseException) -> None:
        # The map keeps what it showed; the next change of a VM reads them again, with
        # those this read missed (all of them, if it was to read all).
        log.warning("%s: the VMs' network cards for the map: %s", self.conn.uri, error_text(exc))
        if gen == self._gen:
            if uuids is None:
                self._full = True
            else:
                self._dirty |= uuids
        self._read_done()

    def _read_done(self) -> None:
        self._nics_busy = False
        if self._nics_again:
            self._nics_again = False
            self._nics_timer.start()

    def _got_nics(self, gen: int, reading: tuple[dict[str, tuple[VmNic, ...]], list[VmNic]]) -> None:
        self._read_done()
        if gen != self._gen or self.conn.state != ConnState.CONNECTED:
            return  # read before the host went: its VMs are not shown under it now
        self._cards, nics = reading
        if nics != self.nics:
            self.nics = nics
            self.changed.emit()

    def refresh_leases(self) -> None:
        if self.conn.state != ConnState.CONNECTED:
            return
        if self._leases_busy:
            self._leases_again = True  # once more after this one: a network may have started
            return
        active = [r.uuid for r in self.conn.networks.records() if r.active]
        self._leases_busy = True
        self.conn.run(nicmap.all_leases, active, done=self._got_leases,
                      failed=self._leases_failed, context=self)

    def _leases_failed(self, exc: BaseException) -> None:
        log.warning("%s: DHCP leases for the map: %s", self.conn.uri, error_text(exc))
        self._got_leases(None)

    def _got_leases(self, reading: LeaseReading | None) -> None:
        self._leases_busy = False
        if self._leases_again:
            self._leases_again = False
            QTimer.singleShot(0, self.refresh_leases)
        if reading is None or self.conn.state != ConnState.CONNECTED:
            return
        if (reading.leases, reading.errors) != (self.leases, self.lease_errors):
            self.leases, self.lease_errors = reading.leases, reading.errors
            self.changed.emit()


def _read_all(conn: libvirt.virConnect) -> tuple[dict[str, tuple[VmNic, ...]], list[VmNic]]:
    """Every VM's cards, by VM and in the map's order (run in a worker)."""
    nics = nicmap.vm_nics(conn)
    cards: dict[str, list[VmNic]] = {}
    for nic in nics:
        cards.setdefault(nic.vm_uuid, []).append(nic)
    return {uuid: tuple(mine) for uuid, mine in cards.items()}, nics


def _read_some(conn: libvirt.virConnect, uuids: set[str], cards: dict[str, tuple[VmNic, ...]]
               ) -> tuple[dict[str, tuple[VmNic, ...]], list[VmNic]]:
    """``cards`` with the VMs ``uuids`` read again (run in a worker)."""
    for uuid, mine in nicmap.some_vm_nics(conn, uuids).items():
        if mine:
            cards[uuid] = mine
        else:
            cards.pop(uuid, None)  # gone, or no card now
    return cards, nicmap.by_name(nic for mine in cards.values() for nic in mine)
