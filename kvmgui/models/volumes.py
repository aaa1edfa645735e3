"""The volumes of one storage pool, fast for pools of thousands.

Three passes, each in a worker: the rows (``volumelist.list_volumes``: what ``info()``
gives, as fast as raw libvirt-python), then the details only a volume's XML has (format,
backing store; ``volume_details``, delivered in batches as they are read), then which VMs
use each volume (``diskusers.find_users``, inactive definitions included). The GUI
thread only files the results.

Sorted here, not in a QSortFilterProxyModel: a proxy asks ``data()`` for both sides of
every comparison, which for 5,000 rows is seconds on the GUI thread; Python sorts the
rows by key in milliseconds (``sort``: a layout change that moves persistent indexes).
Display text is worked out when a row is first painted and kept.

The list is read again when libvirt reports a refresh of the pool (it sends no events
for volumes: ``virsh vol-create`` shows after the next ``pool-refresh``), when the pool
starts or stops, after our own jobs (``reload``), and the users when VMs change: their
record, or their disks (a definition, a hot-plug, which leave the record as it was).

Past 400 lines on purpose: the three passes share the row index, the generation that
drops stale answers and the sort order; apart, each would reach into the others. The row
itself (columns, cells, sort keys) is in ``kvmgui.models.volumerows``.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable
from typing import Any, cast

import libvirt
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QModelRoleData,
    QModelRoleDataSpan,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from kvmgui.libvirt import volumelist
from kvmgui.libvirt.connection import Connection, ConnState, StateReason, error_text
from kvmgui.libvirt.diskusers import DiskUser, UsersUnknownError, VolumeRef
from kvmgui.libvirt.eventcodes import DEVICE_EVENTS, LIFECYCLE_ID, POOL_REFRESH_ID
from kvmgui.libvirt.records import LibvirtEvent, PoolRecord
from kvmgui.libvirt.volumelist import VolumeDetails, VolumeRow
from kvmgui.models.base import runs, valid_index
from kvmgui.models.roles import Role
from kvmgui.models.volumerows import (
    ALIGNMENT,
    COLUMNS,
    HEADERS,
    RIGHT,
    SIZE_COLUMNS,
    SORT_KEYS,
    TOOLTIP,
    USER,
    Volume,
    VolumeColumn,
    read_users,
    texts,
)
from kvmgui.models.words import failure_words, say
from kvmgui.utils.text import literal_tooltip
from kvmgui.utils.tr import fill

log = logging.getLogger(__name__)

__all__ = ["Volume", "VolumeColumn", "VolumeModel"]

Index = QModelIndex | QPersistentModelIndex
DISPLAY = Qt.ItemDataRole.DisplayRole
USERS_DELAY_MS = 300  # VM changes come in bursts: read the users once they calm down
# Domain events that may change which disks a VM has: defined, undefined, started, stopped
# (the live XML comes and goes), a device attached or detached.
_DISKS_EVENTS = frozenset({LIFECYCLE_ID["domain"], *DEVICE_EVENTS})
DETAILS_BATCH = 500
CELL_SIGNALS = 64  # up to this many changed cells: a signal each; more: one over their rows
PAINT_FIRST_MS = 30  # the new rows are painted before the formats and users are read


class _Courier(QObject):
    """Carries batches of details from the worker to the GUI thread (a queued signal)."""

    batch = Signal(int, list)


class VolumeModel(QAbstractTableModel):
    """Volumes of the chosen pool of ``conn`` (see the module docstring).

    Signals:
        loaded(): a listing arrived and is shown (rows; details and users follow).
        detailed(): the details (format, backing store) of every row are in.
        usersKnown(): who uses each volume is in (or could not be found out: ``users_error``;
            a VM that could not be read is named in every row, as it may use any).
        failed(str): the listing failed, in libvirt's words (the rows are cleared).
        detailsFailed(str): reading the details failed, in libvirt's words (the rows
            stay; those not yet read show none).
    """

    loaded = Signal()
    detailed = Signal()
    usersKnown = Signal()
    failed = Signal(str)
    detailsFailed = Signal(str)

    def __init__(self, conn: Connection, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.conn = conn
        self.pool_uuid: str | None = None
        self.loading = False
        self.users_error = ""
        self._rows: list[Volume] = []
        self._row_of: dict[str, int] = {}  # name -> row
        self._sort_column = int(VolumeColumn.NAME)
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._generation = 0  # bumped when the pool changes: older answers are dropped
        self._again = False  # a reload was asked for while one ran
        self._active_seen = False  # the pool was active when last read
        self._details_pending: set[str] = set()
        self._details_stop: threading.Event | None = None
        self._users_running = False
        self._users_again = False
        self._users_after_details = False  # a listing's users are read once its formats are in
        self._users_timer = QTimer(self)
        self._users_timer.setSingleShot(True)
        self._users_timer.setInterval(USERS_DELAY_MS)
        self._users_timer.timeout.connect(self._read_users)
        self._courier = _Courier(self)
        self._courier.batch.connect(self._details_batch)
        conn.pools.changed.connect(self._pools_changed)
        conn.pools.removed.connect(self._pools_removed)
        conn.events.connect(self._events)
        conn.stateChanged.connect(self._conn_state)
        for signal in (conn.domains.added, conn.domains.changed, conn.domains.removed):
            signal.connect(self._domains_changed)

    # -- Qt model API ----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not valid_index(self, index):
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemNeverHasChildren)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY and 0 <= section < len(HEADERS):
            return QCoreApplication.translate("VolumeModel", HEADERS[section])
        return None

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        # Bounds checked here, not with checkIndex(): that calls rowCount() and columnCount()
        # back in Python, and data() runs for every painted cell and role.
        row, col = index.row(), index.column()
        if not (0 <= row < len(self._rows) and 0 <= col < COLUMNS) or index.model() is not self:
            return None
        vol = self._rows[row]
        if role == DISPLAY:
            if vol.text is None:
                vol.text = texts(vol)
            return vol.text[col]
        if role == Role.SORT:
            return SORT_KEYS[col](vol)
        if role == Role.OBJECT:
            return vol
        if role == Role.KEY:
            return vol.key
        if role == Role.CONNECTION:
            return self.conn
        if role == ALIGNMENT and col in SIZE_COLUMNS:
            return RIGHT
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(vol, col)
        return None

    def multiData(self, index: Index, span: QModelRoleDataSpan | QModelRoleData) -> None:
        """All the roles a view paints a cell with, in one call (a view's delegate asks for
        about ten): one trip into Python per cell, not one per role. While workers run
        Python (reading formats, users), each trip may wait for the GIL."""
        row, col = index.row(), index.column()
        if not (0 <= row < len(self._rows) and 0 <= col < COLUMNS) or index.model() is not self:
            return
        vol = self._rows[row]
        # A span iterates its QModelRoleData at run time; the stubs do not say so.
        slots = [span] if isinstance(span, QModelRoleData) else cast(Iterable[QModelRoleData], span)
        for slot in slots:
            role = slot.role()
            if role == DISPLAY:
                if vol.text is None:
                    vol.text = texts(vol)
                slot.setData(vol.text[col])
            elif role == ALIGNMENT and col in SIZE_COLUMNS:
                slot.setData(RIGHT)
            elif role >= USER or role == TOOLTIP:
                slot.setData(self.data(index, role))
            else:
                slot.clearData()  # a delegate reuses its slots from cell to cell

    def _tooltip(self, vol: Volume, col: int) -> str | None:
        # Names and paths shown as they are, even when they look like markup.
        if col == VolumeColumn.PATH:
            return literal_tooltip(vol.path)
        if col == VolumeColumn.USERS and (vol.users is None or vol.unread) and self.users_error:
            return literal_tooltip(self.users_error)
        if col == VolumeColumn.FORMAT and vol.details is not None and vol.details.backing_path:
            text = QCoreApplication.translate("VolumeModel", "Backing store: %1")
            return literal_tooltip(fill(text, vol.details.backing_path))
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column not in SORT_KEYS:
            return
        self._sort_column, self._sort_order = column, order
        self._resort()

    # -- lookups ---------------------------------------------------------------------------

    def volume_at(self, row: int) -> Volume | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def volume(self, name: str) -> Volume | None:
        row = self._row_of.get(name)
        return self._rows[row] if row is not None else None

    def row_of(self, name: str) -> int:
        return self._row_of.get(name, -1)

    def names(self) -> frozenset[str]:
        return frozenset(self._row_of)

    @property
    def pool(self) -> PoolRecord | None:
        return self.conn.pools.get(self.pool_uuid) if self.pool_uuid else None

    # -- reading ---------------------------------------------------------------------------

    def set_pool(self, uuid: str | None) -> None:
        if uuid == self.pool_uuid:
            return
        self.pool_uuid = uuid
        self._generation += 1
        self.loading = False  # the answer of the job still running is dropped by its generation
        self._again = False
        self._stop_details()
        self._clear()
        self.reload()

    def reload(self) -> None:
        """Read the rows again (after a job that changed them, or an event)."""
        pool = self.pool
        if pool is None or not pool.active or self.conn.state != ConnState.CONNECTED:
            self._active_seen = False
            self._generation += 1
            self._stop_details()
            self.loading = False
            self._again = False
            self._clear()
            return
        if self.loading:
            self._again = True  # one more once this one is in: it may predate the change
            return
        gen = self._generation
        self.loading = True
        self._active_seen = True
        self.conn.run(volumelist.list_volumes, pool.uuid, pool.pool_type or None,
                      done=lambda rows: self._rows_arrived(gen, rows),
                      failed=lambda exc: self._list_failed(gen, exc), context=self)

    def refresh_details(self, names: Iterable[str]) -> None:
        """Read the format and backing store of these volumes again (after an upload,
        which may change what libvirt sees in them)."""
        self._want_details(set(names) & set(self._row_of))

    def _rows_arrived(self, gen: int, rows: list[VolumeRow]) -> None:
        if gen != self._generation:
            return
        self.loading = False
        fresh = self._apply(rows)
        # The later passes keep a worker busy in Python: let the rows be painted first.
        QTimer.singleShot(PAINT_FIRST_MS, self, lambda: self._later_passes(gen, fresh))
        self.loaded.emit()
        if self._again:
            self._again = False
            self.reload()

    def _later_passes(self, gen: int, names: set[str]) -> None:
        """Formats, then users: one pass at a time, so only one worker runs Python beside
        the GUI thread (each more makes the GUI thread wait longer for the GIL)."""
        if gen != self._generation:
            return
        self._users_after_details = True
        self._want_details(names & set(self._row_of))
        if self._details_stop is None:  # no formats to read
            self._users_timer.start(0)

    def _list_failed(self, gen: int, exc: BaseException) -> None:
        if gen != self._generation:
            return
        self.loading = False
        self._clear()
        self.failed.emit(failure_words(exc))
        if self._again:  # asked for after this listing began: it may work now
            self._again = False
            self.reload()

    # -- filing a listing ------------------------------------------------------------------

    def _apply(self, rows: list[VolumeRow]) -> set[str]:
        """Make the rows those of ``rows``; the names whose details must be (re)read."""
        incoming = {row.name: row for row in rows}
        gone = sorted(i for i, vol in enumerate(self._rows) if vol.name not in incoming)
        for first, last in reversed(runs(gone)):
            self.beginRemoveRows(QModelIndex(), first, last)
            del self._rows[first:last + 1]
            self.endRemoveRows()
        if gone:
            self._reindex()
        changed: list[int] = []
        want: set[str] = set()
        for i, vol in enumerate(self._rows):
            row = incoming.pop(vol.name)
            if row != vol.row:
                vol.row, vol.text = row, None
                changed.append(i)
                want.add(vol.name)  # an upload or a resize may change the format's view too
        self._changed(changed)
        if incoming:
            fresh = [Volume(row) for row in incoming.values()]
            key = SORT_KEYS[self._sort_column]
            fresh.sort(key=key, reverse=self._sort_order == Qt.SortOrder.DescendingOrder)
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            self._rows.extend(fresh)
            for i in range(first, len(self._rows)):
                self._row_of[self._rows[i].name] = i
            self.endInsertRows()
            want.update(incoming)
            if first:  # new rows below the old ones: put them in their places
                self._resort()
        elif changed and self._sort_column != VolumeColumn.NAME:
            self._resort()
        return want

    def _clear(self) -> None:
        self._details_pending.clear()
        if self._rows:
            self.beginResetModel()
            self._rows, self._row_of = [], {}
            self.endResetModel()

    def _reindex(self) -> None:
        self._row_of = {vol.name: i for i, vol in enumerate(self._rows)}

    def _changed(self, rows: list[int], columns: tuple[int, int] = (0, len(HEADERS) - 1)) -> None:
        if not rows:
            return
        if columns[0] == columns[1] and len(rows) <= CELL_SIGNALS:
            # A few cells of one column (a format, a user): a signal per cell. A view repaints
            # just that cell for it (and only if shown), but all it shows for a range: with
            # workers busy in Python, every painted cell may wait for the GIL.
            column = columns[0]
            for row in rows:
                index = self.index(row, column)
                self.dataChanged.emit(index, index, [])
            return
        spans = runs(sorted(rows))
        if len(spans) > 8:  # one signal over them all is cheaper than many
            spans = [(spans[0][0], spans[-1][1])]
        for first, last in spans:
            self.dataChanged.emit(self.index(first, columns[0]), self.index(last, columns[1]), [])

    def _resort(self) -> None:
        if len(self._rows) < 2:
            return
        key = SORT_KEYS[self._sort_column]
        order = sorted(range(len(self._rows)), key=lambda i: key(self._rows[i]),
                       reverse=self._sort_order == Qt.SortOrder.DescendingOrder)
        if order == list(range(len(self._rows))):
            return
        self.layoutAboutToBeChanged.emit()
        new_row = {old: new for new, old in enumerate(order)}
        self._rows = [self._rows[i] for i in order]
        self._reindex()
        old_indexes = self.persistentIndexList()
        new_indexes = [self.index(new_row[ix.row()], ix.column()) for ix in old_indexes]
        self.changePersistentIndexList(old_indexes, new_indexes)
        self.layoutChanged.emit()

    # -- details ---------------------------------------------------------------------------

    def _want_details(self, names: set[str]) -> None:
        if not names:
            return
        self._details_pending |= names
        if self._details_stop is None:
            self._start_details()

    def _start_details(self) -> None:
        pool = self.pool
        names = sorted(self._details_pending)
        self._details_pending.clear()
        if pool is None or not names:
            self.detailed.emit()
            return
        gen = self._generation
        stop = self._details_stop = threading.Event()
        emit = self._courier.batch.emit

        def deliver(batch: list[VolumeDetails]) -> bool:  # worker thread
            emit(gen, batch)
            return not stop.is_set()

        def read(conn: libvirt.virConnect, uuid: str) -> None:
            volumelist.volume_details(conn, uuid, names, on_batch=deliver, batch=DETAILS_BATCH)

        self.conn.run(read, pool.uuid, done=lambda _r: self._details_done(stop),
                      failed=lambda exc: self._details_failed(stop, exc), context=self)

    def _details_batch(self, gen: int, batch: list[VolumeDetails]) -> None:
        if gen != self._generation:
            return
        touched = []
        for details in batch:
            row = self._row_of.get(details.name)
            if row is not None:
                vol = self._rows[row]
                vol.details, vol.text = details, None
                touched.append(row)
        self._changed(touched, (VolumeColumn.FORMAT, VolumeColumn.FORMAT))
        if touched and self._sort_column == VolumeColumn.FORMAT:
            self._resort()

    def _details_failed(self, stop: threading.Event, exc: BaseException) -> None:
        # The rows stay, without the details not yet read: say why they are missing.
        if stop is self._details_stop:
            pool = self.pool
            log.warning("%s: details of the volumes of pool %s: %s", self.conn.uri,
                        pool.name if pool else self.pool_uuid, error_text(exc))
            self.detailsFailed.emit(failure_words(exc))
        self._details_done(stop)

    def _details_done(self, stop: threading.Event) -> None:
        if stop is not self._details_stop:
            return  # a job of a pool no longer shown
        self._details_stop = None
        if self._details_pending:
            self._start_details()
            return
        self.detailed.emit()
        if self._users_after_details:
            self._users_after_details = False
            self._users_timer.start(0)

    def _stop_details(self) -> None:
        if self._details_stop is not None:
            self._details_stop.set()
            self._details_stop = None
        self._details_pending.clear()

    # -- users -----------------------------------------------------------------------------

    def _read_users(self) -> None:
        pool = self.pool
        if pool is None or not self._rows or self.conn.state != ConnState.CONNECTED:
            return
        if self._users_running:
            self._users_again = True
            return
        self._users_running = True
        gen = self._generation
        volumes = [(vol.path, vol.name) for vol in self._rows]  # the refs are made in the worker
        self.conn.run(read_users, pool.name, volumes,
                      done=lambda found: self._users_arrived(gen, found),
                      failed=lambda exc: self._users_failed(gen, exc), context=self)

    def _users_arrived(self, gen: int, read: tuple[dict[VolumeRef, list[DiskUser]],
                                                 list[UsersUnknownError]]) -> None:
        self._users_running = False
        if gen == self._generation:
            found, unknown = read
            # A VM that could not be read may use any volume: each row names it, the reason
            # is in the cell's tooltip; what the others use shows as it is.
            self.users_error = "\n".join(say(exc.words) for exc in unknown)
            unread = tuple(exc.vm for exc in unknown)
            touched = []
            for ref, users in found.items():
                row = self._row_of.get(ref.name)
                if row is None:
                    continue
                vol = self._rows[row]
                now = tuple(users)
                if vol.users != now or vol.unread != unread:
                    vol.users, vol.unread, vol.text = now, unread, None
                    touched.append(row)
            self._changed(touched, (VolumeColumn.USERS, VolumeColumn.USERS))
            if touched and self._sort_column == VolumeColumn.USERS:
                self._resort()
            self.usersKnown.emit()
        self._users_next()

    def _users_failed(self, gen: int, exc: BaseException) -> None:
        self._users_running = False
        if gen == self._generation:
            words = getattr(exc, "words", None)
            self.users_error = say(words) if words is not None else error_text(exc)
            for vol in self._rows:
                vol.users, vol.unread, vol.text = None, (), None
            self._changed(list(range(len(self._rows))), (VolumeColumn.USERS, VolumeColumn.USERS))
            self.usersKnown.emit()
        self._users_next()

    def _users_next(self) -> None:
        if self._users_again:
            self._users_again = False
            self._users_timer.start(0)

    # -- what changes them ------------------------------------------------------------------

    def _pools_changed(self, records: list[PoolRecord]) -> None:
        for rec in records:
            if rec.uuid == self.pool_uuid and rec.active != self._active_seen:
                self.reload()  # started or stopped; size changes come with a refresh event

    def _pools_removed(self, keys: list[str]) -> None:
        if self.pool_uuid in keys:
            self.set_pool(None)

    def _events(self, events: list[LibvirtEvent]) -> None:
        if any(e.kind == "pool" and e.uuid == self.pool_uuid and e.event_id == POOL_REFRESH_ID
               for e in events):
            self.reload()
        elif self._rows and any(e.kind == "domain" and e.event_id in _DISKS_EVENTS
                                for e in events):
            self._users_timer.start()

    def _domains_changed(self, *_args: object) -> None:
        if self._rows:
            self._users_timer.start()

    def _conn_state(self, state: ConnState, _reason: StateReason) -> None:
        if state == ConnState.CONNECTED:
            self.reload()
        else:
            self._active_seen = False
            self._generation += 1
            self._stop_details()
            self.loading = False
            self._again = False
            self._clear()
