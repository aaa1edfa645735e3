"""What a host is (versions, CPU, memory, KVM or TCG) and how busy it is.

``host_info`` is a blocking reader for a worker (``conn.run(host_info, done=...)``);
``HostMonitor`` samples the host's CPU and memory use in a worker while someone
watches (the host details window), and keeps a short history for its graphs.
"""

from __future__ import annotations

import logging
import time
from collections import deque
from dataclasses import dataclass
from enum import Enum
from functools import partial
from typing import Any

import libvirt
from PySide6.QtCore import QObject, QTimer, Signal

from kvmgui.libvirt import fanout
from kvmgui.libvirt.connection import Connection, ConnState, StateReason, error_text
from kvmgui.xml.base import XMLParseError, parse_xml

log = logging.getLogger(__name__)


class Acceleration(Enum):
    """How guests run (codes; ``models.words.acceleration_text`` words them)."""

    KVM = "kvm"  # hardware acceleration through /dev/kvm
    TCG = "tcg"  # QEMU's emulation: much slower
    NOT_APPLICABLE = "none"  # not a QEMU/KVM host


@dataclass(frozen=True, slots=True)
class HostInfo:
    hostname: str
    uri: str
    driver: str  # "QEMU", "TEST", …
    libvirt_version: str  # "9.0.0"; "" when the host does not say
    hypervisor_version: str
    acceleration: Acceleration
    cpu_model: str
    cpus: int  # 0: unknown, as are a mhz and a memory_kib of 0
    mhz: int
    memory_kib: int


def version_words(number: int) -> str:
    """libvirt's packed version (major * 1e6 + minor * 1e3 + release) as '9.0.0'; ''
    when unknown."""
    if number <= 0:
        return ""
    return f"{number // 1_000_000}.{number // 1000 % 1000}.{number % 1000}"


def acceleration_from_caps(caps_xml: str, driver: str) -> Acceleration:
    """KVM or TCG, from the capabilities' guest domain types."""
    if driver.upper() != "QEMU":
        return Acceleration.NOT_APPLICABLE
    try:
        root = parse_xml(caps_xml)
    except XMLParseError:
        return Acceleration.TCG
    kinds = {d.get("type") for d in root.iterfind("guest/arch/domain")}
    return Acceleration.KVM if "kvm" in kinds else Acceleration.TCG


# What the QEMU driver answers when its emulator cannot use KVM on this host ("the accel
# 'kvm' is not supported by …"; older libvirt: "KVM is not supported by …").
_NO_KVM = (libvirt.VIR_ERR_CONFIG_UNSUPPORTED, libvirt.VIR_ERR_INVALID_ARG)


def _acceleration(conn: libvirt.virConnect, driver: str, caps_xml: str,
                  domain_caps: object) -> Acceleration:
    """``domain_caps``: what ``getDomainCapabilities`` for kvm answered, or its
    ``fanout.Failure``."""
    if driver.upper() != "QEMU":
        return Acceleration.NOT_APPLICABLE
    exc = fanout.refusal(domain_caps)
    if exc is None:
        # Answered only when the daemon can use /dev/kvm for the host's architecture.
        return Acceleration.KVM
    if exc.get_error_code() in _NO_KVM:
        return Acceleration.TCG
    # Not answered (a read-only connection, an ACL, an old daemon, a dropped link): the
    # capabilities list a kvm domain type only when KVM is usable.
    log.debug("domain capabilities of %s: %s", conn.getURI(), error_text(exc))
    return acceleration_from_caps(caps_xml, driver)


def _cpu_model(caps_xml: str, fallback: str) -> str:
    try:
        root = parse_xml(caps_xml)
    except XMLParseError:
        return fallback
    model = root.findtext("host/cpu/model")
    vendor = root.findtext("host/cpu/vendor")
    return " ".join(p for p in (vendor, model) if p) or fallback


def _answer(got: Any, default: Any) -> Any:
    """A read's answer; ``default`` when libvirt refused it (anything else is raised)."""
    return got if fanout.refusal(got) is None else default


def host_info(conn: libvirt.virConnect) -> HostInfo:
    """Blocking: run in a worker. What the host does not tell is empty or 0 (unknown).
    Its seven reads go at once, side by side for a far host (``fanout``): one round trip
    where one after another took seven (4.2 s behind a 300 ms link, before the host's
    overview showed anything)."""
    info, driver, caps, hostname, hv, lib, domain_caps = fanout.outcomes([
        conn.getInfo, conn.getType, conn.getCapabilities, conn.getHostname, conn.getVersion,
        conn.getLibVersion, partial(conn.getDomainCapabilities, None, None, None, "kvm", 0),
    ], fanout.width_for(conn))
    if (refused := fanout.refusal(info)) is not None:
        # Refused (an ACL without connect:read) or not answered by this host's driver: the
        # rest is still worth showing. A dropped link fails the version read below.
        log.debug("node info of %s: %s", conn.getURI(), error_text(refused))
    arch, mem_mib, cpus, mhz, *_ = _answer(info, ("", 0, 0, 0))
    for needed in (driver, lib):
        if isinstance(needed, fanout.Failure):
            raise needed.error
    caps = _answer(caps, "")
    hypervisor = _answer(hv, None)
    return HostInfo(
        hostname=str(_answer(hostname, "")), uri=conn.getURI(), driver=driver,
        libvirt_version=version_words(lib),
        hypervisor_version="" if hypervisor is None else version_words(int(hypervisor)),
        acceleration=_acceleration(conn, driver, caps, domain_caps), cpu_model=_cpu_model(caps, arch),
        cpus=cpus, mhz=mhz, memory_kib=mem_mib * 1024,
    )


