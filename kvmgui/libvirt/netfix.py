"""The troubleshooter's fixes: what each :class:`~kvmgui.libvirt.netcheck.Fix` does.

``apply_fix(conn, fix, args)`` runs in a worker (``Connection.run``) after the user said yes;
``Connection.preview`` of it gives the ``virsh`` lines to show in that question.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field, replace

import libvirt
from lxml import etree

from kvmgui.libvirt import actions, dhcphosts, domainops, fanout, netops, virsh
from kvmgui.libvirt.gone import gone_is_done
from kvmgui.libvirt.netcheck import Fix
from kvmgui.xml.base import parse_xml
from kvmgui.xml.devices import Device, Interface
from kvmgui.xml.network import MANAGED_MODES, NetworkDoc
from kvmgui.xml.network_hosts import DhcpHost
from kvmgui.xml.words import QT_TRANSLATE_NOOP, Words, listing

LIVE = libvirt.VIR_DOMAIN_AFFECT_LIVE
_UNSUPPORTED = (libvirt.VIR_ERR_NO_SUPPORT, libvirt.VIR_ERR_OPERATION_UNSUPPORTED)


def set_link_up(mac: str) -> domainops.Change:
    def mutate(nic: Device) -> None:
        assert isinstance(nic, Interface)
        nic.link_up = True

    return domainops.update_device(f"interface:{mac.lower()}", mutate,
                                   QT_TRANSLATE_NOOP("DomainChange", "Link").words())


class ReconnectError(Exception):
    """A VM's card could not be plugged back in; ``cause``: libvirt's error."""

    def __init__(self, cause: libvirt.libvirtError) -> None:
        super().__init__(cause.get_error_message() or str(cause))
        self.cause = cause


class NotLiveError(ReconnectError):
    """The host's driver cannot change a running VM's card (a tap stays outside the bridge)."""

    @property
    def words(self) -> Words:
        return QT_TRANSLATE_NOOP(
            "Reconnect", "this host cannot change the card of a running VM: shut it down and "
            "start it again to reconnect it (%1)").words(str(self))


class CardLeftError(ReconnectError):
    """A card's first live change worked, the change back (and one more try) did not: the
    running VM has it on the bridge directly instead of through the network, or the other
    way round, until it shuts down (its definition is untouched)."""

    def __init__(self, mac: str, to_bridge: bool, network: str, bridge: str,
                 cause: libvirt.libvirtError) -> None:
        super().__init__(cause)
        self.mac, self.to_bridge, self.network, self.bridge = mac, to_bridge, network, bridge

    @property
    def words(self) -> Words:
        why = self.cause.get_error_message() or str(self.cause)
        if self.to_bridge:
            return QT_TRANSLATE_NOOP(
                "Reconnect", "its card %1 was left on bridge %2 directly, not through network "
                "'%3', until the VM shuts down: %4").words(self.mac, self.bridge, self.network, why)
        return QT_TRANSLATE_NOOP(
            "Reconnect", "its card %1 was left on network '%2', not on bridge %3 directly, "
            "until the VM shuts down: %4").words(self.mac, self.network, self.bridge, why)


@dataclass(frozen=True, slots=True)
class Reconnected:
    """What :func:`reconnect_nics` did: the VMs plugged back in, and those it could not (why)."""

    done: list[str]
    failed: list[tuple[str, libvirt.libvirtError | ReconnectError]]


def reconnect_nics(conn: libvirt.virConnect, net_uuid: str, only: str | None = None) -> Reconnected:
    """Plug the taps of running VMs on this network into its bridge again.

    A network stopped and started again gets a new bridge, and libvirt leaves the taps of
    running VMs outside it: those of cards on the network, and of cards on its bridge
    itself (type='bridge'). Changing such a card live to the bridge (or the network) and
    back makes libvirt re-add the tap to the bridge, without the guest noticing; the
    definition is untouched. A VM that fails does not keep the others cut off; one that
    stopped or vanished meanwhile has nothing to plug in.
    """
    net = conn.networkLookupByUUIDString(net_uuid)
    name = net.name()
    doc = NetworkDoc.from_string(net.XMLDesc(0))
    bridge = doc.bridge_name
    # Only a bridge libvirt makes for the network goes with it. A host bridge it forwards to
    # stays, taps and all, and qemu refuses a live change between two cards that both end
    # on a host bridge ("unable to change config"): nothing to do there.
    if not bridge or doc.forward_mode not in MANAGED_MODES:
        return Reconnected([], [])
    tapless = conn.getType() == "TEST"  # no live card changes, and no taps cut off either
    result = Reconnected([], [])
    doms = [dom for dom in conn.listAllDomains(libvirt.VIR_CONNECT_LIST_DOMAINS_ACTIVE)
            if only is None or dom.UUIDString() == only]
    # Their XML side by side for a far host (a round trip for all, not one each); the live
    # changes stay one after another on this thread, where the job's journal notes them.
    for dom, xml in fanout.each(conn, doms, lambda dom: dom.XMLDesc(0)):
        try:
            if isinstance(xml, fanout.Failure):
                raise xml.error
            if _reconnect(dom, xml, name, bridge, tapless):
                result.done.append(dom.name())
        except libvirt.libvirtError as exc:
            if not _stopped(dom, exc):
                result.failed.append((dom.name(), exc))
        except ReconnectError as left:
            if not _stopped(dom, left.cause):
                result.failed.append((dom.name(), left))
    return result


def _reconnect(dom: libvirt.virDomain, xml: str, network: str, bridge: str, tapless: bool) -> bool:
    """Plug each card of ``dom`` (its live ``xml``) on the network back in; whether there
    was one."""
    plugged = False
    for nic in parse_xml(xml).findall("./devices/interface"):
        steps = _detour(nic, network, bridge)
        if steps is None:
            continue
        there, back = (etree.tostring(step, encoding="unicode") for step in steps)
        try:
            virsh.update_device(dom, there, LIVE)
        except libvirt.libvirtError as exc:
            if exc.get_error_code() not in _UNSUPPORTED:
                raise
            if tapless:
                continue
            raise NotLiveError(exc) from exc
        try:
            virsh.update_device(dom, back, LIVE)
        except libvirt.libvirtError:
            try:  # half way: the card is not as it was (a busy VM's lock may be free now)
                virsh.update_device(dom, back, LIVE)
            except libvirt.libvirtError as again:
                mac = nic.find("./mac")
                raise CardLeftError("" if mac is None else mac.get("address", ""),
                                    nic.get("type") == "network", network, bridge,
                                    again) from again
        plugged = True
    return plugged


def _stopped(dom: libvirt.virDomain, exc: libvirt.libvirtError) -> bool:
    """Whether ``dom`` failed because it shut down or vanished since the listing."""
    return exc.get_error_code() == libvirt.VIR_ERR_NO_DOMAIN or actions.is_off(dom)


def _raise_first(result: Reconnected) -> None:
    if result.failed:
        raise result.failed[0][1]


def _detour(nic: etree._Element, network: str, bridge: str) -> list[etree._Element] | None:
    """The two live changes that put ``nic`` back into ``bridge``, or None when it is not
    on this network. libvirt moves a tap only when the card's type or bridge changes."""
    source = nic.find("./source")
    if source is None:
        return None
    there = copy.deepcopy(nic)
    there_source = there.find("./source")
    assert there_source is not None
    there_source.attrib.clear()
    back = copy.deepcopy(nic)
    if nic.get("type") == "network" and source.get("network") == network:
        there.set("type", "bridge")
        there_source.set("bridge", bridge)
        back_source = back.find("./source")
        assert back_source is not None
        for attr in ("portid", "bridge"):  # the port of the old bridge is gone
            if attr in back_source.attrib:
                del back_source.attrib[attr]
    elif nic.get("type") == "bridge" and source.get("bridge") == bridge:
        there.set("type", "network")
        there_source.set("network", network)
    else:
        return None
    return [there, back]


