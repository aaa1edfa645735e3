"""The connection state machine on its own: fake handles, a fake retry timer, the real
serial lane. Every path that ends a session cancels its subscription and closes its handle."""

import logging
import threading

import libvirt
import pytest

from kvmgui.libvirt import workers
from kvmgui.libvirt.connector import Connector
from kvmgui.libvirt.connstate import ConnState, Reason
from kvmgui.libvirt.sshprompts import OpenProblem, open_problem
from kvmgui.utils import logs
from tests.helpers import FakeError
from tests.unit.libvirt.fakes import FakeConnect, FakeTimers

EOF_REASON = libvirt.VIR_CONNECT_CLOSE_REASON_EOF


class FakeSubscription:
    def __init__(self):
        self.cancelled = 0

    def cancel(self):
        self.cancelled += 1


class Rig:
    """A Connector whose dial and start the test controls."""

    def __init__(self, qtbot):
        self.qtbot = qtbot
        self.lane = workers.Lane("test-connector")
        self.timers = FakeTimers()
        self.handles: list[FakeConnect] = []
        self.subscriptions: list[FakeSubscription] = []
        self.unwatched: list[FakeConnect] = []  # handles whose socket linkwatch let go
        self.dial_error: BaseException | None = None
        self.start_error: BaseException | None = None
        self.gate: threading.Event | None = None  # when set: dial waits for it
        self.dialing = threading.Event()
        self.connector = Connector("test:///fake", self.lane.submit, self.dial, self.start,
                                   timers=self.timers)
        self.states = []
        self.connector.stateChanged.connect(lambda s, r: self.states.append((s, r)))
        self.listings = []
        self.connector.opened.connect(self.listings.append)

    def dial(self, _gen):
        self.dialing.set()
        if self.gate is not None:
            self.gate.wait(5)
        if self.dial_error is not None:
            raise self.dial_error
        handle = FakeConnect()
        self.handles.append(handle)
        return handle

    def start(self, conn, session):
        session.subscription = sub = FakeSubscription()
        self.subscriptions.append(sub)
        session.unwatch = lambda: self.unwatched.append(conn)
        if self.start_error is not None:
            raise self.start_error
        return f"listing of {len(self.handles)}"

    @property
    def retry(self):
        return self.timers.for_(self.connector.open)

    def wait_state(self, state, count=None):
        self.qtbot.waitUntil(lambda: self.connector.state == state
                             and (count is None or len(self.states) >= count), timeout=5000)

    def settle(self):
        """Wait until every job queued on the lane so far (teardowns too) has run."""
        barrier = self.lane.submit(lambda: None)
        self.qtbot.waitUntil(barrier.done, timeout=5000)


@pytest.fixture
def rig(qtbot):
    rig = Rig(qtbot)
    yield rig
    rig.connector.close()
    rig.settle()
    rig.lane.shutdown()
    rig.connector.deleteLater()


def test_open_then_close(rig):
    rig.connector.open()
    assert rig.connector.state == ConnState.CONNECTING
    rig.wait_state(ConnState.CONNECTED)
    assert rig.listings == ["listing of 1"], "the listing comes before CONNECTED"
    assert [(s, r.code) for s, r in rig.states] == [
        (ConnState.CONNECTING, Reason.CONNECTING), (ConnState.CONNECTED, Reason.CONNECTED)]
    handle = rig.handles[0]
    assert rig.connector.live.peek() is handle
    rig.connector.close()
    assert rig.connector.state == ConnState.DISCONNECTED
    assert rig.connector.reason.code == Reason.NONE
    assert rig.connector.live.peek() is None
    rig.settle()
    assert handle.closed and rig.subscriptions[0].cancelled == 1
    assert rig.unwatched == [handle]
    assert not rig.retry.isActive(), "closed on purpose: no reconnect"


def test_open_failure_reports_libvirts_message(rig):
    rig.dial_error = FakeError("Cannot recv data: Connection reset", libvirt.VIR_ERR_RPC)
    rig.connector.open()
    rig.wait_state(ConnState.FAILED)
    reason = rig.connector.reason
    assert (reason.code, reason.error) == (Reason.OPEN_FAILED, "Cannot recv data: Connection reset")
    assert not rig.retry.isActive()


