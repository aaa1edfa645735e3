"""Host details: a window per connection with the host panels as tabs."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QVBoxLayout, QWidget

from kvmgui.dialogs.xmleditor import XmlEditorDialog
from kvmgui.libvirt.connection import Connection
from kvmgui.panels.base import HostPanel
from kvmgui.panels.netmap import NetworkMapPanel
from kvmgui.panels.networks import NetworksPanel
from kvmgui.panels.overview import OverviewPanel
from kvmgui.panels.storage import StoragePanel
from kvmgui.utils.tr import fill, window_title

P = TypeVar("P", bound=HostPanel)


class HostDetailsDialog(QDialog):
    """A window per connection: Overview, Virtual networks, Storage."""

    def __init__(self, conn: Connection, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conn = conn
        self.setWindowTitle(window_title(fill(self.tr("Host details — %1"), conn.display_name)))
        self.setAccessibleName(self.tr("Host details"))
        self.setWindowFlag(Qt.WindowType.Window)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Host details sections"))
        # Else a screen reader calls the tab list after its current tab.
        self.tabs.tabBar().setAccessibleName(self.tr("Host details sections"))
        self.overview = self._add(OverviewPanel(conn, self.tabs), self.tr("&Overview"))
        self.networks = self._add(NetworksPanel(conn, self.tabs), self.tr("Virtual &networks"))
        self.storage = self._add(StoragePanel(conn, self.tabs), self.tr("Stora&ge"))
        self.netmap = self._add(NetworkMapPanel(conn, self.tabs), self.tr("Network &map"))
        self.netmap.vmRequested.connect(self.open_vm)
        self.netmap.networkRequested.connect(self.show_network)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(
            self.tr("Close the host details"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.resize(900, 620)

    def _add(self, panel: P, title: str) -> P:
        panel.xmlEditRequested.connect(lambda kind, uuid, p=panel: self.edit_xml(p, kind, uuid))
        self.tabs.addTab(panel, title)
        return panel

    def open_vm(self, conn: Connection, uuid: str) -> None:
        from kvmgui.dialogs.details.window import open_details  # noqa: PLC0415 - a big window

        open_details(conn, uuid, self.parentWidget())

    def show_network(self, uuid: str) -> None:
        self.tabs.setCurrentWidget(self.networks)
        self.networks.select_network(uuid)

    def edit_xml(self, panel: HostPanel, kind: str, uuid: str) -> XmlEditorDialog:
        dialog = XmlEditorDialog(self.conn, kind, uuid, panel)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def closeEvent(self, event: QCloseEvent) -> None:
        self.overview.monitor.stop()
        super().closeEvent(event)
