"""Sorting and filtering of the VM list: text (name or host), state group and host.

Why not QSortFilterProxyModel: with 5000 rows it calls back into Python for every
comparison (about 130 000 ``data()`` calls to sort a full listing) and it re-filters
and re-sorts every row a stats update touches, whatever roles the update names.
This proxy sorts precomputed keys with Python's own sort (a few ms for 5000 rows),
re-filters only on record changes (``dataChanged`` without roles) and re-sorts only
when the sort keys may have moved (no roles, or Role.SORT among them) in the sort column.

Past 400 lines: the row maps both ways, the sort, the filters and the signals that
keep a view's selection through them share their state; split, each part would reach
into the others.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from enum import Enum
from itertools import pairwise
from typing import Any

from PySide6.QtCore import (
    QAbstractProxyModel,
    QItemSelection,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from kvmgui.libvirt.records import DomainState
from kvmgui.models.base import changed_ranges, runs
from kvmgui.models.domainrow import Column, DomainRow
from kvmgui.models.domains import DomainModel
from kvmgui.models.roles import Role
from kvmgui.xml.words import QT_TRANSLATE_NOOP, Marked

Index = QModelIndex | QPersistentModelIndex
S = DomainState
MAX_RUNS = 64  # more separate insert/remove runs than this: one reset is cheaper
MAX_SIGNALS = 32  # runs of proxy rows one source range becomes, signalled apart

class StateGroup(Enum):
    """The state filter's choices."""

    ALL = "all"
    RUNNING = "running"
    PAUSED = "paused"
    SHUT_OFF = "shut-off"
    ACTIVE = "active"
    CRASHED = "crashed"


# The states each choice admits (None: all), in the order the filter offers them.
STATE_GROUPS: dict[StateGroup, frozenset[DomainState] | None] = {
    StateGroup.ALL: None,
    StateGroup.RUNNING: frozenset({S.RUNNING, S.BLOCKED}),
    StateGroup.PAUSED: frozenset({S.PAUSED, S.PMSUSPENDED}),
    StateGroup.SHUT_OFF: frozenset({S.SHUTOFF, S.NOSTATE}),
    StateGroup.ACTIVE: frozenset({S.RUNNING, S.BLOCKED, S.PAUSED, S.SHUTDOWN, S.PMSUSPENDED}),
    StateGroup.CRASHED: frozenset({S.CRASHED}),
}
STATE_GROUP_WORDS: dict[StateGroup, Marked] = {
    StateGroup.ALL: QT_TRANSLATE_NOOP("StateGroup", "All states"),
    StateGroup.RUNNING: QT_TRANSLATE_NOOP("StateGroup", "Running"),
    StateGroup.PAUSED: QT_TRANSLATE_NOOP("StateGroup", "Paused or suspended"),
    StateGroup.SHUT_OFF: QT_TRANSLATE_NOOP("StateGroup", "Shut off"),
    StateGroup.ACTIVE: QT_TRANSLATE_NOOP("StateGroup", "Active"),
    StateGroup.CRASHED: QT_TRANSLATE_NOOP("StateGroup", "Crashed"),
}


