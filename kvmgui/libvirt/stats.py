"""Live performance figures of a connection's running VMs, sampled in a worker.

One ``StatsSampler`` per connection (``sampler_for(conn)``). Every interval it
runs one job. The first one is a single ``getAllDomainStats`` bulk call for the
active domains, which also tells whether the driver's bulk stats carry counters;
later jobs read the domains they are given with one ``domainListGetStats`` call
(QEMU) or, where the bulk stats lack the counters (the test driver gives only the
state), with ``info``/``blockStats``/``interfaceStats`` per domain. Rates come from
the deltas of cumulative counters and are computed in the worker; the GUI thread
only stores the results in fixed-size ring buffers (a few KiB per VM).

What is read when: the VMs someone looks at (``watch``: the VM table's visible rows,
open performance graphs) every interval; the others every ``COLD_FACTOR`` intervals
but at most ``COLD_PER_S`` of them a second, a share in each job, so the cost of a host
of thousands of VMs follows what is on screen, not the host's size. A VM that comes into view is read at once
(``watch`` asks for a prompt job). A reading that covers several intervals counts as
that many points of the history (its rates are the average over that time), so a
sparkline keeps one point per interval. Until anyone calls ``watch``, every VM is hot.

Sampling pauses while the connection is not connected and while a previous job
is still running (no pile-up on a slow host).
"""

from __future__ import annotations

import contextlib
import functools
import logging
import math
import time
from array import array
from collections import deque
from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field
from enum import IntEnum
from typing import Any, NamedTuple

import libvirt
from PySide6.QtCore import QObject, QTimer, Signal

from kvmgui.libvirt.connection import Connection, ConnState, StateReason, error_text
from kvmgui.libvirt.eventcodes import DEVICE_EVENTS
from kvmgui.libvirt.records import DomainRecord, LibvirtEvent
from kvmgui.xml.base import XMLParseError
from kvmgui.xml.devices import Disk, Interface
from kvmgui.xml.domain import DomainDoc

log = logging.getLogger(__name__)

DEFAULT_INTERVAL_MS = 2000
MIN_INTERVAL_MS, MAX_INTERVAL_MS = 500, 60000
HISTORY_LENGTH = 180  # samples kept per VM: 3 to 6 minutes at the usual intervals
# The first reading (rates need two) waits until a fresh listing has been shown: on a big
# host its one-off device scan would otherwise compete with the first paint.
FIRST_SAMPLE_MS = 300
# A VM nobody looks at is read every COLD_FACTOR intervals (10 s at the usual 1 s), and
# at most COLD_PER_S such readings a second: on a big host less often (5,000 VMs: every
# 33 s), so the cost of monitoring stays flat as the host grows.
COLD_FACTOR, COLD_PER_S = 10, 150
# A VM that comes into view is read this soon (coalesces the steps of a scroll), and
# read again this much later when that was its first reading (rates need two).
PROMPT_MS, SECOND_READING_MS = 30, 250
ACTIVE_ONLY = libvirt.VIR_CONNECT_GET_ALL_DOMAINS_STATS_ACTIVE

STATS_FLAGS = (libvirt.VIR_DOMAIN_STATS_STATE | libvirt.VIR_DOMAIN_STATS_CPU_TOTAL
               | libvirt.VIR_DOMAIN_STATS_BALLOON | libvirt.VIR_DOMAIN_STATS_VCPU
               | libvirt.VIR_DOMAIN_STATS_INTERFACE | libvirt.VIR_DOMAIN_STATS_BLOCK)


class Metric(IntEnum):
    """The series kept per VM; values are plain floats."""

    CPU = 0  # percent of the VM's vCPUs, 0..100
    MEMORY_USED = 1  # KiB
    MEMORY_TOTAL = 2  # KiB
    DISK_READ = 3  # bytes per second
    DISK_WRITE = 4
    NET_RX = 5
    NET_TX = 6


class Counters(NamedTuple):
    """Cumulative counters of one domain at one moment (worker side).

    NamedTuples, not dataclasses: a thousand of these are made every interval.
    """

    time: float  # monotonic seconds
    cpu_ns: int
    vcpus: int
    memory_used_kib: int
    memory_total_kib: int
    disk_read: int
    disk_write: int
    net_rx: int
    net_tx: int


