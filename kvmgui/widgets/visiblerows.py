"""Which rows of a view are on screen: the stats sampler reads those VMs every interval.

``VisibleRows(view, key_role)`` looks again a moment (``DELAY_MS``) after the view
scrolls, resizes, shows or hides, or its model's rows change or move, and reports the
rows' keys when they differ from the last report. While the view is sorted by one of
``all_when_sorted_by`` it reports None: which rows come first then depends on every
row's fresh figures.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

DELAY_MS = 30  # coalesces the steps of a scroll; a row coming into view waits this plus a job


class VisibleRows(QObject):
    """Reports the keys of the rows a view shows.

    Signals:
        changed(object): a list of the visible rows' ``key_role`` values, or None (see
            the module docstring).
    """

    changed = Signal(object)

    def __init__(self, view: QAbstractItemView, key_role: int,
                 all_when_sorted_by: Iterable[int] = ()) -> None:
        super().__init__(view)
        self.view = view
        self.key_role = key_role
        self.all_when_sorted_by = frozenset(all_when_sorted_by)
        self.last: list[Hashable] | bool | None = False  # False: nothing reported yet
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.update)
        bar = view.verticalScrollBar()
        bar.valueChanged.connect(self.soon)
        bar.rangeChanged.connect(self.soon)
        model = view.model()
        for signal in (model.rowsInserted, model.rowsRemoved, model.rowsMoved,
                       model.layoutChanged, model.modelReset):
            signal.connect(self.soon)
        if isinstance(view, QTableView):
            view.horizontalHeader().sortIndicatorChanged.connect(self.soon)
        view.viewport().installEventFilter(self)
        view.installEventFilter(self)
        self.soon()

    def soon(self, *_args: object) -> None:
        if not self._timer.isActive():
            self._timer.start()

    def eventFilter(self, _obj: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide):
            self.soon()
        return False

    def keys(self) -> list[Hashable] | None:
        """The keys of the rows on screen now (None: every row counts)."""
        view = self.view
        if isinstance(view, QTableView):
            header: QHeaderView = view.horizontalHeader()
            if header.isSortIndicatorShown() and header.sortIndicatorSection() in self.all_when_sorted_by:
                return None
        model = view.model()
        rows = model.rowCount()
        if not view.isVisible() or rows == 0:
            return []
        viewport = view.viewport()
        first = view.indexAt(viewport.rect().topLeft()).row()
        last = view.indexAt(viewport.rect().bottomLeft()).row()
        if first < 0:
            return []
        if last < 0:
            last = rows - 1
        role = self.key_role
        return [model.index(r, 0).data(role) for r in range(first, last + 1)]

    def update(self) -> None:
        keys = self.keys()
        if keys != self.last:
            self.last = keys
            self.changed.emit(keys)
