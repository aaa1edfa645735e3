"""The host's "Overview" panel: what the host is, and graphs only while shown."""

from kvmgui.libvirt.hostinfo import Acceleration
from kvmgui.models.words import acceleration_text
from kvmgui.panels.overview import OverviewPanel


def test_overview_shows_what_the_host_is(connected, qtbot):
    panel = OverviewPanel(connected)
    qtbot.addWidget(panel)
    panel.show()
    values = panel.values
    qtbot.waitUntil(lambda: values["driver"].text() == "TEST", timeout=5000)
    assert values["acceleration"].text() == acceleration_text(Acceleration.NOT_APPLICABLE)
    assert values["libvirt_version"].text().count(".") == 2
    assert values["cpus"].text() == "8 × 2400 MHz"
    assert values["memory"].text() == "16 GiB"  # QLocale's size, IEC units
    assert values["uri"].text() == connected.uri
    # The test driver's host counters never move: the graphs say so instead of lying.
    qtbot.waitUntil(lambda: len(panel.monitor.samples) >= 1, timeout=5000)
    assert panel.monitor._timer.isActive()
    panel.hide()
    assert not panel.monitor._timer.isActive()  # samples only while shown


def test_the_uri_is_shown_without_its_password(registry, test_host, qtbot):
    """libvirt names the host as it was opened: a host given with -c user:pw@ showed the
    password in its overview."""
    from tests.helpers import open_connection

    conn = open_connection(registry, qtbot, test_host.replace("test://", "test://alice:s3cret@"))
    panel = OverviewPanel(conn)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitUntil(lambda: panel.values["driver"].text() == "TEST", timeout=5000)
    assert panel.values["uri"].text() == test_host.replace("test://", "test://alice:***@")


def test_a_driver_without_host_cpu_stats_still_graphs_memory(connected, qtbot, monkeypatch):
    """A driver without virNodeGetCPUStats failed every sample: both graphs said
    "No data yet" for ever, though the memory use was there to read."""
    import libvirt

    from tests.helpers import FakeError

    def refused(_self, *_args):
        raise FakeError("this function is not supported by the connection driver: "
                        "virNodeGetCPUStats", libvirt.VIR_ERR_NO_SUPPORT)

    monkeypatch.setattr(libvirt.virConnect, "getCPUStats", refused)
    # The demo host says 0 bytes free (unknown): this one says 4 GiB.
    monkeypatch.setattr(libvirt.virConnect, "getFreeMemory", lambda _self: 4 << 30)
    panel = OverviewPanel(connected)
    qtbot.addWidget(panel)
    panel.monitor.set_interval(50)
    panel.show()
    qtbot.waitUntil(lambda: len(panel.memory.times) >= 2, timeout=5000)
    assert panel.memory.current_text() == "Used 12.0 GiB"
    qtbot.waitUntil(lambda: panel.cpu.empty_text == "This host's driver reports no CPU load",
                    timeout=5000)


def test_graphs_of_a_disconnected_host_keep_no_stale_load(connected, qtbot, monkeypatch):
    """Disconnected, the graphs kept the last load as the current one ("Busy 10 %"); once
    connected again their lines ran straight across the time the host was away."""
    import itertools
    import time

    import libvirt

    from kvmgui.libvirt.connection import ConnState

    ticks = itertools.count()

    def cpu_stats(_self, *_args):
        n = next(ticks) * 10**9
        return {"user": n, "kernel": 0, "idle": 9 * n, "iowait": 0}  # 10 % busy

    monkeypatch.setattr(libvirt.virConnect, "getCPUStats", cpu_stats)
    panel = OverviewPanel(connected)
    qtbot.addWidget(panel)
    panel.monitor.set_interval(50)
    panel.show()
    qtbot.waitUntil(lambda: len(panel.cpu.times) >= 2, timeout=5000)
    assert panel.cpu.current_text() == "Busy 10 %"
    connected.close()
    qtbot.waitUntil(lambda: connected.state == ConnState.DISCONNECTED, timeout=5000)
    gone = f"{connected.display_name} is not connected"
    assert panel.cpu.current_text() == gone and panel.memory.current_text() == gone
    back = time.monotonic()
    connected.open()
    qtbot.waitUntil(lambda: connected.state == ConnState.CONNECTED, timeout=10000)
    qtbot.waitUntil(lambda: len(panel.cpu.times) >= 2, timeout=5000)
    assert min(panel.cpu.times) > back


