"""The VMs of every connection, one row each (``domainrow.py``), following libvirt events
and the stats sampler."""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from itertools import groupby
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal

from kvmgui.libvirt.connection import Connection, ConnState
from kvmgui.libvirt.pending import tracker_for
from kvmgui.libvirt.records import ACTIVE_STATES, DomainRecord
from kvmgui.libvirt.registry import ConnectionRegistry
from kvmgui.libvirt.samples import Metric
from kvmgui.libvirt.stats import StatsSampler, sampler_for
from kvmgui.models.arrivals import Arrivals
from kvmgui.models.domainrow import HEADER_TIPS, HEADERS, STATS_FIRST, STATS_LAST, Column, DomainRow
from kvmgui.models.keyed import ENABLED_FLAGS, GREYED_FLAGS, KeyedTableModel
from kvmgui.models.pacer import Pacer
from kvmgui.models.roles import Role
from kvmgui.models.words import DOMAIN_STATE_ICONS
from kvmgui.utils import icons
from kvmgui.utils.text import literal_tooltip
from kvmgui.utils.tr import fill
from kvmgui.xml.diff import PendingChange

DISPLAY = Qt.ItemDataRole.DisplayRole
SPARK_POINTS = 40  # samples a sparkline shows
STATS_MAX_SIGNALS = 256  # runs of sampled rows signalled apart (see _sampled)
STATS_ROLES = [DISPLAY, Role.SORT, Role.HISTORY, Qt.ItemDataRole.ToolTipRole]
CONN_STATE_ROLES = [Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole]
SPARK_SERIES = {
    Column.CPU: (Metric.CPU,),
    Column.DISK_IO: (Metric.DISK_READ, Metric.DISK_WRITE),
    Column.NET_IO: (Metric.NET_RX, Metric.NET_TX),
}
_NCOLS = len(Column)
_HISTORY, _STATE = int(Role.HISTORY), int(Role.STATE)
# As in domainrow.py: plain ints where every painted cell compares them.
_STATE_COL, _CPU, _NET_IO = int(Column.STATE), int(Column.CPU), int(Column.NET_IO)
_SPARK_SERIES = {int(c): series for c, series in SPARK_SERIES.items()}
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
# Rows made per turn of the event loop from a big listing (arrivals.py): 3–9 ms of the
# GUI thread each, where 5,000 at once held it 25–55 ms.
LISTING_SLICE = 500


