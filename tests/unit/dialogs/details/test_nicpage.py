"""The NIC page's editor on the test driver: its source list follows the host's networks."""

from kvmgui.models.words import say
from tests.helpers import run_in_worker, type_into

ROUTER_NIC = "device:interface:52:54:00:6b:3c:04"  # router: on 'default' (and .05 on net10)


def nic_page(window, page_id=ROUTER_NIC):
    window.select_page(page_id)
    return window.pages[page_id]


def test_the_networks_offered_follow_the_host(details_of, connected, qtbot):
    """The list was filled when the page loaded: a network defined meanwhile was missing,
    one stopped meanwhile still shown running."""
    page = nic_page(details_of("router"))
    run_in_worker(qtbot, connected, lambda c: c.networkDefineXML(
        "<network><name>spare</name><bridge name='virbr7'/></network>"))
    qtbot.waitUntil(lambda: page.source.findData("spare") >= 0, timeout=5000)
    assert page.source.currentText() == "default"
    assert not page.is_dirty() and not page.apply_button.isEnabled()  # nothing was edited
    # The user's choice stays, and so does the page's edited state.
    page.source.setCurrentIndex(page.source.findData("net10"))
    assert page.is_dirty()
    run_in_worker(qtbot, connected, lambda c: c.networkLookupByName("net10").destroy())
    qtbot.waitUntil(lambda: page.source.findText("net10 (inactive)") >= 0, timeout=5000)
    assert page.source.currentText() == "net10 (inactive)"
    assert page.is_dirty() and page.apply_button.isEnabled()
    page.revert()
    assert page.source.currentText() == "default" and not page.is_dirty()


def test_a_mac_the_running_vm_still_has_is_refused(details_of, connected, qtbot):
    """router's NIC on net10 removed from the definition stays in the running VM until its
    restart: its MAC, given to the other NIC, passed."""
    from kvmgui.xml.domain import DomainDoc
    from tests.helpers import DEMO_VMS

    def remove_second_nic(c):
        dom = c.lookupByUUIDString(DEMO_VMS["router"])
        doc = DomainDoc.from_string(dom.XMLDesc(2))  # inactive
        doc.remove_device("interface:52:54:00:6b:3c:05")
        c.defineXML(doc.to_string())

    run_in_worker(qtbot, connected, remove_second_nic)
    window = details_of("router")
    qtbot.waitUntil(lambda: "device:interface:52:54:00:6b:3c:05" not in window.pages, timeout=5000)
    page = nic_page(window)
    type_into(qtbot, page.mac, "52:54:00:6b:3c:05")
    assert "52:54:00:6b:3c:05 is still used by a NIC of the running VM" in page.problem.text()
    assert not page.apply_button.isEnabled()
    type_into(qtbot, page.mac, "52:54:00:6b:3c:04")  # its own, as it was
    assert page.problem.text() == ""


def choose_stopped_net10(qtbot, connected, window):
    run_in_worker(qtbot, connected, lambda c: c.networkLookupByName("net10").destroy())
    page = nic_page(window)
    qtbot.waitUntil(lambda: page.source.findText("net10 (inactive)") >= 0, timeout=5000)
    page.source.setCurrentIndex(page.source.findData("net10"))
    return page


def net10_active(qtbot, connected):
    return run_in_worker(qtbot, connected, lambda c: c.networkLookupByName("net10").isActive())


def router_nic(qtbot, connected):
    from tests.helpers import DEMO_VMS, domain_doc

    return domain_doc(qtbot, connected, DEMO_VMS["router"]).find_device(ROUTER_NIC[len("device:"):])


def test_a_stopped_network_is_started_first(details_of, connected, qtbot):
    """Moved to a stopped network, the NIC was saved without a word (only '(inactive)' in
    the list): the VM did not start on it, nor did the running VM take the NIC. As in Add
    hardware, the page says so and offers to start the network first."""
    window = details_of("router")
    page = choose_stopped_net10(qtbot, connected, window)
    assert "Network net10 is not running" in page.network_note.text()
    assert not page.network_note.isHidden() and not page.start_network.isHidden()
    assert page.start_network.isChecked()
    assert page.start_network.accessibleName() == "Start the network first"
    with qtbot.waitSignal(window.changeApplied, timeout=5000):
        page.apply()
    assert net10_active(qtbot, connected)
    assert router_nic(qtbot, connected).source == "net10"
    qtbot.waitUntil(lambda: page.network_note.isHidden(), timeout=5000)  # it runs now


