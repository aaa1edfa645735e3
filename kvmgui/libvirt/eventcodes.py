"""What libvirt's event numbers mean to kvmgui: which to subscribe, what they change.

Codes only; ``kvmgui/models/words.py`` puts them in words for display.
"""

from __future__ import annotations

import libvirt

from kvmgui.libvirt.records import DomainState, LibvirtEvent

E = libvirt

# The callbacks a connection registers; the order is the order of registration.
DOMAIN_EVENT_IDS: tuple[int, ...] = (
    E.VIR_DOMAIN_EVENT_ID_LIFECYCLE,
    E.VIR_DOMAIN_EVENT_ID_REBOOT,
    E.VIR_DOMAIN_EVENT_ID_DEVICE_ADDED,
    E.VIR_DOMAIN_EVENT_ID_DEVICE_REMOVED,
    E.VIR_DOMAIN_EVENT_ID_DEVICE_REMOVAL_FAILED,
    E.VIR_DOMAIN_EVENT_ID_AGENT_LIFECYCLE,
    E.VIR_DOMAIN_EVENT_ID_METADATA_CHANGE,
    E.VIR_DOMAIN_EVENT_ID_TRAY_CHANGE,
    E.VIR_DOMAIN_EVENT_ID_WATCHDOG,
    E.VIR_DOMAIN_EVENT_ID_IO_ERROR,
    E.VIR_DOMAIN_EVENT_ID_PMWAKEUP,
    E.VIR_DOMAIN_EVENT_ID_PMSUSPEND,
    E.VIR_DOMAIN_EVENT_ID_BALLOON_CHANGE,
)

# Domain events after which the record (state, memory, devices) is read again.
REREAD_DOMAIN: frozenset[int] = frozenset({
    E.VIR_DOMAIN_EVENT_ID_LIFECYCLE,
    E.VIR_DOMAIN_EVENT_ID_DEVICE_ADDED,
    E.VIR_DOMAIN_EVENT_ID_DEVICE_REMOVED,
    E.VIR_DOMAIN_EVENT_ID_BALLOON_CHANGE,
    E.VIR_DOMAIN_EVENT_ID_METADATA_CHANGE,
})

# Domain events that say the device list changed (not REMOVAL_FAILED: the device stays).
DEVICE_EVENTS: frozenset[int] = frozenset({
    E.VIR_DOMAIN_EVENT_ID_DEVICE_ADDED,
    E.VIR_DOMAIN_EVENT_ID_DEVICE_REMOVED,
})

# The lifecycle callback of each kind of object.
LIFECYCLE_ID: dict[str, int] = {
    "domain": E.VIR_DOMAIN_EVENT_ID_LIFECYCLE,
    "network": E.VIR_NETWORK_EVENT_ID_LIFECYCLE,
    "pool": E.VIR_STORAGE_POOL_EVENT_ID_LIFECYCLE,
}
POOL_REFRESH_ID = E.VIR_STORAGE_POOL_EVENT_ID_REFRESH

# What a lifecycle event says about the state, before a refresh confirms it.
STATE_AFTER_EVENT: dict[int, DomainState] = {
    E.VIR_DOMAIN_EVENT_STARTED: DomainState.RUNNING,
    E.VIR_DOMAIN_EVENT_SUSPENDED: DomainState.PAUSED,
    E.VIR_DOMAIN_EVENT_RESUMED: DomainState.RUNNING,
    E.VIR_DOMAIN_EVENT_STOPPED: DomainState.SHUTOFF,
    E.VIR_DOMAIN_EVENT_PMSUSPENDED: DomainState.PMSUSPENDED,
    E.VIR_DOMAIN_EVENT_CRASHED: DomainState.CRASHED,
}


def state_after(event: LibvirtEvent) -> DomainState | None:
    """The state a domain lifecycle event announces (None for any other event)."""
    if event.kind != "domain" or event.event_id != E.VIR_DOMAIN_EVENT_ID_LIFECYCLE:
        return None
    return STATE_AFTER_EVENT.get(event.event)
