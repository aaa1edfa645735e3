"""libvirt's codes in words: states, state reasons, connection messages and events;
and ``say``, which shows the ``Words`` of the layers below the GUI.

The libvirt layer hands out codes only (``DomainState``, ``ConnState`` +
``StateReason``, ``LibvirtEvent`` numbers); the displaying layers word them here. The
tables hold untranslated source text marked with ``QT_TRANSLATE_NOOP`` (for lupdate);
each word is translated with ``QCoreApplication.translate`` when it is shown. Logic
never compares these words: compare the codes.

Past 400 lines on purpose: the words of every code the floors below hand out (states,
connections, events, steps) sit in one file, so a translator and a reviewer find them
together.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import TYPE_CHECKING

import libvirt
from PySide6.QtCore import QCoreApplication

from kvmgui.libvirt.commands import Issued
from kvmgui.libvirt.connstate import ConnState, Reason, error_text
from kvmgui.libvirt.eventcodes import LIFECYCLE_ID, POOL_REFRESH_ID
from kvmgui.libvirt.hostinfo import Acceleration
from kvmgui.libvirt.netops import NetworkStep
from kvmgui.libvirt.records import DomainState, LibvirtEvent
from kvmgui.libvirt.sshprompts import OpenProblem
from kvmgui.utils.logs import redact
from kvmgui.utils.tr import comma_list, fill, number_text, size_text
from kvmgui.xml.filereasons import connect_reason_of, errno_reason
from kvmgui.xml.words import QT_TRANSLATE_NOOP, Arg, Bytes, Marked, Words

if TYPE_CHECKING:
    from kvmgui.libvirt.connection import Connection

E = libvirt
S = DomainState

# -- Domain states ------------------------------------------------------------------------

DOMAIN_STATES: dict[DomainState, str] = {
    S.NOSTATE: QT_TRANSLATE_NOOP("DomainState", "Unknown"),
    S.RUNNING: QT_TRANSLATE_NOOP("DomainState", "Running"),
    S.BLOCKED: QT_TRANSLATE_NOOP("DomainState", "Running"),  # idle on I/O: a person calls that running
    S.PAUSED: QT_TRANSLATE_NOOP("DomainState", "Paused"),
    S.SHUTDOWN: QT_TRANSLATE_NOOP("DomainState", "Shutting down"),
    S.SHUTOFF: QT_TRANSLATE_NOOP("DomainState", "Shut off"),
    S.CRASHED: QT_TRANSLATE_NOOP("DomainState", "Crashed"),
    S.PMSUSPENDED: QT_TRANSLATE_NOOP("DomainState", "Suspended"),
}

DOMAIN_STATE_ICONS: dict[DomainState, str] = {
    S.NOSTATE: "dialog-question",
    S.RUNNING: "media-playback-start",
    S.BLOCKED: "media-playback-start",
    S.PAUSED: "media-playback-pause",
    S.SHUTDOWN: "system-shutdown",
    S.SHUTOFF: "media-playback-stop",
    S.CRASHED: "dialog-error",
    S.PMSUSPENDED: "media-playback-pause",
}

# Why a domain is in its state (virDomainState*Reason), by state.
STATE_REASONS: dict[int, dict[int, str]] = {
    E.VIR_DOMAIN_RUNNING: {
        1: QT_TRANSLATE_NOOP("StateReason", "booted"),
        2: QT_TRANSLATE_NOOP("StateReason", "migrated"),
        3: QT_TRANSLATE_NOOP("StateReason", "restored"),
        4: QT_TRANSLATE_NOOP("StateReason", "from snapshot"),
        5: QT_TRANSLATE_NOOP("StateReason", "unpaused"),
        6: QT_TRANSLATE_NOOP("StateReason", "migration cancelled"),
        7: QT_TRANSLATE_NOOP("StateReason", "save cancelled"),
        8: QT_TRANSLATE_NOOP("StateReason", "woken up"),
        9: QT_TRANSLATE_NOOP("StateReason", "crashed"),
        10: QT_TRANSLATE_NOOP("StateReason", "post-copy"),
        11: QT_TRANSLATE_NOOP("StateReason", "post-copy failed"),
    },
    E.VIR_DOMAIN_SHUTOFF: {
        1: QT_TRANSLATE_NOOP("StateReason", "shut down"),
        2: QT_TRANSLATE_NOOP("StateReason", "forced off"),
        3: QT_TRANSLATE_NOOP("StateReason", "crashed"),
        4: QT_TRANSLATE_NOOP("StateReason", "migrated"),
        5: QT_TRANSLATE_NOOP("StateReason", "saved"),
        6: QT_TRANSLATE_NOOP("StateReason", "failed to start"),
        7: QT_TRANSLATE_NOOP("StateReason", "from snapshot"),
        8: QT_TRANSLATE_NOOP("StateReason", "daemon stopped"),
    },
    E.VIR_DOMAIN_PAUSED: {
        1: QT_TRANSLATE_NOOP("StateReason", "by the user"),
        2: QT_TRANSLATE_NOOP("StateReason", "migrating"),
        3: QT_TRANSLATE_NOOP("StateReason", "saving"),
        4: QT_TRANSLATE_NOOP("StateReason", "dumping"),
        5: QT_TRANSLATE_NOOP("StateReason", "I/O error"),
        6: QT_TRANSLATE_NOOP("StateReason", "watchdog"),
        7: QT_TRANSLATE_NOOP("StateReason", "from snapshot"),
        8: QT_TRANSLATE_NOOP("StateReason", "shutting down"),
        9: QT_TRANSLATE_NOOP("StateReason", "snapshot"),
        10: QT_TRANSLATE_NOOP("StateReason", "crashed"),
        11: QT_TRANSLATE_NOOP("StateReason", "starting up"),
        12: QT_TRANSLATE_NOOP("StateReason", "post-copy"),
        13: QT_TRANSLATE_NOOP("StateReason", "post-copy failed"),
        14: QT_TRANSLATE_NOOP("StateReason", "could not resume after a job"),  # a migration, a snapshot
    },
    E.VIR_DOMAIN_SHUTDOWN: {1: QT_TRANSLATE_NOOP("StateReason", "by the user")},
    E.VIR_DOMAIN_CRASHED: {1: QT_TRANSLATE_NOOP("StateReason", "panicked")},
}

# Translated on first display (after start-up installed the translators), then kept:
# the VM list asks for every change of every row. (Also holds ``kept`` words.)
_state_words: dict[object, str] = {}


def kept(text: Marked) -> str:
    """``say(text)``, kept after the first time: for words shown in every row of a big list."""
    key = (text.context, str(text))
    words = _state_words.get(key)
    if words is None:
        words = _state_words[key] = QCoreApplication.translate(text.context, str(text))
    return words


def kept_number(number: int) -> str:
    """A small count in the locale's digits, kept after the first time (the VM list's vCPUs)."""
    key = ("number", number)  # not the bare int: DomainState keys are ints too
    words = _state_words.get(key)
    if words is None:
        words = _state_words[key] = number_text(number)
    return words


def domain_state(state: DomainState) -> str:
    words = _state_words.get(state)
    if words is None:
        words = _state_words[state] = QCoreApplication.translate("DomainState", DOMAIN_STATES[state])
    return words


def state_reason(state: int, reason: int) -> str:
    """libvirt's reason for a domain's state in words ('' when unknown)."""
    text = STATE_REASONS.get(state, {}).get(reason)
    return QCoreApplication.translate("StateReason", text) if text else ""


def domain_state_with_reason(state: DomainState, reason: int) -> str:
    """E.g. "Shut off (forced off)"; just the state when the reason says nothing."""
    why = state_reason(int(state), reason)
    if not why:
        return domain_state(state)
    return fill(QCoreApplication.translate("StateReason", "%1 (%2)"), domain_state(state), why)


# -- Connections --------------------------------------------------------------------------

CONN_STATES: dict[ConnState, str] = {
    ConnState.DISCONNECTED: QT_TRANSLATE_NOOP("ConnState", "Disconnected"),
    ConnState.CONNECTING: QT_TRANSLATE_NOOP("ConnState", "Connecting"),
    ConnState.CONNECTED: QT_TRANSLATE_NOOP("ConnState", "Connected"),
    ConnState.FAILED: QT_TRANSLATE_NOOP("ConnState", "Failed"),
}

CLOSE_REASONS: dict[int, str] = {
    E.VIR_CONNECT_CLOSE_REASON_ERROR: QT_TRANSLATE_NOOP("Connection", "connection error"),
    E.VIR_CONNECT_CLOSE_REASON_EOF: QT_TRANSLATE_NOOP("Connection", "the host closed the connection"),
    E.VIR_CONNECT_CLOSE_REASON_KEEPALIVE: QT_TRANSLATE_NOOP(
        "Connection", "the host stopped answering (keepalive)"),
    E.VIR_CONNECT_CLOSE_REASON_CLIENT: QT_TRANSLATE_NOOP("Connection", "closed"),
}


# What a failed ssh login means, said before libvirt's own message.
OPEN_PROBLEMS: dict[OpenProblem, Marked] = {
    OpenProblem.HOST_KEY_NOT_TRUSTED: QT_TRANSLATE_NOOP(
        "Connection", "The host's key was not accepted, so ssh did not log in."),
    OpenProblem.HOST_KEY_CHANGED: QT_TRANSLATE_NOOP(
        "Connection", "The host's key differs from the one known for it: ssh refused to "
        "log in. If the host was reinstalled, remove its old key from known_hosts."),
    OpenProblem.LOGIN_REFUSED: QT_TRANSLATE_NOOP(
        "Connection", "The host refused the login: no password, key or ssh-agent identity "
        "was accepted."),
    OpenProblem.UNREACHABLE: QT_TRANSLATE_NOOP(
        "Connection", "No ssh server answered at this address."),
    OpenProblem.NO_LIBVIRT: QT_TRANSLATE_NOOP(
        "Connection", "Logged in, but libvirt is not running on the host (or not installed "
        "there): start libvirtd or virtqemud on it."),
    OpenProblem.NO_FAR_HELPER: QT_TRANSLATE_NOOP(
        "Connection", "Logged in, but the host has neither virt-ssh-helper nor nc (netcat) to "
        "reach libvirt with: install libvirt's client tools or netcat on it."),
    OpenProblem.NO_SSH_PROGRAM: QT_TRANSLATE_NOOP(
        "Connection", "The ssh program could not be run on this computer: ssh is not "
        "installed, or the program the address names with command= is not there."),
}


def open_failure(error: str, problem: OpenProblem, files_errno: int | None = None) -> str:
    """libvirt's message of a failed open, after what it means when kvmgui can tell; or
    why kvmgui's own files of an ssh login could not be written (``files_errno``)."""
    if files_errno is not None:
        known = errno_reason(files_errno)
        why = QCoreApplication.translate(known.context, str(known)) if known else \
            os.strerror(files_errno)
        return fill(QCoreApplication.translate(
            "Connection", "kvmgui could not write the files of its ssh login: %1"), why)
    text = OPEN_PROBLEMS.get(problem)
    head = say(text) if text else ""
    # A network's reason (refused, no route, an unknown name) where ssh's login is not it.
    net = connect_reason_of(error) if problem in (OpenProblem.NONE, OpenProblem.UNREACHABLE) \
        else None
    if net is not None:
        why = QCoreApplication.translate(net.context, str(net))
        head = fill(QCoreApplication.translate("Connection", "%1 The reason: %2."), head, why) \
            if head else fill(QCoreApplication.translate(
                "Connection", "Could not connect to the host: %1."), why)
    if not head:
        return error
    form = QCoreApplication.translate("Connection", "%1 (%2)")
    return fill(form, head, error)


