"""The facts of one host the network map needs, kept fresh: its networks (the connection's
table, events), every VM's network cards (re-read in a worker after domain events, one read
per burst and at least one a second in a storm, and only while a map is shown: each read
asks for every VM's XML, a round trip per VM over a remote link) and the running networks'
DHCP leases (no event exists: re-read on network events and, while a map is shown, on a
timer — as the leases view does)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from kvmgui.libvirt import nicmap
from kvmgui.libvirt.connection import Connection, ConnState, error_text
from kvmgui.libvirt.netops import Lease
from kvmgui.libvirt.nicmap import LeaseReading, VmNic
from kvmgui.libvirt.records import LibvirtEvent
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
        conn.domains.added.connect(self._domains_changed)
        conn.domains.removed.connect(self._domains_changed)
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
        if state == ConnState.CONNECTED:
            self._nics_timer.start()
            self.refresh_leases()
        else:
            self.nics, self.leases, self.lease_errors = [], {}, {}
            self.changed.emit()

    def _networks_changed(self, *_args: object) -> None:
        self.changed.emit()
        self.refresh_leases()

    def _domains_changed(self, *_args: object) -> None:
        self._nics_changed()

    def _nics_changed(self) -> None:
        self._nics_timer.start()
        if not self._nics_most.isActive():
            self._nics_most.start()

    def _on_events(self, events: list[LibvirtEvent]) -> None:
        if any(ev.kind == "domain" for ev in events):
            self._nics_changed()  # started, stopped, defined, a card came or went
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
        self._nics_busy = True
        self.conn.run(nicmap.vm_nics, done=self._got_nics, failed=self._nics_failed, context=self)

    def _nics_failed(self, exc: BaseException) -> None:
        # The map keeps what it showed; the next change of a VM reads them again.
        log.warning("%s: the VMs' network cards for the map: %s", self.conn.uri, error_text(exc))
        self._got_nics(None)

    def _got_nics(self, nics: list[VmNic] | None) -> None:
        self._nics_busy = False
        if self._nics_again:
            self._nics_again = False
            self._nics_timer.start()
        if self.conn.state != ConnState.CONNECTED:
            return  # read before the host went: its VMs are not shown under it now
        if nics is not None and nics != self.nics:
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
