"""The "Virtual networks" tab of a host: list, details, actions and DHCP leases."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import libvirt
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QMenu,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kvmgui.libvirt import netfix, netops
from kvmgui.libvirt.connection import Connection
from kvmgui.libvirt.gone import gone_is_done
from kvmgui.libvirt.netops import NetworkUser
from kvmgui.models.networks import Column, NetworkInfo, NetworkModel
from kvmgui.models.words import failure_words, reconnect_failures
from kvmgui.panels.base import HostPanel
from kvmgui.panels.leases import LeasesView
from kvmgui.panels.nethosts import NetworkHostsView
from kvmgui.panels.table import RecordTable
from kvmgui.utils import icons
from kvmgui.utils.tr import comma_list, fill
from kvmgui.widgets.commanddialog import CommandDialog, show_commands
from kvmgui.widgets.labels import value_rows
from kvmgui.wizards.network.wizard import NetworkWizard
from kvmgui.xml.network import MANAGED_MODES

if TYPE_CHECKING:
    def QT_TRANSLATE_NOOP(context: str, text: str) -> str: ...  # returns the text it marks
else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP

# (label, accessible name, NetworkInfo attribute) of the details form, translated when shown
DETAILS = [
    (QT_TRANSLATE_NOOP("NetworksPanel", "State:"), QT_TRANSLATE_NOOP("NetworksPanel", "Network state"),
     "state"),
    (QT_TRANSLATE_NOOP("NetworksPanel", "Persistent:"), QT_TRANSLATE_NOOP("NetworksPanel", "Persistent"),
     "persistent"),
    (QT_TRANSLATE_NOOP("NetworksPanel", "Mode:"), QT_TRANSLATE_NOOP("NetworksPanel", "Forward mode"),
     "mode"),
    (QT_TRANSLATE_NOOP("NetworksPanel", "Forward device:"),
     QT_TRANSLATE_NOOP("NetworksPanel", "Forward device"), "forward_dev"),
    (QT_TRANSLATE_NOOP("NetworksPanel", "Bridge:"), QT_TRANSLATE_NOOP("NetworksPanel", "Bridge"),
     "bridge"),
    (QT_TRANSLATE_NOOP("NetworksPanel", "IPv4 network:"),
     QT_TRANSLATE_NOOP("NetworksPanel", "IPv4 network"), "ipv4"),
    (QT_TRANSLATE_NOOP("NetworksPanel", "IPv4 gateway:"),
     QT_TRANSLATE_NOOP("NetworksPanel", "IPv4 gateway"), "gateway4"),
    (QT_TRANSLATE_NOOP("NetworksPanel", "DHCP range:"), QT_TRANSLATE_NOOP("NetworksPanel", "DHCP range"),
     "dhcp"),
    (QT_TRANSLATE_NOOP("NetworksPanel", "IPv6 network:"),
     QT_TRANSLATE_NOOP("NetworksPanel", "IPv6 network"), "ipv6"),
    (QT_TRANSLATE_NOOP("NetworksPanel", "DHCPv6 range:"),
     QT_TRANSLATE_NOOP("NetworksPanel", "DHCPv6 range"), "dhcp6"),
    (QT_TRANSLATE_NOOP("NetworksPanel", "DNS domain:"), QT_TRANSLATE_NOOP("NetworksPanel", "DNS domain"),
     "domain"),
]


def delete_unless_gone(conn: libvirt.virConnect, uuid: str, name: str) -> bool:
    """Delete the network; one deleted meanwhile (elsewhere, while the question was open)
    is what was asked for, no failure. Whether another network of its name is there in its
    place (defined again meanwhile: not deleted)."""
    with gone_is_done(libvirt.VIR_ERR_NO_NETWORK):
        netops.delete_network(conn, uuid)
        return False
    return _replaced(conn, uuid, name)


def stop_unless_gone(conn: libvirt.virConnect, uuid: str, name: str) -> bool:
    """Stop the network; a transient one stopped elsewhere meanwhile is gone: stopped as asked.
    Whether another network of its name runs in its place (redefined meanwhile: not stopped)."""
    with gone_is_done(libvirt.VIR_ERR_NO_NETWORK):
        netops.stop_network(conn, uuid)
        return False
    return _replaced(conn, uuid, name, running=True)


def _replaced(conn: libvirt.virConnect, uuid: str, name: str, running: bool = False) -> bool:
    """Whether a network named ``name`` other than ``uuid`` is there (and running, if asked)."""
    try:
        net = conn.networkLookupByName(name)
    except libvirt.libvirtError as exc:
        if exc.get_error_code() != libvirt.VIR_ERR_NO_NETWORK:
            raise
        return False
    return net.UUIDString() != uuid and (not running or bool(net.isActive()))


def _names(users: list[NetworkUser]) -> str:
    return comma_list(u.name for u in users)


class NetworksPanel(HostPanel):
    """Networks of one host: add (wizard), start, stop, delete, autostart, XML, leases."""

    def __init__(self, conn: Connection, parent: QWidget | None = None) -> None:
        super().__init__(conn, QCoreApplication.translate("NetworksPanel", "Virtual networks panel"),
                         parent)
        self.model = NetworkModel(conn, self)
        self.view = RecordTable(self.model, self, object_name="networkView",
                                accessible_name=self.tr("Virtual networks"), sort_column=Column.NAME,
                                fit_contents=True)
        self.proxy = self.view.proxy
        for col in (Column.AUTOSTART, Column.IPV6, Column.DHCP):
            self.view.hideColumn(col)  # shown in the details; keeps the list narrow

        self.add_button = self.button(self.tr("&Add…"), self.tr("Add network"), self.add_network)
        self.start_button = self.button(self.tr("&Start"), self.tr("Start network"), self.start_network)
        self.stop_button = self.button(self.tr("S&top"), self.tr("Stop network"), self.stop_network)
        self.delete_button = self.button(self.tr("&Delete"), self.tr("Delete network"),
                                         self.delete_network)
        self.xml_button = self.button(self.tr("Edit &XML…"), self.tr("Edit network XML"), self.edit_xml)
        self.command_button = self.button(self.tr("Show &Command"), self.tr("Show command"),
                                          lambda: None)
        self.command_menu = self._command_menu()
        self.command_button.setMenu(self.command_menu)
        self.command_dialog: CommandDialog | None = None
        for button, key in ((self.add_button, "add"), (self.start_button, "start"),
                            (self.stop_button, "stop"), (self.delete_button, "delete"),
                            (self.xml_button, "edit_xml"), (self.command_button, "command")):
            button.setIcon(icons.action_icon(key))
        buttons = self.button_row(self.add_button, self.start_button, self.stop_button,
                                  self.delete_button, self.xml_button, self.command_button)

        details_box = QGroupBox(self.tr("Details"), self)
        form = QFormLayout(details_box)
        self.title = QLabel(details_box)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setObjectName("Network name")
        self.title.setAccessibleDescription(self.tr("Network name"))
        self.title.setStyleSheet("font-weight: bold;")
        form.addRow(self.title)
        self.values = value_rows(form, details_box, [(self.tr(label), self.tr(name), key)
                                                     for label, name, key in DETAILS])
        self.autostart = QCheckBox(self.tr("Start when the host &boots"), details_box)
        self.autostart.setAccessibleName(self.tr("Autostart"))
        form.addRow(self.autostart)

        # Leases, and the static hosts and DNS records edited in place (networkUpdate).
        leases_box = QTabWidget(self)
        leases_box.setAccessibleName(self.tr("Addresses of the network"))
        # Else a screen reader calls the tab list after its current tab (and AT-SPI finds
        # an unnamed one while this panel's tab is hidden).
        leases_box.tabBar().setAccessibleName(self.tr("Addresses of the network"))
        self.leases = LeasesView(conn, leases_box)
        leases_box.addTab(self.leases, self.tr("DHCP &leases"))
        self.hosts = NetworkHostsView(self, leases_box)
        # Scrolled when short: its two tables with their buttons would make the host window
        # taller than a 1280x800 screen in Chinese (803 px).
        hosts_scroll = QScrollArea(leases_box)
        hosts_scroll.setWidget(self.hosts)
        hosts_scroll.setWidgetResizable(True)
        hosts_scroll.setFrameShape(QFrame.Shape.NoFrame)
        hosts_scroll.setAccessibleName(self.tr("Static hosts and DNS"))
        leases_box.addTab(hosts_scroll, self.tr("Static &hosts and DNS"))
        self.hosts_page = hosts_scroll  # the tab that shows ``hosts``
        self.address_tabs = leases_box

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
        splitter.setSizes([420, 640])

        self.message.setObjectName("Network message")
        self.message.setAccessibleDescription(self.tr("Network message"))
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)

        self.autostart.toggled.connect(self._autostart_toggled)
        self.follow(self.view)

    # -- selection and details ---------------------------------------------------------------

    def current(self) -> NetworkInfo | None:
        return self.model.info_at(self.view.current_source_row())

    def show_current(self) -> None:
        info = self.current()
        self.title.setText(info.record.name if info else self.tr("No network selected"))
        for attr, value in self.values.items():
            text = getattr(info, attr) if info else ""
            value.setText(text or "—")
        self.autostart.blockSignals(True)
        self.autostart.setChecked(bool(info and info.record.autostart))
        self.autostart.blockSignals(False)
        self.leases.set_network(info.record.uuid if info else None)
        self.hosts.set_network(info)
        self.update_actions()

    def update_actions(self) -> None:
        info = self.current()
        idle = not self.busy and self.connected  # the rows stay, greyed, while disconnected
        active = bool(info and info.record.active)
        self.add_button.setEnabled(self.connected)
        self.start_button.setEnabled(idle and info is not None and not active)
        self.stop_button.setEnabled(idle and active)
        self.delete_button.setEnabled(idle and info is not None)
        self.autostart.setEnabled(idle and info is not None and info.record.persistent)
        # Defining over a transient network would quietly make it persistent.
        self.xml_button.setEnabled(self.connected and info is not None and info.record.persistent)
        self.command_button.setEnabled(self.connected and info is not None)
        self.hosts.update_actions()

    # -- the virsh line of each action -------------------------------------------------------

    def _command_menu(self) -> QMenu:
        menu = QMenu(self)
        menu.setAccessibleName(self.tr("Show command"))
        menu.aboutToShow.connect(self._fill_command_menu)
        return menu

    def _fill_command_menu(self) -> None:
        """The selected network's actions (worked out when shown: the selection decides)."""
        menu = self.command_menu
        menu.clear()
        info = self.current()
        if info is None:
            return
        items: list[tuple[str, Callable[..., object], tuple[object, ...]]] = [
            (self.tr("Start"), netfix.start_and_reconnect, ()),
            (self.tr("Stop"), netops.stop_network, ()),
            (self.tr("Delete"), netops.delete_network, ())]
        if info.record.persistent:  # libvirt refuses autostart for a transient network
            items += [(self.tr("Autostart on"), netops.set_autostart, (True,)),
                      (self.tr("Autostart off"), netops.set_autostart, (False,))]
        for text, fn, args in items:
            menu.addAction(text, self._command_item(text, fn, args))

    def _command_item(self, what: str, fn: Callable[..., object],
                      args: tuple[object, ...]) -> Callable[[], object]:
        return lambda: self.show_command(what, fn, *args)

    def show_command(self, what: str, fn: Callable[..., object], *args: object) -> CommandDialog | None:
        info = self.current()
        if info is None:
            return None
        title = fill(self.tr("%1 network %2"), what, info.record.name)
        self.command_dialog = show_commands(self.conn, title, self, fn, info.record.uuid, *args)
        return self.command_dialog

    def select_network(self, uuid: str) -> bool:
        """Show this network (the network map asks)."""
        return self.view.select_key(uuid)

    # -- actions ------------------------------------------------------------------------------------

    def add_network(self) -> None:
        self.open_wizard(self._new_wizard)

    def _new_wizard(self) -> NetworkWizard:
        wizard = NetworkWizard(self.conn, self)
        wizard.created.connect(self.view.select_when_seen)
        return wizard

    def _refresh(self, uuid: str) -> None:
        # No event tells of every change (autostart has none): read the network back.
        self.conn.refresh("network", uuid)

    def start_network(self) -> None:
        info = self.current()
        if info is not None:
            name, uuid = info.record.name, info.record.uuid
            self.run_job(fill(self.tr("start '%1'"), name), netfix.start_and_reconnect, uuid,
                         done=lambda result: self._started(name, uuid, *result))

    def _started(self, name: str, uuid: str, vms: netfix.Reconnected,
                 failure: libvirt.libvirtError | None) -> None:
        self._refresh(uuid)
        done = comma_list(sorted(vms.done))
        # Started as asked: a VM left cut off is a warning, as on the NIC page (NetworkStarted).
        if failure is not None:
            self.show_warning(fill(self.tr("Started '%1', but could not reconnect the running VMs "
                                           "that use it: %2"), name, failure_words(failure)))
        elif vms.failed:
            why = reconnect_failures(vms.failed)
            self.show_warning(
                fill(self.tr("Started '%1' and reconnected %2, but could not reconnect %3"),
                     name, done, why) if vms.done
                else fill(self.tr("Started '%1', but could not reconnect %2"), name, why))
        elif vms.done:
            self.show_info(fill(self.tr("Started '%1' and reconnected the running VMs that use "
                                        "it: %2."), name, done))

    def stop_network(self) -> None:
        info = self.current()
        if info is None:
            return
        name, uuid, persistent = info.record.name, info.record.uuid, info.record.persistent
        own = info.forward_mode in MANAGED_MODES

        def ask(users: list[NetworkUser]) -> None:
            running = [u for u in users if u.active]
            text = fill(self.tr("Stop network '%1'?"), name)
            if running and not own:  # libvirt leaves a host bridge, macvtap or VF as it is
                text = fill(self.tr("Stop network '%1'?\n\nThese running VMs use it and stay "
                                    "connected (libvirt leaves their cards as they are), but once "
                                    "shut down will not start until it runs again: %2."),
                            name, _names(running))
            elif running:
                text = fill(self.tr("Stop network '%1'?\n\nThese running VMs use it and will lose "
                                    "their connection: %2."), name, _names(running))
            if not persistent:
                text += "\n\n" + self.tr("It is transient: once stopped, it is gone for good "
                                          "(libvirt keeps no definition of it).")
            self.confirm(self.tr("Stop network"), text, lambda: self.run_job(
                fill(self.tr("stop '%1'"), name), stop_unless_gone, uuid, name,
                done=lambda replaced: self._stopped(name, uuid, replaced)))

        self.run_job(self.tr("list the VMs on the network"), netops.network_users, name,
                     netops.own_bridge(info.forward_mode, info.bridge), done=ask)

    def _stopped(self, name: str, uuid: str, replaced: bool) -> None:
        self._refresh(uuid)
        if replaced:
            self.show_error(fill(self.tr("'%1' was replaced meanwhile and was not stopped."), name))

    def delete_network(self) -> None:
        info = self.current()
        if info is None:
            return
        name, uuid, active = info.record.name, info.record.uuid, info.record.active

        def ask(users: list[NetworkUser]) -> None:
            running = [u for u in users if u.active]
            if running and active:
                self.show_error(fill(self.tr("'%1' is in use by running VMs: %2. Shut them down or "
                                             "move their network cards first."), name, _names(running)))
                return
            text = fill(self.tr("Delete network '%1'? It is running and will be stopped first.")
                        if active else self.tr("Delete network '%1'?"), name)
            if users:
                text += "\n\n" + fill(self.tr("These VMs refer to it and will not start until "
                                               "changed: %1."), _names(users))
            self.confirm(self.tr("Delete network"), text, lambda: self.run_job(
                fill(self.tr("delete '%1'"), name), delete_unless_gone, uuid, name,
                done=lambda replaced: self._deleted(name, uuid, replaced)))

        self.run_job(self.tr("list the VMs on the network"), netops.network_users, name,
                     netops.own_bridge(info.forward_mode, info.bridge), done=ask)

    def _deleted(self, name: str, uuid: str, replaced: bool) -> None:
        self._refresh(uuid)
        if replaced:
            self.show_error(fill(self.tr("'%1' was replaced meanwhile and was not deleted."), name))

    def _autostart_toggled(self, on: bool) -> None:
        info = self.current()
        if info is not None:
            uuid = info.record.uuid
            self.run_job(self.tr("change autostart"), netops.set_autostart, uuid, on,
                         done=lambda _r: self._refresh(uuid))

    def edit_xml(self) -> None:
        info = self.current()
        if info is not None:
            self.xmlEditRequested.emit("network", info.record.uuid)