def test_graphs_after_the_tab_was_hidden_start_anew(connected, qtbot, monkeypatch):
    """The monitor samples only while the tab is shown: shown again, its first CPU point
    was the average over the whole hidden time, and the lines joined straight across it.
    Before the first samples the graphs said "No data yet", then "Waiting for samples…"."""
    import itertools
    import time

    import libvirt

    ticks = itertools.count()
    busy = [1]  # of 10

    def cpu_stats(_self, *_args):
        n = next(ticks) * 10**9
        return {"user": n * busy[0], "kernel": 0, "idle": n * (10 - busy[0]), "iowait": 0}

    monkeypatch.setattr(libvirt.virConnect, "getCPUStats", cpu_stats)
    monkeypatch.setattr(libvirt.virConnect, "getFreeMemory", lambda _self: 4 << 30)
    panel = OverviewPanel(connected)
    qtbot.addWidget(panel)
    assert panel.cpu.empty_text == panel.memory.empty_text == "Waiting for samples…"
    panel.monitor.set_interval(50)
    panel.show()
    qtbot.waitUntil(lambda: len(panel.cpu.times) >= 2, timeout=5000)
    panel.hide()
    qtbot.waitUntil(lambda: not panel.monitor._busy, timeout=5000)
    busy[0] = 9  # another load while nobody looks
    back = time.monotonic()
    panel.show()
    assert panel.cpu.empty_text == panel.memory.empty_text == "Waiting for samples…"
    qtbot.waitUntil(lambda: len(panel.cpu.times) >= 2, timeout=5000)
    assert min(panel.cpu.times) > back and min(panel.memory.times) > back
    assert panel.cpu.current_text() == "Busy 90 %"


def test_a_host_reading_that_fails_says_why(connected, qtbot, monkeypatch):
    """Every host reading failing (an ACL refusing the host's CPU times) was only logged
    at debug level: the graphs said 'Waiting for samples…' for ever."""
    import libvirt

    from tests.helpers import FakeError

    def denied(_self, *_args):
        raise FakeError("access denied: 'connect' 'read' denied", libvirt.VIR_ERR_ACCESS_DENIED)

    allowed = libvirt.virConnect.getCPUStats
    monkeypatch.setattr(libvirt.virConnect, "getCPUStats", denied)
    monkeypatch.setattr(libvirt.virConnect, "getFreeMemory", lambda _self: 4 << 30)
    panel = OverviewPanel(connected)
    qtbot.addWidget(panel)
    panel.monitor.set_interval(50)
    panel.show()
    want = "Could not read the host's load: access denied: 'connect' 'read' denied"
    qtbot.waitUntil(lambda: panel.cpu.empty_text == want, timeout=5000)
    assert panel.memory.empty_text == want
    monkeypatch.setattr(libvirt.virConnect, "getCPUStats", allowed)  # the graphs draw again
    qtbot.waitUntil(lambda: len(panel.memory.times) >= 2, timeout=5000)


def _delivered_answers(monkeypatch, fn):
    """Wrap ``Connection.run`` so that each answer of a job running ``fn`` (its ``done`` or
    ``failed``, whatever the panel made of it) is noted once it reached the GUI thread."""
    from kvmgui.libvirt.connection import Connection

    delivered = []
    real = Connection.run

    def run(self, job, *args, done=None, failed=None, context=None):
        if job is fn:
            answer, failure = done, failed

            def done(result):
                if answer is not None:
                    answer(result)
                delivered.append("done")

            def failed(exc):
                if failure is not None:
                    failure(exc)
                delivered.append("failed")
        return real(self, job, *args, done=done, failed=failed, context=context)

    monkeypatch.setattr(Connection, "run", run)
    return delivered


def test_a_reading_answered_after_a_disconnect_is_not_shown_as_live(connected, qtbot,
                                                                    monkeypatch):
    """A slow host's details, read while connected, came back after the user disconnected:
    the panel cleared its "not connected" line and showed them as the host's now."""
    import threading

    from kvmgui.libvirt import hostinfo
    from kvmgui.libvirt.connection import ConnState

    started, release = threading.Event(), threading.Event()

    def slow_info(conn):
        started.set()
        assert release.wait(10)
        return hostinfo.host_info(conn)

    monkeypatch.setattr("kvmgui.panels.overview.host_info", slow_info)
    delivered = _delivered_answers(monkeypatch, slow_info)
    panel = OverviewPanel(connected)
    qtbot.addWidget(panel)
    qtbot.waitUntil(started.is_set, timeout=5000)  # asked while connected
    connected.close()
    qtbot.waitUntil(lambda: connected.state == ConnState.DISCONNECTED, timeout=5000)
    gone = f"{connected.display_name} is not connected"
    assert panel.message.text() == gone
    release.set()
    qtbot.waitUntil(lambda: bool(delivered), timeout=5000)
    assert delivered == ["done"]
    assert panel.message.text() == gone
    assert panel.info is None and panel.values["driver"].text() != "TEST"


