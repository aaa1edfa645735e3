"""The NIC page's network helpers: "Why has this VM no address?", the offer after a while
without one, and "Always give this VM this address" (pin and unpin)."""

import shlex

import pytest

from kvmgui.dialogs.details.nicpage import NicPage
from kvmgui.dialogs.troubleshoot import TroubleshooterDialog
from kvmgui.libvirt.addresses import AddressReport, AddressSource, GuestAddress
from kvmgui.xml.network import NetworkDoc
from kvmgui.xml.network_hosts import dhcp_hosts, pinned_ip
from tests.helpers import WEB01, click, type_into, uuid_of

MAC = "52:54:00:6b:3c:01"
NIC = f"device:interface:{MAC}"


@pytest.fixture
def nic_page(details_of, qtbot, monkeypatch):
    monkeypatch.setattr(NicPage, "no_address_ms", 150)  # instead of a minute
    window = details_of(WEB01)
    qtbot.waitUntil(lambda: NIC in window.pages)
    window.select_page(NIC)
    page = window.pages[NIC]
    qtbot.waitUntil(lambda: page.pin.ip.text() != "", timeout=5000)  # the leased address
    return page


def network_doc(conn):
    return NetworkDoc.from_string(conn.networks.get(uuid_of(conn.networks, "default")).xml)


def test_the_troubleshooter_opens_from_the_page(nic_page, qtbot):
    assert nic_page.troubleshoot_button.accessibleName() == \
        "Troubleshooter: why has this VM no address"
    nic_page.show_addresses(AddressReport(WEB01, running=True))  # offered without an address
    click(qtbot, nic_page.troubleshoot_button)
    dialog = nic_page.troubleshooter
    assert isinstance(dialog, TroubleshooterDialog) and dialog.isVisible()
    assert (dialog.uuid, dialog.mac) == (WEB01, MAC)
    qtbot.waitUntil(lambda: not dialog.checker.running and bool(dialog.checker.results), timeout=20000)
    assert nic_page.troubleshoot() is dialog  # one per card: raised, not duplicated
    dialog.close()


def test_offered_after_a_while_without_an_address(nic_page, qtbot):
    window = nic_page.window()
    empty = AddressReport(WEB01, running=True)
    nic_page.show_addresses(empty)
    assert not nic_page.no_address.isVisible()
    with qtbot.waitSignal(nic_page.noAddress, timeout=2000) as offered:
        pass
    assert offered.args == [MAC]
    assert nic_page.no_address.isVisible()
    assert "no IP address" in window.message.text()
    with qtbot.waitSignal(nic_page.no_address.accepted):
        click(qtbot, nic_page.no_address.button)
    assert nic_page.troubleshooter is not None
    nic_page.troubleshooter.close()
    # An address arrives: the offer goes; a stopped VM is never offered.
    found = GuestAddress(MAC, "192.168.122.3", 24, False, (AddressSource.LEASE,))
    nic_page.show_addresses(AddressReport(WEB01, True, (found,)))
    assert not nic_page.no_address.isVisible() and not nic_page.no_address.timer.isActive()
    nic_page.show_addresses(AddressReport(WEB01, running=False))
    assert not nic_page.no_address.timer.isActive()


def test_the_timer_restarts_only_when_the_address_goes(nic_page, qtbot):
    offer = nic_page.no_address
    nic_page.show_addresses(AddressReport(WEB01, running=True))
    assert offer.timer.isActive()
    remaining = offer.timer.remainingTime()
    qtbot.wait(50)
    nic_page.show_addresses(AddressReport(WEB01, running=True))  # still none: keeps counting
    assert offer.timer.remainingTime() < remaining


@pytest.mark.parametrize(("typed", "problem"), [
    ("192.168.122.1", "is the host's address"),
    ("10.0.0.5", "must be inside 192.168.122.0/24"),
    ("192.168.122.255", "broadcast"),
    ("nonsense", "is not an IP address"),
])
def test_a_bad_address_is_refused_inline(nic_page, qtbot, problem, typed):
    box = nic_page.pin
    assert box.isVisible() and box.accessibleName() == "Fixed address"
    type_into(qtbot, box.ip, typed)
    assert problem in box.status.text()
    assert not box.pin_button.isEnabled()


