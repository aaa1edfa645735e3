"""The DHCP leases of one network, refreshed while the view is visible."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kvmgui.libvirt.connection import Connection
from kvmgui.models.leases import LeaseColumn, LeaseModel
from kvmgui.panels.table import RecordTable
from kvmgui.widgets.labels import MessageLine

REFRESH_MS = 3000  # libvirt has no lease event: ask again this often while shown


class LeasesView(QWidget):
    """A table of DHCP leases with the VM owning each MAC, and a line saying why it is empty."""

    def __init__(self, conn: Connection, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("DHCP leases panel"))
        self.model = LeaseModel(conn, self)
        self.view = RecordTable(self.model, self, object_name="leaseView",
                                accessible_name=self.tr("DHCP leases"), sort_column=LeaseColumn.IP,
                                fit_contents=True, single=False, always_selected=False)
        self.proxy = self.view.proxy
        self.status = MessageLine(self, hide_empty=False)
        self.status.setObjectName("DHCP leases status")
        self.status.setAccessibleDescription(self.tr("DHCP leases status"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        self.timer = QTimer(self, interval=REFRESH_MS)
        self.timer.timeout.connect(self.model.refresh)
        self.model.statusChanged.connect(self.status.say)

    def set_network(self, uuid: str | None) -> None:
        self.model.set_network(uuid)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.timer.start()
        self.model.refresh()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.timer.stop()
