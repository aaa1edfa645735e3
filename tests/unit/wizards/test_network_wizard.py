"""The "Add virtual network" wizard, driven through its widgets against the test driver."""

import ipaddress
from dataclasses import replace
from pathlib import Path

import libvirt
import pytest
from lxml import etree
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QWizard,
)

from kvmgui.libvirt import netops
from kvmgui.libvirt.netops import HostInterface
from kvmgui.widgets.styles import Tone, tone_of
from kvmgui.wizards.network.hosts_table import COLUMNS
from kvmgui.wizards.network.wizard import NetworkWizard, PageId
from kvmgui.xml.base import validate_rng
from kvmgui.xml.network import NetworkDoc
from kvmgui.xml.network_spec import ForwardMode
from kvmgui.xml.network_validate import HostRoute
from tests.conftest import DEMO_HOST
from tests.helpers import open_connection, parsed_on_gui_thread, run_in_worker, type_into

NEXT, FINISH = QWizard.WizardButton.NextButton, QWizard.WizardButton.FinishButton


class FakeStartError(libvirt.libvirtError):
    """A libvirt error with a message of our choosing (the test driver never fails a start)."""

    def __init__(self, message):
        Exception.__init__(self, message)
        self.message = message

    def get_error_message(self):
        return self.message


# -- driving the wizard as a user would -----------------------------------------------------------


def open_wizard(qtbot, conn):
    wiz = NetworkWizard(conn)
    qtbot.addWidget(wiz)
    wiz.show()
    # Host facts come from workers: interfaces always, routes for a local URI (test:///… is).
    qtbot.waitUntil(lambda: not wiz.device.note.text().startswith("Looking"), timeout=5000)
    qtbot.waitUntil(lambda: wiz.state.context.routes is not None, timeout=5000)
    return wiz


def click(qtbot, wiz, which=NEXT):
    button = wiz.button(which)
    assert button.isEnabled(), f"{button.text()} is disabled: {problems_shown(wiz.currentPage())}"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def goto(qtbot, wiz, page_id):
    while wiz.currentId() != page_id:
        before = wiz.currentId()
        click(qtbot, wiz)
        assert wiz.currentId() != before


def toggle(qtbot, box):
    """Click a check box on its indicator (a wide box ignores clicks right of its text)."""
    before = box.isChecked()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert box.isChecked() != before


def choose(combo, data):
    combo.setCurrentIndex(combo.findData(data))


def settle(qtbot, page):
    """Wait for libvirt's schema check of the hand-written XML (it runs in a worker)."""
    qtbot.waitUntil(lambda: not page.schema.pending, timeout=10000)


def problems_shown(page):
    return [label.text() for label in page.findChildren(QLabel)
            if label.objectName().endswith("problem") and label.isVisible() and label.text()]


def open_host(registry, qtbot, uri):
    return open_connection(registry, qtbot, uri, timeout=10000)


@pytest.fixture
def bare_host(tmp_path: Path) -> str:
    """The Demo host without `net10` (so 192.168.10.0/24 and virbr1 are free)."""
    tree = etree.parse(str(DEMO_HOST))
    for net in tree.getroot().findall("network"):
        if net.findtext("name") == "net10":
            tree.getroot().remove(net)
    path = tmp_path / "bare.xml"
    tree.write(str(path))
    return f"test://{path}"


@pytest.fixture
def create_calls(monkeypatch):
    """Records what reaches netops.create_network (and still runs it)."""
    calls = []
    real = netops.create_network

    def recording(conn, xml, start, autostart, progress=None):
        calls.append((xml, start, autostart))
        return real(conn, xml, start, autostart, progress)

    monkeypatch.setattr(netops, "create_network", recording)
    return calls


def fill_nat_10(qtbot, wiz, name="lab10"):
    """Name, NAT, 192.168.10.0/24 (gateway and DHCP follow), bridge virbr1."""
    type_into(qtbot, wiz.basics.name, name)
    choose(wiz.basics.mode, ForwardMode.NAT)
    goto(qtbot, wiz, PageId.IPV4)
    type_into(qtbot, wiz.ipv4.network, "192.168.10.0/24")


def network_names(qtbot, conn):
    return run_in_worker(qtbot, conn, lambda c: sorted(n.name() for n in c.listAllNetworks(0)))


# -- the scenario ------------------------------------------------------------------------------------


def test_creates_nat_network_on_virbr1(registry, bare_host, qtbot, create_calls):
    conn = open_host(registry, qtbot, bare_host)
    wiz = open_wizard(qtbot, conn)
    fill_nat_10(qtbot, wiz)
    assert wiz.ipv4.gateway.text() == "192.168.10.1"
    assert (wiz.ipv4.dhcp_start.text(), wiz.ipv4.dhcp_end.text()) == ("192.168.10.128", "192.168.10.254")
    assert wiz.ipv4.dhcp.isChecked()
    goto(qtbot, wiz, PageId.OPTIONS)
    type_into(qtbot, wiz.network_options.bridge, "virbr1")
    goto(qtbot, wiz, PageId.SUMMARY)
    shown = wiz.summary.xml.toPlainText()
    assert validate_rng(shown, "network") == []
    assert "192.168.10.0/24" in wiz.summary.overview.text()
    with qtbot.waitSignal(wiz.created, timeout=10000) as created:
        click(qtbot, wiz, FINISH)
    assert wiz.result() == QDialog.DialogCode.Accepted and not wiz.isVisible()
    assert wiz.summary.status.text() == "Done."  # the job's last progress step
    assert create_calls == [(shown, True, True)]  # what is defined is exactly what was shown
    uuid = created.args[0]
    qtbot.waitUntil(lambda: (r := conn.networks.get(uuid)) is not None and r.autostart, timeout=5000)
    rec = conn.networks.get(uuid)
    assert rec.name == "lab10" and rec.active and rec.bridge == "virbr1"
    doc = NetworkDoc.from_string(rec.xml)
    assert doc.forward_mode == "nat"
    assert str(doc.ipv4.interface) == "192.168.10.1/24"
    assert [(r.start, r.end) for r in doc.ipv4.dhcp_ranges] == [("192.168.10.128", "192.168.10.254")]


