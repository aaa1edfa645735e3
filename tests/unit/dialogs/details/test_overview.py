"""The Overview page: what it applies is what the user changed."""

import libvirt

from tests.helpers import DEMO_VMS, domain_doc, run_in_worker


def test_applying_a_title_keeps_autostart_changed_elsewhere_meanwhile(details_of, connected, qtbot):
    window = details_of("build")
    window.select_page("overview")
    page = window.pages["overview"]
    assert not page.autostart.isChecked()
    page.title_edit.setText("Mine")
    page.title_edit.textEdited.emit("Mine")

    def autostart(c):
        dom = c.lookupByName("build")
        dom.setAutostart(1)
        c.defineXML(dom.XMLDesc(libvirt.VIR_DOMAIN_XML_INACTIVE))  # the event a define sends

    run_in_worker(qtbot, connected, autostart)
    qtbot.waitUntil(lambda: window.view.xml.autostart)
    with qtbot.waitSignal(window.changeApplied, timeout=5000):
        page.apply_button.click()
    dom_autostart = run_in_worker(qtbot, connected,
                                  lambda c: c.lookupByUUIDString(DEMO_VMS["build"]).autostart())
    assert dom_autostart == 1, window.message.text()
    assert window.view.doc.title == "Mine"


def test_a_vm_paused_meanwhile_is_no_change_of_its_settings(details_of, connected, qtbot):
    window = details_of("web01")
    window.select_page("overview")
    page = window.pages["overview"]
    page.title_edit.setText("Mine")
    page.title_edit.textEdited.emit("Mine")
    run_in_worker(qtbot, connected, lambda c: c.lookupByName("web01").suspend())
    qtbot.waitUntil(lambda: "Paused" in page.state.text(), timeout=5000)
    assert page.message.text() == ""
    assert page.title_edit.text() == "Mine" and page.is_dirty()


def test_a_description_applied_leaves_the_title_as_it_was_written(details_of, connected, qtbot):
    run_in_worker(qtbot, connected, lambda c: c.lookupByName("build").setMetadata(
        libvirt.VIR_DOMAIN_METADATA_TITLE, " Padded title ", None, None,
        libvirt.VIR_DOMAIN_AFFECT_CONFIG))
    window = details_of("build")
    window.select_page("overview")
    page = window.pages["overview"]
    assert page.title_edit.text() == " Padded title "
    page.description.setPlainText("Mine")
    with qtbot.waitSignal(window.changeApplied, timeout=5000):
        page.apply_button.click()
    doc = domain_doc(qtbot, connected, DEMO_VMS["build"])
    assert (doc.title, doc.description) == (" Padded title ", "Mine")


def test_the_overview_says_which_card_each_address_is_of(details_of, qtbot):
    # Two cards on two networks: the overview listed two addresses with nothing to tell
    # which card (and so which network) each was of.
    from kvmgui.libvirt.addresses import AddressReport, GuestAddress

    window = details_of("router")
    qtbot.waitUntil(lambda: window.view is not None)
    window.select_page("overview")
    window.addresses.stop()
    overview = window.pages["overview"]
    overview.show_addresses(AddressReport(DEMO_VMS["router"], True, (
        GuestAddress("52:54:00:6b:3c:04", "192.168.122.4", 24, False, ("lease",)),
        GuestAddress("52:54:00:6b:3c:05", "192.168.10.5", 24, False, ("lease", "arp")))))
    assert overview.addresses.text() == (
        "192.168.122.4/24 (DHCP lease) — card 52:54:00:6b:3c:04 on network default\n"
        "192.168.10.5/24 (DHCP lease, ARP) — card 52:54:00:6b:3c:05 on network net10")
