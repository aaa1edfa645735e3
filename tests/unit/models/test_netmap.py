"""The network map's tree: hosts → networks → VM cards, following events and leases."""

import logging
import time

import libvirt
import pytest
from PySide6.QtCore import QDateTime, QLocale

from kvmgui.libvirt import nicmap
from kvmgui.libvirt.netops import Lease
from kvmgui.libvirt.nicmap import LeaseReading
from kvmgui.libvirt.records import LibvirtEvent
from kvmgui.models import netmapfeed
from kvmgui.models.netmap import NetworkMapModel, NodeKind
from kvmgui.models.netmapfeed import HostFeed
from kvmgui.models.roles import Role
from tests.helpers import FakeError, run_in_worker, uuid_of


def tree(model):
    """{host: {network: [vm names]}} as the model shows it."""
    out = {}
    for h in range(model.rowCount()):
        host = model.index(h, 0)
        nets = {}
        for n in range(model.rowCount(host)):
            net = model.index(n, 0, host)
            nets[net.data()] = sorted(model.index(c, 0, net).data() for c in range(model.rowCount(net)))
        out[host.data()] = nets
    return out


def node_named(model, *names):
    index = model.index(0, 0)
    for name in names:
        index = next((model.index(r, 0, index) for r in range(model.rowCount(index))
                      if model.index(r, 0, index).data() == name), None)
        if index is None:
            raise LookupError(name)
    return index


def details(model, *names):
    """The details column of a row ("" while it is not there yet)."""
    try:
        return node_named(model, *names).siblingAtColumn(1).data()
    except LookupError:
        return ""


@pytest.fixture
def fake_leases(monkeypatch):
    """Leases the test driver cannot give: web01 has one on "default"."""
    leases = {}

    def all_leases(_conn, uuids):
        return LeaseReading({u: tuple(leases.get(u, ())) for u in uuids}, {})

    monkeypatch.setattr(nicmap, "all_leases", all_leases)
    return leases


@pytest.fixture
def model(connected, qtbot, qtmodeltester):
    m = NetworkMapModel()
    qtmodeltester.check(m)  # attached before every change the tests drive
    m.add_connection(connected)
    qtbot.waitUntil(lambda: sum(len(v) for v in tree(m).get(connected.display_name, {}).values()) == 4,
                    timeout=5000)
    return m


def test_hosts_networks_and_cards(model, connected):
    assert tree(model) == {connected.display_name: {"default": ["router", "web01"],
                                                    "net10": ["db01", "router"]}}
    default = node_named(model, "default")
    assert model.node(default).kind is NodeKind.NETWORK
    details = default.siblingAtColumn(1).data()
    assert "192.168.122.0/24" in details and "gateway 192.168.122.1" in details
    assert "bridge virbr0" in details and details.endswith("active")
    web01 = node_named(model, "default", "web01")
    assert model.node(web01).payload.mac == "52:54:00:6b:3c:01"
    assert web01.data(Role.CONNECTION) is connected
    # The test driver reads no leases: the map says the address is unknown, not missing.
    assert "address unknown" in web01.siblingAtColumn(1).data()


def test_follows_vms_networks_and_leases(connected, qtbot, fake_leases, qtmodeltester):
    m = NetworkMapModel()
    qtmodeltester.check(m)
    m.add_connection(connected)
    default = uuid_of(connected.networks, "default")
    expiry = int(time.time()) + 3600
    fake_leases[default] = [Lease("52:54:00:6b:3c:01", "192.168.122.45", 24, "web01", expiry, "ipv4")]
    m.set_shown(True)
    qtbot.waitUntil(lambda: "192.168.122.45/24" in details(m, "default", "web01"), timeout=5000)
    assert "lease until" in node_named(m, "default", "web01").siblingAtColumn(1).data()
    assert m.node(node_named(m, "default", "web01")).address == "192.168.122.45"

    run_in_worker(qtbot, connected, lambda c: c.defineXML(
        "<domain type='test'><name>new1</name><memory>65536</memory><os><type>hvm</type></os>"
        "<devices><interface type='network'><mac address='52:54:00:00:00:71'/>"
        "<source network='net10'/></interface><interface type='bridge'>"
        "<mac address='52:54:00:00:00:72'/><source bridge='br0'/></interface></devices></domain>"))
    qtbot.waitUntil(lambda: "new1" in tree(m)[connected.display_name].get("net10", []), timeout=5000)
    assert tree(m)[connected.display_name]["Host bridge br0"] == ["new1"]
    assert "not running" in node_named(m, "net10", "new1").siblingAtColumn(1).data()

    run_in_worker(qtbot, connected, lambda c: c.networkLookupByName("net10").destroy())
    qtbot.waitUntil(lambda: details(m, "net10").endswith("inactive"), timeout=5000)
    assert node_named(m, "net10").data(Role.STATE) is False
    m.set_shown(False)
    assert all(not f.lease_timer.isActive() for f in m.feeds.values())