def test_refuses_net10_clash_on_demo_host_and_suggests_free(connected, qtbot, create_calls):
    wiz = open_wizard(qtbot, connected)
    fill_nat_10(qtbot, wiz)
    assert wiz.ipv4.network.property("invalid") is True
    assert any("overlaps network 'net10'" in p for p in problems_shown(wiz.ipv4))
    assert not wiz.button(NEXT).isEnabled()
    assert wiz.ipv4.use_free.isVisible()
    qtbot.mouseClick(wiz.ipv4.use_free, Qt.MouseButton.LeftButton)
    free = ipaddress.ip_network(wiz.ipv4.network.text())
    taken = [s for n in wiz.state.context.networks for s in n.subnets]
    taken += [r.network for r in wiz.state.context.routes]
    assert not any(free.overlaps(t) for t in taken if t.version == 4 and t.prefixlen)
    assert wiz.ipv4.gateway.text() == str(free[1])  # gateway and DHCP follow the subnet
    assert wiz.ipv4.dhcp_start.text() == str(free[128])
    assert problems_shown(wiz.ipv4) == [] and wiz.button(NEXT).isEnabled()

    goto(qtbot, wiz, PageId.OPTIONS)
    type_into(qtbot, wiz.network_options.bridge, "virbr1")
    assert problems_shown(wiz.network_options) == ["Bridge virbr1 belongs to network 'net10'."]
    assert not wiz.button(NEXT).isEnabled()
    qtbot.mouseClick(wiz.network_options.use_free_bridge, Qt.MouseButton.LeftButton)
    assert wiz.network_options.bridge.text() == "virbr2" and wiz.button(NEXT).isEnabled()
    goto(qtbot, wiz, PageId.SUMMARY)
    with qtbot.waitSignal(wiz.created, timeout=10000):
        click(qtbot, wiz, FINISH)
    assert len(create_calls) == 1 and f'address="{free[1]}"' in create_calls[0][0]


# -- every invalid input: a message in words, Next/Finish off, nothing reaches libvirt ------------


def _ipv4(network=None, gateway=None, start=None, end=None, hosts=()):
    def setup(qtbot, wiz):
        goto(qtbot, wiz, PageId.IPV4)
        type_into(qtbot, wiz.ipv4.network, "192.168.50.0/24")
        for edit, text in ((wiz.ipv4.network, network), (wiz.ipv4.gateway, gateway),
                           (wiz.ipv4.dhcp_start, start), (wiz.ipv4.dhcp_end, end)):
            if text is not None:
                type_into(qtbot, edit, text)
        for i, (mac, ip) in enumerate(hosts):
            qtbot.mouseClick(wiz.ipv4.hosts.add_button, Qt.MouseButton.LeftButton)
            wiz.ipv4.hosts.table.item(i, COLUMNS.index("mac")).setText(mac)  # as typed
            wiz.ipv4.hosts.table.item(i, COLUMNS.index("ip")).setText(ip)
        return wiz.ipv4
    return setup


def _name(text):
    def setup(qtbot, wiz):
        type_into(qtbot, wiz.basics.name, text)
        return wiz.basics
    return setup


def _ipv6(network, gateway=None, dhcp=False):
    def setup(qtbot, wiz):
        goto(qtbot, wiz, PageId.IPV6)
        toggle(qtbot, wiz.ipv6.enabled)
        assert wiz.ipv6.network.text().startswith("fd")  # a unique local /64 is proposed
        wiz.ipv6.dhcp.setChecked(dhcp)
        type_into(qtbot, wiz.ipv6.network, network)
        if gateway is not None:
            type_into(qtbot, wiz.ipv6.gateway, gateway)
        return wiz.ipv6
    return setup


def _option(attr, text):
    def setup(qtbot, wiz):
        goto(qtbot, wiz, PageId.OPTIONS)
        type_into(qtbot, getattr(wiz.network_options, attr), text)
        return wiz.network_options
    return setup


def _route_clash(qtbot, wiz):
    wiz.state.set_routes([HostRoute(ipaddress.ip_network("10.99.0.0/16"), "eth9")])
    return _ipv4(network="10.99.1.0/24")(qtbot, wiz)