def conn_state(state: ConnState) -> str:
    return QCoreApplication.translate("ConnState", CONN_STATES[state])


def close_reason(reason: int) -> str:
    text = CLOSE_REASONS.get(reason)
    if text:
        return QCoreApplication.translate("Connection", text)
    return fill(QCoreApplication.translate("Connection", "closed (%1)"), str(reason))


def connection_message(conn: Connection) -> str:
    """What the connection's state and reason say, e.g. "Disconnected: connection error"."""
    reason = conn.reason
    code = reason.code
    if code == Reason.CONNECTING:
        return fill(QCoreApplication.translate("Connection", "Connecting to %1"), redact(conn.uri))
    if code == Reason.CONNECTED:
        return fill(QCoreApplication.translate("Connection", "Connected to %1"),
                    conn.hostname or redact(conn.uri))
    if code == Reason.OPEN_FAILED:
        return open_failure(reason.error, reason.problem, reason.files_errno)
    if code == Reason.LOST:
        return fill(QCoreApplication.translate("Connection", "Disconnected: %1"),
                    close_reason(reason.close_reason))
    if code == Reason.RETRY_FAILED:
        # The count as a plain name: lupdate skips a translate() whose count is a call or
        # an attribute (the string would never reach the catalogue).
        seconds = round(reason.retry_s)
        return fill(QCoreApplication.translate("Connection", "%1 — retrying in %n s", None, seconds),
                    open_failure(reason.error, reason.problem, reason.files_errno))
    return QCoreApplication.translate("Connection", "Disconnected")