def test_a_network_started_first_reconnects_the_running_vms_on_it(details_of, connected, qtbot,
                                                                  monkeypatch):
    """Started for the NIC, the network was not the panel's Start: the running VMs' cards
    already on it (router's other card, the paused db01's) stayed cut off from its bridge."""
    import libvirt
    from lxml import etree

    updates = []
    monkeypatch.setattr(libvirt.virDomain, "updateDeviceFlags", lambda dom, xml, flags: updates.append(
        (dom.name(), etree.fromstring(xml).find("mac").get("address"))) or 0)
    window = details_of("router")
    page = choose_stopped_net10(qtbot, connected, window)
    with qtbot.waitSignal(window.changeApplied, timeout=5000):
        page.apply()
    assert ("router", "52:54:00:6b:3c:05") in updates and "db01" in {vm for vm, _mac in updates}
    assert page.message.text().endswith(
        "Network net10 was started; reconnected the running VMs on it: db01, router.")


def test_the_window_says_what_starting_the_network_did(details_of, connected, qtbot, monkeypatch):
    """The page said the VMs were reconnected; the window's message bar, for the same change,
    said only "Network interface …: saved and applied to the running VM."."""
    import libvirt

    monkeypatch.setattr(libvirt.virDomain, "updateDeviceFlags", lambda *_a: 0)
    window = details_of("router")
    page = choose_stopped_net10(qtbot, connected, window)
    results = []
    window.changeApplied.connect(results.append)
    with qtbot.waitSignal(window.changeApplied, timeout=5000):
        page.apply()
    told = "Network net10 was started; reconnected the running VMs on it: db01, router."
    assert window.message.text() == page.message.text()
    assert window.message.text().endswith(told)
    assert say(results[0].words).endswith(told)


def test_a_vm_not_reconnected_is_a_warning(details_of, connected, qtbot, monkeypatch):
    """The NIC was saved and the running VM took it, but db01 could not be plugged back
    into the started network: that read in the normal tone, as if all was well."""
    import libvirt

    from kvmgui.widgets.styles import Tone, tone_of
    from tests.helpers import FakeError

    def update(dom, xml, flags):
        if dom.name() == "db01":
            raise FakeError("unable to add bridge virbr10 port vnet7: No such device")
        return 0

    monkeypatch.setattr(libvirt.virDomain, "updateDeviceFlags", update)
    window = details_of("router")
    page = choose_stopped_net10(qtbot, connected, window)
    with qtbot.waitSignal(window.changeApplied, timeout=5000):
        page.apply()
    assert page.message.text().endswith(
        "Network net10 was started and reconnected router, but could not reconnect db01: "
        "unable to add bridge virbr10 port vnet7: No such device")
    assert tone_of(page.message) is Tone.PENDING
    assert tone_of(window.message) is Tone.PENDING


def test_a_stopped_network_may_be_left_stopped(details_of, connected, qtbot):
    window = details_of("router")
    page = choose_stopped_net10(qtbot, connected, window)
    page.start_network.setChecked(False)
    with qtbot.waitSignal(window.changeApplied, timeout=5000):
        page.apply()
    assert not net10_active(qtbot, connected)
    assert router_nic(qtbot, connected).source == "net10"
    assert not page.network_note.isHidden()  # the warning stays


def test_a_network_that_does_not_start_changes_nothing(details_of, connected, qtbot, monkeypatch):
    from kvmgui.libvirt import virsh
    from tests.helpers import FakeError

    def refuse(net):
        raise FakeError("internal error: Network is already in use by interface eth0")

    monkeypatch.setattr(virsh, "net_start", refuse)
    window = details_of("router")
    page = choose_stopped_net10(qtbot, connected, window)
    page.apply()
    qtbot.waitUntil(lambda: page.body.isEnabled(), timeout=5000)
    assert page.message.text() == ("Not applied: Network net10 could not be started: "
                                   "internal error: Network is already in use by interface eth0.")
    assert page.source.currentText() == "net10 (inactive)" and page.is_dirty()
    assert router_nic(qtbot, connected).source == "default"