def test_a_failing_host_reading_keeps_the_graphs_said_as_old(connected, qtbot, monkeypatch):
    """One failed reading of the host's load blanked both graphs (minutes of them) until a
    reading worked, where a VM's performance graphs keep theirs, said as that old. The
    host's keep theirs now, the message says why no new figures come, until one does."""
    import itertools

    import libvirt

    from tests.helpers import FakeError

    ticks = itertools.count()
    denied = [False]

    def cpu_stats(_self, *_args):
        if denied[0]:
            raise FakeError("access denied: 'connect' 'read' denied", libvirt.VIR_ERR_ACCESS_DENIED)
        n = next(ticks) * 10**9
        return {"user": n, "kernel": 0, "idle": 9 * n, "iowait": 0}  # 10 % busy

    monkeypatch.setattr(libvirt.virConnect, "getCPUStats", cpu_stats)
    monkeypatch.setattr(libvirt.virConnect, "getFreeMemory", lambda _self: 4 << 30)
    panel = OverviewPanel(connected)
    qtbot.addWidget(panel)
    panel.monitor.set_interval(50)
    panel.show()
    qtbot.waitUntil(lambda: panel.info is not None and len(panel.cpu.times) >= 2, timeout=5000)
    denied[0] = True
    with qtbot.waitSignal(panel.monitor.failed, timeout=5000):
        pass
    want = "Could not read the host's load: access denied: 'connect' 'read' denied"
    assert panel.message.text() == want
    for graph in (panel.cpu, panel.memory):
        assert len(graph.times) >= 2 and graph.behind > 0  # kept: the x axis ends "… ago"
        assert graph.current_text().endswith(" s ago)")  # "Busy 10 % (0 s ago)"
    assert panel.cpu.current_text().startswith("Busy 10 % (")
    denied[0] = False
    with qtbot.waitSignal(panel.monitor.sampled, timeout=5000):
        pass
    assert panel.message.text() == "" and panel.cpu.behind == 0 == panel.memory.behind
    assert panel.cpu.current_text() == "Busy 10 %"


def test_the_host_is_read_as_often_as_preferences_say(connected, qtbot):
    """The host's load was read every 2 s whatever the stats interval set in Preferences:
    a slow remote host given 30 s for its VMs' figures was still asked every 2 s."""
    from kvmgui.libvirt.stats import sampler_for

    sampler = sampler_for(connected)
    sampler.set_interval(10000)
    panel = OverviewPanel(connected)
    qtbot.addWidget(panel)
    assert panel.monitor._timer.interval() == 10000
    panel.show()
    sampler.set_interval(30000)  # Preferences, while the tab is shown
    assert panel.monitor._timer.interval() == 30000 and panel.monitor._timer.isActive()


def test_a_host_refusing_its_node_info_still_shows_the_rest(connected, qtbot, monkeypatch):
    """virNodeGetInfo refused (an ACL without connect:read, a driver without it): the
    whole overview said 'Could not read the host's details'. The rest is shown now, the
    CPUs and memory as unknown ('—'), not '0'."""
    import libvirt

    from tests.helpers import FakeError

    def denied(_self, *_args):
        raise FakeError("access denied: 'connect' 'read' denied", libvirt.VIR_ERR_ACCESS_DENIED)

    monkeypatch.setattr(libvirt.virConnect, "getInfo", denied)
    panel = OverviewPanel(connected)
    qtbot.addWidget(panel)
    values = panel.values
    qtbot.waitUntil(lambda: values["driver"].text() == "TEST" or panel.message.text() != "",
                    timeout=5000)
    assert panel.message.text() == "", panel.message.text()
    assert values["driver"].text() == "TEST"
    assert values["libvirt_version"].text().count(".") == 2
    assert values["cpus"].text() == "—"
    assert values["memory"].text() == "—"
    assert panel.memory.maximum is None  # no scale from an unknown size