def start_unless_running(conn: libvirt.virConnect, net_uuid: str) -> None:
    """Start the network; one that someone started since the checks counts as started."""
    net = conn.networkLookupByUUIDString(net_uuid)
    if not net.isActive():
        _start(net)


def _start(net: libvirt.virNetwork) -> bool:
    """Start ``net``, seen stopped by the caller: False when someone started it since
    (libvirt refuses: "network is already active"), which is no failure."""
    try:
        virsh.net_start(net)
    except libvirt.libvirtError:
        if net.isActive():
            return False
        raise
    return True


def start_and_reconnect(conn: libvirt.virConnect, uuid: str,
                        ) -> tuple[Reconnected, libvirt.libvirtError | None]:
    """Start the network (one started meanwhile elsewhere counts as started), then plug the
    running VMs that use it back into its bridge (their taps left it when the network
    stopped): what that did, or why it could not be tried (the network runs either way)."""
    start_unless_running(conn, uuid)
    try:
        return reconnect_nics(conn, uuid), None
    except libvirt.libvirtError as exc:
        return Reconnected([], []), exc


# -- Networks started for a NIC (Add hardware, the NIC page) ---------------------------------

_STARTED = QT_TRANSLATE_NOOP(
    "Reconnect", "Network %1 was started; reconnected the running VMs on it: %2.")
