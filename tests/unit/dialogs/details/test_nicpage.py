"""The NIC page's editor on the test driver: its source list follows the host's networks."""

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