def test_a_host_added_while_the_map_is_shown_has_its_leases_kept_fresh(
        connected, qtbot, fake_leases, monkeypatch):
    monkeypatch.setattr(netmapfeed, "LEASE_REFRESH_MS", 50)
    m = NetworkMapModel()
    m.set_shown(True)  # a view shows the map; then a host connects (registry.added)
    m.add_connection(connected)
    qtbot.waitUntil(lambda: "no lease" in details(m, "default", "web01"), timeout=5000)
    default = uuid_of(connected.networks, "default")
    fake_leases[default] = [Lease("52:54:00:6b:3c:01", "192.168.122.45", 24, "web01", 0, "ipv4")]
    # No event says a guest got a lease: only the timer finds it.
    qtbot.waitUntil(lambda: "192.168.122.45/24" in details(m, "default", "web01"), timeout=2000)


def test_a_lease_that_ends_on_another_day_says_which(connected, qtbot, fake_leases):
    m = NetworkMapModel()
    m.add_connection(connected)
    default = uuid_of(connected.networks, "default")
    expiry = int(time.time()) + 3 * 86400  # <lease expiry='3' unit='days'/>
    fake_leases[default] = [Lease("52:54:00:6b:3c:01", "192.168.122.45", 24, "web01", expiry, "ipv4")]
    m.set_shown(True)
    qtbot.waitUntil(lambda: "192.168.122.45/24" in details(m, "default", "web01"), timeout=5000)
    when = QLocale().toString(QDateTime.fromSecsSinceEpoch(expiry), QLocale.FormatType.ShortFormat)
    assert f"lease until {when}" in details(m, "default", "web01")


def test_a_removed_connection_leaves_the_tree(model, connected, registry):
    model.remove_connection(connected)
    assert model.rowCount() == 0


def names_in_order(model, *path):
    parent = node_named(model, *path)
    return [model.index(r, 0, parent).data() for r in range(model.rowCount(parent))]


def test_rows_stay_in_name_order_as_vms_come_and_are_renamed(model, connected, qtbot):
    # The model sorts (no sorting proxy): new cards go in at their place, in runs.
    assert names_in_order(model, "net10") == ["db01", "router"]

    def define(c):
        for name, mac in (("zz9", "52:54:00:00:01:01"), ("aa1", "52:54:00:00:01:02"),
                          ("Mm5", "52:54:00:00:01:03")):
            c.defineXML(f"<domain type='test'><name>{name}</name><memory>65536</memory>"
                        "<os><type>hvm</type></os><devices><interface type='network'>"
                        f"<mac address='{mac}'/><source network='net10'/></interface>"
                        "</devices></domain>")

    run_in_worker(qtbot, connected, define)
    qtbot.waitUntil(lambda: len(names_in_order(model, "net10")) == 5, timeout=5000)
    assert names_in_order(model, "net10") == ["aa1", "db01", "Mm5", "router", "zz9"]

    run_in_worker(qtbot, connected, lambda c: c.lookupByName("aa1").rename("yy2", 0))
    qtbot.waitUntil(lambda: "yy2" in names_in_order(model, "net10"), timeout=5000)
    assert names_in_order(model, "net10") == ["db01", "Mm5", "router", "yy2", "zz9"]


