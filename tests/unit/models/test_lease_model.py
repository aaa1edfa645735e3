import logging
import threading
import time

import pytest
from PySide6.QtCore import Qt

from kvmgui.libvirt import netops
from kvmgui.libvirt.netops import Lease
from kvmgui.models.leases import LeaseColumn, LeaseModel, expiry_words
from kvmgui.models.roles import Role
from tests.helpers import run_in_worker
from tests.unit.lverror import refusal

WEB01_MAC = "52:54:00:6b:3c:01"  # web01's NIC on `default` in the demo host
ROUTER_MAC = "52:54:00:6b:3c:04"


def lease(mac, ip, hostname="", minutes=60):
    return Lease(mac, ip, 24, hostname, int(time.time()) + minutes * 60, "ipv4")


def uuid_of(conn, name):
    return next(r.uuid for r in conn.networks.records() if r.name == name)


def rows(model):
    return [tuple(model.index(r, c).data() for c in LeaseColumn) for r in range(model.rowCount())]


@pytest.fixture
def fake_leases(monkeypatch):
    """What netops.dhcp_leases answers (the test driver has no leases): edit the list."""
    current: list[Lease] = []
    calls: list[str] = []

    def fake(_conn, uuid):
        calls.append(uuid)
        return list(current)

    monkeypatch.setattr(netops, "dhcp_leases", fake)
    return current, calls


def test_expiry_words():
    now = 1_700_000_000
    assert expiry_words(0, now) == "never"
    assert expiry_words(now - 5, now) == "expired"
    assert expiry_words(now + 30, now).startswith("in 30 s (")
    assert expiry_words(now + 59 * 60 + 10, now).startswith("in 59 min (")
    assert expiry_words(now + 5 * 3600, now).startswith("in 5 h (")
    assert expiry_words(now + 3 * 86400, now).startswith("in 3 d (")
    assert expiry_words(now + 86400 + 60, now).startswith("in 1 d (")  # not "in 1 days"


def test_leases_with_owning_vm_and_updates_without_reset(connected, qtbot, qtmodeltester, fake_leases):
    current, calls = fake_leases
    model = LeaseModel(connected)
    qtmodeltester.check(model)  # attached before the mutations below
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    current[:] = [lease(WEB01_MAC, "192.168.122.10", "web01"), lease("52:54:00:aa:bb:cc", "192.168.122.11")]
    with qtbot.waitSignal(model.fetched, timeout=5000):
        model.set_network(uuid_of(connected, "default"))
    # Owners come from the domains' XML (another worker job); wait for the name to appear.
    qtbot.waitUntil(lambda: model.index(0, LeaseColumn.VM).data() == "web01", timeout=5000)
    assert rows(model)[0][:3] == (WEB01_MAC, "192.168.122.10/24", "web01")
    assert rows(model)[0][LeaseColumn.EXPIRES].startswith("in ")
    assert rows(model)[1][LeaseColumn.HOSTNAME] == "—" and rows(model)[1][LeaseColumn.VM] == ""
    assert model.index(0, 0).data(Role.OBJECT).ip == "192.168.122.10"
    assert model.index(0, LeaseColumn.IP).data(Role.SORT) == "192.168.122.010"
    assert model.index(0, 0).data(Qt.ItemDataRole.UserRole + 99) is None
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.status == ""

    # One lease gone, one renewed, one new: removals, a changed row, an append.
    current[:] = [lease(WEB01_MAC, "192.168.122.10", "web01", minutes=120),
                  lease(ROUTER_MAC, "192.168.122.12", "router")]
    with qtbot.waitSignal(model.fetched, timeout=5000):
        model.refresh()
    assert [r[1] for r in rows(model)] == ["192.168.122.10/24", "192.168.122.12/24"]
    assert rows(model)[0][LeaseColumn.EXPIRES].startswith("in 2 h")
    assert rows(model)[1][LeaseColumn.VM] == "router"
    assert not resets

    current.clear()
    with qtbot.waitSignal(model.fetched, timeout=5000):
        model.refresh()
    assert model.rowCount() == 0 and model.status == "No DHCP leases yet."
    assert set(calls) == {uuid_of(connected, "default")}


def test_owner_follows_domain_events(connected, qtbot, qtmodeltester, fake_leases):
    current, _calls = fake_leases
    model = LeaseModel(connected)
    qtmodeltester.check(model)
    mac = "52:54:00:12:34:56"
    current[:] = [lease(mac, "192.168.122.50", "newvm")]
    with qtbot.waitSignal(model.fetched, timeout=5000):
        model.set_network(uuid_of(connected, "default"))
    assert model.index(0, LeaseColumn.VM).data() == ""
    xml = f"""<domain type='test'><name>newvm</name><memory>65536</memory><os><type>hvm</type></os>
      <devices><interface type='network'><mac address='{mac}'/><source network='default'/></interface>
      </devices></domain>"""
    run_in_worker(qtbot, connected, lambda c: c.defineXML(xml))
    # The "defined" event makes the model re-read who owns which MAC; no lease fetch needed.
    qtbot.waitUntil(lambda: model.index(0, LeaseColumn.VM).data() == "newvm", timeout=5000)