# -- Hosts ---------------------------------------------------------------------------------

ACCELERATION: dict[Acceleration, Marked] = {
    Acceleration.KVM: QT_TRANSLATE_NOOP("Acceleration", "KVM hardware acceleration is available"),
    Acceleration.TCG: QT_TRANSLATE_NOOP(
        "Acceleration", "No KVM: guests run under QEMU emulation (TCG), much slower"),
    Acceleration.NOT_APPLICABLE: QT_TRANSLATE_NOOP("Acceleration", "Not a QEMU/KVM host"),
}


def acceleration_text(acceleration: Acceleration) -> str:
    return say(ACCELERATION[acceleration])


NETWORK_STEPS: dict[NetworkStep, Marked] = {
    NetworkStep.DEFINE: QT_TRANSLATE_NOOP("NetworkStep", "Defining the network…"),
    NetworkStep.START: QT_TRANSLATE_NOOP("NetworkStep", "Starting the network…"),
    NetworkStep.AUTOSTART: QT_TRANSLATE_NOOP("NetworkStep", "Turning autostart on…"),
    NetworkStep.UNDO: QT_TRANSLATE_NOOP("NetworkStep", "Undoing…"),
    NetworkStep.DONE: QT_TRANSLATE_NOOP("NetworkStep", "Done."),
}