INVALID = {
    "name empty": (_name(""), "Enter a name for the network."),
    "name with space": (_name("my net"), "Use only letters"),
    "name starting with dash": (_name("-net"), "do not start with '.' or '-'"),
    "name too long": (_name("n" * 70), "too long"),
    "name in use": (_name("default"), "already has a network named 'default'"),
    "subnet without prefix": (_ipv4(network="192.168.50.0"), "Add the prefix length"),
    "subnet malformed": (_ipv4(network="192.168.300.0/24"), "is not a network"),
    "subnet host bits": (_ipv4(network="192.168.50.7/24"), "did you mean 192.168.50.0/24"),
    "subnet too small": (_ipv4(network="192.168.50.0/31"), "The prefix must be between 1 and 30"),
    "subnet of active network": (_ipv4(network="192.168.122.0/24"), "overlaps network 'default'"),
    "subnet inside another": (_ipv4(network="192.168.122.128/25"), "overlaps network 'default'"),
    "subnet routed here": (_route_clash, "which this machine already routes"),
    "gateway outside": (_ipv4(gateway="192.168.51.1"), "is not in 192.168.50.0/24"),
    "gateway network address": (_ipv4(gateway="192.168.50.0"), "is the network address"),
    "gateway broadcast": (_ipv4(gateway="192.168.50.255"), "is the broadcast address"),
    "gateway malformed": (_ipv4(gateway="192.168.50"), "Enter an IPv4 address"),
    "dhcp outside": (_ipv4(start="192.168.51.10"), "must lie within"),
    "dhcp reversed": (_ipv4(start="192.168.50.200", end="192.168.50.100"), "ends before it starts"),
    "dhcp covers gateway": (_ipv4(start="192.168.50.1"), "includes the host's own address"),
    "dhcp malformed": (_ipv4(end="x"), "Enter the first and last address"),
    "static host outside": (_ipv4(hosts=[("52:54:00:00:00:01", "10.0.0.5")]), "not a host address"),
    "static host ip twice": (_ipv4(hosts=[("52:54:00:00:00:01", "192.168.50.5"),
                                          ("52:54:00:00:00:02", "192.168.50.5")]),
                             "already has this IP address"),
    "static host mac malformed": (_ipv4(hosts=[("52:54:00:zz", "192.168.50.5")]), "is not a MAC address"),
    "static host mac twice": (_ipv4(hosts=[("52:54:00:00:00:01", "192.168.50.5"),
                                           ("52:54:00:00:00:01", "192.168.50.6")]),
                              "already has this MAC address"),
    "ipv6 without prefix": (_ipv6("fd00:1::"), "Add the prefix length"),
    "ipv6 dhcp on /48": (_ipv6("fd00:1::/48", dhcp=True), "DHCPv6 needs a prefix of /64"),
    "ipv6 gateway outside": (_ipv6("fd00:1::/64", gateway="fd00:2::1"), "is not in fd00:1::/64"),
    "ipv6 given as ipv4": (_ipv6("10.1.0.0/24"), "This is an IPv4 network"),
    "bridge in use": (_option("bridge", "virbr0"), "Bridge virbr0 belongs to network 'default'"),
    "bridge name too long": (_option("bridge", "a-very-long-bridge"), "at most 15"),
    "mtu not a number": (_option("mtu", "big"), "The MTU is a number"),
    "mtu too small": (_option("mtu", "40"), "The MTU must be between"),
    "mtu a superscript digit": (_option("mtu", "9²"), "The MTU is a number"),  # isdigit(), not int
    "bridge mac malformed": (_option("mac", "52:54"), "is not a MAC address"),
}


@pytest.mark.parametrize("case", list(INVALID))
def test_invalid_input_is_caught_while_typing(case, connected, qtbot, create_calls):
    setup, expected = INVALID[case]
    wiz = open_wizard(qtbot, connected)
    type_into(qtbot, wiz.basics.name, "lab")
    page = setup(qtbot, wiz)
    shown = problems_shown(page)
    assert any(expected in text for text in shown), shown
    assert not page.isComplete()
    assert not wiz.button(NEXT).isEnabled()
    assert not page.validatePage()  # next() from code (or AT-SPI) is refused too
    wiz.accept()  # as if Finish were forced: nothing may reach libvirt
    assert create_calls == [] and wiz.isVisible()


def test_inactive_network_counts_as_taken(connected, qtbot):
    xml = "<network><name>sleepy</name><ip address='10.77.0.1' prefix='24'/></network>"
    run_in_worker(qtbot, connected, lambda c: c.networkDefineXML(xml))
    qtbot.waitUntil(lambda: any(r.name == "sleepy" for r in connected.networks.records()), timeout=5000)
    wiz = open_wizard(qtbot, connected)
    _ipv4(network="10.77.0.0/24")(qtbot, wiz)
    assert any("overlaps network 'sleepy'" in p for p in problems_shown(wiz.ipv4))
    assert not wiz.button(NEXT).isEnabled()


def test_a_network_made_elsewhere_is_a_clash_without_parsing_networks_on_the_gui_thread(
        connected, qtbot, monkeypatch):
    """Each network event parsed every network's XML on the GUI thread for its bridge and
    subnets (the clash checks): with 200 networks on the test driver, 8-12 ms of the GUI
    thread per event. They are read with the XML, in the worker that reads the network."""
    wiz = open_wizard(qtbot, connected)
    parsed = parsed_on_gui_thread(monkeypatch, "<network")
    xml = "<network><name>later</name><ip address='10.78.0.1' prefix='24'/></network>"
    run_in_worker(qtbot, connected, lambda c: c.networkDefineXML(xml))
    qtbot.waitUntil(lambda: any(n.name == "later" for n in wiz.state.context.networks),
                    timeout=5000)
    _ipv4(network="10.78.0.0/24")(qtbot, wiz)
    assert any("overlaps network 'later'" in p for p in problems_shown(wiz.ipv4))
    assert parsed == []