class DomainSample(NamedTuple):
    """Rates of one domain over the last interval."""

    time: float
    cpu: float
    memory_used_kib: float
    memory_total_kib: float
    disk_read: float
    disk_write: float
    net_rx: float
    net_tx: float

    def value(self, metric: Metric) -> float:
        return float(getattr(self, _FIELDS[metric]))


_FIELDS = ("cpu", "memory_used_kib", "memory_total_kib", "disk_read", "disk_write", "net_rx",
           "net_tx")  # in Metric order


def rates(prev: Counters | None, cur: Counters) -> DomainSample | None:
    """The sample between two readings; None for the first one or after a restart."""
    if prev is None:
        return None
    t, cpu_ns, vcpus, used, total, rd, wr, rx, tx = cur
    dt = t - prev[0]
    d_cpu = cpu_ns - prev[1]
    if dt <= 0 or d_cpu < 0:
        return None  # counters reset: the VM restarted between readings
    cpu = d_cpu / (dt * 1e9 * (vcpus if vcpus > 0 else 1)) * 100.0
    return DomainSample(t, 100.0 if cpu > 100.0 else cpu, float(used), float(total),
                        max(rd - prev[5], 0) / dt, max(wr - prev[6], 0) / dt,
                        max(rx - prev[7], 0) / dt, max(tx - prev[8], 0) / dt)


# -- worker side ------------------------------------------------------------------------------


def _memory_from_stats(s: dict[str, Any]) -> tuple[int, int]:
    """(used, assigned) KiB from bulk balloon stats: the guest's view when it reports one."""
    total = int(s.get("balloon.current", 0) or s.get("balloon.maximum", 0))
    if "balloon.available" in s and "balloon.unused" in s:
        used = int(s["balloon.available"]) - int(s["balloon.unused"])
    else:
        used = int(s.get("balloon.rss", total))
    return min(max(used, 0), total) if total else max(used, 0), total


def _summed(s: dict[str, Any], prefix: str, fields: Iterable[str]) -> list[int]:
    count = int(s.get(f"{prefix}.count", 0))
    return [sum(int(s.get(f"{prefix}.{i}.{f}", 0)) for i in range(count)) for f in fields]


def counters_from_bulk(s: dict[str, Any], now: float) -> Counters:
    used, total = _memory_from_stats(s)
    rd, wr = _summed(s, "block", ("rd.bytes", "wr.bytes"))
    rx, tx = _summed(s, "net", ("rx.bytes", "tx.bytes"))
    return Counters(now, int(s["cpu.time"]), int(s.get("vcpu.current", 1)), used, total,
                    rd, wr, rx, tx)


@dataclass
class _Devices:
    disks: list[str] = field(default_factory=list)
    nics: list[str] = field(default_factory=list)


def _devices(dom: libvirt.virDomain) -> _Devices:
    try:
        doc = DomainDoc.from_string(dom.XMLDesc(0))
    except XMLParseError:
        return _Devices()
    found = _Devices()
    for dev in doc.devices():
        if isinstance(dev, Disk) and dev.target and dev.source:
            found.disks.append(dev.target)
        elif isinstance(dev, Interface) and dev.target_dev:
            found.nics.append(dev.target_dev)
    return found


def counters_per_domain(dom: libvirt.virDomain, devices: _Devices, now: float) -> Counters:
    """The fallback for drivers whose bulk stats lack counters: a few calls per domain."""
    _state, _max_kib, mem_kib, vcpus, cpu_ns = dom.info()
    rd = wr = rx = tx = 0
    for target in devices.disks:
        try:
            s = dom.blockStats(target)
        except libvirt.libvirtError:
            continue  # an empty CD-ROM, or a disk unplugged since we read the XML
        rd, wr = rd + max(s[1], 0), wr + max(s[3], 0)
    for target in devices.nics:
        try:
            s = dom.interfaceStats(target)
        except libvirt.libvirtError:
            continue
        rx, tx = rx + max(s[0], 0), tx + max(s[4], 0)
    return Counters(now, cpu_ns, vcpus, mem_kib, mem_kib, rd, wr, rx, tx)