def test_a_source_the_host_cannot_have_is_refused(details_of, connected, qtbot):
    """Add hardware refused a network the host does not have and a bridge name no host
    interface can have; the NIC page saved them, and the VM then did not start."""
    page = nic_page(details_of("router"))
    type_into(qtbot, page.source.lineEdit(), "defualt")
    assert page.problem.text() == "This host has no virtual network named 'defualt'"
    assert not page.apply_button.isEnabled()
    page.source_type.setCurrentIndex(page.source_type.findData("bridge"))
    type_into(qtbot, page.source.lineEdit(), "br 0")
    assert page.problem.text() == "'br 0' is not a host interface name"
    assert not page.apply_button.isEnabled()
    type_into(qtbot, page.source.lineEdit(), "br0")
    assert page.problem.text() == "" and page.apply_button.isEnabled()


def test_a_nic_on_a_network_gone_meanwhile_can_still_be_edited(details_of, connected, qtbot):
    """Its network undefined on the host: the NIC's other settings stay editable."""
    run_in_worker(qtbot, connected, lambda c: (c.networkLookupByName("net10").destroy(),
                                               c.networkLookupByName("net10").undefine()))
    window = details_of("router")
    page = nic_page(window, "device:interface:52:54:00:6b:3c:05")
    assert page.source.currentText() == "net10"
    page.link.setChecked(False)
    assert page.problem.text() == "" and page.apply_button.isEnabled()


def test_a_network_started_for_a_nic_not_saved_is_stopped_again(details_of, connected, qtbot,
                                                               monkeypatch):
    """The network was started, then libvirt refused the NIC: it was left running for nothing."""
    from kvmgui.libvirt import domainops
    from tests.helpers import FakeError

    def refuse(*_args):
        raise FakeError("unsupported configuration: no more PCI slots")

    window = details_of("router")
    page = choose_stopped_net10(qtbot, connected, window)
    monkeypatch.setattr(domainops, "apply_change", refuse)
    page.apply()
    qtbot.waitUntil(lambda: page.body.isEnabled(), timeout=5000)
    assert page.message.text() == "Not applied: unsupported configuration: no more PCI slots"
    assert page.is_dirty() and page.source.currentText().startswith("net10")
    assert not net10_active(qtbot, connected)
    assert router_nic(qtbot, connected).source == "default"


def test_a_network_started_for_edits_that_became_invalid_is_stopped_again(details_of, connected,
                                                                           qtbot, monkeypatch):
    """While net10 started, another NIC with the MAC typed here was added to the VM: nothing
    was saved, but net10 stayed running (started for nothing) and the page still said
    "Starting network net10…"."""
    from lxml import etree

    from kvmgui.dialogs.details.nicpage import NicPage
    from kvmgui.xml.domain import DomainDoc
    from tests.helpers import DEMO_VMS

    window = details_of("router")
    page = choose_stopped_net10(qtbot, connected, window)
    type_into(qtbot, page.mac, "52:54:00:6b:3c:99")
    held = []
    monkeypatch.setattr(page, "_network_started", held.append)  # the start ends later
    page.apply()
    qtbot.waitUntil(lambda: bool(held), timeout=5000)
    assert held[0].started

    def add_nic(c):
        dom = c.lookupByUUIDString(DEMO_VMS["router"])
        doc = DomainDoc.from_string(dom.XMLDesc(2))  # inactive
        doc.add_device(etree.fromstring("<interface type='network'><mac address="
                                        "'52:54:00:6b:3c:99'/><source network='default'/>"
                                        "</interface>"))
        c.defineXML(doc.to_string())

    run_in_worker(qtbot, connected, add_nic)
    qtbot.waitUntil(lambda: "device:interface:52:54:00:6b:3c:99" in window.pages, timeout=5000)
    NicPage._network_started(page, held[0])
    assert "already used" in page.problem.text()
    qtbot.waitUntil(lambda: not net10_active(qtbot, connected), timeout=5000)
    qtbot.waitUntil(lambda: page.body.isEnabled(), timeout=5000)
    assert page.message.text() == "Not applied: " + page.problem.text()
    assert router_nic(qtbot, connected).source == "default"
    assert page.is_dirty() and page.mac.text() == "52:54:00:6b:3c:99"