def test_inactive_network_is_not_asked(connected, qtbot, qtmodeltester, fake_leases):
    _current, calls = fake_leases
    model = LeaseModel(connected)
    qtmodeltester.check(model)
    uuid = uuid_of(connected, "net10")
    run_in_worker(qtbot, connected, lambda c: c.networkLookupByUUIDString(uuid).destroy())
    qtbot.waitUntil(lambda: not connected.networks.get(uuid).active, timeout=5000)
    model.set_network(uuid)
    assert model.rowCount() == 0
    assert "not running" in model.status
    assert calls == []


def test_driver_without_leases_says_so(connected, qtbot, qtmodeltester):
    model = LeaseModel(connected)
    qtmodeltester.check(model)
    with qtbot.waitSignal(model.statusChanged, timeout=5000,
                          check_params_cb=lambda text: text.startswith("Cannot read")):
        model.set_network(uuid_of(connected, "default"))
    assert "not supported" in model.status  # libvirt's own words
    assert model.rowCount() == 0


def test_switching_network_drops_the_old_rows(connected, qtbot, qtmodeltester, fake_leases):
    current, _calls = fake_leases
    model = LeaseModel(connected)
    qtmodeltester.check(model)
    current[:] = [lease(WEB01_MAC, "192.168.122.10")]
    with qtbot.waitSignal(model.fetched, timeout=5000):
        model.set_network(uuid_of(connected, "default"))
    assert model.rowCount() == 1
    current[:] = []
    with qtbot.waitSignal(model.fetched, timeout=5000):
        model.set_network(uuid_of(connected, "net10"))
    assert model.rowCount() == 0
    model.set_network(None)
    assert model.network_uuid is None and model.status == ""


def test_network_stopping_during_a_fetch_wins(connected, qtbot, qtmodeltester, monkeypatch):
    gate = threading.Event()

    def slow(_conn, _uuid):
        gate.wait(10)
        return [lease(WEB01_MAC, "192.168.122.10")]

    monkeypatch.setattr(netops, "dhcp_leases", slow)
    model = LeaseModel(connected)
    qtmodeltester.check(model)
    uuid = uuid_of(connected, "default")
    model.set_network(uuid)  # the fetch now waits in its worker
    run_in_worker(qtbot, connected, lambda c: c.networkLookupByUUIDString(uuid).destroy())
    qtbot.waitUntil(lambda: not connected.networks.get(uuid).active, timeout=5000)
    with qtbot.waitSignal(model.fetched, timeout=5000):
        gate.set()
    assert model.rowCount() == 0  # the late answer is not shown for a stopped network
    assert "not running" in model.status


def test_owner_lookup_failure_is_logged_and_shown_then_clears(connected, qtbot, qtmodeltester,
                                                               fake_leases, monkeypatch, caplog):
    current, _calls = fake_leases
    real_owners = netops.vm_macs

    def refuse(_conn, _uuids=None):
        raise refusal("cannot read the domains' XML")

    monkeypatch.setattr(netops, "vm_macs", refuse)
    model = LeaseModel(connected)
    qtmodeltester.check(model)
    current[:] = [lease(WEB01_MAC, "192.168.122.10", "web01")]
    with caplog.at_level(logging.WARNING, logger="kvmgui.models.leases"):
        with qtbot.waitSignal(model.statusChanged, timeout=5000,
                              check_params_cb=lambda text: "Cannot tell which VM" in text):
            model.set_network(uuid_of(connected, "default"))
        qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=5000)
    # The leases are shown, the status line under them says why no VM is named, with
    # libvirt's words, and the log has it.
    assert "cannot read the domains' XML" in model.status
    assert model.index(0, LeaseColumn.IP).data() == "192.168.122.10/24"
    assert model.index(0, LeaseColumn.VM).data() == ""
    assert any("cannot read the domains' XML" in r.getMessage() for r in caplog.records)

    # The next owner lookup (after a domain event) works: the note goes, the owner shows.
    monkeypatch.setattr(netops, "vm_macs", real_owners)
    run_in_worker(qtbot, connected, lambda c: c.lookupByName("web01").suspend())
    qtbot.waitUntil(lambda: model.index(0, LeaseColumn.VM).data() == "web01", timeout=5000)
    assert model.status == ""
    assert model.index(0, 0).data(Role.KEY) == (connected.uri, (WEB01_MAC, "192.168.122.10"))
    assert model.index(0, 0).data(Role.CONNECTION) is connected


