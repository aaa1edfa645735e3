"""The troubleshooter's steps as worker jobs: gather the facts, let ``netcheck`` judge them.

``run_step(conn, step, target, facts, probes)`` runs one :class:`~kvmgui.libvirt.netcheck.Step`
and returns its result and the facts it added. What the test driver cannot give (DHCP leases,
a guest agent) and what this machine shows (its routes, firewall, /proc) comes through
:class:`~kvmgui.libvirt.probes.Probes`, so tests hand in fakes. Reads only: nothing here
changes a host.

Past 400 lines on purpose: one job per step, each next to the fact readers only it uses;
split, a step's reading and its judging inputs would live apart.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Callable, Sequence
from dataclasses import replace

import libvirt

from kvmgui.libvirt import fanout
from kvmgui.libvirt.netcheck import (
    Facts,
    Fix,
    NetworkFacts,
    Nic,
    Outcome,
    Reason,
    Result,
    Step,
    Target,
    addresses_for_mac,
    dhcp_ipv4,
    judge_default_route,
    judge_dhcp,
    judge_lease,
    judge_ping,
    judge_routes,
    judge_static_hosts,
    nat_rule_present,
    ping_name_ok,
)
from kvmgui.libvirt.probes import (
    GuestExecError,
    GuestTimeoutError,
    PermissionDeniedError,
    Probes,
    guest_exec,
)
from kvmgui.utils import ssh
from kvmgui.utils.uris import uri_host
from kvmgui.xml.base import parse_xml
from kvmgui.xml.network import MANAGED_MODES

StepFn = Callable[[libvirt.virConnect, Target, Facts, Probes], "tuple[Result, Facts]"]


def _na(step: Step, reason: Reason, *args: str) -> Result:
    return Result(step, Outcome.NOT_APPLICABLE, reason, args)


def _skip(step: Step, reason: Reason, *args: str) -> Result:
    return Result(step, Outcome.SKIPPED, reason, args)


def _vm_running(conn: libvirt.virConnect, target: Target, facts: Facts,
                _probes: Probes) -> tuple[Result, Facts]:
    dom = conn.lookupByUUIDString(target.uuid)
    running = bool(dom.isActive())
    root = parse_xml(dom.XMLDesc(0))  # live XML while it runs: the link and source it has now
    nic = None
    for el in root.findall("./devices/interface"):
        mac = el.find("./mac")
        if mac is not None and (mac.get("address") or "").lower() == target.mac:
            source = el.find("./source")
            kind = el.get("type", "")
            attr = {"network": "network", "bridge": "bridge", "direct": "dev"}.get(kind, "")
            link = el.find("./link")
            tap = el.find("./target")
            nic = Nic(kind, source.get(attr, "") if source is not None and attr else "",
                      link is None or link.get("state") != "down",
                      tap.get("dev", "") if tap is not None and running else "")
    facts = replace(facts, vm_name=dom.name(), running=running, nic=nic)
    if running:
        return Result(Step.VM_RUNNING, Outcome.PASSED, Reason.VM_RUNS, (dom.name(),)), facts
    return Result(Step.VM_RUNNING, Outcome.FAILED, Reason.VM_STOPPED, (dom.name(),), Fix.START_VM,
                  (target.uuid,)), facts


def _link_up(_conn: libvirt.virConnect, target: Target, facts: Facts,
             _probes: Probes) -> tuple[Result, Facts]:
    if facts.nic is None:
        return Result(Step.LINK_UP, Outcome.FAILED, Reason.NIC_GONE, (target.mac,)), facts
    if facts.nic.link_up:
        return Result(Step.LINK_UP, Outcome.PASSED, Reason.LINK_UP), facts
    return Result(Step.LINK_UP, Outcome.FAILED, Reason.LINK_DOWN, (), Fix.SET_LINK_UP,
                  (target.uuid, target.mac)), facts


def _network_xml(net: libvirt.virNetwork, active: bool) -> str:
    if active:
        return str(net.XMLDesc(0))
    try:
        return str(net.XMLDesc(libvirt.VIR_NETWORK_XML_INACTIVE))
    except libvirt.libvirtError:
        return str(net.XMLDesc(0))


def _network(conn: libvirt.virConnect, target: Target, facts: Facts,
             probes: Probes) -> tuple[Result, Facts]:
    nic = facts.nic
    if nic is None:
        return _na(Step.NETWORK, Reason.EARLIER_FAILED, Step.LINK_UP), facts
    net = None
    if nic.type == "network":
        try:
            net = conn.networkLookupByName(nic.source)
        except libvirt.libvirtError as exc:
            if exc.get_error_code() != libvirt.VIR_ERR_NO_NETWORK:
                raise
            return Result(Step.NETWORK, Outcome.FAILED, Reason.NETWORK_MISSING, (nic.source,)), facts
    elif nic.type == "bridge":
        net = _network_on_bridge(conn, nic.source)  # a libvirt network's bridge, used directly
    if net is None:
        return _na(Step.NETWORK, Reason.NOT_A_NETWORK_NIC, nic.type), facts
    active = bool(net.isActive())
    found = NetworkFacts(net.UUIDString(), net.name(), active, _network_xml(net, active))
    facts = replace(facts, network=found)
    if not active:
        return Result(Step.NETWORK, Outcome.FAILED, Reason.NETWORK_INACTIVE, (net.name(),),
                      Fix.START_NETWORK, (net.UUIDString(),)), facts
    # Plugged into its bridge? A restarted network leaves running VMs' taps outside (libvirt
    # does not reattach them); seen only from here. A host bridge it forwards to stays, and
    # no live change of a card on it moves its tap (reconnect_nics leaves them): no fix.
    bridge = found.doc.bridge_name or ""
    if target.local and facts.running and nic.target_dev and probes.local.has_interface(bridge):
        master = probes.local.bridge_of(nic.target_dev)
        if master is not None and master != bridge:
            if found.doc.forward_mode == "bridge":
                return Result(Step.NETWORK, Outcome.FAILED, Reason.NIC_OUTSIDE_HOST_BRIDGE,
                              (net.name(), nic.target_dev, bridge)), facts
            return Result(Step.NETWORK, Outcome.FAILED, Reason.NIC_UNPLUGGED,
                          (net.name(), nic.target_dev, bridge), Fix.RECONNECT_NIC,
                          (net.UUIDString(), target.uuid)), facts
    return Result(Step.NETWORK, Outcome.PASSED, Reason.NETWORK_ACTIVE, (net.name(),)), facts


def _network_on_bridge(conn: libvirt.virConnect, bridge: str) -> libvirt.virNetwork | None:
    """The libvirt network whose bridge ``bridge`` is (one not read is passed over); a far
    host's networks are read side by side (``fanout.each``)."""
    for net, xml in fanout.each(conn, conn.listAllNetworks(0), lambda net: net.XMLDesc(0)):
        if fanout.refusal(xml) is not None:
            continue
        element = parse_xml(xml).find("./bridge")
        if element is not None and element.get("name") == bridge:
            return net
    return None


