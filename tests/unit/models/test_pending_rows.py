"""A running VM whose definition changed shows "restart pending" until it restarts."""

import libvirt

from kvmgui.libvirt.pending import tracker_for
from kvmgui.models.domainrow import Column
from kvmgui.models.domains import DomainModel
from kvmgui.xml.device_specs import NicSpec, build_interface
from kvmgui.xml.domain import DomainDoc
from tests.helpers import WEB01, run_in_worker


def add_nic_to_definition(conn):
    dom = conn.lookupByName("web01")
    doc = DomainDoc.from_string(dom.XMLDesc(libvirt.VIR_DOMAIN_XML_INACTIVE))
    doc.add_device(build_interface(NicSpec(source="net10", mac="52:54:00:aa:bb:cc")))
    conn.defineXML(doc.to_string())


def state_text(model, name):
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == name)
    index = model.index(row, Column.STATE)
    return index.data(), index.data(0x03)  # display, tooltip


def spoken(model, name):
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == name)
    return model.index(row, Column.STATE).data(0x0B)  # AccessibleTextRole


def test_changed_definition_marks_row_until_restart(connected, registry, qtbot, qtmodeltester):
    model = DomainModel(registry)
    qtmodeltester.check(model)
    tracker = tracker_for(connected)
    with qtbot.waitSignal(tracker.changed, timeout=5000) as marked:
        run_in_worker(qtbot, connected, add_nic_to_definition)
    assert marked.args[1], "the new NIC is reported as pending"
    qtbot.waitUntil(lambda: state_text(model, "web01")[0] != "Running", timeout=5000)
    text, tooltip = state_text(model, "web01")
    assert text == "Running ↻"
    assert spoken(model, "web01") == "Running · restart pending"
    assert tooltip.startswith("Takes effect at the next start:") and "52:54:00:aa:bb:cc" in tooltip

    def restart(c):
        dom = c.lookupByName("web01")
        dom.destroy()
        dom.create()

    with qtbot.waitSignal(tracker.changed, timeout=5000,
                          check_params_cb=lambda _u, lines: lines == []):
        run_in_worker(qtbot, connected, restart)
    qtbot.waitUntil(lambda: state_text(model, "web01")[0] == "Running", timeout=5000)
    assert spoken(model, "web01") is None  # the cell's own words, as for any other state


def test_other_vms_are_not_marked(connected, registry, qtbot):
    model = DomainModel(registry)
    tracker = tracker_for(connected)
    with qtbot.waitSignal(tracker.changed, timeout=5000):
        run_in_worker(qtbot, connected, add_nic_to_definition)
    assert tracker.get(next(r.uuid for r in connected.domains.records() if r.name == "router")) == ()
    assert state_text(model, "router")[0] == "Running"


def test_undefined_while_running_is_no_longer_marked(connected, registry, qtbot):
    # Undefined, the running VM is transient: no definition waits for its next start
    # (it goes when it stops), so the mark and its tooltip would be wrong.
    model = DomainModel(registry)
    tracker = tracker_for(connected)
    with qtbot.waitSignal(tracker.changed, timeout=5000):
        run_in_worker(qtbot, connected, add_nic_to_definition)
    qtbot.waitUntil(lambda: state_text(model, "web01")[0] == "Running ↻", timeout=5000)
    run_in_worker(qtbot, connected, lambda c: c.lookupByName("web01").undefine())
    qtbot.waitUntil(lambda: model.index(model.row_of(connected, WEB01), Column.AUTOSTART).data()
                    == "Transient", timeout=5000)
    assert state_text(model, "web01") == ("Running", None)
    assert spoken(model, "web01") is None


def test_a_screen_reader_hears_the_marks_words(connected, registry, qtbot):
    """The mark is a sign; the accessible name of the state cell says it in words."""
    from PySide6.QtGui import QAccessible

    from kvmgui.models.proxy import DomainFilterProxy
    from kvmgui.window.vmlist import VmTable

    model = DomainModel(registry, stats=False)
    view = VmTable(DomainFilterProxy(model), model)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    with qtbot.waitSignal(tracker_for(connected).changed, timeout=5000):
        run_in_worker(qtbot, connected, add_nic_to_definition)
    qtbot.waitUntil(lambda: state_text(model, "web01")[0] == "Running ↻", timeout=5000)
    table = QAccessible.queryAccessibleInterface(view)
    names = [table.child(i).text(QAccessible.Text.Name) for i in range(table.childCount())]
    assert "Running · restart pending" in names and "Running ↻" not in names
