"""Ends a remote connection whose host went silent, before libvirt's keepalive does.

Why: libvirt 9.0's client breaks when its keepalive closes a connection on which two
or more threads wait for answers: one call fails, another waits for ever or, once the
link is back, the process crashes (docs/reliability.md, "Known crash"). A connection
that ends through end of file (a killed daemon) never did. So kvmgui watches the TCP
socket under each tcp, tls and libssh connection, and once nothing has come from the
host for ``SILENCE_S`` it shuts that socket down itself: every waiting call fails with
end of file and the connection is reported lost, as keepalive would, 8 s earlier.

A live host is never silent that long: libvirt's keepalive (``setKeepAlive(5, 3)``,
connection.py) pings after 5 s without traffic and the host answers at once, and the
host pings idle clients too. Only connections with keepalive on are watched.

``qemu+ssh`` talks to a local ssh process, not to the host: its ``ServerAlive*``
options end that process first (askpass.py), which is the same end of file.

Which socket: the TCP sockets that appeared in this process while the handle opened
and are connected to the URI's host and port; exactly one, or none is watched. The
watch never keeps a socket open: each look duplicates the descriptor, checks it is
still the same socket (its inode) and closes the duplicate, so a number libvirt
closed and the kernel gave to something else is never touched.
"""

from __future__ import annotations

import contextlib
import ipaddress
import logging
import os
import socket
import stat
import struct
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from urllib.parse import urlsplit

log = logging.getLogger(__name__)

SILENCE_S = 12.0  # keepalive (5 s x 3) closes at ~20 s; a live host answers within ~6 s
PERIOD_S = 1.0  # how often the watch looks

# struct tcp_info (linux/tcp.h): 8 one-byte fields, then 32-bit ones; tcpi_last_data_recv
# (ms since data last came in) is the 12th of those.
_TCP_INFO_LEN = 104
_LAST_DATA_RECV = struct.Struct("=I")
_LAST_DATA_RECV_AT = 8 + 11 * 4

# Ports libvirt dials for a transport when the URI names none.
_PORTS = {"tcp": 16509, "tls": 16514, "libssh": 22, "libssh2": 22}


def endpoint(uri: str) -> tuple[str, int] | None:
    """(host, port) of the TCP connection libvirt makes for ``uri``; None when it makes
    none of its own (local sockets, ``ssh``, ``ext``)."""
    parts = urlsplit(uri)
    transport = parts.scheme.partition("+")[2]
    if not transport:
        transport = "tls" if parts.hostname else ""
    default = _PORTS.get(transport)
    if default is None:
        return None
    return parts.hostname or "localhost", parts.port or default


def socket_fds() -> dict[int, int]:
    """This process's socket descriptors: inode by descriptor number."""
    found = {}
    for name in os.listdir("/proc/self/fd"):
        with contextlib.suppress(OSError):
            target = os.readlink(f"/proc/self/fd/{name}")
            if target.startswith("socket:["):
                found[int(name)] = int(target[8:-1])
    return found


@contextlib.contextmanager
def _same_socket(fd: int, inode: int) -> Iterator[socket.socket | None]:
    """A duplicate of ``fd`` as a socket object if ``fd`` is still socket ``inode``."""
    try:
        dup = os.dup(fd)
    except OSError:
        yield None
        return
    try:
        info = os.fstat(dup)
        if not stat.S_ISSOCK(info.st_mode) or info.st_ino != inode:
            os.close(dup)
            yield None
            return
        sock = socket.socket(fileno=dup)
    except OSError:
        os.close(dup)
        yield None
        return
    with sock:
        yield sock


def _addresses(host: str, port: int) -> set[str]:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except OSError:
        return set()
    return {_plain(str(info[4][0])) for info in infos}


