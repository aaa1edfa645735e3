"""A domain's cumulative counters read from libvirt's answers (worker side).

From a bulk stats answer (``counters_from_bulk``: ``getAllDomainStats`` and
``domainListGetStats``), or, where a driver's bulk stats lack them, from a few calls per
domain (``counters_per_domain``) over the devices its XML lists (``read_devices``).
``kvmgui.libvirt.samples`` turns two readings into rates.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, NamedTuple

import libvirt

from kvmgui.xml.base import XMLParseError
from kvmgui.xml.devices import Disk, Interface
from kvmgui.xml.domain import DomainDoc

UNKNOWN_KIB = -1  # memory in use nobody reports: not the assigned memory, which reads as full


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
    # The disks and NICs summed. The counters are sums over them: a reading with other
    # devices (hotplug) gives no rate, also when the device event has not arrived yet.
    devices: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())



def _memory_from_stats(s: dict[str, Any]) -> tuple[int, int]:
    """(used, assigned) KiB from bulk balloon stats: the guest's view when it reports one."""
    total = int(s.get("balloon.current", 0) or s.get("balloon.maximum", 0))
    # usable is MemAvailable (libvirt >= 4.6): what `free` calls used leaves out the page
    # cache, which unused (MemFree) counts, so a guest with a big cache looked full.
    free = s.get("balloon.usable", s.get("balloon.unused"))
    if "balloon.available" in s and free is not None:
        used = int(s["balloon.available"]) - int(free)
    elif "balloon.rss" in s:
        used = int(s["balloon.rss"])
    else:
        return UNKNOWN_KIB, total
    return min(max(used, 0), total) if total else max(used, 0), total


def _summed(s: dict[str, Any], prefix: str, first: str, second: str) -> tuple[int, int, tuple[str, ...]]:
    """The sums of two counters over the devices of ``prefix``, and the names of the
    devices summed: libvirt names a disk whose counters it could not get (QEMU not
    asked: a job held the domain), and the sum without them is another device set."""
    a = b = 0
    names = []
    for i in range(int(s.get(f"{prefix}.count", 0))):
        key = f"{prefix}.{i}."
        if key + first not in s and key + second not in s:
            continue
        a += int(s.get(key + first, 0))
        b += int(s.get(key + second, 0))
        names.append(s.get(key + "name", ""))
    return a, b, tuple(names)


def counters_from_bulk(s: dict[str, Any], now: float) -> Counters:
    used, total = _memory_from_stats(s)
    rd, wr, disks = _summed(s, "block", "rd.bytes", "wr.bytes")
    rx, tx, nics = _summed(s, "net", "rx.bytes", "tx.bytes")
    # 0: not in the stats (the job asks the domain); ``rates`` reads it as 1.
    return Counters(now, int(s["cpu.time"]), int(s.get("vcpu.current", 0)), used, total,
                    rd, wr, rx, tx, (disks, nics))


# Read per domain, the device list is read again after this long: not every driver
# sends a device event for a hotplug (nor any for a CD-ROM given media). Not sooner: the
# XML costs ten times the counters (97 against 10 us a VM on the test driver), and a host
# of 5,000 VMs has 50 cold readings a second, each VM read every 100 s: at 60 s every
# one of them read the XML too (+0.5 % of a core); now one in three does.
DEVICES_MAX_AGE_S = 300.0


@dataclass
class Devices:
    disks: list[str] = field(default_factory=list)
    nics: list[str] = field(default_factory=list)
    read_at: float = 0.0  # monotonic


def read_devices(dom: libvirt.virDomain) -> Devices:
    try:
        doc = DomainDoc.from_string(dom.XMLDesc(0))
    except XMLParseError:
        return Devices()
    found = Devices()
    for dev in doc.devices():
        if isinstance(dev, Disk) and dev.target and dev.source:
            found.disks.append(dev.target)
        elif isinstance(dev, Interface) and dev.target_dev:
            found.nics.append(dev.target_dev)
    return found


def counters_per_domain(dom: libvirt.virDomain, devices: Devices, now: float) -> Counters | None:
    """The fallback for drivers whose bulk stats lack counters: a few calls per domain.
    ``info`` tells the memory assigned, not how much of it is in use. None: the domain
    stopped meanwhile (``info`` answers for it too), as the bulk read leaves it out."""
    state, _max_kib, mem_kib, vcpus, cpu_ns = dom.info()
    if state == libvirt.VIR_DOMAIN_SHUTOFF:
        return None
    rd = wr = rx = tx = 0
    disks, nics = [], []  # those that answered
    for target in devices.disks:
        try:
            s = dom.blockStats(target)
        except libvirt.libvirtError:
            continue  # an empty CD-ROM, or a disk unplugged since we read the XML
        rd, wr = rd + max(s[1], 0), wr + max(s[3], 0)
        disks.append(target)
    for target in devices.nics:
        try:
            s = dom.interfaceStats(target)
        except libvirt.libvirtError:
            continue
        rx, tx = rx + max(s[0], 0), tx + max(s[4], 0)
        nics.append(target)
    return Counters(now, cpu_ns, vcpus, UNKNOWN_KIB, mem_kib, rd, wr, rx, tx, (tuple(disks), tuple(nics)))
