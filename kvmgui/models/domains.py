"""The VMs of every connection, one row each, following libvirt events."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from kvmgui.libvirt.connection import Connection, ConnState
from kvmgui.libvirt.records import DomainRecord
from kvmgui.libvirt.registry import ConnectionRegistry
from kvmgui.models.roles import Role
from kvmgui.utils import icons

Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    NAME = 0
    HOST = 1
    STATE = 2
    VCPUS = 3
    MEMORY = 4


HEADERS = {
    Column.NAME: "Name",
    Column.HOST: "Host",
    Column.STATE: "State",
    Column.VCPUS: "vCPUs",
    Column.MEMORY: "Memory",
}


def format_kib(kib: int) -> str:
    if kib <= 0:
        return ""
    mib = kib / 1024
    return f"{mib / 1024:.1f} GiB" if mib >= 1024 else f"{mib:.0f} MiB"


@dataclass(slots=True)
class DomainRow:
    conn: Connection
    record: DomainRecord
    display: dict[int, str] = field(default_factory=dict)  # precomputed: data() stays cheap

    def update(self, record: DomainRecord) -> None:
        self.record = record
        self.display = {
            Column.NAME: record.name,
            Column.HOST: self.conn.display_name,
            Column.STATE: record.state.words,
            Column.VCPUS: str(record.vcpus) if record.vcpus else "",
            Column.MEMORY: format_kib(record.max_memory_kib),
        }


class DomainModel(QAbstractTableModel):
    """Flat table of VMs across connections; rows of a disconnected host are greyed."""

    def __init__(self, registry: ConnectionRegistry, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[DomainRow] = []
        self._index: dict[tuple[int, str], int] = {}  # (id(conn), uuid) -> row
        self._links: dict[int, list[tuple[Any, Any]]] = {}  # id(conn) -> (signal, slot)
        registry.added.connect(self._watch)
        registry.removed.connect(self._unwatch)
        for conn in registry:
            self._watch(conn)

    # -- Qt model API -----------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemNeverHasChildren | Qt.ItemFlag.ItemIsSelectable
        if self._rows[index.row()].conn.state == ConnState.CONNECTED:
            flags |= Qt.ItemFlag.ItemIsEnabled
        return flags

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(Column):
            return HEADERS[Column(section)]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.checkIndex(index, QAbstractTableModel.CheckIndexOption.IndexIsValid):
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return row.display.get(col, "")
        if role == Qt.ItemDataRole.ToolTipRole and col == Column.STATE \
                and row.conn.state != ConnState.CONNECTED:
            return f"{row.conn.display_name}: {row.conn.state.value}"
        return self._role_data(row, col, role)

    def _role_data(self, row: DomainRow, col: int, role: int) -> Any:
        rec = row.record
        if role == Role.OBJECT:
            return rec
        if role == Role.CONNECTION:
            return row.conn
        if role == Role.KEY:
            return (row.conn.uri, rec.uuid)
        if role == Role.STATE:
            return rec.state
        if role == Role.SORT:
            return {Column.VCPUS: rec.vcpus, Column.MEMORY: rec.max_memory_kib,
                    Column.STATE: int(rec.state)}.get(col, row.display.get(col, "").lower())
        if role == Qt.ItemDataRole.DecorationRole and col == Column.STATE:
            return icons.icon(rec.state.icon_name)
        return None

    # -- lookups ------------------------------------------------------------------

    def row_of(self, conn: Connection, uuid: str) -> int:
        return self._index.get((id(conn), uuid), -1)

    def row_at(self, row: int) -> DomainRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    # -- feeding from connections ---------------------------------------------------

    def _watch(self, conn: Connection) -> None:
        links = [
            (conn.domains.added, lambda recs: self._add(conn, recs)),
            (conn.domains.changed, lambda recs: self._change(conn, recs)),
            (conn.domains.removed, lambda keys: self._remove(conn, keys)),
            (conn.stateChanged, lambda *_a: self._conn_state(conn)),
        ]
        for signal, slot in links:
            signal.connect(slot)
        self._links[id(conn)] = links
        self._add(conn, conn.domains.records())

    def _unwatch(self, conn: Connection) -> None:
        for signal, slot in self._links.pop(id(conn), []):
            signal.disconnect(slot)
        self._remove(conn, [r.record.uuid for r in self._rows if r.conn is conn])

    def _add(self, conn: Connection, records: list[DomainRecord]) -> None:
        fresh = [r for r in records if (id(conn), r.uuid) not in self._index]
        if not fresh:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
        for i, rec in enumerate(fresh):
            row = DomainRow(conn, rec)
            row.update(rec)
            self._rows.append(row)
            self._index[(id(conn), rec.uuid)] = first + i
        self.endInsertRows()

    def _change(self, conn: Connection, records: list[DomainRecord]) -> None:
        rows = []
        for rec in records:
            i = self._index.get((id(conn), rec.uuid))
            if i is None:
                continue
            self._rows[i].update(rec)
            rows.append(i)
        self._emit_changed(rows)

    def _emit_changed(self, rows: list[int], roles: list[int] | None = None) -> None:
        # One signal per contiguous run of rows: views repaint once, not per cell.
        last = len(Column) - 1
        for start, end in _runs(sorted(rows)):
            self.dataChanged.emit(self.index(start, 0), self.index(end, last), roles or [])

    def _remove(self, conn: Connection, uuids: list[str]) -> None:
        rows = sorted((i for u in uuids if (i := self._index.get((id(conn), u))) is not None),
                      reverse=True)
        if not rows:
            return
        for start, end in reversed(_runs(sorted(rows))):
            self.beginRemoveRows(QModelIndex(), start, end)
            del self._rows[start:end + 1]
            self.endRemoveRows()
        self._index = {(id(r.conn), r.record.uuid): i for i, r in enumerate(self._rows)}

    def _conn_state(self, conn: Connection) -> None:
        self._emit_changed([i for i, r in enumerate(self._rows) if r.conn is conn])


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    """Contiguous runs of sorted row numbers, as (first, last)."""
    runs: list[tuple[int, int]] = []
    for r in rows:
        if runs and runs[-1][1] + 1 == r:
            runs[-1] = (runs[-1][0], r)
        else:
            runs.append((r, r))
    return runs