def _plain(address: str) -> str:
    """An address as one spelling: IPv4-mapped IPv6 as IPv4, no scope."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return address
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        return str(ip.ipv4_mapped)
    return str(ip)


@dataclass(frozen=True)
class Link:
    """One TCP socket of this process, by descriptor and inode."""

    fd: int
    inode: int
    peer: str

    def silence_ms(self) -> int | None:
        """Milliseconds since data last came in; None once the socket is gone."""
        with _same_socket(self.fd, self.inode) as sock:
            if sock is None:
                return None
            try:
                raw = sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_INFO, _TCP_INFO_LEN)
            except OSError:
                return None
            if len(raw) < _LAST_DATA_RECV_AT + 4:
                return None
            return int(_LAST_DATA_RECV.unpack_from(raw, _LAST_DATA_RECV_AT)[0])

    def cut(self) -> bool:
        """Shut the socket down both ways (its owner then reads end of file)."""
        with _same_socket(self.fd, self.inode) as sock:
            if sock is None:
                return False
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
                return True
            return False


def find(uri: str, before: dict[int, int]) -> Link | None:
    """The socket an open of ``uri`` made: new since ``before`` (``socket_fds()`` taken
    just before the open), TCP, connected to the URI's host and port. None unless
    exactly one is, or if it is already watched."""
    where = endpoint(uri)
    if where is None:
        return None
    host, port = where
    wanted = _addresses(host, port)
    found = []
    for fd, inode in socket_fds().items():
        if before.get(fd) == inode or WATCH.watches(inode):
            continue
        with _same_socket(fd, inode) as sock:
            if sock is None or sock.type != socket.SOCK_STREAM or sock.family not in (
                    socket.AF_INET, socket.AF_INET6):
                continue
            try:
                peer_host, peer_port = sock.getpeername()[:2]
            except OSError:
                continue
        if peer_port == port and _plain(peer_host) in wanted:
            found.append(Link(fd, inode, f"{peer_host}:{peer_port}"))
    if len(found) != 1:
        log.info("%s: %d sockets to %s:%d opened with it; none watched for silence",
                 uri, len(found), host, port)
        return None
    log.debug("%s: watching %s for silence", uri, found[0].peer)
    return found[0]


class Watch:
    """Looks at every watched link each ``period_s``; one that has had no data for
    ``silence_s`` is reported (``on_silent``, on the watch's thread) and then cut."""

    def __init__(self, silence_s: float = SILENCE_S, period_s: float = PERIOD_S) -> None:
        self.silence_s = silence_s
        self.period_s = period_s
        self._lock = threading.Lock()
        self._links: dict[int, tuple[Link, Callable[[], None]]] = {}  # by inode
        self._thread: threading.Thread | None = None

    def watches(self, inode: int) -> bool:
        with self._lock:
            return inode in self._links

    def add(self, link: Link, on_silent: Callable[[], None]) -> Callable[[], None]:
        """Watch ``link``; returns the call that stops watching it."""
        with self._lock:
            self._links[link.inode] = (link, on_silent)
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="linkwatch", daemon=True)
                self._thread.start()
        return lambda: self._drop(link)

    def _drop(self, link: Link) -> None:
        with self._lock:
            if self._links.get(link.inode, (None,))[0] == link:
                del self._links[link.inode]

    def _run(self) -> None:
        while True:
            time.sleep(self.period_s)
            with self._lock:
                if not self._links:
                    self._thread = None  # the next add starts another
                    return
                links = list(self._links.values())
            for link, on_silent in links:
                self._look(link, on_silent)

    def _look(self, link: Link, on_silent: Callable[[], None]) -> None:
        silence = link.silence_ms()
        if silence is None:  # libvirt closed it
            self._drop(link)
            return
        if silence < self.silence_s * 1000:
            return
        with self._lock:  # not cut once its owner stopped watching (teardown closes it)
            if link.inode not in self._links:
                return
            del self._links[link.inode]
        log.warning("no data from %s for %.1f s: ending the connection", link.peer,
                    silence / 1000)
        try:
            on_silent()
        finally:
            link.cut()


WATCH = Watch()
