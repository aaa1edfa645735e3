"""One reading of a connection's running VMs, and what is kept of it.

``SampleJob`` runs in a worker: the first call reads every active domain with one
``getAllDomainStats`` bulk call (which also tells whether the driver's bulk stats carry
counters), later ones the domains they are given with one ``domainListGetStats`` call
(QEMU) or, where the bulk stats lack the counters (the test driver gives only the
state) or have none (libvirt refuses it: libxl, LXC...), with
``info``/``blockStats``/``interfaceStats`` per domain (the answers become ``Counters`` in
``kvmgui.libvirt.counters``). Rates come from the deltas of cumulative ``Counters``
(``rates``), computed in the worker. ``History`` keeps
a VM's figures in fixed-size ring buffers on the GUI thread (a few KiB per VM,
``kvmgui.libvirt.history``). When and for which VMs a job runs is
``kvmgui.libvirt.stats``' business.
"""

from __future__ import annotations

import logging
import time
from enum import IntEnum
from typing import NamedTuple

import libvirt

from kvmgui.libvirt.connstate import error_text
from kvmgui.libvirt.counters import (
    DEVICES_MAX_AGE_S,
    UNKNOWN_KIB,
    Counters,
    Devices,
    counters_from_bulk,
    counters_per_domain,
    read_devices,
)

__all__ = ["SAMPLE_FIELDS", "UNKNOWN_KIB", "Counters", "DomainSample", "Metric", "Reading", "SampleJob",
           "counters_from_bulk", "counters_per_domain", "rates"]

log = logging.getLogger(__name__)

ACTIVE_ONLY = libvirt.VIR_CONNECT_GET_ALL_DOMAINS_STATS_ACTIVE

STATS_FLAGS = (libvirt.VIR_DOMAIN_STATS_STATE | libvirt.VIR_DOMAIN_STATS_CPU_TOTAL
               | libvirt.VIR_DOMAIN_STATS_BALLOON | libvirt.VIR_DOMAIN_STATS_VCPU
               | libvirt.VIR_DOMAIN_STATS_INTERFACE | libvirt.VIR_DOMAIN_STATS_BLOCK)


class Metric(IntEnum):
    """The series kept per VM; values are plain floats."""

    CPU = 0  # percent of the VM's vCPUs, 0..100
    MEMORY_USED = 1  # KiB; UNKNOWN_KIB where not reported
    MEMORY_TOTAL = 2  # KiB
    DISK_READ = 3  # bytes per second
    DISK_WRITE = 4
    NET_RX = 5
    NET_TX = 6


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
        return float(getattr(self, SAMPLE_FIELDS[metric]))


SAMPLE_FIELDS = ("cpu", "memory_used_kib", "memory_total_kib", "disk_read", "disk_write", "net_rx",
           "net_tx")  # in Metric order


def rates(prev: Counters | None, cur: Counters) -> DomainSample | None:
    """The sample between two readings; None for the first one, after a restart or
    where a counter went back."""
    if prev is None:
        return None
    t, cpu_ns, vcpus, used, total, rd, wr, rx, tx, devices = cur
    dt = t - prev[0]
    d_cpu = cpu_ns - prev[1]
    if dt <= 0 or d_cpu < 0:
        return None  # counters reset: the VM restarted between readings
    if devices != prev[9]:
        return None  # a device plugged or unplugged: the sums moved by its own total
    d_rd, d_wr, d_rx, d_tx = rd - prev[5], wr - prev[6], rx - prev[7], tx - prev[8]
    if d_rd < 0 or d_wr < 0 or d_rx < 0 or d_tx < 0:
        return None  # a device's counters restarted under the same name (a new tap): not 0 B/s
    cpu = d_cpu / (dt * 1e9 * (vcpus if vcpus > 0 else 1)) * 100.0
    return DomainSample(t, 100.0 if cpu > 100.0 else cpu, float(used), float(total),
                        d_rd / dt, d_wr / dt, d_rx / dt, d_tx / dt)


