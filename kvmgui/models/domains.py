"""The VMs of every connection, one row each, following libvirt events and the stats sampler."""

from __future__ import annotations

import time
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from kvmgui.libvirt.connection import Connection, ConnState
from kvmgui.libvirt.pending import tracker_for
from kvmgui.libvirt.records import DomainRecord, DomainState
from kvmgui.libvirt.registry import ConnectionRegistry
from kvmgui.libvirt.stats import DomainSample, Metric, StatsSampler, sampler_for
from kvmgui.models.base import runs, valid_index
from kvmgui.models.format import (
    format_duration,
    format_kib,
    format_memory_use,
    format_percent,
    format_rate,
)
from kvmgui.models.roles import Role
from kvmgui.models.words import DOMAIN_STATE_ICONS, conn_state, domain_state, kept, kept_number, say
from kvmgui.utils import icons
from kvmgui.utils.tr import fill
from kvmgui.xml.diff import PendingChange
from kvmgui.xml.words import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex
DISPLAY = Qt.ItemDataRole.DisplayRole
SPARK_POINTS = 40  # samples a sparkline shows
MAX_SIGNALS = 8  # separate dataChanged runs per batch before one spanning signal is cheaper


class Column(IntEnum):
    NAME = 0
    HOST = 1
    STATE = 2
    CPU = 3
    MEMORY = 4
    VCPUS = 5
    DISK_IO = 6
    NET_IO = 7
    UPTIME = 8
    AUTOSTART = 9


