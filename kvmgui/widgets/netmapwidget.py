"""The network map with its tree (the same facts for screen readers) and its tools.

Used by the host details window (one host) and the main window's map dock (every host).
Clicking a VM's card (or activating its row) asks for its details, a network's for the
networks panel; the caller decides how (``vmActivated`` / ``networkActivated``).
"""

from __future__ import annotations

from functools import partial

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    QTimer,
    Signal,
)
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from kvmgui.libvirt import mountlanes
from kvmgui.libvirt.connection import Connection
from kvmgui.libvirt.nicmap import VmNic
from kvmgui.models.netmap import MapNode, NetworkMapModel, NodeKind
from kvmgui.utils.tr import fill
from kvmgui.widgets import itemviews, netmapdraw
from kvmgui.widgets.filedialogs import FileDialogSpec, open_file_dialog
from kvmgui.widgets.filewords import why_failed
from kvmgui.widgets.labels import MessageLine
from kvmgui.widgets.netmap import Hit, NetworkMapScene, NetworkMapView
from kvmgui.widgets.netmapdraw import ExportError
from kvmgui.widgets.notifications import late_news

OPEN_MOST = 200  # VM cards of a network the tree opens by itself


def _not_saved(path: str, exc: BaseException) -> str:
    if isinstance(exc, ExportError):
        return _not_made(path, exc)
    return fill(QCoreApplication.translate("NetworkMapWidget", "Could not save %1: %2"), path,
                why_failed(exc))


def _not_made(path: str, exc: ExportError) -> str:
    if exc.too_large:  # Qt said "Image is empty"
        return fill(QCoreApplication.translate(
            "NetworkMapWidget", "Could not save %1: the map is too large for one image (%2 × %3 "
            "pixels); export it as SVG instead"), path, exc.size.width(), exc.size.height())
    return fill(QCoreApplication.translate(
        "NetworkMapWidget", "Could not save %1: the image could not be made (%2)"), path, str(exc))


def _written(widget: NetworkMapWidget, path: str, exc: BaseException | None,
             _result: object = None) -> None:
    """The export's outcome, in its map while it is open; a failure after its window
    closed in the main window's notifications (the user would take the map as saved)."""
    if shiboken6.isValid(widget):
        widget._saved(path, exc)
    elif exc is not None:
        late_news().error.emit(_not_saved(path, exc))


