"""linkwatch on real sockets of this process: which socket an open made, silence as the
kernel counts it, and a cut that its owner reads as end of file."""

import os
import socket
import threading

import pytest

from kvmgui.libvirt import linkwatch
from kvmgui.libvirt.linkwatch import Endpoint, Link, Pulse, Watch


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
    ("qemu+tcp://host.example/system", Endpoint("tcp", "host.example", 16509)),
    ("qemu+tcp://host.example:1234/system", Endpoint("tcp", "host.example", 1234)),
    ("qemu+tls://host.example/system", Endpoint("tcp", "host.example", 16514)),
    ("qemu://host.example/system", Endpoint("tcp", "host.example", 16514)),
    ("qemu+libssh://root@host.example/system", Endpoint("tcp", "host.example", 22)),
    ("qemu+tcp:///system", Endpoint("tcp", "localhost", 16509)),
    # The zone as libvirt decodes it (the connect dialog writes its '%' as %25)
    ("qemu+tcp://[fe80::1%25eth0]/system", Endpoint("tcp", "fe80::1%eth0", 16509)),
    ("qemu+tls://[fe80::1%2512]:16000/system", Endpoint("tcp", "fe80::1%12", 16000)),
    ("qemu+ssh://root@host.example/system", Endpoint("pair")),  # to a local ssh process
    ("qemu:///system", Endpoint("unix")),
    ("qemu:///system?socket=/run/x/libvirt-sock", Endpoint("unix", path="/run/x/libvirt-sock")),
    ("qemu+unix:///session", Endpoint("unix")),
    ("qemu+ext:///system?command=/bin/true", None),
    ("test:///default", None),  # in this process: no socket
    # These drivers dial the host themselves (https, WinRM), not libvirt's tls on 16514.
    ("esx://vc.example/", None),
    ("vpx://root@vc.example/dc/cluster/esx1", None),
    ("hyperv://hv.example/", None),
    ("xen://host.example/", Endpoint("tcp", "host.example", 16514)),  # the remote driver's
])
def test_where_libvirt_connects(uri, expected):
    assert linkwatch.endpoint(uri) == expected


def test_a_port_out_of_range_is_not_watched():
    """glibc dials port 99999 as 34463, and libvirt opened it; endpoint() then raised
    ValueError out of the open, which failed with Python's 'Port out of range 0-65535'."""
    assert linkwatch.endpoint("qemu+tcp://127.0.0.1:99999/system") is None


@pytest.mark.parametrize(("uri", "expected"), [
    # libvirt dials 127.0.0.1: urlsplit refused the brackets, and the link went unwatched
    ("qemu+tls://[127.0.0.1]/system", Endpoint("tcp", "127.0.0.1", 16514)),
    # libvirt reads parameter names in any case and keeps '+' (parse_qs: a space)
    ("qemu:///system?Socket=/run/x/libvirt-sock", Endpoint("unix", path="/run/x/libvirt-sock")),
    ("qemu:///system?socket=/run/a+b/sock", Endpoint("unix", path="/run/a+b/sock")),
])
def test_the_link_is_found_where_libvirt_reads_the_uri_to(uri, expected):
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


# --------------------------------------------------------------------------- unix sockets


@pytest.fixture
def daemon_socket(tmp_path):
    """A listening unix socket where a libvirt daemon's would be."""
    path = tmp_path / "libvirt" / "libvirt-sock"
    path.parent.mkdir()
    srv = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    srv.bind(str(path))
    srv.listen()
    yield srv, str(path)
    srv.close()


def test_finds_the_local_daemons_socket(daemon_socket, tmp_path):
    _srv, path = daemon_socket
    other = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)  # some other service's
    other_srv = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    other_srv.bind(str(tmp_path / "bus"))
    other_srv.listen()
    before = linkwatch.socket_fds()
    ours = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    ours.connect(path)
    other.connect(str(tmp_path / "bus"))
    with other, other_srv, ours:
        for uri in ("qemu:///system", f"qemu:///system?socket={path}"):
            link = linkwatch.find(uri, before)
            assert link is not None and link.fd == ours.fileno() and not link.tcp, uri
            assert link.peer == path
        assert linkwatch.find("qemu:///system?socket=/elsewhere/libvirt-sock", before) is None


def test_finds_the_socket_pair_to_ssh(daemon_socket):
    _srv, path = daemon_socket
    before = linkwatch.socket_fds()
    ours, ssh_end = socket.socketpair()
    named = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)  # connected to a name: not it
    named.connect(path)
    with ours, ssh_end, named:
        ssh_end.close()  # as after libvirt hands the other end to ssh
        link = linkwatch.find("qemu+ssh://root@host.example/system", before)
        assert link is not None and link.fd == ours.fileno()


class Clock:
    def __init__(self):
        self.now = 100.0

    def __call__(self):
        return self.now


def test_a_pulse_asks_once_after_a_quiet_spell_and_an_answer_resets_it():
    clock, asked = Clock(), []
    pulse = Pulse(lambda: asked.append(clock.now), clock=clock, every_s=3)
    clock.now += 2
    assert pulse.silence_ms() == 2000 and asked == []
    clock.now += 1
    assert pulse.silence_ms() == 3000 and asked == [103.0]
    clock.now += 5
    assert pulse.silence_ms() == 8000 and asked == [103.0], "one question at a time"
    pulse.answered()
    assert pulse.silence_ms() == 0
    clock.now += 3
    pulse.silence_ms()
    assert asked == [103.0, 111.0]


def test_the_watch_cuts_a_unix_socket_whose_pulse_is_silent():
    watch = Watch(silence_s=0.3, period_s=0.05)
    ours, theirs = socket.socketpair()
    asked = threading.Event()
    cut = threading.Event()
    with ours, theirs:
        link = Link(ours.fileno(), os.fstat(ours.fileno()).st_ino, "pair", tcp=False)
        with pytest.raises(ValueError):
            watch.add(link, cut.set)  # no pulse: no way to tell
        watch.add(link, cut.set, Pulse(asked.set, every_s=0.1))
        assert asked.wait(5) and cut.wait(5)
        theirs.settimeout(5)
        assert theirs.recv(1) == b""


def test_a_pulse_that_keeps_answering_is_not_cut():
    watch = Watch(silence_s=0.3, period_s=0.05)
    ours, theirs = socket.socketpair()
    pulse = Pulse(lambda: pulse.answered(), every_s=0.1)  # answered at once
    with ours, theirs:
        stop = watch.add(Link(ours.fileno(), os.fstat(ours.fileno()).st_ino, "pair", tcp=False),
                         lambda: pytest.fail("cut while answering"), pulse)
        threading.Event().wait(0.8)
        stop()
        theirs.sendall(b"x")
        assert ours.recv(1) == b"x"