def _dhcp(_conn: libvirt.virConnect, _target: Target, facts: Facts,
          _probes: Probes) -> tuple[Result, Facts]:
    nic = facts.nic
    if facts.network is not None:
        return judge_dhcp(facts.network), facts
    if nic is None:
        return _na(Step.DHCP, Reason.EARLIER_FAILED, Step.LINK_UP), facts
    if nic.type == "bridge":
        return _na(Step.DHCP, Reason.OUTSIDE_BRIDGE, nic.source), facts
    if nic.type == "direct":
        return _na(Step.DHCP, Reason.OUTSIDE_MACVTAP, nic.source), facts
    if nic.type == "network":
        return _na(Step.DHCP, Reason.EARLIER_FAILED, Step.NETWORK), facts
    return _na(Step.DHCP, Reason.NOT_A_NETWORK_NIC, nic.type), facts


def _managed_active(facts: Facts, step: Step) -> Result | None:
    """Not applicable unless the NIC's network is a running libvirt network with DHCP of its own."""
    net = facts.network
    if net is None or not net.active:
        return _na(step, Reason.EARLIER_FAILED, Step.NETWORK)
    if net.doc.forward_mode not in MANAGED_MODES:
        return _na(step, Reason.OUTSIDE_NETWORK, net.name, net.doc.forward_mode)
    return None


