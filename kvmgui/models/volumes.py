"""The volumes of one storage pool: read in a worker when the pool is chosen or changes."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

from kvmgui.libvirt import fetch
from kvmgui.libvirt.connection import Connection, ConnState, error_text
from kvmgui.libvirt.fetch import VolumeRecord
from kvmgui.libvirt.records import LibvirtEvent, PoolRecord
from kvmgui.models.format import format_bytes
from kvmgui.models.keyed import HostTableModel, KeyedRow


class VolumeColumn(IntEnum):
    NAME = 0
    FORMAT = 1
    CAPACITY = 2
    ALLOCATION = 3
    PATH = 4


class VolumeModel(HostTableModel[KeyedRow]):
    """Volumes of the chosen pool of ``conn``.

    The list is read again when the pool's record changes or libvirt reports a
    refresh of it; a result that arrives after another pool was chosen is dropped.

    Signals:
        loaded(): a listing arrived and is shown.
        failed(str): the listing failed, in libvirt's words (the rows are cleared).
    """

    HEADERS = ("Name", "Format", "Capacity", "Allocation", "Path")
    loaded = Signal()
    failed = Signal(str)

    def __init__(self, conn: Connection, parent: QObject | None = None) -> None:
        super().__init__(conn, parent)
        self.pool_uuid: str | None = None
        self.loading = False
        self._generation = 0
        conn.pools.changed.connect(self._pools_changed)
        conn.pools.removed.connect(self._pools_removed)
        conn.events.connect(self._events)
        conn.stateChanged.connect(self._conn_state)

    def set_pool(self, uuid: str | None) -> None:
        if uuid == self.pool_uuid:
            return
        self.pool_uuid = uuid
        self.set_records([])
        self.reload()

    def reload(self) -> None:
        self._generation += 1
        uuid = self.pool_uuid
        pool: PoolRecord | None = self.conn.pools.get(uuid) if uuid else None
        if pool is None or not pool.active or self.conn.state != ConnState.CONNECTED:
            self.loading = False
            self.set_records([])
            return
        gen = self._generation
        self.loading = True
        self.conn.run(fetch.pool_volumes, uuid, done=lambda recs: self._done(gen, recs),
                      failed=lambda exc: self._failed(gen, exc), context=self)

    def cells(self, rec: VolumeRecord) -> tuple[list[str], list[Any]]:
        return ([rec.name, rec.format, format_bytes(rec.capacity), format_bytes(rec.allocation),
                 rec.path],
                [rec.name.lower(), rec.format, rec.capacity, rec.allocation, rec.path])

    def extra(self, row: KeyedRow, col: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (VolumeColumn.CAPACITY,
                                                                 VolumeColumn.ALLOCATION):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col == VolumeColumn.PATH:
            return row.record.path
        return None

    def _done(self, gen: int, records: list[VolumeRecord]) -> None:
        if gen != self._generation:
            return
        self.loading = False
        self.set_records(records)
        self.loaded.emit()

    def _failed(self, gen: int, exc: BaseException) -> None:
        if gen != self._generation:
            return
        self.loading = False
        self.set_records([])
        self.failed.emit(error_text(exc))

    def _pools_changed(self, records: list[PoolRecord]) -> None:
        if any(r.uuid == self.pool_uuid for r in records):
            self.reload()

    def _pools_removed(self, keys: list[str]) -> None:
        if self.pool_uuid in keys:
            self.set_pool(None)

    def _events(self, events: list[LibvirtEvent]) -> None:
        if any(e.kind == "pool" and e.uuid == self.pool_uuid and e.event == "Refreshed"
               for e in events):
            self.reload()

    def _conn_state(self, state: ConnState, _message: str) -> None:
        if state == ConnState.CONNECTED:
            self.reload()
        else:
            self._generation += 1
            self.set_records([])
