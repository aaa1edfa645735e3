"""linkwatch on real sockets of this process: which socket an open made, silence as the
kernel counts it, and a cut that its owner reads as end of file."""

import os
import socket
import threading

import pytest

from kvmgui.libvirt import linkwatch
from kvmgui.libvirt.linkwatch import Link, Watch


@pytest.fixture
def server():
    srv = socket.create_server(("127.0.0.1", 0))
    yield srv
    srv.close()


def dial(server):
    """(our end, the server's end) of a new TCP connection."""
    ours = socket.create_connection(server.getsockname())
    theirs, _ = server.accept()
    return ours, theirs


def uri_of(server):
    return f"qemu+tcp://127.0.0.1:{server.getsockname()[1]}/system"


@pytest.mark.parametrize(("uri", "expected"), [
    ("qemu+tcp://host.example/system", ("host.example", 16509)),
    ("qemu+tcp://host.example:1234/system", ("host.example", 1234)),
    ("qemu+tls://host.example/system", ("host.example", 16514)),
    ("qemu://host.example/system", ("host.example", 16514)),
    ("qemu+libssh://root@host.example/system", ("host.example", 22)),
    ("qemu+tcp:///system", ("localhost", 16509)),
    ("qemu+ssh://root@host.example/system", None),  # a local ssh process: askpass.py
    ("qemu:///system", None),
    ("test:///default", None),
])
def test_the_endpoint_libvirt_dials(uri, expected):
    assert linkwatch.endpoint(uri) == expected


def test_finds_the_one_socket_the_open_made(server):
    old, old_peer = dial(server)  # there before the open: not it
    before = linkwatch.socket_fds()
    ours, theirs = dial(server)
    elsewhere = socket.create_server(("127.0.0.1", 0))  # new, but not to that port
    with old, old_peer, ours, theirs, elsewhere:
        link = linkwatch.find(uri_of(server), before)
        assert link is not None
        assert link.fd == ours.fileno()
        assert link.inode == os.fstat(ours.fileno()).st_ino
        assert linkwatch.find("qemu+tls://127.0.0.1/system", before) is None, "another port"


def test_two_candidates_are_none(server):
    before = linkwatch.socket_fds()
    a, a_peer = dial(server)
    b, b_peer = dial(server)
    with a, a_peer, b, b_peer:
        assert linkwatch.find(uri_of(server), before) is None


def test_a_watched_socket_is_not_found_again(server):
    before = linkwatch.socket_fds()
    ours, theirs = dial(server)
    with ours, theirs:
        link = linkwatch.find(uri_of(server), before)
        assert link is not None
        stop = linkwatch.WATCH.add(link, lambda: None)
        try:
            assert linkwatch.find(uri_of(server), before) is None
        finally:
            stop()


def test_silence_is_the_time_since_data_came_in(server):
    before = linkwatch.socket_fds()
    ours, theirs = dial(server)
    with ours, theirs:
        link = linkwatch.find(uri_of(server), before)
        threading.Event().wait(0.3)
        assert link.silence_ms() >= 250
        theirs.sendall(b"x")
        assert ours.recv(1) == b"x"
        assert link.silence_ms() < 250


def test_a_cut_socket_reads_end_of_file_and_the_peer_sees_it_too(server):
    ours, theirs = dial(server)
    with ours, theirs:
        link = Link(ours.fileno(), os.fstat(ours.fileno()).st_ino, "peer")
        assert link.cut()
        ours.settimeout(5)
        assert ours.recv(1) == b""
        assert theirs.recv(1) == b""


def test_a_closed_socket_whose_number_was_reused_is_left_alone(server):
    ours, theirs = dial(server)
    fd = ours.fileno()
    link = Link(fd, os.fstat(fd).st_ino, "peer")
    ours.close()
    again, again_peer = dial(server)  # the lowest free number: ``fd`` again
    with theirs, again, again_peer:
        assert again.fileno() == fd
        assert link.silence_ms() is None
        assert not link.cut()
        again_peer.sendall(b"still here")
        assert again.recv(10) == b"still here"


def test_the_watch_reports_then_cuts_a_silent_link_only(server):
    watch = Watch(silence_s=0.3, period_s=0.05)
    silent, silent_peer = dial(server)
    chatty, chatty_peer = dial(server)
    reported = []
    done = threading.Event()
    stop_talking = threading.Event()

    def talk():
        while not stop_talking.wait(0.05):
            chatty_peer.sendall(b".")

    def on_silent(name):
        # called before the cut: the socket still works here
        reported.append((name, silent.getpeername() is not None))
        done.set()

    talker = threading.Thread(target=talk)
    talker.start()
    with silent, silent_peer, chatty, chatty_peer:
        for sock, name in ((silent, "silent"), (chatty, "chatty")):
            watch.add(Link(sock.fileno(), os.fstat(sock.fileno()).st_ino, name),
                      lambda name=name: on_silent(name))
        assert done.wait(5)
        silent.settimeout(5)
        assert silent.recv(1) == b""
        threading.Event().wait(0.5)  # ten more looks at the chatty one
        stop_talking.set()
        talker.join()
        assert reported == [("silent", True)]
        chatty.setblocking(False)
        assert chatty.recv(1000).startswith(b"."), "not cut"


def test_a_link_no_longer_watched_is_not_cut(server):
    watch = Watch(silence_s=0.1, period_s=0.05)
    ours, theirs = dial(server)
    with ours, theirs:
        stop = watch.add(Link(ours.fileno(), os.fstat(ours.fileno()).st_ino, "peer"),
                         lambda: pytest.fail("reported after it was dropped"))
        stop()
        threading.Event().wait(0.4)
        theirs.sendall(b"x")
        assert ours.recv(1) == b"x"