_STARTED_NOT_TRIED = QT_TRANSLATE_NOOP(
    "Reconnect", "Network %1 was started, but the running VMs on it could not be reconnected: %2")
_STARTED_BUT = QT_TRANSLATE_NOOP(
    "Reconnect", "Network %1 was started and reconnected %2, but could not reconnect %3")
_STARTED_NONE = QT_TRANSLATE_NOOP("Reconnect", "Network %1 was started, but could not reconnect %2")
_VM_FAILED = QT_TRANSLATE_NOOP("Reconnect", "%1: %2")
_AND_THEN = QT_TRANSLATE_NOOP("Reconnect", "%1; %2")
_NOTE = QT_TRANSLATE_NOOP("DomainChange", "%1 %2")


@dataclass(frozen=True, slots=True)
class NetworkStarted:
    """What :func:`start_for_nic` did: whether it started the network (one that runs is left
    as it is), and what plugging the running VMs on it back in did, or why it was not tried."""

    name: str
    started: bool
    reconnected: Reconnected = field(default_factory=lambda: Reconnected([], []))
    failure: libvirt.libvirtError | None = None
    # The running VMs on it before it started (UUIDs; None: not known): the undo
    # (``stop_network``) leaves it running for any other.
    users: frozenset[str] | None = None

    @property
    def words(self) -> Words | None:
        """What was done besides the change (None: nothing to say)."""
        done = listing(tuple(sorted(self.reconnected.done)))
        if self.failure is not None:
            return _STARTED_NOT_TRIED.words(self.name, self.failure.get_error_message()
                                            or str(self.failure))
        if self.reconnected.failed:
            failed: Words | str = ""
            for vm, exc in sorted(self.reconnected.failed, key=lambda f: f[0]):
                one = _VM_FAILED.words(vm, _why(exc))
                failed = _AND_THEN.words(failed, one) if failed else one
            return (_STARTED_BUT.words(self.name, done, failed) if self.reconnected.done
                    else _STARTED_NONE.words(self.name, failed))
        return _STARTED.words(self.name, done) if self.reconnected.done else None

    def told(self, result: domainops.ApplyResult) -> domainops.ApplyResult:
        """``result`` of the change, saying also what starting the network did."""
        if (words := self.words) is None:
            return result
        failed = self.failure is not None or bool(self.reconnected.failed)
        return replace(result, note=words if result.note is None else _NOTE.words(result.note, words),
                       note_warns=result.note_warns or failed)


def _why(exc: libvirt.libvirtError | ReconnectError) -> Words | str:
    if isinstance(exc, (NotLiveError, CardLeftError)):
        return exc.words
    return str(exc) if isinstance(exc, ReconnectError) else exc.get_error_message() or str(exc)