def test_pin_and_unpin(nic_page, qtbot, connected):
    box = nic_page.pin
    assert box.ip.text() == "192.168.122.3"  # offered: the address it has now
    type_into(qtbot, box.ip, "192.168.122.50")
    assert box.status.text() == ""
    click(qtbot, box.command_button)
    dialog = box.command_dialog
    qtbot.waitUntil(lambda: bool(dialog.commands), timeout=5000)
    assert shlex.split(dialog.lines()[0])[3:] == [
        "net-update", "default", "add-last", "ip-dhcp-host",
        f'<host mac="{MAC}" name="web01" ip="192.168.122.50"/>', "--parent-index", "0",
        "--live", "--config"]
    dialog.close()
    assert pinned_ip(network_doc(connected), MAC) == ""  # showing is not doing
    click(qtbot, box.pin_button)
    qtbot.waitUntil(lambda: pinned_ip(network_doc(connected), MAC) == "192.168.122.50", timeout=5000)
    qtbot.waitUntil(lambda: box.unpin_button.isEnabled(), timeout=5000)
    assert not box.pin_button.isEnabled()  # already pinned to what it shows
    click(qtbot, box.unpin_button)
    qtbot.waitUntil(lambda: pinned_ip(network_doc(connected), MAC) == "", timeout=5000)
    qtbot.waitUntil(lambda: not box.unpin_button.isEnabled(), timeout=5000)


def test_an_address_reserved_for_another_card_is_refused(nic_page, qtbot, connected):
    from kvmgui.libvirt import dhcphosts
    from tests.helpers import run_in_worker

    run_in_worker(qtbot, connected, dhcphosts.pin, uuid_of(connected.networks, "default"),
                  "52:54:00:00:00:99", "other", "192.168.122.60")
    connected.refresh("network", uuid_of(connected.networks, "default"))
    qtbot.waitUntil(lambda: pinned_ip(network_doc(connected), "52:54:00:00:00:99") != "", timeout=5000)
    type_into(qtbot, nic_page.pin.ip, "192.168.122.60")
    assert "reserved for another card (52:54:00:00:00:99 other)" in nic_page.pin.status.text()
    assert not nic_page.pin.pin_button.isEnabled()


def test_a_name_another_card_is_pinned_with_does_not_stop_the_pin(nic_page, qtbot, connected):
    from kvmgui.libvirt import dhcphosts
    from tests.helpers import run_in_worker

    # An earlier card of web01 (replaced since) is still pinned under the VM's name.
    run_in_worker(qtbot, connected, dhcphosts.pin, uuid_of(connected.networks, "default"),
                  "52:54:00:00:00:98", "web01", "192.168.122.61")
    connected.refresh("network", uuid_of(connected.networks, "default"))
    qtbot.waitUntil(lambda: pinned_ip(network_doc(connected), "52:54:00:00:00:98") != "", timeout=5000)
    box = nic_page.pin
    type_into(qtbot, box.ip, "192.168.122.50")
    click(qtbot, box.pin_button)
    qtbot.waitUntil(lambda: not box.status.text().endswith("…"), timeout=5000)  # "Pinning…"
    assert not box.status.text().startswith("Not changed"), box.status.text()
    qtbot.waitUntil(lambda: pinned_ip(network_doc(connected), MAC) == "192.168.122.50", timeout=5000)


