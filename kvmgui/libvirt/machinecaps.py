"""What a VM's machine type can have, as the host's domain capabilities say
(``virConnectGetDomainCapabilities`` for its emulator, arch, machine and domain type): the
disk buses (q35 and the 'virt', pseries and s390 machines have no IDE, some emulators no
SATA or USB storage), the display types (a QEMU built without SPICE). Read in the host's
worker once per machine and shared by Add hardware's forms and the disk pages of all its
windows (``HostMachineCaps``), read again after a reconnect."""

from __future__ import annotations

from functools import partial

import libvirt
from PySide6.QtCore import QObject, Signal

from kvmgui.libvirt.connection import Connection, ConnState, StateReason, link_failed
from kvmgui.xml.base import XMLParseError
from kvmgui.xml.domain import DomainDoc
from kvmgui.xml.domcaps import DomainCaps, parse_domain_capabilities

Machine = tuple[str, str, str, str]  # emulator, arch, machine type, domain type


def read_machine_caps(conn: libvirt.virConnect, machine: Machine) -> DomainCaps | None:
    """The host's domain capabilities for ``machine``; None where it does not say (the
    test driver, a daemon that cannot read the emulator): the machine's name decides then.
    A dropped link or a busy daemon is no answer: raised, not kept for the session (the
    answer is shared), and asked again by the next ``follow``."""
    emulator, arch, kind, virt_type = machine
    try:
        xml = conn.getDomainCapabilities(emulator or None, arch or None, kind or None,
                                         virt_type or None, 0)
        return parse_domain_capabilities(xml)
    except XMLParseError:
        return None
    except libvirt.libvirtError as exc:
        if link_failed(exc) or exc.get_error_code() == libvirt.VIR_ERR_OPERATION_TIMEOUT:
            raise
        return None


class HostMachineCaps(QObject):
    """One host's answers, by machine, for every form and page of its windows: over a slow
    link each read is a round trip, and a window with a disk page and the disk and display
    forms asked three times for the same machine. Forgotten when the host connects again
    (its QEMU may have been upgraded meanwhile); ``host_machine_caps`` finds it.

    Signals:
        known(object): the capabilities of a machine (the ``Machine``) arrived.
        forgotten(): a new session: what was known is asked again.
    """

    known = Signal(object)
    forgotten = Signal()

    def __init__(self, conn: Connection) -> None:
        super().__init__(conn)
        self.setObjectName("hostMachineCaps")
        self._conn = conn
        self._caps: dict[Machine, DomainCaps | None] = {}
        self._asked: set[Machine] = set()
        self._session = 0  # an answer read before a reconnect is not kept
        conn.stateChanged.connect(self._conn_state)

    def has(self, machine: Machine) -> bool:
        return machine in self._caps

    def caps(self, machine: Machine) -> DomainCaps | None:
        """What the host said of ``machine``; None until known, or where it does not say."""
        return self._caps.get(machine)

    def ask(self, machine: Machine) -> None:
        """Read ``machine``'s capabilities unless known or being read; ``known`` follows."""
        if machine in self._caps or machine in self._asked:
            return
        self._asked.add(machine)
        self._conn.run(read_machine_caps, machine, context=self,
                       done=partial(self._read, self._session, machine),
                       failed=partial(self._failed, self._session, machine))

    def _read(self, session: int, machine: Machine, caps: DomainCaps | None) -> None:
        if session == self._session:
            self._asked.discard(machine)
            self._caps[machine] = caps
            self.known.emit(machine)

    def _failed(self, session: int, machine: Machine, _exc: BaseException) -> None:
        if session == self._session:
            self._asked.discard(machine)  # not kept: asked again by the next form

    def _conn_state(self, state: ConnState, _reason: StateReason) -> None:
        if state is ConnState.CONNECTED:
            self._session += 1
            self._caps.clear()
            self._asked.clear()
            self.forgotten.emit()


def host_machine_caps(conn: Connection) -> HostMachineCaps:
    """The connection's shared answers, made on first use (a child of the connection)."""
    found = conn.findChild(HostMachineCaps, "hostMachineCaps")
    return found if found is not None else HostMachineCaps(conn)


class MachineCaps(QObject):
    """The domain capabilities of a VM's machine (``caps``: None until known, or where the
    host does not say), read again when the VM's machine changes; the host's answers are
    shared (``HostMachineCaps``).

    Signals:
        known(): the capabilities of the VM's machine arrived; check again.
    """

    known = Signal()

    def __init__(self, conn: Connection, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.conn = conn
        self.caps: DomainCaps | None = None
        self._machine: Machine | None = None
        self._host = host_machine_caps(conn)
        self._host.known.connect(self._read)  # methods: disconnected when this goes
        self._host.forgotten.connect(self._ask_again)

    @property
    def disk_buses(self) -> tuple[str, ...] | None:
        """The disk buses the host lists; None when it lists none."""
        return self.caps.disk_buses or None if self.caps is not None else None

    @property
    def graphics_types(self) -> tuple[str, ...] | None:
        """The display types the host lists; None when it lists none."""
        return self.caps.graphics_types or None if self.caps is not None else None

    def follow(self, doc: DomainDoc) -> None:
        """Read the capabilities of ``doc``'s machine, unless they are those read already
        (or being read; a read that failed is asked again)."""
        machine = (doc.emulator or "", doc.arch or "", doc.machine or "", doc.hypervisor_type or "")
        if machine != self._machine:
            self._machine, self.caps = machine, self._host.caps(machine)
        self._host.ask(machine)

    def _read(self, machine: Machine) -> None:
        if machine == self._machine:  # else another VM's, or this VM's machine changed
            self.caps = self._host.caps(machine)
            self.known.emit()

    def _ask_again(self) -> None:
        if self._machine is not None:  # the answer had until now stays until the new one
            self._host.ask(self._machine)