def start_for_nic(conn: libvirt.virConnect, network: str) -> NetworkStarted:
    """Start the virtual network ``network`` unless it runs (``NetworkStartError``), then,
    as the networks panel's Start does, plug the running VMs' cards on it back into its
    bridge (they left it when it stopped)."""
    net = conn.networkLookupByName(network)
    if net.isActive():
        return NetworkStarted(network, False)
    users = _running_users(conn, net)
    try:
        started = _start(net)
    except libvirt.libvirtError as exc:
        raise domainops.NetworkStartError(network, exc.get_error_message() or str(exc)) from exc
    if not started:  # started elsewhere meanwhile: not ours to stop
        return NetworkStarted(network, False)
    try:
        return NetworkStarted(network, True, reconnect_nics(conn, net.UUIDString()), users=users)
    except libvirt.libvirtError as exc:
        return NetworkStarted(network, True, failure=exc, users=users)


def _running_users(conn: libvirt.virConnect, net: libvirt.virNetwork) -> frozenset[str] | None:
    """The running VMs with a card on ``net`` (or its bridge): UUIDs; None when not known."""
    try:
        return frozenset(u.uuid for u in netops.network_users(conn, net.name(), _own_bridge(net))
                         if u.active)
    except libvirt.libvirtError:
        return None


def _own_bridge(net: libvirt.virNetwork) -> str:
    doc = NetworkDoc.from_string(net.XMLDesc(0))
    return netops.own_bridge(doc.forward_mode, doc.bridge_name or "")


def stop_network(conn: libvirt.virConnect, start: NetworkStarted, failure: domainops.Label) -> None:
    """Stop again the network ``start_for_nic`` started (``start``) for a change that then
    failed (why: ``failure``), so the host is as it was; ``NetworkLeftRunningError`` when it
    cannot. One stopped meanwhile (elsewhere) is stopped as the undo asks; a transient one is
    gone. A VM that started using it meanwhile keeps it running (``NetworkInUseError``)."""
    network = start.name
    try:
        with gone_is_done(libvirt.VIR_ERR_NO_NETWORK):
            net = conn.networkLookupByName(network)
            if net.isActive():
                new = [u.name for u in netops.network_users(conn, network, _own_bridge(net))
                       if u.active and (start.users is None or u.uuid not in start.users)]
                if new:
                    raise domainops.NetworkInUseError(network, failure, new)
            netops.destroy(net)
    except libvirt.libvirtError as exc:
        raise domainops.NetworkLeftRunningError(network, failure,
                                                exc.get_error_message() or str(exc)) from exc


def add_device_on_network(conn: libvirt.virConnect, uuid: str, network: str,
                          change: domainops.Change) -> domainops.ApplyResult:
    """Start the virtual network ``network`` unless it runs (``start_for_nic``), then
    ``change`` (a new NIC on it): on a stopped network the VM does not start, nor does a
    running VM take the NIC. When the change fails, a network started for it is stopped again."""
    start = start_for_nic(conn, network)
    try:
        return start.told(domainops.apply_change(conn, uuid, change))
    except Exception as exc:
        if start.started:
            stop_network(conn, start, _reason(exc))
        raise


def _reason(exc: BaseException) -> domainops.Label:
    """Why a step failed: our own error's words, else libvirt's message."""
    words = getattr(exc, "words", None)
    if isinstance(words, Words):
        return words
    return (exc.get_error_message() or str(exc)) if isinstance(exc, libvirt.libvirtError) else str(exc)


def apply_fix(conn: libvirt.virConnect, fix: Fix, args: tuple[str, ...]) -> None:
    """Do ``fix`` with the ``fix_args`` of the result that offered it."""
    match fix:
        case Fix.START_VM:
            actions.start(conn, args[0])
        case Fix.SET_LINK_UP:
            uuid, mac = args
            domainops.apply_change(conn, uuid, set_link_up(mac))
        case Fix.START_NETWORK:
            start_unless_running(conn, args[0])
            _raise_first(reconnect_nics(conn, args[0]))
        case Fix.RECONNECT_NIC:
            _raise_first(reconnect_nics(conn, args[0], only=args[1]))
        case Fix.ENABLE_DHCP:
            net_uuid, start, end = args
            dhcphosts.add_dhcp_range(conn, net_uuid, start, end)
        case Fix.REMOVE_RESERVATION:
            net_uuid, mac, name, ip = args
            dhcphosts.remove_dhcp_host(conn, net_uuid, DhcpHost(mac, name, ip))