def test_leases_of_a_network_the_card_left_are_dropped(connected, qtbot, monkeypatch):
    from kvmgui.dialogs.details.pinbox import PinBox
    from kvmgui.libvirt import netops
    from kvmgui.libvirt.netops import Lease

    jobs = []  # the fetches, answered below in the order a slow host may answer them
    monkeypatch.setattr(connected, "run", lambda fn, *args, **kw: jobs.append((fn, args, kw)))
    box = PinBox(connected)
    qtbot.addWidget(box)
    box.set_nic(MAC, "network", "net10", "web01")
    box.set_nic(MAC, "network", "default", "web01")  # moved while net10's leases were read
    (_, net10_args, net10), (fn, default_args, default) = jobs
    assert fn is netops.dhcp_leases
    assert (net10_args, default_args) == ((uuid_of(connected.networks, "net10"),),
                                          (uuid_of(connected.networks, "default"),))
    other = Lease("52:54:00:00:00:77", "192.168.122.50", 24, "other", 0, "ipv4")
    default["done"]([other])
    type_into(qtbot, box.ip, "192.168.122.50")
    warning = "52:54:00:00:00:77 has this address leased right now"
    assert warning in box.status.text()
    net10["done"]([Lease("52:54:00:00:00:78", "192.168.10.130", 24, "x", 0, "ipv4")])  # late
    assert warning in box.status.text()
    assert box.leases == [other]
    box.set_nic(MAC, "network", "gone", "web01")  # no such network: nothing to fetch
    default["done"]([other])
    assert box.leases == []


def test_a_failed_read_stops_counting_towards_the_offer(nic_page, qtbot):
    # "No address for a minute" is not known once the addresses cannot be read: the
    # troubleshooter was offered after "Could not read the addresses".
    offer = nic_page.no_address
    nic_page.window().addresses.stop()
    nic_page.show_addresses(AddressReport(WEB01, running=True))
    assert offer.timer.isActive()
    nic_page.show_address_failure("Cannot recv data: Connection reset by peer")
    assert not offer.timer.isActive() and offer.isHidden()
    nic_page.show_addresses(AddressReport(WEB01, running=True))
    with qtbot.waitSignal(nic_page.noAddress, timeout=2000):
        pass
    nic_page.show_address_failure("Cannot recv data: Connection reset by peer")
    assert offer.isHidden()  # shown before the failure: gone with it


def test_a_card_moved_elsewhere_while_the_user_edits_is_followed(nic_page, qtbot):
    # Edits pending: the page loads nothing, and the address and pin boxes kept the old
    # network (its hop, its "Network default always gives…") until Revert.
    from dataclasses import replace

    from kvmgui.xml.domain import DomainDoc

    nic_page.window().addresses.stop()
    type_into(qtbot, nic_page.model.lineEdit(), "e1000e")
    assert nic_page.is_dirty()
    doc = DomainDoc.from_string(nic_page.view.doc.to_string())
    doc.find_device(nic_page.key).set_source("network", "net10", "bridge")
    live = DomainDoc.from_string(doc.to_string())
    nic_page.show_view(replace(nic_page.view, doc=doc, live=live))
    assert (nic_page.addresses.bridge, nic_page.pin.network) == ("virbr1", "net10")
    doc = DomainDoc.from_string(doc.to_string())
    doc.find_device(nic_page.key).set_source("bridge", "br0", "bridge")
    live = DomainDoc.from_string(doc.to_string())
    nic_page.show_view(replace(nic_page.view, doc=doc, live=live))
    box = nic_page.addresses
    assert (box.on_network, box.bridge) == (False, "br0")
    assert nic_page.pin.isHidden()  # on no libvirt network: nothing to pin
    assert nic_page.model.currentText() == "e1000e" and nic_page.is_dirty()  # the edit stays


