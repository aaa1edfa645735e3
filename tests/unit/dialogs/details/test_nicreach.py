"""How the NIC page's SSH reaches a card: through the VM's host when only it can."""

from dataclasses import replace

from PySide6.QtGui import QGuiApplication

from kvmgui.libvirt.addresses import AddressReport, GuestAddress
from kvmgui.xml.domain import DomainDoc
from tests.helpers import WEB01

MAC = "52:54:00:6b:3c:01"
NIC = f"device:interface:{MAC}"


def test_a_card_on_a_nat_networks_bridge_of_a_remote_host_is_reached_through_the_host(
        connected, details_of, qtbot, monkeypatch):
    # <interface type='bridge'><source bridge='virbr0'/>: the card is on the NAT network's
    # bridge, whose addresses only its host reaches, as a card on the network is; it was
    # taken for a card on the LAN and offered "ssh root@192.168.122.3" from here.
    monkeypatch.setattr(connected, "uri", "qemu+ssh://admin@far.example/system")
    window = details_of(WEB01)
    qtbot.waitUntil(lambda: NIC in window.pages)
    window.select_page(NIC)
    page = window.pages[NIC]
    window.addresses.stop()
    doc = DomainDoc.from_string(page.view.doc.to_string())
    doc.find_device(page.key).set_source("bridge", "virbr0")
    page.show_view(replace(page.view, doc=doc, live=DomainDoc.from_string(doc.to_string())))
    page.show_addresses(AddressReport(WEB01, True, (
        GuestAddress(MAC, "192.168.122.3", 0, False, ("arp",)),),
        answered=frozenset({"lease", "arp"})))
    box = page.addresses
    box.copy_button.click()
    assert QGuiApplication.clipboard().text() == "ssh -J admin@far.example root@192.168.122.3"


def test_a_card_on_a_networks_bridge_is_told_why_no_lease_is_listed(details_of, qtbot):
    # On virbr0 itself, the network's DHCP answers the card, but libvirt lists leases only
    # for cards on the network: it was told it "is not on a libvirt network that hands out
    # addresses", which its network does.
    window = details_of(WEB01)
    qtbot.waitUntil(lambda: NIC in window.pages)
    window.select_page(NIC)
    page = window.pages[NIC]
    window.addresses.stop()
    doc = DomainDoc.from_string(page.view.doc.to_string())
    doc.find_device(page.key).set_source("bridge", "virbr0")
    page.show_view(replace(page.view, doc=doc, live=DomainDoc.from_string(doc.to_string())))
    page.show_addresses(AddressReport(WEB01, True, answered=frozenset({"lease", "arp"})))
    assert page.addresses.status.text() == (
        "No address yet. It is on the bridge of network default, not on the network, so "
        "libvirt lists no DHCP lease for it; the host has seen no traffic from this MAC.")
