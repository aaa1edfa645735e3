from PySide6.QtCore import Qt

from kvmgui.models.networks import Column, NetworkModel
from kvmgui.models.roles import Role
from tests.helpers import parsed_on_gui_thread, run_in_worker, uuid_of

ISOLATED = """<network><name>{name}</name><bridge name='{bridge}'/>
  <ip address='10.{n}.0.1' prefix='24'><dhcp><range start='10.{n}.0.100' end='10.{n}.0.200'/></dhcp></ip>
  <ip family='ipv6' address='fd00:{n}::1' prefix='64'/>
</network>"""


def row_of(model, name):
    return next(r for r in range(model.rowCount()) if model.index(r, Column.NAME).data() == name)


def cell(model, name, col):
    return model.index(row_of(model, name), col).data()


def test_rows_show_the_hosts_networks(connected, qtmodeltester):
    model = NetworkModel(connected)
    qtmodeltester.check(model)
    assert sorted(model.index(r, 0).data() for r in range(model.rowCount())) == ["default", "net10"]
    assert cell(model, "default", Column.STATE) == "Active"
    assert cell(model, "default", Column.MODE) == "NAT"
    assert cell(model, "default", Column.BRIDGE) == "virbr0"
    assert cell(model, "default", Column.IPV4) == "192.168.122.0/24"
    assert cell(model, "default", Column.DHCP) == "192.168.122.2 – 192.168.122.254"
    assert cell(model, "net10", Column.IPV4) == "192.168.10.0/24"
    index = model.index(row_of(model, "default"), 0)
    rec = index.data(Role.OBJECT)
    assert rec.name == "default" and index.data(Role.STATE) is True
    assert index.data(Role.KEY) == (connected.uri, rec.uuid)
    assert index.data(Qt.ItemDataRole.UserRole + 99) is None
    assert model.rowCount(index) == 0
    assert not model.index(model.rowCount(), 0).isValid()
    assert model.flags(index) & Qt.ItemFlag.ItemNeverHasChildren
    info = model.info_of(rec.uuid)
    assert info.gateway4 == "192.168.122.1" and info.host_network.bridge == "virbr0"


def test_network_events_parse_no_network_xml_on_the_gui_thread(connected, qtbot, qtmodeltester,
                                                               monkeypatch):
    """Each network event parsed the XML of every network it changed on the GUI thread, and
    a listing every network's: 200 rows took 23-30 ms there. The row's values (mode, subnets,
    DHCP, gateway, domain) are read with the XML, in the worker that reads the network."""
    model = NetworkModel(connected)
    qtmodeltester.check(model)
    parsed = parsed_on_gui_thread(monkeypatch, "<network")
    xml = ISOLATED.format(name="iso7", bridge="viso7", n=7).replace(
        "<bridge", "<domain name='lab.example'/><bridge")
    run_in_worker(qtbot, connected, lambda c: c.networkDefineXML(xml))
    qtbot.waitUntil(lambda: model.rowCount() == 3, timeout=5000)
    run_in_worker(qtbot, connected, lambda c: c.networkLookupByName("iso7").create())
    qtbot.waitUntil(lambda: cell(model, "iso7", Column.STATE) == "Active", timeout=5000)
    again = NetworkModel(connected)  # a listing
    assert [cell(again, "iso7", c) for c in (Column.MODE, Column.BRIDGE, Column.IPV4, Column.IPV6,
                                             Column.DHCP)] == [
        "Isolated", "viso7", "10.7.0.0/24", "fd00:7::/64", "10.7.0.100 – 10.7.0.200"]
    info = again.info_of(uuid_of(connected.networks, "iso7"))
    assert (info.gateway4, info.gateway6, info.domain, info.forward_mode) == (
        "10.7.0.1", "fd00:7::1", "lab.example", "isolated")
    assert info.host_network.bridge == "viso7"
    assert parsed == []


def test_rows_follow_define_start_autostart_undefine(connected, qtbot, qtmodeltester):
    model = NetworkModel(connected)
    qtmodeltester.check(model)  # attached before the mutations below

    def define(c):
        for n in range(3):
            c.networkDefineXML(ISOLATED.format(name=f"iso{n}", bridge=f"viso{n}", n=n))

    run_in_worker(qtbot, connected, define)
    qtbot.waitUntil(lambda: model.rowCount() == 5, timeout=5000)
    assert cell(model, "iso1", Column.STATE) == "Inactive"
    assert cell(model, "iso1", Column.MODE) == "Isolated"
    assert cell(model, "iso1", Column.IPV6) == "fd00:1::/64"
    assert cell(model, "iso1", Column.DHCP) == "10.1.0.100 – 10.1.0.200"

    run_in_worker(qtbot, connected, lambda c: c.networkLookupByName("iso1").create())
    qtbot.waitUntil(lambda: cell(model, "iso1", Column.STATE) == "Active", timeout=5000)

    uuid = model.index(row_of(model, "iso2"), 0).data(Role.OBJECT).uuid
    run_in_worker(qtbot, connected, lambda c: c.networkLookupByName("iso2").setAutostart(1))
    connected.refresh("network", uuid)  # no event for autostart
    qtbot.waitUntil(lambda: cell(model, "iso2", Column.AUTOSTART) == "Yes", timeout=5000)

    def undefine(c):
        c.networkLookupByName("iso0").undefine()
        c.networkLookupByName("iso2").undefine()

    run_in_worker(qtbot, connected, undefine)
    qtbot.waitUntil(lambda: model.rowCount() == 3, timeout=5000)
    assert sorted(model.index(r, 0).data() for r in range(model.rowCount())) == ["default", "iso1", "net10"]
    assert model.row_of(uuid) == -1 and model.info_of(uuid) is None


def test_define_and_undefine_storm(connected, qtbot, qtmodeltester):
    model = NetworkModel(connected)
    qtmodeltester.check(model)
    inserted = []
    model.rowsInserted.connect(lambda _p, first, last: inserted.append((first, last)))

    def storm(c):
        for n in range(20):
            c.networkDefineXML(ISOLATED.format(name=f"s{n:02d}", bridge=f"vs{n}", n=n + 20))
        for n in range(0, 20, 2):
            c.networkLookupByName(f"s{n:02d}").undefine()
        for n in range(1, 20, 4):
            c.networkLookupByName(f"s{n:02d}").create()

    run_in_worker(qtbot, connected, storm)
    qtbot.waitUntil(lambda: model.rowCount() == 12
                    and cell(model, "s17", Column.STATE) == "Active", timeout=10000)
    names = sorted(model.index(r, 0).data() for r in range(model.rowCount()))
    assert names == ["default", "net10"] + [f"s{n:02d}" for n in range(1, 20, 2)]
    assert [n for n in names if n.startswith("s") and cell(model, n, Column.STATE) == "Active"] \
        == [f"s{n:02d}" for n in range(1, 20, 4)]
    for r in range(model.rowCount()):  # lookups still right after the removals
        assert model.row_of(model.index(r, 0).data(Role.OBJECT).uuid) == r
    assert len(inserted) < 20  # defines that arrive together go in together