class DomainFilterProxy(QAbstractProxyModel):
    """Sorted, filtered view of a DomainModel (a flat table).

    Keeps rows whose name or host contains the text, whose state is in the chosen
    group and whose connection is the chosen host (uri), when those are set.
    """

    def __init__(self, source: DomainModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._src = source
        # Bound once: looking a method up on a Qt object walks its class hierarchy, and
        # these run for every painted cell.
        self._cell = source.cell
        self._row_flags = source.row_flags
        self._text = ""
        self._states: frozenset[DomainState] | None = None
        self._host: str | None = None
        self._column = -1
        self._order = Qt.SortOrder.AscendingOrder
        self._rows: list[int] = []  # proxy row -> source row
        self._where: list[int] = []  # source row -> proxy row, -1 when filtered out
        self.setSourceModel(source)
        source.rowsInserted.connect(self._inserted)
        source.rowsAboutToBeRemoved.connect(self._about_to_remove)
        source.rowsRemoved.connect(self._removed)
        source.dataChanged.connect(self._changed)
        source.modelReset.connect(self._reset)
        source.layoutChanged.connect(self._reset)
        self._rebuild()

    # -- filters -------------------------------------------------------------------------

    @property
    def text(self) -> str:
        return self._text

    def set_text(self, text: str) -> None:
        text = text.strip().casefold()
        if text != self._text:
            self._text = text
            self._refilter()

    def set_state_group(self, group: StateGroup) -> None:
        states = STATE_GROUPS[group]
        if states != self._states:
            self._states = states
            self._refilter()

    def set_host(self, uri: str | None) -> None:
        if uri != self._host:
            self._host = uri
            self._refilter()

    def accepts(self, row: DomainRow) -> bool:
        if self._host is not None and row.conn.uri != self._host:
            return False
        if self._states is not None and row.record.state not in self._states:
            return False
        if self._text:
            return self._text in row.sort[Column.NAME] or self._text in row.sort[Column.HOST]
        return True

    # -- Qt model API ----------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid() or not (0 <= row < len(self._rows) and 0 <= column < len(Column)):
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, _index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        return QModelIndex()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and bool(self._rows)

    def sibling(self, row: int, column: int, _idx: Index) -> QModelIndex:
        return self.index(row, column)

    def mapToSource(self, proxy: Index) -> QModelIndex:
        if not proxy.isValid() or not 0 <= proxy.row() < len(self._rows):
            return QModelIndex()
        return self._src.index(self._rows[proxy.row()], proxy.column())

    def mapFromSource(self, source: Index) -> QModelIndex:
        if not source.isValid() or not 0 <= source.row() < len(self._where):
            return QModelIndex()
        row = self._where[source.row()]
        return self.createIndex(row, source.column()) if row >= 0 else QModelIndex()

    def mapSelectionToSource(self, selection: QItemSelection) -> QItemSelection:
        out = QItemSelection()
        for index in selection.indexes():
            src = self.mapToSource(index)
            out.select(src, src)
        return out

    def mapSelectionFromSource(self, selection: QItemSelection) -> QItemSelection:
        out = QItemSelection()
        for index in selection.indexes():
            proxy = self.mapFromSource(index)
            if proxy.isValid():
                out.select(proxy, proxy)
        return out

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = index.row()
        if not 0 <= row < len(self._rows):
            return None
        return self._cell(self._rows[row], index.column(), role)

    def cell(self, row: int, col: int, role: int = 0) -> Any:
        """data() without an index (``KeyedTableModel.cell``): widgets/celltext.py."""
        return self._cell(self._rows[row], col, role) if 0 <= row < len(self._rows) else None

    def row_flags(self, row: int) -> Qt.ItemFlag:
        """flags() of a row's cells, without an index (``KeyedTableModel.row_flags``):
        widgets/fastrows.py."""
        return self._row_flags(self._rows[row])

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) \
                or not 0 <= index.column() < len(Column):
            return Qt.ItemFlag.NoItemFlags
        return self._row_flags(self._rows[index.row()])

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            return self._src.headerData(section, orientation, role)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._column, self._order = column, order
        self._resort(force=True)

    def sortColumn(self) -> int:
        return self._column

    def sortOrder(self) -> Qt.SortOrder:
        return self._order

    # -- keys ------------------------------------------------------------------------------

    def _key(self) -> Callable[[int], Any]:
        rows = self._src.rows
        col = self._column
        if not 0 <= col < len(Column):
            return lambda r: r
        if col == Column.NAME:
            return lambda r: (rows[r].sort[Column.NAME], r)
        # Ties broken by name, then by source row, so the order never flickers.
        return lambda r: (rows[r].sort_key(col), rows[r].sort[Column.NAME], r)

    def _descending(self) -> bool:
        return self._column >= 0 and self._order == Qt.SortOrder.DescendingOrder

    def _sorted(self, source_rows: list[int]) -> list[int]:
        return sorted(source_rows, key=self._key(), reverse=self._descending())

    def _position(self, keys: list[Any], key: Any) -> int:
        """Where ``key`` goes in ``keys`` (sorted in the proxy's order)."""
        if not self._descending():
            return bisect_right(keys, key)
        lo, hi = 0, len(keys)
        while lo < hi:  # bisect on a descending list
            mid = (lo + hi) // 2
            if key > keys[mid]:
                hi = mid
            else:
                lo = mid + 1
        return lo

    def _reindex(self, start: int = 0) -> None:
        where, rows = self._where, self._rows
        for i in range(start, len(rows)):
            where[rows[i]] = i

    # -- source changes ----------------------------------------------------------------------

    def _filtering(self) -> bool:
        return bool(self._text) or self._states is not None or self._host is not None

    def _rebuild(self) -> None:
        rows = self._src.rows
        self._where = [-1] * len(rows)
        self._rows = self._sorted([i for i, r in enumerate(rows) if self.accepts(r)])
        self._reindex()

    def _reset(self, *_args: object) -> None:
        self.beginResetModel()
        self._rebuild()
        self.endResetModel()

    def _inserted(self, _parent: QModelIndex, first: int, last: int) -> None:
        count = last - first + 1
        if first < len(self._where):  # rows moved down: renumber the source rows we hold
            self._rows = [r + count if r >= first else r for r in self._rows]
            self._where[first:first] = [-1] * count
            self._reindex()
        else:
            self._where.extend([-1] * count)
        rows = self._src.rows
        if self._filtering():
            self._insert([i for i in range(first, last + 1) if self.accepts(rows[i])])
        else:
            self._insert(list(range(first, last + 1)))

    def _insert(self, source_rows: list[int]) -> None:
        """Insert accepted source rows at their sorted places, in as few runs as possible."""
        if not source_rows:
            return
        new = self._sorted(source_rows)
        if not self._rows:  # a first listing: one run, no places to look up
            self.beginInsertRows(QModelIndex(), 0, len(new) - 1)
            self._rows = new
            self._reindex()
            self.endInsertRows()
            return
        key = self._key()
        # All after the last row, or all before the first: one run, and no need for the
        # keys of every row (a big listing's slices, by name, arrive so: arrivals.py).
        first, last = key(new[0]), key(new[-1])
        low, high = key(self._rows[0]), key(self._rows[-1])  # in the proxy's order
        if self._descending():
            after, before = first < high, last > low
        else:
            after, before = first > high, last < low
        if after or before:
            at = len(self._rows) if after else 0
            self.beginInsertRows(QModelIndex(), at, at + len(new) - 1)
            self._rows[at:at] = new
            self._reindex(at)
            self.endInsertRows()
            return
        old_keys = [key(r) for r in self._rows]
        runs: list[tuple[int, list[int]]] = []  # (position in the old list, new rows there)
        for r in new:
            pos = self._position(old_keys, key(r))
            if runs and runs[-1][0] == pos:
                runs[-1][1].append(r)
            else:
                runs.append((pos, [r]))
        if len(runs) > MAX_RUNS:
            self.beginResetModel()
            self._rows = self._sorted(self._rows + source_rows)
            self._reindex()
            self.endResetModel()
            return
        shift = 0
        for pos, group in runs:
            at = pos + shift
            self.beginInsertRows(QModelIndex(), at, at + len(group) - 1)
            self._rows[at:at] = group
            self._reindex(at)
            self.endInsertRows()
            shift += len(group)

    def _remove_proxy_rows(self, proxy_rows: list[int]) -> None:
        spans = runs(sorted(proxy_rows))
        if len(spans) > MAX_RUNS:
            gone = {self._rows[p] for p in proxy_rows}
            self.beginResetModel()
            for r in gone:
                self._where[r] = -1
            self._rows = [r for r in self._rows if r not in gone]
            self._reindex()
            self.endResetModel()
            return
        for start, end in reversed(spans):
            self.beginRemoveRows(QModelIndex(), start, end)
            for r in self._rows[start:end + 1]:
                self._where[r] = -1
            del self._rows[start:end + 1]
            self._reindex(start)
            self.endRemoveRows()

    def _batch(self, first: int, last: int) -> list[int] | None:
        """All the rows the source is removing, when this run is one of several."""
        batch = self._src.removing
        return batch if batch is not None and len(batch) > last - first + 1 else None

    def _about_to_remove(self, _parent: QModelIndex, first: int, last: int) -> None:
        # 1,000 scattered VMs leave the source in up to 1,000 runs (the last first). Taken
        # run by run, each renumbered all 5,000 rows here: ~280 ms. So the whole batch
        # leaves the proxy at its first run, and ``_removed`` renumbers once, at its last.
        batch = self._batch(first, last)
        if batch is not None and last != batch[-1]:
            return  # not the first run: its rows left with the first
        gone = [p for r in (batch or range(first, last + 1)) if (p := self._where[r]) >= 0]
        if gone:
            self._remove_proxy_rows(gone)

    def _removed(self, _parent: QModelIndex, first: int, last: int) -> None:
        del self._where[first:last + 1]  # still right: proxy rows do not move in a batch
        batch = self._batch(first, last)
        if batch is None:
            count = last - first + 1
            self._rows = [r - count if r > last else r for r in self._rows]
        elif first == batch[0]:  # the batch's last run: each row down by the rows gone below
            self._rows = [r - bisect_left(batch, r) for r in self._rows]
        else:
            return  # until then ``_rows`` holds the source's numbers from before the batch
        self._reindex()

    def _changed(self, top_left: QModelIndex, bottom_right: QModelIndex, roles: list[int]) -> None:
        first, last = top_left.row(), bottom_right.row()
        # Only the rows of the range that changed, when the model says (keyed.py): a burst
        # of 1,000 scattered over 5,000 rows comes as one range over all of them.
        exact = self._src.changing
        changed = range(first, last + 1) if exact is None else exact[
            bisect_left(exact, first):bisect_right(exact, last)]
        if not roles and self._filtering():  # a record changed: it may enter or leave
            self._refilter_rows(changed)
        # The name breaks every column's ties: a rename may move a row whatever the sort.
        if (not roles or Role.SORT in roles) and self._column >= 0 and (
                top_left.column() <= self._column <= bottom_right.column()
                or top_left.column() == Column.NAME):
            self._resort(changed=changed)
        proxy_rows = [p for r in changed if (p := self._where[r]) >= 0]
        if not proxy_rows:
            return
        # Adjacent source rows need not be adjacent here: one signal per run of proxy
        # rows (a view repaints a range of over 200 cells as its whole viewport).
        left, right = top_left.column(), bottom_right.column()
        for start, end in changed_ranges(proxy_rows, MAX_SIGNALS):
            self.dataChanged.emit(self.index(start, left), self.index(end, right), roles)

    # -- re-filter and re-sort -----------------------------------------------------------------

    def _refilter_rows(self, source_rows: range | list[int]) -> None:
        rows = self._src.rows
        leave, enter = [], []
        for r in source_rows:
            inside, wanted = self._where[r] >= 0, self.accepts(rows[r])
            if inside and not wanted:
                leave.append(self._where[r])
            elif wanted and not inside:
                enter.append(r)
        if leave:
            self._remove_proxy_rows(leave)
        if enter:
            self._insert(enter)

    def _refilter(self) -> None:
        self._refilter_rows(range(len(self._where)))

    def _in_order(self, changed: range | list[int] | None) -> bool:
        key, rows, n = self._key(), self._rows, len(self._rows)
        desc = self._descending()
        if changed is not None and len(changed) <= MAX_RUNS:
            # A few rows changed: each only has to fit between its neighbours.
            spots = {p for r in changed if (p := self._where[r]) >= 0}
            pairs = {(p - 1, p) for p in spots if p > 0} | {(p, p + 1) for p in spots if p + 1 < n}
            return all((key(rows[a]) >= key(rows[b])) if desc else (key(rows[a]) <= key(rows[b]))
                       for a, b in pairs)
        keys = [key(r) for r in rows]
        return all((a >= b) if desc else (a <= b) for a, b in pairwise(keys))

    def _resort(self, *, force: bool = False, changed: range | list[int] | None = None) -> None:
        if not force and self._in_order(changed):
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        held = [(self._rows[p.row()], p.column()) for p in persistent]
        self._rows = self._sorted(self._rows)
        self._reindex()
        self.changePersistentIndexList(
            persistent, [self.createIndex(self._where[r], c) for r, c in held])
        self.layoutChanged.emit()