def test_many_leases_come_and_go_without_reset(connected, qtbot, qtmodeltester, fake_leases):
    current, _calls = fake_leases
    model = LeaseModel(connected)
    qtmodeltester.check(model)
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    with qtbot.waitSignal(model.fetched, timeout=5000):
        model.set_network(uuid_of(connected, "default"))
    shown_macs: list[str] = []
    for rnd, keep in enumerate((range(0, 120), range(0, 120, 2), range(1, 120, 3), range(0, 120))):
        # Some leases leave, the ones that stay renew (a new expiry), new ones arrive.
        current[:] = [lease(f"52:54:00:00:00:{i:02x}", f"192.168.122.{i + 10}", minutes=60 + rnd)
                      for i in keep]
        with qtbot.waitSignal(model.fetched, timeout=5000):
            model.refresh()
        macs = [x.mac for x in current]
        shown_macs = [m for m in shown_macs if m in macs] + [m for m in macs if m not in shown_macs]
        assert [model.index(r, LeaseColumn.MAC).data() for r in range(model.rowCount())] == shown_macs
        by_mac = {x.mac: x for x in current}  # renewed leases: the rows hold the new ones
        assert [model.index(r, 0).data(Role.OBJECT) for r in range(model.rowCount())] \
            == [by_mac[m] for m in shown_macs]
    assert not resets


def test_a_domain_event_reads_the_nics_of_that_vm_alone(connected, qtbot, qtmodeltester,
                                                         fake_leases, monkeypatch):
    """Every domain event read the live XML of every VM on the host again, in a worker: at
    5,000 VMs an event storm kept a worker (and the host) busy with back-to-back full
    re-reads. The owners are read in full once; an event reads the VM it names, a removal
    none but its own."""
    from kvmgui.xml.base import parse_xml

    current, _calls = fake_leases
    read: list[str] = []

    def counting(xml):
        root = parse_xml(xml)
        if root.tag == "domain":
            read.append(root.findtext("name"))
        return root

    monkeypatch.setattr(netops, "parse_xml", counting)
    model = LeaseModel(connected)
    qtmodeltester.check(model)

    def idle():
        return not model._owners_busy and not model._owners_timer.isActive()

    current[:] = [lease(WEB01_MAC, "192.168.122.10"), lease(ROUTER_MAC, "192.168.122.12")]
    with qtbot.waitSignal(model.fetched, timeout=5000):
        model.set_network(uuid_of(connected, "default"))
    qtbot.waitUntil(lambda: model.index(1, LeaseColumn.VM).data() == "router" and idle(), timeout=5000)
    assert sorted(read) == ["build", "db01", "desktop", "router", "web01"]  # once, all of them
    read.clear()
    run_in_worker(qtbot, connected, lambda c: c.lookupByName("web01").suspend())
    qtbot.waitUntil(lambda: bool(read) and idle(), timeout=5000)
    assert read == ["web01"]
    read.clear()
    # Undefined while running, then gone with its stop: its MAC is nobody's; no other VM
    # is read.
    run_in_worker(qtbot, connected, lambda c: c.lookupByName("router").undefine())
    run_in_worker(qtbot, connected, lambda c: c.lookupByName("router").destroy())
    qtbot.waitUntil(lambda: model.index(1, LeaseColumn.VM).data() == "" and idle(), timeout=5000)
    assert set(read) <= {"router"}
    assert model.index(0, LeaseColumn.VM).data() == "web01"


def test_a_disconnected_host_is_said_and_its_leases_read_when_it_is_back(
        connected, qtbot, qtmodeltester, fake_leases, caplog):
    """While the host was away the leases view asked every 3 s, each time failing with
    "Cannot read the DHCP leases: … is not connected" (and a warning in the log)."""
    from kvmgui.libvirt.connection import ConnState

    current, calls = fake_leases
    current.append(lease(WEB01_MAC, "192.168.122.45"))
    model = LeaseModel(connected)
    qtmodeltester.check(model)
    with qtbot.waitSignal(model.fetched):
        model.set_network(uuid_of(connected, "default"))
    assert model.rowCount() == 1
    asked = len(calls)
    connected.close()
    qtbot.waitUntil(lambda: connected.state is not ConnState.CONNECTED)
    assert model.rowCount() == 0
    assert model.status == (f"{connected.display_name} is not connected: the leases are read "
                            "again once it is.")
    with caplog.at_level(logging.WARNING, logger="kvmgui.models.leases"):
        for _ in range(3):  # the view's timer, meanwhile
            model.refresh()
    assert len(calls) == asked and caplog.records == []  # nothing asked, nothing failed
    with qtbot.waitSignal(model.fetched, timeout=10000):
        connected.open()
    assert len(calls) == asked + 1
    assert rows(model)[0][:2] == (WEB01_MAC, "192.168.122.45/24") and model.status == ""
