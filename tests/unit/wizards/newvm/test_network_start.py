"""The New VM wizard's network page: starting a stopped network plugs the running VMs that
use it back into its bridge, as the networks panel's Start does."""

from __future__ import annotations

import threading

import libvirt
from PySide6.QtCore import Qt

from tests.helpers import FakeError, run_in_worker, uuid_of
from tests.unit.wizards.newvm.drive import choose, open_wizard


def start_default(qtbot, connected):
    uuid = uuid_of(connected.networks, "default")
    run_in_worker(qtbot, connected, lambda c: c.networkLookupByUUIDString(uuid).destroy())
    qtbot.waitUntil(lambda: not connected.networks.get(uuid).active, timeout=5000)
    wiz = open_wizard(qtbot, connected)
    page = wiz.network
    choose(page.source, "default")
    assert page.start_button.isVisibleTo(page)
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.start_button.isEnabled(), timeout=10000)
    return wiz, page  # the wizard kept: the page is its child


def test_starting_a_network_reconnects_the_running_vms_on_it(connected, qtbot, monkeypatch):
    updates = []
    # The test driver has no live device updates; libvirt's would re-add the tap.
    monkeypatch.setattr(libvirt.virDomain, "updateDeviceFlags",
                        lambda dom, xml, flags: updates.append(dom.name()) or 0)
    _wiz, page = start_default(qtbot, connected)
    assert sorted(set(updates)) == ["router", "web01"]
    assert page.start_result.text() == (
        "default is running; reconnected the running VMs that use it: router, web01.")


def test_a_vm_that_could_not_be_reconnected_is_named(connected, qtbot, monkeypatch):
    def update(dom, xml, flags):
        if dom.name() == "router":
            raise FakeError("unable to add bridge virbr0 port vnet3: No such device")
        return 0

    monkeypatch.setattr(libvirt.virDomain, "updateDeviceFlags", update)
    _wiz, page = start_default(qtbot, connected)
    assert page.start_result.text() == (
        "default is running, but could not reconnect router: "
        "unable to add bridge virbr0 port vnet3: No such device")


def test_a_network_someone_started_meanwhile_is_said_running(connected, qtbot, monkeypatch):
    """Started elsewhere between the click and the start: libvirt's "already active" was
    "Could not start default" for a network that runs."""
    from kvmgui.libvirt import virsh

    def started_first(net):
        net.create()  # elsewhere, meanwhile; then libvirt refuses ours
        raise FakeError("Requested operation is not valid: network is already active",
                        libvirt.VIR_ERR_OPERATION_INVALID)

    monkeypatch.setattr(virsh, "net_start", started_first)
    _wiz, page = start_default(qtbot, connected)
    assert page.start_result.text() == "default is running."


def test_a_start_that_ends_after_another_host_was_chosen_is_not_told_there(
        registry, connected, qtbot, monkeypatch, tmp_path):
    from kvmgui.libvirt import netfix
    from tests.conftest import DEMO_HOST
    from tests.helpers import open_connection

    other_path = tmp_path / "other.xml"
    other_path.write_text(DEMO_HOST.read_text())
    other = open_connection(registry, qtbot, f"test://{other_path}")
    uuid = uuid_of(connected.networks, "default")
    run_in_worker(qtbot, connected, lambda c: c.networkLookupByUUIDString(uuid).destroy())
    qtbot.waitUntil(lambda: not connected.networks.get(uuid).active, timeout=5000)
    gate, real = threading.Event(), netfix.start_and_reconnect
    monkeypatch.setattr(netfix, "start_and_reconnect", lambda c, u: (gate.wait(10), real(c, u))[1])
    refreshed = {connected: [], other: []}
    for conn, seen in refreshed.items():
        monkeypatch.setattr(conn, "refresh", lambda kind, u, seen=seen: seen.append((kind, u)))
    wiz = open_wizard(qtbot, connected, [connected, other])
    page = wiz.network
    choose(page.source, "default")
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    assert page.start_result.text() == "Starting default…"
    wiz.method.connection.setCurrentIndex(1)
    qtbot.waitUntil(lambda: wiz.state.facts is not None, timeout=10000)
    gate.set()
    qtbot.waitUntil(lambda: refreshed[connected] != [], timeout=10000)
    # The first host's network started; the second host's page says nothing of it.
    assert refreshed == {connected: [("network", uuid)], other: []}
    assert page.start_result.text() == ""


def test_another_host_can_start_its_network_while_the_first_hosts_start_hangs(
        registry, connected, qtbot, monkeypatch, tmp_path):
    from kvmgui.libvirt import netfix
    from tests.conftest import DEMO_HOST
    from tests.helpers import open_connection

    other_path = tmp_path / "other.xml"
    other_path.write_text(DEMO_HOST.read_text())
    other = open_connection(registry, qtbot, f"test://{other_path}")
    for conn in (connected, other):
        uuid = uuid_of(conn.networks, "default")
        run_in_worker(qtbot, conn, lambda c, uuid=uuid: c.networkLookupByUUIDString(uuid).destroy())
        qtbot.waitUntil(lambda conn=conn, uuid=uuid: not conn.networks.get(uuid).active, timeout=5000)
    gate, real = threading.Event(), netfix.start_and_reconnect
    monkeypatch.setattr(netfix, "start_and_reconnect",
                        lambda c, u: (c.getURI().endswith("host.xml") and gate.wait(10), real(c, u))[1])
    wiz = open_wizard(qtbot, connected, [connected, other])
    page = wiz.network
    try:
        choose(page.source, "default")
        qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
        wiz.method.connection.setCurrentIndex(1)
        qtbot.waitUntil(lambda: wiz.state.facts is not None, timeout=10000)
        choose(page.source, "default")
        assert page.start_button.isVisibleTo(page)
        assert (page.start_button.isEnabled(), page.start_result.text()) == (True, "")
        qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.start_result.text() == "default is running.", timeout=10000)
    finally:
        gate.set()
