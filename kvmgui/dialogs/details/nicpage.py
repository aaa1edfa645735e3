"""A NIC: source, model, MAC and link state; its IP addresses and SSH."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from kvmgui.dialogs.addhw import NIC_MODELS, SOURCE_TYPES, fill_sources, source_name
from kvmgui.dialogs.details.addressbox import AddressBox
from kvmgui.dialogs.details.devicepage import DevicePage
from kvmgui.libvirt import domainops
from kvmgui.libvirt.addresses import AddressReport
from kvmgui.libvirt.connection import Connection
from kvmgui.libvirt.domainops import Change
from kvmgui.models.domainwatcher import DomainView
from kvmgui.xml.device_specs import validate_mac, validate_mac_unique
from kvmgui.xml.devices import Device, Interface
from kvmgui.xml.domain import interface_macs


class NicPage(DevicePage):
    editable = True

    def __init__(self, conn: Connection, device: Device, settings: QSettings | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(device, parent)
        self.conn = conn
        self.source_type = self.add_row("Source &type:", QComboBox(self), "Source type")
        for text, kind in SOURCE_TYPES:
            self.source_type.addItem(text, kind)
        self.source = self.add_row("&Source:", QComboBox(self), "Source")
        self.source.setEditable(True)
        self.model = self.add_row("&Model:", QComboBox(self), "Device model")
        self.model.setEditable(True)
        self.model.addItems(NIC_MODELS)
        self.mac = self.add_row("MA&C address:", QLineEdit(self), "MAC address")
        self.link = self.add_row("", QCheckBox("&Link up (cable plugged in)", self), "Link up")
        self.finish_layout()
        self.addresses = AddressBox(settings, self)
        self.body_layout.insertWidget(1, self.addresses)
        self.source_type.currentIndexChanged.connect(
            lambda _i: fill_sources(self.source, conn, self.source_type.currentData()))
        self.track(self.source_type, self.source, self.model, self.mac, self.link)

    def load(self, view: DomainView) -> None:
        nic = self.device(view)
        if not isinstance(nic, Interface):
            return
        index = self.source_type.findData(nic.source_type)
        self.source_type.setCurrentIndex(max(index, 0))
        fill_sources(self.source, self.conn, nic.source_type)
        current = self.source.findData(nic.source)
        if current >= 0:
            self.source.setCurrentIndex(current)
        else:
            self.source.setEditText(nic.source or "")
        self.model.setEditText(nic.model or "")
        self.mac.setText(nic.mac or "")
        self.link.setChecked(nic.link_up)
        self.addresses.mac = (nic.mac or "").lower() or None
        self.addresses.on_network = nic.source_type == "network"

    def show_addresses(self, report: AddressReport) -> None:
        self.addresses.show_report(report)

    def validate(self) -> str | None:
        if not source_name(self.source):
            return "Choose the network, bridge or host device this NIC connects to"
        mac = self.mac.text().strip()
        if problem := validate_mac(mac):
            return problem
        nic = self.device()
        own = (nic.mac or "").lower() if isinstance(nic, Interface) else ""
        others = [m for m in interface_macs(self.view.doc) if m != own] if self.view else []
        return validate_mac_unique(mac, others)

    def build_change(self) -> Change | None:
        kind, name = self.source_type.currentData(), source_name(self.source)
        model, mac, up = self.model.currentText().strip(), self.mac.text().strip().lower(), \
            self.link.isChecked()

        def mutate(nic: Device) -> None:
            assert isinstance(nic, Interface)
            if (kind, name) != (nic.source_type, nic.source):
                nic.set_source(kind, name)
            nic.model = model or None
            nic.mac = mac
            nic.link_up = up

        return domainops.update_device(self.key, mutate, f"Network interface {mac}")
