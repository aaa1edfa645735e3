"""The DHCP leases of one network, refreshed while the view is visible."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from kvmgui.libvirt.connection import Connection
from kvmgui.models.leases import LeaseColumn, LeaseModel
from kvmgui.models.roles import Role

REFRESH_MS = 3000  # libvirt has no lease event: ask again this often while shown


class LeasesView(QWidget):
    """A table of DHCP leases with the VM owning each MAC, and a line saying why it is empty."""

    def __init__(self, conn: Connection, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("DHCP leases panel")
        self.model = LeaseModel(conn, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Role.SORT)
        self.view = QTableView(self)
        self.view.setObjectName("leaseView")
        self.view.setAccessibleName("DHCP leases")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(LeaseColumn.IP, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # short texts, few rows
        header.setStretchLastSection(True)
        self.status = QLabel(self)
        self.status.setObjectName("DHCP leases status")
        self.status.setAccessibleDescription("DHCP leases status")
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        self.timer = QTimer(self, interval=REFRESH_MS)
        self.timer.timeout.connect(self.model.refresh)
        self.model.statusChanged.connect(self.status.setText)

    def set_network(self, uuid: str | None) -> None:
        self.model.set_network(uuid)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.timer.start()
        self.model.refresh()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.timer.stop()