def test_cards_or_leases_that_cannot_be_read_are_logged(connected, qtbot, monkeypatch, caplog):
    """The map's reads used to drop a failure without a word (an empty handler)."""
    def refuse(what):
        def fail(*_args):
            raise FakeError(f"cannot read {what}")
        return fail

    monkeypatch.setattr(nicmap, "vm_nics", refuse("the cards"))
    monkeypatch.setattr(nicmap, "all_leases", refuse("the leases"))
    with caplog.at_level(logging.WARNING, logger="kvmgui"):
        feed = HostFeed(connected)
        qtbot.waitUntil(lambda: "cannot read the cards" in caplog.text
                        and "cannot read the leases" in caplog.text, timeout=5000)
    assert connected.uri in caplog.text
    assert feed.nics == []


def test_a_read_that_lands_after_a_disconnect_brings_nothing_back(connected, qtbot, monkeypatch):
    import threading

    read_cards = nicmap.vm_nics
    monkeypatch.setattr(nicmap, "all_leases",
                        lambda _conn, _uuids: LeaseReading({}, {"u": "permission denied"}))
    feed = HostFeed(connected)
    qtbot.waitUntil(lambda: feed.nics != [] and feed.lease_errors != {}, timeout=5000)
    entered = {"cards": threading.Event(), "leases": threading.Event()}
    release = threading.Event()

    def slow(what, answer):
        def read(*args):
            entered[what].set()
            release.wait(10)  # the host disconnects meanwhile
            return answer(*args)
        return read

    monkeypatch.setattr(nicmap, "vm_nics", slow("cards", read_cards))
    monkeypatch.setattr(nicmap, "all_leases", slow(
        "leases", lambda _conn, _uuids: LeaseReading({}, {"u": "still denied"})))
    feed._full = True  # a read of every VM, as after a reconnect
    feed._read_nics()
    feed.refresh_leases()
    qtbot.waitUntil(lambda: all(e.is_set() for e in entered.values()), timeout=5000)
    connected.close()
    assert feed.nics == [] and feed.leases == {}
    assert feed.lease_errors == {}  # no word of a host that is gone
    release.set()
    qtbot.waitUntil(lambda: not feed._nics_busy and not feed._leases_busy, timeout=5000)
    assert feed.nics == [] and feed.lease_errors == {}  # the disconnected host shows no VM


def test_a_disconnected_host_says_so_and_claims_no_network_active(model, connected, qtbot):
    from kvmgui.libvirt.connection import ConnState

    host = model.index(0, 0)
    connected.close()
    qtbot.waitUntil(lambda: host.siblingAtColumn(1).data() == "Disconnected · networks: 2",
                    timeout=5000)  # synced at the next turn
    assert not host.data(Role.STATE)
    net = node_named(model, "default")
    assert not net.data(Role.STATE)
    assert "active" not in net.siblingAtColumn(1).data()  # nor "inactive": not known now
    with qtbot.waitSignal(connected.stateChanged, timeout=5000,
                          check_params_cb=lambda s, _m: s == ConnState.CONNECTED):
        connected.open()
    qtbot.waitUntil(lambda: model.index(0, 0).siblingAtColumn(1).data()
                    == "networks: 2 · VM network cards: 4", timeout=5000)
    assert details(model, "default").endswith(" · active") and model.index(0, 0).data(Role.STATE)


def test_a_host_without_cards_connected_again_says_so(connected, qtbot, monkeypatch):
    from kvmgui.libvirt.connection import ConnState

    monkeypatch.setattr(nicmap, "vm_nics", lambda _conn: [])  # no VM has a network card
    model = NetworkMapModel()
    model.add_connection(connected)
    connected.close()
    qtbot.waitUntil(lambda: model.index(0, 0).siblingAtColumn(1).data()
                    == "Disconnected · networks: 2", timeout=5000)
    with qtbot.waitSignal(connected.stateChanged, timeout=5000,
                          check_params_cb=lambda s, _m: s == ConnState.CONNECTED):
        connected.open()
    qtbot.waitUntil(lambda: model.index(0, 0).data(Role.STATE) is True, timeout=5000)
    assert model.index(0, 0).siblingAtColumn(1).data() == "networks: 2 · VM network cards: 0"


