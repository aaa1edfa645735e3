"""libvirt's codes in words: every code the libvirt layer hands out has its words here."""

import re

import libvirt
import pytest

from kvmgui.libvirt.connection import Connection, ConnState
from kvmgui.libvirt.connstate import Reason, StateReason
from kvmgui.libvirt.eventcodes import DOMAIN_EVENT_IDS
from kvmgui.libvirt.records import DomainState, LibvirtEvent
from kvmgui.libvirt.sshprompts import OpenProblem
from kvmgui.models import words
from kvmgui.utils.tr import size_text

LIFECYCLE = libvirt.VIR_DOMAIN_EVENT_ID_LIFECYCLE


def event(kind="domain", event_id=LIFECYCLE, ev=-1, detail=-1, args=()):
    return LibvirtEvent(0.0, kind, "u", "n", event_id, ev, detail, args)


def test_every_state_has_words_and_an_icon():
    for state in DomainState:
        assert words.domain_state(state)
        assert words.DOMAIN_STATE_ICONS[state]
    assert words.domain_state(DomainState.BLOCKED) == words.domain_state(DomainState.RUNNING)
    for state in ConnState:
        assert words.conn_state(state)
    assert words.conn_state(ConnState.DISCONNECTED) == "Disconnected"


def test_reason_words():
    assert words.state_reason(libvirt.VIR_DOMAIN_SHUTOFF, 2) == "forced off"
    # VIR_DOMAIN_RUNNING_POSTCOPY_FAILED (libvirt 8.5), VIR_DOMAIN_PAUSED_POSTCOPY_FAILED
    assert words.state_reason(libvirt.VIR_DOMAIN_RUNNING, 11) == "post-copy failed"
    assert words.state_reason(libvirt.VIR_DOMAIN_PAUSED, 13) == "post-copy failed"
    # VIR_DOMAIN_PAUSED_API_ERROR (libvirt 9.2): the resume at the end of a job (a migration,
    # a snapshot) failed; the binding here is older, so the table test cannot see it.
    assert words.state_reason(libvirt.VIR_DOMAIN_PAUSED, 14) == "could not resume after a job"
    assert words.state_reason(libvirt.VIR_DOMAIN_RUNNING, 99) == ""
    assert words.domain_state_with_reason(DomainState.SHUTOFF, 2) == "Shut off (forced off)"
    assert words.domain_state_with_reason(DomainState.RUNNING, 99) == "Running"


@pytest.mark.parametrize(("told", "expected"), [
    (event(ev=libvirt.VIR_DOMAIN_EVENT_STARTED, detail=0), ("Started", "Booted")),
    (event(ev=libvirt.VIR_DOMAIN_EVENT_STOPPED, detail=1), ("Stopped", "Destroyed")),
    # VIR_DOMAIN_EVENT_STOPPED_RECREATED (libvirt 11.6, a secure guest's reboot): the
    # timeline said "Stopped | detail 7" before its "Started | Recreated".
    (event(ev=libvirt.VIR_DOMAIN_EVENT_STOPPED, detail=7), ("Stopped", "Recreated")),
    (event(ev=libvirt.VIR_DOMAIN_EVENT_SUSPENDED, detail=99), ("Suspended", "detail 99")),
    (event(ev=77, detail=0), ("Event 77", "")),
    (event(event_id=libvirt.VIR_DOMAIN_EVENT_ID_TRAY_CHANGE, args=("ide0-1-0", 0)),
     ("Media tray", "ide0-1-0 opened")),
    (event(event_id=libvirt.VIR_DOMAIN_EVENT_ID_AGENT_LIFECYCLE, args=(1, 2)),
     ("Guest agent", "connected")),
    (event(event_id=libvirt.VIR_DOMAIN_EVENT_ID_BALLOON_CHANGE, args=(524288,)),
     ("Memory balloon changed", size_text(512 * 1024**2))),
    (event("network", libvirt.VIR_NETWORK_EVENT_ID_LIFECYCLE, libvirt.VIR_NETWORK_EVENT_STOPPED, 0),
     ("Stopped", "")),
    (event("pool", libvirt.VIR_STORAGE_POOL_EVENT_ID_LIFECYCLE,
           libvirt.VIR_STORAGE_POOL_EVENT_CREATED, 0), ("Created", "")),
    (event("pool", libvirt.VIR_STORAGE_POOL_EVENT_ID_REFRESH), ("Refreshed", "")),
])
def test_event_words(told, expected):
    assert words.event_words(told) == expected