# -- live host load -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class HostCounters:
    time: float
    busy_ns: int
    total_ns: int
    memory_used_kib: int | None
    memory_total_kib: int


@dataclass(frozen=True, slots=True)
class HostSample:
    time: float
    cpu: float | None  # percent of all host CPUs; None when the driver does not say
    memory_used_kib: float | None
    memory_total_kib: float


def host_counters(conn: libvirt.virConnect, known_total_kib: int = 0) -> HostCounters:
    """Blocking: cumulative CPU times and current memory use of the host.

    ``known_total_kib``: the host's memory as an earlier reading found it (0: not known),
    taken where the host's memory figures do not say it; the host's info is asked for it
    only where neither does (a round trip of its own at every reading, over a slow link).
    """
    cpu, m = fanout.outcomes([  # at once: one round trip, not two, for a far host
        partial(conn.getCPUStats, libvirt.VIR_NODE_CPU_STATS_ALL_CPUS, 0),
        partial(conn.getMemoryStats, libvirt.VIR_NODE_MEMORY_STATS_ALL_CELLS, 0)],
        fanout.width_for(conn))
    if isinstance(cpu, fanout.Failure):
        exc = cpu.error
        if not isinstance(exc, libvirt.libvirtError) or exc.get_error_code() != libvirt.VIR_ERR_NO_SUPPORT:
            raise exc
        cpu = {}  # the driver has no host CPU times: counters that never move (no load)
    total = sum(int(v) for v in cpu.values())
    busy = total - int(cpu.get("idle", 0)) - int(cpu.get("iowait", 0))
    used: int | None
    m = _answer(m, None)
    if m is not None and "total" in m:
        mem_total = int(m["total"])
    else:
        mem_total = known_total_kib or conn.getInfo()[1] * 1024
    if m is not None:
        used = mem_total - int(m.get("free", 0)) - int(m.get("buffers", 0)) - int(m.get("cached", 0))
    else:
        try:
            free = conn.getFreeMemory() // 1024
        except libvirt.libvirtError as exc:
            # Memory use unknown: the CPU load read above is still worth a sample.
            log.debug("no free memory figure: %s", error_text(exc))
            free = 0
        # 0 free is no figure, so unknown. (libvirt 9.0's test driver answers 3145728, its
        # KiB taken as bytes: the demo host looks all but full; a real host says bytes.)
        used = mem_total - free if free > 0 else None
    return HostCounters(time.monotonic(), busy, total, used, mem_total)


def host_rates(prev: HostCounters | None, cur: HostCounters) -> HostSample:
    cpu = None
    if prev is not None and cur.total_ns > prev.total_ns:
        cpu = min(max((cur.busy_ns - prev.busy_ns) / (cur.total_ns - prev.total_ns) * 100, 0.0), 100.0)
    used = None if cur.memory_used_kib is None else float(cur.memory_used_kib)
    return HostSample(cur.time, cpu, used, float(cur.memory_total_kib))


class HostMonitor(QObject):
    """Samples one host's CPU and memory use while started.

    Signals:
        sampled(HostSample): a new sample (GUI thread).
        failed(str): a reading failed, in libvirt's words.
    """

    sampled = Signal(object)
    failed = Signal(str)

    def __init__(self, conn: Connection, interval_ms: int = 2000, length: int = 180,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.conn = conn
        self.samples: deque[HostSample] = deque(maxlen=length)
        self._prev: HostCounters | None = None
        self._busy = False
        self._session = 0  # bumps on disconnect: a reading of the session before is dropped
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.sample_now)
        conn.stateChanged.connect(self._conn_state)

    def start(self) -> None:
        self._timer.start()
        self.sample_now()

    def stop(self) -> None:
        """Stop sampling; what was sampled is forgotten (see ``_forget``)."""
        self._timer.stop()
        self._forget()

    def set_interval(self, ms: int) -> None:
        self._timer.setInterval(ms)

    def sample_now(self) -> None:
        if self._busy or self.conn.state != ConnState.CONNECTED:
            return
        self._busy = True
        session = self._session
        total = self._prev.memory_total_kib if self._prev is not None else 0
        self.conn.run(host_counters, total, done=lambda c: self._done(session, c),
                      failed=lambda e: self._failed(session, e), context=self)

    def _done(self, session: int, counters: HostCounters) -> None:
        if session != self._session:
            return  # its turn was freed by ``_forget``: the new session's may be out
        self._busy = False
        sample = host_rates(self._prev, counters)
        self._prev = counters
        self.samples.append(sample)
        self.sampled.emit(sample)

    def _failed(self, session: int, exc: BaseException) -> None:
        log.debug("host sample of %s failed: %s", self.conn.uri, error_text(exc))
        if session == self._session:  # not a reading cut off by a disconnect
            self._busy = False
            self.failed.emit(error_text(exc))

    def _conn_state(self, state: ConnState, _reason: StateReason) -> None:
        if state != ConnState.CONNECTED:
            self._forget()

    def _forget(self) -> None:
        # Nothing was read meanwhile: the next CPU figure would be the average over that
        # time, and a graph's line would run straight across it.
        self._prev = None
        self.samples.clear()
        self._session += 1  # a reading in flight is dropped
        self._busy = False  # and does not hold up the next (it may hang in a dead link)


