"""The host's "Virtual networks" panel against the test driver."""

import time

import libvirt
import pytest
from lxml import etree
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox, QWizard

from kvmgui.libvirt import netfix, netops
from kvmgui.libvirt.netops import Lease
from kvmgui.models.leases import LeaseColumn
from kvmgui.panels.networks import NetworksPanel, stop_unless_gone
from kvmgui.wizards.network.wizard import PageId
from tests.helpers import FakeError, click, run_in_worker, uuid_of

SPARE = "<network><name>spare</name><bridge name='virbr7'/><ip address='10.7.0.1' prefix='24'/></network>"


@pytest.fixture
def panel(connected, qtbot, qtmodeltester):
    widget = NetworksPanel(connected)
    qtbot.addWidget(widget)
    qtmodeltester.check(widget.model)  # attached before the mutations the tests drive
    qtmodeltester.check(widget.proxy)
    qtmodeltester.check(widget.leases.model)
    widget.resize(1000, 600)
    widget.show()
    return widget


def select(panel, name):
    uuid = uuid_of(panel.conn.networks, name)
    assert panel.view.select_key(uuid)
    assert panel.current().record.name == name
    return uuid


def answer(qtbot, panel, button):
    qtbot.waitUntil(lambda: panel.confirm_box is not None and panel.confirm_box.isVisible(), timeout=5000)
    box = panel.confirm_box
    text = box.text()
    qtbot.mouseClick(box.button(button), Qt.MouseButton.LeftButton)
    panel.confirm_box = None
    return text


def define_spare(qtbot, conn):
    run_in_worker(qtbot, conn, lambda c: c.networkDefineXML(SPARE))
    qtbot.waitUntil(lambda: any(r.name == "spare" for r in conn.networks.records()), timeout=5000)


def test_lists_networks_with_details(panel):
    assert panel.view.accessibleName() == "Virtual networks"
    assert panel.leases.view.accessibleName() == "DHCP leases"
    select(panel, "default")
    v = panel.values
    assert panel.title.text() == "default"
    assert (v["state"].text(), v["mode"].text(), v["bridge"].text()) == ("Active", "NAT", "virbr0")
    assert v["ipv4"].text() == "192.168.122.0/24" and v["gateway4"].text() == "192.168.122.1"
    assert v["dhcp"].text() == "192.168.122.2 – 192.168.122.254"
    assert v["persistent"].text() == "Yes" and v["ipv6"].text() == "—"
    assert not panel.autostart.isChecked()
    assert panel.stop_button.isEnabled() and not panel.start_button.isEnabled()
    select(panel, "net10")
    assert v["ipv4"].text() == "192.168.10.0/24" and v["bridge"].text() == "virbr1"


def test_stop_lists_running_vms_then_start(panel, qtbot):
    uuid = select(panel, "default")
    click(qtbot, panel.stop_button)
    text = answer(qtbot, panel, QMessageBox.StandardButton.Yes)
    assert "web01" in text and "router" in text  # running VMs on `default`
    qtbot.waitUntil(lambda: panel.values["state"].text() == "Inactive", timeout=5000)
    assert not panel.conn.networks.get(uuid).active
    assert panel.start_button.isEnabled() and not panel.stop_button.isEnabled()
    assert "not running" in panel.leases.status.text()
    click(qtbot, panel.start_button)
    qtbot.waitUntil(lambda: panel.values["state"].text() == "Active", timeout=5000)


def test_stop_can_be_declined(panel, qtbot, submitted):
    uuid = select(panel, "default")
    click(qtbot, panel.stop_button)
    answer(qtbot, panel, QMessageBox.StandardButton.No)
    # "Yes" would have submitted the stop while the box closed: nothing was, nothing waits.
    assert netops.network_users in submitted and stop_unless_gone not in submitted
    assert not panel.busy and panel.stop_button.isEnabled()
    assert panel.conn.networks.get(uuid).active
    assert run_in_worker(qtbot, panel.conn, lambda c: c.networkLookupByUUIDString(uuid).isActive())


