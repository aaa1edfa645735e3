"""DHCP leases of one virtual network, each with the VM that owns the MAC address.

libvirt has no lease event, so leases are fetched in a worker on demand (``refresh``;
the view calls it on a timer while visible). Which VM owns a MAC is read in a worker:
every VM's NICs once, then those of the VMs events name (defined, started, stopped,
a device plugged), not on every fetch: a host of 5,000 VMs is not read again whole
for each event of a storm.
"""

from __future__ import annotations

import ipaddress
import logging
import math
import time
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QObject, QTimer, Signal

from kvmgui.libvirt import netops
from kvmgui.libvirt.connection import Connection, ConnState, error_text
from kvmgui.libvirt.eventcodes import DEVICE_EVENTS, LIFECYCLE_ID
from kvmgui.libvirt.netops import Lease, VmMacs
from kvmgui.libvirt.records import DomainRecord, LibvirtEvent, NetworkRecord
from kvmgui.models.keyed import HostTableModel, KeyedRow
from kvmgui.models.words import failure_words
from kvmgui.utils.tr import fill
from kvmgui.xml.words import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

_DOMAIN_LIFECYCLE = LIFECYCLE_ID["domain"]


class LeaseColumn(IntEnum):
    MAC = 0
    IP = 1
    HOSTNAME = 2
    EXPIRES = 3
    VM = 4