def test_the_pin_box_follows_its_card_to_another_network(connected, qtbot):
    # The lease of the network the card left was offered for the new one ("must be inside
    # 192.168.10.0/24", kept: a report refills only an empty field), and that error stayed
    # for a network that does not exist.
    from kvmgui.dialogs.details.pinbox import PinBox

    box = PinBox(connected)
    qtbot.addWidget(box)
    box.set_nic(MAC, "network", "default", "web01")
    leased = AddressReport(WEB01, True, (GuestAddress(MAC, "192.168.122.3", 24, False, ("lease",)),))
    box.set_report(leased)
    assert box.ip.text() == "192.168.122.3"
    assert box.status.text() == "The address is not fixed: it may change when the lease ends."
    box.set_nic(MAC, "network", "net10", "web01")
    assert box.ip.text() == "" and box.status.text() == ""
    box.set_report(leased)  # the running card is still on default (a change pending)
    assert box.ip.text() == ""
    box.set_report(AddressReport(WEB01, True, (
        GuestAddress(MAC, "192.168.10.130", 24, False, ("lease",)),)))
    assert box.ip.text() == "192.168.10.130" and box.pin_button.isEnabled()
    box.set_nic(MAC, "network", "lan", "web01")
    assert box.ip.text() == "" and not box.pin_button.isEnabled()
    assert box.status.text() == "Network lan does not exist on this host."


def test_the_pin_box_follows_its_network_defined_or_undefined(connected, qtbot):
    from kvmgui.dialogs.details.pinbox import PinBox
    from tests.helpers import run_in_worker

    box = PinBox(connected)
    qtbot.addWidget(box)
    box.set_nic(MAC, "network", "net10", "web01")
    box.set_report(AddressReport(WEB01, True, (
        GuestAddress(MAC, "192.168.10.130", 24, False, ("lease",)),)))
    assert box.pin_button.isEnabled()
    xml = connected.networks.get(uuid_of(connected.networks, "net10")).xml

    def undefine(c):
        net = c.networkLookupByName("net10")
        net.destroy()
        net.undefine()

    run_in_worker(qtbot, connected, undefine)
    qtbot.waitUntil(lambda: box.status.text() == "Network net10 does not exist on this host.",
                    timeout=5000)
    assert not box.pin_button.isEnabled() and not box.command_button.isEnabled()
    run_in_worker(qtbot, connected, lambda c: c.networkDefineXML(xml))
    qtbot.waitUntil(lambda: box.pin_button.isEnabled(), timeout=5000)
    assert box.status.text() == "The address is not fixed: it may change when the lease ends."


def test_leases_are_read_when_the_cards_network_starts(connected, qtbot, monkeypatch):
    # They were read only when the card was shown: on its network started since, an
    # address leased right now to another card was never warned about (until a reload).
    from kvmgui.dialogs.details.pinbox import PinBox
    from kvmgui.libvirt import netops
    from kvmgui.libvirt.netops import Lease
    from tests.helpers import run_in_worker, stop_network

    other = Lease("52:54:00:00:00:77", "192.168.10.150", 24, "other", 0, "ipv4")
    monkeypatch.setattr(netops, "dhcp_leases", lambda _c, _uuid: [other])  # the test driver has none
    stop_network(qtbot, connected, "net10")
    box = PinBox(connected)
    qtbot.addWidget(box)
    box.set_nic(MAC, "network", "net10", "web01")
    type_into(qtbot, box.ip, "192.168.10.150")
    assert box.status.text() == ""  # stopped: no lease
    run_in_worker(qtbot, connected, lambda c: c.networkLookupByName("net10").create())
    warning = "52:54:00:00:00:77 has this address leased right now"
    qtbot.waitUntil(lambda: warning in box.status.text(), timeout=5000)
    stop_network(qtbot, connected, "net10")
    qtbot.waitUntil(lambda: box.leases == [], timeout=5000)


@pytest.mark.parametrize("xml", [
    "<network><name>v6</name><bridge name='virbr8'/><ip family='ipv6' address='fd00::1' "
    "prefix='64'><dhcp><range start='fd00::10' end='fd00::20'/></dhcp></ip></network>",
    "<network><name>v6</name><forward mode='bridge'/><bridge name='br0'/></network>",
])
def test_a_network_without_an_ipv4_subnet_says_so_before_anything_is_typed(connected, qtbot, xml):
    # The box showed an empty field, no words and a disabled button: why was said only
    # once an address was typed, whatever it was.
    from kvmgui.dialogs.details.pinbox import PinBox
    from tests.helpers import run_in_worker

    run_in_worker(qtbot, connected, lambda c: c.networkCreateXML(xml))
    qtbot.waitUntil(lambda: any(r.name == "v6" for r in connected.networks.records()), timeout=5000)
    box = PinBox(connected)
    qtbot.addWidget(box)
    box.set_nic(MAC, "network", "v6", "web01")
    assert box.status.text() == \
        "This network has no IPv4 subnet of its own: addresses come from outside."
    assert not box.pin_button.isEnabled() and not box.command_button.isEnabled()
    assert not box.ip.isEnabled()  # nothing to type
    box.set_nic(MAC, "network", "default", "web01")
    assert box.ip.isEnabled() and box.status.text() == ""


