"""A network's static DHCP hosts and DNS host records, as two small tables.

Fed with the network's XML (``set_doc``); rows that stay keep their place, so a view keeps
its selection when the network is re-read after an edit.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from kvmgui.models.base import runs, valid_index
from kvmgui.models.roles import Role
from kvmgui.xml.network import NetworkDoc
from kvmgui.xml.network_hosts import DhcpHost, DnsRecord, dhcp_hosts, dns_records

if TYPE_CHECKING:
    def QT_TRANSLATE_NOOP(context: str, text: str) -> str: ...
else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex
T = TypeVar("T", DhcpHost, DnsRecord)


class _EntryModel(QAbstractTableModel, Generic[T]):
    """Rows of frozen entries; ``Role.OBJECT`` is the entry."""

    headers: tuple[str, ...] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[T] = []

    def entries(self) -> list[T]:
        return list(self._rows)

    def entry_at(self, row: int) -> T | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    @staticmethod
    def key(entry: T) -> str:
        """What stays the same when an entry is edited (its row stays, with its selection)."""
        raise NotImplementedError

    def _keys(self, entries: Sequence[T]) -> list[tuple[str, int]]:
        """Each entry's key and how many before it have that key: hand-written XML may
        repeat a MAC or an address, and each of those entries is a row."""
        seen: dict[str, int] = {}
        keys = []
        for entry in entries:
            key = self.key(entry)
            count = seen.get(key, 0)
            keys.append((key, count))
            seen[key] = count + 1
        return keys

    def set_entries(self, entries: Sequence[T]) -> None:
        fresh = dict(zip(self._keys(entries), entries, strict=True))
        kept = self._keys(self._rows)
        gone = [i for i, k in enumerate(kept) if k not in fresh]
        for start, end in reversed(runs(gone)):
            self.beginRemoveRows(QModelIndex(), start, end)
            del self._rows[start:end + 1]
            self.endRemoveRows()
        kept = [k for k in kept if k in fresh]
        for row, old in enumerate(self._rows):
            entry = fresh.pop(kept[row])
            if entry != old:
                self._rows[row] = entry
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.headers) - 1), [])
        new = list(fresh.values())
        if new:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
            self._rows.extend(new)
            self.endInsertRows()

    def text(self, entry: T, col: int) -> str:
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not valid_index(self, index):
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemNeverHasChildren)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.headers):
            return QCoreApplication.translate("NetworkHosts", self.headers[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not valid_index(self, index):
            return None
        entry = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Role.SORT):
            return self.text(entry, index.column())
        if role == Role.OBJECT:
            return entry
        return None


class DhcpHostModel(_EntryModel[DhcpHost]):
    headers = (QT_TRANSLATE_NOOP("NetworkHosts", "MAC address"),
               QT_TRANSLATE_NOOP("NetworkHosts", "Name"),
               QT_TRANSLATE_NOOP("NetworkHosts", "IP address"))

    def set_doc(self, doc: NetworkDoc | None) -> None:
        self.set_entries(dhcp_hosts(doc) if doc is not None else [])

    @staticmethod
    def key(entry: DhcpHost) -> str:
        return entry.mac.lower() or f"ip:{entry.ip}"

    def text(self, entry: DhcpHost, col: int) -> str:
        return (entry.mac.lower(), entry.name, entry.ip)[col]


class DnsRecordModel(_EntryModel[DnsRecord]):
    headers = (QT_TRANSLATE_NOOP("NetworkHosts", "IP address"),
               QT_TRANSLATE_NOOP("NetworkHosts", "Host names"))

    def set_doc(self, doc: NetworkDoc | None) -> None:
        self.set_entries(dns_records(doc) if doc is not None else [])

    @staticmethod
    def key(entry: DnsRecord) -> str:
        return entry.ip

    def text(self, entry: DnsRecord, col: int) -> str:
        return (entry.ip, ", ".join(entry.hostnames))[col]