@pytest.mark.parametrize(("told", "detail"), [
    (event(event_id=libvirt.VIR_DOMAIN_EVENT_ID_TRAY_CHANGE, args=("sata0-0-0", 1)), "sata0-0-0 closed"),
    (event(event_id=libvirt.VIR_DOMAIN_EVENT_ID_WATCHDOG, args=(1,)), "VM paused"),
    (event(event_id=libvirt.VIR_DOMAIN_EVENT_ID_WATCHDOG, args=(6,)), "NMI injected"),
    (event(event_id=libvirt.VIR_DOMAIN_EVENT_ID_IO_ERROR, args=("/home/a.qcow2", "virtio-disk0", 1)),
     "/home/a.qcow2 (virtio-disk0): VM paused"),
    (event(event_id=libvirt.VIR_DOMAIN_EVENT_ID_IO_ERROR, args=("/home/a.qcow2", "virtio-disk0", 2)),
     "/home/a.qcow2 (virtio-disk0): reported to the guest"),
    (event(event_id=libvirt.VIR_DOMAIN_EVENT_ID_METADATA_CHANGE, args=(1,)), "title"),
    (event(event_id=libvirt.VIR_DOMAIN_EVENT_ID_METADATA_CHANGE, args=(2, "https://x/ns")),
     "custom metadata https://x/ns"),
    (event(event_id=libvirt.VIR_DOMAIN_EVENT_ID_METADATA_CHANGE, args=(2,)), "custom metadata"),
    (event(event_id=libvirt.VIR_DOMAIN_EVENT_ID_PMSUSPEND, args=(0,)), ""),
    (event(event_id=libvirt.VIR_DOMAIN_EVENT_ID_PMWAKEUP, args=(0,)), ""),
    (event(event_id=libvirt.VIR_DOMAIN_EVENT_ID_DEVICE_REMOVED, args=("ua-disk1",)), "ua-disk1"),
    (event(event_id=libvirt.VIR_DOMAIN_EVENT_ID_WATCHDOG, args=(42,)), "42"),  # a newer code
])
def test_event_details_say_what_libvirts_codes_mean(told, detail):
    """The timeline showed the bare codes: "Media tray | ide0-1-0, 0" (opened or closed?),
    "Watchdog | 1", "I/O error | /home/a.qcow2, virtio-disk0, 1", "Metadata changed | 1"."""
    assert words.event_words(told)[1] == detail


def test_every_lifecycle_detail_and_state_reason_libvirt_names_has_words():
    """Each VIR_DOMAIN_EVENT_<event>_<detail> and VIR_DOMAIN_<state>_<reason> of the
    binding has words: none shows as "detail N", no state goes without its reason."""
    names = {n: v for n, v in vars(libvirt).items() if isinstance(v, int)}

    def codes(prefix):
        return {v for n, v in names.items() if n.startswith(prefix + "_")
                and not n.endswith("_UNKNOWN")}

    for ev, (_what, details) in words.DOMAIN_LIFECYCLE.items():
        [name] = [n for n, v in names.items() if re.fullmatch(r"VIR_DOMAIN_EVENT_[A-Z]+", n) and v == ev]
        assert codes(name) <= set(details), name
    for name in ("VIR_DOMAIN_RUNNING", "VIR_DOMAIN_PAUSED", "VIR_DOMAIN_SHUTOFF", "VIR_DOMAIN_CRASHED"):
        assert codes(name) <= set(words.STATE_REASONS[names[name]]), name


def test_every_subscribed_domain_event_has_words():
    for eid in DOMAIN_EVENT_IDS:
        assert eid == LIFECYCLE or eid in words.DOMAIN_OTHER


