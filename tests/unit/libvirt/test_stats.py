"""The stats sampler: rates from counters, ring buffers, sampling only running VMs, in workers."""

import dataclasses
import itertools
import threading

import libvirt
import pytest
from PySide6.QtCore import QObject

from kvmgui.libvirt import samples, stats
from kvmgui.libvirt.connection import ConnState
from kvmgui.libvirt.history import History
from kvmgui.libvirt.records import DomainState, LibvirtEvent
from kvmgui.libvirt.samples import Counters, DomainSample, Metric, rates
from kvmgui.libvirt.stats import sampler_for
from tests.helpers import FakeError, run_in_worker
from tests.unit.lverror import refusal


def counters(t, cpu_ns, rd=0, wr=0, rx=0, tx=0, vcpus=2):
    return Counters(t, cpu_ns, vcpus, 512, 1024, rd, wr, rx, tx)


def test_rates_from_deltas():
    sample = rates(counters(10.0, 0, 100, 200, 300, 400),
                   counters(12.0, 2_000_000_000, 2100, 4200, 6300, 8400))
    # 2 s of one CPU's time over 2 s on 2 vCPUs: half of the VM's CPUs.
    assert sample.cpu == pytest.approx(50.0)
    assert (sample.disk_read, sample.disk_write, sample.net_rx, sample.net_tx) == (1000, 2000, 3000, 4000)
    assert (sample.memory_used_kib, sample.memory_total_kib) == (512, 1024)


def test_no_rate_for_first_reading_or_after_a_restart():
    assert rates(None, counters(1.0, 5)) is None
    assert rates(counters(1.0, 9_000), counters(2.0, 5)) is None  # CPU time went back: restarted
    assert rates(counters(1.0, 0), counters(1.0, 5)) is None  # no time passed


@pytest.mark.parametrize("field", ["rd", "wr", "rx", "tx"])
def test_a_device_counter_that_went_back_gives_no_rate_rather_than_a_false_zero(field):
    """A NIC's or disk's counters can restart under the same name (a tap device made
    anew, a block job's pivot): the delta was clamped to 0, and a busy device showed
    0 B/s. Like a restart, that reading has no rate."""
    before = counters(1.0, 0, **{field: 10**9})
    assert rates(before, counters(2.0, 10**9, **{field: 5000})) is None
    assert rates(before, counters(2.0, 10**9, **{field: 10**9})) is not None  # idle: 0 B/s


def test_cpu_is_clamped_to_percent():
    assert rates(counters(0.0, 0), counters(1.0, 10**12)).cpu == 100.0


def test_counters_from_bulk_stats_prefer_the_guests_view_of_memory():
    s = {"cpu.time": 5, "vcpu.current": 2, "balloon.current": 4096, "balloon.available": 4000,
         "balloon.unused": 1000, "balloon.rss": 3900, "block.count": 2, "block.0.rd.bytes": 10,
         "block.1.rd.bytes": 5, "block.0.wr.bytes": 7, "net.count": 1, "net.0.rx.bytes": 3,
         "net.0.tx.bytes": 4}
    c = samples.counters_from_bulk(s, 1.0)
    assert (c.memory_used_kib, c.memory_total_kib) == (3000, 4096)
    assert (c.disk_read, c.disk_write, c.net_rx, c.net_tx) == (15, 7, 3, 4)
    del s["balloon.available"]
    assert samples.counters_from_bulk(s, 1.0).memory_used_kib == 3900  # host view: RSS


def test_memory_used_is_what_the_guest_cannot_give_back_without_swapping():
    """A Linux guest's page cache counts against MemFree (balloon.unused), so 'available
    - unused' showed a guest with a big cache as nearly full; 'available - usable'
    (MemTotal - MemAvailable, libvirt >= 4.6) is what the guest's own `free` calls used."""
    s = {"cpu.time": 5, "balloon.current": 4194304, "balloon.available": 4000000,
         "balloon.unused": 200000, "balloon.usable": 3000000, "balloon.rss": 4100000}
    assert samples.counters_from_bulk(s, 1.0).memory_used_kib == 1000000
    del s["balloon.usable"]  # an older libvirt or guest driver: the cache counts as used
    assert samples.counters_from_bulk(s, 1.0).memory_used_kib == 3800000


def sample(t, cpu):
    return DomainSample(t, cpu, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0)


def test_history_ring_keeps_the_newest_in_order():
    h = History(length=4)
    assert h.latest() is None and h.values(Metric.CPU) == []
    for i in range(6):
        h.append(sample(float(i), i * 10.0))
    assert len(h) == 4
    assert h.values(Metric.CPU) == [20.0, 30.0, 40.0, 50.0]
    assert h.times() == [2.0, 3.0, 4.0, 5.0]
    assert h.values(Metric.CPU, last=2) == [40.0, 50.0]
    assert h.values(Metric.NET_TX, last=1) == [6.0]
    assert h.latest().cpu == 50.0


def test_a_reading_that_covers_several_intervals_reads_as_that_many_points():
    # A VM read every 4th interval: its reading stands for 4 points (same rates, times
    # spread evenly back to the reading before), so a sparkline keeps its time scale.
    h = History(length=8)
    h.append(sample(1.0, 10.0))
    h.append(sample(5.0, 30.0), repeat=4)
    h.append(sample(6.0, 50.0))
    assert len(h) == 3  # readings
    assert h.values(Metric.CPU) == [10.0, 30.0, 30.0, 30.0, 30.0, 50.0]
    assert h.times() == [1.0, 2.0, 3.0, 4.0, 5.0, 6.0]
    assert h.values(Metric.CPU, last=3) == [30.0, 30.0, 50.0]
    assert h.times(last=3) == [4.0, 5.0, 6.0]
    assert h.latest().cpu == 50.0
    # Once such readings leave the ring, reading is one point per slot again.
    for i in range(8):
        h.append(sample(7.0 + i, float(i)))
    assert h.values(Metric.CPU) == [float(i) for i in range(8)]
    assert h.times() == [7.0 + i for i in range(8)]


def running_uuids(conn):
    return {r.uuid for r in conn.domains.records() if r.state.is_active}