# Marked source texts: translated when shown (``models.words.say``), never at import.
HEADERS = {
    Column.NAME: QT_TRANSLATE_NOOP("DomainModel", "Name"),
    Column.HOST: QT_TRANSLATE_NOOP("DomainModel", "Host"),
    Column.STATE: QT_TRANSLATE_NOOP("DomainModel", "State"),
    Column.CPU: QT_TRANSLATE_NOOP("DomainModel", "CPU"),
    Column.MEMORY: QT_TRANSLATE_NOOP("DomainModel", "Memory"),
    Column.VCPUS: QT_TRANSLATE_NOOP("DomainModel", "vCPUs"),
    Column.DISK_IO: QT_TRANSLATE_NOOP("DomainModel", "Disk I/O"),
    Column.NET_IO: QT_TRANSLATE_NOOP("DomainModel", "Network I/O"),
    Column.UPTIME: QT_TRANSLATE_NOOP("DomainModel", "Uptime"),
    Column.AUTOSTART: QT_TRANSLATE_NOOP("DomainModel", "Autostart"),
}
HEADER_TIPS = {
    Column.CPU: QT_TRANSLATE_NOOP("DomainModel", "Share of the VM's vCPUs in use"),
    Column.MEMORY: QT_TRANSLATE_NOOP("DomainModel", "Memory in use / assigned"),
    Column.DISK_IO: QT_TRANSLATE_NOOP("DomainModel", "Disk read + write rate"),
    Column.NET_IO: QT_TRANSLATE_NOOP("DomainModel", "Network receive + transmit rate"),
    Column.UPTIME: QT_TRANSLATE_NOOP(
        "DomainModel", "Time since kvmgui saw the VM start (≥: it was already running)"),
}
_YES = QT_TRANSLATE_NOOP("DomainModel", "Yes")
_NO = QT_TRANSLATE_NOOP("DomainModel", "No")
_TRANSIENT = QT_TRANSLATE_NOOP("DomainModel", "Transient")
_RESTART_PENDING = QT_TRANSLATE_NOOP("DomainModel", "%1 · restart pending")
_AT_LEAST = QT_TRANSLATE_NOOP("DomainModel", "≥ %1")  # running already when kvmgui first saw it
# Columns the sampler updates: one contiguous block, one dataChanged per batch.
STATS_FIRST, STATS_LAST = Column.CPU, Column.UPTIME
STATS_ROLES = [DISPLAY, Role.SORT, Role.HISTORY, Qt.ItemDataRole.ToolTipRole]
CONN_STATE_ROLES = [Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole]
SPARK_SERIES = {
    Column.CPU: (Metric.CPU,),
    Column.DISK_IO: (Metric.DISK_READ, Metric.DISK_WRITE),
    Column.NET_IO: (Metric.NET_RX, Metric.NET_TX),
}
_NCOLS = len(Column)
_SORT, _HISTORY, _FIRST_USER_ROLE = int(Role.SORT), int(Role.HISTORY), int(Qt.ItemDataRole.UserRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_GREYED_FLAGS = Qt.ItemFlag.ItemNeverHasChildren | Qt.ItemFlag.ItemIsSelectable
_ENABLED_FLAGS = _GREYED_FLAGS | Qt.ItemFlag.ItemIsEnabled
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
ACTIVE_STATES = frozenset(s for s in DomainState if s.is_active)


class DomainRow:
    """One VM: its record, its latest stats sample and the strings shown.

    Strings of record columns are computed when the record changes; those of the stats
    columns when asked (only visible rows are painted, so 1000 samples a second cost
    little more than storing them).
    """

    __slots__ = ("conn", "display", "exact_start", "pending", "record", "sample", "sort",
                 "started")

    def __init__(self, conn: Connection, record: DomainRecord) -> None:
        self.conn = conn
        self.record = record
        self.sample: DomainSample | None = None
        self.started: float | None = time.monotonic() if record.state in ACTIVE_STATES else None
        self.exact_start = False  # True once we saw it start, rather than found it running
        self.display: list[str] = []
        self.sort: list[Any] = []
        self.pending: list[PendingChange] = []  # changes that wait for the next start
        self.update(record)

    def update(self, record: DomainRecord) -> None:
        state = record.state
        active = state in ACTIVE_STATES
        if active and self.record.state not in ACTIVE_STATES:
            self.started, self.exact_start = time.monotonic(), True
        elif not active:
            self.started, self.sample = None, None
        self.record = record
        host = self.conn.display_name
        # Words kept once translated: this runs for every change of every row.
        autostart = kept(_YES) if record.autostart else kept(_NO if record.persistent else _TRANSIENT)
        vcpus = record.vcpus
        # Same order as Column; uptime and the stats columns are computed when asked.
        state_words = domain_state(state)
        if self.pending:
            state_words = fill(kept(_RESTART_PENDING), state_words)
        self.display = [record.name, host, state_words, "", "", kept_number(vcpus) if vcpus else "",
                        "", "", "", autostart]
        self.sort = [record.name.lower(), host.lower(), int(state), None, None, vcpus,
                     None, None, None, 2 if record.autostart else (0 if record.persistent else 1)]

    def text(self, col: int) -> str:
        if not STATS_FIRST <= col <= STATS_LAST or col == Column.VCPUS:
            return self.display[col]
        smp, rec = self.sample, self.record
        if col == Column.UPTIME:
            if self.started is None:
                return ""
            uptime = format_duration(time.monotonic() - self.started)
            return uptime if self.exact_start else fill(kept(_AT_LEAST), uptime)
        if col == Column.MEMORY:
            if smp is None:
                return format_kib(rec.memory_kib or rec.max_memory_kib)
            return format_memory_use(smp.memory_used_kib, smp.memory_total_kib)
        if smp is None:
            return ""
        if col == Column.CPU:
            return format_percent(smp.cpu)
        if col == Column.DISK_IO:
            return format_rate(smp.disk_read + smp.disk_write)
        return format_rate(smp.net_rx + smp.net_tx)

    def key(self, col: int) -> Any:
        """A value that sorts naturally; stats columns sort unsampled rows first."""
        if not STATS_FIRST <= col <= STATS_LAST or col == Column.VCPUS:
            return self.sort[col]
        smp = self.sample
        if col == Column.UPTIME:
            return -self.started if self.started is not None else float("-inf")
        if col == Column.MEMORY:
            return smp.memory_used_kib if smp else float(self.record.memory_kib or 0)
        if smp is None:
            return -1.0
        if col == Column.CPU:
            return smp.cpu
        if col == Column.DISK_IO:
            return smp.disk_read + smp.disk_write
        return smp.net_rx + smp.net_tx

    def tooltip(self, col: int) -> str | None:
        smp = self.sample
        if col == Column.STATE and self.conn.state != ConnState.CONNECTED:
            return fill(QCoreApplication.translate("DomainModel", "%1: %2"), self.conn.display_name,
                        conn_state(self.conn.state))
        if col == Column.STATE and self.pending:
            return "\n".join([QCoreApplication.translate("DomainModel", "Takes effect at the next start:"),
                              *(say(c.words) for c in self.pending)])
        if smp is None:
            return None
        if col == Column.DISK_IO:
            return fill(QCoreApplication.translate("DomainModel", "Read %1, write %2"),
                        format_rate(smp.disk_read), format_rate(smp.disk_write))
        if col == Column.NET_IO:
            return fill(QCoreApplication.translate("DomainModel", "Received %1, sent %2"),
                        format_rate(smp.net_rx), format_rate(smp.net_tx))
        if col == Column.MEMORY:
            return fill(QCoreApplication.translate("DomainModel", "%1 in use of %2"),
                        format_kib(smp.memory_used_kib), format_kib(smp.memory_total_kib))
        return None


class DomainModel(QAbstractTableModel):
    """Flat table of VMs across connections; rows of a disconnected host are greyed.

    ``stats``: follow each connection's StatsSampler (CPU, memory, I/O, sparklines).
    """

    def __init__(self, registry: ConnectionRegistry, parent: QObject | None = None, *,
                 stats: bool = True) -> None:
        super().__init__(parent)
        self._rows: list[DomainRow] = []
        self._index: dict[tuple[int, str], int] = {}  # (id(conn), uuid) -> row
        self._links: dict[int, list[tuple[Any, Any]]] = {}  # id(conn) -> (signal, slot)
        self._samplers: dict[int, StatsSampler] = {}
        self._conn_of: dict[QObject, Connection] = {}  # signal sender -> its connection
        self._stats = stats
        registry.added.connect(self._watch)
        registry.removed.connect(self._unwatch)
        for conn in registry:
            self._watch(conn)

    # -- Qt model API -----------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else _NCOLS

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not valid_index(self, index):
            return Qt.ItemFlag.NoItemFlags
        return self.row_flags(index.row())

    def row_flags(self, row: int) -> Qt.ItemFlag:
        """flags() of a valid row without building an index (the proxy's hot path)."""
        if self._rows[row].conn.state == ConnState.CONNECTED:
            return _ENABLED_FLAGS
        return _GREYED_FLAGS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < _NCOLS:
            return None
        if role == DISPLAY:
            return say(HEADERS[Column(section)])
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = HEADER_TIPS.get(Column(section))
            return say(tip) if tip else None
        return None

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        return self.cell(index.row(), index.column(), role)

    def cell(self, row_no: int, col: int, role: int = DISPLAY) -> Any:
        """data() without building an index (the proxy's hot path); None out of bounds."""
        if not (0 <= row_no < len(self._rows) and 0 <= col < _NCOLS):
            return None
        row = self._rows[row_no]
        if role == 0:  # DisplayRole; plain ints: this runs for every painted cell
            return row.text(col)
        if role == _SORT:
            return row.key(col)
        if role == 1:  # DecorationRole
            return icons.icon(DOMAIN_STATE_ICONS[row.record.state]) if col == Column.STATE else None
        if role == _ALIGN:
            return _RIGHT if Column.CPU <= col <= Column.NET_IO else None
        if role < _FIRST_USER_ROLE and role != 3:  # Qt roles we leave to the style (3: tooltip)
            return None
        if role == _HISTORY:
            return self._history(row, col)
        if role == 3:
            return row.tooltip(col)
        return self._role_data(row, role)

    @staticmethod
    def _role_data(row: DomainRow, role: int) -> Any:
        if role == Role.OBJECT:
            return row.record
        if role == Role.CONNECTION:
            return row.conn
        if role == Role.KEY:
            return (row.conn.uri, row.record.uuid)
        if role == Role.STATE:
            return row.record.state
        return None

    def _history(self, row: DomainRow, col: int) -> list[float] | None:
        series = SPARK_SERIES.get(Column(col))
        sampler = self._samplers.get(id(row.conn))
        hist = sampler.history(row.record.uuid) if series and sampler else None
        if hist is None:
            return None
        if len(series) == 1:
            return hist.values(series[0], SPARK_POINTS)
        a, b = (hist.values(m, SPARK_POINTS) for m in series)
        return [x + y for x, y in zip(a, b, strict=True)]

    # -- lookups ------------------------------------------------------------------

    def row_of(self, conn: Connection, uuid: str) -> int:
        return self._index.get((id(conn), uuid), -1)

    @property
    def rows(self) -> list[DomainRow]:
        """The rows in model order; read-only for callers (proxies read sort keys here)."""
        return self._rows

    def row_at(self, row: int) -> DomainRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def sampler(self, conn: Connection) -> StatsSampler | None:
        return self._samplers.get(id(conn))

    # -- feeding from connections ---------------------------------------------------

    def _watch(self, conn: Connection) -> None:
        # Bound methods, not lambdas: Qt disconnects them when the model goes, and the
        # sender says which connection spoke.
        links = [(conn.domains.added, self._on_added), (conn.domains.changed, self._on_changed),
                 (conn.domains.removed, self._on_removed), (conn.stateChanged, self._on_state)]
        tracker = tracker_for(conn)
        self._conn_of[tracker] = conn
        links.append((tracker.changed, self._on_pending))
        self._conn_of[conn.domains] = conn
        self._conn_of[conn] = conn
        if self._stats:
            sampler = self._samplers[id(conn)] = sampler_for(conn)
            self._conn_of[sampler] = conn
            links += [(sampler.sampled, self._on_sampled), (sampler.cleared, self._on_sampled)]
        for signal, slot in links:
            signal.connect(slot)
        self._links[id(conn)] = links
        self._add(conn, conn.domains.records())

    def _unwatch(self, conn: Connection) -> None:
        for signal, slot in self._links.pop(id(conn), []):
            signal.disconnect(slot)
        self._conn_of = {k: c for k, c in self._conn_of.items() if c is not conn}
        self._samplers.pop(id(conn), None)
        self._remove(conn, [r.record.uuid for r in self._rows if r.conn is conn])

    def _speaker(self) -> Connection | None:
        return self._conn_of.get(self.sender())

    def _on_added(self, records: list[DomainRecord]) -> None:
        if (conn := self._speaker()) is not None:
            self._add(conn, records)

    def _on_changed(self, records: list[DomainRecord]) -> None:
        if (conn := self._speaker()) is not None:
            self._change(conn, records)

    def _on_removed(self, keys: list[str]) -> None:
        if (conn := self._speaker()) is not None:
            self._remove(conn, keys)

    def _on_state(self, *_args: object) -> None:
        if (conn := self._speaker()) is not None:
            self._conn_state(conn)

    def _on_pending(self, uuid: str, lines: list[PendingChange]) -> None:
        conn = self._speaker()
        row_no = self.row_of(conn, uuid) if conn is not None else -1
        if row_no < 0:
            return
        row = self._rows[row_no]
        row.pending = list(lines)
        row.update(row.record)
        self._emit_rows_changed([row_no])

    def _on_sampled(self, uuids: list[str]) -> None:
        if (conn := self._speaker()) is not None:
            self._sampled(conn, uuids)

    def _add(self, conn: Connection, records: list[DomainRecord]) -> None:
        key = id(conn)
        fresh = [r for r in records if (key, r.uuid) not in self._index]
        if not fresh:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
        pending = tracker_for(conn)
        for rec in fresh:
            row = DomainRow(conn, rec)
            if lines := pending.get(rec.uuid):
                row.pending = lines
                row.update(rec)
            self._rows.append(row)
        self._index.update(((key, rec.uuid), first + i) for i, rec in enumerate(fresh))
        self.endInsertRows()

    def _change(self, conn: Connection, records: list[DomainRecord]) -> None:
        rows, first_col, last_col = [], _NCOLS, -1
        for rec in records:
            i = self._index.get((id(conn), rec.uuid))
            if i is None:
                continue
            row = self._rows[i]
            old, old_rec = row.display, row.record
            row.update(rec)
            changed = [c for c in range(_NCOLS) if old[c] != row.display[c]]
            if (old_rec.state in ACTIVE_STATES) != (rec.state in ACTIVE_STATES) \
                    or old_rec.memory_kib != rec.memory_kib \
                    or old_rec.max_memory_kib != rec.max_memory_kib:
                changed += [STATS_FIRST, STATS_LAST]  # stats cleared or memory shown anew
            if changed:
                first_col, last_col = min(first_col, *changed), max(last_col, *changed)
            rows.append(i)
        if rows:
            # Only the columns that changed (a state change leaves the name, the usual sort
            # column, alone: the proxy then need not re-sort); the whole row when nothing
            # shown changed but the record did (reason, id).
            if last_col < 0:
                first_col, last_col = 0, _NCOLS - 1
            self._emit_rows_changed(rows, cols=(first_col, last_col))

    def _emit_rows_changed(self, rows: list[int], roles: list[int] | None = None,
                           cols: tuple[int, int] = (0, _NCOLS - 1)) -> None:
        spans = runs(sorted(rows))
        if len(spans) > MAX_SIGNALS:
            # A burst over scattered rows: one signal over their span costs far less than
            # hundreds (each one walks the proxy and the views).
            spans = [(spans[0][0], spans[-1][1])]
        for start, end in spans:
            self.dataChanged.emit(self.index(start, cols[0]), self.index(end, cols[1]), roles or [])

    def _sampled(self, conn: Connection, uuids: list[str]) -> None:
        sampler = self._samplers.get(id(conn))
        if sampler is None:
            return
        rows = []
        for uuid in uuids:
            i = self._index.get((id(conn), uuid))
            if i is None:
                continue
            row = self._rows[i]
            row.sample = sampler.latest(uuid) if row.record.state in ACTIVE_STATES else None
            rows.append(i)
        if rows:
            # One signal over the span of changed rows: views repaint only what is visible,
            # and the roles tell a proxy it need not re-filter.
            self.dataChanged.emit(self.index(min(rows), STATS_FIRST),
                                  self.index(max(rows), STATS_LAST), STATS_ROLES)

    def _remove(self, conn: Connection, uuids: list[str]) -> None:
        rows = sorted(i for u in uuids if (i := self._index.get((id(conn), u))) is not None)
        if not rows:
            return
        for start, end in reversed(runs(rows)):
            self.beginRemoveRows(QModelIndex(), start, end)
            for r in self._rows[start:end + 1]:
                del self._index[(id(r.conn), r.record.uuid)]
            del self._rows[start:end + 1]
            self.endRemoveRows()
        for i in range(rows[0], len(self._rows)):  # only rows below the first removal moved
            r = self._rows[i]
            self._index[(id(r.conn), r.record.uuid)] = i

    def _conn_state(self, conn: Connection) -> None:
        # Only the look changes (greyed or not, the state's tooltip): no record, no sort key,
        # so the roles say so and proxies need not re-filter or re-sort.
        self._emit_rows_changed([i for i, r in enumerate(self._rows) if r.conn is conn],
                                CONN_STATE_ROLES)