def test_a_network_event_that_changes_no_name_bridge_nor_subnet_checks_nothing_again(
        connected, qtbot):
    """Each network event (a start, an autostart) checked every page again and redid each
    problem line: with 200 networks, 1.6-2.0 ms of the GUI thread per event, under 0.1 ms
    without that. The checks run again when a network's name, bridge or subnets change."""
    wiz = open_wizard(qtbot, connected)
    net10 = next(r for r in connected.networks.records() if r.name == "net10")
    checked: list[object] = []
    wiz.state.validated.connect(checked.append)
    connected.networks.upsert([replace(net10, autostart=not net10.autostart)])
    assert checked == []
    _ipv4(network="10.79.0.0/24")(qtbot, wiz)
    checked.clear()
    xml = "<network><name>later</name><ip address='10.79.0.1' prefix='24'/></network>"
    run_in_worker(qtbot, connected, lambda c: c.networkDefineXML(xml))
    qtbot.waitUntil(lambda: bool(checked), timeout=5000)
    assert any("overlaps network 'later'" in p for p in problems_shown(wiz.ipv4))


# -- finishing: rollback, choices, hand-written XML ----------------------------------------------


def test_failed_start_rolls_back_and_keeps_the_input(connected, qtbot, monkeypatch):
    wiz = open_wizard(qtbot, connected)
    type_into(qtbot, wiz.basics.name, "doomed")
    goto(qtbot, wiz, PageId.SUMMARY)
    shown = wiz.summary.xml.toPlainText()
    monkeypatch.setattr(libvirt.virNetwork, "create",
                        lambda self: (_ for _ in ()).throw(FakeStartError("bridge virbr9 is busy")))
    click(qtbot, wiz, FINISH)
    qtbot.waitUntil(lambda: wiz.summary.error.isVisible(), timeout=10000)
    assert wiz.summary.error.text() == "bridge virbr9 is busy"  # libvirt's message, as is
    assert wiz.summary.status.text() == "Nothing was created."
    assert wiz.isVisible() and wiz.currentId() == PageId.SUMMARY
    assert wiz.button(FINISH).isEnabled()
    assert wiz.basics.name.text() == "doomed" and wiz.summary.xml.toPlainText() == shown
    assert "doomed" not in network_names(qtbot, connected)  # undefined again

    monkeypatch.undo()  # the cause is gone: Finish again, with the same input
    with qtbot.waitSignal(wiz.created, timeout=10000):
        click(qtbot, wiz, FINISH)
    assert "doomed" in network_names(qtbot, connected)


def test_start_and_autostart_are_choices(connected, qtbot, create_calls):
    wiz = open_wizard(qtbot, connected)
    type_into(qtbot, wiz.basics.name, "later")
    goto(qtbot, wiz, PageId.SUMMARY)
    toggle(qtbot, wiz.summary.start_now)
    toggle(qtbot, wiz.summary.autostart)
    with qtbot.waitSignal(wiz.created, timeout=10000) as created:
        click(qtbot, wiz, FINISH)
    assert create_calls[0][1:] == (False, False)
    qtbot.waitUntil(lambda: connected.networks.get(created.args[0]) is not None, timeout=5000)
    rec = connected.networks.get(created.args[0])
    assert not rec.active and not rec.autostart and rec.persistent


def test_hand_edited_xml_is_checked_kept_and_defined(connected, qtbot, create_calls):
    wiz = open_wizard(qtbot, connected)
    type_into(qtbot, wiz.basics.name, "expert")
    goto(qtbot, wiz, PageId.SUMMARY)
    generated = wiz.summary.xml.toPlainText()
    assert wiz.summary.xml.isReadOnly()
    toggle(qtbot, wiz.summary.hand_edit)
    assert not wiz.summary.xml.isReadOnly()

    wiz.summary.xml.setPlainText("<network><name>expert</name>")
    assert "does not parse" in wiz.summary.xml_problem.text()
    assert not wiz.button(FINISH).isEnabled()
    wiz.summary.xml.setPlainText(generated.replace("expert", "net10"))
    assert "already has a network named 'net10'" in wiz.summary.xml_problem.text()
    assert not wiz.button(FINISH).isEnabled()
    wiz.summary.xml.setPlainText(generated.replace("<forward", "<mtu size='9000'/><forward"))
    settle(qtbot, wiz.summary)
    assert not wiz.summary.xml_problem.isVisible() and wiz.button(FINISH).isEnabled()
    mine = wiz.summary.xml.toPlainText()

    # Back to the generated XML and again to mine: nothing typed is lost.
    toggle(qtbot, wiz.summary.hand_edit)
    assert wiz.summary.xml.toPlainText() == generated
    toggle(qtbot, wiz.summary.hand_edit)
    assert wiz.summary.xml.toPlainText() == mine

    with qtbot.waitSignal(wiz.created, timeout=10000) as created:
        click(qtbot, wiz, FINISH)
    assert create_calls[0][0] == mine
    qtbot.waitUntil(lambda: connected.networks.get(created.args[0]) is not None, timeout=5000)
    assert NetworkDoc.from_string(connected.networks.get(created.args[0]).xml).mtu == 9000


def test_host_bridge_mode_skips_address_pages(connected, qtbot, create_calls):
    wiz = open_wizard(qtbot, connected)
    type_into(qtbot, wiz.basics.name, "lan")
    choose(wiz.basics.mode, ForwardMode.BRIDGE)
    click(qtbot, wiz)
    assert wiz.currentId() == PageId.DEVICE
    assert wiz.device.host_dev.accessibleName() == "Host bridge"
    wiz.device.host_dev.setEditText("")
    assert any("existing host bridge" in p for p in problems_shown(wiz.device))
    assert not wiz.button(NEXT).isEnabled()
    # Asked for, not marked wrong: the field is blank.
    line, combo = wiz.device.host_dev_problem, wiz.device.host_dev
    assert tone_of(line) is Tone.NORMAL and combo.property("invalid") is not True
    wiz.device.host_dev.setEditText("not a bridge!")
    assert problems_shown(wiz.device) == ["A bridge name has at most 15 letters, digits, '_', '.' or '-'."]
    assert tone_of(line) is Tone.ERROR and combo.property("invalid") is True
    wiz.device.host_dev.setEditText("br0")
    click(qtbot, wiz)
    assert wiz.currentId() == PageId.SUMMARY
    xml = wiz.summary.xml.toPlainText()
    assert '<forward mode="bridge"/>' in xml and '<bridge name="br0"/>' in xml and "<ip" not in xml