def test_a_network_that_cannot_be_stopped_again_is_said_running(details_of, connected, qtbot,
                                                                monkeypatch):
    from kvmgui.libvirt import domainops, virsh
    from tests.helpers import FakeError

    def refuse(*_args):
        raise FakeError("unsupported configuration: no more PCI slots")

    def cannot_stop(_net):
        raise FakeError("internal error: stuck")

    window = details_of("router")
    page = choose_stopped_net10(qtbot, connected, window)
    monkeypatch.setattr(domainops, "apply_change", refuse)
    monkeypatch.setattr(virsh, "net_destroy", cannot_stop)
    page.apply()
    qtbot.waitUntil(lambda: page.body.isEnabled(), timeout=5000)
    assert page.message.text() == ("Not applied: unsupported configuration: no more PCI slots. "
                                   "Network net10, started for it, is still running: "
                                   "internal error: stuck.")
    assert net10_active(qtbot, connected)


def test_the_window_says_the_network_started_for_it_is_still_running(details_of, connected, qtbot,
                                                                     monkeypatch):
    """The page said net10 was left running; the window's bar, written before the page's
    stop failed, said only "…: not applied: unsupported configuration: no more PCI slots"."""
    from kvmgui.libvirt import domainops, virsh
    from tests.helpers import FakeError

    def refuse(*_args):
        raise FakeError("unsupported configuration: no more PCI slots")

    def cannot_stop(_net):
        raise FakeError("internal error: stuck")

    window = details_of("router")
    page = choose_stopped_net10(qtbot, connected, window)
    monkeypatch.setattr(domainops, "apply_change", refuse)
    monkeypatch.setattr(virsh, "net_destroy", cannot_stop)
    page.apply()
    qtbot.waitUntil(lambda: page.body.isEnabled(), timeout=5000)
    assert window.message.text() == ("Network interface 52:54:00:6b:3c:04: not applied: "
                                     "unsupported configuration: no more PCI slots. Network net10, "
                                     "started for it, is still running: internal error: stuck.")


def test_a_mac_changed_on_a_running_vm_says_the_card_runs_under_its_old_mac(details_of, qtbot):
    """A NIC's key is its MAC: the page of the card with its new MAC said 'Not in the
    running VM: it is added at the next start' and the bar 'Added NIC … / Removed NIC …'."""
    window = details_of("router")
    page = nic_page(window)
    type_into(qtbot, page.mac, "52:54:00:6b:3c:09")
    with qtbot.waitSignal(window.changeApplied, timeout=5000):
        page.apply()
    qtbot.waitUntil(lambda: "device:interface:52:54:00:6b:3c:09" in window.pages, timeout=5000)
    renamed = nic_page(window, "device:interface:52:54:00:6b:3c:09")
    assert renamed.running_state.text() == \
        "Runs as NIC 52:54:00:6b:3c:04: it becomes NIC 52:54:00:6b:3c:09 at the next start"
    bar = window.pending_bar.list.text()
    assert "Changed NIC 52:54:00:6b:3c:04 to NIC 52:54:00:6b:3c:09" in bar
    assert "Added" not in bar and "Removed" not in bar


def test_a_mac_change_pending_until_restart_can_be_undone(details_of, qtbot):
    """The card's old MAC, still its own in the running VM, was refused as 'still used by
    a NIC of the running VM': the change could not be taken back."""
    window = details_of("router")
    page = nic_page(window)
    type_into(qtbot, page.mac, "52:54:00:6b:3c:09")
    with qtbot.waitSignal(window.changeApplied, timeout=5000):
        page.apply()
    qtbot.waitUntil(lambda: "device:interface:52:54:00:6b:3c:09" in window.pages, timeout=5000)
    renamed = nic_page(window, "device:interface:52:54:00:6b:3c:09")
    type_into(qtbot, renamed.mac, "52:54:00:6b:3c:04")
    assert renamed.problem.text() == ""
    assert renamed.apply_button.isEnabled()
    type_into(qtbot, renamed.mac, "52:54:00:6b:3c:05")  # the other card's: still refused
    assert "52:54:00:6b:3c:05" in renamed.problem.text()


