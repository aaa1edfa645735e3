"""Add hardware to a VM: a NIC, a disk, a serial port or console, or an RNG.

Forms validate inline before any libvirt call. The dialog runs the change itself
and stays open when libvirt refuses, with libvirt's message and the user's input.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import replace
from functools import partial
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QRadioButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kvmgui.libvirt import domainops
from kvmgui.libvirt.connection import Connection, error_text
from kvmgui.libvirt.domainops import ApplyResult
from kvmgui.widgets import a11y, itemviews
from kvmgui.widgets.labels import MessageLine
from kvmgui.xml.base import to_xml
from kvmgui.xml.device_specs import (
    ConsoleSpec,
    DiskSpec,
    GraphicsSpec,
    NicSpec,
    RngSpec,
    SerialSpec,
    build_console,
    build_disk,
    build_graphics,
    build_interface,
    build_rng,
    build_serial,
    generate_mac,
    validate_disk_bus,
    validate_disk_path,
    validate_mac,
    validate_mac_unique,
)
from kvmgui.xml.devices import Kind
from kvmgui.xml.domain import DomainDoc, interface_macs

SOURCE_TYPES = [("Virtual network", "network"), ("Host bridge", "bridge"),
                ("macvtap (host device)", "direct")]
NIC_MODELS = ["virtio", "e1000e", "rtl8139"]
MACVTAP_MODES = ["bridge", "vepa", "private", "passthrough"]
DISK_BUSES = ["virtio", "sata", "scsi", "usb", "ide"]
GIB = 1024**3
Job = tuple[Callable[..., Any], tuple[Any, ...]]


def fill_sources(combo: QComboBox, conn: Connection, source_type: str) -> None:
    """Offer the host's networks for a virtual network; bridges and devices are typed in."""
    text = combo.currentText()
    combo.clear()
    if source_type == "network":
        for rec in sorted(conn.networks.records(), key=lambda r: r.name):
            combo.addItem(rec.name if rec.active else f"{rec.name} (inactive)", rec.name)
    combo.setEditText(text)


def source_name(combo: QComboBox) -> str:
    index = combo.findText(combo.currentText())
    data = combo.itemData(index) if index >= 0 else None
    return (data or combo.currentText()).strip()


def _row(form: QFormLayout, label: str, field: QWidget, name: str) -> Any:
    field.setAccessibleName(name)
    form.addRow(label, field)
    return field


