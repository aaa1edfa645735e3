"""What the host is, from its capabilities and version numbers."""

import libvirt
from PySide6.QtCore import QObject, Signal

from kvmgui.libvirt import fanout
from kvmgui.libvirt.connstate import ConnState, Reason, StateReason
from kvmgui.libvirt.hostinfo import (
    Acceleration,
    HostCounters,
    HostMonitor,
    acceleration_from_caps,
    host_counters,
    host_info,
    version_words,
)
from tests.helpers import FakeError, meet, run_in_worker

QEMU_CAPS = """<capabilities><host><cpu><arch>x86_64</arch></cpu></host>
  <guest><os_type>hvm</os_type><arch name='x86_64'><domain type='{}'/></arch></guest>
</capabilities>"""


def test_kvm_or_tcg_from_capabilities():
    assert acceleration_from_caps(QEMU_CAPS.format("kvm"), "QEMU") == Acceleration.KVM
    assert acceleration_from_caps(QEMU_CAPS.format("qemu"), "QEMU") == Acceleration.TCG
    assert acceleration_from_caps(QEMU_CAPS.format("test"), "TEST") == Acceleration.NOT_APPLICABLE
    assert version_words(9_000_000) == "9.0.0" and version_words(8_002_001) == "8.2.1"


class _QemuHost:
    """A QEMU host whose domain capabilities for kvm answer with ``refusal``."""

    def __init__(self, caps: str, refusal: int) -> None:
        self.caps, self.refusal = caps, refusal

    def getInfo(self):
        return ["x86_64", 2048, 4, 2400, 1, 1, 4, 1]

    def getType(self):
        return "QEMU"

    def getCapabilities(self):
        return self.caps

    def getHostname(self):
        return "host"

    def getVersion(self):
        return 9_000_000

    def getLibVersion(self):
        return 9_000_000

    def getURI(self):
        return "qemu:///system"

    def getDomainCapabilities(self, *args):
        raise FakeError("refused", self.refusal)


def test_kvm_host_refusing_its_domain_capabilities_is_not_called_tcg():
    # A read-only connection (or an ACL, or a dropped link) refuses the question on a KVM
    # host: that says nothing about KVM, so the capabilities decide.
    for code in (libvirt.VIR_ERR_OPERATION_DENIED, libvirt.VIR_ERR_ACCESS_DENIED,
                 libvirt.VIR_ERR_RPC, libvirt.VIR_ERR_NO_SUPPORT):
        host = _QemuHost(QEMU_CAPS.format("kvm"), code)
        assert host_info(host).acceleration == Acceleration.KVM, code
    # What the QEMU driver says when the emulator cannot use KVM (newer, older libvirt).
    for code in (libvirt.VIR_ERR_CONFIG_UNSUPPORTED, libvirt.VIR_ERR_INVALID_ARG):
        host = _QemuHost(QEMU_CAPS.format("kvm"), code)
        assert host_info(host).acceleration == Acceleration.TCG, code


class _NoMemoryStats:
    """A host with CPU times but neither memory call (getMemoryStats, getFreeMemory)."""

    def getURI(self):
        return "qemu:///system"

    def getCPUStats(self, cpu, flags):
        return {"kernel": 10, "user": 20, "idle": 70, "iowait": 0}

    def getInfo(self):
        return ["x86_64", 2048, 4, 2400, 1, 1, 4, 1]

    def getMemoryStats(self, cell, flags):
        raise FakeError("this function is not supported by the connection driver", libvirt.VIR_ERR_NO_SUPPORT)

    def getFreeMemory(self):
        raise FakeError("this function is not supported by the connection driver", libvirt.VIR_ERR_NO_SUPPORT)


def test_a_host_without_memory_figures_still_gives_its_cpu_load():
    """Both memory calls failing failed the whole reading: the CPU graph stayed empty too."""
    counters = host_counters(_NoMemoryStats())
    assert (counters.busy_ns, counters.total_ns) == (30, 100)
    assert counters.memory_used_kib is None and counters.memory_total_kib == 2048 * 1024


class _Counting:
    """A host that counts the calls each reading makes (``calls``); its memory figures
    say the total where ``total`` is true (a QEMU host: /proc/meminfo's MemTotal)."""

    def __init__(self, memory_stats: bool = True, total: bool = True) -> None:
        self.calls: list[str] = []
        self.memory_stats, self.total = memory_stats, total

    def getURI(self):
        return "qemu:///system"

    def getCPUStats(self, cpu, flags):
        self.calls.append("getCPUStats")
        return {"kernel": 10, "user": 20, "idle": 70, "iowait": 0}

    def getInfo(self):
        self.calls.append("getInfo")
        return ["x86_64", 2048, 4, 2400, 1, 1, 4, 1]

    def getMemoryStats(self, cell, flags):
        self.calls.append("getMemoryStats")
        if not self.memory_stats:
            raise FakeError("this function is not supported by the connection driver",
                            libvirt.VIR_ERR_NO_SUPPORT)
        figures = {"free": 1024, "buffers": 0, "cached": 0}
        return {"total": 4096, **figures} if self.total else figures

    def getFreeMemory(self):
        self.calls.append("getFreeMemory")
        return 512 * 1024