@pytest.mark.parametrize(("reason", "expected"), [
    (StateReason(), "Disconnected"),
    (StateReason(Reason.CONNECTING), "Connecting to test:///x"),
    (StateReason(Reason.CONNECTED), "Connected to test:///x"),
    (StateReason(Reason.OPEN_FAILED, "no route to host"), "no route to host"),
    (StateReason(Reason.LOST, close_reason=libvirt.VIR_CONNECT_CLOSE_REASON_KEEPALIVE, retry_s=1),
     "Disconnected: the host stopped answering (keepalive)"),
    (StateReason(Reason.LOST, close_reason=42), "Disconnected: closed (42)"),
    (StateReason(Reason.RETRY_FAILED, "refused", retry_s=4.0), "refused — retrying in 4 s"),
    # A failed ssh login: what it means first, then libvirt's words.
    (StateReason(Reason.OPEN_FAILED, "End of file while reading data",
                 problem=OpenProblem.NO_LIBVIRT),
     "Logged in, but libvirt is not running on the host (or not installed there): start "
     "libvirtd or virtqemud on it. (End of file while reading data)"),
    (StateReason(Reason.RETRY_FAILED, "Permission denied", retry_s=2.0,
                 problem=OpenProblem.LOGIN_REFUSED),
     "The host refused the login: no password, key or ssh-agent identity was accepted. "
     "(Permission denied) — retrying in 2 s"),
])
def test_connection_messages(qtbot, reason, expected):
    conn = Connection("test:///x")
    conn._connector.reason = reason  # as the state machine would have set it
    assert words.connection_message(conn) == expected
    conn.deleteLater()


# -- Words from the floors without Qt -------------------------------------------------------


def test_words_text_translates_fills_and_formats(qapp):
    from PySide6.QtCore import QLocale

    from kvmgui.xml.newvm_problems import Code, error
    from kvmgui.xml.words import Bytes, Words

    problem = error("memory", Code.MEMORY_BELOW_OS, Bytes(1536 * 1024**2))
    assert words.say(problem.words) == "The operating system needs at least 1.5 GiB of memory."
    QLocale.setDefault(QLocale(QLocale.Language.German))
    try:
        assert words.say(problem.words) == "The operating system needs at least 1,5 GiB of memory."
    finally:
        QLocale.setDefault(QLocale(QLocale.Language.C))
    plural = error("vcpus", Code.VCPUS_BELOW_OS, n=2)
    assert words.say(plural.words) == "The operating system needs 2 or more virtual CPUs."
    # One pass: an argument that holds "%2" is not filled again.
    tricky = Words("NewVm", "%1 and %2", ("/iso/%2.iso", "x"))
    assert words.say(tricky) == "/iso/%2.iso and x"
    assert size_text(20 * 1024**3) == "20 GiB"
    assert words.say(Words("T", "%1 of %2", (Bytes(2048), 3))) == "2 KiB of 3"


def test_a_pm_suspend_is_worded_as_the_state_it_leads_to(traditional_chinese):
    """zh_Hant: the timeline said 電源暫停 ("power paused") for what the VM list calls 已休眠,
    and 暫停 is its word for Paused (a VM paused is 已暫停)."""
    from PySide6.QtCore import QCoreApplication

    state = QCoreApplication.translate("DomainState", "Suspended")
    assert state == "已休眠"
    pm_event = event(ev=libvirt.VIR_DOMAIN_EVENT_PMSUSPENDED, detail=0)
    pm_other = event(event_id=libvirt.VIR_DOMAIN_EVENT_ID_PMSUSPEND, args=(0,))
    assert words.event_words(pm_event)[0] == words.event_words(pm_other)[0] == state


def test_a_hosts_connect_failure_says_why_in_words():
    """A host that could not be reached (refused, no route, an unknown name) was said in
    libvirt's English only, or as "No ssh server answered" whatever the cause."""
    from kvmgui.libvirt.sshprompts import OpenProblem
    from kvmgui.models.words import open_failure

    tcp = "unable to connect to server at 'far:16509': Connection refused"
    text = open_failure(tcp, OpenProblem.NONE)
    assert "nothing listens there" in text and tcp in text
    ssh = "Cannot recv data: ssh: Could not resolve hostname nowhere: Name or service not known"
    text = open_failure(ssh, OpenProblem.UNREACHABLE)
    assert "No ssh server answered" in text and "the host name is not known" in text
    assert ssh in text
    assert open_failure("some other failure", OpenProblem.NONE) == "some other failure"


def test_the_reset_that_ends_libvirts_ssh_messages_is_no_reason_in_words():
    """libvirt ends nearly every failed ssh open with ': Connection reset by peer' (the
    tunnel's end, not its cause): said as "the other side reset the connection" it hid
    that kvmgui did not know the cause."""
    from kvmgui.libvirt.sshprompts import OpenProblem
    from kvmgui.models.words import open_failure

    message = "Cannot recv data: something unforeseen: Connection reset by peer"
    assert open_failure(message, OpenProblem.NONE) == message