class HardwareForm(QWidget):
    title = ""

    def __init__(self, conn: Connection, doc: DomainDoc, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conn, self.doc = conn, doc
        self.setAccessibleName(f"New {self.title.lower()}")
        self.form = QFormLayout(self)

    def validate(self) -> str | None:
        return None

    def job(self) -> Job:
        """(function, arguments after (conn, uuid)) to run in a worker."""
        raise NotImplementedError


class NicForm(HardwareForm):
    title = "Network interface"

    def __init__(self, conn: Connection, doc: DomainDoc, parent: QWidget | None = None) -> None:
        super().__init__(conn, doc, parent)
        f = self.form
        self.source_type = _row(f, "Connect &to:", QComboBox(self), "Connect to")
        for text, kind in SOURCE_TYPES:
            self.source_type.addItem(text, kind)
        self.source = _row(f, "&Source:", QComboBox(self), "Network, bridge or host device")
        self.source.setEditable(True)
        self.mode = _row(f, "macvtap m&ode:", QComboBox(self), "macvtap mode")
        self.mode.addItems(MACVTAP_MODES)
        self.model = _row(f, "&Model:", QComboBox(self), "Device model")
        self.model.addItems(NIC_MODELS)
        self.auto_mac = _row(f, "", QCheckBox("&Generate a MAC address", self),
                             "Generate a MAC address")
        self.auto_mac.setChecked(True)
        self.mac = _row(f, "MA&C address:", QLineEdit(self), "MAC address")
        self.mac.setPlaceholderText("52:54:00:xx:xx:xx")
        self.mac.setEnabled(False)
        self.link = _row(f, "", QCheckBox("&Link up (cable plugged in)", self), "Link up")
        self.link.setChecked(True)
        self.auto_mac.toggled.connect(lambda on: self.mac.setEnabled(not on))
        self.source_type.currentIndexChanged.connect(self._type_changed)
        self._type_changed()
        if self.source.count():
            default = self.source.findData("default")
            self.source.setCurrentIndex(max(default, 0))

    def _type_changed(self, *_args: object) -> None:
        kind = self.source_type.currentData()
        fill_sources(self.source, self.conn, kind)
        self.mode.setEnabled(kind == "direct")
        self.source.lineEdit().setPlaceholderText(
            {"network": "default", "bridge": "br0", "direct": "eth0"}[kind])

    def validate(self) -> str | None:
        kind, name = self.source_type.currentData(), source_name(self.source)
        if not name:
            return "Choose what the NIC connects to"
        if kind == "network" and name not in {r.name for r in self.conn.networks.records()}:
            return f"This host has no virtual network named '{name}'"
        if kind != "network" and not re.fullmatch(r"[\w.:-]{1,15}", name):
            return f"'{name}' is not a host interface name"
        if not self.auto_mac.isChecked():
            mac = self.mac.text().strip()
            return validate_mac(mac) or validate_mac_unique(mac, interface_macs(self.doc))
        return None

    def job(self) -> Job:
        mac = (generate_mac(interface_macs(self.doc)) if self.auto_mac.isChecked()
               else self.mac.text().strip().lower())
        spec = NicSpec(source_type=self.source_type.currentData(), source=source_name(self.source),
                       model=self.model.currentText(), mac=mac, link_up=self.link.isChecked(),
                       direct_mode=self.mode.currentText())
        xml = to_xml(build_interface(spec))
        return domainops.apply_change, (domainops.add_device(xml, f"New NIC {mac}"),)


class DiskForm(HardwareForm):
    title = "Disk"

    def __init__(self, conn: Connection, doc: DomainDoc, parent: QWidget | None = None) -> None:
        super().__init__(conn, doc, parent)
        f = self.form
        self.device = _row(f, "&Device:", QComboBox(self), "Device type")
        self.device.addItem("Hard disk", "disk")
        self.device.addItem("CD-ROM", "cdrom")
        self.new_volume = _row(f, "", QRadioButton("Create a &new volume", self),
                               "Create a new volume")
        self.pool = _row(f, "&Pool:", QComboBox(self), "Storage pool")
        for rec in sorted(conn.pools.records(), key=lambda r: r.name):
            if rec.active:
                self.pool.addItem(f"{rec.name} ({rec.available / GIB:.0f} GiB free)", rec.name)
        self.volume = _row(f, "&Volume name:", QLineEdit(self._volume_name(), self), "Volume name")
        self.capacity = _row(f, "Si&ze:", QSpinBox(self), "Size")
        self.capacity.setRange(1, 64 * 1024)
        self.capacity.setValue(10)
        self.capacity.setSuffix(" GiB")
        self.format = _row(f, "&Format:", QComboBox(self), "Volume format")
        self.format.addItems(["qcow2", "raw"])
        self.existing = _row(f, "", QRadioButton("Use an &existing image", self),
                             "Use an existing image")
        self.path = _row(f, self.tr("Image pat&h:"), QLineEdit(self), "Image path")
        self.path.setPlaceholderText("/var/lib/libvirt/images/disk.qcow2")
        self.bus = _row(f, "&Bus:", QComboBox(self), "Disk bus")
        self.bus.addItems(DISK_BUSES)
        self.readonly = _row(f, "", QCheckBox("&Read-only", self), "Read-only")
        (self.new_volume if self.pool.count() else self.existing).setChecked(True)
        self.new_volume.setEnabled(self.pool.count() > 0)
        for signal in (self.new_volume.toggled, self.device.currentIndexChanged):
            signal.connect(self._mode_changed)
        self.format.currentTextChanged.connect(self._format_changed)
        self._mode_changed()

    def _volume_name(self) -> str:
        taken = len(self.doc.disk_targets())
        return f"{self.doc.name or 'vm'}-{taken + 1}.qcow2"

    def _format_changed(self, fmt: str) -> None:
        base = self.volume.text().rsplit(".", 1)[0]
        self.volume.setText(f"{base}.{fmt}")

    def _mode_changed(self, *_args: object) -> None:
        cdrom = self.device.currentData() == "cdrom"
        if cdrom:
            self.existing.setChecked(True)
            if self.bus.currentText() == "virtio":
                self.bus.setCurrentText("sata")
        self.new_volume.setEnabled(not cdrom and self.pool.count() > 0)
        creating = self.new_volume.isChecked()
        for w in (self.pool, self.volume, self.capacity, self.format):
            w.setEnabled(creating)
        self.path.setEnabled(not creating)
        self.readonly.setEnabled(not cdrom)

    def validate(self) -> str | None:
        device = self.device.currentData()
        if problem := validate_disk_bus(device, self.bus.currentText()):
            return problem
        if self.new_volume.isChecked():
            name = self.volume.text().strip()
            if not self.pool.currentData():
                return "Choose a storage pool"
            if not name or "/" in name or name.startswith("."):
                return "Enter a volume name without '/'"
            return None
        path = self.path.text().strip()
        if device == "cdrom" and not path:
            return None  # an empty drive
        if not os.path.isabs(path):
            return "Enter the absolute path of the image"
        # A remote host's files cannot be looked at from here: every other check applies.
        exists = os.path.exists if self.conn.is_local else (lambda _p: True)
        return validate_disk_path(path, exists=exists)

    def _spec(self, path: str | None) -> DiskSpec:
        device = self.device.currentData()
        fmt = self.format.currentText() if self.new_volume.isChecked() else None
        if fmt is None and path and device == "disk":
            fmt = "qcow2" if path.endswith(".qcow2") else "raw"
        return DiskSpec(path=path, device=device, bus=self.bus.currentText(), format=fmt,
                        readonly=self.readonly.isChecked())

    def job(self) -> Job:
        taken = tuple(self.doc.disk_targets())
        if self.new_volume.isChecked():
            # Read on the GUI thread: the worker gets the spec, never the widgets.
            return domainops.add_disk_on_new_volume, (
                self.pool.currentData(), self.volume.text().strip(), self.capacity.value() * GIB,
                self.format.currentText(), partial(disk_xml_at, self._spec(None), taken))
        path = self.path.text().strip() or None
        xml = to_xml(build_disk(self._spec(path), taken))
        return domainops.apply_change, (domainops.add_device(xml, "New disk"),)


def disk_xml_at(spec: DiskSpec, taken: tuple[str, ...], path: str) -> str:
    """The disk's XML once its new volume has a path (in the worker: plain data only)."""
    return to_xml(build_disk(replace(spec, path=path), taken))


class SerialForm(HardwareForm):
    title = "Serial port or console"

    def __init__(self, conn: Connection, doc: DomainDoc, parent: QWidget | None = None) -> None:
        super().__init__(conn, doc, parent)
        self.kind = _row(self.form, "&Type:", QComboBox(self), "Serial device type")
        self.kind.addItem("Serial port (pty)", "serial")
        self.kind.addItem("Virtio console (pty)", "console")

    def _next_port(self, kind: Kind) -> int:
        return sum(1 for d in self.doc.devices() if d.kind is kind)

    def job(self) -> Job:
        if self.kind.currentData() == "serial":
            port = self._next_port(Kind.SERIAL)
            xml, what = to_xml(build_serial(SerialSpec(port))), f"New serial port {port}"
        else:
            port = self._next_port(Kind.CONSOLE)
            xml, what = to_xml(build_console(ConsoleSpec("virtio", port))), "New virtio console"
        return domainops.apply_change, (domainops.add_device(xml, what),)


class RngForm(HardwareForm):
    title = "Random number generator"

    def __init__(self, conn: Connection, doc: DomainDoc, parent: QWidget | None = None) -> None:
        super().__init__(conn, doc, parent)
        self.backend = _row(self.form, "Host &source:", QComboBox(self), "Host entropy source")
        self.backend.setEditable(True)
        self.backend.addItems(["/dev/urandom", "/dev/random", "/dev/hwrng"])

    def validate(self) -> str | None:
        if not self.backend.currentText().startswith("/dev/"):
            return "The entropy source is a host device such as /dev/urandom"
        return None

    def job(self) -> Job:
        xml = to_xml(build_rng(RngSpec(backend=self.backend.currentText())))
        return domainops.apply_change, (domainops.add_device(xml, "New RNG"),)


class DisplayForm(HardwareForm):
    title = "Display (VNC or SPICE)"

    def __init__(self, conn: Connection, doc: DomainDoc, parent: QWidget | None = None) -> None:
        super().__init__(conn, doc, parent)
        self.kind = _row(self.form, "&Type:", QComboBox(self), "Display type")
        self.kind.addItem("VNC", "vnc")
        self.kind.addItem("SPICE", "spice")
        self.listen = _row(self.form, "&Listen on:", QComboBox(self), "Display listens on")
        self.listen.addItem("This host only (127.0.0.1)", "127.0.0.1")
        self.listen.addItem("Every address of the host (0.0.0.0)", "0.0.0.0")

    def validate(self) -> str | None:
        if any(d.kind is Kind.GRAPHICS for d in self.doc.devices()):
            return "This VM already has a display"
        return None

    def job(self) -> Job:
        spec = GraphicsSpec(self.kind.currentData(), self.listen.currentData())
        return domainops.apply_change, (domainops.add_device(to_xml(build_graphics(spec)),
                                                             "New display"),)


class AddHardwareDialog(QDialog):
    """Signals:
    applied(ApplyResult): the device was added (see the result's live outcome).
    """

    applied = Signal(object)

    def __init__(self, conn: Connection, uuid: str, doc: DomainDoc,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conn, self.uuid = conn, uuid
        self.busy = False
        self.setWindowTitle(f"Add Hardware — {doc.name}")
        self.setAccessibleName(f"Add hardware to {doc.name}")
        self.resize(640, 420)
        self.forms: dict[str, HardwareForm] = {
            "nic": NicForm(conn, doc, self), "disk": DiskForm(conn, doc, self),
            "serial": SerialForm(conn, doc, self), "graphics": DisplayForm(conn, doc, self),
            "rng": RngForm(conn, doc, self)}
        self.kinds = QListWidget(self)
        self.kinds.setAccessibleName("Kind of hardware")
        self.kinds.setMaximumWidth(200)
        itemviews.follow_selection(self.kinds)  # a kind selected by a screen reader is shown
        self.stack = QStackedWidget(self)
        for form in self.forms.values():
            self.kinds.addItem(form.title)
            self.stack.addWidget(form)
        self.kinds.currentRowChanged.connect(self._kind_chosen)
        self.problem = MessageLine(self, description="Problem", hide_empty=False)
        buttons = QDialogButtonBox(self)
        self.finish_button = buttons.addButton("&Add", QDialogButtonBox.ButtonRole.AcceptRole)
        self.finish_button.setAccessibleName("Add the hardware")
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName("Cancel")
        buttons.accepted.connect(self.finish)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.kinds)
        top.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.kinds.setCurrentRow(0)
        a11y.name_internals(self)  # the text fields of the editable combo boxes

    def _kind_chosen(self, row: int) -> None:
        self.stack.setCurrentIndex(row)
        self.problem.clear()

    def select(self, kind: str) -> HardwareForm:
        self.kinds.setCurrentRow(list(self.forms).index(kind))
        return self.forms[kind]

    def current_form(self) -> HardwareForm:
        return list(self.forms.values())[self.stack.currentIndex()]

    def finish(self) -> None:
        """Validate, then add in a worker; on failure stay open with libvirt's message."""
        if self.busy:
            return
        form = self.current_form()
        problem = form.validate()
        self.problem.error(problem or "")
        if problem:
            return
        fn, args = form.job()
        self._set_busy(True)
        self.conn.run(fn, self.uuid, *args, done=self._done, failed=self._failed, context=self)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.finish_button.setEnabled(not busy)
        self.stack.setEnabled(not busy)
        if busy:
            self.problem.say("Adding…")

    def _done(self, result: ApplyResult) -> None:
        self._set_busy(False)
        self.applied.emit(result)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.problem.error(f"Not added: {error_text(exc)}")