# -- worker side ------------------------------------------------------------------------------



def _during(start: float) -> float:
    """The time of a bulk call's counters: read somewhere in the call, which the first
    (every running VM) can make seconds long; its middle errs by half that at most, its
    end (the next reading's interval looked that much shorter) by all of it."""
    return (start + time.monotonic()) / 2


# A domain that stopped or went since the table said it runs: a normal race, no failure.
_GONE = frozenset({libvirt.VIR_ERR_NO_DOMAIN, libvirt.VIR_ERR_OPERATION_INVALID})


class Reading(dict[str, DomainSample | None]):
    """What a job read: uuid -> sample (None: a first reading) of the domains read.

    ``refused``: uuid -> libvirt's words, for wanted domains whose reading libvirt
    refused (an ACL on that domain), rather than gone. Where it refused every one and
    read none, the job read only some of the running VMs, or the host refuses them all:
    the sampler tells the two apart (it knows which VMs run).
    """

    def __init__(self) -> None:
        super().__init__()
        self.refused: dict[str, str] = {}


class SampleJob:
    """The worker half of a sampler: holds the last counters, handles and device lists.

    Only one job of a sampler runs at a time, so its state needs no lock.
    """

    def __init__(self) -> None:
        self.previous: dict[str, Counters] = {}
        self.devices: dict[str, Devices] = {}
        self.handles: dict[str, libvirt.virDomain] = {}
        self.vcpus: dict[str, int] = {}  # vCPU counts of domains whose bulk stats lack them
        self.replugged: set[str] = set()  # whose last reading had other devices than the one before
        self.bulk: bool | None = None  # learnt from the first answer
        self._refused: dict[str, libvirt.libvirtError] = {}  # in the call running

    def __call__(self, conn: libvirt.virConnect, wanted: frozenset[str] = frozenset(),
                 changed_devices: frozenset[str] = frozenset(),
                 forget: frozenset[str] = frozenset()) -> Reading:
        """uuid -> sample (None: first reading) for the domains read (``Reading``).

        ``wanted``: the active domains to read now (the first job reads every active
        domain: it learns from the bulk answer whether the driver has counters there).
        ``changed_devices``: uuids whose device lists must be read again (hotplug).
        ``forget``: uuids that stopped or went since the last job.
        """
        for uuid in changed_devices:
            self.devices.pop(uuid, None)
            # The counters are sums over the devices: one unplugged (or plugged) moves the
            # sum by its own total. A fresh start, not a rate from that; unless the last
            # reading saw the new devices (the event came late): it was that fresh start.
            if uuid not in self.replugged:
                self.previous.pop(uuid, None)
        for uuid in forget:
            self.previous.pop(uuid, None)
            self.replugged.discard(uuid)
            self.devices.pop(uuid, None)
            self.handles.pop(uuid, None)
            self.vcpus.pop(uuid, None)
        refused = self._refused = {}
        if self.bulk is None:
            current = self._learn(conn, wanted)
        elif self.bulk:
            current = self._listed(conn, wanted)
        else:
            current = self._per_domain(conn, wanted)
        previous, replugged = self.previous, self.replugged
        out = Reading()
        out.refused = {uuid: error_text(exc) for uuid, exc in refused.items()}
        for uuid, c in current.items():
            prev = previous.get(uuid)
            out[uuid] = rates(prev, c)
            if prev is not None and prev.devices != c.devices:
                replugged.add(uuid)
            elif replugged:
                replugged.discard(uuid)
        previous.update(current)
        return out

    def _learn(self, conn: libvirt.virConnect, wanted: frozenset[str]) -> dict[str, Counters]:
        start = time.monotonic()
        try:
            answer = conn.getAllDomainStats(STATS_FLAGS, ACTIVE_ONLY)
        except libvirt.libvirtError as exc:
            # A daemon older than bulk stats (< 1.2.8) refuses an RPC it does not know
            # with VIR_ERR_RPC ("unknown procedure", in the daemon's language).
            if exc.get_error_code() not in (libvirt.VIR_ERR_NO_SUPPORT, libvirt.VIR_ERR_RPC):
                raise
            # The driver (or daemon) has no bulk stats at all (libxl, LXC, ESX...): per
            # domain for good.
            self.bulk = False
            return self._per_domain(conn, wanted)
        now = _during(start)
        current: dict[str, Counters] = {}
        for dom, s in answer:
            uuid = dom.UUIDString()
            self.handles[uuid] = dom
            if "cpu.time" in s:
                current[uuid] = self._with_vcpus(dom, uuid, counters_from_bulk(s, now))
            elif uuid in wanted:
                try:
                    c = self._read_one(dom, uuid)
                except libvirt.libvirtError as exc:
                    self._refusal(uuid, exc)  # or stopped meanwhile: a normal race
                    continue
                if c is not None:
                    current[uuid] = c
        self._absent(conn, wanted, {dom.UUIDString() for dom, _s in answer})
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
        start = time.monotonic()
        answer = conn.domainListGetStats(list(doms.values()), STATS_FLAGS, 0)
        now = _during(start)
        current = {}
        for dom, s in answer:
            if "cpu.time" in s:
                uuid = dom.UUIDString()
                current[uuid] = self._with_vcpus(dom, uuid, counters_from_bulk(s, now))
        self._absent(conn, frozenset(doms), {dom.UUIDString() for dom, _s in answer})
        return current

    def _absent(self, conn: libvirt.virConnect, wanted: frozenset[str], answered: set[str]) -> None:
        """Ask why wanted domains are not in a bulk answer: libvirt leaves out, without a
        word, a domain gone meanwhile and one an ACL does not let be read (QEMU filters
        the list). A domain's own call says which, in libvirt's words."""
        for uuid, dom in self._handles_of(conn, wanted - answered).items():
            try:
                dom.info()
            except libvirt.libvirtError as exc:
                self._refusal(uuid, exc)

    def _refusal(self, uuid: str, exc: libvirt.libvirtError) -> None:
        """A domain not read: gone meanwhile (a normal race: looked up again next time),
        or refused (its handle kept: a lookup each reading is a round trip more)."""
        log.debug("no stats for %s: %s", uuid, error_text(exc))
        if exc.get_error_code() in _GONE:
            self.handles.pop(uuid, None)
        else:
            self._refused[uuid] = exc

    def _with_vcpus(self, dom: libvirt.virDomain, uuid: str, c: Counters) -> Counters:
        """``c`` with the domain's vCPU count where the bulk stats lack it: counted as 1,
        a VM busy on one of 4 vCPUs read 100 %. Asked once a run (hotplugged vCPUs aside)."""
        if c.vcpus > 0:
            return c
        vcpus = self.vcpus.get(uuid)
        if vcpus is None:
            try:
                vcpus = self.vcpus[uuid] = dom.info()[3]
            except libvirt.libvirtError as exc:
                log.debug("no vCPU count for %s: %s", uuid, error_text(exc))
                return c  # stopped meanwhile: the next reading asks again
        return c._replace(vcpus=vcpus)

    def _per_domain(self, conn: libvirt.virConnect, wanted: frozenset[str]) -> dict[str, Counters]:
        current: dict[str, Counters] = {}
        for uuid, dom in self._handles_of(conn, wanted).items():
            try:
                c = self._read_one(dom, uuid)
            except libvirt.libvirtError as exc:
                self._refusal(uuid, exc)
                continue
            if c is not None:
                current[uuid] = c
        return current

    def _read_one(self, dom: libvirt.virDomain, uuid: str) -> Counters | None:
        now = time.monotonic()
        devices = self.devices.get(uuid)
        if devices is None or now - devices.read_at >= DEVICES_MAX_AGE_S:
            devices = self.devices[uuid] = read_devices(dom)
            devices.read_at = now
            now = time.monotonic()  # the counters are read after the XML
        return counters_per_domain(dom, devices, now)


# -- GUI side -------------------------------------------------------------------------------------
