"""The troubleshooter's judgements: pure functions over what the steps gathered."""

import ipaddress
import time

import pytest

from kvmgui.libvirt import netprobe
from kvmgui.libvirt.netcheck import (
    Facts,
    Fix,
    NetworkFacts,
    Outcome,
    Reason,
    Step,
    Target,
    addresses_for_mac,
    judge_default_route,
    judge_dhcp,
    judge_lease,
    judge_ping,
    judge_routes,
    judge_static_hosts,
    nat_rule_present,
    ping_name_ok,
    suggest_range,
)
from kvmgui.libvirt.netops import Lease
from kvmgui.libvirt.probes import LocalSystem, Probes
from kvmgui.xml.network_validate import HostRoute

MAC = "52:54:00:12:34:56"


def net(ip="<ip address='192.168.50.1' prefix='24'><dhcp><range start='192.168.50.128' "
           "end='192.168.50.254'/></dhcp></ip>", mode="<forward mode='nat'/>", extra=""):
    return NetworkFacts("uuid-1", "lab", True,
                        f"<network><name>lab</name>{mode}<bridge name='virbr5'/>{ip}{extra}</network>")


def lease(mac, ip, family="ipv4"):
    return Lease(mac, ip, 24, "", int(time.time()) + 600, family)


def test_dhcp_on_off_and_outside():
    on = judge_dhcp(net())
    assert (on.outcome, on.reason) == (Outcome.PASSED, Reason.DHCP_ON)
    assert on.args == ("lab", "192.168.50.128–192.168.50.254", "192.168.50.0/24")
    off = judge_dhcp(net("<ip address='192.168.50.1' prefix='24'/>"))
    assert (off.outcome, off.reason, off.fix) == (Outcome.FAILED, Reason.DHCP_OFF, Fix.ENABLE_DHCP)
    assert off.fix_args == ("uuid-1", "192.168.50.128", "192.168.50.254")
    hosts_only = judge_dhcp(net("<ip address='192.168.50.1' prefix='24'><dhcp>"
                                f"<host mac='{MAC}' ip='192.168.50.9'/></dhcp></ip>"))
    assert hosts_only.outcome is Outcome.PASSED
    assert judge_dhcp(net("")).reason is Reason.NO_IPV4
    bridged = judge_dhcp(net("", "<forward mode='bridge'/>"))
    assert (bridged.outcome, bridged.reason) == (Outcome.NOT_APPLICABLE, Reason.OUTSIDE_NETWORK)


@pytest.mark.parametrize(("iface", "expected"), [
    ("192.168.50.1/24", ("192.168.50.128", "192.168.50.254")),
    ("192.168.50.254/24", ("192.168.50.1", "192.168.50.127")),
    ("10.0.0.1/16", ("10.0.128.0", "10.0.255.254")),
    # Past a /16, within its last /16: libvirt refuses a range over more than 65536 addresses.
    ("10.0.0.1/8", ("10.255.128.0", "10.255.255.254")),
    ("10.255.255.254/8", ("10.255.0.0", "10.255.127.255")),
    ("172.16.0.1/12", ("172.31.128.0", "172.31.255.254")),
])
def test_suggested_range_avoids_the_gateway(iface, expected):
    assert suggest_range(ipaddress.ip_interface(iface)) == expected
    start, end = expected
    gateway = ipaddress.ip_interface(iface).ip
    assert not ipaddress.ip_address(start) <= gateway <= ipaddress.ip_address(end)
    assert (int(ipaddress.ip_address(start)) ^ int(ipaddress.ip_address(end))) >> 16 == 0


@pytest.mark.parametrize("iface", ["10.0.0.1/32", "10.0.0.0/31", "10.0.0.1/31"])
def test_no_range_is_offered_where_the_subnet_has_no_room(iface):
    """A /31 or /32 without DHCP was offered "Turn DHCP on" over 10.0.0.2 – 10.0.0.0: a range
    that ends before it starts, outside the subnet, which libvirt refuses after the yes."""
    address, prefix = iface.split("/")
    off = judge_dhcp(net(f"<ip address='{address}' prefix='{prefix}'/>"))
    assert (off.outcome, off.reason, off.fix, off.fix_args) == (
        Outcome.FAILED, Reason.DHCP_OFF, None, ())