def test_a_host_reading_asks_for_the_host_info_only_when_nothing_else_says_the_total():
    """Every reading called getInfo() for a fallback memory total: three round trips to a
    QEMU host where two say it all (getMemoryStats has the total), at every interval."""
    host = _Counting()
    counters = host_counters(host)
    assert host.calls == ["getCPUStats", "getMemoryStats"]
    assert (counters.memory_total_kib, counters.memory_used_kib) == (4096, 3072)
    # Memory figures without a total: the host's info says it once, then the earlier reading.
    host = _Counting(total=False)
    assert host_counters(host).memory_total_kib == 2048 * 1024
    assert host.calls.count("getInfo") == 1
    host.calls.clear()
    assert host_counters(host, 2048 * 1024).memory_used_kib == 2048 * 1024 - 1024
    assert "getInfo" not in host.calls
    # No memory figures at all: the same, with the free memory.
    host = _Counting(memory_stats=False)
    assert host_counters(host).memory_used_kib == 2048 * 1024 - 512
    host.calls.clear()
    assert host_counters(host, 2048 * 1024).memory_used_kib == 2048 * 1024 - 512
    assert host.calls == ["getCPUStats", "getMemoryStats", "getFreeMemory"]


class _Conn(QObject):
    """A connection whose jobs stay out until the test ends them (``jobs``: done, failed)."""

    stateChanged = Signal(object, object)
    uri = "test:///fake"

    def __init__(self):
        super().__init__()
        self.state = ConnState.CONNECTED
        self.jobs = []

    def run(self, fn, *args, done, failed, context):
        self.jobs.append((done, failed))
        self.args = args

    def set_state(self, state):
        self.state = state
        self.stateChanged.emit(state, StateReason(Reason.CONNECTED if state == ConnState.CONNECTED
                                                  else Reason.LOST))


def test_a_reading_hung_in_the_last_session_does_not_hold_up_the_next(qapp):
    """A reading blocked in a dropped link kept the monitor busy: after the reconnect the
    host's graphs got nothing until it returned; and when it did, it freed the turn of
    the new session's reading, so two ran at once."""
    conn = _Conn()
    monitor = HostMonitor(conn)
    samples = []
    monitor.sampled.connect(samples.append)
    monitor.sample_now()
    conn.set_state(ConnState.DISCONNECTED)
    conn.set_state(ConnState.CONNECTED)
    monitor.sample_now()
    assert len(conn.jobs) == 2  # not held up by the hung one
    old_done, old_failed = conn.jobs[0]
    old_done(HostCounters(1.0, 10, 100, None, 1024))
    old_failed(FakeError("End of file while reading data"))
    monitor.sample_now()
    assert len(conn.jobs) == 2 and samples == []  # the new session's reading is still out
    conn.jobs[1][0](HostCounters(2.0, 20, 200, 512, 1024))
    assert len(samples) == 1
    monitor.sample_now()
    assert len(conn.jobs) == 3
    monitor.deleteLater()


def test_the_monitor_hands_each_reading_the_memory_total_read_before(qapp):
    """So a host whose memory figures lack the total is asked for its info once, not at
    every reading; a new session (another host, maybe) reads it anew."""
    conn = _Conn()
    monitor = HostMonitor(conn)
    monitor.sample_now()
    assert conn.args == (0,)
    conn.jobs[0][0](HostCounters(1.0, 10, 100, None, 2048))
    monitor.sample_now()
    assert conn.args == (2048,)
    conn.set_state(ConnState.DISCONNECTED)
    conn.set_state(ConnState.CONNECTED)
    monitor.sample_now()
    assert conn.args == (0,)
    monitor.deleteLater()


def test_a_far_hosts_info_is_read_side_by_side_and_read_the_same(connected, qtbot, monkeypatch):
    """The host overview's seven reads go at once on a far host (one round trip, not
    seven); the same answer as near."""
    near = run_in_worker(qtbot, connected, host_info)
    assert near.driver == "TEST" and near.cpus > 0
    monkeypatch.setattr(fanout, "is_remote_uri", lambda _uri: True)
    meet(monkeypatch, [(libvirt.virConnect, "getInfo"), (libvirt.virConnect, "getCapabilities"),
                       (libvirt.virConnect, "getHostname"), (libvirt.virConnect, "getLibVersion")])
    assert run_in_worker(qtbot, connected, host_info) == near


def test_a_far_hosts_reading_asks_cpu_and_memory_at_once(monkeypatch):
    """Two round trips at every interval were one; a barrier holds each until both are in
    flight."""
    monkeypatch.setattr(fanout, "is_remote_uri", lambda _uri: True)
    meet(monkeypatch, [(_Counting, "getCPUStats"), (_Counting, "getMemoryStats")])
    counters = host_counters(_Counting())
    assert (counters.busy_ns, counters.memory_total_kib, counters.memory_used_kib) == (30, 4096, 3072)
