import gc
import shutil
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt

from kvmgui.libvirt.connection import ConnState
from kvmgui.libvirt.records import DomainState
from kvmgui.libvirt.stats import sampler_for
from kvmgui.models import pacer
from kvmgui.models.domainrow import Column
from kvmgui.models.domains import DomainModel
from kvmgui.models.roles import Role
from kvmgui.utils import cpuwait
from tests.helpers import open_connection, run_in_worker

DOMAIN = """<domain type='test'><name>{}</name><memory>65536</memory>
            <os><type>hvm</type></os></domain>"""


def names(model):
    return sorted(model.index(r, Column.NAME).data() for r in range(model.rowCount()))


def test_rows_follow_connection(registry, test_host, qtbot, qtmodeltester):
    model = DomainModel(registry)
    qtmodeltester.check(model)  # attached before the mutations below
    conn = registry.add(test_host, save=False)
    with qtbot.waitSignal(model.rowsInserted, timeout=10000):
        conn.open()
    assert names(model) == ["build", "db01", "desktop", "router", "web01"]
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "db01")
    assert model.index(row, Column.STATE).data() == "Paused"
    assert model.index(row, Column.HOST).data() == conn.display_name
    assert model.index(row, 0).data(Role.STATE) == DomainState.PAUSED
    assert model.index(row, Column.STATE).data(Qt.ItemDataRole.DecorationRole) is not None
    assert model.index(row, 0).data(Role.KEY) == (conn.uri, model.index(row, 0).data(Role.OBJECT).uuid)
    assert model.index(row, 0).data(Qt.ItemDataRole.UserRole + 99) is None
    assert model.rowCount(model.index(0, 0)) == 0
    assert not model.index(model.rowCount(), 0).isValid()


def test_inserts_removals_and_storm(connected, registry, qtbot, qtmodeltester):
    model = DomainModel(registry)
    qtmodeltester.check(model)

    def define_many(c):
        for i in range(30):
            c.defineXML(DOMAIN.format(f"vm{i:02d}"))

    run_in_worker(qtbot, connected, define_many)
    qtbot.waitUntil(lambda: model.rowCount() == 35, timeout=5000)

    def storm(c):
        for i in range(0, 30, 2):
            c.lookupByName(f"vm{i:02d}").create()
        for i in range(1, 30, 2):
            c.lookupByName(f"vm{i:02d}").undefine()

    run_in_worker(qtbot, connected, storm)
    qtbot.waitUntil(lambda: model.rowCount() == 20, timeout=5000)
    running = [model.index(r, 0).data() for r in range(model.rowCount())
               if model.index(r, 0).data(Role.STATE) == DomainState.RUNNING]
    assert sorted(running) == sorted(["web01", "router"] + [f"vm{i:02d}" for i in range(0, 30, 2)])


def test_disconnect_greys_rows_and_reconnect_restores(connected, registry, qtbot, qtmodeltester):
    model = DomainModel(registry)
    qtmodeltester.check(model)
    assert model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEnabled
    connected.close()
    assert model.rowCount() == 5
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEnabled
    with qtbot.waitSignal(connected.stateChanged, timeout=5000,
                          check_params_cb=lambda s, _m: s == ConnState.CONNECTED):
        connected.open()
    assert model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEnabled
    assert model.rowCount() == 5


def test_removing_connection_removes_its_rows(connected, registry, qtbot, qtmodeltester):
    model = DomainModel(registry)
    qtmodeltester.check(model)
    registry.remove(connected)
    assert model.rowCount() == 0
    assert model.rowCount(QModelIndex()) == 0


TRANSIENT = """<domain type='test'><name>{}</name><memory>65536</memory>
               <os><type>hvm</type></os></domain>"""


def row_named(model, name):
    return next(r for r in range(model.rowCount()) if model.index(r, Column.NAME).data() == name)


def test_state_change_shows_at_once(connected, registry, qtbot, qtmodeltester):
    model = DomainModel(registry)
    qtmodeltester.check(model)
    row = row_named(model, "web01")
    with qtbot.waitSignal(model.dataChanged, timeout=5000,
                          check_params_cb=lambda a, b, roles: a.row() <= row <= b.row() and not roles):
        run_in_worker(qtbot, connected, lambda c: c.lookupByName("web01").suspend())
    assert model.index(row, Column.STATE).data() == "Paused"


