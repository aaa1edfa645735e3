"""The VM list of the main window: a filter bar over a sortable table with sparklines."""

from __future__ import annotations

from collections.abc import Hashable, Iterator, Sequence
from contextlib import contextmanager

from PySide6.QtCore import QByteArray, QModelIndex, QPersistentModelIndex, QPoint, QSettings, Qt, QTimer
from PySide6.QtGui import QPaintEvent, QRegion, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kvmgui.libvirt.connection import Connection
from kvmgui.libvirt.registry import ConnectionRegistry
from kvmgui.models.domainrow import HEADERS, Column
from kvmgui.models.domains import DomainModel
from kvmgui.models.proxy import STATE_GROUP_WORDS, DomainFilterProxy, StateGroup
from kvmgui.models.roles import Role
from kvmgui.models.words import say
from kvmgui.utils.logs import redact
from kvmgui.utils.text import literal_tooltip
from kvmgui.utils.tr import fill
from kvmgui.widgets import itemviews
from kvmgui.widgets.celltext import PlainTextDelegate
from kvmgui.widgets.fastrows import FastRows
from kvmgui.widgets.iconcells import IconTextDelegate
from kvmgui.widgets.sparkline import SparklineDelegate
from kvmgui.widgets.visiblerows import VisibleRows
from kvmgui.window.vmcolumns import default_widths

HEADER_KEY = "vmList/header"
AUTO_KEY = "vmList/autoColumns"  # the columns at their default width: no user resized them
# Columns whose cells are text only (no icon, check box, font or colour roles).
PLAIN_TEXT_COLUMNS = (Column.NAME, Column.HOST, Column.MEMORY, Column.VCPUS, Column.UPTIME,
                      Column.AUTOSTART)
STATS_SORT_COLUMNS = (Column.CPU, Column.MEMORY, Column.DISK_IO, Column.NET_IO)
# The widths of every column but Autostart (the stretched last one) until 2026-12-01: a
# layout saved before AUTO_KEY existed with a column at one of them was not resized.
WIDTHS = {Column.NAME: 150, Column.HOST: 110, Column.STATE: 100, Column.CPU: 70,
          Column.MEMORY: 110, Column.VCPUS: 50, Column.DISK_IO: 95, Column.NET_IO: 95,
          Column.UPTIME: 80}
_NAME = Qt.ItemDataRole.UserRole + 1  # a host filter entry's label, without its URI