class NetworkMapWidget(QWidget):
    """Map, tree, zoom and export over a :class:`NetworkMapModel`.

    Signals:
        vmActivated(Connection, str): open the details of this VM (uuid).
        networkActivated(Connection, str): show this network (uuid) in the networks panel.
    """

    vmActivated = Signal(object, str)
    networkActivated = Signal(object, str)

    def __init__(self, model: NetworkMapModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.setAccessibleName(self.tr("Network map panel"))
        self.scene = NetworkMapScene(model, self.palette(), self)
        self.view = NetworkMapView(self.scene, self)
        self.view.setAccessibleName(self.tr("Network map"))
        self.view.setAccessibleDescription(self.tr(
            "A drawing of the hosts, their networks and the VMs on them; the tree beside it "
            "has the same facts."))
        self.view.clicked.connect(self._hit)
        self.proxy = QSortFilterProxyModel(self)  # no sorting: the model keeps name order
        self.proxy.setSourceModel(model)
        self.proxy.setRecursiveFilteringEnabled(True)
        self.tree = QTreeView(self)
        self.tree.setObjectName("networkMapTree")
        self.tree.setAccessibleName(self.tr("Network map tree"))
        self.tree.setModel(self.proxy)
        itemviews.follow_selection(self.tree)
        self.tree.setUniformRowHeights(True)  # one line a row; no size asked per row
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setStretchLastSection(True)
        self.tree.setColumnWidth(0, 170)
        self.tree.activated.connect(self._tree_activated)
        # Hosts and networks open, so every VM card is one row away; a network of more
        # than OPEN_MOST cards stays closed (as the map groups them), for opening lays out
        # each row shown through the proxy into Python: ~20 us a row. Once per burst, and
        # only while the tree can be seen: done at each insert, hidden or not, it stalled
        # the GUI thread about 1 s while a host of 5,000 VMs was listed.
        self._covered = False
        self._expand_due = True
        self._expand_timer = QTimer(self, singleShot=True, interval=0)
        self._expand_timer.timeout.connect(self._expand)
        self.proxy.rowsInserted.connect(self._expand_soon)
        self.tree.installEventFilter(self)
        self.model.set_shown(False)  # not yet: showEvent says when

        buttons = []
        for text, name, slot in (
                (self.tr("Zoom &In"), self.tr("Zoom in"), lambda: self.view.zoom(1.25)),
                (self.tr("Zoom Ou&t"), self.tr("Zoom out"), lambda: self.view.zoom(0.8)),
                (self.tr("&Fit"), self.tr("Fit the map into view"), self.view.fit),
                (self.tr("Export &PNG…"), self.tr("Export the map as PNG"), lambda: self.export("png")),
                (self.tr("Export &SVG…"), self.tr("Export the map as SVG"), lambda: self.export("svg"))):
            button = QPushButton(text, self)
            button.setAccessibleName(name)
            button.clicked.connect(slot)
            buttons.append(button)
        self.export_png_button, self.export_svg_button = buttons[3], buttons[4]
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        self.status = MessageLine(self, description=self.tr("Network map status"))
        splitter = QSplitter(self)
        splitter.addWidget(self.view)
        splitter.addWidget(self.tree)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([600, 400])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        self.file_dialog: QFileDialog | None = None
        self._export_kind = "png"
        self._saving: list[str] = []  # exports still being written, oldest first

    # -- the tree's rows open -----------------------------------------------------------------

    def _expand_soon(self) -> None:
        self._expand_due = True
        if self.seen() and self.tree.isVisible():
            self._expand_timer.start()

    def _expand(self) -> None:
        if not (self.seen() and self.tree.isVisible()):
            return  # being seen again catches up
        self._expand_due = False
        for h in range(self.proxy.rowCount()):
            host = self.proxy.index(h, 0)
            self.tree.expand(host)
            for n in range(self.proxy.rowCount(host)):
                network = self.proxy.index(n, 0, host)
                # Not while empty: a big host's cards then arrive all at once, too many.
                if 0 < self.proxy.rowCount(network) <= OPEN_MOST:
                    self.tree.expand(network)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.tree and event.type() == QEvent.Type.Show and self._expand_due:
            self._expand_timer.start()
        return super().eventFilter(watched, event)

    # -- activation -------------------------------------------------------------------------

    def activate_node(self, node: MapNode) -> None:
        if node.conn is None:
            return
        if node.kind is NodeKind.NIC and isinstance(node.payload, VmNic):
            self.vmActivated.emit(node.conn, node.payload.vm_uuid)
        elif node.kind is NodeKind.NETWORK:
            self.networkActivated.emit(node.conn, node.key)

    def _hit(self, hit: Hit) -> None:
        self.activate_node(hit.node)

    def _tree_activated(self, index: QModelIndex) -> None:
        self.activate_node(self.model.node(self.proxy.mapToSource(index)))

    # -- export -----------------------------------------------------------------------------

    def export(self, kind: str) -> None:
        """Ask where to export (once the folders the file dialog looks at answered)."""
        pattern = self.tr("PNG images (*.png)") if kind == "png" else self.tr("SVG drawings (*.svg)")
        spec = FileDialogSpec(self.tr("Export the network map"), save=True, filters=(pattern,),
                              name=f"network-map.{kind}", default_suffix=kind)
        button = self.export_png_button if kind == "png" else self.export_svg_button
        if open_file_dialog(self, spec, self._export_selected, busy=button,  # a method: no cycle
                            shown=self._export_shown):
            self._export_kind = kind

    def _export_shown(self, dialog: QFileDialog) -> None:
        self.file_dialog = dialog

    def _export_selected(self, path: str) -> None:
        self.export_to(path, self._export_kind)

    def export_to(self, path: str, kind: str) -> None:
        """Drawn and written in a worker, from the scene's plain shapes (drawn here, a large
        host's PNG held the GUI thread most of a second)."""
        # Not this widget as the job's context: its window may close while the file is
        # written, and a failure is then told in the main window (``_written``). On the
        # thread of the file's mount: one that stopped answering holds only that thread
        # (and the exports after it there), never the shared pool's every other job.
        # Said until it is written: there that may be never, and a silent wait looked
        # like an export that did nothing.
        self._saving.append(path)
        self.status.pending(self._still_saving())
        mountlanes.submit(path, netmapdraw.export, kind, self.scene.drawing,
                          self.scene.export_rect(), self.tr("Network map"),
                          done=partial(_written, self, path, None),
                          failed=partial(_written, self, path))

    def _still_saving(self) -> str:
        return fill(self.tr("Saving %1…"), self._saving[-1]) if self._saving else ""

    def _saved(self, path: str, exc: BaseException | None) -> None:
        if path in self._saving:
            self._saving.remove(path)
        if exc is None:
            self.status.say("\n".join(filter(None, (fill(self.tr("Saved %1."), path),
                                                     self._still_saving()))))
        else:
            self.status.error("\n".join(filter(None, (_not_saved(path, exc),
                                                       self._still_saving()))))

    # -- colours and leases while shown --------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # light ↔ dark: the cards are redrawn
            self.scene.colours = self.palette()
            self.scene.rebuild()


    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._seen_changed()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._seen_changed()

    def set_covered(self, covered: bool) -> None:
        """Another tab covers the map (a dock behind another one: Qt still calls it
        visible, it only moves it out of sight)."""
        self._covered = covered
        self._seen_changed()

    def seen(self) -> bool:
        return self.isVisible() and not self._covered

    def _seen_changed(self) -> None:
        seen = self.seen()
        self.model.set_shown(seen)
        if seen and self._expand_due:
            self._expand_timer.start()

    def connections(self) -> list[Connection]:
        return [feed.conn for feed in self.model.feeds.values()]
