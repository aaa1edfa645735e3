"""A deleted VM's fixed addresses (static DHCP hosts of its cards' MACs): listed by the
delete dialog, removed with the VM unless the user says no, a failure told without
bringing the VM back."""

import threading

import libvirt
import pytest
from lxml import etree

from kvmgui.dialogs.details.restart import underway
from kvmgui.libvirt import actions, dhcphosts, fixedaddr, pending, pinfollow
from kvmgui.libvirt.fixedaddr import FixedAddress
from kvmgui.xml.network import NetworkDoc
from kvmgui.xml.network_hosts import dhcp_hosts
from tests.helpers import WEB01, FakeError, run_in_worker, uuid_of
from tests.helpers import select_vms as select
from tests.unit.dialogs.test_delete import names, open_delete

MAC, IP = "52:54:00:6b:3c:01", "192.168.122.50"  # web01's card, on 'default'


@pytest.fixture
def window(connected, main_window, qtbot):
    qtbot.waitUntil(lambda: main_window.proxy.rowCount() == 5)
    return main_window


@pytest.fixture
def pinned(connected, qtbot):
    """web01's card always gets IP on 'default'; the network's uuid."""
    net = uuid_of(connected.networks, "default")
    run_in_worker(qtbot, connected, dhcphosts.pin, net, MAC, "web01", IP)
    return net


def pinned_macs(qtbot, conn, net):
    return [h.mac for h in dhcp_hosts(NetworkDoc.from_string(run_in_worker(
        qtbot, conn, lambda c: c.networkLookupByUUIDString(net).XMLDesc(0))))]


def listed(qtbot, dialog):
    qtbot.waitUntil(lambda: dialog.with_addresses.isVisibleTo(dialog), timeout=5000)
    return dialog.addresses.text()


def test_a_deleted_vms_fixed_address_goes_with_it(connected, window, qtbot, pinned):
    """The static host stayed: a later VM given the MAC (a clone, a MAC typed in) got the
    deleted VM's address."""
    select(window, "web01")
    dialog = open_delete(window, qtbot)
    assert listed(qtbot, dialog) == f"web01: {IP} on network default (MAC {MAC})"
    assert dialog.with_addresses.isChecked()
    dialog.delete_button.click()
    qtbot.waitUntil(lambda: "web01" not in names(connected), timeout=5000)
    qtbot.waitUntil(lambda: MAC not in pinned_macs(qtbot, connected, pinned), timeout=5000)
    assert window.notifications.messages() == []


def test_a_fixed_address_the_user_keeps_stays(connected, window, qtbot, pinned, submitted):
    select(window, "web01")
    dialog = open_delete(window, qtbot)
    listed(qtbot, dialog)
    dialog.with_addresses.setChecked(False)
    dialog.delete_button.click()
    qtbot.waitUntil(lambda: underway(connected, WEB01) is None, timeout=5000)  # its end heard
    qtbot.waitUntil(lambda: "web01" not in names(connected), timeout=5000)
    assert fixedaddr.remove_fixed not in submitted
    assert pinned_macs(qtbot, connected, pinned) == [MAC]


def test_a_fixed_address_not_removed_is_told_and_the_vm_stays_deleted(connected, window, qtbot,
                                                                      pinned, monkeypatch):
    def refuse(*_args):
        raise FakeError("Requested operation is not valid: network is busy")

    monkeypatch.setattr(dhcphosts, "remove_dhcp_host", refuse)
    select(window, "web01")
    dialog = open_delete(window, qtbot)
    listed(qtbot, dialog)
    dialog.delete_button.click()
    qtbot.waitUntil(lambda: bool(window.notifications.messages()), timeout=5000)
    [message] = window.notifications.messages()
    assert (f"'web01' on {connected.display_name} was deleted, but its fixed address {IP} on "
            f"network default (MAC address {MAC}) was not removed: ") in message
    assert message.endswith("network is busy")
    qtbot.waitUntil(lambda: "web01" not in names(connected), timeout=5000)  # its event may lag
    assert pinned_macs(qtbot, connected, pinned) == [MAC]


CLONE = f"""<domain type='test'><name>twin</name><memory>65536</memory><os><type>hvm</type></os>
<devices><interface type='network'><mac address='{MAC.upper()}'/><source network='default'/>
</interface></devices></domain>"""