def test_a_card_whose_mac_changes_at_the_restart_is_told_what_its_pin_does(connected, qtbot, monkeypatch):
    # The running card leases the address under the MAC it has now; the pin is for the one
    # it has from the next start. The box warned of that lease as of another card's ('Note:
    # 52:54:00:6b:3c:01 has this address leased right now'), and then said 'the VM gets
    # 192.168.122.3 when it renews its lease or restarts', though a renewal under the current
    # MAC cannot get an address kept for another (dnsmasq refuses it: 'address reserved').
    from kvmgui.dialogs.details.pinbox import PinBox
    from kvmgui.libvirt import netops
    from kvmgui.libvirt.netops import Lease

    new = "52:54:00:6b:3c:99"
    lease = Lease(MAC, "192.168.122.3", 24, "web01", 0, "ipv4")
    leases = [lease]
    monkeypatch.setattr(netops, "dhcp_leases", lambda _c, _uuid: list(leases))  # the test driver has none
    box = PinBox(connected)
    qtbot.addWidget(box)
    box.set_nic(new, "network", "default", "web01", running_mac=MAC)
    box.set_report(AddressReport(WEB01, True, (GuestAddress(MAC, "192.168.122.3", 24, False, ("lease",)),)))
    qtbot.waitUntil(lambda: box.leases == [lease], timeout=5000)
    assert box.ip.text() == "192.168.122.3" and box.pin_button.isEnabled()
    assert box.status.text() == (
        f"Note: this card has the address now under its current MAC address {MAC}. Pinned for "
        f"{new}, its MAC address from the next start, the address is kept for that one: the card "
        "loses it when it next renews its lease, and gets it back when the VM restarts.")
    refreshes = []
    refresh = connected.refresh
    monkeypatch.setattr(connected, "refresh", lambda *args: refreshes.append(args))
    click(qtbot, box.pin_button)
    qtbot.waitUntil(lambda: bool(refreshes), timeout=5000)  # pinned; the network not read yet
    assert box.status.text() == \
        f"Pinned for {new}: the VM gets 192.168.122.3 when it restarts with that MAC address."
    refresh(*refreshes[0])
    qtbot.waitUntil(lambda: pinned_ip(network_doc(connected), new) == "192.168.122.3", timeout=5000)
    assert not box.pin_button.isEnabled() and box.unpin_button.isEnabled()
    leases.clear()  # the lease ended
    shown = PinBox(connected)
    qtbot.addWidget(shown)
    shown.set_nic(new, "network", "default", "web01", running_mac=MAC)
    assert shown.status.text() == \
        f"Network default always gives this card 192.168.122.3 once the VM restarts with its new MAC " \
        f"address {new}."