class SampleJob:
    """The worker half of a sampler: holds the last counters, handles and device lists.

    Only one job of a sampler runs at a time, so its state needs no lock.
    """

    def __init__(self) -> None:
        self.previous: dict[str, Counters] = {}
        self.devices: dict[str, _Devices] = {}
        self.handles: dict[str, libvirt.virDomain] = {}
        self.bulk: bool | None = None  # learnt from the first answer

    def __call__(self, conn: libvirt.virConnect, wanted: frozenset[str] = frozenset(),
                 changed_devices: frozenset[str] = frozenset(),
                 forget: frozenset[str] = frozenset()) -> dict[str, DomainSample | None]:
        """uuid -> sample (None: first reading) for the domains read.

        ``wanted``: the active domains to read now (the first job reads every active
        domain: it learns from the bulk answer whether the driver has counters there).
        ``changed_devices``: uuids whose device lists must be read again (hotplug).
        ``forget``: uuids that stopped or went since the last job.
        """
        for uuid in changed_devices:
            self.devices.pop(uuid, None)
        for uuid in forget:
            self.previous.pop(uuid, None)
            self.devices.pop(uuid, None)
            self.handles.pop(uuid, None)
        if self.bulk is None:
            current = self._learn(conn, wanted)
        elif self.bulk:
            current = self._listed(conn, wanted)
        else:
            current = self._per_domain(conn, wanted)
        previous = self.previous
        out = {uuid: rates(previous.get(uuid), c) for uuid, c in current.items()}
        previous.update(current)
        return out

    def _learn(self, conn: libvirt.virConnect, wanted: frozenset[str]) -> dict[str, Counters]:
        answer = conn.getAllDomainStats(STATS_FLAGS, ACTIVE_ONLY)
        now = time.monotonic()
        current: dict[str, Counters] = {}
        for dom, s in answer:
            uuid = dom.UUIDString()
            self.handles[uuid] = dom
            if "cpu.time" in s:
                current[uuid] = counters_from_bulk(s, now)
            elif uuid in wanted:
                with contextlib.suppress(libvirt.libvirtError):  # stopped meanwhile: a normal race
                    current[uuid] = self._read_one(dom, uuid)
        if answer:
            # No counters for any domain: the driver's bulk stats are only states (the test
            # driver); read per domain through kept handles from now on.
            self.bulk = any("cpu.time" in s for _d, s in answer)
        return current

    def _handles_of(self, conn: libvirt.virConnect, wanted: frozenset[str]) -> dict[str, libvirt.virDomain]:
        handles = self.handles
        found = {}
        for uuid in wanted:
            dom = handles.get(uuid)
            if dom is None:
                try:
                    dom = handles[uuid] = conn.lookupByUUIDString(uuid)
                except libvirt.libvirtError as exc:
                    # Stopped or vanished since the table said otherwise: a normal race.
                    log.debug("no stats for %s: %s", uuid, error_text(exc))
                    continue
            found[uuid] = dom
        return found

    def _listed(self, conn: libvirt.virConnect, wanted: frozenset[str]) -> dict[str, Counters]:
        """One bulk call for the wanted domains (domains gone meanwhile are left out)."""
        doms = self._handles_of(conn, wanted)
        if not doms:
            return {}
        # No filter flags (drivers may refuse them with a list): a domain that stopped
        # meanwhile comes back without counters and is left out below.
        answer = conn.domainListGetStats(list(doms.values()), STATS_FLAGS, 0)
        now = time.monotonic()
        return {dom.UUIDString(): counters_from_bulk(s, now) for dom, s in answer if "cpu.time" in s}

    def _per_domain(self, conn: libvirt.virConnect, wanted: frozenset[str]) -> dict[str, Counters]:
        current: dict[str, Counters] = {}
        for uuid, dom in self._handles_of(conn, wanted).items():
            try:
                current[uuid] = self._read_one(dom, uuid)
            except libvirt.libvirtError as exc:
                log.debug("no stats for %s: %s", uuid, error_text(exc))
                self.handles.pop(uuid, None)
        return current

    def _read_one(self, dom: libvirt.virDomain, uuid: str) -> Counters:
        devices = self.devices.get(uuid)
        if devices is None:
            devices = self.devices[uuid] = _devices(dom)
        return counters_per_domain(dom, devices, time.monotonic())


# -- GUI side -------------------------------------------------------------------------------------


@functools.cache
def _zeros(length: int) -> tuple[array[float], array[float], array[int]]:
    return array("d", bytes(8 * length)), array("f", bytes(4 * length)), array("H", bytes(2 * length))