def test_no_two_controls_of_the_page_share_an_alt_letter(details_of, connected, qtbot):
    """With the addresses, the fixed address and a stopped network's note shown, Alt+A
    was Addresses, Address and Apply; Alt+C the MAC, Copy SSH command and Show Command;
    Alt+T, Alt+G and Alt+N two each (Qt then only cycles the focus between them)."""
    from tests.unit.test_keyboard_map import mnemonics

    window = details_of("web01")
    page = nic_page(window, "device:interface:52:54:00:6b:3c:01")
    run_in_worker(qtbot, connected, lambda c: c.networkLookupByName("net10").destroy())
    qtbot.waitUntil(lambda: page.source.findText("net10 (inactive)") >= 0, timeout=5000)
    page.source.setCurrentIndex(page.source.findText("net10 (inactive)"))
    qtbot.waitUntil(lambda: page.addresses.isVisibleTo(window) and page.pin.isVisibleTo(window)
                    and page.start_network.isVisibleTo(window), timeout=5000)
    assert {k: n for k, n in mnemonics(window).items() if n > 1} == {}


def test_a_card_whose_mac_changes_at_the_restart_is_offered_the_address_it_has(details_of, qtbot):
    """The pin box looked for the lease under the card's new MAC, which the running card
    does not have yet: the address it has now was not offered."""
    window = details_of("router")
    page = nic_page(window)
    qtbot.waitUntil(lambda: page.pin.ip.text() != "", timeout=5000)
    leased = page.pin.ip.text()
    type_into(qtbot, page.mac, "52:54:00:6b:3c:09")
    with qtbot.waitSignal(window.changeApplied, timeout=5000):
        page.apply()
    qtbot.waitUntil(lambda: "device:interface:52:54:00:6b:3c:09" in window.pages, timeout=5000)
    renamed = nic_page(window, "device:interface:52:54:00:6b:3c:09")
    assert renamed.addresses.mac == "52:54:00:6b:3c:04"  # the running card's
    qtbot.waitUntil(lambda: renamed.pin.ip.text() == leased, timeout=5000)
    assert renamed.pin.mac == "52:54:00:6b:3c:09"  # pinned for the MAC it will have
    assert renamed.pin.running_mac == "52:54:00:6b:3c:04"  # its lease is the card's own
    assert renamed.pin.pin_button.isEnabled()


def test_apply_keeps_what_was_changed_elsewhere_meanwhile(details_of, connected, qtbot):
    """The link unplugged on the page while the card's model and network were changed
    elsewhere (virsh, the XML editor): Apply set them back to what the page showed. Only
    what the user changed is applied; the rest is the card's as it is now."""
    from lxml import etree

    from tests.helpers import DEMO_VMS, domain_doc

    window = details_of("router")
    page = nic_page(window)
    page.link.setChecked(False)
    assert page.is_dirty()

    def elsewhere(c):
        dom = c.lookupByName("router")
        root = etree.fromstring(dom.XMLDesc(2))  # inactive
        nic = root.xpath("devices/interface[mac/@address='52:54:00:6b:3c:04']")[0]
        nic.find("model").set("type", "e1000")
        nic.find("source").set("network", "net10")
        c.defineXML(etree.tostring(root, encoding="unicode"))

    run_in_worker(qtbot, connected, elsewhere)
    qtbot.waitUntil(lambda: "changed meanwhile" in page.message.text(), timeout=5000)
    assert page.model.currentText() == "virtio"  # the fields are the user's
    with qtbot.waitSignal(window.changeApplied, timeout=5000):
        page.apply_button.click()
    nic = domain_doc(qtbot, connected, DEMO_VMS["router"]).find_device(ROUTER_NIC[len("device:"):])
    assert (nic.model, nic.source, nic.link_up) == ("e1000", "net10", False)