def test_vanished_transient_vm_leaves_no_row(connected, registry, qtbot, qtmodeltester):
    model = DomainModel(registry)
    qtmodeltester.check(model)
    run_in_worker(qtbot, connected, lambda c: c.createXML(TRANSIENT.format("temp"), 0))
    qtbot.waitUntil(lambda: "temp" in names(model), timeout=5000)
    assert model.index(row_named(model, "temp"), Column.AUTOSTART).data() == "Transient"
    run_in_worker(qtbot, connected, lambda c: c.lookupByName("temp").destroy())
    qtbot.waitUntil(lambda: "temp" not in names(model), timeout=5000)
    assert model.rowCount() == 5


def test_reconnect_drops_rows_that_vanished_meanwhile(connected, registry, qtbot, qtmodeltester):
    """The test driver re-reads its file on open: a VM defined in the session is gone then."""
    model = DomainModel(registry)
    qtmodeltester.check(model)
    run_in_worker(qtbot, connected, lambda c: c.defineXML(DOMAIN.format("extra")))
    qtbot.waitUntil(lambda: "extra" in names(model), timeout=5000)
    connected.close()
    assert "extra" in names(model)  # greyed, not gone: the host may come back
    with qtbot.waitSignal(connected.stateChanged, timeout=5000,
                          check_params_cb=lambda s, _m: s == ConnState.CONNECTED):
        connected.open()
    assert names(model) == ["build", "db01", "desktop", "router", "web01"]


def test_stats_columns_fill_from_the_sampler(connected, registry, qtbot, qtmodeltester):
    model = DomainModel(registry)
    qtmodeltester.check(model)
    model.sampler(connected).set_interval(500)
    row = row_named(model, "web01")
    qtbot.waitUntil(lambda: len(model.index(row, Column.CPU).data(Role.HISTORY) or []) >= 2,
                    timeout=10000)
    assert model.index(row, Column.CPU).data().endswith("%")
    # The test driver reports no memory in use: the assigned memory, not "2.0 / 2.0 GiB".
    assert model.index(row, Column.MEMORY).data() == "2.0 GiB"
    assert model.index(row, Column.DISK_IO).data().endswith("/s")
    assert model.index(row, Column.NET_IO).data(Qt.ItemDataRole.ToolTipRole).startswith("Received")
    assert model.index(row, Column.UPTIME).data().startswith("≥")  # running before we connected
    assert isinstance(model.index(row, Column.CPU).data(Role.SORT), float)
    off = row_named(model, "build")
    assert model.index(off, Column.CPU).data() == ""
    assert model.index(off, Column.CPU).data(Role.HISTORY) is None
    assert model.index(off, Column.MEMORY).data() == "1.0 GiB"  # assigned only
    assert model.index(off, Column.NAME).data(Role.HISTORY) is None


def test_started_vm_counts_uptime_from_its_start(connected, registry, qtbot, qtmodeltester):
    model = DomainModel(registry)
    qtmodeltester.check(model)
    row = row_named(model, "build")
    assert model.index(row, Column.UPTIME).data() == ""
    run_in_worker(qtbot, connected, lambda c: c.lookupByName("build").create())
    qtbot.waitUntil(lambda: model.index(row, Column.STATE).data() == "Running", timeout=5000)
    assert model.index(row, Column.UPTIME).data().endswith(" s")  # seconds: it just started
    assert not model.index(row, Column.UPTIME).data().startswith("≥")
    assert model.headerData(Column.UPTIME, Qt.Orientation.Horizontal) == "Uptime"
    assert model.headerData(99, Qt.Orientation.Horizontal) is None


def test_vm_created_running_while_connected_counts_uptime_from_its_start(connected, registry,
                                                                         qtbot, qtmodeltester):
    """A VM that first shows already running, through an event while connected (createXML,
    an incoming migration), started then: its uptime is exact, not "≥"."""
    model = DomainModel(registry, stats=False)
    qtmodeltester.check(model)
    run_in_worker(qtbot, connected, lambda c: c.createXML(TRANSIENT.format("temp"), 0))
    qtbot.waitUntil(lambda: "temp" in names(model), timeout=5000)
    uptime = model.index(row_named(model, "temp"), Column.UPTIME).data()
    assert uptime.endswith(" s") and not uptime.startswith("≥")
    assert model.index(row_named(model, "web01"), Column.UPTIME).data().startswith("≥")