def test_device_choices_fit_the_mode(connected, qtbot):
    wiz = open_wizard(qtbot, connected)
    wiz.device.set_interfaces([
        HostInterface("br0", "bridge"), HostInterface("enp1s0f0", "ethernet", sriov=True),
        HostInterface("eth0", "ethernet"), HostInterface("ifb0", "other"),
        HostInterface("virbr0", "bridge")])  # virbr0 is the `default` network's own bridge

    def shown(mode):
        choose(wiz.basics.mode, mode)
        wiz.restart()
        click(qtbot, wiz)
        assert wiz.currentId() == PageId.DEVICE
        if mode in (ForwardMode.NAT, ForwardMode.ROUTE):
            combo = wiz.device.forward_dev
            return [combo.itemText(i) for i in range(combo.count())]
        combo = wiz.device.host_dev
        return [combo.itemText(i) for i in range(combo.count())], combo.currentText()

    assert shown(ForwardMode.NAT) == ["Any physical device", "br0", "enp1s0f0", "eth0"]
    assert shown(ForwardMode.MACVTAP) == (["enp1s0f0", "eth0"], "enp1s0f0")
    wiz.device.host_dev.setEditText("eth0")
    assert wiz.state.spec.forward_dev == "eth0"
    assert shown(ForwardMode.BRIDGE) == (["br0"], "br0")  # eth0 was an interface, not a bridge
    assert wiz.state.spec.bridge.name == "br0"
    assert shown(ForwardMode.HOSTDEV) == (["enp1s0f0"], "enp1s0f0")


# -- accessibility ---------------------------------------------------------------------------------


def test_every_field_has_an_accessible_name_and_labels_have_buddies(connected, qtbot):
    wiz = open_wizard(qtbot, connected)
    kinds = (QLineEdit, QComboBox, QCheckBox, QSpinBox, QPlainTextEdit, QTableWidget, QPushButton)
    for kind in kinds:
        for widget in wiz.findChildren(kind):
            if isinstance(widget, QLineEdit) and isinstance(widget.parent(), QComboBox | QSpinBox):
                continue  # the combo/spin box carries the name
            assert widget.accessibleName(), f"{kind.__name__} {widget.objectName()!r} has no name"
    for label in wiz.findChildren(QLabel):
        if label.text().endswith(":") and "&" in label.text():
            assert label.buddy() is not None, label.text()
    names = {w.accessibleName() for kind in (QLineEdit, QComboBox) for w in wiz.findChildren(kind)}
    assert {"Network name", "Mode", "IPv4 network address", "IPv4 gateway", "DHCP start", "DHCP end",
            "IPv6 network address", "Bridge name", "DNS domain", "MTU"} <= names


def test_routes_that_cannot_be_read_are_logged(connected, qtbot, monkeypatch, caplog):
    def broken():
        raise RuntimeError("no routing table")

    monkeypatch.setattr(netops, "local_routes", broken)
    wiz = NetworkWizard(connected)
    qtbot.addWidget(wiz)
    qtbot.waitUntil(lambda: "no routing table" in caplog.text, timeout=5000)
    assert wiz.state.context.routes is None  # overlap with them is then not checked


def test_routes_hung_on_a_dead_mount_hold_no_other_job(connected, qtbot, monkeypatch, tmp_path):
    """The routes are read with ``ip``, found through $PATH: a folder there on a network
    mount that stopped answering hangs its exec, past subprocess's timeout. Read on the
    shared pool, four wizards opened held all four threads, and the XML editor's schema
    check, exports and other wizards' checks waited for the mount."""
    import threading

    from tests.unit.deadmount import others_answer

    release, entered = threading.Event(), []

    def hung():
        entered.append(1)
        release.wait(10)
        return [HostRoute(ipaddress.ip_network("10.9.0.0/16"), "br9")]

    monkeypatch.setattr(netops, "local_routes", hung)
    wizards = []
    try:
        for _n in range(4):
            wiz = NetworkWizard(connected)
            qtbot.addWidget(wiz)
            wizards.append(wiz)
        qtbot.waitUntil(lambda: bool(entered), timeout=5000)
        others_answer(qtbot, tmp_path)
    finally:
        release.set()
    qtbot.waitUntil(lambda: all(w.state.context.routes is not None for w in wizards), timeout=5000)


def test_dhcp_with_static_hosts_only_needs_no_range(connected, qtbot, create_calls):
    wiz = open_wizard(qtbot, connected)
    type_into(qtbot, wiz.basics.name, "pinned")
    _ipv4(start="", end="")(qtbot, wiz)
    assert problems_shown(wiz.ipv4) == ["Add a DHCP range (or static hosts), or turn DHCP off."]
    _ipv4(start="", end="", hosts=[("52:54:00:00:00:01", "192.168.50.5")])(qtbot, wiz)
    assert problems_shown(wiz.ipv4) == [] and wiz.button(NEXT).isEnabled()
    goto(qtbot, wiz, PageId.SUMMARY)
    assert "DHCP</b>: static hosts only" in wiz.summary.overview.text()  # not "off"
    with qtbot.waitSignal(wiz.created, timeout=10000):
        click(qtbot, wiz, FINISH)
    doc = NetworkDoc.from_string(create_calls[0][0])
    assert doc.ipv4.dhcp_ranges == []
    assert [(h.mac, h.ip) for h in doc.ipv4.dhcp_hosts] == [("52:54:00:00:00:01", "192.168.50.5")]


