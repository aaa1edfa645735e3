"""The event timeline: every event of every host, newest first, batched, capped, filterable."""

import libvirt
from PySide6.QtCore import Qt

from kvmgui.libvirt.records import LibvirtEvent
from kvmgui.models.roles import Role
from kvmgui.models.timeline import TimelineColumn, TimelineFilterProxy, TimelineModel
from tests.helpers import run_in_worker


def column(model, col):
    return [model.index(r, col).data() for r in range(model.rowCount())]


def test_events_in_words_newest_first(connected, registry, qtbot, qtmodeltester):
    model = TimelineModel(registry)
    qtmodeltester.check(model)
    run_in_worker(qtbot, connected, lambda c: c.lookupByName("web01").suspend())
    qtbot.waitUntil(lambda: model.rowCount() >= 1, timeout=5000)
    run_in_worker(qtbot, connected, lambda c: c.lookupByName("web01").resume())
    qtbot.waitUntil(lambda: model.rowCount() >= 2, timeout=5000)
    assert column(model, TimelineColumn.EVENT)[:2] == ["Resumed", "Suspended"]
    assert column(model, TimelineColumn.DETAIL)[:2] == ["Unpaused", "Paused"]
    assert column(model, TimelineColumn.NAME)[:2] == ["web01", "web01"]
    assert column(model, TimelineColumn.KIND)[0] == "VM"
    assert column(model, TimelineColumn.HOST)[0] == connected.display_name
    assert model.index(0, 0).data(Role.OBJECT).kind == "domain"
    assert model.index(0, 0).data(Role.CONNECTION) is connected
    web01 = model.index(0, 0).data(Role.OBJECT).uuid
    assert model.index(0, 0).data(Role.KEY) == (connected.uri, web01)
    assert model.index(0, TimelineColumn.TIME).data(Qt.ItemDataRole.ToolTipRole).count(":") == 2
    assert model.row_of((connected.uri, web01)) == 0  # the newest event of that VM


def test_storm_is_batched_and_capped(connected, registry, qtbot, qtmodeltester):
    model = TimelineModel(registry, limit=50)
    qtmodeltester.check(model)
    inserts = []
    model.rowsInserted.connect(lambda _p, first, last: inserts.append(last - first + 1))
    seen = []
    connected.events.connect(seen.extend)  # after the model: it has the burst when we do

    def storm(c):
        dom = c.lookupByName("web01")
        for _ in range(40):
            dom.suspend()
            dom.resume()

    run_in_worker(qtbot, connected, storm)
    # All 80, not just the first 50: only then is the newest row the last event.
    qtbot.waitUntil(lambda: len(seen) >= 80, timeout=10000)
    qtbot.waitUntil(lambda: not model.pending, timeout=2000)  # listed (timeline.FLUSH_MS)
    assert model.rowCount() == 50
    assert len(inserts) < 10  # 80 events: events that arrive together go in together
    assert model.index(0, TimelineColumn.EVENT).data() == "Resumed"


def test_cap_drops_the_oldest(connected, registry, qtmodeltester):
    model = TimelineModel(registry, limit=5)
    qtmodeltester.check(model)
    removals = []
    model.rowsRemoved.connect(lambda _p, first, last: removals.append((first, last)))
    for t in range(3):
        model.add(connected, LibvirtEvent(float(t), "domain", "d1", f"vm{t}", "Started", ""))
    model.flush()
    for t in range(3, 7):
        model.add(connected, LibvirtEvent(float(t), "domain", "d1", f"vm{t}", "Started", ""))
    model.flush()
    assert column(model, TimelineColumn.NAME) == ["vm6", "vm5", "vm4", "vm3", "vm2"]
    assert removals == [(5, 6)]  # one signal for the oldest two
    assert model.index(4, TimelineColumn.TIME).data(Role.SORT) == 2.0
    model.clear()
    assert model.rowCount() == 0 and removals[-1] == (0, 4)