def stopped_router_pinned(connected, qtbot, ip="192.168.122.50"):
    """router shut off, its card on 'default' pinned to ``ip``; the network's uuid."""
    from kvmgui.libvirt import dhcphosts
    from tests.helpers import uuid_of

    run_in_worker(qtbot, connected, lambda c: c.lookupByName("router").destroy())
    net = uuid_of(connected.networks, "default")
    run_in_worker(qtbot, connected, dhcphosts.pin, net, "52:54:00:6b:3c:04", "router", ip)
    connected.refresh("network", net)
    qtbot.waitUntil(lambda: "52:54:00:6b:3c:04" in connected.networks.get(net).xml, timeout=5000)
    return net


def network_hosts(connected, net):
    from kvmgui.xml.network import NetworkDoc
    from kvmgui.xml.network_hosts import dhcp_hosts

    doc = NetworkDoc.from_string(connected.networks.get(net).xml)
    return [(h.mac, h.name, h.ip) for h in dhcp_hosts(doc)]


def test_a_stopped_vms_card_given_another_mac_keeps_its_fixed_address(details_of, connected, qtbot):
    """The static host stayed under the old MAC: the card got another address at its next
    start, the old one was held for a MAC no card has, and pinning it again was refused
    as 'already reserved for another card (52:54:00:6b:3c:04 router)'."""
    net = stopped_router_pinned(connected, qtbot)
    window = details_of("router")
    page = nic_page(window)
    qtbot.waitUntil(lambda: page.pin.status.text().startswith("Network default always gives"),
                    timeout=5000)
    type_into(qtbot, page.mac, "52:54:00:6b:3c:09")
    with qtbot.waitSignal(window.changeApplied, timeout=5000):
        page.apply()
    assert window.message.text() == (
        "Network interface 52:54:00:6b:3c:09: saved. Its fixed address 192.168.122.50 moved "
        "from 52:54:00:6b:3c:04 to the new MAC address.")
    qtbot.waitUntil(lambda: network_hosts(connected, net) == [
        ("52:54:00:6b:3c:09", "router", "192.168.122.50")], timeout=5000)
    qtbot.waitUntil(lambda: "device:interface:52:54:00:6b:3c:09" in window.pages, timeout=5000)
    renamed = nic_page(window, "device:interface:52:54:00:6b:3c:09")
    qtbot.waitUntil(lambda: renamed.pin.status.text()
                    == "Network default always gives this card 192.168.122.50.", timeout=5000)


def test_a_fixed_address_that_cannot_follow_the_new_mac_stays_and_says_why(details_of, connected,
                                                                           qtbot, monkeypatch):
    from kvmgui.libvirt import dhcphosts, virsh
    from tests.helpers import FakeError

    net = stopped_router_pinned(connected, qtbot)
    real = virsh.net_update

    def refuse_the_add(net_, command, section, index, xml, flags):
        if command == dhcphosts.ADD and "52:54:00:6b:3c:09" in xml:
            raise FakeError("operation failed: there is an existing dhcp host entry")
        return real(net_, command, section, index, xml, flags)

    monkeypatch.setattr(virsh, "net_update", refuse_the_add)
    window = details_of("router")
    page = nic_page(window)
    type_into(qtbot, page.mac, "52:54:00:6b:3c:09")
    with qtbot.waitSignal(window.changeApplied, timeout=5000):
        page.apply()
    assert window.message.text() == (
        "Network interface 52:54:00:6b:3c:09: saved. But the fixed address 192.168.122.50 was not "
        "changed: operation failed: there is an existing dhcp host entry.")
    # Put back under the old MAC, where it was.
    xml = run_in_worker(qtbot, connected, lambda c: c.networkLookupByUUIDString(net).XMLDesc(0))
    assert "52:54:00:6b:3c:04" in xml and "52:54:00:6b:3c:09" not in xml