def test_static_hosts():
    reserved = net(extra="").xml.replace(
        "</dhcp>", "<host mac='52:54:00:00:00:99' name='other' ip='192.168.50.130'/></dhcp>")
    facts = NetworkFacts("uuid-1", "lab", True, reserved)
    ok = judge_static_hosts(facts, MAC, [], ())
    assert (ok.outcome, ok.reason) == (Outcome.PASSED, Reason.NO_CONFLICT)
    taken = judge_static_hosts(facts, MAC, ["192.168.50.130"], ())
    assert (taken.outcome, taken.reason, taken.fix) == (Outcome.FAILED, Reason.RESERVED_FOR_OTHER,
                                                        Fix.REMOVE_RESERVATION)
    assert taken.args == ("192.168.50.130", "52:54:00:00:00:99", "other")
    assert taken.fix_args == ("uuid-1", "52:54:00:00:00:99", "other", "192.168.50.130")
    pinned = NetworkFacts("uuid-1", "lab", True, net().xml.replace(
        "</dhcp>", f"<host mac='{MAC}' ip='192.168.50.40'/></dhcp>"))
    assert judge_static_hosts(pinned, MAC, [], ()).reason is Reason.PINNED_TO
    assert judge_static_hosts(pinned, MAC, ["192.168.50.40"], ()).reason is Reason.PINNED_TO
    elsewhere = judge_static_hosts(pinned, MAC, ["192.168.50.141"], ())
    assert (elsewhere.outcome, elsewhere.reason, elsewhere.args) == (
        Outcome.FAILED, Reason.PINNED_ELSEWHERE, ("192.168.50.40", "192.168.50.141"))
    outside = NetworkFacts("uuid-1", "lab", True, net().xml.replace(
        "</dhcp>", f"<host mac='{MAC.upper()}' ip='10.1.1.1'/></dhcp>"))
    assert judge_static_hosts(outside, MAC, [], ()).reason is Reason.PINNED_OUTSIDE


def test_a_range_reserved_or_leased_to_others_is_exhausted():
    one = net("<ip address='192.168.50.1' prefix='24'><dhcp><range start='192.168.50.100' "
              "end='192.168.50.101'/><host mac='52:54:00:00:00:99' ip='192.168.50.100'/>"
              "</dhcp></ip>")
    assert judge_static_hosts(one, MAC, [], ()).outcome is Outcome.PASSED  # .101 is free
    busy = (lease("52:54:00:00:00:77", "192.168.50.101"),)
    full = judge_static_hosts(one, MAC, [], busy)
    assert (full.reason, full.args[:2]) == (Reason.RESERVED_FOR_OTHER,
                                            ("192.168.50.100", "52:54:00:00:00:99"))
    only_leases = net("<ip address='192.168.50.1' prefix='24'><dhcp><range start='192.168.50.100' "
                      "end='192.168.50.100'/></dhcp></ip>")
    gone = judge_static_hosts(only_leases, MAC, [], (lease("52:54:00:00:00:77", "192.168.50.100"),))
    assert (gone.reason, gone.fix) == (Reason.POOL_EXHAUSTED, None)


def test_lease():
    found, got = judge_lease(MAC, (lease(MAC, "192.168.50.140", "ipv6"), lease(MAC, "192.168.50.141")))
    assert (found.outcome, found.args[0], got.ip) == (Outcome.PASSED, "192.168.50.141", "192.168.50.141")
    missing, none = judge_lease(MAC, (lease("52:54:00:00:00:01", "192.168.50.9"),))
    assert (missing.reason, none) == (Reason.NO_LEASE, None)


IPTABLES = """-P PREROUTING ACCEPT
-N LIBVIRT_PRT
-A POSTROUTING -j LIBVIRT_PRT
-A LIBVIRT_PRT -s 192.168.50.0/24 -d 224.0.0.0/24 -j RETURN
-A LIBVIRT_PRT -s 192.168.50.0/24 ! -d 192.168.50.0/24 -p tcp -j MASQUERADE --to-ports 1024-65535
"""
NFT = """table ip libvirt_network {
	chain guest_nat {
		ip saddr 192.168.60.0/24 ip daddr != 192.168.60.0/24 masquerade
	}
}"""


def test_nat_rules_in_iptables_and_nft_output():
    assert nat_rule_present(IPTABLES, "192.168.50.0/24")
    assert not nat_rule_present(IPTABLES, "192.168.60.0/24")
    assert nat_rule_present(NFT, "192.168.60.0/24")