@pytest.mark.parametrize("code", [libvirt.VIR_ERR_SYSTEM_ERROR, libvirt.VIR_ERR_RPC,
                                  libvirt.VIR_ERR_OPERATION_TIMEOUT])
@pytest.mark.parametrize("full", [True, False])
def test_cards_that_could_not_be_read_are_not_taken_for_vms_without_cards(connected, qtbot,
                                                                         monkeypatch, caplog,
                                                                         code, full):
    """A read of the cards whose VMs' XML failed (the link lost after the listing) took
    every such VM for one gone: the map dropped their cards, as if they had none."""
    feed = HostFeed(connected)
    qtbot.waitUntil(lambda: len(feed.nics) == 4, timeout=5000)
    shown = list(feed.nics)

    def cut(_dom, _flags=0):
        raise FakeError("Cannot recv data: Connection reset by peer", code)

    monkeypatch.setattr(libvirt.virDomain, "XMLDesc", cut)
    with caplog.at_level(logging.WARNING, logger="kvmgui"):
        feed._full = full  # every VM read, or only the one an event named
        connected.events.emit([LibvirtEvent(0.0, "domain", uuid_of(connected.domains, "web01"),
                                            "web01", libvirt.VIR_DOMAIN_EVENT_ID_LIFECYCLE)])
        qtbot.waitUntil(lambda: "Connection reset by peer" in caplog.text, timeout=5000)
    qtbot.waitUntil(lambda: not feed._nics_busy, timeout=5000)
    assert feed.nics == shown  # kept until a reading works


def test_a_vm_gone_while_its_cards_are_read_is_left_out(connected, qtbot, monkeypatch):
    real = libvirt.virDomain.XMLDesc

    def gone(dom, flags=0):
        if dom.name() == "web01":
            raise FakeError("Domain not found", libvirt.VIR_ERR_NO_DOMAIN)
        return real(dom, flags)

    monkeypatch.setattr(libvirt.virDomain, "XMLDesc", gone)
    names = {nic.vm_name for nic in run_in_worker(qtbot, connected, nicmap.vm_nics)}
    assert "web01" not in names and names


def test_leases_cut_off_by_a_lost_link_are_no_network_s_refusal(connected, qtbot, monkeypatch,
                                                                caplog):
    """The link lost while the leases were read: each network came back "Cannot recv
    data", a successful reading that put that error on every network of the map. Only a
    network's own refusal is its own now; a lost link fails the reading (logged), and the
    map keeps the leases it showed."""
    from kvmgui.libvirt import netops

    default = uuid_of(connected.networks, "default")
    lease = Lease("52:54:00:6b:3c:01", "192.168.122.45", 24, "web01", 2_000_000_000, "ipv4")

    def read(_conn, uuid):
        if uuid != default:
            raise FakeError("this function is not supported by the connection driver",
                            libvirt.VIR_ERR_NO_SUPPORT)
        return [lease]

    monkeypatch.setattr(netops, "dhcp_leases", read)
    feed = HostFeed(connected)
    qtbot.waitUntil(lambda: feed.leases.get(default) == (lease,), timeout=5000)
    refused = dict(feed.lease_errors)
    assert list(refused.values()) == ["this function is not supported by the connection driver"]

    def cut(_conn, _uuid):
        raise FakeError("Cannot recv data: Connection reset by peer", libvirt.VIR_ERR_SYSTEM_ERROR,
                        libvirt.VIR_FROM_RPC)

    monkeypatch.setattr(netops, "dhcp_leases", cut)
    with caplog.at_level(logging.WARNING, logger="kvmgui"):
        feed.refresh_leases()
        qtbot.waitUntil(lambda: "Connection reset by peer" in caplog.text, timeout=5000)
    qtbot.waitUntil(lambda: not feed._leases_busy, timeout=5000)
    assert feed.leases.get(default) == (lease,)  # kept until a reading works
    assert feed.lease_errors == refused