def network_step_text(step: NetworkStep) -> str:
    """Where creating a network is (``netops.create_network``'s progress)."""
    return say(NETWORK_STEPS[step])


# -- Events --------------------------------------------------------------------------------


# Domain lifecycle events: (event, {detail: words}).
DOMAIN_LIFECYCLE: dict[int, tuple[str, dict[int, str]]] = {
    E.VIR_DOMAIN_EVENT_DEFINED: (QT_TRANSLATE_NOOP("LibvirtEvent", "Defined"), {
        0: QT_TRANSLATE_NOOP("LibvirtEvent", "Added"),
        1: QT_TRANSLATE_NOOP("LibvirtEvent", "Updated"),
        2: QT_TRANSLATE_NOOP("LibvirtEvent", "Renamed"),
        3: QT_TRANSLATE_NOOP("LibvirtEvent", "From snapshot")}),
    E.VIR_DOMAIN_EVENT_UNDEFINED: (QT_TRANSLATE_NOOP("LibvirtEvent", "Undefined"), {
        0: QT_TRANSLATE_NOOP("LibvirtEvent", "Removed"),
        1: QT_TRANSLATE_NOOP("LibvirtEvent", "Renamed")}),
    E.VIR_DOMAIN_EVENT_STARTED: (QT_TRANSLATE_NOOP("LibvirtEvent", "Started"), {
        0: QT_TRANSLATE_NOOP("LibvirtEvent", "Booted"),
        1: QT_TRANSLATE_NOOP("LibvirtEvent", "Migrated"),
        2: QT_TRANSLATE_NOOP("LibvirtEvent", "Restored"),
        3: QT_TRANSLATE_NOOP("LibvirtEvent", "From snapshot"),
        4: QT_TRANSLATE_NOOP("LibvirtEvent", "Woken up"),
        5: QT_TRANSLATE_NOOP("LibvirtEvent", "Recreated")}),
    E.VIR_DOMAIN_EVENT_SUSPENDED: (QT_TRANSLATE_NOOP("LibvirtEvent", "Suspended"), {
        0: QT_TRANSLATE_NOOP("LibvirtEvent", "Paused"),
        1: QT_TRANSLATE_NOOP("LibvirtEvent", "Migrated"),
        2: QT_TRANSLATE_NOOP("LibvirtEvent", "I/O error"),
        3: QT_TRANSLATE_NOOP("LibvirtEvent", "Watchdog"),
        4: QT_TRANSLATE_NOOP("LibvirtEvent", "Restored"),
        5: QT_TRANSLATE_NOOP("LibvirtEvent", "From snapshot"),
        6: QT_TRANSLATE_NOOP("LibvirtEvent", "API error"),
        7: QT_TRANSLATE_NOOP("LibvirtEvent", "Post-copy"),
        8: QT_TRANSLATE_NOOP("LibvirtEvent", "Post-copy failed")}),
    E.VIR_DOMAIN_EVENT_RESUMED: (QT_TRANSLATE_NOOP("LibvirtEvent", "Resumed"), {
        0: QT_TRANSLATE_NOOP("LibvirtEvent", "Unpaused"),
        1: QT_TRANSLATE_NOOP("LibvirtEvent", "Migrated"),
        2: QT_TRANSLATE_NOOP("LibvirtEvent", "From snapshot"),
        3: QT_TRANSLATE_NOOP("LibvirtEvent", "Post-copy"),
        4: QT_TRANSLATE_NOOP("LibvirtEvent", "Post-copy failed")}),
    E.VIR_DOMAIN_EVENT_STOPPED: (QT_TRANSLATE_NOOP("LibvirtEvent", "Stopped"), {
        0: QT_TRANSLATE_NOOP("LibvirtEvent", "Shut down"),
        1: QT_TRANSLATE_NOOP("LibvirtEvent", "Destroyed"),
        2: QT_TRANSLATE_NOOP("LibvirtEvent", "Crashed"),
        3: QT_TRANSLATE_NOOP("LibvirtEvent", "Migrated"),
        4: QT_TRANSLATE_NOOP("LibvirtEvent", "Saved"),
        5: QT_TRANSLATE_NOOP("LibvirtEvent", "Failed"),
        6: QT_TRANSLATE_NOOP("LibvirtEvent", "From snapshot"),
        7: QT_TRANSLATE_NOOP("LibvirtEvent", "Recreated")}),  # a secure guest's reboot: its new start
    E.VIR_DOMAIN_EVENT_SHUTDOWN: (QT_TRANSLATE_NOOP("LibvirtEvent", "Shutdown"), {
        0: QT_TRANSLATE_NOOP("LibvirtEvent", "Finished"),
        1: QT_TRANSLATE_NOOP("LibvirtEvent", "By guest"),
        2: QT_TRANSLATE_NOOP("LibvirtEvent", "By host")}),
    E.VIR_DOMAIN_EVENT_PMSUSPENDED: (QT_TRANSLATE_NOOP("LibvirtEvent", "PM suspended"), {
        0: QT_TRANSLATE_NOOP("LibvirtEvent", "To memory"),
        1: QT_TRANSLATE_NOOP("LibvirtEvent", "To disk")}),
    E.VIR_DOMAIN_EVENT_CRASHED: (QT_TRANSLATE_NOOP("LibvirtEvent", "Crashed"), {
        0: QT_TRANSLATE_NOOP("LibvirtEvent", "Panicked"),
        1: QT_TRANSLATE_NOOP("LibvirtEvent", "Crash loaded")}),
}

