"""The storage pools of one host, following the connection's pool table."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt

from kvmgui.libvirt.connection import Connection, ConnState
from kvmgui.libvirt.records import PoolRecord
from kvmgui.models.keyed import KeyedRow, KeyedTableModel
from kvmgui.models.roles import Role
from kvmgui.models.words import say
from kvmgui.utils import icons
from kvmgui.utils.tr import fill, size_text
from kvmgui.xml.pool import pool_type_label
from kvmgui.xml.words import QT_TRANSLATE_NOOP


class PoolColumn(IntEnum):
    NAME = 0
    TYPE = 1
    STATE = 2
    AUTOSTART = 3
    CAPACITY = 4
    ALLOCATION = 5
    AVAILABLE = 6
    USAGE = 7  # a bar (widgets.usagebar); Role.SORT is the share used, 0…1, or -1 if unknown


def pool_type_words(pool_type: str) -> str:
    """A pool type in the reader's language ("Directory"); libvirt's name for a type
    kvmgui does not know."""
    label = pool_type_label(pool_type)
    return say(label.words()) if label is not None else pool_type


def used_share(rec: PoolRecord) -> float:
    """Allocation / capacity of an active pool; -1 when not known (inactive, no capacity)."""
    if not rec.active or rec.capacity <= 0:
        return -1.0
    return min(max(rec.allocation / rec.capacity, 0.0), 1.0)


WORDS = {"active": QT_TRANSLATE_NOOP("PoolModel", "Active"),
         "inactive": QT_TRANSLATE_NOOP("PoolModel", "Inactive"),
         "transient": QT_TRANSLATE_NOOP("PoolModel", "Transient"),
         "yes": QT_TRANSLATE_NOOP("PoolModel", "Yes"), "no": QT_TRANSLATE_NOOP("PoolModel", "No")}


def _tr(text: str) -> str:
    return QCoreApplication.translate("PoolModel", text)


class PoolModel(KeyedTableModel[KeyedRow]):
    """One row per storage pool of ``conn``; rows are greyed while it is disconnected."""

    HEADERS = (QT_TRANSLATE_NOOP("PoolModel", "Name"), QT_TRANSLATE_NOOP("PoolModel", "Type"),
               QT_TRANSLATE_NOOP("PoolModel", "State"), QT_TRANSLATE_NOOP("PoolModel", "Autostart"),
               QT_TRANSLATE_NOOP("PoolModel", "Capacity"), QT_TRANSLATE_NOOP("PoolModel", "Allocation"),
               QT_TRANSLATE_NOOP("PoolModel", "Available"), QT_TRANSLATE_NOOP("PoolModel", "Usage"))

    def __init__(self, conn: Connection, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.conn = conn
        conn.pools.added.connect(self.upsert)
        conn.pools.changed.connect(self.upsert)
        conn.pools.removed.connect(self.remove)
        conn.stateChanged.connect(self._conn_state)
        self.upsert(conn.pools.records())

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if self.conn.state != ConnState.CONNECTED:
            flags &= ~Qt.ItemFlag.ItemIsEnabled
        return flags

    def _conn_state(self, *_args: object) -> None:
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self.rowCount() - 1, len(self.HEADERS) - 1), [])

    def cells(self, rec: PoolRecord) -> tuple[list[str], list[Any]]:
        kind = pool_type_words(rec.pool_type)
        state = _tr(WORDS["active"] if rec.active else WORDS["inactive"])
        if not rec.persistent:
            autostart = _tr(WORDS["transient"])
        else:
            autostart = _tr(WORDS["yes"] if rec.autostart else WORDS["no"])
        sizes = (rec.capacity, rec.allocation, rec.available) if rec.active else (0, 0, 0)
        shown = [size_text(n) if rec.active else "" for n in sizes]
        share = used_share(rec)
        usage = fill(QCoreApplication.translate("PoolModel", "%1 free of %2"), size_text(rec.available),
                     size_text(rec.capacity)) if share >= 0 else ""
        return ([rec.name, kind, state, autostart, *shown, usage],
                [rec.name.lower(), kind, int(rec.active), autostart, *sizes, share])

    def extra(self, row: KeyedRow, col: int, role: int) -> Any:
        rec: PoolRecord = row.record
        if role == Qt.ItemDataRole.DecorationRole and col == PoolColumn.STATE:
            return icons.icon("media-playback-start" if rec.active else "media-playback-stop")
        if role == Role.STATE:
            return rec.active
        if role == Role.CONNECTION:
            return self.conn
        if role == Qt.ItemDataRole.TextAlignmentRole and PoolColumn.CAPACITY <= col <= PoolColumn.AVAILABLE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col == PoolColumn.USAGE and rec.active:
            return fill(QCoreApplication.translate("PoolModel", "Capacity %1, allocated %2, available %3"),
                        size_text(rec.capacity), size_text(rec.allocation), size_text(rec.available))
        return None