def test_a_burst_of_changes_is_one_sync_of_the_host(model, connected, qtbot, monkeypatch):
    """Each ``changed`` of a host's feed (each signal of its network table among them)
    re-synced the whole host on the GUI thread at once: several syncs per burst, 14 ms
    each with 500 VMs on 50 networks. They are synced once per turn of the event loop."""
    from kvmgui.models import netmap

    builds = []
    real = netmap.host_tree
    monkeypatch.setattr(netmap, "host_tree", lambda *a: builds.append(1) or real(*a))
    feed = next(iter(model.feeds.values()))
    qtbot.waitUntil(lambda: not feed._leases_busy and not feed._nics_busy, timeout=5000)
    records = connected.networks.records()
    for _ in range(3):  # a burst: the table's signals, a reading of the cards, of the leases
        connected.networks.changed.emit(records)
        connected.networks.added.emit(records)
        feed.changed.emit()
    assert builds == []
    qtbot.waitUntil(lambda: builds != [], timeout=5000)
    qtbot.waitUntil(lambda: not feed._leases_busy, timeout=5000)
    assert len(builds) == 1
    assert tree(model) == {connected.display_name: {"default": ["router", "web01"],
                                                    "net10": ["db01", "router"]}}


def test_only_the_network_whose_cards_changed_is_built_again(model, connected, qtbot,
                                                            monkeypatch):
    """A VM that stopped built every card of the host again, and parsed every network's
    XML again: most of a sync's 14 ms with 500 VMs on 50 networks. Only the cards of the
    networks whose cards or leases changed are built now, and the networks are parsed
    once per change of their record."""
    from kvmgui.models import netmaptree, networks

    built, parsed = [], []
    real_nic, real_info = netmaptree._nic_node, networks.NetworkInfo.of
    monkeypatch.setattr(netmaptree, "_nic_node", lambda nic, *a: built.append(nic.vm_name)
                        or real_nic(nic, *a))
    monkeypatch.setattr(networks.NetworkInfo, "of", classmethod(
        lambda _cls, rec: parsed.append(rec.name) or real_info(rec)))
    run_in_worker(qtbot, connected, lambda c: c.lookupByName("web01").destroy())  # on default
    qtbot.waitUntil(lambda: "not running" in details(model, "default", "web01"), timeout=5000)
    assert sorted(built) == ["router", "web01"]  # default's cards; net10's kept
    assert parsed == []
    states = run_in_worker(qtbot, connected, lambda c: {
        d.name(): bool(d.isActive()) for d in c.listAllDomains()})
    for net in ("default", "net10"):
        for row in range(model.rowCount(node_named(model, net))):
            card = model.index(row, 0, node_named(model, net))
            assert card.data(Role.STATE) is states[card.data()]


def test_cards_are_read_during_a_storm_of_vm_events(connected, qtbot, monkeypatch):
    """Each VM event restarted the 200 ms wait before the cards were read: in a storm of
    events less than 200 ms apart (VMs started or stopped by another client) the map
    showed the cards of before the storm until it ended. They are read at most
    NICS_MOST_MS after an event, however long the storm."""
    from PySide6.QtCore import QTimer

    from kvmgui.libvirt.records import LibvirtEvent

    feed = HostFeed(connected)
    qtbot.waitUntil(lambda: len(feed.nics) == 4 and not feed._nics_busy
                    and not feed._nics_timer.isActive(), timeout=5000)
    ticks, total, reads = [0], 200, []
    real = nicmap.some_vm_nics
    monkeypatch.setattr(nicmap, "some_vm_nics", lambda c, u: reads.append(ticks[0]) or real(c, u))
    started = LibvirtEvent(0.0, "domain", uuid_of(connected.domains, "web01"), "web01",
                           libvirt.VIR_DOMAIN_EVENT_ID_LIFECYCLE, libvirt.VIR_DOMAIN_EVENT_STARTED)
    storm = QTimer(interval=20)  # far under 200 ms apart: a lone wait never ran out

    def tick():
        ticks[0] += 1
        connected.events.emit([started])
        if ticks[0] == total:
            storm.stop()

    storm.timeout.connect(tick)
    storm.start()
    try:  # a read during the storm, not only after it
        qtbot.waitUntil(lambda: any(t < total for t in reads), timeout=10000)
    finally:
        storm.stop()
    assert ticks[0] < total
