"""Every libvirt event from every host, newest first, and a filter for it."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any, cast

from PySide6.QtCore import (
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
from kvmgui.models.keyed import KeyedRow, KeyedTableModel
from kvmgui.models.words import command_words, event_words, say
from kvmgui.utils.tr import clock_text, date_time_text
from kvmgui.xml.words import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex
MAX_EVENTS = 10000
# A burst's events go in together, this long after its first: a VM's start comes as two
# or three events some ms apart, and each insert at the top repaints the whole timeline
# (1.5-3 ms here, 2-8 ms while booting guests share the CPUs: docs/reliability.md,
# 2026-12-01 late night). Short enough to read as at once.
FLUSH_MS = 100
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


def _when(seconds: float) -> QDateTime:
    return QDateTime.fromMSecsSinceEpoch(round(seconds * 1000))


def cells(host: str, e: LibvirtEvent, command: Issued | None = None) -> tuple[str, ...]:
    """The display strings of one event (or of a change kvmgui made: its ``virsh`` line is
    the detail), in TimelineColumn order; the time as the user's locale writes it."""
    kind = KIND_WORDS.get(e.kind)
    return (clock_text(_when(e.time)), host, say(kind) if kind else e.kind, e.name,
            *(command_words(command) if command else event_words(e)))


class TimelineEntry(KeyedRow):
    """One event, or a change kvmgui made (``command``); its words are worked out when
    first shown (a burst of 1000 costs little).

    Its key, (connection uri, uuid of the object), is shared by every event of that object.
    ``conn`` is None once the host was removed: its history stays, its connection goes.
    """

    __slots__ = ("command", "conn", "host")

    def __init__(self, conn: Connection, event: LibvirtEvent, command: Issued | None = None) -> None:
        super().__init__(event, (), (), key=(conn.uri, event.uuid))
        self.conn: Connection | None = conn
        self.host = conn.display_name  # set when the connection is made, never changed
        self.command = command

    @property
    def uri(self) -> str:
        uri, _uuid = cast(tuple[str, str], self.key)
        return uri

    @classmethod
    def of_command(cls, conn: Connection, issued: Issued) -> TimelineEntry:
        cmd = issued.command
        return cls(conn, LibvirtEvent(issued.time, cmd.kind, "", cmd.target, -1), issued)

    @property
    def event(self) -> LibvirtEvent:
        event: LibvirtEvent = self.record
        return event

    def texts(self) -> Sequence[str]:
        if not self.display:
            self.display = cells(self.host, self.record, self.command)
        return self.display

    def text(self, col: int) -> str:
        return self.texts()[col]

    def sort_key(self, col: int) -> Any:
        return self.record.time if col == TimelineColumn.TIME else self.texts()[col].lower()


class TimelineModel(KeyedTableModel[TimelineEntry]):
    """Events of all connections, newest in row 0; at most ``limit`` kept.

    Events arriving in one burst are inserted with one ``rowsInserted``.
    """

    HEADERS = (  # in TimelineColumn order
        QT_TRANSLATE_NOOP("TimelineModel", "Time"),
        QT_TRANSLATE_NOOP("TimelineModel", "Host"),
        QT_TRANSLATE_NOOP("TimelineModel", "Kind"),
        QT_TRANSLATE_NOOP("TimelineModel", "Name"),
        QT_TRANSLATE_NOOP("TimelineModel", "Event"),
        QT_TRANSLATE_NOOP("TimelineModel", "Detail"),
    )
    INDEXED = False  # many events share a key

    def __init__(self, registry: ConnectionRegistry, parent: QObject | None = None, *,
                 limit: int = MAX_EVENTS) -> None:
        super().__init__(parent)
        self.limit = limit
        self._pending: list[TimelineEntry] = []  # oldest first
        self._links: dict[int, Any] = {}
        self._flush_timer = QTimer(self, singleShot=True, interval=FLUSH_MS)
        self._flush_timer.timeout.connect(self.flush)
        registry.added.connect(self._watch)
        registry.removed.connect(self._unwatch)
        for conn in registry:
            self._watch(conn)

    def extra(self, row: TimelineEntry, col: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and col == TimelineColumn.TIME:
            return date_time_text(_when(row.record.time))
        return None

    def connection_of(self, row: TimelineEntry) -> Connection | None:
        return row.conn

    def entry_at(self, row: int) -> TimelineEntry | None:
        return self.row_at(row)

    def add(self, conn: Connection, event: LibvirtEvent) -> None:
        self._pending.append(TimelineEntry(conn, event))
        if len(self._pending) == 1:  # the first of a burst starts the timer (a Python check)
            self._flush_timer.start()

    @property
    def pending(self) -> int:
        """Events received and not listed yet (they are at the next flush)."""
        return len(self._pending)

    def flush(self) -> None:
        """Insert the events that arrived since the last flush, newest on top."""
        pending, self._pending = self._pending[-self.limit:], []
        pending.reverse()
        self.insert_rows(pending, at=0)
        if self.rowCount() > self.limit:
            self.remove_rows(range(self.limit, self.rowCount()))

    def clear(self) -> None:
        """Every event goes, also those still waiting for their batch."""
        self._pending = []
        self._flush_timer.stop()
        super().clear()

    def _watch(self, conn: Connection) -> None:
        if id(conn) not in self._links:
            self._links[id(conn)] = conn
            conn.events.connect(self._on_events)  # a method: disconnected with the model
            conn.commandsIssued.connect(self._on_commands)

    def _unwatch(self, conn: Connection) -> None:
        if self._links.pop(id(conn), None) is not None:
            conn.events.disconnect(self._on_events)
            conn.commandsIssued.disconnect(self._on_commands)
        # A removed host's events stay listed; they no longer hold it (it is freed).
        for entry in (*self.rows, *self._pending):
            if entry.conn is conn:
                entry.conn = None

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
        self._source = source
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
        entry = self._source.entry_at(source_row)
        if entry is None or source_parent.isValid():
            return False
        if self._kind is not None and entry.event.kind != self._kind:
            return False
        if self._host is not None and entry.uri != self._host:
            return False
        if self._text:
            return any(self._text in part.casefold() for part in entry.texts()[1:])
        return True