def test_routes():
    subnet = ipaddress.ip_network("192.168.50.0/24")
    own = [HostRoute(subnet, "virbr5"), HostRoute(ipaddress.ip_network("0.0.0.0/0"), "eth0")]
    assert judge_routes(subnet, "virbr5", own).outcome is Outcome.PASSED
    clash = judge_routes(subnet, "virbr5", [*own, HostRoute(ipaddress.ip_network("192.168.0.0/16"), "tun0")])
    assert (clash.outcome, clash.args) == (Outcome.FAILED, ("192.168.50.0/24", "192.168.0.0/16", "tun0"))


IP_A = f"""1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue
    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
    inet 127.0.0.1/8 scope host lo
2: eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc pfifo_fast
    link/ether {MAC} brd ff:ff:ff:ff:ff:ff
    inet 192.168.50.141/24 brd 192.168.50.255 scope global eth0
3: eth1: <BROADCAST,MULTICAST> mtu 1500
    link/ether 52:54:00:00:00:02 brd ff:ff:ff:ff:ff:ff
    inet 10.0.0.5/24 scope global eth1
"""


def test_reading_guest_output():
    assert addresses_for_mac(IP_A, MAC.upper()) == ["192.168.50.141"]
    assert addresses_for_mac(IP_A, "52:54:00:00:00:03") == []
    via = judge_default_route("default via 192.168.50.1 dev eth0\n192.168.50.0/24 dev eth0\n",
                              "192.168.50.1")
    assert (via.outcome, via.args) == (Outcome.PASSED, ("192.168.50.1",))
    assert judge_default_route("default via 10.0.0.1 dev eth1\n", "192.168.50.1").reason \
        is Reason.ROUTE_VIA_OTHER
    assert judge_default_route("192.168.50.0/24 dev eth0\n", "192.168.50.1").reason \
        is Reason.NO_DEFAULT_ROUTE
    assert judge_ping(Step.PING_NAME, "libvirt.org", 1, "ping: bad address 'libvirt.org'").reason \
        is Reason.NAME_NOT_RESOLVED
    assert judge_ping(Step.PING_GATEWAY, "192.168.50.1", 1, "1 packets transmitted, 0 received") \
        .reason is Reason.NO_REPLY
    assert judge_ping(Step.PING_HOST, "10.0.0.1", 0, "1 received").outcome is Outcome.PASSED


def test_a_name_to_ping_is_a_host_name_or_an_address():
    for name in ("libvirt.org", "libvirt.org.", "localhost", "my_host.lan", "bücher.example",
                 "192.0.2.1", "2001:db8::1", "fe80::1%eth0"):
        assert ping_name_ok(name), name
    for name in ("", "-f", "-c1000", "libvirt.org -f", "a b", "\"x\"", "x;reboot", "$(id)",
                 "a`id`", "host-", "a..b", "fe80::1%a b", "x" * 64 + ".org", "a." * 127 + "a"):
        assert not ping_name_ok(name), name


def test_static_hosts_without_a_mac_take_their_address_from_the_range():
    """dnsmasq hands no address of a static host to another card, whatever names the host
    (a name, a client id): those without a MAC were counted as free."""
    by_name = net("<ip address='192.168.50.1' prefix='24'><dhcp><range start='192.168.50.100' "
                  "end='192.168.50.101'/><host name='printer' ip='192.168.50.100'/>"
                  "<host id='0:4:7e:7d:f0:7d:a8:bc:c5:d2:13:32:11:ed:16:ea:84:63' ip='192.168.50.101'/>"
                  "</dhcp></ip>")
    full = judge_static_hosts(by_name, MAC, [], ())
    assert (full.outcome, full.reason, full.args) == (
        Outcome.FAILED, Reason.RESERVED_FOR_OTHER, ("192.168.50.100", "", "printer"))
    assert full.fix_args == ("uuid-1", "", "printer", "192.168.50.100")
    by_id = net("<ip address='192.168.50.1' prefix='24'><dhcp><range start='192.168.50.101' "
                "end='192.168.50.101'/><host id='0:4:7e:7d:f0:7d' ip='192.168.50.101'/></dhcp></ip>")
    only_id = judge_static_hosts(by_id, MAC, [], ())
    assert (only_id.outcome, only_id.reason, only_id.fix) == (Outcome.FAILED, Reason.POOL_EXHAUSTED, None)