class History:
    """Fixed-size ring buffers of one VM's samples, oldest first when read.

    A slot holds one reading. A reading of a VM read less often stands for several
    intervals (``repeat``); reading ``values``/``times`` gives such a slot as that many
    points (the same rates, at evenly spaced times), so a graph keeps one point per
    interval. ``len()`` counts readings.
    """

    __slots__ = ("_count", "_head", "_multi", "_reps", "_series", "_times", "length")

    def __init__(self, length: int = HISTORY_LENGTH) -> None:
        self.length = length
        zeros = _zeros(length)  # copies of kept empty arrays: thousands are made
        self._times = zeros[0][:]
        self._series = [zeros[1][:] for _ in _FIELDS]
        self._reps = zeros[2][:]  # intervals each slot stands for
        self._multi = 0  # slots in the ring with a repeat over 1: none, the fast path
        self._head = 0  # next slot to write
        self._count = 0

    def __len__(self) -> int:
        return self._count

    def append(self, sample: DomainSample, repeat: int = 1) -> None:
        """Store ``sample``, which stands for ``repeat`` intervals."""
        # Unrolled: a thousand VMs a second go through here on the GUI thread.
        i = self._head
        s = self._series
        self._times[i] = sample.time
        s[0][i], s[1][i], s[2][i], s[3][i] = (sample.cpu, sample.memory_used_kib,
                                              sample.memory_total_kib, sample.disk_read)
        s[4][i], s[5][i], s[6][i] = sample.disk_write, sample.net_rx, sample.net_tx
        reps = self._reps
        if reps[i] > 1:
            self._multi -= 1
        if repeat > 1:
            repeat = min(repeat, self.length)
            self._multi += 1
        reps[i] = repeat
        self._head = (i + 1) % self.length
        if self._count < self.length:
            self._count += 1

    def _ordered(self, buf: array[float], last: int | None) -> list[float]:
        if self._multi:
            return self._expanded(buf, last, False)
        n = self._count if last is None else min(last, self._count)
        start = (self._head - n) % self.length
        if start + n <= self.length:
            return buf[start:start + n].tolist()
        return buf[start:].tolist() + buf[:start + n - self.length].tolist()

    def _expanded(self, buf: array[float], last: int | None, times: bool) -> list[float]:
        """Newest first, each slot as its repeat count of points; then reversed."""
        want = self.length if last is None else last
        out: list[float] = []
        n, i, reps, stamps = self.length, self._head, self._reps, self._times
        for left in range(self._count - 1, -1, -1):
            if len(out) >= want:
                break
            i = (i - 1) % n
            k = min(reps[i], want - len(out))
            if not times:
                out.extend([buf[i]] * k)
                continue
            t = stamps[i]
            step = (t - stamps[(i - 1) % n]) / reps[i] if left else 0.0
            out.extend(t - j * step for j in range(k))
        out.reverse()
        return out

    def values(self, metric: Metric, last: int | None = None) -> list[float]:
        """The last ``last`` points (all: up to ``length``) of ``metric``, oldest first."""
        return self._ordered(self._series[metric], last)

    def times(self, last: int | None = None) -> list[float]:
        if self._multi:
            return self._expanded(self._times, last, True)
        return self._ordered(self._times, last)

    def latest(self) -> DomainSample | None:
        if not self._count:
            return None
        i = (self._head - 1) % self.length
        return DomainSample(self._times[i], *(s[i] for s in self._series))


