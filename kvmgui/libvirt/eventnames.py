"""libvirt event numbers in words, for the timeline and for state changes."""

from __future__ import annotations

import libvirt

from kvmgui.libvirt.records import DomainState

E = libvirt

DOMAIN_LIFECYCLE: dict[int, tuple[str, dict[int, str]]] = {
    E.VIR_DOMAIN_EVENT_DEFINED: ("Defined", {0: "Added", 1: "Updated", 2: "Renamed", 3: "From snapshot"}),
    E.VIR_DOMAIN_EVENT_UNDEFINED: ("Undefined", {0: "Removed", 1: "Renamed"}),
    E.VIR_DOMAIN_EVENT_STARTED: (
        "Started",
        {0: "Booted", 1: "Migrated", 2: "Restored", 3: "From snapshot", 4: "Woken up", 5: "Recreated"},
    ),
    E.VIR_DOMAIN_EVENT_SUSPENDED: (
        "Suspended",
        {
            0: "Paused", 1: "Migrated", 2: "I/O error", 3: "Watchdog", 4: "Restored",
            5: "From snapshot", 6: "API error", 7: "Post-copy", 8: "Post-copy failed",
        },
    ),
    E.VIR_DOMAIN_EVENT_RESUMED: (
        "Resumed",
        {0: "Unpaused", 1: "Migrated", 2: "From snapshot", 3: "Post-copy", 4: "Post-copy failed"},
    ),
    E.VIR_DOMAIN_EVENT_STOPPED: (
        "Stopped",
        {
            0: "Shut down", 1: "Destroyed", 2: "Crashed", 3: "Migrated", 4: "Saved",
            5: "Failed", 6: "From snapshot",
        },
    ),
    E.VIR_DOMAIN_EVENT_SHUTDOWN: ("Shutdown", {0: "Finished", 1: "By guest", 2: "By host"}),
    E.VIR_DOMAIN_EVENT_PMSUSPENDED: ("PM suspended", {0: "To memory", 1: "To disk"}),
    E.VIR_DOMAIN_EVENT_CRASHED: ("Crashed", {0: "Panicked", 1: "Crash loaded"}),
}

# What a lifecycle event says about the state, before a refresh confirms it.
STATE_AFTER_EVENT: dict[int, DomainState] = {
    E.VIR_DOMAIN_EVENT_STARTED: DomainState.RUNNING,
    E.VIR_DOMAIN_EVENT_SUSPENDED: DomainState.PAUSED,
    E.VIR_DOMAIN_EVENT_RESUMED: DomainState.RUNNING,
    E.VIR_DOMAIN_EVENT_STOPPED: DomainState.SHUTOFF,
    E.VIR_DOMAIN_EVENT_PMSUSPENDED: DomainState.PMSUSPENDED,
    E.VIR_DOMAIN_EVENT_CRASHED: DomainState.CRASHED,
}

NETWORK_LIFECYCLE: dict[int, str] = {
    E.VIR_NETWORK_EVENT_DEFINED: "Defined",
    E.VIR_NETWORK_EVENT_UNDEFINED: "Undefined",
    E.VIR_NETWORK_EVENT_STARTED: "Started",
    E.VIR_NETWORK_EVENT_STOPPED: "Stopped",
}

POOL_LIFECYCLE: dict[int, str] = {
    E.VIR_STORAGE_POOL_EVENT_DEFINED: "Defined",
    E.VIR_STORAGE_POOL_EVENT_UNDEFINED: "Undefined",
    E.VIR_STORAGE_POOL_EVENT_STARTED: "Started",
    E.VIR_STORAGE_POOL_EVENT_STOPPED: "Stopped",
    E.VIR_STORAGE_POOL_EVENT_CREATED: "Created",
    E.VIR_STORAGE_POOL_EVENT_DELETED: "Deleted",
}

# Domain events besides lifecycle, by id: words for the timeline.
DOMAIN_OTHER: dict[int, str] = {
    E.VIR_DOMAIN_EVENT_ID_REBOOT: "Rebooted",
    E.VIR_DOMAIN_EVENT_ID_DEVICE_ADDED: "Device added",
    E.VIR_DOMAIN_EVENT_ID_DEVICE_REMOVED: "Device removed",
    E.VIR_DOMAIN_EVENT_ID_DEVICE_REMOVAL_FAILED: "Device removal failed",
    E.VIR_DOMAIN_EVENT_ID_AGENT_LIFECYCLE: "Guest agent",
    E.VIR_DOMAIN_EVENT_ID_METADATA_CHANGE: "Metadata changed",
    E.VIR_DOMAIN_EVENT_ID_TRAY_CHANGE: "Media tray",
    E.VIR_DOMAIN_EVENT_ID_WATCHDOG: "Watchdog",
    E.VIR_DOMAIN_EVENT_ID_IO_ERROR: "I/O error",
    E.VIR_DOMAIN_EVENT_ID_PMWAKEUP: "Woken up",
    E.VIR_DOMAIN_EVENT_ID_PMSUSPEND: "PM suspended",
    E.VIR_DOMAIN_EVENT_ID_BALLOON_CHANGE: "Memory balloon changed",
}

AGENT_STATE = {1: "connected", 2: "disconnected"}


def lifecycle_words(event: int, detail: int) -> tuple[str, str]:
    name, details = DOMAIN_LIFECYCLE.get(event, (f"Event {event}", {}))
    return name, details.get(detail, "" if detail == 0 else f"detail {detail}")


CLOSE_REASONS = {
    E.VIR_CONNECT_CLOSE_REASON_ERROR: "connection error",
    E.VIR_CONNECT_CLOSE_REASON_EOF: "the host closed the connection",
    E.VIR_CONNECT_CLOSE_REASON_KEEPALIVE: "the host stopped answering (keepalive)",
    E.VIR_CONNECT_CLOSE_REASON_CLIENT: "closed",
}
