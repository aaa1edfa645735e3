"""The main window's network map: every connected host, its networks and the VMs on them."""

from __future__ import annotations

from PySide6.QtWidgets import QDockWidget, QWidget

from kvmgui.libvirt.registry import ConnectionRegistry
from kvmgui.models.netmap import NetworkMapModel
from kvmgui.widgets.netmapwidget import NetworkMapWidget


class NetworkMapDock(QDockWidget):
    """A dock (tabbed with the event timeline) holding the map of all hosts."""

    def __init__(self, registry: ConnectionRegistry, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Network map"), parent)
        self.setObjectName("networkMapDock")
        self.setAccessibleName(self.tr("Network map dock"))
        self.model = NetworkMapModel(self)
        for conn in registry:
            self.model.add_connection(conn)
        registry.added.connect(self.model.add_connection)
        registry.removed.connect(self.model.remove_connection)
        self.map = NetworkMapWidget(self.model, self)
        self.setWidget(self.map)
        # Tabbed behind the timeline the map is still "visible" to Qt, only out of sight:
        # this signal says when its tab is in front.
        self.visibilityChanged.connect(self._visibility_changed)

    def _visibility_changed(self, visible: bool) -> None:
        self.map.set_covered(not visible)
