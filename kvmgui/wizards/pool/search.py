"""The source page's search for sources the host can see: a button, a busy bar with a
Cancel, what was found. The page says where to look and the wizard runs the search in a
worker; libvirt's call cannot be interrupted, so Cancel drops its answer and gives the
controls back at once."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kvmgui.utils.tr import fill
from kvmgui.widgets import itemviews
from kvmgui.xml.pool_spec import PoolSpec
from kvmgui.xml.pool_types import PoolType


def source_words(found: PoolSpec) -> str:
    """One found source in a line, e.g. "nas:/srv/images (nfs)" or "vg0: /dev/sdb1"."""
    host = found.hosts[0].name if found.hosts and found.hosts[0].name else ""
    if found.type is PoolType.LOGICAL:
        return f"{found.source_name}: {', '.join(found.devices)}" if found.devices else found.source_name
    if found.type is PoolType.ISCSI:
        return f"{found.iqn} ({host})" if host else found.iqn
    where = found.source_dir or found.source_name
    text = f"{host}:{where}" if host else where
    return f"{text} ({found.source_format})" if found.source_format else text


class SourceSearch(QWidget):
    """Signals:
        findClicked(): the user asked for a search (the page starts it with ``start``).
        chosen(object): the found source (a PoolSpec) the user picked.
    """

    findClicked = Signal()
    chosen = Signal(object)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("Source search")
        self.number = 0  # the search whose answer is awaited; 0: none
        self._started = 0  # never reused: a cancelled search's late answer must not pass
        self.found: list[PoolSpec] = []
        self._ready = False
        buttons = QWidget(self)
        row = QHBoxLayout(buttons)
        row.setContentsMargins(0, 0, 0, 0)
        self.find_button = QPushButton(self.tr("&Find Sources"), buttons)
        self.find_button.setAccessibleName(self.tr("Find sources"))
        self.busy = QProgressBar(buttons)
        self.busy.setRange(0, 0)
        self.busy.setAccessibleName(self.tr("Searching"))
        self.busy.setMaximumWidth(120)
        self.cancel_button = QPushButton(self.tr("&Cancel Search"), buttons)
        self.cancel_button.setAccessibleName(self.tr("Cancel search"))
        row.addWidget(self.find_button)
        row.addWidget(self.busy)
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # libvirt's words, shown as they are
        self.status.setWordWrap(True)
        self.status.setObjectName("Search status")
        self.status.setAccessibleDescription(self.tr("Search status"))
        self.sources = QListWidget(self)
        self.sources.setAccessibleName(self.tr("Found sources"))
        itemviews.follow_selection(self.sources)  # a screen reader's choice fills the fields too
        self.sources.setMaximumHeight(90)
        self.sources_label = QLabel(self.tr("F&ound sources (choose one to fill in the fields):"), self)
        self.sources_label.setBuddy(self.sources)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(buttons)
        col.addWidget(self.status)
        col.addWidget(self.sources_label)
        col.addWidget(self.sources)
        self._show()
        self.find_button.clicked.connect(self.findClicked)
        self.cancel_button.clicked.connect(self.cancel)
        # Taken when selected: the row Qt makes current as Tab passes is no choice.
        self.sources.itemSelectionChanged.connect(self._chosen)

    @property
    def running(self) -> bool:
        return bool(self.number)

    def set_ready(self, ready: bool) -> None:
        """Whether a search can start (the page knows: a server is needed for most types)."""
        self._ready = ready
        self._show()

    def start(self) -> int:
        """A new search begins; its number, which its answer must carry."""
        self._started += 1
        self.number = self._started
        self.found = []
        self.sources.clear()
        self.status.setText(self.tr("Searching…"))
        self._show()
        return self.number

    def cancel(self) -> None:
        self.number = 0
        self.status.setText(self.tr("Search cancelled."))
        self._show()

    def reset(self) -> None:
        """Forget the sources found and drop the answer awaited."""
        self.number = 0
        self.found = []
        self.sources.clear()
        self.status.setText("")
        self._show()

    def show_sources(self, number: int, found: list[PoolSpec]) -> None:
        if number != self.number:
            return  # cancelled, or an older search
        self.number = 0
        self.found = found
        for source in found:
            QListWidgetItem(source_words(source), self.sources)
        if found:
            self.status.setText(self.tr("Found %n source(s).", "", len(found)))
        else:
            self.status.setText(self.tr("No sources found."))
        self._show()

    def failed(self, number: int, text: str) -> None:
        if number != self.number:
            return
        self.number = 0
        self.status.setText(fill(self.tr("The search failed: %1"), text))
        self._show()

    def _show(self) -> None:
        busy = self.running
        self.busy.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.find_button.setEnabled(self._ready and not busy)
        self.sources.setVisible(bool(self.found))
        self.sources_label.setVisible(bool(self.found))

    def _chosen(self) -> None:
        rows = [index.row() for index in self.sources.selectionModel().selectedRows()]
        if rows and 0 <= rows[0] < len(self.found):
            self.chosen.emit(self.found[rows[0]])
