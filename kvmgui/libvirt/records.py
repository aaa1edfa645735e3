"""Plain, immutable snapshots of libvirt objects, safe to hand between threads."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

import libvirt

from kvmgui.xml.network import NetworkSummary
from kvmgui.xml.network_validate import HostNetwork


class DomainState(IntEnum):
    NOSTATE = libvirt.VIR_DOMAIN_NOSTATE
    RUNNING = libvirt.VIR_DOMAIN_RUNNING
    BLOCKED = libvirt.VIR_DOMAIN_BLOCKED
    PAUSED = libvirt.VIR_DOMAIN_PAUSED
    SHUTDOWN = libvirt.VIR_DOMAIN_SHUTDOWN
    SHUTOFF = libvirt.VIR_DOMAIN_SHUTOFF
    CRASHED = libvirt.VIR_DOMAIN_CRASHED
    PMSUSPENDED = libvirt.VIR_DOMAIN_PMSUSPENDED

    @property
    def is_active(self) -> bool:
        # CRASHED is a VM kept after a guest panic (on_crash preserve): libvirt keeps it
        # running (its console shows the panic; Force Off ends it). A VM stopped by a crash
        # is SHUTOFF, with reason "crashed".
        return self not in (DomainState.SHUTOFF, DomainState.NOSTATE)


# The same as a set, for loops over thousands of records (a set lookup, not a property).
ACTIVE_STATES = frozenset(s for s in DomainState if s.is_active)


@dataclass(frozen=True, slots=True)
class DomainRecord:
    uuid: str
    name: str
    state: DomainState
    reason: int = 0
    id: int = -1
    persistent: bool = True
    autostart: bool = False
    vcpus: int = 0
    max_memory_kib: int = 0
    memory_kib: int = 0

    @property
    def key(self) -> str:
        return self.uuid

    def with_state(self, state: DomainState) -> DomainRecord:
        """This record in another state: what an event announces. Not
        ``dataclasses.replace``, which costs three times as much, in a burst of
        hundreds on the GUI thread (every field passed here; a test checks)."""
        return DomainRecord(self.uuid, self.name, state, self.reason, self.id, self.persistent,
                            self.autostart, self.vcpus, self.max_memory_kib, self.memory_kib)


@dataclass(frozen=True, slots=True)
class NetworkRecord:
    uuid: str
    name: str
    active: bool
    persistent: bool
    autostart: bool
    bridge: str
    xml: str
    # Its name, bridge and subnets as the clash checks see them, and its list row's values,
    # read with the XML in the worker: the network wizard parsed every network's XML on
    # the GUI thread at each network event, the network list each changed one's.
    host_network: HostNetwork
    summary: NetworkSummary

    @property
    def key(self) -> str:
        return self.uuid


@dataclass(frozen=True, slots=True)
class PoolRecord:
    uuid: str
    name: str
    active: bool
    persistent: bool
    autostart: bool
    capacity: int
    allocation: int
    available: int
    xml: str
    # The XML's type attribute and target path ('' where none or it could not be read),
    # read with it in the worker: the pool list, the Storage tab, the pool wizard (every
    # pool's target, to find a clash) and forms that offer pools by their type had to
    # parse the XML on the GUI thread at each pool event.
    pool_type: str
    target_path: str

    @property
    def key(self) -> str:
        return self.uuid


@dataclass(frozen=True, slots=True)
class LibvirtEvent:
    """One event from libvirt, copied out of the callback (for timelines and logs).

    Codes only: ``kvmgui.models.words`` says them in words.
    """

    time: float
    kind: str  # "domain", "network", "pool"
    uuid: str
    name: str
    # Which callback: VIR_DOMAIN_EVENT_ID_*, VIR_NETWORK_EVENT_ID_*, VIR_STORAGE_POOL_EVENT_ID_*.
    event_id: int
    event: int = -1  # a lifecycle event's number (e.g. VIR_DOMAIN_EVENT_STARTED), else -1
    detail: int = -1  # a lifecycle event's detail number, else -1
    args: tuple[str | int, ...] = ()  # other events: their plain arguments (alias, path, …)
