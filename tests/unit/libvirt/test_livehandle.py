"""The live handle: who may publish it, who uses it, and waiting until nobody does."""

import threading

import pytest

from kvmgui.libvirt.livehandle import LiveHandle, NotConnectedError


def test_only_the_wanted_generation_publishes():
    live = LiveHandle()
    handle = object()
    assert not live.publish(handle, 1), "nobody asked for generation 1"
    live.expect(2)
    assert not live.publish(handle, 1)
    assert live.publish(handle, 2)
    assert live.peek() is handle
    assert live.retract() is handle
    assert live.peek() is None
    assert not live.publish(handle, 2), "a close refuses the late handle"


def test_use_counts_users_and_fails_when_not_connected():
    live = LiveHandle()
    with pytest.raises(NotConnectedError, match="host is not connected"), live.use("host"):
        pass
    handle = object()
    live.expect(1)
    live.publish(handle, 1)
    with live.use() as conn:
        assert conn is handle and not live.wait_idle(handle, 0)
        with live.use():
            assert not live.wait_idle(handle, 0)
        assert not live.wait_idle(handle, 0), "still one user"
    assert live.wait_idle(handle, 0)


def test_wait_idle_waits_for_the_last_user():
    live = LiveHandle()
    handle = object()
    live.expect(1)
    live.publish(handle, 1)
    inside, release = threading.Event(), threading.Event()

    def call():
        with live.use():
            inside.set()
            release.wait(5)

    worker = threading.Thread(target=call)
    worker.start()
    inside.wait(5)
    live.retract()  # the call keeps the handle it took
    assert not live.wait_idle(handle, 0.05)
    threading.Timer(0.05, release.set).start()
    assert live.wait_idle(handle, 5)
    worker.join()



def test_use_this_counts_a_call_on_a_handle_only_while_that_is_safe():
    live = LiveHandle()
    conn, other = object(), object()
    live.expect(1)
    live.publish(conn, 1)
    with live.use_this(conn) as usable:
        assert usable, "the current handle"
        assert not live.wait_idle(conn, 0.05), "counted as a user"
    assert live.wait_idle(conn, 0.05)
    with live.use_this(other) as usable:
        assert not usable, "never published"
    with live.use() as in_flight:  # a call still runs when the connection is closed
        live.retract()
        with live.use_this(in_flight) as usable:
            assert usable, "its teardown still waits for calls: one more"
            assert not live.wait_idle(conn, 0.05)
    assert live.wait_idle(conn, 0.05)
    with live.use_this(conn) as usable:
        assert not usable, "retracted and idle: its teardown may be closing it"
