"""Every libvirt event from every host, newest first, and a filter for it."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDateTime,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)

from kvmgui.libvirt.commands import Issued
from kvmgui.libvirt.connection import Connection
from kvmgui.libvirt.records import LibvirtEvent
from kvmgui.libvirt.registry import ConnectionRegistry
from kvmgui.models.base import valid_index
from kvmgui.models.roles import Role
from kvmgui.models.words import command_words, event_words, say
from kvmgui.utils.tr import clock_text, date_time_text
from kvmgui.xml.words import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex
DISPLAY = Qt.ItemDataRole.DisplayRole
MAX_EVENTS = 10000
KIND_WORDS = {"domain": QT_TRANSLATE_NOOP("TimelineModel", "VM"),
              "network": QT_TRANSLATE_NOOP("TimelineModel", "Network"),
              "pool": QT_TRANSLATE_NOOP("TimelineModel", "Storage pool"),
              "volume": QT_TRANSLATE_NOOP("TimelineModel", "Volume")}


class TimelineColumn(IntEnum):
    TIME = 0
    HOST = 1
    KIND = 2
    NAME = 3
    EVENT = 4
    DETAIL = 5


HEADERS = (QT_TRANSLATE_NOOP("TimelineModel", "Time"), QT_TRANSLATE_NOOP("TimelineModel", "Host"),
           QT_TRANSLATE_NOOP("TimelineModel", "Kind"), QT_TRANSLATE_NOOP("TimelineModel", "Name"),
           QT_TRANSLATE_NOOP("TimelineModel", "Event"), QT_TRANSLATE_NOOP("TimelineModel", "Detail"))


def _when(seconds: float) -> QDateTime:
    return QDateTime.fromMSecsSinceEpoch(round(seconds * 1000))


class TimelineEntry:
    """One event, or a change kvmgui made (``command``: its ``virsh`` line is the detail);
    its words are worked out when first shown (a burst of 1000 costs little)."""

    __slots__ = ("_display", "command", "conn", "event")

    def __init__(self, conn: Connection, event: LibvirtEvent, command: Issued | None = None) -> None:
        self.conn, self.event, self.command = conn, event, command
        self._display: tuple[str, ...] | None = None

    @classmethod
    def of_command(cls, conn: Connection, issued: Issued) -> TimelineEntry:
        cmd = issued.command
        return cls(conn, LibvirtEvent(issued.time, cmd.kind, "", cmd.target, -1), issued)

    @property
    def display(self) -> tuple[str, ...]:
        if self._display is None:
            e = self.event
            kind = KIND_WORDS.get(e.kind)
            self._display = (clock_text(_when(e.time)), self.conn.display_name,
                             say(kind) if kind else e.kind, e.name,
                             *(command_words(self.command) if self.command else event_words(e)))
        return self._display


class TimelineModel(QAbstractTableModel):
    """Events of all connections, newest in row 0; at most ``limit`` kept.

    Events arriving in one burst are inserted with one ``rowsInserted``.
    """

    def __init__(self, registry: ConnectionRegistry, parent: QObject | None = None, *,
                 limit: int = MAX_EVENTS) -> None:
        super().__init__(parent)
        self.limit = limit
        self._entries: list[TimelineEntry] = []  # newest first
        self._pending: list[TimelineEntry] = []  # oldest first
        self._links: dict[int, Any] = {}
        self._flush_timer = QTimer(self, singleShot=True, interval=0)
        self._flush_timer.timeout.connect(self.flush)
        registry.added.connect(self._watch)
        registry.removed.connect(self._unwatch)
        for conn in registry:
            self._watch(conn)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not valid_index(self, index):
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemNeverHasChildren)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY \
                and 0 <= section < len(HEADERS):
            return say(HEADERS[section])
        return None

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not valid_index(self, index):
            return None
        entry = self._entries[index.row()]
        if role == DISPLAY:
            return entry.display[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == TimelineColumn.TIME:
            return date_time_text(_when(entry.event.time))
        if role == Role.OBJECT:
            return entry.event
        if role == Role.CONNECTION:
            return entry.conn
        if role == Role.SORT:
            return entry.event.time if index.column() == TimelineColumn.TIME \
                else entry.display[index.column()].lower()
        if role == Role.KEY:
            return (entry.conn.uri, entry.event.uuid)
        return None

    def entry_at(self, row: int) -> TimelineEntry | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def add(self, conn: Connection, event: LibvirtEvent) -> None:
        self._pending.append(TimelineEntry(conn, event))
        if len(self._pending) == 1:  # the first of a burst starts the timer (a Python check)
            self._flush_timer.start()

    def flush(self) -> None:
        """Insert the events that arrived since the last flush, newest on top."""
        pending, self._pending = self._pending[-self.limit:], []
        if not pending:
            return
        self.beginInsertRows(QModelIndex(), 0, len(pending) - 1)
        self._entries[0:0] = reversed(pending)
        self.endInsertRows()
        if len(self._entries) > self.limit:
            self.beginRemoveRows(QModelIndex(), self.limit, len(self._entries) - 1)
            del self._entries[self.limit:]
            self.endRemoveRows()

    def clear(self) -> None:
        if self._entries:
            self.beginRemoveRows(QModelIndex(), 0, len(self._entries) - 1)
            self._entries.clear()
            self.endRemoveRows()

    def _watch(self, conn: Connection) -> None:
        if id(conn) not in self._links:
            self._links[id(conn)] = conn
            conn.events.connect(self._on_events)  # a method: disconnected with the model
            conn.commandsIssued.connect(self._on_commands)

    def _unwatch(self, conn: Connection) -> None:
        if self._links.pop(id(conn), None) is not None:
            conn.events.disconnect(self._on_events)
            conn.commandsIssued.disconnect(self._on_commands)

    def _on_events(self, events: list[LibvirtEvent]) -> None:
        conn = self.sender()
        if isinstance(conn, Connection):
            if not self._pending:
                self._flush_timer.start()
            self._pending.extend(TimelineEntry(conn, e) for e in events)

    def _on_commands(self, issued: list[Issued]) -> None:
        conn = self.sender()
        if isinstance(conn, Connection):
            if not self._pending:
                self._flush_timer.start()
            self._pending.extend(TimelineEntry.of_command(conn, i) for i in issued)


class TimelineFilterProxy(QSortFilterProxyModel):
    """Keeps events whose host, name, event or detail contains the text, of the chosen kind
    ("domain", "network", "pool" or None for all) and host (uri or None). Order: the model's."""

    def __init__(self, source: TimelineModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._kind: str | None = None
        self._host: str | None = None
        self.setSourceModel(source)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._text = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_kind(self, kind: str | None) -> None:
        self.beginFilterChange()
        self._kind = kind
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_host(self, uri: str | None) -> None:
        self.beginFilterChange()
        self._host = uri
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model: TimelineModel = self.sourceModel()  # type: ignore[assignment]
        entry = model.entry_at(source_row)
        if entry is None or source_parent.isValid():
            return False
        if self._kind is not None and entry.event.kind != self._kind:
            return False
        if self._host is not None and entry.conn.uri != self._host:
            return False
        if self._text:
            return any(self._text in part.casefold() for part in entry.display[1:])
        return True
