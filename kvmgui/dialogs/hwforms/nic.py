"""Add hardware: a network interface."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from kvmgui.dialogs.hwforms.base import HardwareForm, Job, items, row
from kvmgui.dialogs.hwforms.nicsource import (
    NIC_MODELS,
    SOURCE_TYPES,
    StoppedNetworkShown,
    fill_modes,
    fill_sources,
    network_note,
    source_name,
    source_problem,
    source_type_words,
    start_network_box,
)
from kvmgui.libvirt import domainops, netfix
from kvmgui.libvirt.connection import Connection
from kvmgui.models.words import said
from kvmgui.utils.tr import fill
from kvmgui.xml.base import to_xml
from kvmgui.xml.device_specs import (
    NicSpec,
    build_interface,
    generate_mac,
    validate_mac,
    validate_mac_unique,
    validate_nic_model,
)
from kvmgui.xml.devices import Kind
from kvmgui.xml.domain import DomainDoc, interface_macs

if TYPE_CHECKING:
    def QT_TRANSLATE_NOOP(context: str, text: str) -> str: ...  # returns the text it marks
else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP



class NicForm(StoppedNetworkShown, HardwareForm):
    device_kind = Kind.INTERFACE
    title = QT_TRANSLATE_NOOP("AddHardwareDialog", "Network interface")
    new_name = QT_TRANSLATE_NOOP("AddHardwareDialog", "New network interface")

    def __init__(self, conn: Connection, doc: DomainDoc, parent: QWidget | None = None, *,
                 live: DomainDoc | None = None) -> None:
        super().__init__(conn, doc, parent, live=live)
        f = self.form
        self.source_type = row(f, self.tr("Connect &to:"), QComboBox(self), self.tr("Connect to"))
        for text, kind in SOURCE_TYPES:
            self.source_type.addItem(source_type_words(text), kind)
        self.source = row(f, self.tr("&Source:"), QComboBox(self),
                          self.tr("Network, bridge or host device"))
        self.source.setEditable(True)
        # A stopped network: the VM does not start on it, nor does a running VM take the NIC.
        self.network_note = network_note(self)
        f.addRow(self.network_note)
        self.start_network = start_network_box(self)
        f.addRow("", self.start_network)
        self.mode = row(f, self.tr("macvtap m&ode:"), QComboBox(self), self.tr("macvtap mode"))
        fill_modes(self.mode)
        self.model = row(f, self.tr("&Model:"), QComboBox(self), self.tr("Device model"))
        items(self.model, NIC_MODELS)
        self.auto_mac = row(f, "", QCheckBox(self.tr("&Generate a MAC address"), self),
                            self.tr("Generate a MAC address"))
        self.auto_mac.setChecked(True)
        self.mac = row(f, self.tr("MA&C address:"), QLineEdit(self), self.tr("MAC address"))
        self.mac.setPlaceholderText(self.tr("52:54:00:xx:xx:xx"))
        self.mac.setEnabled(False)
        self.link = row(f, "", QCheckBox(self.tr("&Link up (cable plugged in)"), self),
                        self.tr("Link up"))
        self.link.setChecked(True)
        self.auto_mac.toggled.connect(lambda on: self.mac.setEnabled(not on))
        self.source_type.currentIndexChanged.connect(self._type_changed)
        self._type_changed()
        # Networks started, stopped, defined or gone while the dialog is open.
        for signal in (conn.networks.added, conn.networks.changed, conn.networks.removed):
            signal.connect(self._networks_changed)
        if self.source.count() and not self.source.currentText():
            self.source.setCurrentIndex(0)  # no 'default' network: the first
        self.source.currentIndexChanged.connect(self._show_network_state)
        self.source.editTextChanged.connect(self._show_network_state)
        self._show_network_state()

    def _type_changed(self, *_args: object) -> None:
        kind = self.source_type.currentData()
        fill_sources(self.source, self.conn, kind)
        self.form.setRowVisible(self.mode, kind == "direct")  # with its label: macvtap's alone
        if (edit := self.source.lineEdit()) is not None:  # editable: always
            edit.setPlaceholderText({"network": "default", "bridge": "br0", "direct": "eth0"}[kind])

    def _networks_changed(self, *_args: object) -> None:
        if self.source_type.currentData() == "network":
            fill_sources(self.source, self.conn, "network")  # the choice stays
        self._show_network_state()

    def validate(self) -> str | None:
        kind, name = self.source_type.currentData(), source_name(self.source)
        if not name:
            return self.tr("Choose what the NIC connects to")
        if problem := source_problem(self.conn, kind, name):
            return problem
        if problem := said(validate_nic_model(self.model.currentText(), self.doc.machine or "",
                                              self.doc.arch or "")):
            return problem
        if not self.auto_mac.isChecked():
            mac = self.mac.text().strip()
            return said(validate_mac(mac) or validate_mac_unique(mac, interface_macs(self.doc),
                                                                 self._live_macs()))
        return None

    def _live_macs(self) -> list[str]:
        return interface_macs(self.live) if self.live else []

    def job(self) -> Job:
        mac = (generate_mac(interface_macs(self.doc) + self._live_macs()) if self.auto_mac.isChecked()
               else self.mac.text().strip().lower())
        spec = NicSpec(source_type=self.source_type.currentData(), source=source_name(self.source),
                       model=self.model.currentText(), mac=mac, link_up=self.link.isChecked(),
                       direct_mode=self.mode.currentData())
        change = domainops.add_device(to_xml(build_interface(spec)), fill(self.tr("New NIC %1"), mac))
        if (network := self._stopped_network()) and self.start_network.isChecked():
            return netfix.add_device_on_network, (network, change)
        return domainops.apply_change, (change,)