class FilterBar(QWidget):
    """Text, state and host filters for a DomainFilterProxy."""

    def __init__(self, proxy: DomainFilterProxy, registry: ConnectionRegistry,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.proxy = proxy
        self.registry = registry
        self.text = QLineEdit(self)
        self.text.setObjectName("vmFilter")
        self.text.setAccessibleName(self.tr("Filter virtual machines"))
        self.text.setPlaceholderText(self.tr("Name or host (Ctrl+F)"))
        self.text.setClearButtonEnabled(True)
        self.state = QComboBox(self)
        self.state.setAccessibleName(self.tr("State filter"))
        for group, words in STATE_GROUP_WORDS.items():
            self.state.addItem(say(words), group)
        self.host = QComboBox(self)
        self.host.setAccessibleName(self.tr("Host filter"))
        self.host.addItem(self.tr("All hosts"), None)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for text, widget, stretch in ((self.tr("Filte&r:"), self.text, 3),
                                      (self.tr("S&tate:"), self.state, 0),
                                      (self.tr("H&ost:"), self.host, 1)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            row.addWidget(label)
            row.addWidget(widget, stretch)
        self.text.textChanged.connect(proxy.set_text)
        self.state.currentIndexChanged.connect(lambda _i: proxy.set_state_group(
            self.state.currentData() or StateGroup.ALL))
        self.host.currentIndexChanged.connect(lambda _i: proxy.set_host(self.host.currentData()))
        self.host.currentIndexChanged.connect(self._show_uri)
        registry.added.connect(self._add_host)
        registry.removed.connect(self._remove_host)
        for conn in registry:
            self._add_host(conn)

    def _add_host(self, conn: Connection) -> None:
        if self.host.findData(conn.uri) < 0:
            self.host.addItem(conn.display_name, conn.uri)
            self.host.setItemData(self.host.count() - 1, conn.display_name, _NAME)
            self.host.setItemData(self.host.count() - 1, literal_tooltip(redact(conn.uri)),
                                  Qt.ItemDataRole.ToolTipRole)
            self._name_hosts()

    def _remove_host(self, conn: Connection) -> None:
        i = self.host.findData(conn.uri)
        if i > 0:
            if self.host.currentIndex() == i:
                self.host.setCurrentIndex(0)
            self.host.removeItem(i)
            self._name_hosts()

    def _name_hosts(self) -> None:
        # Two hosts may have the same label: their URIs tell them apart, in the closed box
        # and to a screen reader too (a tooltip of the open list's entries did not).
        names = [self.host.itemData(i, _NAME) for i in range(1, self.host.count())]
        for i, name in enumerate(names, 1):
            shared = names.count(name) > 1
            self.host.setItemText(i, fill(self.tr("%1 (%2)"), name, redact(self.host.itemData(i)))
                                  if shared else name)
        self._show_uri()

    def _show_uri(self) -> None:
        uri = self.host.currentData()
        self.host.setToolTip(literal_tooltip(redact(uri)) if uri else "")


class VmTable(QTableView):
    """The VM table: sparklines in the CPU, disk and network columns; a header menu
    to show or hide columns; header layout and sort order saved in QSettings."""

    def __init__(self, proxy: DomainFilterProxy, source: DomainModel,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("vmView")
        self.setAccessibleName(self.tr("Virtual machines"))
        self.setModel(proxy)
        self.setSortingEnabled(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setShowGrid(False)
        self.setTabKeyNavigation(False)  # Tab leaves the list (not 11 cells × every VM)
        self.verticalHeader().hide()
        # Fixed row heights: the view never measures 5000 rows.
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setStretchLastSection(False)  # the name column takes the slack (_fit_name)
        header.setSectionsMovable(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        # As wide as its header's words or its cells', in the language shown (zh_TW's
        # "虛擬 CPU" was cut at the 50 px that "vCPUs" needs; English widths scrolled the
        # list sideways in every language). Kept so across a language switch for every
        # column the user has not resized.
        self.default_widths: dict[int, int] = default_widths(self)
        self.auto_columns = set(self.default_widths)
        self._sizing = False
        self._size_defaults(self.auto_columns)
        header.sectionResized.connect(self._resized)
        self.sparklines = {
            Column.CPU: SparklineDelegate(100.0, self),
            Column.DISK_IO: SparklineDelegate(None, self),
            Column.NET_IO: SparklineDelegate(None, self),
        }
        for col, delegate in self.sparklines.items():
            self.setItemDelegateForColumn(col, delegate)
        # Plain text cells skip the style's text layout: the stats cells repaint every
        # second (kvmgui.widgets.celltext). The state column keeps the style (its icon).
        self.plain_text = PlainTextDelegate(self)
        for col in PLAIN_TEXT_COLUMNS:
            self.setItemDelegateForColumn(col, self.plain_text)
        # The state cells (an icon and a word) repeat: each kept once painted.
        self.state_cells = IconTextDelegate(self)
        self.setItemDelegateForColumn(Column.STATE, self.state_cells)
        self.sortByColumn(Column.NAME, Qt.SortOrder.AscendingOrder)
        itemviews.follow_selection(self)
        self._arriving = False
        source.arriving.connect(self._hold_repaints)
        self.paint_region: QRegion | None = None  # while painting: what is repainted
        self.fast_rows = FastRows(self, lambda: self.plain_text.text.margin(self))

    def dataChanged(self, top_left: QModelIndex | QPersistentModelIndex,
                    bottom_right: QModelIndex | QPersistentModelIndex,
                    roles: Sequence[int] = ()) -> None:
        # Qt (6.11) repaints the whole viewport for a changed range of more than 200
        # cells, on screen or not: a burst's state changes over rows 0–512 repainted
        # every cell (about 12 ms at 5,000 VMs) instead of one column. Cut to the rows
        # shown; the others are painted anew when scrolled to. (Off screen, nothing is
        # repainted and AT-SPI hears no "visible data changed": none did.)
        first, last = self.rowAt(0), self.rowAt(self.viewport().height() - 1)
        model = self.model()
        if first >= 0 and top_left.isValid() and bottom_right.isValid():
            if last < 0:
                last = model.rowCount() - 1
            low, high = max(top_left.row(), first), min(bottom_right.row(), last)
            if low > high:
                return  # nothing of it on screen
            if (low, high) != (top_left.row(), bottom_right.row()):
                top_left = model.index(low, top_left.column())
                bottom_right = model.index(high, bottom_right.column())
        super().dataChanged(top_left, bottom_right, list(roles))

    def _hold_repaints(self, arriving: bool) -> None:
        # A big listing enters in slices, one per turn (models/arrivals.py): painted once,
        # when all are in. Each slice's repaint (20–45 ms) would show rows that mostly
        # land out of sight.
        self._arriving = arriving
        if arriving:
            self.viewport().setUpdatesEnabled(False)
        else:
            # In a turn of its own, not the last slice's: two blocks, not one. 2 ms, not
            # 0: a zero timer still ran in the last slice's pass in 4 of 6 traced runs.
            QTimer.singleShot(2, self, self._release_repaints)

    def _release_repaints(self) -> None:
        if not self._arriving:
            self.viewport().setUpdatesEnabled(True)  # and repaints

    def paintEvent(self, event: QPaintEvent) -> None:
        # Plain rows in one pass (widgets/fastrows.py): Qt's way, a call into Python per
        # cell, took 2–3 times as long (docs/performance.md, fifth round). Selected,
        # current and hovered rows go through Qt.
        region = self.fast_rows.paint(event.region())
        if region.isEmpty():
            return
        # The delegates skip cells the region only grazes (celltext.unseen): Qt repaints
        # a pixel beyond a changed column, the whole of the next one otherwise.
        self.paint_region = region
        try:
            super().paintEvent(event if region == event.region() else QPaintEvent(region))
        finally:
            self.paint_region = None

    def set_sparklines(self, on: bool) -> None:
        for delegate in self.sparklines.values():
            delegate.enabled = on
        self.viewport().update()

    def set_hidden_columns(self, hidden: set[int]) -> None:
        for col in Column:
            if col != Column.NAME:
                self.setColumnHidden(col, int(col) in hidden)

    def hidden_columns(self) -> set[int]:
        return {int(c) for c in Column if self.isColumnHidden(c)}

    def _header_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # one per opening: not kept
        menu.setAccessibleName(self.tr("Columns"))
        for col in Column:
            if col == Column.NAME:
                continue
            action = menu.addAction(say(HEADERS[col]))
            action.setCheckable(True)
            action.setChecked(not self.isColumnHidden(col))
            action.toggled.connect(lambda on, c=col: self.setColumnHidden(c, not on))
        menu.popup(self.horizontalHeader().mapToGlobal(pos))

    @contextmanager
    def _sized_by_us(self) -> Iterator[None]:
        """Resizes inside are ours, not the user's (``_resized`` lets them pass)."""
        self._sizing = True
        try:
            yield
        finally:
            self._sizing = False

    def _size_defaults(self, columns: set[int]) -> None:
        with self._sized_by_us():
            for col in columns:
                self.setColumnWidth(col, self.default_widths[col])  # hidden: when shown

    def _resized(self, col: int, old: int, new: int) -> None:
        # Hiding or showing a column "resizes" it from or to 0; the stretched last column
        # follows the window. Neither is the user choosing a width. Any other column's
        # new width changes the name column's share.
        if self._sizing:
            return
        if old and new and col != self._stretched_column():
            self.auto_columns.discard(col)
            if col == Column.NAME:  # the user's width: the last column fills the rest
                self.horizontalHeader().setStretchLastSection(True)
        self._fit_name()

    def resizeEvent(self, event: QResizeEvent) -> None:
        # Also the viewport's: a scroll bar that comes or goes changes its width.
        super().resizeEvent(event)
        self._fit_name()

    def _fit_name(self) -> None:
        """The name column takes what the others leave of the view, never less than its
        default width (a narrower window scrolls), unless the user resized it."""
        if Column.NAME not in self.auto_columns:
            return
        header = self.horizontalHeader()
        name = header.sectionSize(Column.NAME)
        width = max(self.default_widths[Column.NAME],
                    self.viewport().width() - (header.length() - name))
        if width != name:
            with self._sized_by_us():
                header.resizeSection(Column.NAME, width)

    def _stretched_column(self) -> int:
        header = self.horizontalHeader()
        if not header.stretchLastSection():
            return -1
        for visual in reversed(range(header.count())):
            if not header.isSectionHidden(col := header.logicalIndex(visual)):
                return col
        return -1

    def save_layout(self, settings: QSettings) -> None:
        settings.setValue(HEADER_KEY, self.horizontalHeader().saveState())
        settings.setValue(AUTO_KEY, ",".join(str(int(c)) for c in sorted(self.auto_columns)))

    def restore_layout(self, settings: QSettings) -> bool:
        state = settings.value(HEADER_KEY)
        header = self.horizontalHeader()
        with self._sized_by_us():
            if not isinstance(state, QByteArray | bytes) or not header.restoreState(state):
                return False
        # Until 2026-12-04 the last column stretched whatever the name column's width:
        # it was sized by the window, not by the user.
        stretched = self._stretched_column()
        saved = settings.value(AUTO_KEY)
        if isinstance(saved, str):  # "0,2,5"; "" when the user resized them all
            auto = {int(c) for c in saved.split(",") if c.isdecimal()} & set(self.default_widths)
        else:
            # Saved before the key existed: a column at an old default (the English width,
            # or the header's, as on 2026-12-01) was never resized; hidden ones count too.
            auto = {c for c, w in WIDTHS.items()
                    if header.sectionSize(c) in (w, self.default_widths[c], 0)}
        if Column.NAME in auto and stretched in self.default_widths:
            auto.add(stretched)
        self.auto_columns = auto
        with self._sized_by_us():
            header.setStretchLastSection(Column.NAME not in auto)
        self._size_defaults(auto)
        self._fit_name()
        # The header keeps the sort indicator; the proxy must sort the same way.
        self.model().sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        return True


class VmList(QWidget):
    """Filter bar + VM table over a DomainModel of all connections."""

    def __init__(self, registry: ConnectionRegistry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Virtual machine list"))
        self.model = DomainModel(registry, self)
        self.proxy = DomainFilterProxy(self.model, self)
        self.table = VmTable(self.proxy, self.model, self)
        # The VMs on screen are sampled every interval, the others less often; sorted by a
        # stats column every row's figures decide what is on screen, so all stay fresh.
        self.visible_rows = VisibleRows(self.table, Role.KEY, STATS_SORT_COLUMNS)
        self.visible_rows.changed.connect(self._watch_rows)
        self.filters = FilterBar(self.proxy, registry, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filters)
        layout.addWidget(self.table, 1)

    def _watch_rows(self, keys: list[Hashable] | None) -> None:
        self.model.watch(self.table, keys)