def test_sampler_samples_active_domains_in_a_worker(connected, qtbot):
    sampler = sampler_for(connected)
    assert sampler_for(connected) is sampler  # one per connection
    sampler.set_interval(500)
    threads = []
    original = sampler._job.__class__.__call__

    def spy(job, conn, *args):
        threads.append(threading.current_thread() is threading.main_thread())
        return original(job, conn, *args)

    sampler._job.__class__.__call__ = spy
    try:
        qtbot.waitUntil(lambda: all(len(sampler.history(u) or []) >= 2
                                    for u in running_uuids(connected)), timeout=10000)
    finally:
        sampler._job.__class__.__call__ = original
    assert threads and not any(threads)
    web01 = next(r for r in connected.domains.records() if r.name == "web01")
    latest = sampler.latest(web01.uuid)
    assert 0.0 < latest.cpu <= 100.0
    assert latest.disk_read > 0 and latest.net_rx > 0  # test driver counters grow with time
    assert latest.memory_total_kib == 2 * 1024 * 1024
    shut_off = [r.uuid for r in connected.domains.records() if not r.state.is_active]
    assert shut_off and all(sampler.history(u) is None for u in shut_off)
    # The test driver's bulk stats carry only states: after the first answer the sampler
    # reads each active domain through kept handles instead.
    assert sampler._job.bulk is False
    assert set(sampler._job.handles) == running_uuids(connected)


def test_sampler_forgets_a_stopped_vm_and_stops_when_disconnected(connected, qtbot):
    sampler = sampler_for(connected)
    sampler.set_interval(500)
    web01 = next(r for r in connected.domains.records() if r.name == "web01")
    qtbot.waitUntil(lambda: sampler.latest(web01.uuid) is not None, timeout=10000)
    with qtbot.waitSignal(sampler.cleared, timeout=5000,
                          check_params_cb=lambda uuids: web01.uuid in uuids):
        run_in_worker(qtbot, connected, lambda c: c.lookupByName("web01").destroy())
    assert sampler.history(web01.uuid) is None
    assert connected.domains.get(web01.uuid).state == DomainState.SHUTOFF
    assert sampler.active
    with qtbot.waitSignal(sampler.cleared, timeout=5000):
        connected.close()
    assert not sampler.active
    assert all(sampler.history(u) is None for u in running_uuids(connected))
    with qtbot.waitSignal(connected.stateChanged, timeout=10000,
                          check_params_cb=lambda s, _m: s == ConnState.CONNECTED):
        connected.open()
    assert sampler.active


def test_interval_is_clamped_and_default_applies_to_new_samplers(registry, test_host):
    stats.set_default_interval(1500)
    try:
        conn = registry.add(test_host, save=False)
        assert sampler_for(conn).interval_ms == 1500
        sampler_for(conn).set_interval(10)
        assert sampler_for(conn).interval_ms == stats.MIN_INTERVAL_MS
    finally:
        stats.set_default_interval(stats.DEFAULT_INTERVAL_MS)
    assert isinstance(sampler_for(conn), QObject)


class BulkDomain:
    def __init__(self, uuid):
        self.uuid = uuid

    def UUIDString(self):
        return self.uuid


class BulkConnect:
    """A driver whose bulk stats carry counters (as QEMU's): notes which domains each
    call asked for."""

    def __init__(self, uuids):
        self.doms = {u: BulkDomain(u) for u in uuids}
        self.calls = []
        self.cpu = 0

    def _stats(self, doms):
        self.cpu += 10**9
        return [(d, {"cpu.time": self.cpu, "vcpu.current": 1, "balloon.current": 1024}) for d in doms]

    def getAllDomainStats(self, stats_flags, flags):
        self.calls.append(("all", None))
        return self._stats(self.doms.values())

    def domainListGetStats(self, doms, stats_flags, flags):
        self.calls.append(("list", sorted(d.UUIDString() for d in doms)))
        return self._stats(doms)

    def lookupByUUIDString(self, uuid):
        self.calls.append(("lookup", uuid))
        return self.doms[uuid]


def test_bulk_driver_reads_only_the_wanted_domains_after_the_first_call():
    conn = BulkConnect(["a", "b", "c", "d"])
    job = samples.SampleJob()
    first = job(conn, frozenset({"a"}))
    assert conn.calls == [("all", None)] and job.bulk is True
    assert set(first) == {"a", "b", "c", "d"} and all(v is None for v in first.values())
    second = job(conn, frozenset({"a", "c"}))
    assert conn.calls[-1] == ("list", ["a", "c"])  # kept handles: no lookups
    assert set(second) == {"a", "c"} and all(second[u] is not None for u in second)
    job(conn, frozenset({"b"}), forget=frozenset({"b"}))  # stopped and started again
    assert conn.calls[-2:] == [("lookup", "b"), ("list", ["b"])]


def test_bulk_stats_without_the_vcpu_count_take_it_from_the_domain(monkeypatch):
    """A driver whose bulk stats carry the CPU time but not the vCPU count: the count
    defaulted to 1, so a 4-vCPU VM using one of its CPUs read 100 % instead of 25 %."""

    class FourVcpus(BulkDomain):
        def info(self):
            return (libvirt.VIR_DOMAIN_RUNNING, 2048, 1024, 4, 0)

    class NoVcpuCount(BulkConnect):
        def __init__(self, uuids):
            super().__init__([])
            self.doms = {u: FourVcpus(u) for u in uuids}

        def _stats(self, doms):
            return [(d, {k: v for k, v in s.items() if k != "vcpu.current"})
                    for d, s in super()._stats(doms)]

    clock = itertools.count(1.0, 0.5)  # a second a reading: asked at the call's start and end
    monkeypatch.setattr(samples, "time", type("Clock", (), {"monotonic": lambda: next(clock)}))
    conn = NoVcpuCount(["a"])
    job = samples.SampleJob()
    job(conn, frozenset({"a"}))
    assert job(conn, frozenset({"a"}))["a"].cpu == pytest.approx(25.0)  # 1 s of CPU a second


class PerDomain:
    """A running domain of a driver read per domain: its counters grow a second a call."""

    def __init__(self, uuid):
        self.uuid = uuid
        self.cpu = 0
        self.state = libvirt.VIR_DOMAIN_RUNNING

    def UUIDString(self):
        return self.uuid

    def XMLDesc(self, flags):
        return f"<domain type='xen'><name>{self.uuid}</name><uuid>{self.uuid}</uuid><devices/></domain>"

    def info(self):
        self.cpu += 10**9  # as the test driver's: its clock, running or not
        return (self.state, 2048, 1024, 1, self.cpu)