def test_a_bridge_name_a_host_interface_has_is_refused(connected, qtbot, create_calls):
    """A NAT network's bridge named br0 (the host's LAN bridge) or eth0 passed the wizard:
    libvirt defines it, then cannot start it ("error creating bridge interface br0: File
    exists"). "Use virbrN (free on this host)" did not look at the host's interfaces either."""
    wiz = open_wizard(qtbot, connected)
    wiz.device.set_interfaces([HostInterface("br0", "bridge"), HostInterface("eth0", "ethernet"),
                               HostInterface("virbr0", "bridge"),  # `default`'s own, running
                               HostInterface("virbr2", "bridge")])  # made by someone else
    type_into(qtbot, wiz.basics.name, "lab")
    goto(qtbot, wiz, PageId.OPTIONS)
    type_into(qtbot, wiz.network_options.bridge, "br0")
    assert problems_shown(wiz.network_options) == ["This host already has an interface named br0."]
    assert not wiz.button(NEXT).isEnabled()
    type_into(qtbot, wiz.network_options.bridge, "virbr0")  # still said as the network's
    assert problems_shown(wiz.network_options) == ["Bridge virbr0 belongs to network 'default'."]
    qtbot.mouseClick(wiz.network_options.use_free_bridge, Qt.MouseButton.LeftButton)
    assert wiz.network_options.bridge.text() == "virbr3"  # virbr1: net10's; virbr2: the host's
    assert problems_shown(wiz.network_options) == [] and wiz.button(NEXT).isEnabled()


def test_the_dhcp_range_proposed_for_a_large_subnet_is_one_libvirt_takes(connected, qtbot):
    """For 10.0.0.0/8 the wizard proposed 10.128.0.0 – 10.255.255.254, and then refused its
    own proposal: "The range is too large: libvirt allows at most 65536 addresses."."""
    wiz = open_wizard(qtbot, connected)
    type_into(qtbot, wiz.basics.name, "lab")
    goto(qtbot, wiz, PageId.IPV4)
    type_into(qtbot, wiz.ipv4.network, "10.0.0.0/8")
    assert wiz.ipv4.gateway.text() == "10.0.0.1"
    assert (wiz.ipv4.dhcp_start.text(), wiz.ipv4.dhcp_end.text()) == ("10.255.128.0", "10.255.255.254")
    assert problems_shown(wiz.ipv4) == [] and wiz.button(NEXT).isEnabled()
    type_into(qtbot, wiz.ipv4.network, "10.20.0.0/16")  # as before: the upper half
    assert (wiz.ipv4.dhcp_start.text(), wiz.ipv4.dhcp_end.text()) == ("10.20.128.0", "10.20.255.254")


def test_a_host_bridge_the_host_lacks_is_warned_of_not_refused(connected, qtbot, create_calls):
    """A "bridge" network on br1, which the host has not, passed the wizard without a word:
    libvirt defines it, then every VM on it fails to start ("Cannot get interface MTU on
    'br1': No such device"). Said now, in amber; Next stays enabled (it may be made later)."""
    wiz = open_wizard(qtbot, connected)
    wiz.device.set_interfaces([HostInterface("br0", "bridge"), HostInterface("eth0", "ethernet")])
    type_into(qtbot, wiz.basics.name, "lan")
    choose(wiz.basics.mode, ForwardMode.BRIDGE)
    click(qtbot, wiz)
    assert wiz.currentId() == PageId.DEVICE and wiz.device.host_dev.currentText() == "br0"
    assert problems_shown(wiz.device) == []
    line, combo = wiz.device.host_dev_problem, wiz.device.host_dev
    for name in ("br1", "eth0"):  # eth0 is there, but no bridge
        combo.setEditText(name)
        assert problems_shown(wiz.device) == [
            f"This host has no bridge named {name}: virtual machines on this network "
            "cannot start until it exists."]
        assert tone_of(line) is Tone.PENDING and combo.property("invalid") is not True
        assert wiz.button(NEXT).isEnabled()
    wiz.device.set_interfaces([])  # not known (none listed): nothing to say
    combo.setEditText("br1")
    assert problems_shown(wiz.device) == []
    wiz.device.set_interfaces([HostInterface("br1", "bridge")])
    assert problems_shown(wiz.device) == []
    click(qtbot, wiz)
    assert wiz.currentId() == PageId.SUMMARY


def test_a_macvtap_interface_the_host_lacks_is_warned_of_not_refused(connected, qtbot):
    """A macvtap network on eth5, which the host has not, passed without a word: libvirt
    defines (and starts) it, then every VM on it fails to start."""
    wiz = open_wizard(qtbot, connected)
    wiz.device.set_interfaces([HostInterface("br0", "bridge"), HostInterface("eth0", "ethernet")])
    type_into(qtbot, wiz.basics.name, "direct")
    choose(wiz.basics.mode, ForwardMode.MACVTAP)
    click(qtbot, wiz)
    combo, line = wiz.device.host_dev, wiz.device.host_dev_problem
    assert combo.currentText() == "eth0" and problems_shown(wiz.device) == []
    combo.setEditText("eth5")
    assert problems_shown(wiz.device) == [
        "This host has no interface named eth5: virtual machines on this network cannot start "
        "until it exists."]
    assert tone_of(line) is Tone.PENDING and wiz.button(NEXT).isEnabled()
    combo.setEditText("br0")  # any interface of the host will do, if not offered
    assert problems_shown(wiz.device) == []