def test_a_fixed_address_another_vms_card_has_the_mac_of_is_not_offered(connected, qtbot, pinned):
    """It is that card's too (a clone that kept the MAC): removing it would take it from a VM
    that stays."""
    assert run_in_worker(qtbot, connected, fixedaddr.fixed_addresses, [WEB01]) == [
        FixedAddress(WEB01, "default", pinned, MAC, IP)]
    run_in_worker(qtbot, connected, lambda c: c.defineXML(CLONE))
    assert run_in_worker(qtbot, connected, fixedaddr.fixed_addresses, [WEB01]) == []


def test_a_fixed_address_whose_mac_a_vm_took_meanwhile_stays(connected, qtbot, pinned):
    """Listed when asked, but a VM defined since with that MAC has it now: it stays, and
    the outcome names that VM."""
    [address] = run_in_worker(qtbot, connected, fixedaddr.fixed_addresses, [WEB01])

    def delete_and_clone(c):
        dom = c.lookupByUUIDString(WEB01)
        dom.destroy()
        dom.undefine()
        c.defineXML(CLONE)

    run_in_worker(qtbot, connected, delete_and_clone)
    outcome = run_in_worker(qtbot, connected, fixedaddr.remove_fixed, [address], [WEB01])
    assert outcome == [fixedaddr.Removal(address, kept_for="twin")]
    assert pinned_macs(qtbot, connected, pinned) == [MAC]


def test_a_pending_mac_change_lists_the_address_of_either_mac(connected, qtbot, pinned):
    """A running VM's card given another MAC runs with the old one until its restart: a
    static host under either is the VM's."""
    def new_mac(c):
        root = etree.fromstring(c.lookupByUUIDString(WEB01).XMLDesc(libvirt.VIR_DOMAIN_XML_INACTIVE))
        root.find("devices/interface/mac").set("address", "52:54:00:6b:3c:99")
        c.defineXML(etree.tostring(root, encoding="unicode"))

    run_in_worker(qtbot, connected, new_mac)
    assert [a.mac for a in run_in_worker(qtbot, connected, fixedaddr.fixed_addresses, [WEB01])] \
        == [MAC]


NEW = "52:54:00:6b:3c:99"


def given_a_new_mac(connected, qtbot):
    """web01 runs with MAC and is defined with NEW (until its restart); waits until the
    pending-changes tracker, which moves its pin when it stops, knows it."""
    def new_mac(c):
        root = etree.fromstring(c.lookupByUUIDString(WEB01).XMLDesc(libvirt.VIR_DOMAIN_XML_INACTIVE))
        root.find("devices/interface/mac").set("address", NEW)
        c.defineXML(etree.tostring(root, encoding="unicode"))

    run_in_worker(qtbot, connected, new_mac)
    tracker = pending.tracker_for(connected)
    qtbot.waitUntil(lambda: bool(tracker.get(WEB01)), timeout=5000)


def test_a_pin_moved_as_the_delete_forced_the_vm_off_goes_with_it(connected, window, qtbot,
                                                                   pinned, monkeypatch):
    """Forced off by its Delete, a VM whose card was given another MAC has its pin moved to
    the new MAC (pinfollow): on a host slower than the test driver the move may come before
    the undefine (the stop's event is sent during the destroy), and the removal then found
    nothing under the old MAC: the address stayed held for the new MAC of a deleted VM."""
    moved = threading.Event()
    real_follow = pinfollow.follow_pins

    def follow(c, uuid, changes):
        try:
            return real_follow(c, uuid, changes)
        finally:
            moved.set()

    real_undefine = actions._undefine

    def undefine(dom):
        moved.wait(5)  # the slow host: the pin has moved by the time the undefine comes
        real_undefine(dom)

    monkeypatch.setattr(pending, "follow_pins", follow)
    monkeypatch.setattr(actions, "_undefine", undefine)
    given_a_new_mac(connected, qtbot)
    select(window, "web01")
    dialog = open_delete(window, qtbot)
    assert listed(qtbot, dialog) == f"web01: {IP} on network default (MAC {MAC})"
    dialog.delete_button.click()
    qtbot.waitUntil(lambda: "web01" not in names(connected), timeout=5000)
    assert moved.is_set()
    qtbot.waitUntil(lambda: pinned_macs(qtbot, connected, pinned) == [], timeout=5000)