def test_delete_is_refused_while_running_vms_use_it(panel, qtbot):
    select(panel, "net10")
    click(qtbot, panel.delete_button)
    qtbot.waitUntil(lambda: panel.message.isVisible(), timeout=5000)
    assert panel.message.text() == ("'net10' is in use by running VMs: db01, router. "
                                    "Shut them down or move their network cards first.")
    assert panel.confirm_box is None
    assert any(r.name == "net10" for r in panel.conn.networks.records())


def test_delete_unused_network_after_confirming(panel, qtbot):
    define_spare(qtbot, panel.conn)
    select(panel, "spare")
    rows = panel.model.rowCount()
    click(qtbot, panel.delete_button)
    assert answer(qtbot, panel, QMessageBox.StandardButton.Yes) == "Delete network 'spare'?"
    qtbot.waitUntil(lambda: panel.model.rowCount() == rows - 1, timeout=5000)
    assert "spare" not in run_in_worker(qtbot, panel.conn,
                                        lambda c: [n.name() for n in c.listAllNetworks(0)])


def test_autostart_toggle(panel, qtbot):
    uuid = select(panel, "net10")
    qtbot.mouseClick(panel.autostart, Qt.MouseButton.LeftButton,
                     pos=QPoint(8, panel.autostart.height() // 2))
    qtbot.waitUntil(lambda: panel.conn.networks.get(uuid).autostart, timeout=5000)
    assert panel.model.info_of(uuid).autostart == "Yes"


def test_failed_start_shows_libvirts_message(panel, qtbot, monkeypatch):
    define_spare(qtbot, panel.conn)
    select(panel, "spare")
    monkeypatch.setattr(libvirt.virNetwork, "create",
                        lambda self: (_ for _ in ()).throw(FakeError("Cannot create bridge virbr7")))
    click(qtbot, panel.start_button)
    qtbot.waitUntil(lambda: panel.message.isVisible(), timeout=5000)
    assert panel.message.text() == "Could not start 'spare': Cannot create bridge virbr7"
    assert panel.start_button.isEnabled()


def test_add_runs_the_wizard_and_selects_the_new_network(panel, qtbot):
    click(qtbot, panel.add_button)
    wiz = panel.wizard
    assert wiz is not None and wiz.isVisible()
    qtbot.waitUntil(lambda: wiz.state.context.routes is not None, timeout=5000)
    wiz.basics.name.clear()
    qtbot.keyClicks(wiz.basics.name, "fresh")
    while wiz.currentId() != PageId.SUMMARY:
        click(qtbot, wiz.button(QWizard.WizardButton.NextButton))
    click(qtbot, wiz.button(QWizard.WizardButton.FinishButton))
    qtbot.waitUntil(lambda: panel.current() is not None and panel.current().record.name == "fresh",
                    timeout=5000)
    assert panel.wizard is None
    assert panel.values["state"].text() == "Active"


def test_leases_show_owner_and_refresh_while_visible(panel, qtbot, monkeypatch):
    current = [Lease("52:54:00:6b:3c:01", "192.168.122.10", 24, "web01", int(time.time()) + 3600, "ipv4")]
    monkeypatch.setattr(netops, "dhcp_leases", lambda _conn, _uuid: list(current))
    panel.leases.timer.setInterval(50)  # the real 3 s would only slow the test down
    select(panel, "default")
    model = panel.leases.model
    qtbot.waitUntil(lambda: model.rowCount() == 1 and model.index(0, LeaseColumn.VM).data() == "web01",
                    timeout=5000)
    current.append(Lease("52:54:00:6b:3c:04", "192.168.122.11", 24, "router", 0, "ipv4"))
    qtbot.waitUntil(lambda: model.rowCount() == 2, timeout=5000)  # picked up by the timer
    assert model.index(1, LeaseColumn.VM).data() == "router"
    assert model.index(1, LeaseColumn.EXPIRES).data() == "never"
    panel.hide()
    assert not panel.leases.timer.isActive()


def test_edit_xml_asks_the_window_for_the_editor(panel, qtbot):
    uuid = select(panel, "net10")
    with qtbot.waitSignal(panel.xmlEditRequested) as blocker:
        click(qtbot, panel.xml_button)
    assert blocker.args == ["network", uuid]


def test_a_transient_network_offers_no_autostart_nor_xml_edit(panel, qtbot):
    # libvirt refuses autostart for a network it forgets when it stops ("cannot set autostart
    # for transient network"), and defining over it would quietly make it persistent.
    run_in_worker(qtbot, panel.conn, lambda c: c.networkCreateXML(SPARE))
    qtbot.waitUntil(lambda: any(r.name == "spare" for r in panel.conn.networks.records()), timeout=5000)
    select(panel, "spare")
    assert panel.values["persistent"].text() == "No (transient)"
    assert not panel.autostart.isEnabled() and not panel.xml_button.isEnabled()
    panel.command_menu.aboutToShow.emit()
    assert [a.text() for a in panel.command_menu.actions()] == ["Start", "Stop", "Delete"]
    select(panel, "net10")
    assert panel.xml_button.isEnabled()
    panel.command_menu.aboutToShow.emit()
    assert [a.text() for a in panel.command_menu.actions()] == [
        "Start", "Stop", "Delete", "Autostart on", "Autostart off"]


def test_a_network_deleted_elsewhere_while_asking_is_no_failure(panel, qtbot):
    define_spare(qtbot, panel.conn)
    uuid = select(panel, "spare")
    click(qtbot, panel.delete_button)
    qtbot.waitUntil(lambda: panel.confirm_box is not None and panel.confirm_box.isVisible(), timeout=5000)
    run_in_worker(qtbot, panel.conn, lambda c: c.networkLookupByUUIDString(uuid).undefine())
    answer(qtbot, panel, QMessageBox.StandardButton.Yes)
    qtbot.waitUntil(lambda: not panel.busy and panel.conn.networks.get(uuid) is None, timeout=5000)
    assert not panel.message.isVisible() or "Could not" not in panel.message.text()


def test_nothing_can_be_changed_while_disconnected(panel, qtbot, submitted):
    # The rows stay (greyed) after the connection closed: their actions cannot work.
    uuid = select(panel, "net10")
    with qtbot.waitSignal(panel.conn.stateChanged, timeout=5000):
        panel.conn.close()
    assert panel.current() is not None and panel.current().record.uuid == uuid
    controls = [panel.start_button, panel.stop_button, panel.delete_button, panel.autostart,
                panel.xml_button, panel.hosts.hosts.add_button, panel.hosts.records.add_button]
    assert [c.accessibleName() for c in controls if c.isEnabled()] == []


def refuse_when_inactive(monkeypatch):
    """virNetwork.destroy as real libvirt has it: an inactive network is refused (the test
    driver stops it again without a word)."""
    real = libvirt.virNetwork.destroy

    def destroy(net):
        if not net.isActive():
            raise FakeError("Requested operation is not valid: network is not active",
                            libvirt.VIR_ERR_OPERATION_INVALID)
        return real(net)

    monkeypatch.setattr(libvirt.virNetwork, "destroy", destroy)


def test_a_network_stopped_elsewhere_while_asking_is_no_failure(panel, qtbot, monkeypatch):
    refuse_when_inactive(monkeypatch)
    uuid = select(panel, "net10")
    click(qtbot, panel.stop_button)
    qtbot.waitUntil(lambda: panel.confirm_box is not None and panel.confirm_box.isVisible(), timeout=5000)
    run_in_worker(qtbot, panel.conn, lambda c: c.networkLookupByUUIDString(uuid).destroy())
    answer(qtbot, panel, QMessageBox.StandardButton.Yes)
    qtbot.waitUntil(lambda: not panel.busy and not panel.conn.networks.get(uuid).active, timeout=5000)
    assert panel.message.text() == ""


def test_a_transient_network_stopped_elsewhere_while_asking_is_no_failure(panel, qtbot):
    run_in_worker(qtbot, panel.conn, lambda c: c.networkCreateXML(SPARE))
    qtbot.waitUntil(lambda: any(r.name == "spare" for r in panel.conn.networks.records()), timeout=5000)
    uuid = select(panel, "spare")
    click(qtbot, panel.stop_button)
    qtbot.waitUntil(lambda: panel.confirm_box is not None and panel.confirm_box.isVisible(), timeout=5000)
    run_in_worker(qtbot, panel.conn, lambda c: c.networkLookupByUUIDString(uuid).destroy())  # gone
    answer(qtbot, panel, QMessageBox.StandardButton.Yes)
    qtbot.waitUntil(lambda: not panel.busy and panel.conn.networks.get(uuid) is None, timeout=5000)
    assert panel.message.text() == ""


def test_start_reconnects_the_running_vms_the_stop_cut_off(panel, qtbot, monkeypatch):
    """Stopping a network unplugs the running VMs' taps from its bridge and starting it does
    not plug them back: Start changes each such card live to the bridge and back (as the
    troubleshooter's fix does), and says so."""
    updates = []
    # The test driver has no live device updates; libvirt's would re-add the tap.
    monkeypatch.setattr(libvirt.virDomain, "updateDeviceFlags",
                        lambda dom, xml, flags: updates.append((dom.name(), xml)) or 0)
    select(panel, "default")
    click(qtbot, panel.stop_button)
    answer(qtbot, panel, QMessageBox.StandardButton.Yes)
    qtbot.waitUntil(lambda: panel.start_button.isEnabled(), timeout=5000)
    assert updates == []
    click(qtbot, panel.start_button)
    qtbot.waitUntil(lambda: panel.values["state"].text() == "Active" and not panel.busy, timeout=5000)
    assert sorted(name for name, _xml in updates) == ["router", "router", "web01", "web01"]
    assert "<source bridge=\"virbr0\"/>" in updates[0][1]
    assert panel.message.text() == (
        "Started 'default' and reconnected the running VMs that use it: router, web01.")


def test_start_says_when_the_running_vms_could_not_be_reconnected(panel, qtbot, monkeypatch):
    monkeypatch.setattr(libvirt.virDomain, "updateDeviceFlags", lambda *_a: (_ for _ in ()).throw(
        FakeError("unable to add bridge virbr0 port vnet3: No such device")))
    uuid = select(panel, "default")
    run_in_worker(qtbot, panel.conn, lambda c: c.networkLookupByUUIDString(uuid).destroy())
    qtbot.waitUntil(lambda: panel.start_button.isEnabled(), timeout=5000)
    click(qtbot, panel.start_button)
    qtbot.waitUntil(lambda: panel.values["state"].text() == "Active" and not panel.busy, timeout=5000)
    assert panel.message.text() == (
        "Started 'default', but could not reconnect router, web01: "
        "unable to add bridge virbr0 port vnet3: No such device")


def test_start_reconnects_the_other_vms_when_one_fails_and_names_it(panel, qtbot, monkeypatch):
    def update(dom, xml, flags):
        if dom.name() == "router":
            raise FakeError("unable to add bridge virbr0 port vnet3: No such device")
        return 0

    monkeypatch.setattr(libvirt.virDomain, "updateDeviceFlags", update)
    uuid = select(panel, "default")
    run_in_worker(qtbot, panel.conn, lambda c: c.networkLookupByUUIDString(uuid).destroy())
    qtbot.waitUntil(lambda: panel.start_button.isEnabled(), timeout=5000)
    click(qtbot, panel.start_button)
    qtbot.waitUntil(lambda: panel.values["state"].text() == "Active" and not panel.busy, timeout=5000)
    assert panel.message.text() == (
        "Started 'default' and reconnected web01, but could not reconnect router: "
        "unable to add bridge virbr0 port vnet3: No such device")


def test_a_vm_not_reconnected_reads_as_a_warning_as_on_the_nic_page(panel, qtbot, monkeypatch):
    """The network started (what was asked) but a VM stayed cut off: the NIC page, Add
    hardware and the details window say that as a warning; the panel said it as an error."""
    from kvmgui.widgets.styles import Tone, tone_of

    def update(dom, xml, flags):
        if dom.name() == "router":
            raise FakeError("unable to add bridge virbr0 port vnet3: No such device")
        return 0

    monkeypatch.setattr(libvirt.virDomain, "updateDeviceFlags", update)
    uuid = select(panel, "default")
    run_in_worker(qtbot, panel.conn, lambda c: c.networkLookupByUUIDString(uuid).destroy())
    qtbot.waitUntil(lambda: panel.start_button.isEnabled(), timeout=5000)
    click(qtbot, panel.start_button)
    qtbot.waitUntil(lambda: panel.values["state"].text() == "Active" and not panel.busy, timeout=5000)
    assert "could not reconnect router" in panel.message.text()
    assert tone_of(panel.message) is Tone.PENDING
    # Not even tried (listing the VMs failed): a warning too, as NetworkStarted.told says it.
    monkeypatch.setattr(netfix, "reconnect_nics", lambda *_a: (_ for _ in ()).throw(
        FakeError("cannot list domains")))
    run_in_worker(qtbot, panel.conn, lambda c: c.networkLookupByUUIDString(uuid).destroy())
    qtbot.waitUntil(lambda: panel.start_button.isEnabled(), timeout=5000)
    click(qtbot, panel.start_button)
    qtbot.waitUntil(lambda: panel.values["state"].text() == "Active" and not panel.busy, timeout=5000)
    assert panel.message.text() == ("Started 'default', but could not reconnect the running VMs "
                                    "that use it: cannot list domains")
    assert tone_of(panel.message) is Tone.PENDING


def test_the_stop_question_says_a_transient_network_is_gone_for_good(panel, qtbot):
    run_in_worker(qtbot, panel.conn, lambda c: c.networkCreateXML(SPARE))
    qtbot.waitUntil(lambda: any(r.name == "spare" for r in panel.conn.networks.records()), timeout=5000)
    select(panel, "spare")
    click(qtbot, panel.stop_button)
    assert answer(qtbot, panel, QMessageBox.StandardButton.No) == (
        "Stop network 'spare'?\n\nIt is transient: once stopped, it is gone for good (libvirt "
        "keeps no definition of it).")
    select(panel, "net10")
    click(qtbot, panel.stop_button)
    assert "transient" not in answer(qtbot, panel, QMessageBox.StandardButton.No)


def replace_network(conn, uuid, start):
    """Stop, undefine and define the network again under its name (a new UUID), as another
    client would."""
    def replace(c):
        net = c.networkLookupByUUIDString(uuid)
        root = etree.fromstring(net.XMLDesc(0))
        root.remove(root.find("uuid"))
        if net.isActive():
            net.destroy()
        net.undefine()
        new = c.networkDefineXML(etree.tostring(root, encoding="unicode"))
        if start:
            new.create()
        return new.UUIDString()
    return replace


def test_stop_of_a_network_replaced_while_asking_says_the_new_one_was_not_stopped(panel, qtbot):
    uuid = select(panel, "default")
    click(qtbot, panel.stop_button)
    qtbot.waitUntil(lambda: panel.confirm_box is not None and panel.confirm_box.isVisible(), timeout=5000)
    new = run_in_worker(qtbot, panel.conn, replace_network(panel.conn, uuid, start=True))
    answer(qtbot, panel, QMessageBox.StandardButton.Yes)
    qtbot.waitUntil(lambda: not panel.busy and panel.message.text() != "", timeout=5000)
    assert panel.message.text() == "'default' was replaced meanwhile and was not stopped."
    assert run_in_worker(qtbot, panel.conn, lambda c: c.networkLookupByUUIDString(new).isActive())


def test_delete_of_a_network_replaced_while_asking_says_the_new_one_was_not_deleted(panel, qtbot):
    define_spare(qtbot, panel.conn)
    uuid = select(panel, "spare")
    click(qtbot, panel.delete_button)
    qtbot.waitUntil(lambda: panel.confirm_box is not None and panel.confirm_box.isVisible(), timeout=5000)
    new = run_in_worker(qtbot, panel.conn, replace_network(panel.conn, uuid, start=False))
    answer(qtbot, panel, QMessageBox.StandardButton.Yes)
    qtbot.waitUntil(lambda: not panel.busy and panel.message.text() != "", timeout=5000)
    assert panel.message.text() == "'spare' was replaced meanwhile and was not deleted."
    assert run_in_worker(qtbot, panel.conn, lambda c: c.networkLookupByUUIDString(new).name()) == "spare"


def test_start_of_a_network_someone_started_meanwhile_is_no_failure(panel, qtbot, monkeypatch):
    """Started elsewhere between the click and the start: libvirt's "already active" was
    "Could not start 'spare'" for a network that runs."""
    from kvmgui.libvirt import virsh

    def started_first(net):
        net.create()  # elsewhere, meanwhile; then libvirt refuses ours
        raise FakeError("Requested operation is not valid: network is already active",
                        libvirt.VIR_ERR_OPERATION_INVALID)

    define_spare(qtbot, panel.conn)
    select(panel, "spare")
    monkeypatch.setattr(virsh, "net_start", started_first)
    click(qtbot, panel.start_button)
    qtbot.waitUntil(lambda: panel.values["state"].text() == "Active" and not panel.busy, timeout=5000)
    assert "Could not start" not in panel.message.text()


LAN = "<network><name>lan</name><forward mode='bridge'/><bridge name='br0'/></network>"
ON_BR0 = """<domain type='test'><name>onbr0</name><memory>65536</memory>
<os><type>hvm</type></os><devices>
<interface type='bridge'><mac address='52:54:00:aa:00:03'/><source bridge='br0'/></interface>
</devices></domain>"""


def define_lan_and_a_vm_on_its_host_bridge(qtbot, conn):
    run_in_worker(qtbot, conn, lambda c: c.networkDefineXML(LAN).create())
    run_in_worker(qtbot, conn, lambda c: c.createXML(ON_BR0, 0) and None)
    qtbot.waitUntil(lambda: any(r.name == "lan" for r in conn.networks.records()), timeout=5000)


def test_a_vm_on_the_host_bridge_a_network_forwards_to_does_not_use_the_network(panel, qtbot):
    """A VM on br0 directly (not through 'lan', which forwards to br0) was said to lose its
    connection when 'lan' stopped, and kept 'lan' from being deleted: br0 is the host's and
    stays, taps and all, whatever 'lan' does."""
    define_lan_and_a_vm_on_its_host_bridge(qtbot, panel.conn)
    select(panel, "lan")
    click(qtbot, panel.stop_button)
    text = answer(qtbot, panel, QMessageBox.StandardButton.No)
    assert text == "Stop network 'lan'?"
    qtbot.waitUntil(lambda: not panel.busy, timeout=5000)
    click(qtbot, panel.delete_button)
    text = answer(qtbot, panel, QMessageBox.StandardButton.No)
    assert text == "Delete network 'lan'? It is running and will be stopped first."


ON_LAN = """<domain type='test'><name>onlan</name><memory>65536</memory>
<os><type>hvm</type></os><devices>
<interface type='network'><mac address='52:54:00:aa:00:04'/><source network='lan'/></interface>
</devices></domain>"""


def test_stopping_a_network_forwarding_to_a_host_bridge_cuts_no_vm_off(panel, qtbot):
    """Stop said the running VMs on 'lan' (forward mode='bridge' to br0) "will lose their
    connection": libvirt does nothing to the host's bridge nor to their taps when such a
    network stops; only a shut-down VM cannot start on it again."""
    define_lan_and_a_vm_on_its_host_bridge(qtbot, panel.conn)
    run_in_worker(qtbot, panel.conn, lambda c: c.createXML(ON_LAN, 0) and None)
    select(panel, "lan")
    click(qtbot, panel.stop_button)
    text = answer(qtbot, panel, QMessageBox.StandardButton.No)
    assert "lose" not in text
    assert text == ("Stop network 'lan'?\n\nThese running VMs use it and stay connected (libvirt "
                    "leaves their cards as they are), but once shut down will not start until it "
                    "runs again: onlan.")


def shown_column(panel, column):
    proxy = panel.leases.proxy
    return [proxy.index(r, column).data() for r in range(proxy.rowCount())]


def test_leases_sort_ipv6_addresses_by_number(panel, qtbot, monkeypatch):
    # DHCPv6 hands out hex addresses: fd00::9f comes before fd00::1a0, not after it.
    later = int(time.time()) + 3600
    current = [Lease("52:54:00:00:00:0" + str(i), ip, 64, "", later, "ipv6")
               for i, ip in enumerate(["fd00::1a0", "fd00::9f", "fd00::10", "fd00::9"])]
    current.append(Lease("52:54:00:00:00:09", "192.168.122.250", 24, "", later, "ipv4"))
    monkeypatch.setattr(netops, "dhcp_leases", lambda _conn, _uuid: list(current))
    select(panel, "default")
    qtbot.waitUntil(lambda: panel.leases.model.rowCount() == 5, timeout=5000)
    panel.leases.view.sortByColumn(LeaseColumn.IP, Qt.SortOrder.AscendingOrder)
    assert shown_column(panel, LeaseColumn.IP) == [
        "192.168.122.250/24", "fd00::9/64", "fd00::10/64", "fd00::9f/64", "fd00::1a0/64"]


def test_leases_that_never_expire_sort_after_those_that_do(panel, qtbot, monkeypatch):
    now = int(time.time())
    current = [Lease("52:54:00:6b:3c:01", "192.168.122.10", 24, "", 0, "ipv4"),
               Lease("52:54:00:6b:3c:04", "192.168.122.11", 24, "", now + 7200, "ipv4"),
               Lease("52:54:00:6b:3c:05", "192.168.122.12", 24, "", now + 600, "ipv4")]
    monkeypatch.setattr(netops, "dhcp_leases", lambda _conn, _uuid: list(current))
    select(panel, "default")
    qtbot.waitUntil(lambda: panel.leases.model.rowCount() == 3, timeout=5000)
    panel.leases.view.sortByColumn(LeaseColumn.EXPIRES, Qt.SortOrder.AscendingOrder)
    assert shown_column(panel, LeaseColumn.IP) == [
        "192.168.122.12/24", "192.168.122.11/24", "192.168.122.10/24"]  # soonest first


def test_the_details_show_the_dhcp_ranges_of_the_subnet_shown(panel, qtbot):
    """With DHCP on its second IPv4 <ip> (libvirt allows it on one, not necessarily the
    first), the details read "IPv4 network: 10.8.0.0/24, gateway 10.8.0.1, DHCP range
    192.168.58.10 – …": a range outside the subnet shown. And of several ranges only the
    first was shown."""
    xml = ("<network><name>multi</name><bridge name='virbr8'/>"
           "<ip address='10.8.0.1' prefix='24'/>"
           "<ip address='192.168.58.1' prefix='24'><dhcp>"
           "<range start='192.168.58.10' end='192.168.58.99'/>"
           "<range start='192.168.58.150' end='192.168.58.199'/></dhcp></ip></network>")
    run_in_worker(qtbot, panel.conn, lambda c: c.networkDefineXML(xml))
    qtbot.waitUntil(lambda: any(r.name == "multi" for r in panel.conn.networks.records()),
                    timeout=5000)
    select(panel, "multi")
    v = panel.values
    assert (v["ipv4"].text(), v["gateway4"].text()) == ("192.168.58.0/24", "192.168.58.1")
    assert v["dhcp"].text() == "192.168.58.10 – 192.168.58.99, 192.168.58.150 – 192.168.58.199"


def test_add_waits_for_the_connection_as_the_storage_panels_does(panel, qtbot):
    """Add stayed enabled with the connection closed: the wizard it opened could not list
    the host's interfaces, and judged names and subnets against a list no longer followed."""
    assert panel.add_button.isEnabled()
    with qtbot.waitSignal(panel.conn.stateChanged, timeout=5000):
        panel.conn.close()
    assert not panel.add_button.isEnabled()
    panel.conn.open()
    qtbot.waitUntil(panel.add_button.isEnabled, timeout=5000)


def test_the_forward_device_of_an_sriov_pool_is_its_physical_function(panel, qtbot):
    """"Mode: SR-IOV pool of enp1s0f0" over "Forward device: —": libvirt keeps the device
    of a hostdev network in <pf dev=…>, which the details did not read."""
    xml = ("<network><name>vfs</name><forward mode='hostdev' managed='yes'>"
           "<pf dev='enp1s0f0'/></forward></network>")
    run_in_worker(qtbot, panel.conn, lambda c: c.networkDefineXML(xml))
    qtbot.waitUntil(lambda: any(r.name == "vfs" for r in panel.conn.networks.records()),
                    timeout=5000)
    select(panel, "vfs")
    assert panel.values["mode"].text() == "SR-IOV pool of enp1s0f0"
    assert panel.values["forward_dev"].text() == "enp1s0f0"