def _dnsmasq(conn: libvirt.virConnect, _target: Target, facts: Facts,
             probes: Probes) -> tuple[Result, Facts]:
    if (na := _managed_active(facts, Step.DNSMASQ)) is not None:
        return na, facts
    assert facts.network is not None
    try:
        leases = probes.leases(conn.networkLookupByUUIDString(facts.network.uuid))
    except libvirt.libvirtError as exc:
        message = exc.get_error_message() or str(exc)
        if exc.get_error_code() == libvirt.VIR_ERR_NO_SUPPORT:
            return _skip(Step.DNSMASQ, Reason.LEASES_FAILED, message), facts
        return Result(Step.DNSMASQ, Outcome.FAILED, Reason.LEASES_FAILED, (message,)), facts
    facts = replace(facts, leases=tuple(leases))
    return Result(Step.DNSMASQ, Outcome.PASSED, Reason.LEASES_READ, (str(len(leases)),)), facts


def _static_hosts(_conn: libvirt.virConnect, target: Target, facts: Facts,
                  _probes: Probes) -> tuple[Result, Facts]:
    net = facts.network
    if net is None:
        return _na(Step.STATIC_HOSTS, Reason.EARLIER_FAILED, Step.NETWORK), facts
    if net.doc.forward_mode not in MANAGED_MODES:  # judged when stopped too
        return _na(Step.STATIC_HOSTS, Reason.OUTSIDE_NETWORK, net.name, net.doc.forward_mode), facts
    # IPv4 only: a static host pins an IPv4 address; the NIC's DHCPv6 lease is no conflict.
    known = [x.ip for x in facts.leases or () if x.mac == target.mac and x.family == "ipv4"]
    return judge_static_hosts(net, target.mac, known, facts.leases), facts


def _lease(_conn: libvirt.virConnect, target: Target, facts: Facts,
           _probes: Probes) -> tuple[Result, Facts]:
    if (na := _managed_active(facts, Step.LEASE)) is not None:
        return na, facts
    if facts.leases is None:
        return _skip(Step.LEASE, Reason.EARLIER_FAILED, Step.DNSMASQ), facts
    result, lease = judge_lease(target.mac, facts.leases)
    return result, replace(facts, lease=lease)


def _local_nat(step: Step, target: Target, facts: Facts, probes: Probes,
               nat_only: bool = True) -> Result | None:
    """Why a check of this machine's networking does not apply or cannot run, if so."""
    net = facts.network
    if net is None:
        return _na(step, Reason.EARLIER_FAILED, Step.NETWORK)
    mode = net.doc.forward_mode
    if nat_only and mode != "nat":
        return _na(step, Reason.NOT_NAT, mode)
    if mode not in MANAGED_MODES:
        return _na(step, Reason.OUTSIDE_NETWORK, net.name, mode)
    if not target.local:
        return _skip(step, Reason.NOT_LOCAL)
    if not net.active:
        return _na(step, Reason.EARLIER_FAILED, Step.NETWORK)
    bridge = net.doc.bridge_name or ""
    if not probes.local.has_interface(bridge):
        return _skip(step, Reason.OTHER_NAMESPACE, bridge)
    return None


def _ip_forward(_conn: libvirt.virConnect, target: Target, facts: Facts,
                probes: Probes) -> tuple[Result, Facts]:
    if (no := _local_nat(Step.IP_FORWARD, target, facts, probes)) is not None:
        return no, facts
    on = probes.local.ip_forward()
    return Result(Step.IP_FORWARD, Outcome.PASSED if on else Outcome.FAILED,
                  Reason.FORWARD_ON if on else Reason.FORWARD_OFF), facts


def _subnet(facts: Facts) -> str:
    """The IPv4 subnet the card gets its address on (not necessarily the first)."""
    assert facts.network is not None
    ip = dhcp_ipv4(facts.network.doc)
    return str(ip.network) if ip is not None and ip.network is not None else ""