def test_the_pin_of_a_card_whose_mac_changes_at_the_restart_moves_to_its_new_mac(connected, qtbot):
    # Pinned under the MAC it runs with, then given another MAC for the next start: the box
    # said 'The address is not fixed', refused the card's own address ('already reserved for
    # another card (52:54:00:6b:3c:01 web01)'), could not unpin it, and the entry stayed to
    # hold the address for a MAC no card has after the restart.
    from kvmgui.dialogs.details.pinbox import PinBox
    from kvmgui.libvirt import dhcphosts
    from tests.helpers import run_in_worker

    new, net = "52:54:00:6b:3c:99", uuid_of(connected.networks, "default")
    run_in_worker(qtbot, connected, dhcphosts.pin, net, MAC, "web01", "192.168.122.50")
    connected.refresh("network", net)
    qtbot.waitUntil(lambda: pinned_ip(network_doc(connected), MAC) != "", timeout=5000)
    box = PinBox(connected)
    qtbot.addWidget(box)
    box.set_nic(new, "network", "default", "web01", running_mac=MAC)
    assert box.ip.text() == "192.168.122.50"
    assert box.pin_button.isEnabled() and box.unpin_button.isEnabled()
    assert box.status.text() == (
        f"Note: the address is pinned now for this card's current MAC address {MAC}. Pinning moves "
        f"it to {new}, its MAC address from the next start: the card loses the address when it "
        "next renews its lease, and gets it back when the VM restarts.")
    type_into(qtbot, box.ip, "192.168.122.52")
    box.show_state()  # as after a network event
    assert box.status.text() == (
        f"Network default gives this card 192.168.122.50 under its current MAC address {MAC}; "
        f"when the VM shuts down while kvmgui is connected to this host, the address moves to "
        f"{new}, the card's MAC address from the next start.")
    type_into(qtbot, box.ip, "192.168.122.50")
    click(qtbot, box.pin_button)
    qtbot.waitUntil(lambda: pinned_ip(network_doc(connected), new) == "192.168.122.50", timeout=5000)
    assert pinned_ip(network_doc(connected), MAC) == ""  # moved, with the VM's name
    assert [h.name for h in dhcp_hosts(network_doc(connected)) if h.same_mac(new)] == ["web01"]
    run_in_worker(qtbot, connected, dhcphosts.pin, net, MAC, "", "192.168.122.60")  # pinned elsewhere
    connected.refresh("network", net)
    qtbot.waitUntil(lambda: pinned_ip(network_doc(connected), MAC) != "", timeout=5000)
    click(qtbot, box.unpin_button)
    qtbot.waitUntil(lambda: dhcp_hosts(network_doc(connected)) == [], timeout=5000)
    qtbot.waitUntil(lambda: not box.unpin_button.isEnabled(), timeout=5000)


def test_a_troubleshooter_fix_starts_the_count_again_and_reads_the_addresses(nic_page, qtbot,
                                                                            monkeypatch):
    """The troubleshooter's "fixed" had no listener: after "Turn DHCP on" the page kept
    offering it ("no IP address for 60 seconds", counted from before the fix) and read the
    addresses only at its next poll (a network's update sends no event). The offer goes,
    its count starts again from the fix, and the addresses are read at once."""
    from kvmgui.libvirt.netcheck import Fix

    window = nic_page.window()
    offer = nic_page.no_address
    nic_page.show_addresses(AddressReport(WEB01, running=True))
    with qtbot.waitSignal(nic_page.noAddress, timeout=2000):
        pass
    assert offer.isVisible()
    dialog = nic_page.troubleshoot()
    qtbot.waitUntil(lambda: not dialog.checker.running and bool(dialog.checker.results),
                    timeout=20000)
    reads: list[int] = []
    monkeypatch.setattr(window.addresses, "refresh", lambda: reads.append(1))
    dialog.fixed.emit(Fix.ENABLE_DHCP)
    assert not offer.isVisible()
    assert offer.timer.isActive()  # still none: counted again from now, offered if it stays so
    assert reads == [1]
    dialog.close()


