"""The user's connections, one row each, with their state."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from kvmgui.libvirt.connection import Connection
from kvmgui.libvirt.registry import ConnectionRegistry
from kvmgui.models import words
from kvmgui.models.base import valid_index
from kvmgui.models.roles import Role
from kvmgui.utils import icons
from kvmgui.utils.logs import redact
from kvmgui.utils.text import literal_tooltip
from kvmgui.utils.tr import fill

Index = QModelIndex | QPersistentModelIndex

class ConnectionModel(QAbstractListModel):
    def __init__(self, registry: ConnectionRegistry, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._conns: list[Connection] = []
        registry.added.connect(self._add)
        registry.removed.connect(self._remove)
        for conn in registry:
            self._add(conn)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._conns)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable \
            | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not valid_index(self, index):
            return None
        conn = self._conns[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return fill(self.tr("%1 — %2", "a connection and its state"), conn.display_name,
                        words.conn_state(conn.state))
        if role == Qt.ItemDataRole.ToolTipRole:
            return literal_tooltip(f"{redact(conn.uri)}\n{words.connection_message(conn)}")
        if role == Qt.ItemDataRole.DecorationRole:
            return icons.connection_icon(conn.state.name)
        if role in (Role.OBJECT, Role.CONNECTION):
            return conn
        if role == Role.STATE:
            return conn.state
        if role == Role.KEY:
            return conn.uri
        return None

    def _add(self, conn: Connection) -> None:
        row = len(self._conns)
        self.beginInsertRows(QModelIndex(), row, row)
        self._conns.append(conn)
        self.endInsertRows()
        conn.stateChanged.connect(self._state_changed)  # a method: gone with the model

    def _state_changed(self, *_args: object) -> None:
        conn = self.sender()
        if conn in self._conns:
            idx = self.index(self._conns.index(conn))
            self.dataChanged.emit(idx, idx, [])

    def _remove(self, conn: Connection) -> None:
        if conn not in self._conns:
            return
        conn.stateChanged.disconnect(self._state_changed)
        row = self._conns.index(conn)
        self.beginRemoveRows(QModelIndex(), row, row)
        self._conns.pop(row)
        self.endRemoveRows()
