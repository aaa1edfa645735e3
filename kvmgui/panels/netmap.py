"""The host window's "Network map" tab: this host's networks and the VMs on them."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kvmgui.libvirt.connection import Connection
from kvmgui.models.netmap import NetworkMapModel
from kvmgui.panels.base import HostPanel
from kvmgui.widgets.netmapwidget import NetworkMapWidget


class NetworkMapPanel(HostPanel):
    """The map of one host.

    Signals:
        vmRequested(Connection, str): open the details of this VM (uuid).
        networkRequested(str): show this network (uuid) in the networks panel.
    """

    vmRequested = Signal(object, str)
    networkRequested = Signal(str)

    def __init__(self, conn: Connection, parent: QWidget | None = None) -> None:
        super().__init__(conn, self.tr("Network map panel"), parent)
        self.model = NetworkMapModel(self)
        self.model.add_connection(conn)
        self.map = NetworkMapWidget(self.model, self)
        self.map.vmActivated.connect(self.vmRequested)
        self.map.networkActivated.connect(lambda _conn, uuid: self.networkRequested.emit(uuid))
        layout = QVBoxLayout(self)
        layout.addWidget(self.map)