def test_a_card_on_a_network_without_dhcp_is_not_told_a_lease_may_come(
        connected, details_of, qtbot):
    # The guide's network made without a DHCP range: dnsmasq hands out nothing there, but
    # the box said "No DHCP lease for this MAC yet", as if waiting would bring one.
    from dataclasses import replace

    from kvmgui.xml.domain import DomainDoc
    from tests.helpers import run_in_worker

    run_in_worker(qtbot, connected, lambda c: c.networkDefineXML(
        "<network><name>lab10</name><bridge name='virbr1'/>"
        "<ip address='192.168.10.1' netmask='255.255.255.0'/></network>"))
    qtbot.waitUntil(lambda: any(r.name == "lab10" for r in connected.networks.records()),
                    timeout=5000)
    window = details_of(WEB01)
    qtbot.waitUntil(lambda: NIC in window.pages)
    window.select_page(NIC)
    page = window.pages[NIC]
    window.addresses.stop()
    doc = DomainDoc.from_string(page.view.doc.to_string())
    doc.find_device(page.key).set_source("network", "lab10", "bridge")
    page.show_view(replace(page.view, doc=doc, live=DomainDoc.from_string(doc.to_string())))
    page.show_addresses(AddressReport(WEB01, True, answered=frozenset({"lease", "arp"})))
    assert page.addresses.status.text() == (
        "No address yet. Network lab10 hands out no addresses (it has no DHCP range), so no "
        "lease will come; the host has seen no traffic from this MAC.")


def test_an_address_the_guest_gave_itself_is_not_taken_for_one(nic_page, qtbot):
    # No DHCP answer: Windows (APIPA) and NetworkManager give the card a 169.254.x address,
    # which the agent reports. It counted as the card's address: the troubleshooter was
    # never offered, and the box offered ssh to it without a word.
    own = GuestAddress(MAC, "169.254.7.9", 16, False, (AddressSource.AGENT,))
    with qtbot.waitSignal(nic_page.noAddress, timeout=2000) as offered:
        nic_page.show_addresses(AddressReport(WEB01, True, (own,)))
    assert offered.args == [MAC]
    box = nic_page.addresses
    assert box.selected().address == "169.254.7.9"
    assert box.status.text() == (
        "169.254.7.9 is an address the guest gave itself because no DHCP server answered: "
        "the host has no route to it, as a rule.")


def test_a_card_added_for_the_next_start_is_not_said_to_lack_an_address(
        connected, details_of, qtbot, monkeypatch):
    # The guide's step: add a NIC to the running VM's settings, then force off and start.
    # Till then the card is not in the running VM, but its page said "No address yet. The
    # guest agent reports no address for this MAC; no DHCP lease…" and a minute later
    # offered the troubleshooter, and the window said it "has had no IP address for a while".
    import libvirt

    from tests.helpers import run_in_worker

    def add(c):
        dom = c.lookupByUUIDString(WEB01)
        xml = dom.XMLDesc(libvirt.VIR_DOMAIN_XML_INACTIVE)
        c.defineXML(xml.replace("</devices>", "<interface type='network'><mac address="
                                "'52:54:00:aa:bb:01'/><source network='default'/>"
                                "<model type='virtio'/></interface></devices>"))

    monkeypatch.setattr(NicPage, "no_address_ms", 50)
    run_in_worker(qtbot, connected, add)
    window = details_of(WEB01)
    new = "device:interface:52:54:00:aa:bb:01"
    qtbot.waitUntil(lambda: new in window.pages, timeout=5000)
    window.select_page(new)
    page = window.pages[new]
    qtbot.waitUntil(lambda: page.addresses.report is not None, timeout=5000)
    assert page.addresses.status.text() == (
        "This card is in the VM's settings only: it is plugged in at its next start.")
    assert not page.no_address.timer.isActive() and not page.no_address.isVisible()
    assert page.addresses.list.count() == 0 and not page.addresses.copy_button.isEnabled()


def test_an_event_of_another_network_parses_no_network_xml(nic_page, qtbot, connected,
                                                           monkeypatch):
    """Each network event (any network's: a start, an autostart) parsed the card's network
    XML on the GUI thread for its forward mode, which the record holds already."""
    from tests.helpers import parsed_on_gui_thread, run_in_worker

    parsed = parsed_on_gui_thread(monkeypatch, "<network")
    net10 = uuid_of(connected.networks, "net10")
    run_in_worker(qtbot, connected, lambda c: c.networkLookupByName("net10").destroy())
    qtbot.waitUntil(lambda: not connected.networks.get(net10).active, timeout=5000)
    assert parsed == []
    assert nic_page.addresses.on_network  # default is NAT: its leases are the card's


