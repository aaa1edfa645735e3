"""The NIC page's editor on the test driver: its source list follows the host's networks."""

from tests.helpers import run_in_worker

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