@pytest.mark.parametrize("uri, shown", [
    ("qemu+ssh://alice:s3cret@h/system", "alice:s3cret"),
    ("qemu+ssh://alice:s%40cret@h/system", "alice:s@cret"),  # libvirt hands ssh it decoded
])
def test_an_open_failure_says_no_password_ssh_repeats(rig, caplog, uri, shown):
    """libvirt hands ssh the URI's user:password as its user name, and ssh says it back
    ("alice:s3cret@h: Permission denied"): the connections list, the notification and
    the log showed the password given with -c. redact finds it only after a scheme://."""
    rig.connector.uri = uri
    rig.dial_error = FakeError(f"Cannot recv data: {shown}@h: Permission denied "
                               "(publickey,password).: Connection reset by peer",
                               libvirt.VIR_ERR_SYSTEM_ERROR)
    with caplog.at_level(logging.DEBUG, "kvmgui"):
        rig.connector.open()
        rig.wait_state(ConnState.FAILED)
    reason = rig.connector.reason
    assert reason.error == ("Cannot recv data: alice:***@h: Permission denied "
                            "(publickey,password).: Connection reset by peer")
    assert reason.problem is OpenProblem.LOGIN_REFUSED
    assert "cret" not in logs.redact(caplog.text)  # as the log file writes it


def test_failure_after_subscribing_undoes_the_subscription_and_closes(rig):
    rig.start_error = FakeError("listing failed", libvirt.VIR_ERR_RPC)
    rig.connector.open()
    rig.wait_state(ConnState.FAILED)
    rig.settle()
    assert rig.subscriptions[0].cancelled == 1
    assert rig.unwatched == rig.handles
    assert rig.handles[0].closed
    assert rig.connector.live.peek() is None


def test_close_during_open_tears_the_late_handle_down(rig):
    rig.gate = threading.Event()
    rig.connector.open()
    assert rig.dialing.wait(5)
    rig.connector.close()
    rig.gate.set()
    rig.settle()
    handle = rig.handles[0]
    assert handle.closed, "the handle opened after the close was closed"
    assert rig.connector.live.peek() is None, "and never handed out"
    assert rig.subscriptions == [], "the open stopped before subscribing"
    assert rig.connector.state == ConnState.DISCONNECTED
    assert rig.listings == []


def test_lost_connection_reconnects_with_backoff(rig):
    rig.connector.open()
    rig.wait_state(ConnState.CONNECTED)
    first = rig.handles[0]
    gen = rig.connector.generation
    rig.connector.close_sink((gen, EOF_REASON))
    rig.wait_state(ConnState.DISCONNECTED)
    reason = rig.connector.reason
    assert (reason.code, reason.close_reason, reason.retry_s) == (Reason.LOST, EOF_REASON, 1)
    rig.settle()
    assert first.closed and rig.subscriptions[0].cancelled == 1
    assert rig.unwatched == [first]
    assert rig.retry.starts == [1000]

    rig.dial_error = FakeError("Connection refused", libvirt.VIR_ERR_SYSTEM_ERROR)
    delays = []
    for _ in range(7):
        count = len(rig.states)
        rig.retry.fire()
        rig.wait_state(ConnState.DISCONNECTED, count + 2)  # CONNECTING, then DISCONNECTED
        reason = rig.connector.reason
        assert (reason.code, reason.error) == (Reason.RETRY_FAILED, "Connection refused")
        delays.append(reason.retry_s)
    assert delays == [2, 4, 8, 16, 30, 30, 30]
    assert rig.retry.starts == [1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000]

    rig.dial_error = None
    rig.retry.fire()
    rig.wait_state(ConnState.CONNECTED)
    assert rig.connector.reason.code == Reason.CONNECTED
    # Connected again: the backoff starts over.
    rig.connector.close_sink((rig.connector.generation, EOF_REASON))
    rig.wait_state(ConnState.DISCONNECTED)
    assert rig.connector.reason.retry_s == 1 and rig.retry.starts[-1] == 1000


