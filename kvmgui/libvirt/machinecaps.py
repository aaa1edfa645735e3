"""What a VM's machine type can have, as the host's domain capabilities say
(``virConnectGetDomainCapabilities`` for its emulator, arch, machine and domain type): the
disk buses (q35 and the 'virt', pseries and s390 machines have no IDE, some emulators no
SATA or USB storage), the display types (a QEMU built without SPICE). Read in the host's
worker once per machine and shared by Add hardware's forms and the disk pages of all its
windows and the New VM wizard (``HostMachineCaps``), read again after a reconnect."""

from __future__ import annotations

from functools import partial

import libvirt
from PySide6.QtCore import QObject, Signal

from kvmgui.libvirt.connection import Connection, ConnState, StateReason, error_text, link_failed
from kvmgui.xml.base import XMLParseError
from kvmgui.xml.domain import DomainDoc
from kvmgui.xml.domcaps import DomainCaps, parse_domain_capabilities

Machine = tuple[str, str, str, str]  # emulator, arch, machine type, domain type


class MachineRefused(Exception):  # noqa: N818 (an answer: the host's word, kept)
    """The host refused the question (an unknown machine type, an emulator it cannot
    read): its words, kept for the session as the machine's answer."""


def read_machine_caps(conn: libvirt.virConnect, machine: Machine) -> DomainCaps | None:
    """The host's domain capabilities for ``machine``; None where the driver has none (the
    test driver): the machine's name decides then. A refusal (``MachineRefused``, libvirt's
    words) is an answer too. A dropped link or a busy daemon is no answer: raised, not kept
    for the session (the answer is shared), and asked again by the next ``follow``."""
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
        if exc.get_error_code() in (libvirt.VIR_ERR_NO_SUPPORT, libvirt.VIR_ERR_ARGUMENT_UNSUPPORTED):
            return None
        raise MachineRefused(error_text(exc)) from exc


def canonical(machine: Machine, caps: DomainCaps) -> Machine:
    """The machine as the answer names it: its emulator, and the machine type an alias
    ('q35', 'pc') stands for on this host; the same question, as a VM defined with it asks."""
    emulator, arch, kind, virt_type = machine
    return (caps.emulator or emulator, caps.arch or arch, caps.machine or kind,
            caps.domain_type or virt_type)


class HostMachineCaps(QObject):
    """One host's answers, by machine, for every form and page of its windows: over a slow
    link each read is a round trip, and a window with a disk page and the disk and display
    forms asked three times for the same machine. Forgotten when the host connects again
    (its QEMU may have been upgraded meanwhile); ``host_machine_caps`` finds it.

    An answer is kept under the machine asked and under the one it names (``canonical``),
    not the other way round: an alias may name another machine after a QEMU upgrade.

    Signals:
        known(object): the capabilities of a machine (the ``Machine``) arrived.
        unanswered(object, str): a machine's read failed (libvirt's words), not kept.
        forgotten(): a new session: what was known is asked again.
    """

    known = Signal(object)
    unanswered = Signal(object, str)
    forgotten = Signal()

    def __init__(self, conn: Connection) -> None:
        super().__init__(conn)
        self.setObjectName("hostMachineCaps")
        self._conn = conn
        self._caps: dict[Machine, DomainCaps | None] = {}
        self._refused: dict[Machine, str] = {}
        self._asked: set[Machine] = set()
        self._session = 0  # an answer read before a reconnect is not kept
        conn.stateChanged.connect(self._conn_state)

    def has(self, machine: Machine) -> bool:
        return machine in self._caps

    def caps(self, machine: Machine) -> DomainCaps | None:
        """What the host said of ``machine``; None until known, or where it does not say."""
        return self._caps.get(machine)

    def refusal(self, machine: Machine) -> str:
        """The host's words when it refused the question about ``machine``, else ''."""
        return self._refused.get(machine, "")

    def ask(self, machine: Machine) -> None:
        """Read ``machine``'s capabilities unless known or being read; ``known`` follows."""
        if machine in self._caps or machine in self._asked:
            return
        self._asked.add(machine)
        self._conn.run(read_machine_caps, machine, context=self,
                       done=partial(self._read, self._session, machine),
                       failed=partial(self._failed, self._session, machine))

    def _read(self, session: int, machine: Machine, caps: DomainCaps | None) -> None:
        if session != self._session:
            return
        self._asked.discard(machine)
        self._caps[machine] = caps
        self.known.emit(machine)
        named = canonical(machine, caps) if caps is not None else machine
        if named not in self._caps:
            self._caps[named] = caps
            self.known.emit(named)

    def _failed(self, session: int, machine: Machine, exc: BaseException) -> None:
        if session != self._session:
            return
        self._asked.discard(machine)
        if isinstance(exc, MachineRefused):  # the host's word: kept as the answer
            self._refused[machine] = str(exc)
            self._caps[machine] = None
            self.known.emit(machine)
        else:  # not kept: asked again by the next form
            self.unanswered.emit(machine, error_text(exc))

    def forget(self) -> None:
        """Ask every machine again (a new session, or a New VM wizard opened: the host's
        QEMU or firmware may have changed); answers out now are not kept."""
        self._session += 1
        self._caps.clear()
        self._refused.clear()
        self._asked.clear()
        self.forgotten.emit()

    def _conn_state(self, state: ConnState, _reason: StateReason) -> None:
        if state is ConnState.CONNECTED:
            self.forget()


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
