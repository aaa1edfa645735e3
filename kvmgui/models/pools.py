"""The storage pools of one host, following the connection's pool table."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QObject, Qt

from kvmgui.libvirt.connection import Connection, ConnState
from kvmgui.libvirt.records import PoolRecord
from kvmgui.models.format import format_bytes
from kvmgui.models.keyed import ENABLED_FLAGS, GREYED_FLAGS, HostTableModel, KeyedRow
from kvmgui.models.roles import Role
from kvmgui.utils import icons
from kvmgui.xml.base import XMLParseError
from kvmgui.xml.pool import PoolDoc


class PoolColumn(IntEnum):
    NAME = 0
    TYPE = 1
    STATE = 2
    AUTOSTART = 3
    CAPACITY = 4
    ALLOCATION = 5
    AVAILABLE = 6


def pool_type_words(xml: str) -> str:
    try:
        return PoolDoc.from_string(xml).type_words
    except XMLParseError:
        return ""


class PoolModel(HostTableModel[KeyedRow]):
    """One row per storage pool of ``conn``; rows are greyed while it is disconnected."""

    HEADERS = ("Name", "Type", "State", "Autostart", "Capacity", "Allocation", "Available")

    def __init__(self, conn: Connection, parent: QObject | None = None) -> None:
        super().__init__(conn, parent)
        conn.stateChanged.connect(self._conn_state)
        self.follow(conn.pools)

    def row_flags(self, row: int) -> Qt.ItemFlag:
        return ENABLED_FLAGS if self.conn.state == ConnState.CONNECTED else GREYED_FLAGS

    def _conn_state(self, *_args: object) -> None:
        self.emit_changed(range(self.rowCount()), span=True)

    def cells(self, rec: PoolRecord) -> tuple[list[str], list[Any]]:
        kind = pool_type_words(rec.xml)
        state = "Active" if rec.active else "Inactive"
        autostart = "Yes" if rec.autostart else ("No" if rec.persistent else "Transient")
        sizes = (rec.capacity, rec.allocation, rec.available) if rec.active else (0, 0, 0)
        shown = [format_bytes(n) if rec.active else "" for n in sizes]
        return ([rec.name, kind, state, autostart, *shown],
                [rec.name.lower(), kind, int(rec.active), autostart, *sizes])

    def extra(self, row: KeyedRow, col: int, role: int) -> Any:
        rec: PoolRecord = row.record
        if role == Qt.ItemDataRole.DecorationRole and col == PoolColumn.STATE:
            return icons.icon("media-playback-start" if rec.active else "media-playback-stop")
        if role == Role.STATE:
            return rec.active
        if role == Qt.ItemDataRole.TextAlignmentRole and col >= PoolColumn.CAPACITY:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