def test_a_removal_waits_for_a_pin_being_moved(connected, qtbot, pinned, monkeypatch):
    """A move is two changes (the old MAC's entry deleted, the new one's added): a removal
    between them found neither, and the new one came after it."""
    given_a_new_mac(connected, qtbot)
    [address] = run_in_worker(qtbot, connected, fixedaddr.fixed_addresses, [WEB01])
    assert address.others == (NEW,)
    half, release, waiting = threading.Event(), threading.Event(), threading.Event()
    real_set = dhcphosts.set_dhcp_host

    def set_dhcp_host(c, net, host, old):
        dhcphosts.remove_dhcp_host(c, net, old)
        half.set()
        release.wait(5)
        real_set(c, net, host)

    monkeypatch.setattr(pinfollow.dhcphosts, "set_dhcp_host", set_dhcp_host)
    real_held = pinfollow.pins_held

    def held(c):
        if threading.current_thread() is not threading.main_thread() and half.is_set():
            waiting.set()  # the removal, at the lock the move holds
        return real_held(c)

    monkeypatch.setattr(fixedaddr, "pins_held", held, raising=False)
    moves = []
    pending.tracker_for(connected).pinMoved.connect(moves.append)
    # Stopped: the pending-changes tracker moves its pin (paused half way).
    run_in_worker(qtbot, connected, lambda c: c.lookupByUUIDString(WEB01).destroy())
    qtbot.waitUntil(half.is_set, timeout=5000)
    removal = connected.run(lambda c: (c.lookupByUUIDString(WEB01).undefine(),
                                       fixedaddr.remove_fixed(c, [address], [WEB01]))[1])
    qtbot.waitUntil(lambda: waiting.is_set() or removal.done(), timeout=5000)
    release.set()
    qtbot.waitUntil(lambda: bool(moves) and removal.done(), timeout=5000)
    assert [(m.old, m.new, m.error) for m in moves] == [(MAC, NEW, "")]
    assert removal.result() == [fixedaddr.Removal(address)]
    assert pinned_macs(qtbot, connected, pinned) == []


def test_delete_clicked_before_the_lookup_answered_waits_for_it(connected, window, qtbot, pinned,
                                                                submitted, monkeypatch):
    """The dialog had no answer yet: the VM was deleted and its fixed address, unknown to the
    dialog, stayed, and nothing said so. The Delete now waits for the answer (the VM's cards
    cannot be read once it is gone)."""
    gate = threading.Event()
    real = fixedaddr.fixed_addresses

    def slow(c, uuids):
        gate.wait(5)
        return real(c, uuids)

    monkeypatch.setattr(fixedaddr, "fixed_addresses", slow)
    select(window, "web01")
    dialog = open_delete(window, qtbot)
    dialog.delete_button.click()
    assert dialog.isVisible() and not dialog.delete_button.isEnabled()
    assert dialog.addresses.text() == "Looking up the VMs' fixed addresses…"
    assert actions.delete not in submitted
    gate.set()
    qtbot.waitUntil(lambda: "web01" not in names(connected), timeout=5000)
    qtbot.waitUntil(lambda: pinned_macs(qtbot, connected, pinned) == [], timeout=5000)
    assert window.notifications.messages() == []


def test_a_failed_lookup_is_said_and_delete_deletes_the_vm_alone(connected, window, qtbot, pinned,
                                                                 monkeypatch):
    """Only logged before: the dialog looked as if the VM had no fixed address."""
    def refuse(_c, _uuids):
        raise FakeError("cannot read network 'default'")

    monkeypatch.setattr(fixedaddr, "fixed_addresses", refuse)
    select(window, "web01")
    dialog = open_delete(window, qtbot)
    qtbot.waitUntil(lambda: dialog.addresses.isVisibleTo(dialog), timeout=5000)
    assert dialog.addresses.text() == ("Could not look up the VMs' fixed addresses, so none will "
                                       "be removed: cannot read network 'default'")
    assert not dialog.with_addresses.isVisibleTo(dialog) and dialog.fixed_plan() == []
    dialog.delete_button.click()
    qtbot.waitUntil(lambda: "web01" not in names(connected), timeout=5000)
    assert pinned_macs(qtbot, connected, pinned) == [MAC]


def test_the_addresses_are_looked_up_again_when_vms_change(connected, window, qtbot, pinned):
    """Listed as the dialog opened, a fixed address stayed listed (and offered) after a VM
    defined meanwhile took its MAC: it is that VM's card's now."""
    select(window, "web01")
    dialog = open_delete(window, qtbot)
    assert listed(qtbot, dialog) == f"web01: {IP} on network default (MAC {MAC})"
    run_in_worker(qtbot, connected, lambda c: c.defineXML(CLONE))
    qtbot.waitUntil(lambda: not dialog.with_addresses.isVisibleTo(dialog), timeout=5000)
    assert dialog.fixed_plan() == [] and not dialog.addresses.isVisibleTo(dialog)
    run_in_worker(qtbot, connected, lambda c: c.lookupByName("twin").undefine())
    assert listed(qtbot, dialog) == f"web01: {IP} on network default (MAC {MAC})"
    dialog.reject()
