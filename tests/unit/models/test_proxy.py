"""The VM list's sort/filter proxy, checked against a plain sorted/filtered reference."""

import random
from dataclasses import replace

import pytest
from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt

from kvmgui.libvirt.connection import Connection, ConnState
from kvmgui.libvirt.records import DomainRecord, DomainState
from kvmgui.libvirt.samples import DomainSample
from kvmgui.models.domainrow import Column
from kvmgui.models.domains import DomainModel
from kvmgui.models.proxy import STATE_GROUPS, DomainFilterProxy, StateGroup
from kvmgui.models.roles import Role

S = DomainState


class FakeRegistry:
    """Connections whose tables the test fills directly: no libvirt needed for ordering logic."""

    def __init__(self, conns):
        from PySide6.QtCore import QObject, Signal

        class Signals(QObject):
            added = Signal(object)
            removed = Signal(object)

        self._signals = Signals()
        self.added, self.removed = self._signals.added, self._signals.removed
        self.conns = conns

    def __iter__(self):
        return iter(self.conns)


def rec(i, state=S.SHUTOFF, name=None):
    return DomainRecord(uuid=f"{i:08d}-0000-0000-0000-000000000000", name=name or f"vm{i:04d}",
                        state=state, vcpus=1 + i % 4, max_memory_kib=1024 * (1 + i % 7))


@pytest.fixture
def two_hosts(qtbot):
    a = Connection("test:///a", label="alpha")
    b = Connection("test:///b", label="beta")
    for conn in (a, b):
        conn._connector.state = ConnState.CONNECTED  # rows enabled (selectable) without a real host
    yield a, b
    a.deleteLater()
    b.deleteLater()


def shown(proxy):
    return [proxy.index(r, Column.NAME).data() for r in range(proxy.rowCount())]


def make(two_hosts):
    model = DomainModel(FakeRegistry(list(two_hosts)), stats=False)
    return model, DomainFilterProxy(model)


def test_sorts_and_filters(two_hosts, qtmodeltester):
    a, b = two_hosts
    _model, proxy = make(two_hosts)
    qtmodeltester.check(proxy)
    proxy.sort(Column.NAME)
    a.domains.upsert([rec(3, S.RUNNING, "web"), rec(1, S.SHUTOFF, "db"), rec(2, S.PAUSED, "cache")])
    b.domains.upsert([rec(4, S.RUNNING, "router"), rec(5, S.SHUTOFF, "backup")])
    assert shown(proxy) == ["backup", "cache", "db", "router", "web"]
    proxy.sort(Column.NAME, Qt.SortOrder.DescendingOrder)
    assert shown(proxy) == ["web", "router", "db", "cache", "backup"]
    proxy.sort(Column.NAME)
    proxy.set_text("ET")  # name or host, any case
    assert shown(proxy) == ["backup", "router"]  # both on "beta"
    proxy.set_text("ca")
    assert shown(proxy) == ["cache"]
    proxy.set_text("")
    proxy.set_state_group(StateGroup.RUNNING)
    assert shown(proxy) == ["router", "web"]
    proxy.set_state_group(StateGroup.PAUSED)
    assert shown(proxy) == ["cache"]
    proxy.set_state_group(StateGroup.ALL)
    proxy.set_host("test:///a")
    assert shown(proxy) == ["cache", "db", "web"]
    proxy.set_host(None)
    assert proxy.rowCount() == 5
    assert proxy.rowCount(proxy.index(0, 0)) == 0
    assert not proxy.index(5, 0).isValid() and not proxy.index(0, len(Column)).isValid()
    assert proxy.data(proxy.index(0, 0), Qt.ItemDataRole.UserRole + 99) is None
    assert proxy.headerData(Column.CPU, Qt.Orientation.Horizontal) == "CPU"
    src = proxy.mapToSource(proxy.index(0, Column.STATE))
    assert proxy.mapFromSource(src).row() == 0 and src.column() == Column.STATE