class DomainModel(KeyedTableModel[DomainRow]):
    """Flat table of VMs across connections; rows of a disconnected host are greyed.

    Rows are keyed by (connection uri, uuid), which Role.KEY returns. Rows keep their
    stats sample and uptime, so a changed record updates its row in place, and the
    changes name the columns and roles they touch: a stats sample redraws the stats
    columns (proxies need not re-filter), a state change leaves the name column alone
    (a proxy sorted by name need not re-sort).

    ``stats``: follow each connection's StatsSampler (CPU, memory, I/O, sparklines).

    A listing of more than ``LISTING_SLICE`` VMs becomes rows over several turns of the
    event loop (arrivals.py).

    Signals:
        arriving(bool): rows of a listing wait for a later turn (True), or none wait
            any more (False). A view may hold its repaints meanwhile: each would cost a
            whole viewport for rows that land out of sight.
    """

    arriving = Signal(bool)

    HEADERS = HEADERS
    HEADER_TIPS = HEADER_TIPS
    QT_ROLES = frozenset({1, 3, 11, _ALIGN})  # icon, tooltip, spoken text, alignment: extra()

    def __init__(self, registry: ConnectionRegistry, parent: QObject | None = None, *,
                 stats: bool = True) -> None:
        super().__init__(parent)
        self._links: dict[int, list[tuple[Any, Any]]] = {}  # id(conn) -> (signal, slot)
        self._samplers: dict[int, StatsSampler] = {}
        self._watched: dict[Hashable, list[Hashable] | None] = {}  # who -> the keys it shows
        self._conn_of: dict[QObject, Connection] = {}  # signal sender -> its connection
        self._stats = stats
        # One per host: a host's sample then hands out only what is left of that host's
        # last one, and leaves another host's groups paced.
        self._stats_pacers: dict[int, Pacer] = {}
        # (connection, record, whether it came by an event: see DomainRow's seen_start)
        self._arrivals: Arrivals[tuple[str, str], tuple[Connection, DomainRecord, bool]] = \
            Arrivals(self._admit, LISTING_SLICE, self)
        self._arrivals.waiting.connect(self.arriving)
        registry.added.connect(self._watch)
        registry.removed.connect(self._unwatch)
        for conn in registry:
            self._watch(conn)

    # -- what the base asks ---------------------------------------------------------

    def row_flags(self, row: int) -> Qt.ItemFlag:
        if self._rows[row].conn.state == ConnState.CONNECTED:
            return ENABLED_FLAGS
        return GREYED_FLAGS

    def connection_of(self, row: DomainRow) -> Connection:
        return row.conn

    def extra(self, row: DomainRow, col: int, role: int) -> Any:
        # Plain ints, most frequent first: this runs for every painted cell.
        if role == _HISTORY:  # the sparkline delegate asks every cell
            return self._history(row, col)
        if role == 1:  # DecorationRole
            return icons.icon(DOMAIN_STATE_ICONS[row.record.state]) if col == _STATE_COL else None
        if role == _ALIGN:
            return _RIGHT if _CPU <= col <= _NET_IO else None
        if role == 3:  # ToolTipRole
            return row.tooltip(col) or self._refusal_tip(row, col)
        if role == _STATE:
            return row.record.state
        if role == 11:  # AccessibleTextRole
            return row.spoken_state() if col == _STATE_COL else None
        return None

    def _refusal_tip(self, row: DomainRow, col: int) -> str | None:
        """Why a running VM's figures are blank: reading them fails, or libvirt refused to
        read this one (an ACL on that VM) while it reads others; in libvirt's words."""
        if row.sample is not None or col not in _SPARK_SERIES \
                or row.record.state not in ACTIVE_STATES:
            return None
        sampler = self._samplers.get(id(row.conn))
        why = (sampler.failure or sampler.refusal(row.record.uuid)) if sampler is not None else ""
        return literal_tooltip(fill(QCoreApplication.translate(
            "DomainModel", "Could not read the VM's performance: %1"), why)) if why else None

    def _history(self, row: DomainRow, col: int) -> list[float] | None:
        series = _SPARK_SERIES.get(col)
        sampler = self._samplers.get(id(row.conn))
        hist = sampler.history(row.record.uuid) if series and sampler else None
        if series is None or hist is None:
            return None
        if len(series) == 1:
            return hist.values(series[0], SPARK_POINTS)
        a, b = (hist.values(m, SPARK_POINTS) for m in series)
        return [x + y for x, y in zip(a, b, strict=True)]

    # -- lookups ------------------------------------------------------------------

    def row_of(self, key: Hashable, uuid: str | None = None) -> int:
        """The row of ``row_of(conn, uuid)`` or of its key ``row_of((uri, uuid))``; -1 if none."""
        if uuid is not None and isinstance(key, Connection):
            key = (key.uri, uuid)
        return super().row_of(key)

    def sampler(self, conn: Connection) -> StatsSampler | None:
        return self._samplers.get(id(conn))

    @property
    def stats_pending(self) -> bool:
        """Whether rows on screen still wait for their part of a sample (paced)."""
        return any(pacer.pending for pacer in self._stats_pacers.values())

    def watch(self, who: Hashable, keys: Iterable[Hashable] | None) -> None:
        """``who`` (a view) shows the rows of these keys (None: it needs every row's
        figures fresh, e.g. while sorted by a stats column): their samplers read those
        VMs every interval and the others less often (see ``kvmgui.libvirt.stats``)."""
        self._watched[who] = None if keys is None else list(keys)
        self._forward_watch(who)

    def unwatch(self, who: Hashable) -> None:
        self._watched.pop(who, None)
        for sampler in self._samplers.values():
            sampler.unwatch((id(self), who))

    def _forward_watch(self, who: Hashable) -> None:
        keys = self._watched[who]
        by_uri: dict[str, list[str]] = {}
        for key in keys or ():
            if isinstance(key, tuple) and len(key) == 2:
                by_uri.setdefault(key[0], []).append(key[1])
        for sampler in self._samplers.values():
            sampler.watch((id(self), who), None if keys is None else by_uri.get(sampler.conn.uri, []))

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
            self._stats_pacers[id(conn)] = Pacer(self._emit_shown, self)
            self._conn_of[sampler] = conn
            links += [(sampler.sampled, self._on_sampled), (sampler.cleared, self._on_sampled),
                      (sampler.refusedChanged, self._on_refused),
                      (sampler.failed, self._on_stats_failed)]
            for who in self._watched:
                self._forward_watch(who)
        for signal, slot in links:
            signal.connect(slot)
        self._links[id(conn)] = links
        self._add(conn, conn.domains.records())

    def _unwatch(self, conn: Connection) -> None:
        for signal, slot in self._links.pop(id(conn), []):
            signal.disconnect(slot)
        self._conn_of = {k: c for k, c in self._conn_of.items() if c is not conn}
        self._samplers.pop(id(conn), None)
        pacer = self._stats_pacers.pop(id(conn), None)
        if pacer is not None:
            pacer.deleteLater()  # its groups' rows go below; its timer with it
        self._arrivals.drop_if(lambda key: key[0] == conn.uri)
        self.remove_rows([i for i, r in enumerate(self._rows) if r.conn is conn])

    def _speaker(self) -> Connection | None:
        return self._conn_of.get(self.sender())

    def _on_added(self, records: list[DomainRecord]) -> None:
        if (conn := self._speaker()) is not None:
            # While connected, by an event; else from the listing of an open.
            self._add(conn, records, seen_start=conn.state == ConnState.CONNECTED)

    def _on_changed(self, records: list[DomainRecord]) -> None:
        if (conn := self._speaker()) is not None:
            self._change(conn, records)

    def _on_removed(self, keys: list[str]) -> None:
        if (conn := self._speaker()) is not None:
            gone = [(conn.uri, uuid) for uuid in keys]
            self._arrivals.drop(gone)
            self.remove(gone)

    def _on_state(self, *_args: object) -> None:
        if (conn := self._speaker()) is not None:
            # Only the look changes (greyed or not, the state's tooltip): no record, no
            # sort key, so the roles say so and proxies need not re-filter or re-sort.
            self.emit_changed([i for i, r in enumerate(self._rows) if r.conn is conn],
                              CONN_STATE_ROLES)

    def _on_pending(self, uuid: str, lines: list[PendingChange]) -> None:
        conn = self._speaker()
        row_no = self.row_of(conn, uuid) if conn is not None else -1
        if row_no < 0:
            return
        row = self._rows[row_no]
        row.pending = tuple(lines)
        row.update(row.record)
        self.emit_changed([row_no])

    def _on_sampled(self, uuids: list[str]) -> None:
        if (conn := self._speaker()) is not None:
            self._sampled(conn, uuids)

    def _on_stats_failed(self, _error: str) -> None:
        """Reading the host's figures fails: its rows' last ones are no longer given as
        current (the cells go blank, their tooltips say why; the sparklines keep the past)."""
        if (conn := self._speaker()) is None:
            return
        rows = [i for i, r in enumerate(self._rows) if r.conn is conn and r.sample is not None]
        for i in rows:
            self._rows[i].sample = None
        self.emit_changed(rows, STATS_ROLES, (STATS_FIRST, STATS_LAST), max_signals=STATS_MAX_SIGNALS)

    def _on_refused(self, uuids: list[str]) -> None:
        if (conn := self._speaker()) is not None:
            where, uri = self.key_rows(), conn.uri
            rows = [i for u in uuids if (i := where.get((uri, u), -1)) >= 0]
            self.emit_changed(rows, [Qt.ItemDataRole.ToolTipRole], (Column.CPU, Column.NET_IO))

    def _add(self, conn: Connection, records: list[DomainRecord], *,
             seen_start: bool = False) -> None:
        uri, where = conn.uri, self.key_rows()
        fresh = [rec for rec in records if (uri, rec.uuid) not in where]
        if len(fresh) > LISTING_SLICE:
            # By name, the usual sort: each slice then enters a sorted proxy in one run
            # (in libvirt's order, a slice lands in hundreds of places: a model reset).
            fresh.sort(key=lambda rec: rec.name.casefold())
        self._arrivals.add(((uri, rec.uuid), (conn, rec, seen_start)) for rec in fresh)

    def _admit(self, arrived: list[tuple[Connection, DomainRecord, bool]]) -> None:
        rows: list[DomainRow] = []
        for conn, group in groupby(arrived, key=lambda item: item[0]):
            pending = tracker_for(conn)  # read now: what it learnt while the record waited
            rows += [DomainRow(conn, rec, pending.get(rec.uuid), seen_start=seen)
                     for _conn, rec, seen in group]
        self.insert_rows(rows)

    def _change(self, conn: Connection, records: list[DomainRecord]) -> None:
        rows, unseen, first_col, last_col = [], [], _NCOLS, -1
        uri, where = conn.uri, self.key_rows()
        for rec in records:
            i = where.get((uri, rec.uuid), -1)
            if i < 0:
                waiting = self._arrivals.get((uri, rec.uuid))
                if waiting is not None:  # its row is made later; seen starting if it did now
                    seen = waiting[2] or (rec.state in ACTIVE_STATES
                                          and waiting[1].state not in ACTIVE_STATES)
                    self._arrivals.replace((uri, rec.uuid), (conn, rec, seen))
                continue
            row = self._rows[i]
            old, old_rec, old_start = row.display, row.record, row.started
            row.update(rec)
            changed = [c for c in range(_NCOLS) if old[c] != row.display[c]]
            if (old_rec.state in ACTIVE_STATES) != (rec.state in ACTIVE_STATES) \
                    or row.started != old_start or old_rec.memory_kib != rec.memory_kib \
                    or old_rec.max_memory_kib != rec.max_memory_kib:
                changed += [STATS_FIRST, STATS_LAST]  # stats cleared or memory shown anew
            if changed:
                first_col, last_col = min(first_col, *changed), max(last_col, *changed)
                rows.append(i)
            else:
                unseen.append(i)
        # Only the columns that changed (a state change leaves the name, the usual sort
        # column, alone: the proxy then need not re-sort).
        self.emit_changed(rows, cols=(first_col, last_col))
        # The record changed, nothing shown did (the reason or id, as when a re-read
        # confirms the states a burst already showed): named as Role.OBJECT, so nobody
        # re-filters or re-sorts (the cells, hence the sort keys and filters, are as
        # they were). Sent as a record change, 1,000 such rows cost a re-sort check of
        # all 5,000 (5 ms; 14 ms on a busy machine).
        self.emit_changed(unseen, roles=[Role.OBJECT])

    def _sampled(self, conn: Connection, uuids: list[str]) -> None:
        sampler = self._samplers.get(id(conn))
        if sampler is None:
            return
        # The VMs someone looks at (the sampler's hot ones): (key, whether the memory
        # figures changed, whether the uptime words did); the rows of the others.
        shown: list[tuple[tuple[str, str], bool, bool]] = []
        unseen: list[int] = []
        uri, where = conn.uri, self.key_rows()
        for uuid in uuids:
            i = where.get((uri, uuid), -1)
            if i < 0:
                continue
            row = self._rows[i]
            old = row.sample
            new = row.sample = sampler.latest(uuid) if row.record.state in ACTIVE_STATES else None
            if not sampler.is_hot(uuid):
                unseen.append(i)
                continue
            memory = old is None or new is None or old.memory_used_kib != new.memory_used_kib \
                or old.memory_total_kib != new.memory_total_kib
            words = row.text(Column.UPTIME)
            uptime = words != row.uptime_shown
            row.uptime_shown = words
            shown.append(((uri, uuid), memory, uptime))
        # One signal per run of rows, not one over their span: the VMs read out of sight
        # are scattered over the table, and a view repaints a range of over 200 cells as
        # its whole viewport (docs/performance.md, monitoring cost). Those are signalled
        # over all stats columns (nobody sees them); the rows on screen a few at a time
        # (models/pacer.py), per column: the sparklines always, memory and uptime where
        # their words changed, the vCPUs never. A batch is the VMs on screen plus at most
        # COLD_PER_S others, so the runs stay few.
        self.emit_changed(unseen, STATS_ROLES, (STATS_FIRST, STATS_LAST), max_signals=STATS_MAX_SIGNALS)
        self._stats_pacers[id(conn)].feed(shown)

    def _emit_shown(self, shown: list[tuple[tuple[str, str], bool, bool]]) -> None:
        """The stats signals of a group of rows on screen (keys: rows may have moved
        since the sample came)."""
        where = self.key_rows()
        rows, memory, uptime = [], [], []
        for key, memory_changed, uptime_changed in shown:
            i = where.get(key, -1)
            if i < 0:
                continue
            rows.append(i)
            if memory_changed:
                memory.append(i)
            if uptime_changed:
                uptime.append(i)
        many = STATS_MAX_SIGNALS
        self.emit_changed(rows, STATS_ROLES, (Column.CPU, Column.CPU), max_signals=many)
        self.emit_changed(rows, STATS_ROLES, (Column.DISK_IO, Column.NET_IO), max_signals=many)
        self.emit_changed(memory, STATS_ROLES, (Column.MEMORY, Column.MEMORY), max_signals=many)
        self.emit_changed(uptime, STATS_ROLES, (Column.UPTIME, Column.UPTIME), max_signals=many)