def _nat_rules(_conn: libvirt.virConnect, target: Target, facts: Facts,
               probes: Probes) -> tuple[Result, Facts]:
    if (no := _local_nat(Step.NAT_RULES, target, facts, probes)) is not None:
        return no, facts
    subnet = _subnet(facts)
    if not subnet:  # "" is in every line: any masquerade rule would do
        assert facts.network is not None
        return _na(Step.NAT_RULES, Reason.NO_IPV4, facts.network.name), facts
    try:
        listings = probes.local.firewall_listings()
    except PermissionDeniedError as denied:
        return _skip(Step.NAT_RULES, Reason.NEEDS_ROOT, str(denied)), facts
    if not listings:
        return _skip(Step.NAT_RULES, Reason.NO_FIREWALL_TOOL), facts
    for tool, text in listings:
        if nat_rule_present(text, subnet):
            return Result(Step.NAT_RULES, Outcome.PASSED, Reason.NAT_RULES_FOUND,
                          (tool, subnet)), facts
    tools = ", ".join(tool for tool, _text in listings)
    return Result(Step.NAT_RULES, Outcome.FAILED, Reason.NAT_RULES_MISSING, (subnet, tools)), facts


def _routes(_conn: libvirt.virConnect, target: Target, facts: Facts,
            probes: Probes) -> tuple[Result, Facts]:
    if (no := _local_nat(Step.ROUTES, target, facts, probes, nat_only=False)) is not None:
        return no, facts
    assert facts.network is not None
    doc = facts.network.doc
    ip = dhcp_ipv4(doc)
    if ip is None or ip.network is None:
        return _na(Step.ROUTES, Reason.NO_IPV4, facts.network.name), facts
    return judge_routes(ip.network, doc.bridge_name or "", probes.local.routes()), facts


def _agent(conn: libvirt.virConnect, target: Target, facts: Facts,
           probes: Probes) -> tuple[Result, Facts]:
    if not facts.running:
        return _na(Step.AGENT, Reason.EARLIER_FAILED, Step.VM_RUNNING), facts
    try:
        probes.agent(conn.lookupByUUIDString(target.uuid), "guest-ping", None)
    except libvirt.libvirtError as exc:
        return _skip(Step.AGENT, Reason.NO_AGENT, exc.get_error_message() or str(exc)), facts
    return Result(Step.AGENT, Outcome.PASSED, Reason.AGENT_ANSWERS), replace(facts, agent=True)


def _guest_nic(conn: libvirt.virConnect, target: Target, facts: Facts,
               probes: Probes) -> tuple[Result, Facts]:
    if not facts.agent:
        return _skip(Step.GUEST_NIC, Reason.EARLIER_FAILED, Step.AGENT), facts
    ifaces = probes.agent(conn.lookupByUUIDString(target.uuid), "guest-network-get-interfaces",
                          None) or []
    for iface in ifaces:
        if (iface.get("hardware-address") or "").lower() != target.mac:
            continue
        name = str(iface.get("name", ""))
        v4 = [str(a.get("ip-address")) for a in iface.get("ip-addresses") or []
              if a.get("ip-address-type") == "ipv4"]
        facts = replace(facts, guest_addresses=tuple(v4))
        if v4:
            return Result(Step.GUEST_NIC, Outcome.PASSED, Reason.GUEST_HAS_ADDRESS,
                          (name, ", ".join(v4))), facts
        return Result(Step.GUEST_NIC, Outcome.FAILED, Reason.GUEST_NIC_NO_ADDRESS, (name,)), facts
    return Result(Step.GUEST_NIC, Outcome.FAILED, Reason.GUEST_NO_NIC, (target.mac,)), facts


def _exec_gate(step: Step, target: Target, facts: Facts) -> Result | None:
    if not facts.agent:
        return _skip(step, Reason.EARLIER_FAILED, Step.AGENT)
    if not target.guest_commands:
        return _skip(step, Reason.NO_CONSENT)
    return None


def _gateway(facts: Facts) -> str:
    if facts.network is None:
        return ""
    ip = dhcp_ipv4(facts.network.doc)
    return (ip.address or "") if ip is not None else ""