class NoBulkConnect(BulkConnect):
    """A driver without bulk stats (libxl, LXC, ESX...): libvirt refuses both calls."""

    def _stats(self, doms):
        raise FakeError("this function is not supported by the connection driver: "
                        "virConnectGetAllDomainStats", libvirt.VIR_ERR_NO_SUPPORT)

    def lookupByUUIDString(self, uuid):
        self.calls.append(("lookup", uuid))
        return self.doms.setdefault(uuid, PerDomain(uuid))


def test_a_driver_without_bulk_stats_is_read_per_domain():
    """libvirt refuses virConnectGetAllDomainStats with VIR_ERR_NO_SUPPORT where the driver
    lacks it: every job failed, and such hosts never showed a figure."""
    conn = NoBulkConnect([])
    job = samples.SampleJob()
    assert job(conn, frozenset({"a", "b"})) == {"a": None, "b": None}
    assert job.bulk is False
    second = job(conn, frozenset({"a", "b"}))
    assert set(second) == {"a", "b"} and all(second[u] is not None for u in second)
    assert second["a"].memory_total_kib == 1024
    # Remembered: no more refused bulk calls, the kept handles are read.
    assert [c for c in conn.calls if c[0] == "all"] == [("all", None)]
    assert sorted(c for c in conn.calls if c[0] == "lookup") == [("lookup", "a"), ("lookup", "b")]


def test_a_daemon_too_old_for_bulk_stats_is_read_per_domain():
    """A daemon older than the bulk stats (libvirt < 1.2.8) refuses the call as an RPC it
    does not know, not as NO_SUPPORT: every job failed, and the host never showed a figure."""

    class OldDaemon(NoBulkConnect):
        def _stats(self, doms):
            raise FakeError("unknown procedure: 344", libvirt.VIR_ERR_RPC)

    conn = OldDaemon([])
    job = samples.SampleJob()
    assert job(conn, frozenset({"a"})) == {"a": None}
    assert job.bulk is False
    assert job(conn, frozenset({"a"}))["a"] is not None


def test_a_domain_read_per_domain_that_stopped_meanwhile_is_left_out():
    """info() answers for a stopped domain too: a VM that stopped before its event
    arrived went on getting figures (the test driver's CPU time is its clock, stopped or not),
    where the bulk read leaves such a domain out and its figures are dropped."""
    conn = NoBulkConnect([])
    job = samples.SampleJob()
    job(conn, frozenset({"a", "b"}))
    assert set(job(conn, frozenset({"a", "b"}))) == {"a", "b"}
    conn.doms["a"].state = libvirt.VIR_DOMAIN_SHUTOFF
    assert set(job(conn, frozenset({"a", "b"}))) == {"b"}