def test_an_edit_of_a_card_on_a_stopped_network_does_not_start_it(details_of, connected, qtbot):
    """Only the link of router's card on net10 (stopped) was changed; Apply started net10
    first, though nobody chose it on this page (it plugs every running VM on it back in).
    The page still says the network is stopped; starting it is offered only for a network
    chosen here."""
    run_in_worker(qtbot, connected, lambda c: c.networkLookupByName("net10").destroy())
    window = details_of("router")
    page = nic_page(window, "device:interface:52:54:00:6b:3c:05")
    qtbot.waitUntil(lambda: "Network net10 is not running" in page.network_note.text(),
                    timeout=5000)
    assert page.start_network.isHidden()
    page.link.setChecked(False)
    assert page.start_network.isHidden()
    with qtbot.waitSignal(window.changeApplied, timeout=5000):
        page.apply()
    assert not net10_active(qtbot, connected)
    from tests.helpers import DEMO_VMS, domain_doc
    card = domain_doc(qtbot, connected, DEMO_VMS["router"]).find_device("interface:52:54:00:6b:3c:05")
    assert card.source == "net10" and not card.link_up

    other = nic_page(window)  # on 'default': net10 chosen here is offered to start
    other.source.setCurrentIndex(other.source.findData("net10"))
    assert not other.start_network.isHidden() and other.start_network.isChecked()
    other.revert()
    assert other.start_network.isHidden()


def test_a_model_an_s390_machine_lacks_is_refused(details_of, connected, qtbot):
    """Applied to the definition, the VM's QEMU refused it at the VM's next start."""
    xml = """<domain type='test'><name>zvm</name><memory>1048576</memory>
    <os><type arch='s390x' machine='s390-ccw-virtio-8.2'>hvm</type></os><devices>
    <interface type='network'><mac address='52:54:00:aa:00:01'/><source network='default'/>
    <model type='virtio'/></interface></devices></domain>"""
    uuid = run_in_worker(qtbot, connected, lambda c: c.defineXML(xml).UUIDString())
    page = nic_page(details_of(uuid), "device:interface:52:54:00:aa:00:01")
    type_into(qtbot, page.model.lineEdit(), "e1000e")
    assert page.problem.text() == ("The VM's machine type (s390-ccw-virtio-8.2) takes only "
                                   "virtio network interfaces")
    assert not page.apply_button.isEnabled()
    type_into(qtbot, page.model.lineEdit(), "virtio")
    assert page.problem.text() == ""


class _RunningDomain:
    """The running router as ``update_device``'s live step sees it: its live XML, and the
    device updates it was sent."""

    def __init__(self, xml: str) -> None:
        self.xml, self.sent = xml, []

    def name(self) -> str:
        return "router"

    def XMLDesc(self, _flags: int = 0) -> str:
        return self.xml

    def updateDeviceFlags(self, xml: str, flags: int) -> int:
        self.sent.append(xml)
        return 0


def test_a_mode_change_leaves_a_running_card_of_another_type_alone(details_of, connected, qtbot):
    """The definition's card is macvtap (moved there, pending a restart), the running one
    still on a network: a new macvtap mode was applied to the running card too, which made
    it a macvtap card on a host device named after the network ('default')."""
    import pytest
    from lxml import etree

    from kvmgui.libvirt.domainops import RestartNeededError

    def to_macvtap(c):
        dom = c.lookupByName("router")
        root = etree.fromstring(dom.XMLDesc(2))  # inactive
        nic = root.xpath("devices/interface[mac/@address='52:54:00:6b:3c:04']")[0]
        nic.set("type", "direct")
        nic.replace(nic.find("source"), etree.Element("source", dev="eth0", mode="vepa"))
        c.defineXML(etree.tostring(root, encoding="unicode"))
        return dom.XMLDesc(0)

    live_xml = run_in_worker(qtbot, connected, to_macvtap)
    window = details_of("router")
    page = nic_page(window)
    qtbot.waitUntil(lambda: page.source_type.currentData() == "direct", timeout=5000)
    page.mode.setCurrentIndex(page.mode.findData("bridge"))
    change = page.build_change()
    running = _RunningDomain(live_xml)
    with pytest.raises(RestartNeededError):
        change.live(running)
    assert running.sent == []
    # With the link unplugged too, the running card gets that, and stays on its network.
    page.link.setChecked(False)
    running = _RunningDomain(live_xml)
    page.build_change().live(running)
    (sent,) = running.sent
    card = etree.fromstring(sent)
    assert (card.get("type"), card.find("source").get("network"), card.find("link").get("state")) \
        == ("network", "default", "down")