def _run_in_guest(conn: libvirt.virConnect, target: Target, probes: Probes,
                  argv: Sequence[str]) -> tuple[int, str]:
    try:
        return guest_exec(probes.agent, conn.lookupByUUIDString(target.uuid), argv)
    except libvirt.libvirtError as exc:
        raise GuestExecError(exc.get_error_message() or str(exc)) from exc


def _guest_command(step: Step) -> StepFn:
    def run(conn: libvirt.virConnect, target: Target, facts: Facts,
            probes: Probes) -> tuple[Result, Facts]:
        if (gate := _exec_gate(step, target, facts)) is not None:
            return gate, facts
        if step is Step.GUEST_ADDR:
            _code, out = _run_in_guest(conn, target, probes, ["ip", "a"])
            found = addresses_for_mac(out, target.mac)
            if found:
                return Result(step, Outcome.PASSED, Reason.GUEST_HAS_ADDRESS,
                              ("", ", ".join(found)), output=out), facts
            return Result(step, Outcome.FAILED, Reason.GUEST_NIC_NO_ADDRESS, ("",), output=out), facts
        if step is Step.GUEST_ROUTE:
            _code, out = _run_in_guest(conn, target, probes, ["ip", "route"])
            return judge_default_route(out, _gateway(facts)), facts
        what = {Step.PING_GATEWAY: _gateway(facts), Step.PING_NAME: target.name_to_ping,
                Step.PING_HOST: facts.host_address or _host_address(target, probes)}[step]
        if not what:
            return _na(step, Reason.NO_TARGET), facts
        if not ping_name_ok(what):  # '-f' would be an option of the guest's ping
            return _skip(step, Reason.NOT_A_NAME, what), facts
        code, out = _run_in_guest(conn, target, probes, ["ping", "-c", "1", "-W", "3", what])
        return judge_ping(step, what, code, out), facts

    return run


def _host_address(target: Target, probes: Probes) -> str:
    """The address of the connection's host for the guest to ping ('' if not known). Read
    from the connection's own URI as libvirt reads it (``getURI`` names the one dialled,
    with kvmgui's ssh wrapper); an ssh transport's host as ssh's config leads to it."""
    if target.local:
        return probes.local.host_address()
    host = uri_host(target.host_uri)
    login = ssh.libvirt_login(target.host_uri)
    if login is not None:  # an alias (Host vm2, HostName kvm2.example) is no DNS name
        host = probes.ssh_hostname(login) or host
    if not host:
        return ""
    try:
        address = probes.remote_address(host)
        # This machine's loopback (a port forwarded to localhost) is not the host: in the
        # guest it is the guest's own, which always answers.
        return "" if ipaddress.ip_address(address).is_loopback else address
    except (OSError, ValueError):
        return ""


STEPS: dict[Step, StepFn] = {
    Step.VM_RUNNING: _vm_running,
    Step.LINK_UP: _link_up,
    Step.NETWORK: _network,
    Step.DHCP: _dhcp,
    Step.DNSMASQ: _dnsmasq,
    Step.STATIC_HOSTS: _static_hosts,
    Step.LEASE: _lease,
    Step.IP_FORWARD: _ip_forward,
    Step.NAT_RULES: _nat_rules,
    Step.ROUTES: _routes,
    Step.AGENT: _agent,
    Step.GUEST_NIC: _guest_nic,
    **{s: _guest_command(s) for s in (Step.GUEST_ADDR, Step.GUEST_ROUTE, Step.PING_GATEWAY,
                                       Step.PING_HOST, Step.PING_NAME)},
}


def run_step(conn: libvirt.virConnect, step: Step, target: Target, facts: Facts,
             probes: Probes) -> tuple[Result, Facts]:
    """One step, in a worker. A failure of a guest command is that step's result."""
    try:
        return STEPS[step](conn, target, facts, probes)
    except GuestTimeoutError as late:
        return Result(step, Outcome.SKIPPED, Reason.TIMED_OUT, (f"{late.seconds:g}",)), facts
    except GuestExecError as exc:  # the agent's own (libvirt's) message
        return Result(step, Outcome.SKIPPED, Reason.EXEC_FAILED, (str(exc),)), facts

