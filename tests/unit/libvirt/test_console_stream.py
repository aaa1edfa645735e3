"""The console stream against a fake libvirt stream: EAGAIN, EOF, errors, partial sends,
WRITABLE watched only while data waits, and the callback removed before finish/abort."""

import libvirt
import pytest

from kvmgui.libvirt.console import ConsoleStream, StreamEnd
from tests.helpers import FakeError

R, W = libvirt.VIR_STREAM_EVENT_READABLE, libvirt.VIR_STREAM_EVENT_WRITABLE
E, H = libvirt.VIR_STREAM_EVENT_ERROR, libvirt.VIR_STREAM_EVENT_HANGUP


class FakeStream:
    """Plays a libvirt NONBLOCK stream: ``incoming`` is what recv returns, in order
    (bytes, -2 for EAGAIN, b"" for EOF, or an exception); ``room`` is how many bytes the
    next sends may take (None: all)."""

    def __init__(self):
        self.incoming = []
        self.sent = bytearray()
        self.room = None
        self.calls = []
        self.callback = None
        self.mask = None

    def eventAddCallback(self, mask, cb, opaque):
        self.calls.append(("add", mask))
        self.callback, self.mask = cb, mask

    def eventUpdateCallback(self, mask):
        assert self.callback is not None, "update without a callback"
        self.calls.append(("update", mask))
        self.mask = mask

    def eventRemoveCallback(self):
        self.calls.append(("remove",))
        self.callback = None

    def recv(self, nbytes):
        if not self.incoming:
            return -2
        item = self.incoming.pop(0)
        if isinstance(item, Exception):
            raise item
        if isinstance(item, bytes) and len(item) > nbytes:
            self.incoming.insert(0, item[nbytes:])
            return item[:nbytes]
        return item

    def send(self, data):
        if self.room == 0:
            return -2
        n = len(data) if self.room is None else min(self.room, len(data))
        if self.room is not None:
            self.room -= n
        self.sent += data[:n]
        return n

    def finish(self):
        assert self.callback is None, "finish with a callback still registered"
        self.calls.append(("finish",))

    def abort(self):
        assert self.callback is None, "abort with a callback still registered"
        self.calls.append(("abort",))

    def fire(self, events):
        if self.callback is not None and self.mask & events:
            self.callback(self, events & self.mask, None)


@pytest.fixture
def fake(qtbot):
    stream = FakeStream()
    console = ConsoleStream(stream, lambda fn: fn())
    got = bytearray()
    console.received.connect(got.extend)
    console.start()
    yield stream, console, got
    console.close()
    console.deleteLater()


def test_reads_until_eagain_and_watches_no_writable_while_nothing_waits(fake):
    stream, console, got = fake
    assert stream.calls == [("add", R | E | H)]
    stream.incoming = [b"login: ", b"\x1b[1mroot", -2, b"late"]
    stream.fire(R)
    assert bytes(got) == b"login: \x1b[1mroot"  # stopped at EAGAIN
    stream.fire(R)
    assert bytes(got).endswith(b"late")
    assert console.active and not any(c[0] == "update" for c in stream.calls)


def test_eof_ends_cleanly_callback_removed_before_finish(fake, qtbot):
    stream, console, got = fake
    stream.incoming = [b"bye\r\n", b""]
    with qtbot.waitSignal(console.ended) as blocker:
        stream.fire(R)
    assert blocker.args == [StreamEnd.EOF, ""]
    assert bytes(got) == b"bye\r\n"
    names = [c[0] for c in stream.calls]
    assert names[-2:] == ["remove", "finish"]
    stream.fire(R)  # a late dispatch does nothing
    assert not console.active


def test_error_ends_with_libvirts_message_and_aborts(fake, qtbot):
    stream, console, _got = fake
    stream.incoming = [FakeError("stream had I/O failure")]
    with qtbot.waitSignal(console.ended) as blocker:
        stream.fire(R)
    assert blocker.args == [StreamEnd.ERROR, "stream had I/O failure"]
    assert [c[0] for c in stream.calls][-2:] == ["remove", "abort"]


def test_partial_sends_keep_order_and_writable_only_while_queued(fake):
    stream, console, _got = fake
    stream.room = 3
    console.send(b"echo 42\r")
    assert bytes(stream.sent) == b"ech"  # a partial send
    assert stream.mask & W and console.pending == 5
    stream.room = 0
    stream.fire(W)  # EAGAIN: nothing lost
    assert bytes(stream.sent) == b"ech" and stream.mask & W
    stream.room = 2
    stream.fire(W)
    assert bytes(stream.sent) == b"echo "
    stream.room = None
    stream.fire(W)
    assert bytes(stream.sent) == b"echo 42\r"
    assert not stream.mask & W and console.pending == 0
    updates = [m for name, *m in stream.calls if name == "update"]
    assert [bool(m[0] & W) for m in updates] == [True, False]


def test_a_large_paste_is_sent_at_the_streams_pace_not_dropped(fake):
    stream, console, _got = fake
    paste = bytes(range(256)) * 4096  # 1 MiB
    stream.room = 1000
    console.send(paste)
    rounds = 0
    while console.pending:
        stream.room = 7000  # what the stream takes per WRITABLE
        stream.fire(W)
        rounds += 1
    assert bytes(stream.sent) == paste
    assert rounds > 100  # it went in many steps
    assert not stream.mask & W


def test_reading_can_pause_and_resume(fake):
    stream, console, got = fake
    console.set_reading(False)
    assert not stream.mask & R
    stream.incoming = [b"waiting"]
    stream.fire(R)
    assert bytes(got) == b""
    console.set_reading(True)
    stream.fire(R)
    assert bytes(got) == b"waiting"


def test_close_removes_the_callback_then_aborts(fake, qtbot):
    stream, console, _got = fake
    with qtbot.waitSignal(console.ended) as blocker:
        console.close()
    assert blocker.args == [StreamEnd.CLOSED, ""]
    assert [c[0] for c in stream.calls][-2:] == ["remove", "abort"]
    console.send(b"x")  # after the end: ignored, no crash
    assert bytes(stream.sent) == b""


def test_hangup_reads_what_is_left_then_ends(fake, qtbot):
    stream, console, got = fake
    stream.incoming = [b"last words", -2]
    with qtbot.waitSignal(console.ended) as blocker:
        stream.fire(H)
    assert bytes(got) == b"last words"
    assert blocker.args[0] is StreamEnd.HANGUP
