"""The "Virtual networks" tab of a host: list, details, actions and DHCP leases."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kvmgui.dialogs.leases import LeasesView
from kvmgui.dialogs.xmleditor import XmlEditorDialog
from kvmgui.libvirt import netops
from kvmgui.libvirt.connection import Connection, error_text
from kvmgui.libvirt.netops import NetworkUser
from kvmgui.models.networks import Column, NetworkInfo, NetworkModel
from kvmgui.models.roles import Role
from kvmgui.wizards.network.wizard import NetworkWizard

ERROR_COLOUR = "#b00020"
# (label, accessible name, NetworkInfo attribute) of the details form
DETAILS = [
    ("State:", "Network state", "state"),
    ("Persistent:", "Persistent", "persistent"),
    ("Mode:", "Forward mode", "mode"),
    ("Forward device:", "Forward device", "forward_dev"),
    ("Bridge:", "Bridge", "bridge"),
    ("IPv4 network:", "IPv4 network", "ipv4"),
    ("IPv4 gateway:", "IPv4 gateway", "gateway4"),
    ("DHCP range:", "DHCP range", "dhcp"),
    ("IPv6 network:", "IPv6 network", "ipv6"),
    ("DHCPv6 range:", "DHCPv6 range", "dhcp6"),
    ("DNS domain:", "DNS domain", "domain"),
]


def _names(users: list[NetworkUser]) -> str:
    return ", ".join(u.name for u in users)


class NetworksPanel(QWidget):
    """Networks of one host: add (wizard), start, stop, delete, autostart, XML, leases."""

    def __init__(self, conn: Connection, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conn = conn
        self.setAccessibleName("Virtual networks panel")
        self.model = NetworkModel(conn, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Role.SORT)
        self.wizard: NetworkWizard | None = None
        self.confirm_box: QMessageBox | None = None
        self._select_when_seen: str | None = None
        self._jobs = 0

        self.view = QTableView(self)
        self.view.setObjectName("networkView")
        self.view.setAccessibleName("Virtual networks")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(Column.NAME, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # short texts, few rows
        header.setStretchLastSection(True)
        for col in (Column.AUTOSTART, Column.IPV6, Column.DHCP):
            self.view.hideColumn(col)  # shown in the details; keeps the list narrow

        self.add_button = self._button("&Add…", "Add network", self.add_network)
        self.start_button = self._button("&Start", "Start network", self.start_network)
        self.stop_button = self._button("S&top", "Stop network", self.stop_network)
        self.delete_button = self._button("&Delete", "Delete network", self.delete_network)
        self.xml_button = self._button("Edit &XML…", "Edit network XML", self.edit_xml)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.start_button, self.stop_button, self.delete_button,
                  self.xml_button):
            buttons.addWidget(b)
        buttons.addStretch(1)

        details_box = QGroupBox("Details", self)
        form = QFormLayout(details_box)
        self.title = QLabel(details_box)
        self.title.setObjectName("Network name")
        self.title.setAccessibleDescription("Network name")
        self.title.setStyleSheet("font-weight: bold;")
        form.addRow(self.title)
        self.values: dict[str, QLabel] = {}
        for text, name, attr in DETAILS:
            value = QLabel(details_box)
            value.setObjectName(name)
            value.setAccessibleDescription(name)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label = QLabel(text, details_box)
            label.setBuddy(value)
            form.addRow(label, value)
            self.values[attr] = value
        self.autostart = QCheckBox("Start when the host &boots", details_box)
        self.autostart.setAccessibleName("Autostart")
        form.addRow(self.autostart)


        leases_box = QGroupBox("DHCP leases", self)
        self.leases = LeasesView(conn, leases_box)
        QVBoxLayout(leases_box).addWidget(self.leases)

        # A splitter, not a box layout: the leases' wrapping status line would make a box
        # layout squeeze the details; here the details keep their height, the leases get the rest.
        right = QSplitter(Qt.Orientation.Vertical, self)
        right.addWidget(details_box)
        right.addWidget(leases_box)
        right.setChildrenCollapsible(False)
        right.setStretchFactor(1, 1)
        splitter = QSplitter(self)
        splitter.addWidget(self.view)
        splitter.addWidget(right)
        splitter.setSizes([420, 480])

        self.message = QLabel(self)
        self.message.setObjectName("Network message")
        self.message.setAccessibleDescription("Network message")
        self.message.setWordWrap(True)
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)

        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self._show_current())
        self.model.dataChanged.connect(lambda *_a: self._show_current())
        self.model.rowsRemoved.connect(lambda *_a: self._show_current())
        self.model.rowsInserted.connect(self._rows_inserted)
        self.autostart.toggled.connect(self._autostart_toggled)
        if self.proxy.rowCount():
            self.select_row(0)
        self._show_current()

    def _button(self, text: str, name: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(name)
        button.clicked.connect(slot)
        return button

    # -- selection and details ---------------------------------------------------------------

    def current(self) -> NetworkInfo | None:
        index = self.view.selectionModel().currentIndex()
        if not index.isValid():
            return None
        return self.model.info_at(self.proxy.mapToSource(index).row())

    def select_row(self, proxy_row: int) -> None:
        flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
                 | QItemSelectionModel.SelectionFlag.Rows)
        self.view.selectionModel().setCurrentIndex(self.proxy.index(proxy_row, 0), flags)

    def select_uuid(self, uuid: str) -> bool:
        row = self.model.row_of(uuid)
        if row < 0:
            return False
        self.select_row(self.proxy.mapFromSource(self.model.index(row, 0)).row())
        return True

    def _rows_inserted(self, _parent: QModelIndex, _first: int, _last: int) -> None:
        if self._select_when_seen and self.select_uuid(self._select_when_seen):
            self._select_when_seen = None
        elif self.current() is None and self.proxy.rowCount():
            self.select_row(0)
        self._show_current()

    def _show_current(self) -> None:
        info = self.current()
        self.title.setText(info.record.name if info else "No network selected")
        for attr, value in self.values.items():
            text = getattr(info, attr) if info else ""
            value.setText(text or "—")
        self.autostart.blockSignals(True)
        self.autostart.setChecked(bool(info and info.record.autostart))
        self.autostart.blockSignals(False)
        self.leases.set_network(info.record.uuid if info else None)
        self._update_buttons()

    def _update_buttons(self) -> None:
        info = self.current()
        idle = self._jobs == 0
        active = bool(info and info.record.active)
        self.start_button.setEnabled(idle and info is not None and not active)
        self.stop_button.setEnabled(idle and active)
        self.delete_button.setEnabled(idle and info is not None)
        self.autostart.setEnabled(idle and info is not None and info.record.persistent)
        self.xml_button.setEnabled(info is not None )

    # -- messages ---------------------------------------------------------------------------------

    def show_error(self, text: str) -> None:
        self.message.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.message.setText(text)
        self.message.show()

    def show_info(self, text: str) -> None:
        self.message.setStyleSheet("")
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _run(self, what: str, fn: Callable[..., Any], *args: Any,
             done: Callable[[Any], None] | None = None) -> None:
        """One action in a worker; buttons wait for it; libvirt's message if it fails."""
        self._jobs += 1
        self._update_buttons()

        def finished(result: Any) -> None:
            self._jobs -= 1
            self._update_buttons()
            if done is not None:
                done(result)

        def failed(exc: BaseException) -> None:
            self._jobs -= 1
            self._show_current()  # e.g. put the autostart box back
            self.show_error(f"Could not {what}: {error_text(exc)}")

        self.show_info("")
        self.conn.run(fn, *args, context=self, done=finished, failed=failed)

    def _confirm(self, title: str, text: str, action: Callable[[], None]) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, title, text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAccessibleName(title)
        box.finished.connect(
            lambda _r: action() if box.clickedButton() is box.button(QMessageBox.StandardButton.Yes)
            else None)
        box.finished.connect(box.deleteLater)
        self.confirm_box = box
        box.open()

    # -- actions ------------------------------------------------------------------------------------

    def add_network(self) -> None:
        if self.wizard is not None:
            self.wizard.raise_()
            return
        self.wizard = NetworkWizard(self.conn, self)
        self.wizard.created.connect(self._created)
        self.wizard.finished.connect(self._wizard_closed)
        self.wizard.open()

    def _created(self, uuid: str) -> None:
        if not self.select_uuid(uuid):
            self._select_when_seen = uuid

    def _wizard_closed(self, _result: int) -> None:
        if self.wizard is not None:
            self.wizard.deleteLater()
        self.wizard = None

    def start_network(self) -> None:
        info = self.current()
        if info is not None:
            uuid = info.record.uuid
            self._run(f"start '{info.record.name}'", netops.start_network, uuid,
                      done=lambda _r: self.conn.refresh("network", uuid))

    def stop_network(self) -> None:
        info = self.current()
        if info is None:
            return
        name, uuid = info.record.name, info.record.uuid

        def ask(users: list[NetworkUser]) -> None:
            running = [u for u in users if u.active]
            text = f"Stop network '{name}'?"
            if running:
                text += (f"\n\nThese running VMs use it and will lose their connection: "
                         f"{_names(running)}.")
            self._confirm("Stop network", text, lambda: self._run(
                f"stop '{name}'", netops.stop_network, uuid,
                done=lambda _r: self.conn.refresh("network", uuid)))

        self._run("list the VMs on the network", netops.network_users, name, info.bridge, done=ask)

    def delete_network(self) -> None:
        info = self.current()
        if info is None:
            return
        name, uuid, active = info.record.name, info.record.uuid, info.record.active

        def ask(users: list[NetworkUser]) -> None:
            running = [u for u in users if u.active]
            if running and active:
                self.show_error(f"'{name}' is in use by running VMs: {_names(running)}. "
                                "Shut them down or move their network cards first.")
                return
            text = f"Delete network '{name}'?"
            if active:
                text += " It is running and will be stopped first."
            if users:
                text += f"\n\nThese VMs refer to it and will not start until changed: {_names(users)}."
            self._confirm("Delete network", text, lambda: self._run(
                f"delete '{name}'", netops.delete_network, uuid,
                done=lambda _r: self.conn.refresh("network", uuid)))

        self._run("list the VMs on the network", netops.network_users, name, info.bridge, done=ask)

    def _autostart_toggled(self, on: bool) -> None:
        info = self.current()
        if info is not None:
            uuid = info.record.uuid
            # No event tells of an autostart change: read the network back after it.
            self._run("change autostart", netops.set_autostart, uuid, on,
                      done=lambda _r: self.conn.refresh("network", uuid))

    def edit_xml(self) -> None:
        info = self.current()
        if info is None:
            return
        dialog = XmlEditorDialog(self.conn, "network", info.record.uuid, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
