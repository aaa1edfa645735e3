"""The NIC page's offer of the troubleshooter after a while without an address: counted
from readings only."""

from kvmgui.dialogs.details.nicpage import NicPage
from tests.helpers import WEB01, run_in_worker

NIC = "device:interface:52:54:00:6b:3c:01"


def test_a_vm_started_while_no_page_read_its_addresses_is_not_counted_without_one(
        details_of, qtbot, monkeypatch):
    # Started while no page showing addresses was on screen, the VM's last reading (not
    # running) became "running, nothing read yet" for the pages; the NIC page counted that
    # as a card without an address, and a minute later the window said "Network card … has
    # had no IP address for a while" though no reading had been made since the start.
    monkeypatch.setattr(NicPage, "no_address_ms", 50)
    window = details_of(WEB01)
    qtbot.waitUntil(lambda: NIC in window.pages)
    window.select_page(NIC)
    page = window.pages[NIC]
    run_in_worker(qtbot, window.conn, lambda c: c.lookupByUUIDString(WEB01).destroy())
    qtbot.waitUntil(lambda: page.addresses.status.text() == "The VM is not running.",
                    timeout=5000)
    qtbot.waitUntil(lambda: not window.addresses._busy, timeout=5000)
    window.select_page("cpumem")
    assert not window.addresses.active
    run_in_worker(qtbot, window.conn, lambda c: c.lookupByUUIDString(WEB01).create())
    qtbot.waitUntil(lambda: window.view is not None and window.view.running, timeout=5000)
    assert page.addresses.status.text() == "No address yet."
    assert not page.no_address.timer.isActive() and page.no_address.isHidden()
    assert "no IP address" not in window.message.text()


def test_a_vm_restarted_while_no_page_read_its_addresses_offers_none_of_its_last_run(
        details_of, qtbot):
    # Stopped and started again while no page showing addresses was on screen: stopped, the
    # pages were told it no longer ran; started, the last reading (of the run before) came
    # back as the running VM's, and its card offered ssh to an address read before the stop.
    window = details_of(WEB01)
    qtbot.waitUntil(lambda: NIC in window.pages)
    window.select_page(NIC)
    box, overview = window.pages[NIC].addresses, window.pages["overview"]
    qtbot.waitUntil(lambda: box.list.count() > 0, timeout=5000)
    qtbot.waitUntil(lambda: not window.addresses._busy, timeout=5000)
    window.select_page("cpumem")
    assert not window.addresses.active
    run_in_worker(qtbot, window.conn, lambda c: c.lookupByUUIDString(WEB01).destroy())
    qtbot.waitUntil(lambda: window.view is not None and not window.view.running, timeout=5000)
    assert box.list.count() == 0
    run_in_worker(qtbot, window.conn, lambda c: c.lookupByUUIDString(WEB01).create())
    qtbot.waitUntil(lambda: window.view is not None and window.view.running, timeout=5000)
    assert box.list.count() == 0 and not box.copy_button.isEnabled()
    assert overview.addresses.text() == "None known yet"


def test_the_windows_no_address_warning_goes_when_the_card_gets_one(details_of, qtbot,
                                                                     monkeypatch):
    # The window said "Network card … has had no IP address for a while" and kept saying
    # it after the card got its address, beside the page showing that address.
    from kvmgui.libvirt.addresses import AddressReport, AddressSource, GuestAddress

    monkeypatch.setattr(NicPage, "no_address_ms", 50)
    window = details_of(WEB01)
    qtbot.waitUntil(lambda: NIC in window.pages)
    window.select_page(NIC)
    page = window.pages[NIC]
    qtbot.waitUntil(lambda: page.addresses.list.count() > 0, timeout=5000)
    window.addresses.stop()
    qtbot.waitUntil(lambda: not window.addresses._busy, timeout=5000)
    mac = "52:54:00:6b:3c:01"
    with qtbot.waitSignal(page.noAddress, timeout=2000):
        window._show_addresses(AddressReport(WEB01, True, answered=frozenset({"lease"})))
    assert "no IP address" in window.message.text()
    found = GuestAddress(mac, "192.168.122.3", 24, False, (AddressSource.LEASE,))
    window._show_addresses(AddressReport(WEB01, True, (found,), answered=frozenset({"lease"})))
    assert window.message.text() == ""