def test_dhcp_on_a_second_ipv4_subnet_is_found():
    """libvirt allows DHCP on one IPv4 <ip>, which need not be the first: the step said DHCP
    was off (offering a range libvirt refuses) and the card's reservation outside the subnet."""
    two = net("<ip address='10.9.0.1' prefix='24'/><ip address='192.168.50.1' prefix='24'><dhcp>"
              "<range start='192.168.50.128' end='192.168.50.254'/>"
              f"<host mac='{MAC}' ip='192.168.50.40'/></dhcp></ip>")
    on = judge_dhcp(two)
    assert (on.outcome, on.reason) == (Outcome.PASSED, Reason.DHCP_ON)
    assert on.args == ("lab", "192.168.50.128–192.168.50.254", "192.168.50.0/24")
    assert judge_static_hosts(two, MAC, [], ()).reason is Reason.PINNED_TO


def test_the_gateway_the_guest_routes_through_is_that_of_the_dhcp_subnet():
    two = net("<ip address='10.9.0.1' prefix='24'/><ip address='192.168.50.1' prefix='24'><dhcp>"
              "<range start='192.168.50.128' end='192.168.50.254'/></dhcp></ip>")
    assert netprobe._gateway(Facts(network=two)) == "192.168.50.1"


class _Local(LocalSystem):
    def __init__(self, routes=(), firewall=()):
        self.route_list, self.firewall = list(routes), list(firewall)

    def has_interface(self, name):
        return name == "virbr5"

    def routes(self):
        return self.route_list

    def firewall_listings(self):
        return self.firewall


def test_nat_rules_and_routes_are_those_of_the_dhcp_subnet():
    """The card's address is on the IPv4 subnet with DHCP: the first one's masquerade rule
    and routes were checked (a clash on the card's subnet passed, its missing rule too)."""
    two = net("<ip address='10.9.0.1' prefix='24'/><ip address='192.168.50.1' prefix='24'><dhcp>"
              "<range start='192.168.50.128' end='192.168.50.254'/></dhcp></ip>")
    target = Target("vm", MAC, local=True)
    clash = Probes(local=_Local(routes=[HostRoute(ipaddress.ip_network("192.168.50.0/24"), "wg0")]))
    routes, _facts = netprobe._routes(None, target, Facts(network=two), clash)
    assert (routes.reason, routes.args[0]) == (Reason.ROUTE_OVERLAP, "192.168.50.0/24")
    rules = Probes(local=_Local(firewall=[("iptables", "-A LIBVIRT_PRT -s 10.9.0.0/24 ! -d "
                                                       "10.9.0.0/24 -j MASQUERADE")]))
    nat, _facts = netprobe._nat_rules(None, target, Facts(network=two), rules)
    assert (nat.reason, nat.args[0]) == (Reason.NAT_RULES_MISSING, "192.168.50.0/24")
    # No IPv4 subnet: no rule to look for (any masquerade rule at all was taken for its own).
    none, _facts = netprobe._nat_rules(None, target, Facts(network=net("")), rules)
    assert (none.outcome, none.reason) == (Outcome.NOT_APPLICABLE, Reason.NO_IPV4)


def test_a_host_without_a_mac_holding_the_cards_address_is_named():
    """A static host given by name only reserves its address as one with a MAC does: the
    card holding it was not told (unless the guest is that name: the address is then its own)."""
    by_name = net(extra="").xml.replace(
        "</dhcp>", "<host name='printer' ip='192.168.50.130'/></dhcp>")
    facts = NetworkFacts("uuid-1", "lab", True, by_name)
    held = judge_static_hosts(facts, MAC, ["192.168.50.130"], (lease(MAC, "192.168.50.130"),))
    assert (held.outcome, held.reason, held.args) == (
        Outcome.FAILED, Reason.RESERVED_FOR_OTHER, ("192.168.50.130", "", "printer"))
    assert held.fix_args == ("uuid-1", "", "printer", "192.168.50.130")
    named = Lease(MAC, "192.168.50.130", 24, "Printer", int(time.time()) + 600, "ipv4")
    own = judge_static_hosts(facts, MAC, ["192.168.50.130"], (named,))
    assert (own.outcome, own.reason) == (Outcome.PASSED, Reason.NO_CONFLICT)