def test_state_change_moves_rows_in_and_out_of_the_filter(two_hosts, qtmodeltester):
    a, _b = two_hosts
    _model, proxy = make(two_hosts)
    qtmodeltester.check(proxy)
    proxy.sort(Column.STATE)
    a.domains.upsert([rec(i, S.SHUTOFF) for i in range(6)])
    proxy.set_state_group(StateGroup.RUNNING)
    assert proxy.rowCount() == 0
    a.domains.upsert([rec(2, S.RUNNING), rec(4, S.RUNNING)])
    assert shown(proxy) == ["vm0002", "vm0004"]
    proxy.set_state_group(StateGroup.ALL)
    # Sorted by state: the two running VMs (state 1) come before the shut-off ones (5).
    assert shown(proxy)[:2] == ["vm0002", "vm0004"]
    a.domains.upsert([rec(2, S.SHUTOFF)])
    assert shown(proxy)[0] == "vm0004"


def test_selection_follows_rows_through_resort(two_hosts, qtmodeltester):
    a, _b = two_hosts
    _model, proxy = make(two_hosts)
    qtmodeltester.check(proxy)
    proxy.sort(Column.STATE)
    a.domains.upsert([rec(i, S.SHUTOFF) for i in range(5)])
    selection = QItemSelectionModel(proxy)
    target = next(r for r in range(5) if proxy.index(r, 0).data() == "vm0003")
    selection.select(proxy.index(target, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                     | QItemSelectionModel.SelectionFlag.Rows)
    keep = QPersistentModelIndex(proxy.index(target, Column.NAME))
    a.domains.upsert([rec(3, S.RUNNING)])  # now sorts first
    assert keep.row() == 0 and keep.data() == "vm0003"
    assert [i.data() for i in selection.selectedRows()] == ["vm0003"]


def test_only_the_rows_that_changed_are_signalled_when_a_range_bridges_others(
        two_hosts, qtmodeltester):
    """Past its signal limit the model sends one range over every changed row; the proxy
    still signals just those rows (a burst's 1,000 of 5,000 VMs, not all 5,000)."""
    a, _b = two_hosts
    model, proxy = make(two_hosts)
    qtmodeltester.check(proxy)
    a.domains.upsert([rec(i, S.RUNNING) for i in range(10)])
    signalled: list[int] = []
    proxy.dataChanged.connect(
        lambda tl, br, _roles: signalled.extend(range(tl.row(), br.row() + 1)))
    changed = [model.row_of(a, rec(i).uuid) for i in (1, 8)]
    model.emit_changed(changed, max_signals=1)  # one source range from row 1 to row 8
    assert sorted(shown(proxy)[p] for p in signalled) == ["vm0001", "vm0008"]
    assert model.changing is None


def test_stats_update_resorts_only_when_sorted_by_a_stats_column(two_hosts, qtmodeltester, qtbot):
    a, _b = two_hosts
    model, proxy = make(two_hosts)
    qtmodeltester.check(proxy)
    a.domains.upsert([rec(i, S.RUNNING) for i in range(4)])
    proxy.sort(Column.CPU, Qt.SortOrder.DescendingOrder)

    def feed(cpus):
        for i, cpu in enumerate(cpus):
            model.rows[model.row_of(a, rec(i).uuid)].sample = DomainSample(1.0, cpu, 1, 2, 0, 0, 0, 0)
        model.dataChanged.emit(model.index(0, Column.CPU), model.index(3, Column.UPTIME),
                               [Qt.ItemDataRole.DisplayRole, Role.SORT])

    with qtbot.waitSignal(proxy.layoutChanged):
        feed([10.0, 80.0, 30.0, 50.0])
    assert shown(proxy) == ["vm0001", "vm0003", "vm0002", "vm0000"]
    assert proxy.index(0, Column.CPU).data() == "80 %"
    proxy.sort(Column.NAME)
    with qtbot.assertNotEmitted(proxy.layoutChanged):
        with qtbot.waitSignal(proxy.dataChanged):
            feed([90.0, 1.0, 2.0, 3.0])
    assert shown(proxy) == ["vm0000", "vm0001", "vm0002", "vm0003"]


def test_a_record_change_nothing_shows_is_not_a_reason_to_refilter_or_resort(
        two_hosts, qtmodeltester):
    """A re-read after a burst brings records whose states the rows already show (only the
    reason differs): named Role.OBJECT, not a record change ([]), which makes the proxy
    check the order of every row and the window recount."""
    a, _b = two_hosts
    model, proxy = make(two_hosts)
    qtmodeltester.check(proxy)
    proxy.set_text("vm")  # filtering: a record change would be re-filtered too
    a.domains.upsert([rec(i, S.PAUSED) for i in range(10)])
    roles: list[list[int]] = []
    proxy.dataChanged.connect(lambda _tl, _br, r: roles.append(list(r)))
    a.domains.upsert([replace(rec(i, S.PAUSED), reason=1) for i in (2, 5)])
    assert roles and all(r == [Role.OBJECT] for r in roles)
    assert model.data(model.index(model.row_of(a, rec(2).uuid), 0), Role.OBJECT).reason == 1
    roles.clear()
    a.domains.upsert([rec(3, S.RUNNING)])  # a state change is still a record change
    assert roles and all(r == [] for r in roles)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_random_storm_matches_reference(two_hosts, qtmodeltester, seed):
    """Random inserts, changes and removals on two hosts with filters switching: the proxy's
    rows are always the reference (filter then sort) of the source rows."""
    rnd = random.Random(seed)
    model, proxy = make(two_hosts)
    qtmodeltester.check(model)
    qtmodeltester.check(proxy)
    hosts = list(two_hosts)
    groups = list(STATE_GROUPS)
    states = [S.RUNNING, S.PAUSED, S.SHUTOFF, S.CRASHED]
    live: dict[tuple[int, int], DomainRecord] = {}
    for step in range(80):
        h = rnd.randrange(2)
        action = rnd.random()
        if action < 0.45:
            batch = [rec(rnd.randrange(120), rnd.choice(states)) for _ in range(rnd.randrange(1, 20))]
            hosts[h].domains.upsert(batch)
            live.update({(h, int(r.uuid[:8])): r for r in batch})
        elif action < 0.75:
            mine = [k for k in live if k[0] == h]
            gone = rnd.sample(mine, min(len(mine), rnd.randrange(1, 15)))
            hosts[h].domains.remove([live.pop(k).uuid for k in gone])
        elif action < 0.85:
            proxy.sort(rnd.choice([Column.NAME, Column.STATE, Column.VCPUS, Column.MEMORY]),
                       rnd.choice([Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder]))
        elif action < 0.95:
            proxy.set_state_group(rnd.choice(groups))
        else:
            proxy.set_text(rnd.choice(["", "vm00", "1", "beta", "vm01"]))
        rows = model.rows
        expected = [i for i, r in enumerate(rows) if proxy.accepts(r)]
        assert sorted(proxy._rows) == expected, f"step {step}"
        assert [proxy.mapToSource(proxy.index(p, 0)).row() for p in range(proxy.rowCount())] \
            == proxy._rows
        keys = [rows[r].sort_key(proxy.sortColumn()) if proxy.sortColumn() != Column.NAME
                else rows[r].sort[Column.NAME] for r in proxy._rows]
        desc = proxy.sortOrder() == Qt.SortOrder.DescendingOrder
        assert keys == sorted(keys, reverse=desc), f"step {step}"
        for src in range(len(rows)):
            p = proxy.mapFromSource(model.index(src, 0))
            assert (p.row() if p.isValid() else -1) == proxy._where[src]
    assert proxy.mapFromSource(QModelIndex()).isValid() is False


def test_big_interleaved_batches(two_hosts, qtmodeltester, qtbot):
    """Hundreds of separate insert/remove runs: the proxy resets once instead."""
    a, _b = two_hosts
    _model, proxy = make(two_hosts)
    qtmodeltester.check(proxy)
    proxy.sort(Column.NAME)
    a.domains.upsert([rec(i) for i in range(0, 200, 2)])
    with qtbot.waitSignal(proxy.modelReset):
        a.domains.upsert([rec(i) for i in range(1, 200, 2)])
    assert shown(proxy) == [f"vm{i:04d}" for i in range(200)]
    # The source appended the odd ones after the even ones: one source run is
    # 100 proxy runs, and removing it resets too.
    with qtbot.waitSignal(proxy.modelReset):
        a.domains.remove([rec(i).uuid for i in range(1, 200, 2)])
    assert shown(proxy) == [f"vm{i:04d}" for i in range(0, 200, 2)]


def test_rows_scattered_in_the_source_but_adjacent_here_leave_in_one_signal(
        two_hosts, qtmodeltester, qtbot):
    """A batch the source removes in many runs leaves the proxy at once: one signal per
    run of proxy rows, not one per source run (each of which renumbered every row)."""
    a, _b = two_hosts
    model, proxy = make(two_hosts)
    qtmodeltester.check(model)
    qtmodeltester.check(proxy)
    proxy.sort(Column.NAME)
    order = list(range(60))
    random.Random(7).shuffle(order)
    a.domains.upsert([rec(i) for i in order])  # the source in listing order, not by name
    selection = QItemSelectionModel(proxy)
    keep = QPersistentModelIndex(proxy.index(30, Column.NAME))
    selection.select(proxy.index(30, 0), QItemSelectionModel.SelectionFlag.Select)
    gone = range(10, 20)
    source_runs = len([i for i in range(len(order)) if order[i] in gone
                       and (i == 0 or order[i - 1] not in gone)])
    assert source_runs > 3  # the batch really is scattered in the source
    removed = []
    proxy.rowsRemoved.connect(lambda _p, first, last: removed.append((first, last)))
    with qtbot.assertNotEmitted(proxy.modelReset):
        a.domains.remove([rec(i).uuid for i in gone])
    assert removed == [(10, 19)]
    assert shown(proxy) == [f"vm{i:04d}" for i in range(60) if i not in gone]
    assert keep.data() == "vm0030" and selection.isSelected(proxy.index(keep.row(), 0))
    assert [model.rows[proxy.mapToSource(proxy.index(p, 0)).row()].record.name
            for p in range(proxy.rowCount())] == shown(proxy)


def test_text_filter_finds_names_whatever_their_case_folding(two_hosts):
    # The typed text is casefolded: the names it is looked for in must be too ("Straße"
    # typed as it is shown casefolds to "strasse", which "straße" does not contain).
    a, _b = two_hosts
    _model, proxy = make(two_hosts)
    proxy.sort(Column.NAME)
    a.domains.upsert([rec(1, name="Straße"), rec(2, name="Άρης"), rec(3, name="web")])
    proxy.set_text("Straße")
    assert shown(proxy) == ["Straße"]
    proxy.set_text("STRASSE")
    assert shown(proxy) == ["Straße"]
    proxy.set_text("άρης")  # a final sigma
    assert shown(proxy) == ["Άρης"]


def test_a_renamed_vm_moves_among_its_ties_when_sorted_by_another_column(two_hosts, qtmodeltester):
    # Ties of the sort column go by name: a rename moves the row among them.
    a, _b = two_hosts
    _model, proxy = make(two_hosts)
    qtmodeltester.check(proxy)
    proxy.sort(Column.STATE)
    a.domains.upsert([rec(1, S.RUNNING, "alpha"), rec(2, S.RUNNING, "beta"),
                      rec(3, S.RUNNING, "gamma"), rec(4, S.SHUTOFF, "delta")])
    assert shown(proxy) == ["alpha", "beta", "gamma", "delta"]
    a.domains.upsert([rec(1, S.RUNNING, "omega")])
    assert shown(proxy) == ["beta", "gamma", "omega", "delta"]