# Domain events besides lifecycle, by event id.
DOMAIN_OTHER: dict[int, str] = {
    E.VIR_DOMAIN_EVENT_ID_REBOOT: QT_TRANSLATE_NOOP("LibvirtEvent", "Rebooted"),
    E.VIR_DOMAIN_EVENT_ID_DEVICE_ADDED: QT_TRANSLATE_NOOP("LibvirtEvent", "Device added"),
    E.VIR_DOMAIN_EVENT_ID_DEVICE_REMOVED: QT_TRANSLATE_NOOP("LibvirtEvent", "Device removed"),
    E.VIR_DOMAIN_EVENT_ID_DEVICE_REMOVAL_FAILED: QT_TRANSLATE_NOOP(
        "LibvirtEvent", "Device removal failed"),
    E.VIR_DOMAIN_EVENT_ID_AGENT_LIFECYCLE: QT_TRANSLATE_NOOP("LibvirtEvent", "Guest agent"),
    E.VIR_DOMAIN_EVENT_ID_METADATA_CHANGE: QT_TRANSLATE_NOOP("LibvirtEvent", "Metadata changed"),
    E.VIR_DOMAIN_EVENT_ID_TRAY_CHANGE: QT_TRANSLATE_NOOP("LibvirtEvent", "Media tray"),
    E.VIR_DOMAIN_EVENT_ID_WATCHDOG: QT_TRANSLATE_NOOP("LibvirtEvent", "Watchdog"),
    E.VIR_DOMAIN_EVENT_ID_IO_ERROR: QT_TRANSLATE_NOOP("LibvirtEvent", "I/O error"),
    E.VIR_DOMAIN_EVENT_ID_PMWAKEUP: QT_TRANSLATE_NOOP("LibvirtEvent", "Woken up"),
    E.VIR_DOMAIN_EVENT_ID_PMSUSPEND: QT_TRANSLATE_NOOP("LibvirtEvent", "PM suspended"),
    E.VIR_DOMAIN_EVENT_ID_BALLOON_CHANGE: QT_TRANSLATE_NOOP("LibvirtEvent", "Memory balloon changed"),
}