def test_an_unplugged_disk_gives_no_reading_rather_than_a_stall():
    """The counters are sums over the devices: after a busy disk was unplugged the sum
    fell, and the VM's other disk, reading 1 MB/s, showed 0 B/s for that interval."""

    class Unplugging(BulkConnect):
        def _stats(self, doms):
            self.cpu += 10**9
            disks = [10**12 + self.cpu // 1000, self.cpu // 1000]  # vdb: 1 MB/s
            if len(self.calls) > 2:
                disks = disks[1:]  # the first disk unplugged
            s = {"cpu.time": self.cpu, "vcpu.current": 1, "block.count": len(disks)}
            s.update({f"block.{i}.rd.bytes": n for i, n in enumerate(disks)})
            return [(d, dict(s)) for d in doms]

    conn = Unplugging(["a"])
    job = samples.SampleJob()
    job(conn, frozenset({"a"}))
    assert job(conn, frozenset({"a"}))["a"].disk_read > 0
    after = job(conn, frozenset({"a"}), changed_devices=frozenset({"a"}))["a"]
    assert after is None or after.disk_read > 0


class Replugging(BulkConnect):
    """vda reads 1 MB/s throughout; from the third call on, ``after`` are the other
    devices (vdb before: a busy disk with a large total)."""

    def __init__(self, uuids, after):
        super().__init__(uuids)
        self.after = after

    def _stats(self, doms):
        self.cpu += 10**9
        disks = [("vda", self.cpu // 1000), ("vdb", 10**12 + self.cpu // 1000)]
        if len(self.calls) > 2:
            disks = disks[:1] + self.after
        s = {"cpu.time": self.cpu, "vcpu.current": 1, "block.count": len(disks)}
        for i, (name, total) in enumerate(disks):
            s.update({f"block.{i}.name": name, f"block.{i}.rd.bytes": total})
        return [(d, dict(s)) for d in doms]


@pytest.mark.parametrize("after", [[], [("vdc", 0)]], ids=["unplugged", "replaced"])
def test_a_reading_across_a_device_change_is_no_rate_before_its_event_arrives(after):
    """The reading after a hot-unplug may come before the device event reaches the
    sampler: the summed counters fell by the unplugged disk's total, and vda's 1 MB/s
    showed as 0 B/s. A reading whose devices differ from the last one's is a fresh start."""
    conn = Replugging(["a"], after)
    job = samples.SampleJob()
    job(conn, frozenset({"a"}))
    assert job(conn, frozenset({"a"}))["a"].disk_read > 0
    assert job(conn, frozenset({"a"}))["a"] is None  # no changed_devices: the event is late
    assert job(conn, frozenset({"a"}))["a"].disk_read > 0


def test_per_domain_counters_name_the_devices_that_answered():
    """The drivers read per domain: a disk unplugged since the XML was read fails its
    blockStats and drops out of the sums, so the reading has other devices."""

    class Dom:
        def info(self):
            return (1, 1024, 1024, 1, 10**9)

        def blockStats(self, target):
            if target == "vdb":
                raise refusal("invalid path: vdb")
            return (1, 100, 1, 200, 0)

        def interfaceStats(self, target):
            return (300, 1, 0, 0, 400, 1, 0, 0)

    devices = samples.Devices(disks=["vda", "vdb"], nics=["vnet0"])
    c = samples.counters_per_domain(Dom(), devices, 1.0)
    assert (c.disk_read, c.disk_write, c.net_rx, c.net_tx) == (100, 200, 300, 400)
    assert c.devices == (("vda",), ("vnet0",))


def test_memory_in_use_nobody_reports_is_unknown_not_full():
    """The test driver (read per domain) reports no memory in use, nor do QEMU's bulk
    stats without the guest's view and the host's RSS: 'used' was the assigned memory,
    so every such VM showed as full."""

    class Dom:
        def info(self):
            return (1, 8192, 4096, 1, 10**9)

    c = samples.counters_per_domain(Dom(), samples.Devices(), 1.0)
    assert (c.memory_used_kib, c.memory_total_kib) == (samples.UNKNOWN_KIB, 4096)
    c = samples.counters_from_bulk({"cpu.time": 5, "balloon.current": 4096}, 1.0)
    assert (c.memory_used_kib, c.memory_total_kib) == (samples.UNKNOWN_KIB, 4096)
    assert samples.UNKNOWN_KIB < 0


def test_only_device_events_that_changed_the_devices_restart_the_rates(connected):
    """A failed unplug leaves the devices as they were: it cost the VM a reading (and a
    new read of its XML) as a real hotplug does."""
    sampler = sampler_for(connected)
    event = libvirt.VIR_DOMAIN_EVENT_ID_DEVICE_REMOVAL_FAILED
    connected.events.emit([LibvirtEvent(1.0, "domain", "u1", "web01", event, args=("net0",)),
                           LibvirtEvent(1.0, "domain", "u2", "db01",
                                        libvirt.VIR_DOMAIN_EVENT_ID_DEVICE_REMOVED, args=("net0",))])
    assert sampler._changed_devices == {"u2"}


def _web01(conn):
    return next(r for r in conn.domains.records() if r.name == "web01")


def test_a_vm_that_started_again_unseen_starts_its_history_anew(connected, qtbot):
    """A VM stopped and started within one burst of events (or while its host was away)
    is found running with a new libvirt id: its sparkline went on with the old run's
    history, and its row showed the old run's last figures until the next reading."""
    sampler = sampler_for(connected)
    sampler.set_interval(500)
    web01 = _web01(connected)
    qtbot.waitUntil(lambda: sampler.latest(web01.uuid) is not None, timeout=10000)
    with qtbot.waitSignal(sampler.cleared, timeout=1000,
                          check_params_cb=lambda uuids: web01.uuid in uuids):
        connected.domains.changed.emit([dataclasses.replace(web01, id=web01.id + 100)])
    assert sampler.history(web01.uuid) is None and sampler.latest(web01.uuid) is None
    assert web01.uuid in sampler._forget  # its counters are the old run's


def test_a_start_seen_through_events_keeps_the_new_runs_history(connected, qtbot):
    """An event's record keeps the last run's id; the re-read brings the new one. That
    is the same run, not a restart."""
    sampler = sampler_for(connected)
    sampler.set_interval(500)
    web01 = _web01(connected)
    qtbot.waitUntil(lambda: sampler.latest(web01.uuid) is not None, timeout=10000)
    with qtbot.waitSignal(sampler.cleared, timeout=1000):
        connected.domains.changed.emit([web01.with_state(DomainState.SHUTOFF)])  # STOPPED
    connected.domains.changed.emit([web01.with_state(DomainState.RUNNING)])  # STARTED
    qtbot.waitUntil(lambda: sampler.latest(web01.uuid) is not None, timeout=10000)
    with qtbot.assertNotEmitted(sampler.cleared, wait=100):
        connected.domains.changed.emit([dataclasses.replace(web01, id=web01.id + 100)])
    assert sampler.latest(web01.uuid) is not None


def test_a_late_job_of_the_last_session_does_not_free_the_next_sessions_turn(connected, qtbot):
    """A job blocked in a dropped connection returns (or fails) only after the reconnect:
    it marked the sampler idle while the new session's job still ran, so the next tick
    started a second job on the same SampleJob (its state is for one job at a time)."""
    sampler = sampler_for(connected)
    old = sampler._generation
    with qtbot.waitSignal(connected.stateChanged, timeout=10000,
                          check_params_cb=lambda s, _m: s == ConnState.DISCONNECTED):
        connected.close()
    with qtbot.waitSignal(connected.stateChanged, timeout=10000,
                          check_params_cb=lambda s, _m: s == ConnState.CONNECTED):
        connected.open()
    sampler._busy = True  # the new session's job runs
    sampler._done(old, frozenset(), {})
    assert sampler._busy
    sampler._failed(old, RuntimeError("end of file while reading data"))
    assert sampler._busy


def test_a_failure_that_persists_is_logged_once_and_its_end_once(connected, qtbot, caplog):
    """An ACL refusing stats fails every interval: a warning each time flooded the log."""
    sampler = sampler_for(connected)
    gen = sampler._generation
    caplog.set_level("INFO", logger="kvmgui.libvirt.stats")
    failures = []
    sampler.failed.connect(failures.append)
    refused = libvirt.libvirtError("access denied: 'domain:read' refused")
    for _ in range(3):
        sampler._failed(gen, refused)
    assert len(failures) == 3  # the performance graphs show each
    assert [r.levelname for r in caplog.records] == ["WARNING"]
    assert sampler.failures == 3
    sampler._done(gen, frozenset(), {})
    assert sampler.failures == 0
    assert [r.levelname for r in caplog.records] == ["WARNING", "INFO"]
    assert "again" in caplog.records[-1].getMessage()
    sampler._done(gen, frozenset(), {})
    sampler._failed(gen, refused)
    assert [r.levelname for r in caplog.records] == ["WARNING", "INFO", "WARNING"]


@pytest.mark.parametrize("after", [[], [("vdc", 0)]], ids=["unplugged", "replaced"])
def test_a_device_event_after_the_reading_that_saw_the_change_costs_no_second_reading(after):
    """The reading that saw the new devices was already a fresh start: the device event
    arriving after it threw its counters away too, so two readings in a row showed no rate."""
    conn = Replugging(["a"], after)
    job = samples.SampleJob()
    job(conn, frozenset({"a"}))
    assert job(conn, frozenset({"a"}))["a"].disk_read > 0
    assert job(conn, frozenset({"a"}))["a"] is None  # the devices changed, the event is late
    assert job(conn, frozenset({"a"}), changed_devices=frozenset({"a"}))["a"].disk_read > 0


def test_a_device_event_before_the_reading_still_makes_it_a_fresh_start():
    """Read per domain, the device list is kept until an event: the reading after the
    event is the first with the new devices, and no rate."""
    conn = NoBulkConnect([])
    job = samples.SampleJob()
    job(conn, frozenset({"a"}))
    assert job(conn, frozenset({"a"}))["a"] is not None
    assert job(conn, frozenset({"a"}), changed_devices=frozenset({"a"}))["a"] is None
    assert job(conn, frozenset({"a"}))["a"] is not None


def test_sampling_that_works_again_says_so_once_also_after_a_reconnect(connected, qtbot):
    """The end of a run of failures was only logged: nothing could tell the user who had
    been told of the failure. A reconnect in between reset the count, and with it the end."""
    sampler = sampler_for(connected)
    ends = []
    sampler.recovered.connect(lambda: ends.append(True))
    refused = libvirt.libvirtError("access denied: 'domain:read' refused")
    sampler._failed(sampler._generation, refused)
    sampler._done(sampler._generation, frozenset(), {})
    sampler._done(sampler._generation, frozenset(), {})
    assert ends == [True]
    sampler._failed(sampler._generation, refused)
    with qtbot.waitSignal(connected.stateChanged, timeout=10000,
                          check_params_cb=lambda s, _m: s == ConnState.DISCONNECTED):
        connected.close()
    with qtbot.waitSignal(connected.stateChanged, timeout=10000,
                          check_params_cb=lambda s, _m: s == ConnState.CONNECTED):
        connected.open()
    with qtbot.waitSignal(sampler.recovered, timeout=10000):
        pass  # the new session's first job
    assert ends == [True, True]


def test_a_reading_of_the_last_run_that_returns_after_a_restart_is_not_the_new_runs(connected, qtbot):
    """A job still reading while the VM restarted returns the old run's rates: they became
    the new run's first figures (its row, the first point of its graph)."""
    sampler = sampler_for(connected)
    sampler.set_interval(500)
    web01 = _web01(connected)
    qtbot.waitUntil(lambda: sampler.latest(web01.uuid) is not None, timeout=10000)
    old_run = sampler.latest(web01.uuid)
    qtbot.waitUntil(lambda: not sampler._busy, timeout=10000)
    sampler._busy = True  # a job that read the old run is still out
    with qtbot.waitSignal(sampler.cleared, timeout=1000):
        connected.domains.changed.emit([dataclasses.replace(web01, id=web01.id + 100)])
    sampler._done(sampler._generation, frozenset({web01.uuid}), {web01.uuid: old_run})
    assert sampler.latest(web01.uuid) is None and sampler.history(web01.uuid) is None


def test_a_reading_without_a_disks_counters_gives_no_false_stall_then_spike(monkeypatch):
    """libvirt leaves a disk's counters out of the bulk stats (its name stays) when it
    could not ask QEMU (a job held the domain, the monitor failed): the sum fell to 0 and
    showed 0 B/s, then the next reading counted the disk's whole total as read within
    one interval, and that spike set the graph's scale for minutes."""

    class Missing(BulkConnect):
        def _stats(self, doms):
            self.cpu += 10**9
            s = {"cpu.time": self.cpu, "vcpu.current": 1, "block.count": 1, "block.0.name": "vda"}
            if len(self.calls) != 3:  # the third reading lacks the counters
                s["block.0.rd.bytes"] = 10**12 + self.cpu // 1000  # 1 MB/s
                s["block.0.wr.bytes"] = 0
            return [(d, dict(s)) for d in doms]

    clock = itertools.count(1.0, 0.5)  # a second a reading: asked at the call's start and end
    monkeypatch.setattr(samples, "time", type("Clock", (), {"monotonic": lambda: next(clock)}))
    conn = Missing(["a"])
    job = samples.SampleJob()
    job(conn, frozenset({"a"}))
    readings = [job(conn, frozenset({"a"}))["a"] for _ in range(5)]
    assert readings[0].disk_read == pytest.approx(10**6, rel=0.01)
    assert all(r is None or r.disk_read == pytest.approx(10**6, rel=0.01) for r in readings), readings
    assert readings[-1] is not None


def test_a_driver_read_per_domain_that_refuses_every_domain_says_why():
    """Read per domain, each domain's failure was taken for a VM gone meanwhile and
    only logged at debug level: with an ACL refusing domain:read, no VM ever showed a
    figure, the graphs waited for the first samples for ever, and nobody said why."""

    class Refused(PerDomain):
        def info(self):
            raise FakeError("access denied: 'domain:read' refused", libvirt.VIR_ERR_ACCESS_DENIED)

    class Gone(PerDomain):
        def info(self):
            raise FakeError("Domain not found", libvirt.VIR_ERR_NO_DOMAIN)

    conn = NoBulkConnect([])
    job = samples.SampleJob()
    job(conn, frozenset({"a"}))  # learns: per domain
    conn.doms["a"] = Gone("a")
    job.handles.clear()
    assert job(conn, frozenset({"a"})) == {}  # gone meanwhile: a normal race
    conn.doms["a"] = Refused("a")
    alone = job(conn, frozenset({"a"}))  # refused: the sampler knows whether others run
    assert alone == {} and alone.refused == {"a": "access denied: 'domain:read' refused"}
    conn.doms["b"] = PerDomain("b")
    reading = job(conn, frozenset({"a", "b"}))
    assert set(reading) == {"b"}  # one VM refused, the others read
    assert reading.refused == {"a": "access denied: 'domain:read' refused"}


def test_a_domain_refused_by_an_acl_is_told_apart_from_one_gone_on_a_bulk_driver():
    """QEMU leaves a domain an ACL does not let be read out of its bulk answer without a
    word, as one gone meanwhile: its panel waited for the first samples for ever, and its
    row stayed blank, with no reason given. The domain's own call says which."""

    class Refused(BulkDomain):
        def info(self):
            raise FakeError("access denied: 'domain:read' refused", libvirt.VIR_ERR_ACCESS_DENIED)

    class Gone(BulkDomain):
        def info(self):
            raise FakeError("Domain not found", libvirt.VIR_ERR_NO_DOMAIN)

    class Filtering(BulkConnect):
        def _stats(self, doms):
            return super()._stats([d for d in doms if type(d) is BulkDomain])

    conn = Filtering(["a", "b", "c"])
    conn.doms["b"], conn.doms["c"] = Refused("b"), Gone("c")
    job = samples.SampleJob()
    first = job(conn, frozenset({"a", "b", "c"}))
    assert set(first) == {"a"} and first.refused == {"b": "access denied: 'domain:read' refused"}
    second = job(conn, frozenset({"a", "b", "c"}))
    assert set(second) == {"a"} and second.refused == {"b": "access denied: 'domain:read' refused"}
    assert second["a"] is not None
    alone = job(conn, frozenset({"b"}))  # nothing read: the sampler tells whether the host refuses
    assert alone == {} and alone.refused == {"b": "access denied: 'domain:read' refused"}


@pytest.mark.parametrize("bulk", [True, False])
def test_a_refused_domain_keeps_its_handle(bulk):
    """A VM whose reading libvirt refuses (an ACL on it) lost its handle at each refusal,
    as one gone meanwhile: every reading of it looked it up again, one more round trip
    to the host per refused VM and interval. A VM gone is looked up again, as before."""

    class Refused(PerDomain):
        def info(self):
            raise FakeError("access denied: 'domain:read' refused", libvirt.VIR_ERR_ACCESS_DENIED)

    class Gone(PerDomain):
        def info(self):
            raise FakeError("Requested operation is not valid: domain is not running",
                            libvirt.VIR_ERR_OPERATION_INVALID)

    class Filtering(BulkConnect):  # QEMU: a domain not read is left out of the answer
        def _stats(self, doms):
            return super()._stats([d for d in doms if type(d) is BulkDomain])

    conn = Filtering(["a"]) if bulk else NoBulkConnect([])
    conn.doms.update(b=Refused("b"), c=Gone("c"))
    if not bulk:
        conn.doms["a"] = PerDomain("a")
    job = samples.SampleJob()
    job(conn, frozenset({"a", "b", "c"}))
    del conn.calls[:]
    second = job(conn, frozenset({"a", "b", "c"}))
    assert set(second) == {"a"} and set(second.refused) == {"b"}
    assert [c for c in conn.calls if c[0] == "lookup"] == [("lookup", "c")]


def test_starts_while_every_vm_is_hot_do_not_pile_up_in_the_cold_queue(connected):
    """Each start queued the VM for a cold reading, but with every VM hot (no view
    watching, one sorted by a stats column, or a small host whose rows all show) nothing
    takes from that queue: it grew by one entry a start for as long as that lasted."""
    sampler = sampler_for(connected)
    assert sampler.is_hot("any")  # nobody watches: every VM is hot
    web01 = _web01(connected)

    def restart_often():
        for _ in range(50):
            connected.domains.changed.emit([web01.with_state(DomainState.SHUTOFF)])
            connected.domains.changed.emit([web01.with_state(DomainState.RUNNING)])

    restart_often()
    assert len(sampler._cold) == 0
    sampler.watch("list", [r.uuid for r in connected.domains.records()])  # all on screen
    sampler._plan()
    restart_often()
    sampler._plan()
    assert len(sampler._cold) == 0


def test_a_long_bulk_call_does_not_skew_the_rates_after_it(monkeypatch):
    """The reading's time was taken after the bulk call returned: the first call, which
    reads every running VM, can take seconds on a big host, so the next reading's
    interval looked that much shorter and its rates that much higher (3 MB/s for 1)."""
    clock = [0.0]
    monkeypatch.setattr(samples, "time", type("Clock", (), {"monotonic": lambda: clock[0]}))

    class Slow(BulkConnect):
        """Counters read halfway through the call; a disk reading 1 MB/s."""

        def _stats(self, doms):
            took = 4.0 if self.calls[-1][0] == "all" else 0.0
            clock[0] += took / 2
            read = round(clock[0] * 10**6)
            clock[0] += took / 2
            return [(d, {"cpu.time": 0, "vcpu.current": 1, "block.count": 1, "block.0.name": "vda",
                         "block.0.rd.bytes": read, "block.0.wr.bytes": 0}) for d in doms]

    conn = Slow(["a"])
    job = samples.SampleJob()
    job(conn, frozenset({"a"}))
    clock[0] += 1.0  # the next interval
    assert job(conn, frozenset({"a"}))["a"].disk_read == pytest.approx(10**6)


def test_a_device_plugged_without_an_event_is_counted_on_drivers_read_per_domain(monkeypatch):
    """Read per domain, the device list was kept until a device event; drivers that send
    none for a hotplug (or for a CD-ROM given media later) left the new NIC out of the
    figures until the VM restarted."""
    clock = [0.0]
    monkeypatch.setattr(samples, "time", type("Clock", (), {"monotonic": lambda: clock[0]}))

    class Plugged(PerDomain):
        nics: list[str] = []

        def XMLDesc(self, flags):
            nics = "".join(f"<interface type='network'><source network='default'/><target dev='{n}'/>"
                           "</interface>" for n in self.nics)
            return f"<domain type='xen'><name>a</name><devices>{nics}</devices></domain>"

        def interfaceStats(self, target):
            if target not in self.nics:
                raise FakeError(f"invalid argument: '{target}' is not a known interface",
                                libvirt.VIR_ERR_INVALID_ARG)
            return (round(clock[0] * 1000), 0, 0, 0, 0, 0, 0, 0)  # 1 kB/s received

    conn = NoBulkConnect([])
    conn.doms["a"] = dom = Plugged("a")
    job = samples.SampleJob()
    job(conn, frozenset({"a"}))
    dom.nics = ["vnet0"]  # hot-plugged; no event comes
    readings = []
    for _ in range(int(samples.DEVICES_MAX_AGE_S) + 2):
        clock[0] += 1.0
        readings.append(job(conn, frozenset({"a"}))["a"])
    assert readings[-1] is not None and readings[-1].net_rx == pytest.approx(1000)


def test_a_watched_vm_that_starts_is_read_promptly(connected, qtbot):
    """A VM on screen that started got its first reading only at the next interval (up to
    a minute at the longest), while one scrolled into view is read at once."""
    sampler = sampler_for(connected)
    web01 = _web01(connected)
    sampler.watch("list", [web01.uuid])
    qtbot.waitUntil(lambda: sampler.latest(web01.uuid) is not None, timeout=10000)
    sampler.set_interval(stats.MAX_INTERVAL_MS)
    with qtbot.waitSignal(sampler.cleared, timeout=1000):
        connected.domains.changed.emit([web01.with_state(DomainState.SHUTOFF)])
    connected.domains.changed.emit([web01.with_state(DomainState.RUNNING)])
    qtbot.waitUntil(lambda: sampler.latest(web01.uuid) is not None, timeout=5000)


def test_a_watched_vm_that_starts_on_a_host_with_none_running_is_read_promptly(
        connected, qtbot, monkeypatch):
    """With no VM running no job had run: the first start is read promptly too."""
    monkeypatch.setattr(stats, "FIRST_SAMPLE_MS", 0)
    sampler = sampler_for(connected)
    sampler.set_interval(stats.MAX_INTERVAL_MS)
    web01 = _web01(connected)
    sampler.watch("list", [web01.uuid])
    connected.domains.changed.emit([r.with_state(DomainState.SHUTOFF)
                                    for r in connected.domains.records() if r.state.is_active])
    qtbot.waitUntil(lambda: not sampler._first_due, timeout=5000)  # found none to read
    assert not sampler._busy
    connected.domains.changed.emit([web01.with_state(DomainState.RUNNING)])
    qtbot.waitUntil(lambda: sampler.latest(web01.uuid) is not None, timeout=5000)


def test_a_first_reading_gets_its_second_also_when_another_prompt_job_follows(connected, qtbot, monkeypatch):
    """A job's first readings of watched VMs were given their prompt second reading only
    when nothing else was urgent: a VM coming into view (a scroll) or starting meanwhile
    took the turn, and the first ones waited for the next interval (a minute at most)."""
    sampler = sampler_for(connected)
    sampler.set_interval(stats.MAX_INTERVAL_MS)
    jobs = []
    monkeypatch.setattr(sampler, "_start", lambda wanted: jobs.append(wanted))
    first, other = sorted(running_uuids(connected))[:2]
    sampler.watch("list", [first, other])
    qtbot.waitUntil(lambda: not sampler._first_due and not sampler._prompt.isActive(), timeout=3000)
    sampler._busy = True  # a job reading ``first`` for the first time is out
    sampler._urgent.add(other)  # ``other`` came into view meanwhile
    jobs.clear()
    sampler._done(sampler._generation, frozenset({first}), {first: None})
    assert jobs == [frozenset({other})]
    qtbot.waitUntil(lambda: any(first in wanted for wanted in jobs), timeout=3000)



def test_vms_first_read_once_every_vm_is_hot_get_their_second_reading_at_once(connected, qtbot):
    """Sorted by a stats column, every VM is watched: those not read lately are read at
    once, but one read for the first time (no figures: rates need two readings) got its
    second reading only with the next interval, up to a minute later, while a VM
    scrolled into view gets it within a quarter of a second."""
    sampler = sampler_for(connected)
    sampler.set_interval(stats.MAX_INTERVAL_MS)
    first, *others = sorted(running_uuids(connected))
    sampler.watch("list", [first])
    qtbot.waitUntil(lambda: sampler.latest(first) is not None and not sampler._busy
                    and not sampler._prompt.isActive(), timeout=5000)
    assert any(sampler.latest(u) is None for u in others)  # read once at most: cold
    sampler.watch("sorted", None)  # every VM hot
    qtbot.waitUntil(lambda: all(sampler.latest(u) is not None for u in others), timeout=5000)


def test_vms_read_by_a_prompt_job_are_not_read_again_moments_later(connected, qtbot, monkeypatch):
    """Those a prompt job read (every VM made hot by a sort on a stats column, a scroll,
    a start) were read again by the interval's job whenever it came next, a few ms later
    at times. Rates over such a window are noise (a disk's one write made hundreds of
    MB/s, a moment without one 0 B/s), and a spike set the sparklines' scale for minutes."""
    offset = [0.0]
    real = stats.time.monotonic
    monkeypatch.setattr(stats, "time", type("Clock", (), {"monotonic": lambda: real() + offset[0]}))
    sampler = sampler_for(connected)
    sampler.set_interval(stats.MAX_INTERVAL_MS)
    first, *others = sorted(running_uuids(connected))
    sampler.watch("list", [first])
    qtbot.waitUntil(lambda: sampler.latest(first) is not None and not sampler._busy
                    and not sampler._prompt.isActive(), timeout=5000)
    offset[0] += stats.MIN_WINDOW_MS / 1000
    jobs = []
    start = sampler._start
    monkeypatch.setattr(sampler, "_start", lambda wanted: (jobs.append(wanted), start(wanted)))
    sampler.watch("sorted", None)  # every VM hot: the others are read at once, by prompt jobs
    qtbot.waitUntil(lambda: all(sampler.latest(u) is not None for u in others) and not sampler._busy
                    and not sampler._prompt.isActive(), timeout=5000)
    last_prompt = jobs[-1]
    assert last_prompt and first not in last_prompt
    sampler.sample_now()  # the interval's job, a moment after the last prompt one
    assert jobs[-1] == frozenset(running_uuids(connected)) - last_prompt
    qtbot.waitUntil(lambda: not sampler._busy, timeout=5000)
    offset[0] += stats.MIN_WINDOW_MS / 1000
    sampler.sample_now()
    assert jobs[-1] == frozenset(running_uuids(connected))

def test_a_vm_read_by_the_job_it_came_into_view_during_is_not_read_again_at_once(
        connected, qtbot, monkeypatch):
    """A VM scrolled into view while a job read it (a cold one) was read again by a prompt
    job as soon as that job ended: a window of a few ms."""
    sampler = sampler_for(connected)
    sampler.set_interval(stats.MAX_INTERVAL_MS)
    qtbot.waitUntil(lambda: not sampler._first_due and not sampler._busy
                    and not sampler._prompt.isActive(), timeout=3000)
    jobs = []
    monkeypatch.setattr(sampler, "_start", jobs.append)
    seen, other = sorted(running_uuids(connected))[:2]
    sampler.watch("list", [seen])
    sampler._busy = True  # a job reading ``seen`` and ``other`` is out
    sampler.watch("list", [seen, other])  # ``other`` came into view meanwhile
    assert other in sampler._urgent
    sample = DomainSample(stats.time.monotonic(), 1.0, 1.0, 2.0, 0.0, 0.0, 0.0, 0.0)
    read_at = stats.time.monotonic()
    sampler._done(sampler._generation, frozenset({seen, other}), {seen: sample, other: sample})
    assert jobs == [] and not sampler._urgent  # both read just now
    sampler._done(sampler._generation, frozenset({seen, other}), {seen: sample, other: None})
    assert sampler._urgent == {other}  # its second reading, in a while
    qtbot.waitUntil(lambda: bool(jobs), timeout=2000)
    assert jobs == [frozenset({other})]
    assert stats.time.monotonic() - read_at >= stats.MIN_WINDOW_MS / 1000


def test_a_vm_that_starts_again_while_a_job_reads_its_last_run_is_still_read_promptly(
        connected, qtbot, monkeypatch):
    sampler = sampler_for(connected)
    sampler.set_interval(stats.MAX_INTERVAL_MS)
    qtbot.waitUntil(lambda: not sampler._first_due and not sampler._busy
                    and not sampler._prompt.isActive(), timeout=3000)
    web01 = _web01(connected)
    sampler.watch("list", [web01.uuid])
    jobs = []
    monkeypatch.setattr(sampler, "_start", jobs.append)
    sampler._busy = True  # a job reading web01 is out; it stops and starts meanwhile
    connected.domains.changed.emit([web01.with_state(DomainState.SHUTOFF)])
    connected.domains.changed.emit([web01.with_state(DomainState.RUNNING)])
    sample = DomainSample(stats.time.monotonic(), 1.0, 1.0, 2.0, 0.0, 0.0, 0.0, 0.0)
    sampler._done(sampler._generation, frozenset({web01.uuid}), {web01.uuid: sample})
    # The new run's first reading soon (the job read the last run's, which is no reading of it).
    qtbot.waitUntil(lambda: jobs == [frozenset({web01.uuid})], timeout=1000)


def _refusing(monkeypatch, refused):
    """libvirt refuses to read the VMs in ``refused`` (an ACL on them, while the set holds
    them); returns the list of the VMs read so far."""
    real, calls = samples.counters_per_domain, []

    def read(dom, devices, now):
        calls.append(dom.UUIDString())
        if dom.UUIDString() in refused:
            raise FakeError("access denied: 'domain:read' refused", libvirt.VIR_ERR_ACCESS_DENIED)
        return real(dom, devices, now)

    monkeypatch.setattr(samples, "counters_per_domain", read)
    return calls


def _one_more_job(qtbot, sampler, calls, uuid):
    """Wait for the next job that asks for ``uuid`` to end."""
    before = calls.count(uuid)
    qtbot.waitUntil(lambda: calls.count(uuid) > before and not sampler._busy, timeout=10000)


def test_a_refused_vm_read_alone_is_no_failure_of_the_host(connected, qtbot, monkeypatch):
    """A VM an ACL does not let be read, read alone (it came into view, or started: a
    prompt job for it only), failed the whole job: every VM of the host was said to fail
    ('Could not read the performance of the virtual machines on …' in the main window,
    the rows' figures blanked), then 'read again' at the next job, each time."""
    from tests.helpers import DEMO_VMS

    web01, db01 = DEMO_VMS["web01"], DEMO_VMS["db01"]
    calls = _refusing(monkeypatch, {web01})
    sampler = sampler_for(connected)
    told = []
    sampler.failed.connect(lambda text: told.append(("failed", text)))
    sampler.recovered.connect(lambda: told.append(("recovered",)))
    sampler.watch("list", [db01])
    qtbot.waitUntil(lambda: sampler.latest(db01) is not None, timeout=10000)
    sampler.watch("panel", [web01])  # into view: read at once, alone
    _one_more_job(qtbot, sampler, calls, web01)
    assert sampler.refusal(web01) == "access denied: 'domain:read' refused"
    assert told == [] and sampler.failure == ""


@pytest.mark.parametrize("watched", [False, True])
def test_a_host_that_refuses_every_vm_fails_until_one_is_read(connected, qtbot, monkeypatch,
                                                               watched):
    """Every running VM refused: the host's failure, said once, also where a job asks for
    only some of them (those on screen) while none was ever read; a job that reads only
    some of them (all refused too) does not end it, one that reads a VM does."""
    from tests.helpers import DEMO_VMS

    web01 = DEMO_VMS["web01"]
    refused = running_uuids(connected)
    calls = _refusing(monkeypatch, refused)
    sampler = sampler_for(connected)
    sampler.set_interval(500)
    told = []
    sampler.recovered.connect(lambda: told.append("recovered"))
    with qtbot.waitSignal(sampler.failed, timeout=10000) as failed:
        if watched:  # only web01 on screen: the others are read a few at a time
            sampler.watch("list", [web01])
    assert failed.args == ["access denied: 'domain:read' refused"]
    sampler.watch("list", [web01])
    _one_more_job(qtbot, sampler, calls, web01)
    _one_more_job(qtbot, sampler, calls, web01)
    assert told == [] and sampler.failure == "access denied: 'domain:read' refused"
    refused.clear()  # the ACL lifted
    with qtbot.waitSignal(sampler.recovered, timeout=10000):
        pass
    assert sampler.failure == ""


def test_an_overloaded_gui_thread_lets_at_most_two_intervals_in_a_row_pass(connected, qtbot, monkeypatch):
    """While the GUI thread waits for a CPU (the desktop's cores overloaded), the
    interval's job is let pass, never three times in a row; the job that runs reads what
    it would have (a sparkline counts a late reading as the intervals it spans)."""
    from kvmgui.utils import cpuwait

    monkeypatch.setattr(cpuwait.Backoff, "enabled", True)
    offset = [0.0]
    real = stats.time.monotonic
    monkeypatch.setattr(stats, "time", type("Clock", (), {"monotonic": lambda: real() + offset[0]}))
    sampler = sampler_for(connected)
    sampler.set_interval(stats.MAX_INTERVAL_MS)
    qtbot.waitUntil(lambda: not sampler._first_due and not sampler._busy
                    and not sampler._prompt.isActive(), timeout=5000)
    offset[0] += stats.MIN_WINDOW_MS / 1000  # the first reading is not too recent to repeat
    shares = iter([0.5] * 5 + [0.0])
    sampler._backoff = cpuwait.Backoff(gauge=type("Gauge", (), {"waited": lambda _s: next(shares)})())
    jobs = []
    start = sampler._start
    monkeypatch.setattr(sampler, "_start", lambda wanted: (jobs.append(wanted), start(wanted)))
    ran = []
    for _turn in range(6):
        before = len(jobs)
        sampler._tick()  # the timer's turn
        ran.append(len(jobs) > before)
        qtbot.waitUntil(lambda: not sampler._busy, timeout=5000)
    assert ran == [False, False, True, False, False, True]
    assert jobs[0] == frozenset(running_uuids(connected))