def expiry_words(expiry: int, now: float) -> str:
    """'in 59 min (14:32)', 'expired', 'never' — what a person wants to know of an expiry;
    times and dates as the user's locale writes them."""
    if expiry <= 0:
        return QCoreApplication.translate("LeaseModel", "never")
    left = expiry - now
    if left <= 0:
        return QCoreApplication.translate("LeaseModel", "expired")
    when = QDateTime.fromSecsSinceEpoch(int(expiry))
    clock = QLocale().toString(when.time(), QLocale.FormatType.ShortFormat)
    if left < 60:
        return fill(QCoreApplication.translate("LeaseModel", "in %1 s (%2)"), int(left), clock)
    if left < 3600:
        return fill(QCoreApplication.translate("LeaseModel", "in %1 min (%2)"), int(left // 60), clock)
    if left < 86400:
        return fill(QCoreApplication.translate("LeaseModel", "in %1 h (%2)"), round(left / 3600), clock)
    date = QLocale().toString(when, QLocale.FormatType.ShortFormat)
    # "in %n days" would read "in 1 days" in English: lupdate makes no plural of a
    # translate() with a named count (docs/i18n.md); a unit reads right for any number.
    return fill(QCoreApplication.translate("LeaseModel", "in %1 d (%2)"), round(left / 86400), date)


class LeaseModel(HostTableModel[KeyedRow]):
    """Flat table of the DHCP leases of one network of ``conn``.

    ``status`` says why the list is empty or incomplete: the network is not running, the
    leases cannot be read, or which VM owns each address cannot be told (the leases are
    shown then, without owners). Failures are also logged, once per distinct message.

    Signals:
        statusChanged(str): a sentence about the list ("" when all is well), for a label.
        fetched(): a lease fetch finished (with leases, an error, or a result no longer wanted).
    """

    HEADERS = (  # in LeaseColumn order
        QT_TRANSLATE_NOOP("LeaseModel", "MAC address"),
        QT_TRANSLATE_NOOP("LeaseModel", "IP address"),
        QT_TRANSLATE_NOOP("LeaseModel", "Host name"),
        QT_TRANSLATE_NOOP("LeaseModel", "Expires"),
        QT_TRANSLATE_NOOP("LeaseModel", "Virtual machine"),
    )
    statusChanged = Signal(str)
    fetched = Signal()

    def __init__(self, conn: Connection, parent: QObject | None = None) -> None:
        super().__init__(conn, parent)
        self.status = ""
        self._uuid: str | None = None
        self._list_status = ""  # about the lease list itself
        self._owners_error = ""  # why the owners are unknown, "" when they are known
        self._logged = ""  # the last failure logged: a failing 3 s refresh logs once
        self._owners: dict[str, str] = {}  # mac -> VM name
        self._vm_macs: dict[str, VmMacs] = {}  # uuid -> (VM name, its MACs), as last read
        self._owners_due: set[str] | None = None  # VMs to read again (None: every VM)
        self._now = time.time()  # for the expiry words of the rows being made
        self._generation = 0  # results of a previous network (or session) are dropped
        self._busy = self._again = False
        self._owners_busy = self._owners_again = False
        self._owners_timer = QTimer(self, singleShot=True, interval=0)
        self._owners_timer.timeout.connect(self._fetch_owners)
        conn.domains.added.connect(self._domains_added)
        conn.domains.removed.connect(self._domains_removed)
        conn.stateChanged.connect(self._conn_state)
        conn.events.connect(self._on_events)
        conn.networks.changed.connect(self._on_networks_changed)
        conn.networks.removed.connect(self._on_networks_removed)

    # -- public -------------------------------------------------------------------

    @property
    def network_uuid(self) -> str | None:
        return self._uuid

    def set_network(self, uuid: str | None) -> None:
        if uuid == self._uuid:
            return
        self._uuid = uuid
        self._generation += 1
        self._owners_error = ""
        self._set_rows([])
        self._set_status("")
        if uuid is not None:
            self._owners_timer.start()
            self.refresh()

    def refresh(self) -> None:
        """Fetch the leases again in a worker (at most one fetch at a time)."""
        rec: NetworkRecord | None = self.conn.networks.get(self._uuid) if self._uuid else None
        if rec is None:
            self._set_rows([])
            self._set_status("")
            return
        if self.conn.state != ConnState.CONNECTED:  # asked again when it is (_conn_state)
            self._set_rows([])
            self._set_status(fill(self.tr("%1 is not connected: the leases are read again once "
                                          "it is."), self.conn.display_name))
            return
        if not rec.active:
            self._set_rows([])
            self._set_status(self.tr("The network is not running: it hands out no addresses."))
            return
        if self._busy:
            self._again = True
            return
        self._busy = True
        gen = self._generation
        self.conn.run(netops.dhcp_leases, rec.uuid, context=self,
                      done=lambda leases: self._got(gen, leases),
                      failed=lambda exc: self._failed(gen, exc))

    # -- rows ---------------------------------------------------------------------------

    def cells(self, lease: Lease) -> tuple[list[str], list[Any]]:
        """(display strings, sort keys) of a lease, in LeaseColumn order."""
        ip = f"{lease.ip}/{lease.prefix}" if lease.prefix else lease.ip
        hostname = lease.hostname or "—"
        vm = self._owners.get(lease.mac, "")
        return ([lease.mac, ip, hostname, expiry_words(lease.expiry, self._now), vm],
                [lease.mac.lower(), _ip_sort_key(lease.ip), hostname.lower(),
                 # Never expiring: after every time. All floats: Qt's sort compares an int
                 # with a 64-bit number wrongly.
                 float(lease.expiry) if lease.expiry > 0 else math.inf, vm.lower()])

    def _set_rows(self, leases: list[Lease]) -> None:
        """Bring the rows in line with ``leases``: removals, in-place changes, appends."""
        self._now = time.time()  # expiry words of unchanged leases move on too
        self.set_records(leases, recompute=True)

    # -- worker results --------------------------------------------------------------

    def _got(self, gen: int, leases: list[Lease]) -> None:
        self._finish_fetch()
        if not self._stale(gen):
            self._set_rows(leases)
            self._set_status("" if leases else self.tr("No DHCP leases yet."))
        self.fetched.emit()

    def _failed(self, gen: int, exc: BaseException) -> None:
        self._finish_fetch()
        if not self._stale(gen):
            self._log_failure("reading the DHCP leases", exc)
            self._set_rows([])
            self._set_status(fill(self.tr("Cannot read the DHCP leases: %1"), failure_words(exc)))
        self.fetched.emit()

    def _stale(self, gen: int) -> bool:
        """A result of another network, or of one that stopped meanwhile (then say so)."""
        if gen != self._generation:
            return True
        rec = self.conn.networks.get(self._uuid) if self._uuid else None
        if rec is None or not rec.active:
            self.refresh()
            return True
        return False

    def _finish_fetch(self) -> None:
        self._busy = False
        if self._again:
            self._again = False
            QTimer.singleShot(0, self.refresh)

    def _fetch_owners(self) -> None:
        if self._uuid is None:
            return  # what is due waits for a network to be shown
        if self._owners_busy:
            self._owners_again = True
            return
        due, self._owners_due = self._owners_due, set()
        if due is not None and not due:
            return
        self._owners_busy = True
        gen = self._generation
        self.conn.run(netops.vm_macs, None if due is None else sorted(due), context=self,
                      done=lambda found: self._got_owners(due, found),
                      failed=lambda exc: self._owners_failed(gen, due, exc))

    def _got_owners(self, due: set[str] | None, found: dict[str, VmMacs | None]) -> None:
        self._owners_fetched()
        if self._owners_error:
            self._owners_error = ""
            self._show_status()
        known = self._vm_macs if due is not None else {}
        for uuid, macs in found.items():
            if macs is None:
                known.pop(uuid, None)
            else:
                known[uuid] = macs
        self._vm_macs = known
        owners = {mac: name for name, macs in known.values() for mac in macs}
        if owners != self._owners:
            self._owners = owners
            self._now = time.time()
            self.refresh_cells()

    def _owners_failed(self, gen: int, due: set[str] | None, exc: BaseException) -> None:
        # The leases stay, with the owners last known; the status line says why the
        # VM column may be wrong, under the network the user chose. What was to be read
        # is read at the next change.
        self._mark_due(due)
        self._owners_fetched()
        self._log_failure("finding the VMs that own the leased addresses", exc)
        if gen == self._generation:
            self._owners_error = failure_words(exc)
            self._show_status()

    def _owners_fetched(self) -> None:
        self._owners_busy = False
        if self._owners_again:
            self._owners_again = False
            self._owners_timer.start()

    def _log_failure(self, doing: str, exc: BaseException) -> None:
        message = f"{self.conn.uri}, network {self._uuid}: failed {doing}: {error_text(exc)}"
        if message != self._logged:
            self._logged = message
            log.warning("%s", message)

    # -- events ---------------------------------------------------------------------

    def _owners_stale(self, uuids: set[str] | None = None) -> None:
        """Read the NICs of these VMs again (None: of every VM)."""
        self._mark_due(uuids)
        self._owners_timer.start()

    def _mark_due(self, uuids: set[str] | None) -> None:
        if uuids is None or self._owners_due is None:
            self._owners_due = None
        else:
            self._owners_due |= uuids

    def _domains_added(self, records: list[DomainRecord]) -> None:
        self._owners_stale({r.uuid for r in records})

    def _domains_removed(self, uuids: list[str]) -> None:
        # Read too: a reading under way may still bring it back.
        self._owners_stale(set(uuids))

    def _conn_state(self, state: ConnState, _reason: object) -> None:
        if state == ConnState.CONNECTED:  # no event told what changed while away
            self._owners_stale()
        self._generation += 1  # a reading of the session before is not of this one
        if self._uuid is not None:
            self.refresh()  # said not connected at once; read again when connected

    def _on_events(self, events: list[LibvirtEvent]) -> None:
        # A NIC may have come or gone (define, hotplug), or a stopped VM's MAC changed.
        touched = {ev.uuid for ev in events if ev.kind == "domain"
                   and (ev.event_id == _DOMAIN_LIFECYCLE or ev.event_id in DEVICE_EVENTS)}
        if touched:
            self._owners_stale(touched)
        if any(ev.kind == "network" and ev.uuid == self._uuid for ev in events):
            self.refresh()

    def _on_networks_changed(self, records: list[NetworkRecord]) -> None:
        if any(r.uuid == self._uuid for r in records):
            self.refresh()

    def _on_networks_removed(self, uuids: list[str]) -> None:
        if self._uuid in uuids:
            self.set_network(None)

    # -- status ------------------------------------------------------------------------

    def _set_status(self, text: str) -> None:
        self._list_status = text
        self._show_status()

    def _show_status(self) -> None:
        text = self._list_status
        if self._owners_error and self.rowCount():
            note = fill(self.tr("Cannot tell which VM owns each address: %1"), self._owners_error)
            text = f"{text}\n{note}" if text else note
        if text != self.status:
            self.status = text
            self.statusChanged.emit(text)


def _ip_sort_key(ip: str) -> str:
    # Zero-padded so 192.168.10.9 sorts before 192.168.10.10; IPv6 written out in full
    # (fd00::9 before fd00::1a0), after every IPv4 address ('~' sorts after the digits).
    try:
        address = ipaddress.ip_address(ip)
    except ValueError:
        return ip
    if address.version == 6:
        return "~" + address.exploded
    return ".".join(p.zfill(3) for p in ip.split("."))