AGENT_STATES: dict[int, str] = {
    E.VIR_CONNECT_DOMAIN_EVENT_AGENT_LIFECYCLE_STATE_CONNECTED:
        QT_TRANSLATE_NOOP("LibvirtEvent", "connected"),
    E.VIR_CONNECT_DOMAIN_EVENT_AGENT_LIFECYCLE_STATE_DISCONNECTED:
        QT_TRANSLATE_NOOP("LibvirtEvent", "disconnected"),
}

NETWORK_LIFECYCLE: dict[int, str] = {
    E.VIR_NETWORK_EVENT_DEFINED: QT_TRANSLATE_NOOP("LibvirtEvent", "Defined"),
    E.VIR_NETWORK_EVENT_UNDEFINED: QT_TRANSLATE_NOOP("LibvirtEvent", "Undefined"),
    E.VIR_NETWORK_EVENT_STARTED: QT_TRANSLATE_NOOP("LibvirtEvent", "Started"),
    E.VIR_NETWORK_EVENT_STOPPED: QT_TRANSLATE_NOOP("LibvirtEvent", "Stopped"),
}

POOL_LIFECYCLE: dict[int, str] = {
    E.VIR_STORAGE_POOL_EVENT_DEFINED: QT_TRANSLATE_NOOP("LibvirtEvent", "Defined"),
    E.VIR_STORAGE_POOL_EVENT_UNDEFINED: QT_TRANSLATE_NOOP("LibvirtEvent", "Undefined"),
    E.VIR_STORAGE_POOL_EVENT_STARTED: QT_TRANSLATE_NOOP("LibvirtEvent", "Started"),
    E.VIR_STORAGE_POOL_EVENT_STOPPED: QT_TRANSLATE_NOOP("LibvirtEvent", "Stopped"),
    E.VIR_STORAGE_POOL_EVENT_CREATED: QT_TRANSLATE_NOOP("LibvirtEvent", "Created"),
    E.VIR_STORAGE_POOL_EVENT_DELETED: QT_TRANSLATE_NOOP("LibvirtEvent", "Deleted"),
}
POOL_REFRESHED = QT_TRANSLATE_NOOP("LibvirtEvent", "Refreshed")


