"""The disk buses a VM's machine type can have, as the host's domain capabilities list them
(``<devices><disk><enum name='bus'>``): q35 and the 'virt', pseries and s390 machines have
no IDE, some emulators no SATA or USB storage. Read in a worker for the disk forms."""

from __future__ import annotations

from functools import partial

import libvirt
from PySide6.QtCore import QObject, Signal

from kvmgui.libvirt.connection import Connection
from kvmgui.xml.base import XMLParseError
from kvmgui.xml.domain import DomainDoc
from kvmgui.xml.domcaps import parse_domain_capabilities

Machine = tuple[str, str, str, str]  # emulator, arch, machine type, domain type


def read_disk_buses(conn: libvirt.virConnect, machine: Machine) -> tuple[str, ...] | None:
    """The buses the host lists for ``machine``; None where it does not say (the test
    driver, a daemon that cannot read the emulator): the machine's name decides then."""
    emulator, arch, kind, virt_type = machine
    try:
        xml = conn.getDomainCapabilities(emulator or None, arch or None, kind or None,
                                         virt_type or None, 0)
        return parse_domain_capabilities(xml).disk_buses or None
    except (libvirt.libvirtError, XMLParseError):
        return None


class DiskBuses(QObject):
    """The disk buses of a VM's machine type (``buses``: None until known, or where the
    host does not say), read again when the VM's machine changes.

    Signals:
        known(): the buses of the VM's machine arrived; check again.
    """

    known = Signal()

    def __init__(self, conn: Connection, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.conn = conn
        self.buses: tuple[str, ...] | None = None
        self._machine: Machine | None = None

    def follow(self, doc: DomainDoc) -> None:
        """Read the buses of ``doc``'s machine, unless they are those read already."""
        machine = (doc.emulator or "", doc.arch or "", doc.machine or "", doc.hypervisor_type or "")
        if machine == self._machine:
            return
        self._machine, self.buses = machine, None
        self.conn.run(read_disk_buses, machine, context=self,
                      done=partial(self._read, machine), failed=lambda _exc: None)

    def _read(self, machine: Machine, buses: tuple[str, ...] | None) -> None:
        if machine == self._machine:  # else the VM's machine changed meanwhile
            self.buses = buses
            self.known.emit()
