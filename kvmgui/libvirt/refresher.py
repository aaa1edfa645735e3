"""Re-reads objects that events marked dirty, in coalesced jobs on the serial lane.

A lone event is re-read at once. In a burst the re-reading waits until it has been
quiet for ``FLUSH_QUIET_MS``, but never longer than ``FLUSH_MAX_WAIT_S`` after the
burst's first event, so one job reads every object the burst touched. A reading older
than the VM's latest event is dropped (it would show a state the VM has left; the
refresh that event asked for brings the fresh one). Lifecycle events show the state
they announce at once ("flips"); the refresh then confirms it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import partial

import libvirt
from PySide6.QtCore import QObject

from kvmgui.libvirt import fanout, fetch
from kvmgui.libvirt.connstate import error_text
from kvmgui.libvirt.eventcodes import STATE_AFTER_EVENT
from kvmgui.libvirt.records import DomainRecord, DomainState, NetworkRecord, PoolRecord
from kvmgui.libvirt.table import ObjectTable
from kvmgui.libvirt.timing import Clock, TimerFactory, monotonic, qt_timers
from kvmgui.libvirt.workers import Submit

log = logging.getLogger(__name__)

FLUSH_QUIET_MS, FLUSH_MAX_WAIT_S = 30, 0.3
KINDS = ("domain", "network", "pool")


@dataclass
class Reading:
    """What one refresh job found."""

    domains: list[DomainRecord] = field(default_factory=list)
    gone_domains: list[str] = field(default_factory=list)
    networks: list[NetworkRecord] = field(default_factory=list)
    gone_networks: list[str] = field(default_factory=list)
    pools: list[PoolRecord] = field(default_factory=list)
    gone_pools: list[str] = field(default_factory=list)


def read_dirty(conn: libvirt.virConnect | None, dirty: dict[str, set[str]],
               handles: dict[str, libvirt.virDomain]) -> Reading:
    """Worker: read each dirty object again; one that vanished is reported gone.

    In few calls, side by side (``fanout``): the dirty VMs in one bulk stats call (a
    burst of 20 VMs costs one round trip, not 20 × 4), then one by one only those it did
    not answer for; networks and pools each with their reads at once.
    """
    out = Reading()
    if conn is None:
        return out
    # Handles first (kept ones, else looked up, side by side); a failed lookup is gone.
    uuids = sorted(dirty["domain"])
    found = fanout.outcomes([partial(_handle, conn, handles, uuid) for uuid in uuids])
    doms = []
    for uuid, dom in zip(uuids, found, strict=True):
        if isinstance(dom, fanout.Failure):
            if not fetch.is_gone(dom.error):
                raise dom.error
            out.gone_domains.append(uuid)
        else:
            doms.append(dom)
    records, unanswered = fetch.some_domains(conn, doms)
    out.domains.extend(records)

    def domain(dom: libvirt.virDomain) -> DomainRecord | None:
        return fetch.domain_record(dom)

    def network(uuid: str) -> NetworkRecord | None:
        return fetch.network_record(conn.networkLookupByUUIDString(uuid))

    def pool(uuid: str) -> PoolRecord | None:
        return fetch.pool_record(conn.storagePoolLookupByUUIDString(uuid))

    jobs: list[tuple[str, str, Callable[[], object]]] = [
        ("domain", dom.UUIDString(), partial(domain, dom)) for dom in unanswered]
    jobs += [("network", uuid, partial(network, uuid)) for uuid in dirty["network"]]
    jobs += [("pool", uuid, partial(pool, uuid)) for uuid in dirty["pool"]]
    results = fanout.outcomes([read for _kind, _uuid, read in jobs])
    lists: dict[str, tuple[list[DomainRecord] | list[NetworkRecord] | list[PoolRecord],
                           list[str]]] = {
        "domain": (out.domains, out.gone_domains),
        "network": (out.networks, out.gone_networks),
        "pool": (out.pools, out.gone_pools),
    }
    for (kind, uuid, _read), result in zip(jobs, results, strict=True):
        if isinstance(result, fanout.Failure) and not fetch.is_gone(result.error):
            raise result.error
        records_of, gone = lists[kind]
        if result is None or isinstance(result, fanout.Failure):
            gone.append(uuid)
        else:
            records_of.append(result)
    return out


def _handle(conn: libvirt.virConnect, handles: dict[str, libvirt.virDomain],
            uuid: str) -> libvirt.virDomain:
    return handles.get(uuid) or conn.lookupByUUIDString(uuid)


SPEND_SLICE = 100  # replaced handles freed per turn: about half a millisecond


class Refresher(QObject):
    """Keeps a connection's tables equal to libvirt between full listings.

    ``live()`` gives the handle the jobs read through (None while not connected: then
    dirty keys wait). ``reset()`` at the end of a session forgets everything pending
    and drops the results of jobs still running.
    """

    def __init__(self, domains: ObjectTable, networks: ObjectTable, pools: ObjectTable,
                 submit: Submit, live: Callable[[], libvirt.virConnect | None], *,
                 timers: TimerFactory | None = None, clock: Clock = monotonic,
                 name: str = "", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._name = name  # for the log
        self.domains, self.networks, self.pools = domains, networks, pools
        self._submit = submit
        self._live = live
        self._clock = clock
        make_timer = timers or qt_timers(self)
        self._timer = make_timer(self.flush)
        self._epoch = 0  # bumped by reset(): results of older jobs are dropped
        self._dirty: dict[str, set[str]] = {kind: set() for kind in KINDS}
        self._pending = False  # a flush is scheduled
        self._since = 0.0  # when the burst being coalesced began
        self._seq: dict[str, int] = {}  # events seen per domain
        self._flips: dict[str, DomainState] = {}  # announced states not shown yet
        self._handles: dict[str, libvirt.virDomain] = {}
        # Handles replaced by newer ones, freed a slice per turn (see ``saw_event``).
        self._spent: list[libvirt.virDomain] = []
        self._spend_timer = make_timer(self._free_spent)

    # -- what events tell -------------------------------------------------------------

    def remember(self, handles: dict[str, libvirt.virDomain]) -> None:
        """Domain handles from a listing, reused by the refreshes."""
        self._handles.update(handles)

    def saw_event(self, uuid: str, handle: libvirt.virDomain | None) -> None:
        """An event of this domain: readings asked for before it are now stale.

        Its handle replaces the one kept: a handle's ``name()`` is the name the VM had
        when libvirt made it, and after a rename only the newer events carry the new one.
        """
        if handle is not None:
            old = self._handles.get(uuid)
            self._handles[uuid] = handle
            if old is not None:
                # Freeing a handle (virDomainFree) took 5-6 us of GUI-thread CPU per event
                # in app_probe's storm, a fifth of the work done inside libvirt's dispatch:
                # it waits for turns of its own, a slice each.
                if not self._spent:
                    self._spend_timer.start(0)
                self._spent.append(old)
        self._seq[uuid] = self._seq.get(uuid, 0) + 1

    def _free_spent(self) -> None:
        del self._spent[:SPEND_SLICE]
        if self._spent:
            self._spend_timer.start(0)

    def flip(self, uuid: str, event: int) -> None:
        """A lifecycle event: note the state it announces (shown by ``show_flips``)."""
        state = STATE_AFTER_EVENT.get(event)
        if state is not None and uuid in self.domains:
            self._flips[uuid] = state

    def show_flips(self) -> None:
        """Show the noted states now, in one batch, before any refresh confirms them."""
        if not self._flips:
            return
        flips, self._flips = self._flips, {}
        self.domains.upsert([rec.with_state(state) for uuid, state in flips.items()
                             if (rec := self.domains.get(uuid)) is not None
                             and rec.state != state])

    def mark_dirty(self, kind: str, uuid: str) -> None:
        self.mark_all_dirty(((kind, uuid),))

    def mark_all_dirty(self, keys: Iterable[tuple[str, str]]) -> None:
        """(kind, uuid) of objects to re-read: a burst's in one call. As many calls of
        ``mark_dirty`` would: a lone change is read at once, more wait for calm."""
        dirty, marked = self._dirty, 0
        for kind, uuid in keys:
            dirty[kind].add(uuid)
            marked += 1
        if not marked or self._live() is None:
            return
        now = self._clock()
        if not self._pending:
            self._pending = True
            self._since = now
            self._timer.start(0 if marked == 1 else FLUSH_QUIET_MS)
        elif now - self._since < FLUSH_MAX_WAIT_S:
            # A burst: wait until it calms down, so the re-reading (Python in a worker, which
            # competes for the GIL) runs after the events rather than slowing them down.
            self._timer.start(FLUSH_QUIET_MS)

    def reset(self) -> None:
        self._epoch += 1
        self._timer.stop()
        self._pending = False
        self._handles.clear()
        self._flips.clear()
        for dirty in self._dirty.values():
            dirty.clear()

    # -- jobs ---------------------------------------------------------------------------

    def flush(self) -> None:
        """Submit one job that reads every dirty object."""
        self._pending = False
        live = self._live()
        if live is None or not any(self._dirty.values()):
            return
        dirty = {kind: set(keys) for kind, keys in self._dirty.items()}
        for keys in self._dirty.values():
            keys.clear()
        stamps = {uuid: self._seq.get(uuid, 0) for uuid in dirty["domain"]}
        handles = {uuid: h for uuid in dirty["domain"] if (h := self._handles.get(uuid))}
        epoch = self._epoch
        self._submit(read_dirty, live, dirty, handles,
                     done=lambda reading: self._apply(epoch, stamps, reading),
                     failed=self._failed, context=self)

    def _apply(self, epoch: int, stamps: dict[str, int], reading: Reading) -> None:
        if epoch != self._epoch:
            return
        seq = self._seq
        domains = [r for r in reading.domains if seq.get(r.uuid, 0) == stamps.get(r.uuid, 0)]
        gone = [u for u in reading.gone_domains if seq.get(u, 0) == stamps.get(u, 0)]
        for uuid in gone:
            seq.pop(uuid, None)
            self._handles.pop(uuid, None)
        self.domains.upsert(domains)
        self.domains.remove(gone)
        self.networks.upsert(reading.networks)
        self.networks.remove(reading.gone_networks)
        self.pools.upsert(reading.pools)
        self.pools.remove(reading.gone_pools)

    def _failed(self, exc: BaseException) -> None:
        log.warning("refresh on %s failed: %s", self._name, error_text(exc))