@pytest.mark.parametrize(("uri", "error"), [
    ("qemu+ssh://root@h/system", FakeError(
        "Cannot recv data: root@h: Permission denied (publickey,password).: Connection reset "
        "by peer", libvirt.VIR_ERR_SYSTEM_ERROR)),
    ("qemu+ssh://root@h/system", FakeError(
        "Cannot recv data: Host key verification failed.: Connection reset by peer",
        libvirt.VIR_ERR_SYSTEM_ERROR)),
    ("qemu+tcp://h/system", FakeError("authentication failed: Failed to collect auth "
                                      "credentials", libvirt.VIR_ERR_AUTH_FAILED)),
])
def test_a_reconnect_whose_login_is_refused_stops_retrying(rig, uri, error):
    """The reconnect's login asked the user, who cancelled (or the password was refused,
    or the host key declined): trying again every few seconds would only ask again,
    forever. It fails as a first open does, saying why; Connect tries again."""
    rig.connector.uri = uri
    rig.connector.open()
    rig.wait_state(ConnState.CONNECTED)
    rig.connector.close_sink((rig.connector.generation, EOF_REASON))
    rig.wait_state(ConnState.DISCONNECTED)
    rig.dial_error = error
    rig.retry.fire()
    rig.wait_state(ConnState.FAILED)
    assert rig.connector.reason.code == Reason.OPEN_FAILED
    assert rig.connector.reason.problem is open_problem(uri, error.message)
    assert not rig.retry.isActive()
    rig.dial_error = None
    rig.connector.open()
    rig.wait_state(ConnState.CONNECTED)


@pytest.mark.parametrize("message", [
    "Cannot recv data: sh: 1: nc: not found: Connection reset by peer",
    "Cannot find 'nosuchsshprog' in path: No such file or directory",
])
def test_a_reconnect_that_cannot_reach_libvirt_until_the_user_acts_stops_retrying(rig, message):
    """ssh missing here, or neither virt-ssh-helper nor nc on the host: no retry can
    change that (and each one past the helper check logs in again, asking for the
    password), so it fails as a first open does, saying why; Connect tries again."""
    rig.connector.uri = "qemu+ssh://root@h/system"
    rig.connector.open()
    rig.wait_state(ConnState.CONNECTED)
    rig.connector.close_sink((rig.connector.generation, EOF_REASON))
    rig.wait_state(ConnState.DISCONNECTED)
    rig.dial_error = FakeError(message, libvirt.VIR_ERR_SYSTEM_ERROR)
    rig.retry.fire()
    rig.wait_state(ConnState.FAILED)
    assert rig.connector.reason.code == Reason.OPEN_FAILED
    assert not rig.retry.isActive()


def test_close_while_waiting_to_retry_stops_retrying(rig):
    rig.connector.open()
    rig.wait_state(ConnState.CONNECTED)
    rig.connector.close_sink((rig.connector.generation, EOF_REASON))
    rig.wait_state(ConnState.DISCONNECTED)
    assert rig.retry.isActive()
    rig.connector.close()
    assert not rig.retry.isActive()
    assert rig.connector.reason.code == Reason.NONE


def test_a_close_of_an_old_session_is_ignored(rig):
    rig.connector.open()
    rig.wait_state(ConnState.CONNECTED)
    old = rig.connector.generation
    rig.connector.close()
    rig.connector.open()
    rig.wait_state(ConnState.CONNECTED, 4)
    rig.connector.close_sink((old, EOF_REASON))
    assert len(rig.connector._closes._queue) == 1
    rig.qtbot.waitUntil(lambda: len(rig.connector._closes._queue) == 0, timeout=5000)
    assert rig.connector.state == ConnState.CONNECTED


def test_a_close_callback_before_the_listing_arrives_is_not_lost(rig):
    """The host may drop while the open job still lists: the close callback then reaches
    the GUI thread before the open's result."""
    rig.gate = threading.Event()
    rig.connector.open()
    assert rig.dialing.wait(5)
    rig.connector.close_sink((rig.connector.generation, EOF_REASON))
    rig.qtbot.waitUntil(lambda: len(rig.connector._closes._queue) == 0, timeout=5000)
    assert rig.connector.state == ConnState.CONNECTING
    rig.gate.set()
    rig.wait_state(ConnState.DISCONNECTED)
    assert rig.connector.reason.code == Reason.LOST
    assert rig.retry.starts == [1000]
    rig.settle()
    assert rig.handles[0].closed
