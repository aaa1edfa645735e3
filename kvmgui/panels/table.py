"""The table of a host panel: its sorting proxy, one selected row, selection by key."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractProxyModel,
    QIdentityProxyModel,
    QItemSelectionModel,
    QModelIndex,
    QModelRoleData,
    QModelRoleDataSpan,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from kvmgui.models.roles import Role
from kvmgui.widgets import itemviews


class PassThroughProxy(QIdentityProxyModel):
    """An identity proxy that hands a view's ``multiData`` (all roles of a cell at once) to
    the model; Qt's own asks the model's ``data()`` once per role."""

    def multiData(self, index: QModelIndex | QPersistentModelIndex,
                  span: QModelRoleDataSpan | QModelRoleData) -> None:
        source = self.sourceModel()
        if source is not None:
            source.multiData(self.mapToSource(index), span)


class RecordTable(QTableView):
    """A read-only, sortable table of one model's records (``Role.OBJECT``).

    Sorted through its own ``proxy`` by ``Role.SORT`` (or, ``sorts_itself``, by the model's
    own ``sort()`` behind an identity proxy). Records name themselves by their
    ``key`` (a uuid, a volume's path): ``select_key`` selects one, ``select_when_seen``
    selects one that a job has just created as soon as its row arrives. With
    ``always_selected`` a row is selected whenever there is one (panels show the details
    of the selection).
    """

    def __init__(self, model: QAbstractItemModel, parent: QWidget, *, object_name: str,
                 accessible_name: str, sort_column: int = 0, fit_contents: bool = False,
                 single: bool = True, always_selected: bool = True,
                 sorts_itself: bool = False) -> None:
        super().__init__(parent)
        self.source = model
        self._wanted: str | None = None
        self.proxy: QAbstractProxyModel
        if sorts_itself:
            # The model sorts (its sort()); a sorting proxy would ask data() twice per
            # comparison, which for thousands of rows stalls the GUI thread for seconds.
            self.proxy = PassThroughProxy(self)
        else:
            sorting = QSortFilterProxyModel(self)
            sorting.setSortRole(Role.SORT)
            self.proxy = sorting
        self.proxy.setSourceModel(model)
        self.setObjectName(object_name)
        self.setAccessibleName(accessible_name)
        self.setModel(self.proxy)
        self.setSortingEnabled(True)
        self.sortByColumn(sort_column, Qt.SortOrder.AscendingOrder)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        if single:
            self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)  # read-only: Tab leaves the table, not cell by cell
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        if fit_contents:
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # few, short rows
            # Fitted now: stretched, the last column keeps at least the width it has when it
            # begins to stretch (else Qt's 100 px cut "Virtual machine"; a narrow table scrolls).
            header.resizeSections(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.always_selected = always_selected
        model.rowsInserted.connect(self._rows_inserted)
        itemviews.follow_selection(self)  # a row selected by a screen reader becomes current

    # -- the current row ---------------------------------------------------------------------

    def current_source_row(self) -> int:
        """The model row of the selected record (or of the current one when none is
        selected), or -1."""
        index = itemviews.chosen_row(self)
        return self.proxy.mapToSource(index).row() if index.isValid() else -1

    def current_record(self) -> Any:
        index = itemviews.chosen_row(self)
        return index.data(Role.OBJECT) if index.isValid() else None

    def select_row(self, proxy_row: int) -> None:
        flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
                 | QItemSelectionModel.SelectionFlag.Rows)
        self.selectionModel().setCurrentIndex(self.proxy.index(proxy_row, 0), flags)

    def select_first(self) -> None:
        """Select the first row if nothing is selected (a panel always shows something)."""
        if not self.selectionModel().currentIndex().isValid() and self.proxy.rowCount():
            self.select_row(0)

    def select_key(self, key: str) -> bool:
        for row in range(self.proxy.rowCount()):
            record = self.proxy.index(row, 0).data(Role.OBJECT)
            if record is not None and record.key == key:
                self.select_row(row)
                return True
        return False

    def select_when_seen(self, key: str) -> None:
        """Select ``key`` now, or when its row is inserted (events may lag a job's answer)."""
        self._wanted = None if self.select_key(key) else key

    def _rows_inserted(self, _parent: QModelIndex | QPersistentModelIndex, _first: int,
                       _last: int) -> None:
        # The proxy has mapped the rows already: it connected to the model before we did.
        if self._wanted is not None and self.select_key(self._wanted):
            self._wanted = None
        elif self.always_selected:
            self.select_first()