def restart_web01(c):
    dom = c.lookupByName("web01")
    dom.destroy()
    dom.create()
    return dom.ID()


def test_vm_stopped_and_started_at_once_counts_uptime_anew(connected, registry, qtbot,
                                                           qtmodeltester):
    """The stop and start events of one burst show as the last, "running": the row never
    left that state, and only the re-read's new libvirt id says it is another run (the
    re-read given by hand here: whether the two events share a burst is up to timing)."""
    model = DomainModel(registry, stats=False)
    qtmodeltester.check(model)
    row = row_named(model, "web01")
    model.rows[row].started -= 7200  # running for two hours
    assert model.index(row, Column.UPTIME).data() == "≥ 2 h 0 min"
    record = model.index(row, 0).data(Role.OBJECT)
    with qtbot.waitSignal(model.dataChanged, timeout=1000,
                          check_params_cb=lambda a, b, _r: a.column() <= Column.UPTIME <= b.column()):
        connected.domains.upsert([replace(record, id=record.id + 10)])
    assert model.index(row, Column.UPTIME).data() == "≥ 0 s"


def test_vm_restarted_while_its_host_was_away_counts_uptime_anew(connected, registry, qtbot,
                                                                 qtmodeltester):
    model = DomainModel(registry, stats=False)
    qtmodeltester.check(model)
    row = row_named(model, "web01")
    run_in_worker(qtbot, connected, restart_web01)
    qtbot.waitUntil(lambda: model.index(row, 0).data(Role.OBJECT).id != 1, timeout=5000)
    model.rows[row].started -= 7200
    connected.close()
    # The test driver re-reads its file on open: its VMs start again, web01 as id 1.
    with qtbot.waitSignal(connected.stateChanged, timeout=5000,
                          check_params_cb=lambda s, _m: s == ConnState.CONNECTED):
        connected.open()
    row = row_named(model, "web01")
    assert model.index(row, 0).data(Role.OBJECT).id == 1
    assert model.index(row, Column.UPTIME).data() == "≥ 0 s"


def test_a_row_leaves_the_garbage_collectors_view_once_looked_at(connected, registry):
    """A row's cells hold only strings, numbers and None: after one pass of the cyclic
    collector only the row and its record stay tracked, so 5,000 rows weigh little on
    every later pass (docs/performance.md, "Garbage collection")."""
    model = DomainModel(registry)
    rows = [model._rows[r] for r in range(model.rowCount())]
    assert rows
    gc.collect()
    for row in rows:
        assert not gc.is_tracked(row.display) and not gc.is_tracked(row.sort)
        assert not gc.is_tracked(row.pending)


def test_stats_words_follow_each_sample(connected, registry):
    """A row keeps its stats words per sample (painting asks again and again) and works
    them out anew for the next one."""
    from kvmgui.libvirt.samples import DomainSample
    from kvmgui.models.format import format_memory_use, format_percent, format_rate

    model = DomainModel(registry, stats=False)
    row = model.rows[row_named(model, "web01")]
    cols = (Column.CPU, Column.MEMORY, Column.DISK_IO, Column.NET_IO)
    for cpu, used, disk, net in ((12.0, 1024.0, 0.0, 2048.0), (0.5, 2e6, 4096.0, 0.0)):
        row.sample = DomainSample(1.0, cpu, used, 4e6, disk, disk, net, 0.0)
        expected = [format_percent(cpu), format_memory_use(used, 4e6), format_rate(2 * disk),
                    format_rate(net)]
        assert [row.text(c) for c in cols] == expected
        assert [row.text(c) for c in cols] == expected  # the kept words
    row.sample = None
    assert row.text(Column.CPU) == ""