# The codes in the arguments of domain events besides lifecycle, by event id.
DOMAIN_EVENT_CODES: dict[int, dict[int, str]] = {
    E.VIR_DOMAIN_EVENT_ID_TRAY_CHANGE: {
        E.VIR_DOMAIN_EVENT_TRAY_CHANGE_OPEN: QT_TRANSLATE_NOOP("LibvirtEvent", "%1 opened"),
        E.VIR_DOMAIN_EVENT_TRAY_CHANGE_CLOSE: QT_TRANSLATE_NOOP("LibvirtEvent", "%1 closed")},
    E.VIR_DOMAIN_EVENT_ID_WATCHDOG: {
        E.VIR_DOMAIN_EVENT_WATCHDOG_NONE: QT_TRANSLATE_NOOP("LibvirtEvent", "no action"),
        E.VIR_DOMAIN_EVENT_WATCHDOG_PAUSE: QT_TRANSLATE_NOOP("LibvirtEvent", "VM paused"),
        E.VIR_DOMAIN_EVENT_WATCHDOG_RESET: QT_TRANSLATE_NOOP("LibvirtEvent", "VM reset"),
        E.VIR_DOMAIN_EVENT_WATCHDOG_POWEROFF: QT_TRANSLATE_NOOP("LibvirtEvent", "VM forced off"),
        E.VIR_DOMAIN_EVENT_WATCHDOG_SHUTDOWN: QT_TRANSLATE_NOOP("LibvirtEvent", "VM shut down"),
        E.VIR_DOMAIN_EVENT_WATCHDOG_DEBUG: QT_TRANSLATE_NOOP("LibvirtEvent", "logged"),
        E.VIR_DOMAIN_EVENT_WATCHDOG_INJECTNMI: QT_TRANSLATE_NOOP("LibvirtEvent", "NMI injected")},
    E.VIR_DOMAIN_EVENT_ID_IO_ERROR: {
        E.VIR_DOMAIN_EVENT_IO_ERROR_NONE: QT_TRANSLATE_NOOP("LibvirtEvent", "%1 (%2): ignored"),
        E.VIR_DOMAIN_EVENT_IO_ERROR_PAUSE: QT_TRANSLATE_NOOP("LibvirtEvent", "%1 (%2): VM paused"),
        E.VIR_DOMAIN_EVENT_IO_ERROR_REPORT: QT_TRANSLATE_NOOP(
            "LibvirtEvent", "%1 (%2): reported to the guest")},
    E.VIR_DOMAIN_EVENT_ID_METADATA_CHANGE: {
        E.VIR_DOMAIN_METADATA_DESCRIPTION: QT_TRANSLATE_NOOP("LibvirtEvent", "description"),
        E.VIR_DOMAIN_METADATA_TITLE: QT_TRANSLATE_NOOP("LibvirtEvent", "title"),
        E.VIR_DOMAIN_METADATA_ELEMENT: QT_TRANSLATE_NOOP("LibvirtEvent", "custom metadata %1")},
    E.VIR_DOMAIN_EVENT_ID_AGENT_LIFECYCLE: AGENT_STATES,
}


def _other_detail(event_id: int, args: tuple[str | int, ...]) -> str:
    """The detail of a domain event besides lifecycle: its arguments, with the code among
    them (libvirt's number) in words; a code without words as it is."""
    if event_id in (E.VIR_DOMAIN_EVENT_ID_PMSUSPEND, E.VIR_DOMAIN_EVENT_ID_PMWAKEUP):
        return ""  # the only argument, the reason, is always 0
    if event_id == E.VIR_DOMAIN_EVENT_ID_BALLOON_CHANGE and args and isinstance(args[0], int):
        return size_text(args[0] * 1024)  # KiB
    codes = DOMAIN_EVENT_CODES.get(event_id, {})
    # The code: after the alias (tray) or path and alias (I/O error), first otherwise.
    at = {E.VIR_DOMAIN_EVENT_ID_TRAY_CHANGE: 1, E.VIR_DOMAIN_EVENT_ID_IO_ERROR: 2}.get(event_id, 0)
    code = args[at] if len(args) > at else None
    text = codes.get(code) if isinstance(code, int) else None
    if text is None:
        return ", ".join(str(a) for a in args)
    rest = [str(a) for i, a in enumerate(args) if i != at]
    # Padded: an argument libvirt left out (None, dropped) must not show as "%1".
    return fill(QCoreApplication.translate("LibvirtEvent", text), *rest, "", "").strip()