class StatsSampler(QObject):
    """Samples the running VMs of one connection; keeps a history per VM.

    Hot VMs (watched: on screen, graphed) are read every interval, the others every
    ``COLD_FACTOR`` intervals; see the module docstring.

    Signals:
        sampled(list): uuids with a new sample (on the GUI thread).
        cleared(list): uuids whose figures no longer apply (stopped, gone, disconnected).
        failed(str): a sampling job failed, in libvirt's words.
    """

    sampled = Signal(list)
    cleared = Signal(list)
    failed = Signal(str)

    def __init__(self, conn: Connection, interval_ms: int = DEFAULT_INTERVAL_MS,
                 history_length: int = HISTORY_LENGTH) -> None:
        super().__init__(conn)
        self.setObjectName("statsSampler")
        self.conn = conn
        self.history_length = history_length
        self._histories: dict[str, History] = {}
        self._latest: dict[str, DomainSample] = {}
        self._job = SampleJob()
        self._busy = False
        self._changed_devices: set[str] = set()
        self._forget: set[str] = set()
        self._active = {r.uuid for r in conn.domains.records() if r.state.is_active}
        self._watchers: dict[Hashable, frozenset[str] | None] = {}
        self._hot: set[str] | None = None  # None: every active VM is hot
        self._cold: deque[str] = deque()  # the cold VMs still to read in this round
        self._urgent: set[str] = set()  # came into view: read in the next (prompt) job
        self._generation = 0  # bumps on disconnect: results of an old session are dropped
        self._timer = QTimer(self)
        self._timer.setInterval(_clamp(interval_ms))
        self._timer.timeout.connect(self.sample_now)
        self._prompt = QTimer(self)
        self._prompt.setSingleShot(True)
        self._prompt.timeout.connect(self._sample_urgent)
        conn.stateChanged.connect(self._conn_state)
        conn.domains.added.connect(self._domains_changed)
        conn.domains.removed.connect(self._domains_removed)
        conn.domains.changed.connect(self._domains_changed)
        conn.events.connect(self._events)
        if conn.state == ConnState.CONNECTED:
            self._timer.start()
            QTimer.singleShot(FIRST_SAMPLE_MS, self.sample_now)

    # -- public -------------------------------------------------------------------------

    @property
    def interval_ms(self) -> int:
        return self._timer.interval()

    def set_interval(self, ms: int) -> None:
        self._timer.setInterval(_clamp(ms))

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def history(self, uuid: str) -> History | None:
        return self._histories.get(uuid)

    def latest(self, uuid: str) -> DomainSample | None:
        return self._latest.get(uuid)

    def watch(self, who: Hashable, uuids: Iterable[str] | None) -> None:
        """``who`` (a view, a graph) shows these VMs (None: every VM): read them every
        interval, and those not read within the last interval at once."""
        wanted = None if uuids is None else frozenset(uuids)
        if who in self._watchers and self._watchers[who] == wanted:
            return
        before = self._hot
        self._watchers[who] = wanted
        self._update_hot()
        if self._hot is None:
            fresh = set() if before is None else self._active - before
        else:
            fresh = self._hot - before if before is not None else set()
        stale_before = time.monotonic() - self.interval_ms / 1000
        due = {u for u in fresh & self._active
               if (s := self._latest.get(u)) is None or s.time < stale_before}
        if due:
            self._urgent |= due
            if not self._prompt.isActive():
                self._prompt.start(PROMPT_MS)

    def unwatch(self, who: Hashable) -> None:
        """``who`` shows no VM any more."""
        if self._watchers.pop(who, False) is not False:
            self._update_hot()

    def is_hot(self, uuid: str) -> bool:
        """Whether ``uuid`` is read every interval (else every COLD_FACTOR intervals)."""
        return self._hot is None or uuid in self._hot

    def sample_now(self) -> None:
        """Start a sampling job unless one is running (or there is nothing to sample)."""
        if self._busy or self.conn.state != ConnState.CONNECTED:
            return
        if not self._active:
            self._job.previous.clear()
            return
        self._start(self._plan())

    # -- GUI thread ---------------------------------------------------------------------

    def _update_hot(self) -> None:
        if not self._watchers or any(w is None for w in self._watchers.values()):
            self._hot = None
            self._cold.clear()
            return
        hot: set[str] = set()
        for uuids in self._watchers.values():
            hot.update(uuids or ())
        self._hot = hot

    def _plan(self) -> frozenset[str]:
        """The VMs to read in this interval's job: the hot ones, anything urgent, and
        the next 1/COLD_FACTOR of the cold ones (at most COLD_PER_S a second)."""
        active, hot = self._active, self._hot
        wanted = set(active) if hot is None else (hot & active)
        wanted |= self._urgent & active
        self._urgent.clear()
        if hot is not None:
            share = min(math.ceil((len(active) - len(wanted)) / COLD_FACTOR),
                        max(1, round(COLD_PER_S * self.interval_ms / 1000)))
            queue, refilled = self._cold, False
            while share > 0:
                if not queue:
                    if refilled:
                        break
                    queue.extend(active - wanted)  # a new round over the cold VMs
                    refilled = True
                    continue
                uuid = queue.popleft()
                if uuid in active and uuid not in wanted:
                    wanted.add(uuid)
                    share -= 1
        return frozenset(wanted)

    def _sample_urgent(self) -> None:
        if self._busy:
            return  # _done starts the prompt job
        wanted = frozenset(self._urgent & self._active)
        self._urgent.clear()
        if wanted and self.conn.state == ConnState.CONNECTED:
            self._start(wanted)

    def _start(self, wanted: frozenset[str]) -> None:
        self._busy = True
        gen = self._generation
        changed, self._changed_devices = frozenset(self._changed_devices), set()
        forget, self._forget = frozenset(self._forget), set()
        self.conn.run(self._job, wanted, changed, forget,
                      done=lambda r: self._done(gen, wanted, r),
                      failed=lambda e: self._failed(gen, e), context=self)

    def _done(self, gen: int, wanted: frozenset[str], result: dict[str, DomainSample | None]) -> None:
        self._busy = False
        if gen != self._generation:
            return
        fresh = []
        interval = self.interval_ms / 1000
        for uuid, sample in result.items():
            if sample is None or uuid not in self._active:
                continue
            hist = self._histories.get(uuid)
            if hist is None:
                hist = self._histories[uuid] = History(self.history_length)
                hist.append(sample)
            else:
                # A reading of a cold VM covers several intervals: as many slots.
                last = self._latest.get(uuid)
                span = sample.time - last.time if last is not None else interval
                hist.append(sample, max(1, int(span / interval + 0.3)))
            self._latest[uuid] = sample
            fresh.append(uuid)
        self._drop([u for u in wanted if u not in result])
        if fresh:
            self.sampled.emit(fresh)
        if self._urgent:
            self._sample_urgent()
        elif self._hot is not None:
            # A watched VM read for the first time: its figures need one more reading.
            firsts = {u for u, smp in result.items() if smp is None and u in self._hot}
            if firsts:
                self._urgent |= firsts
                self._prompt.start(SECOND_READING_MS)

    def _failed(self, gen: int, exc: BaseException) -> None:
        self._busy = False
        if gen == self._generation and self.conn.state == ConnState.CONNECTED:
            log.warning("sampling %s failed: %s", self.conn.uri, error_text(exc))
            self.failed.emit(error_text(exc))

    def _conn_state(self, state: ConnState, _reason: StateReason) -> None:
        if state == ConnState.CONNECTED:
            self._timer.start()
            QTimer.singleShot(FIRST_SAMPLE_MS, self.sample_now)
            return
        self._timer.stop()
        self._prompt.stop()
        self._generation += 1
        self._busy = False
        self._job = SampleJob()  # counters of the old session mean nothing now
        self._forget.clear()
        self._cold.clear()
        self._drop(list(self._histories))

    def _drop(self, uuids: list[str]) -> None:
        gone = [u for u in uuids if self._histories.pop(u, None) is not None]
        for uuid in gone:
            self._latest.pop(uuid, None)
        if gone:
            self.cleared.emit(gone)

    def _domains_changed(self, records: list[DomainRecord]) -> None:
        stopped = []
        for r in records:
            if r.state.is_active:
                if r.uuid not in self._active:
                    self._active.add(r.uuid)
                    self._cold.appendleft(r.uuid)  # just started: its first readings soon
            elif r.uuid in self._active:
                self._active.discard(r.uuid)
                stopped.append(r.uuid)
        self._forget.update(stopped)
        self._drop([r.uuid for r in records if not r.state.is_active])

    def _domains_removed(self, uuids: list[str]) -> None:
        self._active.difference_update(uuids)
        self._forget.update(uuids)
        self._drop(uuids)

    def _events(self, events: list[LibvirtEvent]) -> None:
        for event in events:
            if event.kind == "domain" and event.event_id in DEVICE_EVENTS:
                self._changed_devices.add(event.uuid)


def _clamp(ms: int) -> int:
    return min(max(int(ms), MIN_INTERVAL_MS), MAX_INTERVAL_MS)


def sampler_for(conn: Connection) -> StatsSampler:
    """The connection's sampler, created on first use (a child of the connection)."""
    found = conn.findChild(StatsSampler, "statsSampler")
    return found if found is not None else StatsSampler(conn, _default_interval)


_default_interval = DEFAULT_INTERVAL_MS


def set_default_interval(ms: int) -> None:
    """Interval for samplers created from now on (Preferences set existing ones directly)."""
    global _default_interval
    _default_interval = _clamp(ms)
