"""The one base of kvmgui's table models: keyed rows whose cells are worked out once.

A subclass says what its columns are (``HEADERS``, ``HEADER_TIPS``), how a record looks
(``cells``; or ``make_row`` for rows that keep more than their cells) and what other roles
hold (``extra``). This class keeps the rows in order and an index key -> row, answers
Qt's model API strictly (indexes checked against this model and its bounds, None for
unknown roles, no children) and turns changes into the fewest signals:

- one ``rowsInserted`` per batch of new rows (appended, or at a given row);
- one ``rowsRemoved`` per run of adjacent rows that leave (the last run first);
- one ``dataChanged`` per run of changed rows, naming the roles that changed (``[]``:
  anything may have), and one signal spanning them all past MAX_SIGNALS runs, since
  each signal walks every proxy and view.

Every table answers DisplayRole (``row.text``), Role.SORT (``row.sort_key``),
Role.OBJECT (the record), Role.KEY (``key_data``) and Role.CONNECTION (``connection_of``);
``cell(row, column, role)`` is ``data()`` without building an index, for proxies that
read many cells.

HostTableModel adds what the models of one connection share: Role.CONNECTION is that
connection, Role.KEY is (its uri, the row's key), and ``follow`` feeds the rows from one
of the connection's record tables.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar, cast

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt

from kvmgui.models.base import Index, changed_ranges, runs, valid_index
from kvmgui.models.roles import Role
from kvmgui.models.words import say

if TYPE_CHECKING:
    from kvmgui.libvirt.connection import Connection
    from kvmgui.libvirt.table import ObjectTable

DISPLAY = Qt.ItemDataRole.DisplayRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
MAX_SIGNALS = 8  # separate dataChanged runs per batch before one spanning signal is cheaper
ENABLED_FLAGS = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                 | Qt.ItemFlag.ItemNeverHasChildren)
GREYED_FLAGS = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
# Plain ints: cell() runs for every painted cell and role.
_SORT, _OBJECT, _KEY, _CONNECTION = int(Role.SORT), int(Role.OBJECT), int(Role.KEY), int(Role.CONNECTION)
_USER = int(Qt.ItemDataRole.UserRole)


class KeyedRow:
    """One row: its key, its record and its cells (display strings and sort keys)."""

    __slots__ = ("display", "key", "record", "sort")

    def __init__(self, record: Any, display: Sequence[str], sort: Sequence[Any],
                 key: Hashable | None = None) -> None:
        self.record, self.display, self.sort = record, display, sort
        self.key: Hashable = record.key if key is None else key

    def text(self, col: int) -> str:
        return self.display[col]

    def sort_key(self, col: int) -> Any:
        return self.sort[col]

    def shows_as(self, other: KeyedRow) -> bool:
        """Same record, same cells: replacing one by the other would change nothing."""
        return self.record == other.record and self.display == other.display \
            and self.sort == other.sort


R = TypeVar("R", bound=KeyedRow)


class KeyedTableModel(QAbstractTableModel, Generic[R]):
    """Flat table of keyed rows (see the module docstring)."""

    # Marked texts (``kvmgui.xml.words.QT_TRANSLATE_NOOP``), translated when shown: the
    # headers in column order, the tips by column.
    HEADERS: ClassVar[Sequence[str]] = ()
    HEADER_TIPS: ClassVar[Mapping[int, str]] = {}
    # Qt's own roles (below Qt.UserRole) that extra() answers; cell() answers None to the
    # others (fonts, colours, size hints …) without calling it. All by default; a model
    # whose cells are painted by the thousand names the few it answers.
    QT_ROLES: ClassVar[frozenset[int]] = frozenset(range(_USER))
    # False where keys need not be unique (the timeline: many events of one VM): then no
    # index is kept and row_of() searches from the top (the newest event, there).
    INDEXED: ClassVar[bool] = True

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[R] = []
        self._index: dict[Hashable, int] = {}
        # Rows from here on may have stale numbers in _index (after removals or inserts
        # above them); renumbered on the next lookup, so a storm of removals costs one pass.
        self._stale_from = 0
        # What cell() needs, in the instance: on a Qt object every class attribute or method
        # lookup walks the class hierarchy (about 60 ns a level), and cell() runs for every
        # painted cell and role. The hook is kept as a function: a bound method would make a
        # reference cycle.
        self._ncols = len(self.HEADERS)
        self._qt_roles = self.QT_ROLES
        self._extra = type(self).extra
        # While ``emit_changed`` signals: the rows that really changed, sorted. Its ranges
        # may bridge rows that did not (past ``max_signals`` runs, one range over all); a
        # proxy that re-sorts the rows reads this to signal only the changed ones.
        self.changing: list[int] | None = None
        # While ``remove_rows`` signals: every row it removes (sorted), over all its runs. A
        # proxy reads this to drop them all at the first run and renumber once at the last.
        self.removing: list[int] | None = None

    # -- to override ---------------------------------------------------------------------

    def cells(self, record: Any) -> tuple[Sequence[str], Sequence[Any]]:
        """(display strings, sort keys) of a record, one per column."""
        raise NotImplementedError

    def make_row(self, record: Any) -> R:
        """The row of a record; override for rows that keep more than their cells."""
        return cast(R, KeyedRow(record, *self.cells(record)))  # R is KeyedRow unless overridden

    def extra(self, row: R, col: int, role: int) -> Any:
        """Other roles (icons, tooltips, alignment, Role.STATE …); None by default.

        Asked for Qt's roles in QT_ROLES only."""
        return None

    def key_data(self, row: R) -> Any:
        """Role.KEY: what names the row's object across refreshes (its key by default)."""
        return row.key

    def connection_of(self, row: R) -> Connection | None:
        """Role.CONNECTION."""
        return None

    def row_flags(self, row: int) -> Qt.ItemFlag:
        """flags() of a valid row, without an index (proxies call it directly)."""
        return ENABLED_FLAGS

    # -- Qt model API ------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._ncols

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not valid_index(self, index):
            return Qt.ItemFlag.NoItemFlags
        return self.row_flags(index.row())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self._ncols:
            return None
        if role == DISPLAY:
            return say(self.HEADERS[section])
        if role == TOOLTIP:
            tip = self.HEADER_TIPS.get(section)
            return say(tip) if tip else None
        return None

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not valid_index(self, index):
            return None
        return self.cell(index.row(), index.column(), role)

    def cell(self, row_no: int, col: int, role: int = 0) -> Any:
        """data() without building an index (a proxy's hot path); None out of bounds."""
        rows = self._rows
        if not (0 <= row_no < len(rows) and 0 <= col < self._ncols):
            return None
        row = rows[row_no]
        if role == 0:  # DisplayRole
            return row.text(col)
        if role == _SORT:
            return row.sort_key(col)
        if role < _USER:
            if role not in self._qt_roles:
                return None
        elif role == _OBJECT:
            return row.record
        elif role == _KEY:
            return self.key_data(row)
        elif role == _CONNECTION:
            conn = self.connection_of(row)
            if conn is not None:
                return conn  # else extra() may know it (a model that keeps its own)
        return self._extra(self, row, col, role)

    # -- lookups -------------------------------------------------------------------------------

    @property
    def rows(self) -> list[R]:
        """The rows in model order; read-only for callers (proxies read sort keys here)."""
        return self._rows

    def row_at(self, row: int) -> R | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def record_at(self, row: int) -> Any:
        return self._rows[row].record if 0 <= row < len(self._rows) else None

    def row_of(self, key: Hashable) -> int:
        """The row number of ``key``, -1 if there is none."""
        if not self.INDEXED:
            return next((i for i, r in enumerate(self._rows) if r.key == key), -1)
        if self._stale_from < len(self._rows):
            self._renumber()
        return self._index.get(key, -1)

    def key_rows(self) -> Mapping[Hashable, int]:
        """key -> row number of every row, for a batch of lookups; valid until the next
        insertion or removal. Indexed models only."""
        if self._stale_from < len(self._rows):
            self._renumber()
        return self._index

    def record_of(self, key: Hashable) -> Any:
        return self.record_at(self.row_of(key))

    def records(self) -> list[Any]:
        return [r.record for r in self._rows]

    def _renumber(self) -> None:
        index, rows = self._index, self._rows
        for i in range(self._stale_from, len(rows)):
            index[rows[i].key] = i
        self._stale_from = len(rows)

    # -- rows in and out -----------------------------------------------------------------------

    def insert_rows(self, rows: Sequence[R], at: int | None = None) -> None:
        """Insert ``rows`` before row ``at`` (default: append), with one signal."""
        if not rows:
            return
        end = len(self._rows)
        first = end if at is None else at
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows[first:first] = rows
        if self.INDEXED:
            if first == end and self._stale_from >= end:
                # Appended to an index that is up to date: number the new rows now, so the
                # first event after a listing does not pay for the whole listing.
                self._index.update((row.key, i) for i, row in enumerate(rows, first))
                self._stale_from = len(self._rows)
            else:
                self._stale_from = min(self._stale_from, first)
        self.endInsertRows()

    def remove_rows(self, rows: Iterable[int]) -> None:
        """Remove rows by number: one signal per run of adjacent rows, the last run first."""
        outer, self.removing = self.removing, sorted(set(rows))  # outer: a slot's own call
        try:
            for start, end in reversed(runs(self.removing)):
                self.beginRemoveRows(QModelIndex(), start, end)
                if self.INDEXED:
                    for r in self._rows[start:end + 1]:
                        self._index.pop(r.key, None)
                del self._rows[start:end + 1]
                if self.INDEXED:
                    self._stale_from = min(self._stale_from, start)
                self.endRemoveRows()
        finally:
            self.removing = outer

    def clear(self) -> None:
        self.remove_rows(range(len(self._rows)))

    def emit_changed(self, rows: Sequence[int], roles: Sequence[int] = (),
                     cols: tuple[int, int] | None = None, *,
                     max_signals: int = MAX_SIGNALS) -> None:
        """dataChanged over ``rows`` (any order) and the columns ``cols`` (default: all).

        ``roles``: the roles that changed ([] when the record did: proxies then re-filter).
        One signal per run of adjacent rows; past ``max_signals`` runs one signal from the
        first row to the last. (A view repaints a range of over 200 cells as its whole
        viewport; so a batch whose rows are mostly out of sight, such as live figures,
        asks for more runs.)
        """
        if not rows:
            return
        first_col, last_col = cols if cols is not None else (0, self._ncols - 1)
        named = list(roles)
        outer, self.changing = self.changing, sorted(set(rows))  # outer: a slot's own call
        try:
            for start, end in changed_ranges(self.changing, max_signals):
                self.dataChanged.emit(self.index(start, first_col), self.index(end, last_col),
                                      named)
        finally:
            self.changing = outer

    # -- records in and out --------------------------------------------------------------------

    def upsert(self, records: Iterable[Any], *, recompute: bool = False) -> None:
        """New records become rows at the end; known ones are redrawn when they changed.

        ``recompute``: rebuild the rows of unchanged records too (for cells that depend on
        more than the record, such as the time now).
        """
        fresh: dict[Hashable, R] = {}
        changed = []
        where = self.key_rows()
        for rec in records:
            i = where.get(rec.key, -1)
            if i < 0:
                fresh[rec.key] = self.make_row(rec)
                continue
            old = self._rows[i]
            if old.record == rec and not recompute:
                continue
            new = self.make_row(rec)
            if not new.shows_as(old):
                self._rows[i] = new
                changed.append(i)
        self.emit_changed(changed)
        self.insert_rows(list(fresh.values()))

    def remove(self, keys: Iterable[Hashable]) -> None:
        where = self.key_rows()
        self.remove_rows([i for k in keys if (i := where.get(k, -1)) >= 0])

    def set_records(self, records: Iterable[Any], *, recompute: bool = False) -> None:
        """Make the rows equal to ``records`` (a full listing): removals, changes, appends."""
        records = list(records)
        keep = {r.key for r in records}
        self.remove_rows([i for i, row in enumerate(self._rows) if row.key not in keep])
        self.upsert(records, recompute=recompute)

    def refresh_cells(self) -> None:
        """Recompute every row from its record (something its cells depend on changed)."""
        changed = []
        for i, row in enumerate(self._rows):
            new = self.make_row(row.record)
            if not new.shows_as(row):
                self._rows[i] = new
                changed.append(i)
        self.emit_changed(changed)


class HostTableModel(KeyedTableModel[R]):
    """Rows of one connection ``conn``: Role.CONNECTION is it, Role.KEY is (its uri, key)."""

    def __init__(self, conn: Connection, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.conn = conn

    def key_data(self, row: R) -> Any:
        return (self.conn.uri, row.key)

    def connection_of(self, row: R) -> Connection | None:
        return self.conn

    def follow(self, table: ObjectTable) -> None:
        """Keep the rows equal to one of the connection's record tables."""
        table.added.connect(self.upsert)  # methods: Qt disconnects them with the model
        table.changed.connect(self.upsert)
        table.removed.connect(self.remove)
        self.upsert(table.records())
