"""A big listing becomes rows a slice per turn, and events meanwhile are not lost."""

from PySide6.QtCore import QModelIndex, Qt

from bench.hosts import write_host
from kvmgui.libvirt.connection import Connection, ConnState
from kvmgui.libvirt.records import DomainState
from kvmgui.models.domainrow import Column
from kvmgui.models.domains import LISTING_SLICE, DomainModel
from kvmgui.models.proxy import DomainFilterProxy
from kvmgui.models.roles import Role
from kvmgui.window.vmlist import VmTable
from tests.helpers import open_connection
from tests.unit.models.test_proxy import FakeRegistry, rec

S = DomainState


def inserted_counts(model):
    counts = []
    model.rowsInserted.connect(lambda _p, first, last: counts.append(last - first + 1))
    return counts


def test_a_big_host_enters_in_slices_while_the_view_holds_its_repaints(
        registry, tmp_path, qtbot, qtmodeltester):
    vms = 2 * LISTING_SLICE + 300
    model = DomainModel(registry, stats=False)
    qtmodeltester.check(model)
    proxy = DomainFilterProxy(model)
    view = VmTable(proxy, model)
    qtbot.addWidget(view)
    counts = inserted_counts(model)
    said, held = [], []
    model.arriving.connect(lambda on: (said.append(on), held.append(
        not view.viewport().updatesEnabled())))
    with qtbot.waitSignal(model.arriving, check_params_cb=lambda on: not on, timeout=30000):
        conn = open_connection(registry, qtbot, write_host(tmp_path, vms))
    assert counts == [LISTING_SLICE, LISTING_SLICE, 300]
    assert said == [True, False] and held == [True, True]  # held while rows wait
    qtbot.waitUntil(view.viewport().updatesEnabled, timeout=5000)  # then painted again
    assert model.rowCount() == proxy.rowCount() == vms == len(conn.domains)
    names = [proxy.index(r, Column.NAME).data() for r in range(proxy.rowCount())]
    assert names == sorted(names)


def test_changes_and_removals_of_waiting_vms_are_kept(qtbot, qtmodeltester):
    conn = Connection("test:///listing", label="big")
    conn._connector.state = ConnState.CONNECTING  # the listing of an open
    model = DomainModel(FakeRegistry([conn]), stats=False)
    qtmodeltester.check(model)
    proxy = DomainFilterProxy(model)
    proxy.sort(Column.NAME)
    qtmodeltester.check(proxy)
    resets = []
    proxy.modelReset.connect(lambda: resets.append(1))
    seen = set()
    model.rowsInserted.connect(lambda _p, first, last: seen.update(
        model.index(r, 0).data(Role.KEY)[1] for r in range(first, last + 1)))
    vms = 3 * LISTING_SLICE
    # Listed in libvirt's order, not by name: the model slices them by name.
    records = [rec(i) for i in reversed(range(vms))]
    conn.domains.upsert(records)
    assert model.rowCount() == LISTING_SLICE
    last, gone = records[0], records[1]  # the last two by name: they wait the longest
    conn._connector.state = ConnState.CONNECTED
    conn.domains.upsert([rec(vms - 1, S.RUNNING)])  # an event while its record waits
    conn.domains.remove([gone.uuid])
    with qtbot.waitSignal(model.arriving, check_params_cb=lambda on: not on, timeout=10000):
        pass
    assert model.rowCount() == proxy.rowCount() == vms - 1
    assert gone.uuid not in seen  # its row never showed
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == last.name)
    assert model.index(row, 0).data(Role.STATE) == S.RUNNING
    assert model.index(row, Column.STATE).data() == "Running"
    assert not model.index(row, Column.UPTIME).data().startswith("≥")  # seen starting
    assert resets == []  # each slice entered the sorted proxy in one run
    conn.deleteLater()


def test_a_host_removed_while_its_rows_wait_leaves_no_row(qtbot):
    conn = Connection("test:///gone", label="gone")
    registry = FakeRegistry([conn])
    model = DomainModel(registry, stats=False)
    said = []
    model.arriving.connect(said.append)
    conn.domains.upsert([rec(i) for i in range(LISTING_SLICE + 5)])
    registry.removed.emit(conn)
    assert said == [True, False]
    assert model.rowCount() == 0 and not model.rowCount(QModelIndex())
    conn.deleteLater()


def test_a_batch_past_either_end_enters_the_sorted_proxy_in_one_run(qtbot, qtmodeltester):
    conn = Connection("test:///ends", label="ends")
    model = DomainModel(FakeRegistry([conn]), stats=False)
    proxy = DomainFilterProxy(model)
    qtmodeltester.check(proxy)
    runs = []
    proxy.rowsInserted.connect(lambda _p, first, last: runs.append((first, last)))
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        conn.domains.remove([r.uuid for r in conn.domains.records()])
        proxy.sort(Column.NAME, order)
        conn.domains.upsert([rec(i) for i in range(10, 20)])
        runs.clear()
        conn.domains.upsert([rec(i) for i in range(20, 25)])  # past the last name
        conn.domains.upsert([rec(i) for i in range(0, 5)])  # before the first
        conn.domains.upsert([rec(5), rec(30)])  # one at each end: not one run
        names = [proxy.index(r, Column.NAME).data() for r in range(proxy.rowCount())]
        want = sorted([f"vm{i:04d}" for i in (*range(25), 30) if i not in range(6, 10)],
                      reverse=order == Qt.SortOrder.DescendingOrder)
        assert names == want
        if order == Qt.SortOrder.AscendingOrder:
            assert runs == [(10, 14), (0, 4), (5, 5), (21, 21)]
        else:
            assert runs == [(0, 4), (15, 19), (0, 0), (16, 16)]
    conn.deleteLater()
