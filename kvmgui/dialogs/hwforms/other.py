"""Add hardware's forms of a few fields: a serial port or console, a random number
generator, a display."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QWidget

from kvmgui.dialogs.hwforms.base import HardwareForm, Job, row
from kvmgui.libvirt import domainops
from kvmgui.libvirt.connection import Connection
from kvmgui.libvirt.machinecaps import MachineCaps
from kvmgui.utils.tr import fill
from kvmgui.xml.base import to_xml
from kvmgui.xml.device_specs import (
    ConsoleSpec,
    GraphicsSpec,
    RngSpec,
    SerialSpec,
    build_console,
    build_graphics,
    build_rng,
    build_serial,
)
from kvmgui.xml.devices import Kind
from kvmgui.xml.domain import DomainDoc

if TYPE_CHECKING:
    def QT_TRANSLATE_NOOP(context: str, text: str) -> str: ...  # returns the text it marks
else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP



class SerialForm(HardwareForm):
    device_kind = Kind.SERIAL
    title = QT_TRANSLATE_NOOP("AddHardwareDialog", "Serial port or console")
    new_name = QT_TRANSLATE_NOOP("AddHardwareDialog", "New serial port or console")

    def __init__(self, conn: Connection, doc: DomainDoc, parent: QWidget | None = None, *,
                 live: DomainDoc | None = None) -> None:
        super().__init__(conn, doc, parent, live=live)
        self.kind = row(self.form, self.tr("&Type:"), QComboBox(self), self.tr("Serial device type"))
        self.kind.addItem(self.tr("Serial port (pty)"), "serial")
        self.kind.addItem(self.tr("Virtio console (pty)"), "console")

    def _next_port(self, kind: Kind) -> int:
        """The lowest port no device of this kind has (a removed port 0 leaves a gap), in
        the definition or the running VM (a port removed stays there until its restart)."""
        devices = self.doc.devices() + (self.live.devices() if self.live else [])
        taken = {d.node.xpath("string(target/@port)") for d in devices if d.kind is kind}
        return next(port for port in range(len(taken) + 1) if str(port) not in taken)

    def job(self) -> Job:
        if self.kind.currentData() == "serial":
            port = self._next_port(Kind.SERIAL)
            xml, what = to_xml(build_serial(SerialSpec(port))), fill(self.tr("New serial port %1"),
                                                                     port)
        else:
            port = self._next_port(Kind.CONSOLE)
            xml, what = to_xml(build_console(ConsoleSpec("virtio", port))), \
                self.tr("New virtio console")
        return domainops.apply_change, (domainops.add_device(xml, what),)


class RngForm(HardwareForm):
    device_kind = Kind.RNG
    title = QT_TRANSLATE_NOOP("AddHardwareDialog", "Random number generator")
    new_name = QT_TRANSLATE_NOOP("AddHardwareDialog", "New random number generator")

    def __init__(self, conn: Connection, doc: DomainDoc, parent: QWidget | None = None) -> None:
        super().__init__(conn, doc, parent)
        self.backend = row(self.form, self.tr("Host &source:"), QComboBox(self),
                           self.tr("Host entropy source"))
        self.backend.setEditable(True)
        self.backend.addItems(["/dev/urandom", "/dev/random", "/dev/hwrng"])

    def validate(self) -> str | None:
        # No spaces or control characters: device names have none (a NUL cannot even be
        # written into the XML).
        if not re.fullmatch(r"/dev/[^\s\x00-\x1f\x7f]+", self.backend.currentText().strip()):
            return self.tr("The entropy source is a host device such as /dev/urandom")
        return None

    def job(self) -> Job:
        xml = to_xml(build_rng(RngSpec(backend=self.backend.currentText().strip())))
        return domainops.apply_change, (domainops.add_device(xml, self.tr("New RNG")),)


class DisplayForm(HardwareForm):
    device_kind = Kind.GRAPHICS
    title = QT_TRANSLATE_NOOP("AddHardwareDialog", "Display (VNC or SPICE)")
    new_name = QT_TRANSLATE_NOOP("AddHardwareDialog", "New display (VNC or SPICE)")

    def __init__(self, conn: Connection, doc: DomainDoc, parent: QWidget | None = None) -> None:
        super().__init__(conn, doc, parent)
        self.kind = row(self.form, self.tr("&Type:"), QComboBox(self), self.tr("Display type"))
        self.kind.addItem("VNC", "vnc")  # protocol names
        self.kind.addItem("SPICE", "spice")
        self.listen = row(self.form, self.tr("&Listen on:"), QComboBox(self),
                          self.tr("Display listens on"))
        self.listen.addItem(fill(self.tr("This host only (%1)"), "127.0.0.1"), "127.0.0.1")
        self.listen.addItem(fill(self.tr("Every address of the host (%1)"), "0.0.0.0"), "0.0.0.0")
        self.machine_caps = MachineCaps(conn, self)  # the display types the host's QEMU has
        self.machine_caps.follow(doc)

    def validate(self) -> str | None:
        # libvirt's QEMU driver takes one display of each type (a VNC one beside a SPICE
        # one), not two of one type.
        kind = self.kind.currentData()
        has = {d.node.get("type") for d in self.doc.devices() if d.kind is Kind.GRAPHICS}
        if kind in has:
            return fill(self.tr("This VM already has a %1 display"), self.kind.currentText())
        self.machine_caps.follow(self.doc)  # the VM's machine may have changed meanwhile
        types = self.machine_caps.graphics_types  # None: not known, libvirt says
        if types is not None and kind not in types:
            # A QEMU built without SPICE (RHEL 9 and its rebuilds): libvirt refuses it only
            # after the round trip.
            # Not one the VM has already: that is refused too.
            others = [self.kind.itemText(i) for i in range(self.kind.count())
                      if self.kind.itemData(i) in types and self.kind.itemData(i) not in has]
            if not others:
                return fill(self.tr("The host's QEMU has no %1 display"), self.kind.currentText())
            return fill(self.tr("The host's QEMU has no %1 display; choose %2"),
                        self.kind.currentText(), others[0])
        return None

    def job(self) -> Job:
        spec = GraphicsSpec(self.kind.currentData(), self.listen.currentData())
        return domainops.apply_change, (domainops.add_device(to_xml(build_graphics(spec)),
                                                             self.tr("New display")),)
