"""A flat table of keyed records whose cells are computed once per change.

Subclasses say what the columns are (``HEADERS``) and how a record looks
(``cells``); this class keeps rows in insertion order and turns upserts and
removals into the smallest insert/remove/dataChanged signals.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from kvmgui.models.base import runs, valid_index
from kvmgui.models.roles import Role
from kvmgui.models.words import say

Index = QModelIndex | QPersistentModelIndex
DISPLAY = Qt.ItemDataRole.DisplayRole


class KeyedRow:
    __slots__ = ("display", "record", "sort")

    def __init__(self, record: Any, display: list[str], sort: list[Any]) -> None:
        self.record, self.display, self.sort = record, display, sort


class KeyedTableModel(QAbstractTableModel):
    HEADERS: tuple[str, ...] = ()  # marked texts (``kvmgui.xml.words.QT_TRANSLATE_NOOP``)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[KeyedRow] = []
        self._index: dict[str, int] = {}

    # -- to override ---------------------------------------------------------------------

    def cells(self, record: Any) -> tuple[list[str], list[Any]]:
        """(display strings, sort keys) of a record, one per column."""
        raise NotImplementedError

    def extra(self, row: KeyedRow, col: int, role: int) -> Any:
        """Other roles (icons, tooltips); None by default."""
        return None

    # -- Qt model API ----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not valid_index(self, index):
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemNeverHasChildren)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY \
                and 0 <= section < len(self.HEADERS):
            return say(self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not valid_index(self, index):
            return None
        row, col = self._rows[index.row()], index.column()
        if role == DISPLAY:
            return row.display[col]
        if role == Role.SORT:
            return row.sort[col]
        if role == Role.OBJECT:
            return row.record
        if role == Role.KEY:
            return row.record.key
        return self.extra(row, col, role)

    # -- lookups -------------------------------------------------------------------------------

    def record_at(self, row: int) -> Any:
        return self._rows[row].record if 0 <= row < len(self._rows) else None

    def row_of(self, key: str) -> int:
        return self._index.get(key, -1)

    def records(self) -> list[Any]:
        return [r.record for r in self._rows]

    # -- changes -----------------------------------------------------------------------------

    def upsert(self, records: list[Any]) -> None:
        fresh, changed = [], []
        for rec in records:
            i = self._index.get(rec.key)
            if i is None:
                fresh.append(rec)
            elif self._rows[i].record != rec:
                self._rows[i] = KeyedRow(rec, *self.cells(rec))
                changed.append(i)
        for start, end in runs(sorted(changed)):
            self.dataChanged.emit(self.index(start, 0), self.index(end, len(self.HEADERS) - 1), [])
        if fresh:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            for rec in fresh:
                self._index[rec.key] = len(self._rows)
                self._rows.append(KeyedRow(rec, *self.cells(rec)))
            self.endInsertRows()

    def remove(self, keys: list[str]) -> None:
        rows = sorted(i for k in keys if (i := self._index.get(k)) is not None)
        for start, end in reversed(runs(rows)):
            self.beginRemoveRows(QModelIndex(), start, end)
            del self._rows[start:end + 1]
            self.endRemoveRows()
        if rows:
            self._index = {r.record.key: i for i, r in enumerate(self._rows)}

    def set_records(self, records: list[Any]) -> None:
        """Make the rows equal to ``records`` (a full listing)."""
        keep = {r.key for r in records}
        self.remove([r.record.key for r in self._rows if r.record.key not in keep])
        self.upsert(records)

    def refresh_cells(self) -> None:
        """Recompute every row's cells (after something they depend on changed)."""
        for i, row in enumerate(self._rows):
            self._rows[i] = KeyedRow(row.record, *self.cells(row.record))
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(self.HEADERS) - 1), [])

