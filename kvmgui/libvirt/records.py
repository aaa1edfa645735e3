"""Plain, immutable snapshots of libvirt objects, safe to hand between threads."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

import libvirt


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
    def words(self) -> str:
        return _STATE_WORDS[self]

    @property
    def is_active(self) -> bool:
        return self not in (DomainState.SHUTOFF, DomainState.NOSTATE, DomainState.CRASHED)

    @property
    def icon_name(self) -> str:
        return _STATE_ICONS[self]


_STATE_WORDS = {
    DomainState.NOSTATE: "Unknown",
    DomainState.RUNNING: "Running",
    DomainState.BLOCKED: "Running",  # idle on I/O: a person calls that running
    DomainState.PAUSED: "Paused",
    DomainState.SHUTDOWN: "Shutting down",
    DomainState.SHUTOFF: "Shut off",
    DomainState.CRASHED: "Crashed",
    DomainState.PMSUSPENDED: "Suspended",
}

_STATE_ICONS = {
    DomainState.NOSTATE: "dialog-question",
    DomainState.RUNNING: "media-playback-start",
    DomainState.BLOCKED: "media-playback-start",
    DomainState.PAUSED: "media-playback-pause",
    DomainState.SHUTDOWN: "system-shutdown",
    DomainState.SHUTOFF: "media-playback-stop",
    DomainState.CRASHED: "dialog-error",
    DomainState.PMSUSPENDED: "media-playback-pause",
}


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


@dataclass(frozen=True, slots=True)
class NetworkRecord:
    uuid: str
    name: str
    active: bool
    persistent: bool
    autostart: bool
    bridge: str
    xml: str

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

    @property
    def key(self) -> str:
        return self.uuid


@dataclass(frozen=True, slots=True)
class LibvirtEvent:
    """One event from libvirt, copied out of the callback (for timelines and logs)."""

    time: float
    kind: str  # "domain", "network", "pool"
    uuid: str
    name: str
    event: str  # in words, e.g. "Started"
    detail: str  # in words, e.g. "Booted"
    event_id: int = -1  # the libvirt lifecycle event number, when it is one
    detail_id: int = -1