def test_a_bridge_name_a_host_interface_has_is_offered_a_free_one(connected, qtbot):
    """br0 (the host's) was refused with no "Use virbrN (free on this host)" button, which a
    name another network's bridge has gets."""
    wiz = open_wizard(qtbot, connected)
    wiz.device.set_interfaces([HostInterface("br0", "bridge")])
    type_into(qtbot, wiz.basics.name, "lab")
    goto(qtbot, wiz, PageId.OPTIONS)
    type_into(qtbot, wiz.network_options.bridge, "br0")
    assert problems_shown(wiz.network_options) == ["This host already has an interface named br0."]
    assert wiz.network_options.use_free_bridge.isVisible()
    qtbot.mouseClick(wiz.network_options.use_free_bridge, Qt.MouseButton.LeftButton)
    assert wiz.network_options.bridge.text() == "virbr2"  # virbr0, virbr1: default's, net10's
    assert problems_shown(wiz.network_options) == [] and wiz.button(NEXT).isEnabled()


def test_hand_written_xml_with_a_bridge_name_a_host_interface_has_is_refused(connected, qtbot,
                                                                             create_calls):
    """The generated XML refused br0 for a NAT network's bridge (the host's: libvirt cannot
    start it, "File exists"); the same XML written by hand passed and was defined."""
    wiz = open_wizard(qtbot, connected)
    wiz.device.set_interfaces([HostInterface("br0", "bridge")])
    type_into(qtbot, wiz.basics.name, "expert")
    goto(qtbot, wiz, PageId.SUMMARY)
    toggle(qtbot, wiz.summary.hand_edit)
    generated = wiz.summary.xml.toPlainText()
    assert '<bridge stp="on"' in generated  # no name: libvirt's choice
    wiz.summary.xml.setPlainText(generated.replace("<bridge ", '<bridge name="br0" '))
    assert "This host already has an interface named br0." in wiz.summary.xml_problem.text()
    assert not wiz.button(FINISH).isEnabled()
    wiz.accept()
    assert create_calls == []


def test_why_the_host_interfaces_could_not_be_listed_is_shown_literally(connected, qtbot):
    """libvirt's message went into a label that reads text which looks like HTML as HTML:
    "<b>" of a quoted name was taken for bold and vanished."""
    wiz = open_wizard(qtbot, connected)
    wiz.device.set_interfaces_failed("no interface 'a<b>&c'")
    note = wiz.device.note
    assert note.textFormat() == Qt.TextFormat.PlainText
    assert note.text() == "Cannot list host interfaces (no interface 'a<b>&c'): type the interface name."


def test_an_sriov_physical_function_the_host_lacks_is_warned_of_not_refused(connected, qtbot):
    """An SR-IOV pool on enp9s0f0, which the host has not, passed without a word (the
    bridge and macvtap ones are warned of): every VM on it then fails to start."""
    wiz = open_wizard(qtbot, connected)
    wiz.device.set_interfaces([HostInterface("enp1s0f0", "ethernet", sriov=True),
                               HostInterface("eth0", "ethernet")])
    type_into(qtbot, wiz.basics.name, "vfs")
    choose(wiz.basics.mode, ForwardMode.HOSTDEV)
    click(qtbot, wiz)
    combo, line = wiz.device.host_dev, wiz.device.host_dev_problem
    assert combo.currentText() == "enp1s0f0" and problems_shown(wiz.device) == []
    combo.setEditText("enp9s0f0")
    assert problems_shown(wiz.device) == [
        "This host has no interface named enp9s0f0: virtual machines on this network cannot "
        "start until it exists."]
    assert tone_of(line) is Tone.PENDING and wiz.button(NEXT).isEnabled()
    combo.setEditText("eth0")  # there (whether it can hand out VFs is not always known)
    assert problems_shown(wiz.device) == []


@pytest.mark.parametrize(("forward", "warned"), [
    ('<forward mode="bridge"/><bridge name="br1"/>', "no bridge named br1"),
    ('<forward mode="bridge"/><bridge name="eth0"/>', "no bridge named eth0"),
    ('<forward mode="bridge"><interface dev="eth5"/></forward>', "no interface named eth5"),
    ('<forward mode="hostdev" managed="yes"><pf dev="enp9s0f0"/></forward>',
     "no interface named enp9s0f0"),
])
def test_hand_written_xml_on_a_host_device_the_host_lacks_is_warned_of(connected, qtbot, forward,
                                                                        warned):
    """The Host device page warns (amber) of a host bridge, macvtap interface or physical
    function the host lacks; the same network written by hand passed without a word."""
    wiz = open_wizard(qtbot, connected)
    wiz.device.set_interfaces([HostInterface("br0", "bridge"), HostInterface("eth0", "ethernet")])
    type_into(qtbot, wiz.basics.name, "lan")
    goto(qtbot, wiz, PageId.SUMMARY)
    toggle(qtbot, wiz.summary.hand_edit)
    wiz.summary.xml.setPlainText(f"<network><name>lan</name>{forward}</network>")
    line = wiz.summary.xml_problem
    assert line.isVisible() and line.text() == (
        f"This host has {warned}: virtual machines on this network cannot start until it exists.")
    assert tone_of(line) is Tone.PENDING and wiz.summary.xml.property("invalid") is not True
    settle(qtbot, wiz.summary)
    assert wiz.button(FINISH).isEnabled()
    wiz.summary.xml.setPlainText('<network><name>lan</name><forward mode="bridge"/>'
                                 '<bridge name="br0"/></network>')
    assert not line.isVisible()


