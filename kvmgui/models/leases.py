"""DHCP leases of one virtual network, each with the VM that owns the MAC address.

libvirt has no lease event, so leases are fetched in a worker on demand (``refresh``;
the view calls it on a timer while visible). Which VM owns a MAC is re-read in a
worker when the host's domains change (events), not on every fetch.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from kvmgui.libvirt import netops
from kvmgui.libvirt.connection import Connection
from kvmgui.libvirt.netops import Lease
from kvmgui.libvirt.records import LibvirtEvent, NetworkRecord
from kvmgui.models.base import runs, valid_index
from kvmgui.models.roles import Role
from kvmgui.models.words import failure_words, say
from kvmgui.utils.tr import fill
from kvmgui.xml.words import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex


class LeaseColumn(IntEnum):
    MAC = 0
    IP = 1
    HOSTNAME = 2
    EXPIRES = 3
    VM = 4


HEADERS = {
    LeaseColumn.MAC: QT_TRANSLATE_NOOP("LeaseModel", "MAC address"),
    LeaseColumn.IP: QT_TRANSLATE_NOOP("LeaseModel", "IP address"),
    LeaseColumn.HOSTNAME: QT_TRANSLATE_NOOP("LeaseModel", "Host name"),
    LeaseColumn.EXPIRES: QT_TRANSLATE_NOOP("LeaseModel", "Expires"),
    LeaseColumn.VM: QT_TRANSLATE_NOOP("LeaseModel", "Virtual machine"),
}


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
    return fill(QCoreApplication.translate("LeaseModel", "in %n days (%1)", None, round(left / 86400)), date)


@dataclass(frozen=True, slots=True)
class LeaseRow:
    lease: Lease
    vm: str
    display: tuple[str, ...]  # one text per LeaseColumn, precomputed

    @classmethod
    def of(cls, lease: Lease, vm: str, now: float) -> LeaseRow:
        ip = f"{lease.ip}/{lease.prefix}" if lease.prefix else lease.ip
        return cls(lease, vm, (lease.mac, ip, lease.hostname or "—", expiry_words(lease.expiry, now), vm))


class LeaseModel(QAbstractTableModel):
    """Flat table of the DHCP leases of one network of ``conn``.

    Signals:
        statusChanged(str): a sentence about the list ("" when all is well), for a label.
        fetched(): a lease fetch finished (with leases, an error, or a result no longer wanted).
    """

    statusChanged = Signal(str)
    fetched = Signal()

    def __init__(self, conn: Connection, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.conn = conn
        self.status = ""
        self._uuid: str | None = None
        self._rows: list[LeaseRow] = []
        self._owners: dict[str, str] = {}  # mac -> VM name
        self._generation = 0  # results of a previous network are dropped
        self._busy = self._again = False
        self._owners_busy = self._owners_again = False
        self._owners_timer = QTimer(self, singleShot=True, interval=0)
        self._owners_timer.timeout.connect(self._fetch_owners)
        conn.domains.added.connect(self._owners_stale)
        conn.domains.removed.connect(self._owners_stale)
        conn.event.connect(self._on_event)
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

    def lease_at(self, row: int) -> Lease | None:
        return self._rows[row].lease if 0 <= row < len(self._rows) else None

    # -- Qt model API -------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(LeaseColumn)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemNeverHasChildren | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsEnabled)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(LeaseColumn):
            return say(HEADERS[LeaseColumn(section)])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not valid_index(self, index):
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return row.display[col]
        if role == Role.OBJECT:
            return row.lease
        if role == Role.CONNECTION:
            return self.conn
        if role == Role.KEY:
            return row.lease.key
        if role == Role.SORT:
            if col == LeaseColumn.EXPIRES:
                return row.lease.expiry
            if col == LeaseColumn.IP:
                return _ip_sort_key(row.lease.ip)
            return row.display[col].lower()
        return None

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
            return
        if self._owners_busy:
            self._owners_again = True
            return
        self._owners_busy = True
        self.conn.run(netops.mac_owners, context=self, done=self._got_owners,
                      failed=lambda _exc: self._got_owners(None))

    def _got_owners(self, owners: dict[str, str] | None) -> None:
        self._owners_busy = False
        if self._owners_again:
            self._owners_again = False
            self._owners_timer.start()
        if owners is None or owners == self._owners:
            return
        self._owners = owners
        self._set_rows([r.lease for r in self._rows])

    # -- events ---------------------------------------------------------------------

    def _owners_stale(self, *_args: object) -> None:
        self._owners_timer.start()

    def _on_event(self, event: LibvirtEvent) -> None:
        if event.kind == "domain":
            self._owners_stale()  # a NIC may have come or gone (define, hotplug)
        elif event.kind == "network" and event.uuid == self._uuid:
            self.refresh()

    def _on_networks_changed(self, records: list[NetworkRecord]) -> None:
        if any(r.uuid == self._uuid for r in records):
            self.refresh()

    def _on_networks_removed(self, uuids: list[str]) -> None:
        if self._uuid in uuids:
            self.set_network(None)

    # -- rows --------------------------------------------------------------------------

    def _set_status(self, text: str) -> None:
        if text != self.status:
            self.status = text
            self.statusChanged.emit(text)

    def _set_rows(self, leases: list[Lease]) -> None:
        """Bring the rows in line with ``leases``: removals, in-place changes, appends."""
        now = time.time()
        fresh = {lease.key: LeaseRow.of(lease, self._owners.get(lease.mac, ""), now) for lease in leases}
        gone = [i for i, row in enumerate(self._rows) if row.lease.key not in fresh]
        for start, end in reversed(runs(gone)):
            self.beginRemoveRows(QModelIndex(), start, end)
            del self._rows[start:end + 1]
            self.endRemoveRows()
        changed = []
        for i, row in enumerate(self._rows):
            new = fresh.pop(row.lease.key)
            if new != row:
                self._rows[i] = new
                changed.append(i)
        last = len(LeaseColumn) - 1
        for start, end in runs(changed):
            self.dataChanged.emit(self.index(start, 0), self.index(end, last), [])
        if fresh:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            self._rows.extend(fresh.values())
            self.endInsertRows()


def _ip_sort_key(ip: str) -> str:
    # Zero-padded so 192.168.10.9 sorts before 192.168.10.10 (IPv6 as is).
    return ".".join(p.zfill(3) for p in ip.split(".")) if "." in ip else ip
