"""The event timeline dock: every event from every host, newest first, filterable."""

from __future__ import annotations

from PySide6.QtCore import QDate, QDateTime, QModelIndex, QPoint, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kvmgui.libvirt.registry import ConnectionRegistry
from kvmgui.models.timeline import TimelineColumn, TimelineEntry, TimelineFilterProxy, TimelineModel
from kvmgui.models.words import say
from kvmgui.utils.tr import clock_text, fill
from kvmgui.widgets import itemviews
from kvmgui.widgets.celltext import PlainTextDelegate
from kvmgui.widgets.commanddialog import CommandDialog
from kvmgui.xml.words import QT_TRANSLATE_NOOP

KINDS = [(QT_TRANSLATE_NOOP("TimelineDock", "All kinds"), None),
         (QT_TRANSLATE_NOOP("TimelineDock", "VMs"), "domain"),
         (QT_TRANSLATE_NOOP("TimelineDock", "Networks"), "network"),
         (QT_TRANSLATE_NOOP("TimelineDock", "Storage pools"), "pool"),
         (QT_TRANSLATE_NOOP("TimelineDock", "Volumes"), "volume")]  # kvmgui's own lines only


def time_width(view: QTableView, margin: int, least: int) -> int:
    """The time column's width: room for the latest time of day as this language writes
    it (zh_TW's "下午11:59:59" was cut at the 80 px that "23:59:59" needs), the cells'
    text ``margin`` on both sides, and a few pixels for rounding."""
    words = clock_text(QDateTime(QDate(2000, 1, 1), QTime(23, 59, 59)))
    return max(least, view.fontMetrics().horizontalAdvance(words) + 2 * margin + 4)


class TimelineDock(QDockWidget):
    """The timeline of every host's events and kvmgui's own changes, with its filters."""

    def __init__(self, registry: ConnectionRegistry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Event timeline"))
        self.setObjectName("timelineDock")
        self.setAccessibleName(self.tr("Event timeline dock"))
        self.model = TimelineModel(registry, self)
        self.proxy = TimelineFilterProxy(self.model, self)
        body = QWidget(self)
        self.filter = QLineEdit(body)
        self.filter.setAccessibleName(self.tr("Filter events"))
        self.filter.setPlaceholderText(self.tr("Host, name, event or detail"))
        self.filter.setClearButtonEnabled(True)
        self.kind = QComboBox(body)
        self.kind.setAccessibleName(self.tr("Event kind filter"))
        for words, kind in KINDS:
            self.kind.addItem(say(words), kind)
        clear = QPushButton(self.tr("C&lear"), body)
        clear.setAccessibleName(self.tr("Clear the timeline"))
        clear.clicked.connect(self.model.clear)
        self.view = QTableView(body)
        self.view.setObjectName("timelineView")
        self.view.setAccessibleName(self.tr("Event timeline"))
        self.view.setModel(self.proxy)
        # Its cells are plain text: painted without the style's text layout (a quarter
        # less of a repaint, which every insert at the top makes of the whole view).
        cells = PlainTextDelegate(self.view)
        self.view.setItemDelegate(cells)
        itemviews.follow_selection(self.view)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setShowGrid(False)
        self.view.setTabKeyNavigation(False)  # Tab leaves the table, not cell by cell
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 6)
        self.view.horizontalHeader().setStretchLastSection(True)
        for col, width in ((TimelineColumn.TIME, time_width(self.view, cells.text.margin(self.view), 80)),
                           (TimelineColumn.HOST, 130), (TimelineColumn.KIND, 90),
                           (TimelineColumn.NAME, 150), (TimelineColumn.EVENT, 120)):
            self.view.setColumnWidth(col, width)
        row = QHBoxLayout()
        for text, widget in ((self.tr("F&ind event:"), self.filter), (self.tr("&Kind:"), self.kind)):
            label = QLabel(text, body)
            label.setBuddy(widget)
            row.addWidget(label)
            row.addWidget(widget, 1 if widget is self.filter else 0)
        row.addWidget(clear)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        self.setWidget(body)
        self.filter.textChanged.connect(self.proxy.set_text)
        self.kind.currentIndexChanged.connect(lambda _i: self.proxy.set_kind(self.kind.currentData()))
        # kvmgui's own changes carry their virsh line: double-click or the menu shows it.
        self.view.doubleClicked.connect(self.show_command)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._menu)
        self.command_dialog: CommandDialog | None = None

    def _entry(self, index: QModelIndex) -> TimelineEntry | None:
        if not index.isValid():
            return None
        return self.model.entry_at(self.proxy.mapToSource(index).row())

    def show_command(self, index: QModelIndex) -> CommandDialog | None:
        return self._show_entry(self._entry(index))

    def _show_entry(self, entry: TimelineEntry | None) -> CommandDialog | None:
        if entry is None or entry.command is None:
            return None
        command = entry.command.command
        title = fill(self.tr("%1 %2", "a command's title: its verb and what it acts on"), command.verb,
                     command.target)
        self.command_dialog = CommandDialog(title, [command], self)
        self.command_dialog.show()
        return self.command_dialog

    def _menu(self, pos: QPoint) -> None:
        index = self.view.indexAt(pos)
        entry = self._entry(index)
        if entry is None or entry.command is None:
            return
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # one per opening: not kept
        menu.setAccessibleName(self.tr("Timeline entry"))
        # The entry, not the index: events inserted on top while the menu is open move
        # another row under the index.
        menu.addAction(self.tr("Show &Command…"), lambda: self._show_entry(entry))
        menu.popup(self.view.viewport().mapToGlobal(pos))
