"""What a VM's machine type can have, as the host's domain capabilities say
(``virConnectGetDomainCapabilities`` for its emulator, arch, machine and domain type): the
disk buses (q35 and the 'virt', pseries and s390 machines have no IDE, some emulators no
SATA or USB storage), the display types (a QEMU built without SPICE). Read in a worker for
Add hardware's forms and the disk page."""

from __future__ import annotations

from functools import partial

import libvirt
from PySide6.QtCore import QObject, Signal

from kvmgui.libvirt.connection import Connection
from kvmgui.xml.base import XMLParseError
from kvmgui.xml.domain import DomainDoc
from kvmgui.xml.domcaps import DomainCaps, parse_domain_capabilities

Machine = tuple[str, str, str, str]  # emulator, arch, machine type, domain type


def read_machine_caps(conn: libvirt.virConnect, machine: Machine) -> DomainCaps | None:
    """The host's domain capabilities for ``machine``; None where it does not say (the
    test driver, a daemon that cannot read the emulator): the machine's name decides then."""
    emulator, arch, kind, virt_type = machine
    try:
        xml = conn.getDomainCapabilities(emulator or None, arch or None, kind or None,
                                         virt_type or None, 0)
        return parse_domain_capabilities(xml)
    except (libvirt.libvirtError, XMLParseError):
        return None


class MachineCaps(QObject):
    """The domain capabilities of a VM's machine (``caps``: None until known, or where the
    host does not say), read again when the VM's machine changes.

    Signals:
        known(): the capabilities of the VM's machine arrived; check again.
    """

    known = Signal()

    def __init__(self, conn: Connection, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.conn = conn
        self.caps: DomainCaps | None = None
        self._machine: Machine | None = None

    @property
    def disk_buses(self) -> tuple[str, ...] | None:
        """The disk buses the host lists; None when it lists none."""
        return self.caps.disk_buses or None if self.caps is not None else None

    @property
    def graphics_types(self) -> tuple[str, ...] | None:
        """The display types the host lists; None when it lists none."""
        return self.caps.graphics_types or None if self.caps is not None else None

    def follow(self, doc: DomainDoc) -> None:
        """Read the capabilities of ``doc``'s machine, unless they are those read already."""
        machine = (doc.emulator or "", doc.arch or "", doc.machine or "", doc.hypervisor_type or "")
        if machine == self._machine:
            return
        self._machine, self.caps = machine, None
        self.conn.run(read_machine_caps, machine, context=self,
                      done=partial(self._read, machine), failed=lambda _exc: None)

    def _read(self, machine: Machine, caps: DomainCaps | None) -> None:
        if machine == self._machine:  # else the VM's machine changed meanwhile
            self.caps = caps
            self.known.emit()