def test_spaces_around_the_name_are_dropped_as_for_a_vm(connected, qtbot):
    """"lab " (a space typed or pasted after it) was refused with "Use only letters, …",
    which does not say what is wrong; the New VM wizard drops them from a VM's name."""
    wiz = open_wizard(qtbot, connected)
    type_into(qtbot, wiz.basics.name, "  lab ")
    assert problems_shown(wiz.basics) == [] and wiz.button(NEXT).isEnabled()
    assert wiz.state.spec.name == "lab"
    type_into(qtbot, wiz.basics.name, "default ")  # and it is the name compared
    assert problems_shown(wiz.basics) == ["This host already has a network named 'default'."]
    type_into(qtbot, wiz.basics.name, "la b")  # inside, a space is still refused
    assert len(problems_shown(wiz.basics)) == 1 and not wiz.button(NEXT).isEnabled()
    type_into(qtbot, wiz.basics.name, "lab ")
    goto(qtbot, wiz, PageId.SUMMARY)
    assert "<name>lab</name>" in wiz.summary.xml.toPlainText()


def test_finish_waits_while_the_host_is_not_connected(connected, qtbot, create_calls):
    """Finish stayed enabled with the connection closed (or lost) and failed only when
    clicked ("… is not connected"). It is disabled now, saying why, until the host is back."""
    wiz = open_wizard(qtbot, connected)
    type_into(qtbot, wiz.basics.name, "lab")
    goto(qtbot, wiz, PageId.IPV6)
    with qtbot.waitSignal(connected.stateChanged, timeout=5000):
        connected.close()
    goto(qtbot, wiz, PageId.SUMMARY)  # Next needs no connection
    assert not wiz.button(FINISH).isEnabled()
    held = wiz.summary.finish.held
    assert held.isVisible() and held.text() == (
        f"{connected.display_name} is not connected: Finish is possible once it is connected again.")
    wiz.accept()
    assert create_calls == [] and wiz.isVisible()
    connected.open()
    qtbot.waitUntil(lambda: wiz.button(FINISH).isEnabled(), timeout=5000)
    assert not held.isVisible()
    with qtbot.waitSignal(connected.stateChanged, timeout=5000):
        connected.close()  # on the page
    assert not wiz.button(FINISH).isEnabled() and held.isVisible()


def test_host_interfaces_are_listed_again_after_a_reconnect(connected, qtbot, monkeypatch):
    """A lookup that failed (the connection dropped as the wizard opened) was never tried
    again: once the host was back, the device page still offered no names and warned of none."""
    from kvmgui.libvirt.connstate import ConnState

    answers = [FakeStartError("internal error: client socket is closed"),
               [HostInterface("br0", "bridge"), HostInterface("eth0", "ethernet")]]

    def lookup(_conn, _local):
        answer = answers[0]
        if isinstance(answer, Exception):
            raise answer
        return answer

    monkeypatch.setattr(netops, "host_interfaces", lookup)
    wiz = open_wizard(qtbot, connected)
    assert wiz.device.note.text().startswith("Cannot list host interfaces")
    connected.close()
    qtbot.waitUntil(lambda: connected.state is ConnState.DISCONNECTED, timeout=5000)
    answers.pop(0)
    connected.open()
    qtbot.waitUntil(lambda: connected.state is ConnState.CONNECTED, timeout=10000)
    qtbot.waitUntil(lambda: wiz.device.note.text() == "", timeout=5000)
    choose(wiz.basics.mode, ForwardMode.BRIDGE)
    goto(qtbot, wiz, PageId.DEVICE)
    assert [wiz.device.host_dev.itemText(i) for i in range(wiz.device.host_dev.count())] == ["br0"]
    wiz.device.host_dev.setEditText("br9")
    assert wiz.device.host_dev_problem.text().startswith("This host has no bridge named br9")


def test_every_interface_of_a_hand_written_macvtap_network_is_checked(connected, qtbot):
    """A macvtap network may list several <interface dev>; only the first was looked for
    on the host, so a missing second one passed without a word."""
    wiz = open_wizard(qtbot, connected)
    wiz.device.set_interfaces([HostInterface("eth0", "ethernet"), HostInterface("eth1", "ethernet")])
    type_into(qtbot, wiz.basics.name, "lan")
    goto(qtbot, wiz, PageId.SUMMARY)
    toggle(qtbot, wiz.summary.hand_edit)
    wiz.summary.xml.setPlainText('<network><name>lan</name><forward mode="bridge">'
                                 '<interface dev="eth0"/><interface dev="eth7"/></forward></network>')
    line = wiz.summary.xml_problem
    assert line.isVisible() and line.text() == (
        "This host has no interface named eth7: virtual machines on this network cannot start "
        "until it exists.")
    settle(qtbot, wiz.summary)
    assert tone_of(line) is Tone.PENDING and wiz.button(FINISH).isEnabled()
    wiz.summary.xml.setPlainText('<network><name>lan</name><forward mode="vepa">'
                                 '<interface dev="eth0"/><interface dev="eth1"/></forward></network>')
    assert not line.isVisible()