def test_a_card_a_network_lists_no_address_for_is_not_told_a_lease_may_come(
        connected, details_of, qtbot):
    # A network whose DHCP hands out only the addresses it lists (<host> entries, no
    # range): dnsmasq answers no other card, but one it does not list was told "No DHCP
    # lease for this MAC yet", as if waiting would bring one.
    from dataclasses import replace

    from kvmgui.xml.domain import DomainDoc
    from tests.helpers import run_in_worker

    run_in_worker(qtbot, connected, lambda c: c.networkDefineXML(
        "<network><name>lab11</name><bridge name='virbr2'/>"
        "<ip address='192.168.11.1' netmask='255.255.255.0'><dhcp>"
        "<host mac='52:54:00:00:00:99' ip='192.168.11.5'/></dhcp></ip></network>"))
    qtbot.waitUntil(lambda: any(r.name == "lab11" for r in connected.networks.records()),
                    timeout=5000)
    window = details_of(WEB01)
    qtbot.waitUntil(lambda: NIC in window.pages)
    window.select_page(NIC)
    page = window.pages[NIC]
    window.addresses.stop()
    doc = DomainDoc.from_string(page.view.doc.to_string())
    doc.find_device(page.key).set_source("network", "lab11", "bridge")
    page.show_view(replace(page.view, doc=doc, live=DomainDoc.from_string(doc.to_string())))
    page.show_addresses(AddressReport(WEB01, True, answered=frozenset({"lease", "arp"})))
    assert page.addresses.status.text() == (
        "No address yet. Network lab11 gives addresses only to the cards it lists, and not "
        "to this one, so no lease will come; the host has seen no traffic from this MAC.")


@pytest.mark.parametrize(("xml", "macvtap"), [
    ("<network><name>lan</name><forward mode='bridge'/><bridge name='br0'/></network>", False),
    ("<network><name>lan</name><forward mode='bridge'><interface dev='eth0'/></forward>"
     "</network>", True),
    ("<network><name>lan</name><forward mode='vepa'><interface dev='eth0'/></forward>"
     "</network>", True),
])
def test_a_card_on_a_bridge_network_is_macvtap_only_without_a_bridge_name(
        connected, details_of, qtbot, xml, macvtap):
    # The page kept its own list of macvtap modes, without 'bridge' (told apart by the
    # network's bridge name); the shared list has it: a host bridge is still no macvtap.
    from dataclasses import replace

    from kvmgui.xml.domain import DomainDoc
    from tests.helpers import run_in_worker

    run_in_worker(qtbot, connected, lambda c: c.networkDefineXML(xml))
    qtbot.waitUntil(lambda: any(r.name == "lan" for r in connected.networks.records()),
                    timeout=5000)
    window = details_of(WEB01)
    qtbot.waitUntil(lambda: NIC in window.pages)
    window.select_page(NIC)
    page = window.pages[NIC]
    window.addresses.stop()
    doc = DomainDoc.from_string(page.view.doc.to_string())
    doc.find_device(page.key).set_source("network", "lan", "bridge")
    page.show_view(replace(page.view, doc=doc, live=DomainDoc.from_string(doc.to_string())))
    assert page.addresses.macvtap is macvtap
    assert not page.addresses.on_network  # on the LAN, no lease of the network's


def test_why_no_address_is_asked_only_while_the_card_has_none(nic_page, qtbot):
    # The fixture's card lists its leased address: no "Why has this VM no address?".
    assert nic_page.addresses.list.count() > 0
    assert nic_page.troubleshoot_button.isHidden()
    nic_page.show_addresses(AddressReport(WEB01, running=True))  # the address went
    assert not nic_page.troubleshoot_button.isHidden()
    found = GuestAddress(MAC, "192.168.122.3", 24, False, (AddressSource.LEASE,))
    nic_page.show_addresses(AddressReport(WEB01, True, (found,)))
    assert nic_page.troubleshoot_button.isHidden()
    nic_page.show_address_failure("Cannot recv data")  # none is listed any more
    assert not nic_page.troubleshoot_button.isHidden()