def test_clear_also_drops_the_events_not_listed_yet(connected, registry):
    """Events that came before Clear but wait for their batch (FLUSH_MS) go too: they
    showed up in the cleared timeline a moment after the click."""
    model = TimelineModel(registry)
    model.add(connected, LibvirtEvent(1.0, "domain", "d1", "vm1", "Started", ""))
    model.flush()
    model.add(connected, LibvirtEvent(2.0, "domain", "d1", "vm1", "Stopped", ""))
    model.clear()
    model.flush()  # as its timer would
    assert model.rowCount() == 0 and model.pending == 0


def test_filter_by_text_and_kind(connected, registry, qtbot, qtmodeltester):
    model = TimelineModel(registry)
    proxy = TimelineFilterProxy(model)
    qtmodeltester.check(proxy)
    model.add(connected, LibvirtEvent(1.0, "network", "n1", "default",
                                      libvirt.VIR_NETWORK_EVENT_ID_LIFECYCLE,
                                      libvirt.VIR_NETWORK_EVENT_STARTED, 0))
    model.add(connected, LibvirtEvent(2.0, "domain", "d1", "web01",
                                      libvirt.VIR_DOMAIN_EVENT_ID_LIFECYCLE,
                                      libvirt.VIR_DOMAIN_EVENT_STOPPED,
                                      libvirt.VIR_DOMAIN_EVENT_STOPPED_DESTROYED))
    model.add(connected, LibvirtEvent(3.0, "pool", "p1", "home",
                                      libvirt.VIR_STORAGE_POOL_EVENT_ID_REFRESH))
    model.flush()
    assert column(proxy, TimelineColumn.NAME) == ["home", "web01", "default"]
    proxy.set_kind("domain")
    assert column(proxy, TimelineColumn.NAME) == ["web01"]
    proxy.set_kind(None)
    proxy.set_text("destroy")
    assert column(proxy, TimelineColumn.NAME) == ["web01"]
    proxy.set_text("")
    proxy.set_host("test:///elsewhere")
    assert proxy.rowCount() == 0
    proxy.set_host(connected.uri)
    assert proxy.rowCount() == 3
    model.clear()
    assert proxy.rowCount() == 0


def test_a_removed_hosts_events_stay_without_its_connection(connected, registry, qtbot,
                                                           qtmodeltester):
    model = TimelineModel(registry)
    proxy = TimelineFilterProxy(model)
    qtmodeltester.check(proxy)
    model.add(connected, LibvirtEvent(1.0, "domain", "d1", "vm1", "Started", ""))
    model.flush()
    model.add(connected, LibvirtEvent(2.0, "domain", "d1", "vm1", "Stopped", ""))  # waiting
    name = connected.display_name
    registry.remove(connected)
    model.flush()
    assert column(model, TimelineColumn.HOST) == [name, name]
    assert [model.index(r, 0).data(Role.CONNECTION) for r in range(2)] == [None, None]
    proxy.set_host(connected.uri)
    assert proxy.rowCount() == 2  # the host filter still knows them
    proxy.set_host("test:///elsewhere")
    assert proxy.rowCount() == 0


def test_events_a_few_ms_apart_are_listed_together(connected, registry, qtbot, qtmodeltester):
    """A VM's start comes as two or three events some ms apart; each insert at the top
    repaints the whole timeline, so they go in as one (timeline.FLUSH_MS)."""
    model = TimelineModel(registry)
    qtmodeltester.check(model)
    inserts: list[int] = []
    model.rowsInserted.connect(lambda _p, first, last: inserts.append(last - first + 1))
    started = LibvirtEvent(1.0, "domain", "d1", "vm1", libvirt.VIR_DOMAIN_EVENT_ID_LIFECYCLE,
                           libvirt.VIR_DOMAIN_EVENT_STARTED, libvirt.VIR_DOMAIN_EVENT_STARTED_BOOTED)
    resumed = LibvirtEvent(1.01, "domain", "d1", "vm1", libvirt.VIR_DOMAIN_EVENT_ID_LIFECYCLE,
                           libvirt.VIR_DOMAIN_EVENT_RESUMED, 0)
    connected.events.emit([started])
    qtbot.wait(10)  # the GUI thread turns between them, as between two callbacks
    connected.events.emit([resumed])
    qtbot.waitUntil(lambda: not model.pending, timeout=2000)
    assert inserts == [2]
    assert column(model, TimelineColumn.EVENT) == ["Resumed", "Started"]
