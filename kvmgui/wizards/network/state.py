"""What the wizard's pages share: the spec they fill, what the host already has
(networks, and for a local connection this machine's routes), and the problems.

Problems reach the pages as ``Message``s: the key of the field they are about, and their
words in the user's language. The spec check (``kvmgui.xml.network_validate``, no Qt)
words nothing itself; ``message_of`` translates what it found, and the pages' own checks
(text that does not parse) make their ``Message``s with ``tr()``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Signal

from kvmgui.libvirt.netops import HostInterface
from kvmgui.libvirt.records import NetworkRecord
from kvmgui.models.words import say
from kvmgui.utils.tr import fill
from kvmgui.xml.network_spec import ForwardMode, NetworkSpec, suggest_ipv4
from kvmgui.xml.network_validate import (
    HostNetwork,
    HostRoute,
    Problem,
    ValidationContext,
    validate_spec,
)


@dataclass(frozen=True)
class Message:
    """A problem as a page shows it: ``field`` (the spec check's key, which logic compares)
    and ``text``, translated."""

    field: str
    text: str


def message_of(problem: Problem) -> Message:
    """The spec check's problem as a page shows it (its ``Words`` said in the user's language)."""
    return Message(problem.field, say(problem.message))


def missing_device_note(mode: ForwardMode, name: str, ifaces: list[HostInterface]) -> str:
    """What to say of ``name``, the host bridge of a "bridge" network, the interface of a
    macvtap one or the physical function of an SR-IOV one, when the host's interfaces are
    known (``ifaces`` not empty) and it is not among them; else "". Said, not refused:
    libvirt defines the network, only its VMs fail to start, and the device may be made
    later. The Host device page and the hand-written XML check share it."""
    name = name.strip()
    if mode not in (ForwardMode.BRIDGE, ForwardMode.MACVTAP, ForwardMode.HOSTDEV) \
            or not ifaces or not name:
        return ""
    # Any interface will do for an SR-IOV one: whether it has VFs is known only locally.
    if name in {i.name for i in ifaces if mode is not ForwardMode.BRIDGE or i.kind == "bridge"}:
        return ""
    text = (QCoreApplication.translate(
                "DevicePage", "This host has no bridge named %1: virtual machines on this network "
                "cannot start until it exists.") if mode is ForwardMode.BRIDGE else
            QCoreApplication.translate(
                "DevicePage", "This host has no interface named %1: virtual machines on this "
                "network cannot start until it exists."))
    return fill(text, name)


Check = Callable[[], list[Message]]
Store = Callable[[], None]


def host_networks(records: list[NetworkRecord]) -> list[HostNetwork]:
    return [rec.host_network for rec in records]


class WizardState(QObject):
    """Signals:
        validated(list): the problems of the spec (and of the pages' own checks) after an edit.
        contextChanged(): the host's networks or routes changed (suggestions may change).
    """

    validated = Signal(list)
    contextChanged = Signal()

    def __init__(self, spec: NetworkSpec, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.context = ValidationContext()
        self.interfaces: list[HostInterface] = []  # the host's, once known
        self.problems: list[Message] = []
        self._checks: list[Check] = []
        self._stores: list[Store] = []

    def add_page(self, store: Store, check: Check) -> None:
        """A page's writer into the spec, and its own checks for what the spec cannot
        hold (a malformed subnet)."""
        self._stores.append(store)
        self._checks.append(check)

    def edited(self) -> None:
        """Every page writes its widgets into the spec (a mode change decides which
        fields count), then all is checked again."""
        for store in self._stores:
            store()
        self.revalidate()

    def set_networks(self, networks: list[HostNetwork]) -> None:
        if networks == self.context.networks:
            # Most network events change what the checks do not look at (a start, the
            # autostart): checking every page again would redo each problem line for nothing.
            return
        self.context.networks = networks
        self.contextChanged.emit()
        self.revalidate()

    def set_interfaces(self, ifaces: list[HostInterface]) -> None:
        self.interfaces = ifaces
        self.context.interfaces = [i.name for i in ifaces]  # no bridge of ours may take a name
        self.contextChanged.emit()
        self.revalidate()

    def set_routes(self, routes: list[HostRoute] | None) -> None:
        self.context.routes = routes
        self.contextChanged.emit()
        self.revalidate()

    def revalidate(self) -> None:
        problems = [message_of(p) for p in validate_spec(self.spec, self.context)]
        for check in self._checks:
            problems.extend(check())
        self.problems = problems
        self.validated.emit(problems)

    # -- suggestions --------------------------------------------------------------

    def free_ipv4(self) -> tuple[str, int, str, str] | None:
        """(gateway, prefix, dhcp start, dhcp end) of the first free 192.168.N.0/24."""
        return suggest_ipv4(self.context.taken_subnets())

    def free_bridge(self) -> str:
        used = {n.bridge for n in self.context.others() if n.bridge}
        used |= {r.dev for r in self.context.routes or [] if r.dev}
        used |= set(self.context.interfaces or ())
        return next(f"virbr{i}" for i in range(len(used) + 1) if f"virbr{i}" not in used)

    def free_name(self, base: str = "network") -> str:
        used = {n.name for n in self.context.others()}
        if base not in used:
            return base
        return next(f"{base}{i}" for i in range(1, len(used) + 2) if f"{base}{i}" not in used)
