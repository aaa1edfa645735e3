"""The connection list on the left of the main window, with its context menu."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QListView, QMenu, QVBoxLayout, QWidget

from kvmgui.libvirt.connection import Connection
from kvmgui.libvirt.registry import ConnectionRegistry
from kvmgui.models.connections import ConnectionModel
from kvmgui.models.roles import Role
from kvmgui.widgets import itemviews


class ConnectionPanel(QWidget):
    """Lists connections with their state; ``actions`` fill its context menu."""

    def __init__(self, registry: ConnectionRegistry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Connections panel"))
        self.model = ConnectionModel(registry, self)
        self.view = QListView(self)
        self.view.setObjectName("connectionView")
        self.view.setAccessibleName(self.tr("Connections"))
        self.view.setModel(self.model)
        # A host's name and its state wrap rather than run past the narrow list ("test:///default
        # — Connecte"); only a name longer than the list alone still scrolls.
        self.view.setWordWrap(True)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._menu)
        itemviews.follow_selection(self.view)
        self.menu_actions: list[QAction | None] = []  # None: a separator
        label = QLabel(self.tr("Co&nnections"), self)
        label.setBuddy(self.view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.view, 1)

    def current(self) -> Connection | None:
        """The selected connection (or the current one when none is selected)."""
        index = itemviews.chosen_row(self.view)
        return index.data(Role.CONNECTION) if index.isValid() else None

    def _menu(self, pos: QPoint) -> None:
        if not self.view.indexAt(pos).isValid():
            return
        self.view.setCurrentIndex(self.view.indexAt(pos))
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # one per opening: not kept
        menu.setAccessibleName(self.tr("Connection actions"))
        for action in self.menu_actions:
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        menu.popup(self.view.viewport().mapToGlobal(pos))