def test_stats_groups_still_paced_for_a_removed_host_repaint_nothing(connected, registry, qtbot,
                                                                    qtmodeltester, monkeypatch):
    """The pacer keeps what it was given (models/pacer.py); the groups of a host removed
    meanwhile must find no row to signal."""
    monkeypatch.setattr(cpuwait.WaitGauge, "shared", lambda _self: True)  # paced
    model = DomainModel(registry)
    qtmodeltester.check(model)
    uuids = [model.index(r, 0).data(Role.OBJECT).uuid for r in range(model.rowCount())]
    changed: list[int] = []
    model.dataChanged.connect(lambda top, _bottom, _roles: changed.append(top.row()))
    sampler_for(connected).sampled.emit(uuids)
    assert changed and model.stats_pending
    registry.remove(connected)
    before = len(changed)
    qtbot.waitUntil(lambda: not model.stats_pending, timeout=2000)
    qtbot.wait(3 * pacer.PACE_MS)  # a removed host's timer, had it kept running
    assert len(changed) == before and model.rowCount() == 0


def test_a_hosts_sample_leaves_another_hosts_rows_paced(connected, registry, test_host, qtbot,
                                                         monkeypatch):
    """One pacer per host: a sample of the second host used to hand out all that was left
    of the first host's in one turn, the burst pacing is there to avoid."""
    monkeypatch.setattr(cpuwait.WaitGauge, "shared", lambda _self: True)  # paced
    other = Path(test_host.removeprefix("test://")).with_name("other.xml")
    shutil.copy(test_host.removeprefix("test://"), other)
    second = open_connection(registry, qtbot, f"test://{other}", timeout=10000)
    model = DomainModel(registry)
    qtbot.waitUntil(lambda: model.rowCount() == 10, timeout=5000)
    signalled: dict[str, set[int]] = {connected.uri: set(), second.uri: set()}

    def on_changed(top, bottom, roles):
        if Role.HISTORY in roles:  # the stats signals, not a row's record
            for r in range(top.row(), bottom.row() + 1):
                signalled[model.index(r, 0).data(Role.KEY)[0]].add(r)

    model.dataChanged.connect(on_changed)
    for conn in (connected, second):
        uuids = [model.index(r, 0).data(Role.OBJECT).uuid for r in range(model.rowCount())
                 if model.index(r, 0).data(Role.KEY)[0] == conn.uri]
        sampler_for(conn).sampled.emit(uuids)
    # Nothing ran between the two samples: each host has its first group out, no more.
    assert [len(signalled[c.uri]) for c in (connected, second)] == [pacer.GROUP] * 2
    qtbot.waitUntil(lambda: not model.stats_pending, timeout=2000)
    assert [len(signalled[c.uri]) for c in (connected, second)] == [5, 5]


def test_rows_do_not_give_figures_as_current_while_reading_them_fails(connected, registry, qtbot,
                                                                     qtmodeltester, monkeypatch):
    """Reading the host's figures failed: the VM list kept each row's last CPU, disk and
    network figures, shown as current for as long as it failed, with only a notification
    (once) to say otherwise."""
    from tests.helpers import FakeError

    model = DomainModel(registry)
    qtmodeltester.check(model)
    sampler = model.sampler(connected)
    sampler.set_interval(500)
    row = row_named(model, "web01")
    qtbot.waitUntil(lambda: model.index(row, Column.CPU).data().endswith("%"), timeout=10000)
    good = sampler._job

    def refused(*_args):
        raise FakeError("internal error: unable to read stats")

    monkeypatch.setattr(sampler, "_job", refused)
    with qtbot.waitSignal(sampler.failed, timeout=5000):
        pass
    want = "Could not read the VM's performance: internal error: unable to read stats"
    for col in (Column.CPU, Column.DISK_IO, Column.NET_IO):
        assert model.index(row, col).data() == ""
        assert model.index(row, col).data(Qt.ItemDataRole.ToolTipRole) == want
    assert model.index(row, Column.MEMORY).data() == "2.0 GiB"  # the assigned memory, as known
    assert model.index(row_named(model, "build"), Column.CPU).data(Qt.ItemDataRole.ToolTipRole) is None
    monkeypatch.setattr(sampler, "_job", good)
    qtbot.waitUntil(lambda: model.index(row, Column.CPU).data().endswith("%"), timeout=10000)
    assert model.index(row, Column.CPU).data(Qt.ItemDataRole.ToolTipRole) is None