def _unknown_event(number: int) -> str:
    return fill(QCoreApplication.translate("LibvirtEvent", "Event %1"), str(number))


def event_words(event: LibvirtEvent) -> tuple[str, str]:
    """(what happened, detail) of an event, e.g. ("Started", "Booted")."""
    ctx = "LibvirtEvent"
    if event.kind == "domain":
        if event.event_id == LIFECYCLE_ID["domain"]:
            name, details = DOMAIN_LIFECYCLE.get(event.event, ("", {}))
            what = QCoreApplication.translate(ctx, name) if name else _unknown_event(event.event)
            detail = details.get(event.detail)
            if detail:
                return what, QCoreApplication.translate(ctx, detail)
            if event.detail == 0:
                return what, ""
            return what, fill(QCoreApplication.translate("LibvirtEvent", "detail %1"), str(event.detail))
        name = DOMAIN_OTHER.get(event.event_id, "")
        what = QCoreApplication.translate(ctx, name) if name else _unknown_event(event.event_id)
        return what, _other_detail(event.event_id, event.args)
    if event.kind == "pool" and event.event_id == POOL_REFRESH_ID:
        return QCoreApplication.translate(ctx, POOL_REFRESHED), ""
    table = NETWORK_LIFECYCLE if event.kind == "network" else POOL_LIFECYCLE
    name = table.get(event.event, "")
    return (QCoreApplication.translate(ctx, name) if name else _unknown_event(event.event)), ""


def command_words(issued: Issued) -> tuple[str, str]:
    """(what happened, detail) of a change kvmgui made: the detail is its ``virsh`` line."""
    line = issued.command.line()
    if issued.ok:
        return QCoreApplication.translate("LibvirtEvent", "kvmgui ran"), line
    return (QCoreApplication.translate("LibvirtEvent", "kvmgui failed"),
            fill(QCoreApplication.translate("LibvirtEvent", "%1 — %2"), line, issued.error))


# -- Sentences from the floors without Qt (kvmgui.xml.words.Words) ------------------------


def say(words: Words | str) -> str:
    """The one way a ``Words`` (a validation problem, a storage error …) becomes text:
    translated in its own context (``%n`` plurals by its count), then filled in one pass
    (``kvmgui.utils.tr.fill``), sizes (``Bytes``) as the locale writes them, arguments
    that are ``Words`` themselves said in their own context. A ``Marked`` text is
    translated in its context; any other ``str`` is taken as already said (the GUI's own
    ``tr()``, or data)."""
    if isinstance(words, Marked):
        return QCoreApplication.translate(words.context, str(words))
    if isinstance(words, str):
        return words
    text = QCoreApplication.translate(words.context, words.text, None, -1 if words.n is None else words.n)
    return fill(text, *(_argument(a) for a in words.args))


def said(words: Words | str | None) -> str | None:
    """``say(words)``, or None when there are none (a check that found nothing wrong)."""
    return None if words is None else say(words)


def _argument(arg: Arg) -> str | int:
    if isinstance(arg, Words | Marked):
        return say(arg)
    return size_text(arg) if isinstance(arg, Bytes) else arg


def failure_words(exc: BaseException) -> str:
    """What went wrong: the ``Words`` kvmgui's own errors carry (a volume in use, a shrink
    not confirmed …), else libvirt's message."""
    words = getattr(exc, "words", None)
    return say(words) if isinstance(words, Words) else error_text(exc)


def reconnect_failures(failed: Sequence[tuple[str, BaseException]]) -> str:
    """The VMs that could not be plugged back into a network's bridge, with libvirt's words:
    "router, web01: <message>; db01: <message>" (VMs with the same message together)."""
    by_words: dict[str, list[str]] = {}
    for vm, exc in sorted(failed, key=lambda f: f[0]):
        by_words.setdefault(failure_words(exc), []).append(vm)
    return QCoreApplication.translate("Reconnect", "; ").join(
        fill(QCoreApplication.translate("Reconnect", "%1: %2"), comma_list(vms), words)
        for words, vms in by_words.items())
